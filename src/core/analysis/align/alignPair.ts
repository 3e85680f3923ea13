import type { AlignedPair } from '../../schema/corpus';
import { cosine, type Vector } from './tfidf';

export const MIN_SCORE = 0.2;
const MARGIN = 0.05;
const SPLIT_SCORE = 0.3;

/** Weaker than a split's clear best, but two neighbours sharing one sentence's content between them. */
const NEIGHBOUR_SCORE = 0.25;

/**
 * A sentence whose content the other article spreads over two consecutive sentences scores about
 * the same against both: pair it with both when they are neighbours, clear of every other sentence.
 */
export function acrossNeighbours(row: readonly number[], best: number): number[] {
  const second = [best - 1, best + 1]
    .filter((k) => k >= 0 && k < row.length)
    .sort((x, y) => (row[y] ?? 0) - (row[x] ?? 0))[0];
  if (second === undefined) return [];
  const [s1, s2] = [row[best] ?? 0, row[second] ?? 0];
  const others = Math.max(0, ...row.filter((_, k) => k !== best && k !== second));
  return s1 >= NEIGHBOUR_SCORE && s2 >= NEIGHBOUR_SCORE && Math.min(s1, s2) - others >= MARGIN ? [best, second] : [];
}

/**
 * Sentence alignment of two articles: each sentence's best counterpart, kept when the choice is
 * mutual and clears the runner-up by a margin (scores alone do not separate true pairs from
 * false). Order is not required, so moved sentences align too.
 */
export function alignPair(a: readonly Vector[], b: readonly Vector[]): AlignedPair[] {
  const scores = a.map((va) => b.map((vb) => cosine(va, vb)));
  const bestInRow = scores.map((row) => row.reduce((best, s, j) => (s > (row[best] ?? -1) ? j : best), 0));
  const bestInColumn = b.map((_, j) =>
    scores.reduce((best, row, i) => ((row[j] ?? 0) > (scores[best]?.[j] ?? -1) ? i : best), 0),
  );
  const pairs: AlignedPair[] = [];
  scores.forEach((row, i) => {
    const j = bestInRow[i]!;
    const score = row[j] ?? 0;
    if (score < MIN_SCORE || bestInColumn[j] !== i) return;
    const runnerUp = Math.max(0, ...row.filter((_, k) => k !== j));
    const columnRunnerUp = Math.max(0, ...scores.filter((_, k) => k !== i).map((r) => r[j] ?? 0));
    if (score - Math.max(runnerUp, columnRunnerUp) < MARGIN && score < 0.5) return;
    pairs.push({ a: i, b: j, score: Math.round(score * 1000) / 1000 });
  });
  // A sentence split one way in A and another in B matches twice: let a still-unpaired sentence
  // join its clear best counterpart even when that one is taken.
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  scores.forEach((row, i) => {
    if (pairedA.has(i)) return;
    const j = bestInRow[i]!;
    const score = row[j] ?? 0;
    const runnerUp = Math.max(0, ...row.filter((_, k) => k !== j));
    if (score >= SPLIT_SCORE && score - runnerUp >= MARGIN)
      pairs.push({ a: i, b: j, score: Math.round(score * 1000) / 1000 });
    else
      for (const k of acrossNeighbours(row, j))
        pairs.push({ a: i, b: k, score: Math.round((row[k] ?? 0) * 1000) / 1000 });
  });
  b.forEach((_, j) => {
    if (pairedB.has(j)) return;
    const i = bestInColumn[j]!;
    const score = scores[i]?.[j] ?? 0;
    const runnerUp = Math.max(0, ...scores.filter((_, k) => k !== i).map((r) => r[j] ?? 0));
    if (score >= SPLIT_SCORE && score - runnerUp >= MARGIN && !pairs.some((p) => p.a === i && p.b === j))
      pairs.push({ a: i, b: j, score: Math.round(score * 1000) / 1000 });
  });
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Share of the shorter article's sentences that have a counterpart: how much of it the other carries. */
export function reuseShare(pairs: readonly AlignedPair[], sentencesA: number, sentencesB: number): number {
  const shorter = Math.min(sentencesA, sentencesB);
  if (shorter === 0) return 0;
  // Count each sentence of the shorter side once, weighted by how sure its best pairing is.
  const side = sentencesA <= sentencesB ? 'a' : 'b';
  const best = new Map<number, number>();
  for (const p of pairs) best.set(p[side], Math.max(best.get(p[side]) ?? 0, Math.min(1, p.score / 0.5)));
  const weight = [...best.values()].reduce((sum, w) => sum + w, 0);
  return Math.round((weight / shorter) * 1000) / 1000;
}
