import { useState } from 'react';
import { DropZone } from './DropZone';
import { ImportResult } from './ImportResult';
import { PasteBox } from './PasteBox';
import { addPending, type PendingFile } from './pendingFiles';
import { SavedCorpora } from './SavedCorpora';
import { SavedReviews } from './SavedReviews';
import { useImport } from './useImport';
import './import.css';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Bring your own articles: the pipeline runs in this page, in a worker; nothing leaves the browser. */
export default function ImportView() {
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [title, setTitle] = useState('My corpus');
  const { state, start, cancel } = useImport();
  const add = (more: File[]) => setFiles((current) => addPending(current, more));
  const running = state.phase === 'running';
  return (
    <section className="view" aria-labelledby="import-title">
      <h2 id="import-title">Import your articles</h2>
      <p>
        Parallax reads the files in this page: nothing is uploaded anywhere. The corpus is kept in this browser until
        you delete it.
      </p>
      <DropZone onFiles={add} />
      <PasteBox onAdd={(name, text) => add([new File([text], name, { type: 'text/plain' })])} />
      {files.length > 0 && (
        <section aria-labelledby="pending-title">
          <h3 id="pending-title">
            {files.length} file{files.length === 1 ? '' : 's'} to import
          </h3>
          <ul className="pending-list">
            {files.map(({ file: f, renamedFrom }) => (
              <li key={f.name}>
                {f.name} <span className="muted small">{kb(f.size)}</span>{' '}
                {renamedFrom && (
                  <span className="muted small">(renamed: another file is already called {renamedFrom})</span>
                )}{' '}
                <button
                  type="button"
                  disabled={running}
                  onClick={() => setFiles(files.filter((x) => x.file !== f))}
                  aria-label={`Remove ${f.name}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <label className="mfield">
            Corpus title
            <input value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <p>
            <button
              type="button"
              className="primary"
              disabled={running || title.trim() === ''}
              onClick={() =>
                void start(
                  files.map((p) => p.file),
                  title.trim(),
                )
              }
            >
              Build the corpus
            </button>
          </p>
        </section>
      )}
      {state.phase === 'running' && (
        <div className="import-progress">
          <label>
            Reading{' '}
            {state.progress
              ? `${state.progress.index + 1} of ${state.progress.total}: ${state.progress.file}`
              : `${state.total} files`}
            <progress max={state.total} value={state.progress ? state.progress.index + 1 : 0} />
          </label>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="notice-inline">
          {state.message} Your files are still listed: change them and build again.
        </p>
      )}
      {state.phase === 'done' && <ImportResult state={state} />}
      <SavedCorpora />
      <SavedReviews />
    </section>
  );
}
