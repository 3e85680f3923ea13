import type { CellStatus, Column, Matrix, Row, RowKind } from './types';

export type SortKey = 'conflict' | 'coverage' | 'first' | 'review';
export const SORT_KEYS: readonly SortKey[] = ['conflict', 'coverage', 'first', 'review'];
/** What the analyst's review says of a row: a verdict on it or on one of its cells, or nothing yet. */
export type ReviewFilter = 'verified' | 'dismissed' | 'unreviewed';
export type StatusFilter = 'all' | 'conflict' | 'updated' | 'compatible' | 'agree' | 'single' | ReviewFilter;
export const STATUS_FILTERS: readonly StatusFilter[] = [
  'all',
  'conflict',
  'updated',
  'compatible',
  'agree',
  'single',
  'verified',
  'dismissed',
  'unreviewed',
];
const REVIEW_FILTERS: readonly string[] = ['verified', 'dismissed', 'unreviewed'];

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
  // Positions looked up in maps: `indexOf` inside the sort made 5,000 columns cost seconds.
  const hidden = new Set(query.hidden);
  const pinned = new Map(query.pinned.map((id, i) => [id, i]));
  const ordered = new Map(query.order.map((id, i) => [id, i]));
  const rank = new Map(
    columns.map((c, i) => {
      const pin = pinned.get(c.articleId);
      if (pin !== undefined) return [c, pin];
      const at = ordered.get(c.articleId);
      return [c, 1e9 + (at !== undefined ? at : 1e9 + i)];
    }),
  );
  return columns.filter((c) => !hidden.has(c.articleId)).sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/**
 * A row's searchable text, lower-cased once per row and kept while the row lives: lower-casing every
 * cell of every row on each keystroke cost seconds on 5,000 articles.
 */
const searchText = new WeakMap<Row, string>();
function haystack(row: Row): string {
  let text = searchText.get(row);
  if (text === undefined) {
    const cells = Object.values(row.cells).map((c) => c.display);
    text = [row.label, row.detail, ...cells].join('\u0000').toLowerCase();
    searchText.set(row, text);
  }
  return text;
}

function matches(row: Row, search: string): boolean {
  if (!search) return true;
  return haystack(row).includes(search.toLowerCase());
}

function statusMatches(
  row: Row,
  status: StatusFilter,
  verdicts: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): boolean {
  if (status === 'all') return true;
  if (!REVIEW_FILTERS.includes(status)) return row.status === status;
  const given = verdicts?.get(row.id);
  return status === 'unreviewed' ? !given || given.size === 0 : (given?.has(status) ?? false);
}

/** Sorting by review: rows not yet reviewed first (what is left to check), then verified, then dismissed. */
function reviewRank(row: Row, verdicts: ReadonlyMap<string, ReadonlySet<string>> | undefined): number {
  const given = verdicts?.get(row.id);
  if (!given || given.size === 0) return 0;
  return given.has('dismissed') ? 2 : 1;
}

/**
 * Rows after every filter and in the chosen order; rows no visible source reports are left out.
 * `verdicts` holds, by row id, the verdicts given on the row or any of its cells (for the review filters).
 */
export function visibleRows(
  matrix: Matrix,
  query: Pick<MatrixQuery, 'kinds' | 'status' | 'search' | 'sort'>,
  columns: readonly Column[],
  verdicts?: ReadonlyMap<string, ReadonlySet<string>>,
): Row[] {
  const ids = new Set(columns.map((c) => c.articleId));
  const rows = matrix.rows.filter((row) => {
    if (query.kinds.length > 0 && !query.kinds.includes(row.kind)) return false;
    if (!statusMatches(row, query.status, verdicts)) return false;
    if (!Object.values(row.cells).some((c) => c.status !== 'absent' && ids.has(c.articleId))) return false;
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
    if (query.sort === 'review')
      return (
        reviewRank(a, verdicts) - reviewRank(b, verdicts) ||
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        a.firstSeen - b.firstSeen
      );
    return a.firstSeen - b.firstSeen || (a.id < b.id ? -1 : 1);
  });
}

/** How a cell reads aloud and in exports: a figure cell speaks for its row, which holds every value. */
export const STATUS_TEXT: Record<CellStatus, string> = {
  agree: 'sources agree',
  compatible: 'values compatible',
  updated: 'figure updated',
  conflict: 'sources disagree',
  single: 'only this source',
  reported: 'reports it',
  absent: 'not mentioned',
};

/** The icon, word and meaning of each status: the cells, the row headers and the legend share them. */
export const STATUS_INFO: Record<CellStatus, { icon: string; word: string; meaning: string }> = {
  conflict: { icon: '≠', word: 'conflict', meaning: 'the same thing at the same time, incompatible values' },
  updated: { icon: '↗', word: 'updated', meaning: 'a later article gives a newer running total' },
  compatible: { icon: '≈', word: 'compatible', meaning: 'values differ but can all be true ("at least 130" and 150)' },
  agree: { icon: '✓', word: 'agree', meaning: 'every source gives the same value' },
  single: { icon: '◆', word: 'one source', meaning: 'only one source reports it' },
  reported: { icon: '●', word: 'reported', meaning: 'this source mentions it' },
  absent: { icon: '–', word: 'not mentioned', meaning: 'the source is silent: not a disagreement' },
};

/** Above this many entity rows the group starts collapsed, so figures, reactions and quotes stay in view. */
export const MANY_ENTITY_ROWS = 20;

/**
 * The groups collapsed when the URL names none: entities, when many are shown beside other rows (a
 * search or filter that leaves only entities, or only a few, shows them open).
 */
export function defaultCollapsed(rows: readonly Row[]): RowKind[] {
  const entities = rows.filter((r) => r.kind === 'entity').length;
  return entities > MANY_ENTITY_ROWS && entities < rows.length ? ['entity'] : [];
}
