import { diffToHtml, diffToMarkdown, type DiffDocument } from '../../core/diff';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The comparison as a standalone page or as Markdown, exactly as the settings show it. */
export function DiffExports({ doc, fileStem }: { doc: () => DiffDocument; fileStem: string }) {
  return (
    <div className="mexports" role="group" aria-label="Export the comparison">
      <button type="button" onClick={() => download(`${fileStem}.html`, 'text/html;charset=utf-8', diffToHtml(doc()))}>
        Download HTML
      </button>
      <button
        type="button"
        onClick={() => download(`${fileStem}.md`, 'text/markdown;charset=utf-8', diffToMarkdown(doc()))}
      >
        Download Markdown
      </button>
    </div>
  );
}
