import { cutText } from '../../core/text/cutText';
import type { ArticleStats } from '../../core/overview/articleStats';
import { useAppHref } from '../../url/links';
import { ShowMore, useShownRows } from '../../ui/ShowMore';

const number = new Intl.NumberFormat('en-US');

/**
 * Rows shown at first and per "Show more": 5,000 rows held the page on every redraw, and 200 at
 * first still cost the Overview a 270 ms style and layout pass on a two-core machine.
 */
const FIRST_ROWS = 50;
const MORE_ROWS = 1000;

export function ArticlesTable({ stats }: { stats: readonly ArticleStats[] }) {
  const href = useAppHref();
  const { limit, more } = useShownRows(FIRST_ROWS, MORE_ROWS);
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Articles table" tabIndex={0}>
        <table className="data-table">
          <caption>Articles, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Source</th>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Words
              </th>
              <th scope="col" className="num">
                Sentences
              </th>
              <th scope="col">Language</th>
            </tr>
          </thead>
          <tbody>
            {stats.slice(0, limit).map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <a href={href({ view: 'articles', article: s.id })}>{cutText(s.title)}</a>
                  <div className="muted small">{s.id}</div>
                </th>
                <td>{s.source ? cutText(s.source.name) : 'Unknown'}</td>
                <td>{s.date ?? <span className="muted">no date</span>}</td>
                <td className="num">{number.format(s.words)}</td>
                <td className="num">{number.format(s.sentences)}</td>
                <td>{s.language}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore shown={limit} total={stats.length} step={MORE_ROWS} what="articles" onMore={more} />
    </>
  );
}
