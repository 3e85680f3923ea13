import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { cellAt, STATUS_INFO, valuesLine, type Column, type Row, type RowKind } from '../../core/matrix';
import { LongText } from '../../ui/LongText';
import { cutText, DISPLAY_LIMIT } from '../../core/text/cutText';
import { ColumnHeader } from './ColumnHeader';
import { GROUP_LABEL, gridItems } from './gridItems';
import { ReviewMark } from '../../ui/ReviewMark';
import { MatrixCell } from './MatrixCell';
import { cellKey, type FindingReview } from '../../core/review/decisions';

type Props = {
  rows: readonly Row[];
  columns: readonly Column[];
  pinned: readonly string[];
  collapsed: readonly RowKind[];
  openCell: { rowId: string; articleId: string } | null;
  onOpen: (rowId: string, articleId: string) => void;
  onToggleGroup: (kind: RowKind) => void;
  onHide: (articleId: string) => void;
  onPin: (articleId: string) => void;
  onMove: (articleId: string, delta: -1 | 1) => void;
  /** The review's standing verdicts and notes, by row id or cell key. */
  review: ReadonlyMap<string, FindingReview>;
  /** What the review corrected on each row, in words. */
  corrected: ReadonlyMap<string, readonly string[]>;
  /** By cell key, a figure the review moved in or out ("moved here from …"): such a cell opens even when empty. */
  moved: ReadonlyMap<string, string>;
};

/** A first guess at a row's height; rows are measured once drawn, since long values wrap. */
const ROW_HEIGHT = 56;

const summaryLine = (row: Row) =>
  `${row.detail} · ${row.articles} article${row.articles === 1 ? '' : 's'}, ${row.independent} independent${row.spread ? ` · spread ${row.spread}` : ''}`;

/**
 * The label column and the source columns share the width the grid has: the label column narrows on a
 * phone so cells stay in view, and source columns widen to fill a large screen. All source columns
 * keep one width so the column virtualiser knows where each one is.
 */
export function gridWidths(available: number, columns: number): { header: number; column: number } {
  const narrow = available > 0 && available < 600;
  const header = narrow ? 124 : Math.round(Math.min(460, Math.max(240, available * 0.3)));
  const least = narrow ? 128 : 176;
  const share = Math.floor((available - header - 2) / Math.max(1, columns));
  return { header, column: Math.max(least, Math.min(480, share)) };
}

function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const update = () => setWidth(node.clientWidth);
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

const fixed = (width: number) => ({ width, minWidth: width, maxWidth: width });

/**
 * The matrix as an ARIA grid: one tab stop, arrow keys between cells, Enter opens the evidence.
 * Rows and columns (headers included) are both virtualised, so 1,000 rows × 1,000 sources render
 * only what is in view: every header rendered made each keystroke in the search box lay out 9,000
 * elements.
 */
