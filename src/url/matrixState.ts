import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { ROW_KINDS, SORT_KEYS, STATUS_FILTERS } from '../core/matrix';

/** The matrix's shareable state, one typed codec per key; defaults stay out of the URL. */
export const matrixParsers = {
  kinds: parseAsArrayOf(parseAsStringLiteral(ROW_KINDS)).withDefault([]),
  status: parseAsStringLiteral(STATUS_FILTERS).withDefault('all'),
  q: parseAsString.withDefault(''),
  sort: parseAsStringLiteral(SORT_KEYS).withDefault('conflict'),
  hide: parseAsArrayOf(parseAsString).withDefault([]),
  pin: parseAsArrayOf(parseAsString).withDefault([]),
  order: parseAsArrayOf(parseAsString).withDefault([]),
  // No default: an absent key means the view's default (many entity rows start collapsed), and
  // "collapsed=" means every group open.
  collapsed: parseAsArrayOf(parseAsStringLiteral(ROW_KINDS)),
  cell: parseAsString,
  hash: parseAsString,
};

export const MATRIX_KEYS = Object.keys(matrixParsers);

export function useMatrixState() {
  return useQueryStates(matrixParsers, { history: 'replace' });
}

/** A cell is named in the URL as "<row id>~<article id>". */
export function cellKey(rowId: string, articleId: string): string {
  return `${rowId}~${articleId}`;
}

export function parseCellKey(key: string | null): { rowId: string; articleId: string } | null {
  if (!key) return null;
  const at = key.lastIndexOf('~');
  if (at <= 0) return null;
  return { rowId: key.slice(0, at), articleId: key.slice(at + 1) };
}
