import type { Article } from '../../schema/corpus';
import { tagText, type Tok } from '../../segment/segment';

export type { Tok } from '../../segment/segment';

/** Tokens of one sentence with offsets, part of speech and lemma (wink-nlp). */
export function sentenceTokens(article: Article, index: number): Tok[] {
  const range = article.sentences[index]!;
  return tagText(article.text.slice(range.start, range.end), range.start).tokens;
}

/**
 * Every sentence's tokens, read once: names and figures both need the tags of the same sentences,
 * and wink's pass over the text is the costly part of each.
 */
export function articleTokens(article: Article): Tok[][] {
  return article.sentences.map((_, i) => sentenceTokens(article, i));
}
