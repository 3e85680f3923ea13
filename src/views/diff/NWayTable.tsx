import { nWayRows, sentencesText } from '../../core/diff';
import type { Alignment, Article } from '../../core/schema/corpus';

type Props = {
  pivot: Article;
  others: readonly Article[];
  names: Map<string, string>;
  alignments: readonly Alignment[];
  threshold: number;
};

/** Every article as a column, one row per sentence of A: one statement's wording across all sources. */
export function NWayTable({ pivot, others, names, alignments, threshold }: Props) {
  const rows = nWayRows(pivot, others, alignments, threshold);
  return (
    // The table can be wider and taller than the page; the scroll box takes focus so keys scroll it.
    <div className="nway-scroll" tabIndex={0} role="region" aria-label="Every article side by side">
      <table className="nway-table">
        <caption>
          Each sentence of {names.get(pivot.id)} (A) with its counterpart in every other article; an empty cell means
          that article has no counterpart.
        </caption>
        <thead>
          <tr>
            <th scope="col">A: {names.get(pivot.id)}</th>
            {others.map((o) => (
              <th key={o.id} scope="col">
                {names.get(o.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.pivot}>
              <th scope="row">{sentencesText(pivot, [row.pivot])}</th>
              {others.map((o) => {
                const found = row.cells[o.id];
                return (
                  <td key={o.id}>
                    {found ? sentencesText(o, found) : <span className="muted small">no counterpart</span>}
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
