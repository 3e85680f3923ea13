import type { Range } from '../schema/corpus';
import type { Mark } from './marks';

/** Indexes of `ranges` in text order (by start, ties in stored order), without moving the ranges. */
function textOrder(ranges: readonly Range[]): number[] {
  const order = ranges.map((_, i) => i);
  // The pipeline stores ranges in text order already: one pass sees that and skips the sort.
  for (let i = 1; i < ranges.length; i += 1)
    if (ranges[i]!.start < ranges[i - 1]!.start)
      return order.sort((a, b) => ranges[a]!.start - ranges[b]!.start || a - b);
  return order;
}

/** A paragraph of the reader: the sentences shown in it, in text order. */
export type Block = { paragraph: number | null; sentences: number[] };

/**
 * The reader's paragraphs, each with the sentences that lie wholly inside it: one sort of each list
 * and one merge walk, O((S + P) log S), where testing every sentence against every paragraph was
 * O(S × P) and froze, then crashed, the tab on a 100,000-line article. Every sentence is shown
 * exactly once: one that no paragraph holds (the schema does not forbid it) is a paragraph of its
 * own rather than lost; paragraphs without sentences are left out.
 */
export function readerBlocks(paragraphs: readonly Range[], sentences: readonly Range[]): Block[] {
  const byStart = textOrder(paragraphs);
  const blocks: Block[] = [];
  let p = -1;
  for (const s of textOrder(sentences)) {
    const sentence = sentences[s]!;
    // The last paragraph starting at or before the sentence: sentence starts only grow, so the cursor does too.
    while (p + 1 < byStart.length && paragraphs[byStart[p + 1]!]!.start <= sentence.start) p += 1;
    const paragraph = p >= 0 && sentence.end <= paragraphs[byStart[p]!]!.end ? byStart[p]! : null;
    const last = blocks[blocks.length - 1];
    if (last && paragraph !== null && last.paragraph === paragraph) last.sentences.push(s);
    else blocks.push({ paragraph, sentences: [s] });
  }
  return blocks;
}

/** Which block shows each sentence: the reader scrolls to a linked sentence's block. */
export function blockOfSentence(blocks: readonly Block[], sentenceCount: number): Int32Array {
  const of = new Int32Array(sentenceCount).fill(-1);
  blocks.forEach((block, b) => {
    for (const s of block.sentences) of[s] = b;
  });
  return of;
}

/**
 * The marks overlapping each sentence, in the marks' order: a binary search per mark over the
 * sentences in text order, so highlighting costs O(M log S + overlaps) rather than every mark
 * tested against every sentence.
 */
export function marksBySentence(sentences: readonly Range[], marks: readonly Mark[]): Mark[][] {
  const order = textOrder(sentences);
  const out: Mark[][] = sentences.map(() => []);
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
      out[order[i]!]!.push(mark);
    }
  }
  return out;
}
