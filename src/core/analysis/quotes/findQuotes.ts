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
  // British single quotes: the closing mark is also the apostrophe, so it closes only before a non-letter.
  ['‘', '’'],
];

/**
 * Straight single quotes ('…') are quotation marks only in an article that has no double ones:
 * newsrooms that quote with single marks do so throughout, and elsewhere they are apostrophes or
 * quotes inside quotes.
 */
const STRAIGHT_SINGLE: [string, string] = ["'", "'"];

/** Where `close` ends the quote opened at `from`; for ’ and ' only where it is not an apostrophe ("it’s"). */
function closing(text: string, close: string, from: number): number {
  let b = text.indexOf(close, from);
  if (close === '’' || close === "'") while (b >= 0 && /\p{L}/u.test(text[b + 1] ?? '')) b = text.indexOf(close, b + 1);
  return b;
}

function sentenceAt(article: Article, offset: number): number {
  const i = article.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? 0 : i;
}

/**
 * Direct quotes: text between matching quotation marks inside one paragraph (a quote may span
 * sentences). A quote left open at the end of its paragraph runs to that end: it goes on in the
 * next paragraph, which opens with a quote mark of its own. Offsets are of the quoted words,
 * without the marks or a trailing comma.
 */
export function findQuotes(article: Article): RawQuote[] {
  const out: RawQuote[] = [];
  const pairs = /["“”«]/.test(article.text) ? PAIRS : [...PAIRS, STRAIGHT_SINGLE];
  for (const p of article.paragraphs) {
    const text = article.text.slice(p.start, p.end);
    for (const [open, close] of pairs) {
      let from = 0;
      for (;;) {
        const a = text.indexOf(open, from);
        if (a < 0) break;
        // An opening mark after a letter is an apostrophe ("the Kremlin’s"), and a straight one
        // opens only before a letter ("the '90s" elides a century).
        const apostrophe =
          (open === '‘' && /\p{L}/u.test(text[a - 1] ?? '')) ||
          (open === "'" && (/[\p{L}\p{N}]/u.test(text[a - 1] ?? '') || !/\p{L}/u.test(text[a + 1] ?? '')));
        if (apostrophe) {
          from = a + 1;
          continue;
        }
        let b = closing(text, close, a + 1);
        // Left open: the quote runs on to the end of the paragraph, if it says enough to be one.
        if (b < 0) {
          if (
            open === '‘' ||
            open === "'" ||
            text
              .slice(a + 1)
              .trim()
              .split(/\s+/).length < 3
          )
            break;
          b = text.trimEnd().length;
        }
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
