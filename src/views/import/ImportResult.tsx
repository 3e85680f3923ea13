import { isSkip } from '../../core/schema/corpus';
import { SAVED_PREFIX } from '../../data/importedStore';
import { downloadText } from '../../ui/download';
import type { ImportState } from './useImport';

/** What the import read, what it skipped and why, and where to look at the result. */
export function ImportResult({ state }: { state: Extract<ImportState, { phase: 'done' }> }) {
  const { outcome, saved, saveError } = state;
  const skipped = outcome.problems.filter(isSkip).length;
  const warnings = outcome.problems.length - skipped;
  const corpus = saved ? encodeURIComponent(SAVED_PREFIX + saved.id) : null;
  const download = () =>
    downloadText(`${outcome.corpus.id}.json`, 'application/json', `${JSON.stringify(outcome.corpus, null, 2)}\n`);
  return (
    <>
      {saveError && (
        <div role="alert" className="notice-inline import-unsaved">
          <p>
            <strong>The corpus was built but could not be saved in this browser.</strong> {saveError}
          </p>
          <p>Download it now to keep it; it is lost when this page closes.</p>
          <button type="button" className="primary" onClick={download}>
            Download the corpus (JSON)
          </button>
        </div>
      )}
      <div className="import-result" role="status">
        <p>
          <strong>
            Read {outcome.read} article{outcome.read === 1 ? '' : 's'}, skipped {skipped} file
            {skipped === 1 ? '' : 's'} or record
            {skipped === 1 ? '' : 's'}
            {warnings > 0 && `, with ${warnings} warning${warnings === 1 ? '' : 's'}`}.
          </strong>{' '}
          {saved ? `Saved in this browser as “${saved.title}”.` : `Built “${outcome.corpus.title}”.`}
        </p>
        {outcome.problems.length > 0 && (
          <ul className="error-issues">
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <code>{p.file}</code>
                {p.record !== undefined ? ` (record ${p.record})` : ''}: {isSkip(p) ? '' : 'warning: '}
                {p.message}
              </li>
            ))}
          </ul>
        )}
        {corpus && outcome.read > 0 && (
          <p className="evidence-links">
            <a href={`?corpus=${corpus}`}>Open the overview</a>{' '}
            <a href={`?corpus=${corpus}&view=matrix`}>Open the matrix</a>
          </p>
        )}
      </div>
    </>
  );
}