export function MatrixGrid({
  rows,
  columns,
  pinned,
  collapsed,
  openCell,
  onOpen,
  onToggleGroup,
  onHide,
  onPin,
  onMove,
  review,
  corrected,
  moved,
}: Props) {
  const items = gridItems(rows, collapsed);
  const rowItems = items.map((item, index) => ({ item, index })).filter((x) => x.item.type === 'row');
  const [focus, setFocus] = useState<{ r: number; c: number }>({ r: 0, c: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  const widths = gridWidths(useWidth(scroller), columns.length);
  // The virtualiser's functions change every render by design; this component is not memoised anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const across = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => widths.column,
    paddingStart: widths.header,
    overscan: 4,
  });
  // The cell the keyboard moved to, until it is drawn and focused. It is kept here rather than read from
  // `focus`: scrolling re-renders synchronously, before the new `focus` is applied, and that render
  // would otherwise focus the cell the keyboard just left.
  const focusPending = useRef<{ r: number; c: number } | null>(null);
  // Cached column positions were estimated at the old width.
  useEffect(() => {
    across.measure();
  }, [across, widths.column, widths.header]);

  // Whether the keyboard is in the grid. Rows have measured heights and columns follow the grid's
  // width, so a re-render can redraw the focused cell (an evidence panel opening, a row measured);
  // the browser then drops focus to the page and the next key is lost, so it is put back.
  const holdsFocus = useRef(false);
  useEffect(() => {
    const away = (event: PointerEvent) => {
      if (!scroller.current?.contains(event.target as Node)) holdsFocus.current = false;
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, []);
  useEffect(() => {
    const inside = scroller.current?.contains(document.activeElement) ?? false;
    const dropped = holdsFocus.current && !inside && (document.activeElement ?? document.body) === document.body;
    const wanted = focusPending.current ?? (dropped ? focus : null);
    if (!wanted) return;
    // The target may not be rendered until the virtualisers have scrolled to it; try again next render.
    const target = scroller.current?.querySelector<HTMLElement>(`[data-cell="${wanted.r}-${wanted.c}"]`);
    if (!target) return;
    focusPending.current = null;
    if (document.activeElement !== target) target.focus();
  });

  const move = (event: KeyboardEvent) => {
    const last = { r: rowItems.length - 1, c: columns.length - 1 };
    const next = { ...focus };
    if (event.key === 'ArrowDown') next.r = Math.min(last.r, focus.r + 1);
    else if (event.key === 'ArrowUp') next.r = Math.max(0, focus.r - 1);
    else if (event.key === 'ArrowRight') next.c = Math.min(last.c, focus.c + 1);
    else if (event.key === 'ArrowLeft') next.c = Math.max(0, focus.c - 1);
    else if (event.key === 'Home') next.c = 0;
    else if (event.key === 'End') next.c = last.c;
    else if (event.key === 'PageDown') next.r = Math.min(last.r, focus.r + 10);
    else if (event.key === 'PageUp') next.r = Math.max(0, focus.r - 10);
    else if (event.key === 'Enter' || event.key === ' ') {
      const target = rowItems[focus.r]?.item;
      const column = columns[focus.c];
      const key = target?.type === 'row' && column ? cellKey(target.row.id, column.articleId) : '';
      if (
        target?.type === 'row' &&
        column &&
        (cellAt(target.row, column.articleId).status !== 'absent' || moved.has(key))
      )
        onOpen(target.row.id, column.articleId);
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    setFocus(next);
    focusPending.current = next;
    const index = rowItems[next.r]?.index;
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
    across.scrollToIndex(next.c, { align: 'auto' });
  };

  const virtual = virtualizer.getVirtualItems();
  const before = virtual[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (virtual[virtual.length - 1]?.end ?? 0);
  const shown = across.getVirtualItems();
  const left = (shown[0]?.start ?? widths.header) - widths.header;
  const right = across.getTotalSize() - (shown[shown.length - 1]?.end ?? 0);
  const visible = shown.map((v) => ({ column: columns[v.index]!, c: v.index }));
  // A group header spans the cells actually rendered, or the table would grow phantom columns.
  const span = 1 + visible.length + (left > 0 ? 1 : 0) + (right > 0 ? 1 : 0);
  const spacer = (width: number, key: string, Cell: 'td' | 'th' = 'td') =>
    width > 0 ? <Cell key={key} aria-hidden="true" className="mspacer" style={{ minWidth: width, width }} /> : null;
  return (
    <div className="mgrid-scroll" ref={scroller}>
      <table
        role="grid"
        aria-label="Source comparison"
        aria-rowcount={items.length + 1}
        aria-colcount={columns.length + 1}
        className="mgrid"
        onKeyDown={move}
        onFocus={() => {
          holdsFocus.current = true;
        }}
        onBlur={(event) => {
          // Focus moved to something else on the page; a cell merely redrawn blurs with no target.
          if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) holdsFocus.current = false;
        }}
      >
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader" className="mrow-head-col" style={fixed(widths.header)}>
              Row
            </th>
            {spacer(left, 'left', 'th')}
            {visible.map(({ column, c }) => (
              <ColumnHeader
                key={column.articleId}
                column={column}
                index={c}
                pinned={pinned.includes(column.articleId)}
                width={widths.column}
                onHide={() => onHide(column.articleId)}
                onPin={() => onPin(column.articleId)}
                onMove={(d) => onMove(column.articleId, d)}
              />
            ))}
            {spacer(right, 'right', 'th')}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {virtual.map((v) => {
            const item = items[v.index]!;
            if (item.type === 'group') {
              const open = !collapsed.includes(item.kind);
              return (
                <tr
                  key={`g-${item.kind}`}
                  role="row"
                  className="mgroup"
                  aria-rowindex={v.index + 2}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                >
                  <th colSpan={span} scope="colgroup" role="rowheader">
                    <button
                      type="button"
                      aria-expanded={open}
                      onClick={() => onToggleGroup(item.kind)}
                      title={`${open ? 'Hide' : 'Show'} the ${item.count} ${GROUP_LABEL[item.kind].toLowerCase()} rows`}
                    >
                      {open ? '▾' : '▸'} {GROUP_LABEL[item.kind]} ({item.count})
                    </button>
                  </th>
                </tr>
              );
            }
            const r = rowItems.findIndex((x) => x.index === v.index);
            const row = item.row;
            const rowVerdict = review.get(row.id)?.verdict?.verdict;
            return (
              <tr
                key={row.id}
                role="row"
                aria-rowindex={v.index + 2}
                className={`mrow mrow-${row.status}${rowVerdict ? ` mreview-${rowVerdict}` : ''}`}
                data-index={v.index}
                ref={virtualizer.measureElement}
              >
                <th scope="row" role="rowheader" className="mrow-head" style={fixed(widths.header)}>
                  {/* Cut to a few lines each, and a very long label to its first words; the whole text is
                      behind its "full text" button and in the evidence panel. */}
                  <div className="mrow-label" title={row.label.length <= DISPLAY_LIMIT ? row.label : undefined}>
                    <LongText text={row.label} label="Row label" />
                  </div>
                  {rowVerdict && <ReviewMark verdict={rowVerdict} />}
                  {corrected.get(row.id)?.map((line) => (
                    <div key={line} className="mrow-corrected small">
                      {line}
                    </div>
                  ))}
                  {(row.kind === 'fact' || row.status === 'single') && (
                    <div
                      className="mrow-values small"
                      title={`${STATUS_INFO[row.status].word}${row.values.length ? `: ${valuesLine(row.values)}` : ''}`}
                    >
                      <span className={`mstatus mcell-${row.status}`}>
                        <span aria-hidden="true">{STATUS_INFO[row.status].icon}</span> {STATUS_INFO[row.status].word}
                      </span>{' '}
                      {valuesLine(row.values)}
                    </div>
                  )}
                  <div className="mrow-summary muted small" title={summaryLine(row)}>
                    {summaryLine(row)}
                  </div>
                </th>
                {spacer(left, 'left')}
                {visible.map(({ column, c }) => (
                  <MatrixCell
                    key={column.articleId}
                    cell={row.cells[column.articleId]}
                    focused={focus.r === r && focus.c === c}
                    open={openCell?.rowId === row.id && openCell.articleId === column.articleId}
                    rowLabel={cutText(row.label)}
                    sourceName={cutText(column.sourceName)}
                    onOpen={() => onOpen(row.id, column.articleId)}
                    onFocus={() => setFocus({ r, c })}
                    position={`${r}-${c}`}
                    colIndex={c + 2}
                    width={widths.column}
                    moved={moved.get(cellKey(row.id, column.articleId))}
                    verdict={
                      review.get(cellKey(row.id, column.articleId))?.verdict?.verdict ??
                      // A row's verdict marks the cells that report it, not the sources that are silent.
                      (row.cells[column.articleId]?.status === 'absent' ? undefined : rowVerdict)
                    }
                  />
                ))}
                {spacer(right, 'right')}
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
