import type { Alignment, Article } from '../schema/corpus';

export type DiffRow =
  | { kind: 'pair'; a: number[]; b: number[]; score: number; moved: boolean }
  | { kind: 'only-a'; a: number }
  | { kind: 'only-b'; b: number };

export type DiffOptions = { threshold: number };

/** The corpus stores one alignment per pair, A first; read it the other way round when needed. */
export function alignmentBetween(
  alignments: readonly Alignment[],
  a: string,
  b: string,
): { pairs: { a: number; b: number; score: number }[]; lineage?: Alignment['lineage']; reuse: number } | null {
  const direct = alignments.find((x) => x.a === a && x.b === b);
  if (direct) return direct;
  const reverse = alignments.find((x) => x.a === b && x.b === a);
  if (!reverse) return null;
  return { ...reverse, pairs: reverse.pairs.map((p) => ({ a: p.b, b: p.a, score: p.score })) };
}

/** Pairs sharing a sentence on either side form one row: a sentence split in two still reads as one. */
function components(
  pairs: readonly { a: number; b: number; score: number }[],
): { a: number[]; b: number[]; score: number }[] {
  const groups: { a: Set<number>; b: Set<number>; score: number }[] = [];
  for (const p of [...pairs].sort((x, y) => x.a - y.a || x.b - y.b)) {
    const hits = groups.filter((g) => g.a.has(p.a) || g.b.has(p.b));
    const merged = { a: new Set([p.a]), b: new Set([p.b]), score: p.score };
    for (const g of hits) {
      g.a.forEach((x) => merged.a.add(x));
      g.b.forEach((x) => merged.b.add(x));
      merged.score = Math.max(merged.score, g.score);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.map((g) => ({ a: [...g.a].sort((x, y) => x - y), b: [...g.b].sort((x, y) => x - y), score: g.score }));
}

/** Indexes of a longest strictly increasing subsequence: the pairs that keep their order. */
function increasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}

/**
 * Rows in A's reading order: aligned sentences side by side, sentences only one article has,
 * and pairs whose B sentence sits elsewhere marked as moved. Hand-written because no diff
 * library aligns by a given sentence pairing; the words within a row go to diff-match-patch.
 */
export function diffRows(
  a: Article,
  b: Article,
  alignment: ReturnType<typeof alignmentBetween>,
  options: DiffOptions,
): DiffRow[] {
  const kept = (alignment?.pairs ?? []).filter(
    (p) => p.score >= options.threshold && p.a < a.sentences.length && p.b < b.sentences.length,
  );
  const groups = components(kept).sort((x, y) => x.a[0]! - y.a[0]!);
  const inOrder = increasing(groups.map((g) => g.b[0]!));
  const byFirstA = new Map(groups.map((g, i) => [g.a[0]!, { group: g, moved: !inOrder.has(i) }]));
  const pairedA = new Set(groups.flatMap((g) => g.a));
  const pairedB = new Set(groups.flatMap((g) => g.b));
  const rows: DiffRow[] = [];
  let nextB = 0;
  const flushB = (upTo: number) => {
    for (; nextB < upTo; nextB++) if (!pairedB.has(nextB)) rows.push({ kind: 'only-b', b: nextB });
  };
  for (let i = 0; i < a.sentences.length; i++) {
    const entry = byFirstA.get(i);
    if (entry) {
      if (!entry.moved) flushB(entry.group.b[0]!);
      rows.push({ kind: 'pair', a: entry.group.a, b: entry.group.b, score: entry.group.score, moved: entry.moved });
      if (!entry.moved) nextB = Math.max(nextB, entry.group.b[entry.group.b.length - 1]! + 1);
    } else if (!pairedA.has(i)) rows.push({ kind: 'only-a', a: i });
  }
  flushB(b.sentences.length);
  return rows;
}

/** "62% of B's sentences have a counterpart in A", both ways. */
export function reuseShares(rows: readonly DiffRow[], a: Article, b: Article): { aInB: number; bInA: number } {
  const pairs = rows.filter((r): r is Extract<DiffRow, { kind: 'pair' }> => r.kind === 'pair');
  const aCount = new Set(pairs.flatMap((r) => r.a)).size;
  const bCount = new Set(pairs.flatMap((r) => r.b)).size;
  return {
    aInB: a.sentences.length ? aCount / a.sentences.length : 0,
    bInA: b.sentences.length ? bCount / b.sentences.length : 0,
  };
}
