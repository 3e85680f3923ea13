import { diffToHtml, diffToMarkdown, type DiffDocument } from '../../core/diff';
import { downloadText } from '../../ui/download';

/** The comparison as a standalone page or as Markdown, exactly as the settings show it. */
export function DiffExports({ doc, fileStem }: { doc: () => DiffDocument; fileStem: string }) {
  return (
    <div className="mexports" role="group" aria-label="Export the comparison">
      <button
        type="button"
        onClick={() => downloadText(`${fileStem}.html`, 'text/html;charset=utf-8', diffToHtml(doc()))}
      >
        Download HTML
      </button>
      <button
        type="button"
        onClick={() => downloadText(`${fileStem}.md`, 'text/markdown;charset=utf-8', diffToMarkdown(doc()))}
      >
        Download Markdown
      </button>
    </div>
  );
}
