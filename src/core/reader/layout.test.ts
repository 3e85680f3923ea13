import { describe, expect, it } from 'vitest';
import type { Range } from '../schema/corpus';
import { blockOfSentence, marksBySentence, readerBlocks, sentencesOf, type Blocks } from './layout';
import type { Mark } from './marks';

/** Paragraphs of 1–4 sentences of 5–40 characters, separated as the pipeline separates them; seeded. */
function article(paragraphCount: number, seed = 7) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const paragraphs: Range[] = [];
  const sentences: Range[] = [];
  let cursor = 0;
  for (let p = 0; p < paragraphCount; p += 1) {
    const start = cursor;
    const count = 1 + next(4);
    for (let s = 0; s < count; s += 1) {
      const length = 5 + next(36);
      sentences.push({ start: cursor, end: cursor + length });
      cursor += length + 1;
    }
    paragraphs.push({ start, end: cursor - 1 });
    cursor += 1;
  }
  return { paragraphs, sentences, next };
}

/** The blocks as plain lists, to compare. */
const listed = (blocks: Blocks) =>
  Array.from({ length: blocks.count }, (_, b) => ({
    paragraph: blocks.paragraph[b] === -1 ? null : blocks.paragraph[b],
    sentences: [...sentencesOf(blocks, b)],
  }));

/** Ranges whose `start` and `end` reads are counted: the work an indexing does, whatever its clock. */
function counted(ranges: readonly Range[]) {
  const reads = { n: 0 };
  const wrapped = ranges.map(
    (r) =>
      new Proxy(r, {
        get(target, key: keyof Range) {
          reads.n += 1;
          return target[key];
        },
      }),
  );
  return { wrapped, reads };
}

describe('readerBlocks', () => {
  it('puts each sentence in the paragraph that holds it, as testing every pair does', () => {
    const { paragraphs, sentences } = article(300);
    const brute = paragraphs.map((p) => sentences.flatMap((s, i) => (s.start >= p.start && s.end <= p.end ? [i] : [])));
    const blocks = listed(readerBlocks(paragraphs, sentences));
    expect(blocks.map((b) => b.sentences)).toEqual(brute);
    expect(blocks.map((b) => b.paragraph)).toEqual(paragraphs.map((_, i) => i));
  });

  it('keeps text order when the stored order is shuffled, and shows a sentence no paragraph holds', () => {
    const paragraphs = [
      { start: 20, end: 30 },
      { start: 0, end: 10 },
    ];
    const sentences = [
      { start: 25, end: 30 },
      { start: 12, end: 18 },
      { start: 0, end: 4 },
      { start: 20, end: 24 },
      { start: 5, end: 10 },
    ];
    expect(listed(readerBlocks(paragraphs, sentences))).toEqual([
      { paragraph: 1, sentences: [2, 4] },
      { paragraph: null, sentences: [1] },
      { paragraph: 0, sentences: [3, 0] },
    ]);
  });

  it('maps each sentence back to its block', () => {
    const { paragraphs, sentences } = article(50);
    const blocks = readerBlocks(paragraphs, sentences);
    const of = blockOfSentence(blocks);
    sentences.forEach((_, s) => expect([...sentencesOf(blocks, of[s]!)]).toContain(s));
  });

  it('reads each range a number of times that grows like n log n, not n²', () => {
    const reads = (n: number) => {
      const { paragraphs, sentences } = article(n);
      const p = counted(paragraphs);
      const s = counted(sentences);
      readerBlocks(p.wrapped, s.wrapped);
      return p.reads.n + s.reads.n;
    };
    const small = reads(1000);
    const large = reads(8000);
    // 8× the input: about 10× the reads for n log n, 64× for testing every pair.
    expect(large / small).toBeLessThan(12);
    expect(large).toBeLessThan(8000 * 2.5 * 60);
  });
});

describe('marksBySentence', () => {
  const mark = (start: number, end: number): Mark => ({ start, end, kind: 'entity', label: `m${start}` });

  it('gives each sentence the marks overlapping it, as filtering every mark does', () => {
    const { sentences, next } = article(200);
    const last = sentences[sentences.length - 1]!.end;
    const marks = Array.from({ length: 400 }, () => {
      const start = next(last);
      return mark(start, Math.min(last, start + next(60)));
    }).sort((a, b) => a.start - b.start || b.end - a.end);
    const brute = sentences.map((s) => marks.filter((m) => m.end > s.start && m.start < s.end));
    expect(Array.from(marksBySentence(sentences, marks), (m) => m ?? [])).toEqual(brute);
  });

  it('reads the sentences a number of times that grows like n log n, not n²', () => {
    const reads = (n: number) => {
      const { sentences } = article(n);
      const marks = sentences.map((s) => mark(s.start + 1, s.start + 3));
      const s = counted(sentences);
      marksBySentence(s.wrapped, marks);
      return s.reads.n;
    };
    expect(reads(8000) / reads(1000)).toBeLessThan(12);
  });
});
