import { useDeferredValue, useMemo } from 'react';
import { matrixTable } from '../../core/export/matrixTable';
import {
  defaultCollapsed,
  matrixSteps,
  visibleColumns,
  visibleRows,
  type Matrix,
  type RowKind,
} from '../../core/matrix';
import { figureMoveLine, figureMoves } from '../../core/review/figureMoves';
import { cellKey as reviewCellKey } from '../../core/review/decisions';
import { reviewedCorpus } from '../../core/review/reviewedCorpus';
import { correctionLine } from '../../core/review/reviewedReactions';
import type { Corpus } from '../../core/schema/corpus';
import { useReview } from '../../data/useReview';
import { useReviewFromUrl } from '../../data/useReviewFromUrl';
import { useSliced } from '../../ui/useSliced';
import { cellKey, parseCellKey, useMatrixState } from '../../url/matrixState';
import { EvidencePanel } from './EvidencePanel';
import { MatrixExports } from './MatrixExports';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { MatrixToolbar } from './MatrixToolbar';
import { ReuseHeatmap } from './ReuseHeatmap';

const NO_MATRIX: Matrix = { columns: [], rows: [] };

export default function MatrixView({ corpus }: { corpus: Corpus }) {
  const [state, setState] = useMatrixState();
  const review = useReview(corpus);
  // Figure moves and the statuses the review leaves are drawn; the rest is said beside the rows.
  const shown = useMemo(
    () => (review.applied ? reviewedCorpus(corpus, review.review, review.applied.corpus) : corpus),
    [corpus, review.review, review.applied],
  );
  // Built in slices: a large corpus's table would hold the page in one long task.
  const built = useSliced(shown, matrixSteps);
  const matrix = built.done ? built.value : NO_MATRIX;
  const loadedReview = useReviewFromUrl(corpus);
  // Both ends of each figure the review moved: the cell says where it went or came from.
  const moves = useMemo(() => figureMoves(review.corrections, corpus.facts), [review.corrections, corpus.facts]);
  const moved = useMemo(() => new Map([...moves].map(([key, end]) => [key, figureMoveLine(end)])), [moves]);
  // What the review changed on each row, said beside its label with what the pipeline read
  // ("status: agree, was conflict"), so a correction never passes for the original; a moved
  // figure names the source and the other row, on both rows.
  const corrected = useMemo(() => {
    const byRow = new Map<string, string[]>();
    const add = (rowId: string, line: string) => byRow.set(rowId, [...(byRow.get(rowId) ?? []), line]);
    for (const c of review.corrections)
      if (c.field !== 'dismissed' && c.articleId === undefined) add(c.rowId, correctionLine(c.field, c.to, c.from));
    const sources = new Map(matrix.columns.map((c) => [c.articleId, c.sourceName]));
    for (const end of moves.values())
      add(end.rowId, `${sources.get(end.articleId) ?? end.articleId}'s figure ${figureMoveLine(end)}`);
    return byRow;
  }, [review.corrections, moves, matrix.columns]);
  // Memoised on the URL state's values (nuqs keeps them the same objects until they change), so a
  // render for anything else (the URL write after typing, an evidence panel) does not refilter.
  const { kinds, status, q, sort, hide: hidden, pin: pinned, order } = state;
  // The search box shows each key at once; the rows follow when the filter has run, and a key typed
  // meanwhile starts it again rather than waiting behind it.
  const search = useDeferredValue(q);
  const columns = useMemo(
    () => visibleColumns(matrix.columns, { hidden, pinned, order }),
    [matrix, hidden, pinned, order],
  );
  const rows = useMemo(
    () => visibleRows(matrix, { kinds, status, search, sort }, columns, review.verdicts),
    [matrix, kinds, status, search, sort, columns, review.verdicts],
  );
  const open = parseCellKey(state.cell);
  const openRow = open ? matrix.rows.find((r) => r.id === open.rowId) : undefined;
  const openColumn = open ? matrix.columns.find((c) => c.articleId === open.articleId) : undefined;
  const collapsed = useMemo(() => state.collapsed ?? defaultCollapsed(rows), [state.collapsed, rows]);
  const staleLink = state.hash !== null && state.hash !== corpus.hash.slice(0, 19);

  if (corpus.articles.length === 0) return <p role="status">This corpus has no articles to compare.</p>;
  if (!built.done)
    return (
      <section className="view view-wide" aria-labelledby="matrix-title">
        <h2 id="matrix-title">Source comparison</h2>
        <p role="status">
          Building the comparison table
          {built.progress
            ? `: ${built.progress.done.toLocaleString('en-US')} of ${built.progress.total.toLocaleString('en-US')} findings`
            : ''}
          …
        </p>
      </section>
    );
  const move = (articleId: string, delta: -1 | 1) => {
    const order = columns.map((c) => c.articleId);
    const at = order.indexOf(articleId);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    void setState({ order, pin: state.pin.filter((p) => order.indexOf(p) < order.length) });
  };
  const link = () => {
    const url = new URL(window.location.href);
    url.searchParams.set('hash', corpus.hash.slice(0, 19));
    return url.toString();
  };
  return (
    <section className="view view-wide" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Source comparison</h2>
      {staleLink && (
        <p role="status" className="notice-inline">
          This link was made for another version of this corpus (hash {state.hash}); the rows you see may differ from
          what was shared.
        </p>
      )}
      <MatrixToolbar
        columns={matrix.columns}
        hidden={state.hide}
        kinds={state.kinds}
        status={state.status}
        search={state.q}
        sort={state.sort}
        onChange={(patch) => void setState(patch)}
      />
      <MatrixExports
        table={() => matrixTable(corpus, rows, columns, review)}
        fileStem={`${corpus.id}-matrix`}
        link={link}
      />
      <MatrixLegend />
      {loadedReview && (
        <p role={loadedReview.ok ? 'status' : 'alert'} className="notice-inline">
          {loadedReview.message}
        </p>
      )}
      {review.saveError && (
        <p role="alert" className="notice-inline">
          {review.saveError}
        </p>
      )}
      <p className="muted small" role="status">
        {rows.length} row{rows.length === 1 ? '' : 's'} × {columns.length} source{columns.length === 1 ? '' : 's'}. Use
        the arrow keys in the table; Enter opens the evidence.
      </p>
      <div className="matrix-layout">
        <MatrixGrid
          rows={rows}
          columns={columns}
          pinned={state.pin}
          collapsed={collapsed}
          openCell={open}
          onOpen={(rowId, articleId) => void setState({ cell: cellKey(rowId, articleId) }, { history: 'push' })}
          onToggleGroup={(kind: RowKind) =>
            void setState({
              collapsed: collapsed.includes(kind) ? collapsed.filter((k) => k !== kind) : [...collapsed, kind],
            })
          }
          onHide={(id) => void setState({ hide: [...state.hide, id] })}
          onPin={(id) =>
            void setState({ pin: state.pin.includes(id) ? state.pin.filter((p) => p !== id) : [...state.pin, id] })
          }
          onMove={move}
          review={review.states}
          corrected={corrected}
          moved={moved}
        />
        {openRow && openColumn && (
          <EvidencePanel
            corpus={corpus}
            row={openRow}
            column={openColumn}
            columns={columns}
            onClose={() => void setState({ cell: null })}
            review={{
              states: review.states,
              author: review.review.author,
              onDecide: (target, action) => void review.decide(target, action),
              onAuthor: (author) => void review.setAuthor(author),
              entities: corpus.entities,
              quotes: corpus.quotes,
              facts: corpus.facts,
              corrections: review.corrections,
              moved: moves.get(reviewCellKey(openRow.id, openColumn.articleId)),
              saving: review.saving,
            }}
          />
        )}
      </div>
      <details className="heatmap-box" open>
        <summary>Text reuse between sources</summary>
        <ReuseHeatmap columns={columns} alignments={corpus.alignments} />
      </details>
    </section>
  );
}
