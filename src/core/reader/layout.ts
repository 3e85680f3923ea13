import type { Range } from '../schema/corpus';
import type { Mark } from './marks';

/** Indexes of `ranges` in text order (by start, then end, ties in stored order), without moving the ranges. */
function textOrder(ranges: readonly Range[]): number[] {
  const order = ranges.map((_, i) => i);
  // Ends break ties so that an empty range sits before one starting with it: ends then only grow,
  // which the walk in marksBySentence relies on.
  const before = (a: Range, b: Range) => a.start - b.start || a.end - b.end;
  // The pipeline stores ranges in text order already: one pass sees that and skips the sort.
  for (let i = 1; i < ranges.length; i += 1)
    if (before(ranges[i]!, ranges[i - 1]!) < 0) return order.sort((a, b) => before(ranges[a]!, ranges[b]!) || a - b);
  return order;
}

/**
 * The reader's paragraphs: block `b` shows the sentences `order[start[b]]` to
 * `order[start[b + 1] - 1]`, from paragraph `paragraph[b]` (-1 for none). Flat typed arrays, not an
 * object per paragraph: a 100,000-line article made 200,000 small objects for the page to collect.
 */
export type Blocks = { count: number; paragraph: Int32Array; start: Int32Array; order: Int32Array };

/** The sentence indexes block `b` shows, in text order. */
export const sentencesOf = (blocks: Blocks, b: number): Int32Array =>
  blocks.order.subarray(blocks.start[b]!, blocks.start[b + 1]!);

/**
 * The reader's paragraphs, each with the sentences that lie wholly inside it: one sort of each list
 * (skipped when already in text order, as the pipeline writes them) and one merge walk, where
 * testing every sentence against every paragraph was O(S × P) and froze, then crashed, the tab on
 * a 100,000-line article. Every sentence is shown exactly once: one that no paragraph holds (the
 * schema does not forbid it) is a paragraph of its own rather than lost; paragraphs without
 * sentences are left out.
 */
export function readerBlocks(paragraphs: readonly Range[], sentences: readonly Range[]): Blocks {
  const byStart = textOrder(paragraphs);
  const order = Int32Array.from(textOrder(sentences));
  const paragraph = new Int32Array(order.length);
  const start = new Int32Array(order.length + 1);
  let count = 0;
  let p = -1;
  order.forEach((s, i) => {
    const sentence = sentences[s]!;
    // The last paragraph starting at or before the sentence: sentence starts only grow, so the cursor does too.
    while (p + 1 < byStart.length && paragraphs[byStart[p + 1]!]!.start <= sentence.start) p += 1;
    const holder = p >= 0 && sentence.end <= paragraphs[byStart[p]!]!.end ? byStart[p]! : -1;
    if (count === 0 || holder === -1 || paragraph[count - 1] !== holder) {
      paragraph[count] = holder;
      start[count] = i;
      count += 1;
    }
  });
  start[count] = order.length;
  return { count, paragraph: paragraph.subarray(0, count), start: start.subarray(0, count + 1), order };
}

/** Which block shows each sentence: the reader scrolls to a linked sentence's block. */
export function blockOfSentence(blocks: Blocks): Int32Array {
  const of = new Int32Array(blocks.order.length).fill(-1);
  for (let b = 0; b < blocks.count; b += 1) for (const s of sentencesOf(blocks, b)) of[s] = b;
  return of;
}

/**
 * The marks overlapping each sentence (undefined for none), in the marks' order: a binary search
 * per mark over the sentences in text order, so highlighting costs O(M log S + overlaps) rather
 * than every mark tested against every sentence.
 */
export function marksBySentence(sentences: readonly Range[], marks: readonly Mark[]): (Mark[] | undefined)[] {
  const order = textOrder(sentences);
  // Sparse: most sentences of a long article have no marks, and an empty list each is 100,000 objects.
  const out: (Mark[] | undefined)[] = new Array<Mark[] | undefined>(sentences.length);
  for (const mark of marks) {
    // First sentence (in text order) starting at or after the mark's end: the ones before it may overlap.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[order[mid]!]!.start < mark.end) lo = mid + 1;
      else hi = mid;
    }
    // Walk back while sentences still reach into the mark; sentences do not overlap, so their ends grow.
    for (let i = lo - 1; i >= 0; i -= 1) {
      const sentence = sentences[order[i]!]!;
      if (sentence.end <= mark.start) break;
      (out[order[i]!] ??= []).push(mark);
    }
  }
  return out;
}
