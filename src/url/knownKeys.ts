import { DIFF_KEYS } from './diffState';
import { MATRIX_KEYS } from './matrixState';
import { REACTIONS_KEYS } from './reactionsState';

/**
 * Every URL key some view reads. A key not listed here is reported to the user and ignored.
 * Each view's state module adds its keys to this list.
 */
export const KNOWN_URL_KEYS: ReadonlySet<string> = new Set([
  // shared
  'view',
  'corpus',
  'hash',
  'article',
  'sentence',
  // a review file to load into this corpus's review (see src/data/useReviewFromUrl.ts)
  'review',
  ...MATRIX_KEYS,
  ...DIFF_KEYS,
  ...REACTIONS_KEYS,
]);

export function unknownUrlKeys(search: string): string[] {
  const keys = new Set(new URLSearchParams(search).keys());
  return [...keys].filter((key) => !KNOWN_URL_KEYS.has(key)).sort();
}
