import type { CellStatus, Column, Matrix, Row, RowKind } from './types';

export type SortKey = 'conflict' | 'coverage' | 'first';
export const SORT_KEYS: readonly SortKey[] = ['conflict', 'coverage', 'first'];
export type StatusFilter = 'all' | 'conflict' | 'agree' | 'single';
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'conflict', 'agree', 'single'];

export type MatrixQuery = {
  kinds: readonly RowKind[];
  status: StatusFilter;
  search: string;
  sort: SortKey;
  /** Article ids to leave out; an empty list shows every source. */
  hidden: readonly string[];
  /** Article ids shown first, in this order. */
  pinned: readonly string[];
  /** A full column order chosen by the user; ids it lacks keep their date order after it. */
  order: readonly string[];
};

const STATUS_RANK: Record<Row['status'], number> = {
  conflict: 0,
  updated: 1,
  compatible: 2,
  agree: 3,
  reported: 4,
  single: 5,
};

/** Visible columns: hidden ones out, pinned ones first, then the user's order, then date order. */
export function visibleColumns(
  columns: readonly Column[],
  query: Pick<MatrixQuery, 'hidden' | 'pinned' | 'order'>,
): Column[] {
  const shown = columns.filter((c) => !query.hidden.includes(c.articleId));
  const rank = (c: Column) => {
    const pin = query.pinned.indexOf(c.articleId);
    if (pin >= 0) return pin;
    const ordered = query.order.indexOf(c.articleId);
    return 1000 + (ordered >= 0 ? ordered : 1000 + columns.indexOf(c));
  };
  return [...shown].sort((a, b) => rank(a) - rank(b));
}

function matches(row: Row, search: string): boolean {
  if (!search) return true;
  const needle = search.toLowerCase();
  return (
    row.label.toLowerCase().includes(needle) ||
    row.detail.toLowerCase().includes(needle) ||
    Object.values(row.cells).some((c) => c.display.toLowerCase().includes(needle))
  );
}

/** Rows after every filter and in the chosen order; rows no visible source reports are left out. */
export function visibleRows(
  matrix: Matrix,
  query: Pick<MatrixQuery, 'kinds' | 'status' | 'search' | 'sort'>,
  columns: readonly Column[],
): Row[] {
  const ids = new Set(columns.map((c) => c.articleId));
  const rows = matrix.rows.filter((row) => {
    if (query.kinds.length > 0 && !query.kinds.includes(row.kind)) return false;
    if (query.status !== 'all' && row.status !== query.status) return false;
    if (!Object.values(row.cells).some((c) => ids.has(c.articleId) && c.status !== 'absent')) return false;
    return matches(row, query.search);
  });
  const kindOrder = (k: RowKind) => ['fact', 'reaction', 'quote', 'entity'].indexOf(k);
  return rows.sort((a, b) => {
    const byKind = kindOrder(a.kind) - kindOrder(b.kind);
    if (byKind !== 0) return byKind;
    if (query.sort === 'conflict')
      return STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.articles - a.articles || a.firstSeen - b.firstSeen;
    if (query.sort === 'coverage')
      return b.articles - a.articles || b.independent - a.independent || a.firstSeen - b.firstSeen;
    return a.firstSeen - b.firstSeen || (a.id < b.id ? -1 : 1);
  });
}

export const STATUS_TEXT: Record<CellStatus, string> = {
  agree: 'agrees',
  compatible: 'differs but fits the others',
  updated: 'differs: a running figure updated over time',
  conflict: 'disagrees',
  single: 'only this source',
  reported: 'reports it',
  absent: 'not mentioned',
};
