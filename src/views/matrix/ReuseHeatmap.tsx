import type { Column } from '../../core/matrix';
import type { Alignment } from '../../core/schema/corpus';

function shade(reuse: number): string {
  // Lightness stops at 60% so dark text keeps a 4.5:1 contrast on every square.
  const light = Math.round(97 - reuse * 37);
  return `hsl(212 70% ${light}%)`;
}

/** Source × source text reuse; each square links to the diff of that pair. */
export function ReuseHeatmap({
  columns,
  alignments,
}: {
  columns: readonly Column[];
  alignments: readonly Alignment[];
}) {
  const reuseOf = (a: string, b: string) =>
    alignments.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))?.reuse ?? 0;
  if (columns.length < 2) return null;
  return (
    <table className="heatmap">
      <caption>Text reuse between sources (share of the shorter article with a counterpart)</caption>
      <thead>
        <tr>
          <td />
          {columns.map((c, i) => (
            <th key={c.articleId} scope="col" title={`${c.sourceName} (${c.articleId})`}>
              {i + 1}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {columns.map((row, i) => (
          <tr key={row.articleId}>
            <th scope="row" title={row.articleId}>
              {i + 1}. {row.sourceName}
            </th>
            {columns.map((col) => {
              if (col.articleId === row.articleId)
                return <td key={col.articleId} className="heat-self" aria-label="same article" />;
              const reuse = reuseOf(row.articleId, col.articleId);
              const percent = Math.round(reuse * 100);
              return (
                <td key={col.articleId} style={{ background: shade(reuse), color: '#1b1f24' }}>
                  <a
                    href={`?view=diff&a=${encodeURIComponent(row.articleId)}&b=${encodeURIComponent(col.articleId)}`}
                    aria-label={`${row.sourceName} and ${col.sourceName}: ${percent}% reuse; open the diff`}
                    style={{ color: 'inherit' }}
                  >
                    {percent}
                  </a>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
