import { parseAsBoolean, parseAsFloat, parseAsInteger, parseAsString, useQueryStates } from 'nuqs';

/** The diff's shareable state, one typed codec per key; defaults stay out of the URL. */
export const diffParsers = {
  a: parseAsString,
  b: parseAsString,
  changes: parseAsBoolean.withDefault(false),
  min: parseAsFloat.withDefault(0.2),
  loose: parseAsBoolean.withDefault(false),
  nway: parseAsBoolean.withDefault(false),
  sentence: parseAsInteger,
};

export const DIFF_KEYS: readonly string[] = Object.keys(diffParsers);

export function useDiffState() {
  return useQueryStates(diffParsers, { history: 'replace' });
}
