import { useState } from 'react';
import { toCsv, toJson, toTsv, type Table } from '../../core/export/table';
import { downloadText } from '../../ui/download';

/** Export exactly what is on screen, and share the view as a link. */
export function MatrixExports({ table, fileStem, link }: { table: () => Table; fileStem: string; link: () => string }) {
  const [message, setMessage] = useState('');
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage('The browser did not allow copying; use the download buttons instead.');
    }
  };
  return (
    <div className="mexports" role="group" aria-label="Export and share">
      <button type="button" onClick={() => downloadText(`${fileStem}.csv`, 'text/csv;charset=utf-8', toCsv(table()))}>
        Download CSV
      </button>
      <button type="button" onClick={() => downloadText(`${fileStem}.json`, 'application/json', toJson(table()))}>
        Download JSON
      </button>
      <button
        type="button"
        onClick={() => void copy(toTsv(table()), 'Table copied: paste it into a spreadsheet or document.')}
      >
        Copy as table
      </button>
      <button type="button" onClick={() => void copy(link(), 'Link copied: it opens exactly this view.')}>
        Copy link
      </button>
      <span role="status" className="muted small">
        {message}
      </span>
    </div>
  );
}
