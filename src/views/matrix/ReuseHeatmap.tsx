import { memo, useMemo } from 'react';
import type { Column } from '../../core/matrix';
import type { Alignment } from '../../core/schema/corpus';
import { useAppHref } from '../../url/links';
import { cutText } from '../../core/text/cutText';

function shade(reuse: number): string {
  // Even a lightly edited copy shares well under all its four-word sequences, so half is the darkest.
  // Lightness stops at 60% so dark text keeps a 4.5:1 contrast on every square.
  const light = Math.round(97 - Math.min(1, reuse * 2) * 37);
  return `hsl(212 70% ${light}%)`;
}

const MAX_GRID = 40;
const TOP_PAIRS = 25;

/** For many sources: the most reused pairs among the visible ones, each linking to its diff. */
function TopPairs({ columns, alignments }: { columns: readonly Column[]; alignments: readonly Alignment[] }) {
  const href = useAppHref();
  const shown = useMemo(() => new Map(columns.map((c) => [c.articleId, c])), [columns]);
  const top = useMemo(
    () =>
      alignments
        .filter((x) => shown.has(x.a) && shown.has(x.b))
        .sort((x, y) => y.reuse - x.reuse)
        .slice(0, TOP_PAIRS),
    [alignments, shown],
  );
  return (
    <div className="table-scroll" role="region" aria-label="Most reused pairs" tabIndex={0}>
      <table className="heatmap-pairs">
        <caption>
          The {top.length} most reused pairs of the {columns.length} sources shown (share of the shorter article&apos;s
          four-word sequences found in the other)
        </caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Reuse</th>
          </tr>
        </thead>
        <tbody>
          {top.map((x) => (
            <tr key={`${x.a}-${x.b}`}>
              <td>
                <a href={href({ view: 'diff', a: x.a, b: x.b })}>
                  {cutText(shown.get(x.a)!.sourceName)} ({x.a}) and {cutText(shown.get(x.b)!.sourceName)} ({x.b})
                </a>
              </td>
              <td>{Math.round(x.reuse * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Source × source text reuse; each square links to the diff of that pair. Memoised: the matrix
 * re-renders on every keystroke in its search box, and these inputs change only with the columns.
 */
export const ReuseHeatmap = memo(function ReuseHeatmap({
  columns,
  alignments,
}: {
  columns: readonly Column[];
  alignments: readonly Alignment[];
}) {
  if (columns.length < 2) return null;
  // A grid of every pair stops being readable (and renderable) past a few dozen sources.
  if (columns.length > MAX_GRID) return <TopPairs columns={columns} alignments={alignments} />;
  return <ReuseGrid columns={columns} alignments={alignments} />;
});

function ReuseGrid({ columns, alignments }: { columns: readonly Column[]; alignments: readonly Alignment[] }) {
  const href = useAppHref();
  const reuse = useMemo(() => {
    const byPair = new Map<string, number>();
    for (const x of alignments) {
      byPair.set(`${x.a}\u0000${x.b}`, x.reuse);
      byPair.set(`${x.b}\u0000${x.a}`, x.reuse);
    }
    return byPair;
  }, [alignments]);
  const reuseOf = (a: string, b: string) => reuse.get(`${a}\u0000${b}`) ?? 0;
  return (
    <div className="table-scroll" role="region" aria-label="Reuse heatmap" tabIndex={0}>
      <table className="heatmap">
        <caption>
          Text reuse between sources (share of the shorter article&apos;s four-word sequences found in the other)
        </caption>
        <thead>
          <tr>
            <td />
            {columns.map((c, i) => (
              <th key={c.articleId} scope="col" title={`${cutText(c.sourceName)} (${c.articleId})`}>
                {i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((row, i) => (
            <tr key={row.articleId}>
              <th scope="row" title={row.articleId}>
                {i + 1}. {cutText(row.sourceName, 60)}
              </th>
              {columns.map((col) => {
                if (col.articleId === row.articleId)
                  return <td key={col.articleId} className="heat-self" aria-label="same article" />;
                const reuse = reuseOf(row.articleId, col.articleId);
                const percent = Math.round(reuse * 100);
                return (
                  <td key={col.articleId} style={{ background: shade(reuse), color: '#1b1f24' }}>
                    <a
                      href={href({ view: 'diff', a: row.articleId, b: col.articleId })}
                      aria-label={`${cutText(row.sourceName)} and ${cutText(col.sourceName)}: ${percent}% reuse; open the diff`}
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
    </div>
  );
}
