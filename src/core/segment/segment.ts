import type { Range } from '../schema/corpus';
import { sentenceNlp, tokenNlp } from './nlp';

export type Token = { start: number; end: number; value: string };

/** wink-nlp tokens of `text`, each with its UTF-16 offsets (wink gives values, not offsets). */
export function tokenize(text: string, base = 0): Token[] {
  const doc = tokenNlp().readDoc(text);
  const values = doc.tokens().out();
  const tokens: Token[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    if (at < 0) continue;
    tokens.push({ start: base + at, end: base + at + value.length, value });
    cursor = at + value.length;
  }
  return tokens;
}

/** Sentence ranges inside one paragraph, trimmed of surrounding white space. */
function paragraphSentences(text: string, paragraph: Range): Range[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const doc = sentenceNlp().readDoc(slice);
  const spans = doc.sentences().out(sentenceNlp().its.span) as unknown as [number, number][];
  const tokens = doc.tokens().out();
  const offsets: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const value of tokens) {
    const at = slice.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    offsets.push({ start, end: start + value.length });
    cursor = start + value.length;
  }
  const ranges: Range[] = [];
  spans.forEach(([first, last], i) => {
    const startToken = offsets[first];
    const endToken = offsets[last];
    if (!startToken || !endToken) return;
    // Extend each sentence to the next one's start so no characters (closing quotes) fall between.
    const nextStart = spans[i + 1] ? offsets[spans[i + 1]![0]]?.start : slice.length;
    let end = Math.max(endToken.end, nextStart ?? endToken.end);
    while (end > startToken.start && /\s/.test(slice[end - 1]!)) end--;
    ranges.push({ start: paragraph.start + startToken.start, end: paragraph.start + end });
  });
  if (ranges.length === 0 && slice.trim()) ranges.push({ ...paragraph });
  return ranges;
}

/** Step 3: sentences never cross a paragraph boundary. */
export function segmentSentences(text: string, paragraphs: readonly Range[]): Range[] {
  return paragraphs.flatMap((p) => paragraphSentences(text, p));
}
