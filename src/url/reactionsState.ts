import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import {
  ACTOR_KINDS,
  COLOR_MODES,
  ROW_SORT_KEYS,
  STANCES,
  type SortDirection,
  type TableSortKey,
} from '../core/reactions';
import { REVIEW_STATES } from '../core/review/reviewedReactions';

/** The table's order: a column, "-" in front for descending ("-articles"). */
export const TABLE_ORDERS = [...ROW_SORT_KEYS, 'review' as const].flatMap((key) => [key, `-${key}`] as const);
export type TableOrder = (typeof TABLE_ORDERS)[number];

export function parseTableOrder(order: TableOrder): { key: TableSortKey; direction: SortDirection } {
  return order.startsWith('-')
    ? { key: order.slice(1) as TableSortKey, direction: 'descending' }
    : { key: order as TableSortKey, direction: 'ascending' };
}

/** The reactions map's shareable state, one typed codec per key; defaults stay out of the URL. */
export const reactionsParsers = {
  color: parseAsStringLiteral(COLOR_MODES).withDefault('stance'),
  /** The selected country (ISO alpha-2); each selection is a history entry so Back closes the panel. */
  country: parseAsString.withOptions({ history: 'push' }),
  stance: parseAsArrayOf(parseAsStringLiteral(STANCES)).withDefault([]),
  /** Article ids whose reports count; empty means all articles. */
  src: parseAsArrayOf(parseAsString).withDefault([]),
  actor: parseAsArrayOf(parseAsStringLiteral(ACTOR_KINDS)).withDefault([]),
  /** Review states shown (verified, dismissed, unreviewed); empty means all. Not "review", which loads a review file. */
  verdict: parseAsArrayOf(parseAsStringLiteral(REVIEW_STATES)).withDefault([]),
  /** The table's order; its own key, since the matrix's "sort" takes other values. */
  by: parseAsStringLiteral(TABLE_ORDERS).withDefault('country'),
};

/** The reactions map's URL keys, for the list of keys the app knows. */
export const REACTIONS_KEYS: readonly string[] = Object.keys(reactionsParsers);

export function useReactionsState() {
  return useQueryStates(reactionsParsers, { history: 'replace' });
}
