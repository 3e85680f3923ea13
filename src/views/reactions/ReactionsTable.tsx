import {
  ROW_SORT_KEYS,
  detailLabel,
  reactionChangeLine,
  sortRows,
  type ReactionRow,
  type RowSortKey,
  type TableSortKey,
} from '../../core/reactions';
import type { ReactionReview } from '../../core/review/reviewedReactions';
import { ReviewMark } from '../../ui/ReviewMark';
import { parseTableOrder, type TableOrder } from '../../url/reactionsState';
import { STANCE_FILLS } from './palette';
import { Swatch } from './Swatch';

const COLUMN_LABELS: Record<RowSortKey, string> = {
  country: 'Country',
  actor: 'Actor',
  stance: 'Stance',
  articles: 'Articles',
};

type Props = {
  rows: readonly ReactionRow[];
  selected: string | null;
  onSelect: (code: string) => void;
  /** The order lives in the URL, so a shared link shows the table sorted the same way. */
  order: TableOrder;
  onOrder: (order: TableOrder) => void;
  /** What the review says about each reaction: its verdict, and its corrections against the pipeline's reading. */
  reviews: ReadonlyMap<string, ReactionReview>;
};

/** Every reaction the filters show: the keyboard and screen-reader path to the same data as the map. */
export function ReactionsTable({ rows, selected, onSelect, order, onOrder, reviews }: Props) {
  const sort = parseTableOrder(order);
  // A review column only once the review says something about a reaction the table shows.
  const reviewed = rows.some((r) => reviews.has(r.reaction.id));
  const sorted = sortRows(rows, sort.key, sort.direction, (id) => reviews.get(id)?.verdict);
  const toggle = (key: TableSortKey) => onOrder(sort.key === key && sort.direction === 'ascending' ? `-${key}` : key);
  const sortButton = (key: TableSortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
      <button type="button" className="rx-sort" onClick={() => toggle(key)}>
        {label}
        <span aria-hidden="true" className="rx-sort-mark">
          {sort.key !== key ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}
        </span>
      </button>
    </th>
  );
  return (
    // Scrolls sideways on a phone rather than breaking every word of six columns letter by letter.
    <div className="rx-table-scroll" role="region" aria-label="Reactions table" tabIndex={0}>
      <table className="data-table rx-table">
        <caption>
          Reactions the filters show ({rows.length}). Sort by a column heading; select a country to see its details.
        </caption>
        <thead>
          <tr>
            {ROW_SORT_KEYS.map((key) => sortButton(key, COLUMN_LABELS[key]))}
            <th scope="col">Towards</th>
            {reviewed && sortButton('review', 'Review')}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={reviewed ? 6 : 5} className="muted">
                No reaction passes the filters.
              </td>
            </tr>
          )}
          {sorted.map((row) => {
            const review = reviews.get(row.reaction.id);
            const classes = [
              row.code === selected && 'rx-row-selected',
              review?.verdict && `mreview-${review.verdict}`,
            ];
            return (
              <tr key={row.reaction.id} className={classes.filter(Boolean).join(' ') || undefined}>
                <td>
                  {row.code ? (
                    <button
                      type="button"
                      className="rx-country-button"
                      aria-pressed={row.code === selected}
                      onClick={() => onSelect(row.code!)}
                    >
                      {row.country}
                    </button>
                  ) : (
                    <span className="rx-org-name">
                      {row.country} <span className="muted small">(organisation)</span>
                    </span>
                  )}
                </td>
                <td>{row.actor}</td>
                <td>
                  <Swatch fill={STANCE_FILLS[row.reaction.stance]} /> {row.stance}
                  {row.stanceDetail && <span className="muted small"> ({detailLabel(row.stanceDetail)})</span>}
                </td>
                <td className="num">
                  {row.articleIds.length}
                  {row.independent !== undefined && (
                    <span className="muted small"> ({row.independent} independent)</span>
                  )}
                </td>
                <td>{row.target ?? <span className="muted">–</span>}</td>
                {reviewed && (
                  <td className="rx-review-cell">
                    {review?.verdict && <ReviewMark verdict={review.verdict} />}
                    {review?.changes.map((change) => (
                      <div key={change.field} className="mrow-corrected small">
                        {reactionChangeLine(change)}
                      </div>
                    ))}
                    {review?.note && <div className="muted small">Note: {review.note}</div>}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
