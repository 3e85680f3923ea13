import type { Corpus } from '../schema/corpus';
import type { Cell, Column } from './types';

/** The columns and each one's position, made once for all rows. */
export type ColumnIndex = { list: readonly Column[]; order: ReadonlyMap<string, number> };

/** Articles by id: looking each mention's article up in the list cost O(articles) per mention. */
export type ArticleIndex = ReadonlyMap<string, Corpus['articles'][number]>;

/** The sentence holding `offset`, by binary search: sentences are in text order and do not overlap. */
export function sentenceOf(articles: ArticleIndex, articleId: string, offset: number): number | null {
  const sentences = articles.get(articleId)?.sentences ?? [];
  let [low, high] = [0, sentences.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  // Sentences out of order would defeat the search; the plain walk is the rule.
  const index = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return index < 0 ? null : index;
}

/** Cells keyed by article id with no prototype, so an id such as "__proto__" or "toString" is only an id. */
export const noPrototype = () => Object.create(null) as Record<string, Cell>;
