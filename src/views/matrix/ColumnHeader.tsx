import type { Column } from '../../core/matrix';

type Props = {
  column: Column;
  index: number;
  pinned: boolean;
  onHide: () => void;
  onPin: () => void;
  onMove: (delta: -1 | 1) => void;
};

/** A source column's header: name and date, with hide, pin and move controls. */
export function ColumnHeader({ column, index, pinned, onHide, onPin, onMove }: Props) {
  return (
    <th scope="col" role="columnheader" aria-colindex={index + 2} className={pinned ? 'mcol mcol-pinned' : 'mcol'}>
      <div className="mcol-name" title={column.title}>
        {column.sourceName}
      </div>
      <div className="mcol-date muted small">{column.date ?? 'no date'}</div>
      <div className="mcol-tools">
        <button type="button" onClick={() => onMove(-1)} aria-label={`Move ${column.sourceName} left`}>
          ◀
        </button>
        <button
          type="button"
          onClick={onPin}
          aria-pressed={pinned}
          aria-label={`${pinned ? 'Unpin' : 'Pin'} ${column.sourceName}`}
        >
          {pinned ? '★' : '☆'}
        </button>
        <button type="button" onClick={onHide} aria-label={`Hide ${column.sourceName}`}>
          ✕
        </button>
        <button type="button" onClick={() => onMove(1)} aria-label={`Move ${column.sourceName} right`}>
          ▶
        </button>
      </div>
    </th>
  );
}
