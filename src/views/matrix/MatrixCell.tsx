import { STATUS_INFO, STATUS_TEXT, type Cell } from '../../core/matrix';
import type { Verdict } from '../../core/review/schema';
import { cutText } from '../../core/text/cutText';
import { ReviewMark } from '../../ui/ReviewMark';

type Props = {
  cell: Cell | undefined;
  focused: boolean;
  open: boolean;
  rowLabel: string;
  sourceName: string;
  onOpen: () => void;
  onFocus: () => void;
  position: string;
  colIndex: number;
  width: number;
  /** The review's standing verdict on this cell (or on its row). */
  verdict?: Verdict | undefined;
  /** The review moved this source's figure here or away ("moved here from …"); the cell opens to undo it. */
  moved?: string | undefined;
};

/** One source's take on one row: the value, and its row's status as an icon and words as well as colour. */
export function MatrixCell({
  cell,
  focused,
  open,
  rowLabel,
  sourceName,
  onOpen,
  onFocus,
  position,
  colIndex,
  width,
  verdict,
  moved,
}: Props) {
  const status = cell?.status ?? 'absent';
  // A very long value is cut here too; the evidence panel has all of it.
  const value = status === 'absent' ? 'not mentioned' : cutText(cell?.display ?? '');
  return (
    <td
      role="gridcell"
      aria-colindex={colIndex}
      tabIndex={focused ? 0 : -1}
      className={`mcell mcell-${status}${open ? ' mcell-open' : ''}${verdict ? ` mreview-${verdict}` : ''}`}
      aria-selected={open}
      aria-label={`${rowLabel}, ${sourceName}: ${cell?.display ? `${value}, ` : ''}${STATUS_TEXT[status]}${verdict ? `, ${verdict}` : ''}${moved ? `, ${moved}` : ''}`}
      // Long values are cut to a few lines; the tooltip holds the whole of it and what it means.
      title={`${sourceName}: ${value} (${STATUS_INFO[status].word})`}
      onClick={() => {
        onFocus();
        if (status !== 'absent' || moved) onOpen();
      }}
      onFocus={onFocus}
      data-status={status}
      data-cell={position}
      style={{ width, minWidth: width, maxWidth: width }}
    >
      <span className="mcell-icon" aria-hidden="true">
        {STATUS_INFO[status].icon}
      </span>
      <span className="mcell-value">{value}</span>
      {verdict && <ReviewMark verdict={verdict} />}
      {moved && <span className="mcell-moved">{moved}</span>}
    </td>
  );
}
