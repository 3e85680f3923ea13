import { SAVED_PREFIX } from '../../data/importedStore';
import type { ImportState } from './useImport';

/** What the import read, what it skipped and why, and where to look at the result. */
export function ImportResult({ state }: { state: Extract<ImportState, { phase: 'done' }> }) {
  const { outcome, saved } = state;
  const corpus = encodeURIComponent(SAVED_PREFIX + saved.id);
  return (
    <div className="import-result" role="status">
      <p>
        <strong>
          Read {outcome.read} article{outcome.read === 1 ? '' : 's'}, skipped {outcome.problems.length} file
          {outcome.problems.length === 1 ? '' : 's'} or record
          {outcome.problems.length === 1 ? '' : 's'}.
        </strong>{' '}
        Saved in this browser as “{saved.title}”.
      </p>
      {outcome.problems.length > 0 && (
        <ul className="error-issues">
          {outcome.problems.map((p, i) => (
            <li key={i}>
              <code>{p.file}</code>
              {p.record !== undefined ? ` (record ${p.record})` : ''}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {outcome.read > 0 && (
        <p className="evidence-links">
          <a href={`?corpus=${corpus}`}>Open the overview</a>{' '}
          <a href={`?corpus=${corpus}&view=matrix`}>Open the matrix</a>
        </p>
      )}
    </div>
  );
}
