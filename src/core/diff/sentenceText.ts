import type { Article } from '../schema/corpus';

export function sentenceText(article: Article, index: number): string {
  const s = article.sentences[index];
  return s ? article.text.slice(s.start, s.end) : '';
}

/** The text of several sentences read as one, as a row that joins a split sentence shows it. */
export function sentencesText(article: Article, indexes: readonly number[]): string {
  return indexes.map((i) => sentenceText(article, i)).join(' ');
}
