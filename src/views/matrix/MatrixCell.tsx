import { STATUS_TEXT, type Cell } from '../../core/matrix';

const ICON: Record<Cell['status'], string> = {
  agree: '✓',
  compatible: '≈',
  updated: '↗',
  conflict: '≠',
  single: '◆',
  reported: '●',
  absent: '–',
};

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
};

/** One source's take on one row: the value, and its status as an icon and words as well as colour. */
export function MatrixCell({ cell, focused, open, rowLabel, sourceName, onOpen, onFocus, position, colIndex }: Props) {
  const status = cell?.status ?? 'absent';
  return (
    <td
      role="gridcell"
      aria-colindex={colIndex}
      tabIndex={focused ? 0 : -1}
      className={`mcell mcell-${status}${open ? ' mcell-open' : ''}`}
      aria-selected={open}
      aria-label={`${rowLabel}, ${sourceName}: ${cell?.display ? `${cell.display}, ` : ''}${STATUS_TEXT[status]}`}
      onClick={() => {
        onFocus();
        if (status !== 'absent') onOpen();
      }}
      onFocus={onFocus}
      data-status={status}
      data-cell={position}
    >
      <span className="mcell-icon" aria-hidden="true">
        {ICON[status]}
      </span>
      <span className="mcell-value">{status === 'absent' ? 'not mentioned' : cell?.display}</span>
    </td>
  );
}
