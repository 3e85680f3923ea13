import type { Range } from '../schema/corpus';
import { nlp } from './nlp';

/** A token with its part of speech and lemma, as the analysis reads it (`index`: its place in its sentence). */
export type Tok = {
  start: number;
  end: number;
  value: string;
  lower: string;
  pos: string;
  lemma: string;
  index: number;
};

type Paragraph = { ranges: Range[]; tokens: Tok[] };

/**
 * wink's tagged tokens of `text`, offset by `base`, numbered by their place in wink's output, with
 * the sentence spans wink found and every token's offsets in `text` (wink gives values, not
 * offsets). The one reading of text with tags: segmenting and the per-sentence fallback share it.
 */
export function tagText(
  text: string,
  base = 0,
): { tokens: Tok[]; offsets: { start: number; end: number }[]; spans: [number, number][] } {
  const engine = nlp();
  const doc = engine.readDoc(text);
  const spans = doc.sentences().out(engine.its.span) as unknown as [number, number][];
  const values = doc.tokens().out();
  const pos = doc.tokens().out(engine.its.pos) as string[];
  const lemmas = doc.tokens().out(engine.its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const offsets: { start: number; end: number }[] = [];
  const tokens: Tok[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    offsets.push({ start, end: start + value.length });
    cursor = start + value.length;
    if (at >= 0)
      tokens.push({
        start: base + start,
        end: base + cursor,
        value,
        lower: value.toLowerCase(),
        pos: pos[i] ?? 'X',
        lemma: (lemmas[i] ?? value).toLowerCase(),
        index: i,
      });
  });
  return { tokens, offsets, spans };
}

/**
 * Sentence ranges inside one paragraph, trimmed of surrounding white space, with the paragraph's
 * tagged tokens: the tagger's own sentence boundaries, so one wink pass both segments and tags.
 */
function paragraphSentences(text: string, paragraph: Range): Paragraph {
  const slice = text.slice(paragraph.start, paragraph.end);
  const { tokens, offsets, spans } = tagText(slice, paragraph.start);
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
  return { ranges, tokens };
}

/** Each sentence's tokens: those that start inside it, numbered from its first (set in place: they are new). */
function bySentence(sentences: readonly Range[], tokens: readonly Tok[]): Tok[][] {
  const out: Tok[][] = sentences.map(() => []);
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length && t.start >= sentences[s]!.end) s++;
    if (s === sentences.length) break;
    if (t.start < sentences[s]!.start) continue;
    t.index = out[s]!.length;
    out[s]!.push(t);
  }
  return out;
}

/** Step 3: sentences, which never cross a paragraph boundary, and each sentence's tagged tokens. */
export function segmentAndTag(text: string, paragraphs: readonly Range[]): { sentences: Range[]; tokens: Tok[][] } {
  const read = paragraphs.map((p) => paragraphSentences(text, p));
  const sentences = read.flatMap((p) => p.ranges);
  return {
    sentences,
    tokens: bySentence(
      sentences,
      read.flatMap((p) => p.tokens),
    ),
  };
}

/** Step 3 without the tokens. */
export function segmentSentences(text: string, paragraphs: readonly Range[]): Range[] {
  return segmentAndTag(text, paragraphs).sentences;
}
