import type { Article } from '../../schema/corpus';

export type RawQuote = {
  articleId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  paragraphStart: number;
  paragraphEnd: number;
};

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
];

function sentenceAt(article: Article, offset: number): number {
  const i = article.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? 0 : i;
}

/**
 * Direct quotes: text between matching quotation marks inside one paragraph (a quote may span
 * sentences, never paragraphs). Offsets are of the quoted words, without the marks or a trailing comma.
 */
export function findQuotes(article: Article): RawQuote[] {
  const out: RawQuote[] = [];
  for (const p of article.paragraphs) {
    const text = article.text.slice(p.start, p.end);
    for (const [open, close] of PAIRS) {
      let from = 0;
      for (;;) {
        const a = text.indexOf(open, from);
        if (a < 0) break;
        const b = text.indexOf(close, a + 1);
        if (b < 0) break;
        from = b + 1;
        // A straight quote after a letter is a typo'd apostrophe ("name"s), not an opening mark.
        if (
          open === '"' &&
          /\p{L}/u.test(text[a - 1] ?? '') &&
          /\p{L}/u.test(text[a + 1] ?? '') &&
          text[a + 2] === ' '
        ) {
          from = a + 1;
          continue;
        }
        let start = a + 1;
        let end = b;
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
        if (end - start < 2) continue;
        out.push({
          articleId: article.id,
          start: p.start + start,
          end: p.start + end,
          text: text.slice(start, end),
          sentence: sentenceAt(article, p.start + start),
          paragraphStart: p.start,
          paragraphEnd: p.end,
        });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
