import type { Article } from '../../schema/corpus';
import { nlp } from '../../segment/nlp';
import type { Tok } from '../../segment/segment';

export type { Tok } from '../../segment/segment';

/** Tokens of one sentence with offsets, part of speech and lemma (wink-nlp). */
export function sentenceTokens(article: Article, index: number): Tok[] {
  const range = article.sentences[index]!;
  const text = article.text.slice(range.start, range.end);
  const doc = nlp().readDoc(text);
  const its = nlp().its;
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const out: Tok[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    out.push({
      start: range.start + at,
      end: range.start + cursor,
      value,
      lower: value.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      index: i,
    });
  });
  return out;
}

/**
 * Every sentence's tokens, read once: names and figures both need the tags of the same sentences,
 * and wink's pass over the text is the costly part of each.
 */
export function articleTokens(article: Article): Tok[][] {
  return article.sentences.map((_, i) => sentenceTokens(article, i));
}
