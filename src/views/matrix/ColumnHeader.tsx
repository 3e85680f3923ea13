import { columnLabel, type Column } from '../../core/matrix';
import { LongText } from '../../ui/LongText';
import { cutText } from '../../core/text/cutText';

type Props = {
  column: Column;
  index: number;
  pinned: boolean;
  width: number;
  onHide: () => void;
  onPin: () => void;
  onMove: (delta: -1 | 1) => void;
};

/** A column is 176 px wide on a laptop: a longer name would make the header row taller than the screen. */
const NAME_IN_HEADER = 60;

/** A source column's header: name and date, with hide, pin and move controls that say what they do. */
export function ColumnHeader({ column, index, pinned, width, onHide, onPin, onMove }: Props) {
  // Button labels name the source cut short; the header itself offers the whole name.
  const name = columnLabel(column);
  const pin = pinned ? `Unpin ${name}` : `Pin ${name} first`;
  return (
    <th
      scope="col"
      role="columnheader"
      aria-colindex={index + 2}
      className={pinned ? 'mcol mcol-pinned' : 'mcol'}
      style={{ width, minWidth: width, maxWidth: width }}
    >
      <div className="mcol-name" title={column.title ? `${name}: ${cutText(column.title)}` : name}>
        <LongText text={column.sourceName} label="Source name" max={NAME_IN_HEADER} />
        {column.nth !== undefined && <span className="mcol-nth"> ({column.nth})</span>}
      </div>
      <div className="mcol-date muted small">{column.date ?? 'no date'}</div>
      <div className="mcol-tools">
        <button type="button" onClick={() => onMove(-1)} aria-label={`Move ${name} left`} title={`Move ${name} left`}>
          ◀
        </button>
        <button type="button" onClick={onPin} aria-pressed={pinned} aria-label={pin} title={pin}>
          {pinned ? '★' : '☆'}
        </button>
        <button type="button" onClick={onHide} aria-label={`Hide ${name}`} title={`Hide ${name}`}>
          ✕
        </button>
        <button type="button" onClick={() => onMove(1)} aria-label={`Move ${name} right`} title={`Move ${name} right`}>
          ▶
        </button>
      </div>
    </th>
  );
}
