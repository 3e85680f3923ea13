import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { ACTOR_KINDS, COLOR_MODES, STANCES } from '../core/reactions';

/** The reactions map's shareable state, one typed codec per key; defaults stay out of the URL. */
export const reactionsParsers = {
  color: parseAsStringLiteral(COLOR_MODES).withDefault('stance'),
  /** The selected country (ISO alpha-2); each selection is a history entry so Back closes the panel. */
  country: parseAsString.withOptions({ history: 'push' }),
  stance: parseAsArrayOf(parseAsStringLiteral(STANCES)).withDefault([]),
  /** Article ids whose reports count; empty means all articles. */
  src: parseAsArrayOf(parseAsString).withDefault([]),
  actor: parseAsArrayOf(parseAsStringLiteral(ACTOR_KINDS)).withDefault([]),
};

/** The reactions map's URL keys, for the list of keys the app knows. */
export const REACTIONS_KEYS: readonly string[] = Object.keys(reactionsParsers);

export function useReactionsState() {
  return useQueryStates(reactionsParsers, { history: 'replace' });
}
