import type { Alignment, Article } from '../../schema/corpus';
import { stemsOfWords } from '../text/contentStems';
import { articleTokens, type Tok } from '../quantities/sentenceTokens';
import { alignPair, reuseShare } from './alignPair';
import { agreement, lshCandidates, minHasher } from './minhash';
import { articleVectors, packVectors, type PackedVectors } from './packed';
import { containment, packShingles, shinglesOf, wordShingles, type PackedShingles } from './shingles';
import { idfOf, vectorOf, type Vector } from './tfidf';

export type PairStrategy = 'lsh' | 'all-pairs';

/**
 * From the share of sentences with a counterpart (how much content the pair shares) and the share
 * of wording (four-word sequences) they share: one changed word breaks four sequences, so a
 * lightly edited copy keeps well over a third of them, and a rewrite of the same content few.
 */
function lineageOf(shared: number, wording: number): Alignment['lineage'] {
  if (shared >= 0.5) return wording >= 0.4 ? 'copy' : 'paraphrase';
  if (shared >= 0.2) return 'shared-source';
  return 'independent';
}

/** Article pairs to align: LSH candidates on content-word signatures, or every pair (the test oracle). */
export function candidatePairs(
  stems: readonly (readonly string[])[],
  strategy: PairStrategy,
  precomputed?: readonly number[][],
): [number, number][] {
  if (strategy === 'all-pairs') {
    const all: [number, number][] = [];
    for (let i = 0; i < stems.length; i++) for (let j = i + 1; j < stems.length; j++) all.push([i, j]);
    return all;
  }
  // 64 bands of 2 rows: pairs sharing a fifth of their vocabulary collide with probability 0.92,
  // unrelated stories (2% shared) with 0.03, so the work stays near linear in the corpus size.
  const signatures = precomputed ?? stems.map(articleSignature);
  return nearestPartners(lshCandidates(signatures, 64), signatures, PARTNERS);
}

const hasher = minHasher(128, 7);

/** An article's MinHash signature over its content stems: per article, so it can be computed in parallel. */
export function articleSignature(stems: readonly string[]): number[] {
  return hasher.signature(stems);
}

/** How many closest partners each article keeps: enough for every view, and linear in corpus size. */
const PARTNERS = 12;

/**
 * Keeps a candidate pair when it is among the `k` most similar partners of either article. In a
 * cluster of near-copies every article has hundreds of candidates; aligning them all is
 * quadratic in time and in the size of the corpus file, and adds nothing the closest ones lack.
 */
export function nearestPartners(
  pairs: readonly [number, number][],
  signatures: readonly number[][],
  k: number,
): [number, number][] {
  const scores = pairs.map(([i, j]) => agreement(signatures[i]!, signatures[j]!));
  // Each article's candidate pairs, by index into `pairs`.
  const byArticle = signatures.map((): number[] => []);
  pairs.forEach(([i, j], p) => {
    byArticle[i]!.push(p);
    byArticle[j]!.push(p);
  });
  const keep = new Uint8Array(pairs.length);
  byArticle.forEach((list, self) => {
    const other = (p: number) => (pairs[p]![0] === self ? pairs[p]![1] : pairs[p]![0]);
    list.sort((x, y) => scores[y]! - scores[x]! || other(x) - other(y));
    for (let r = 0; r < Math.min(k, list.length); r++) keep[list[r]!] = 1;
  });
  return pairs.filter((_, p) => keep[p] === 1);
}

/** The per-article half of alignment: each sentence's content stems, from its tagged tokens. */
export function sentenceStems(article: Article, tokens: readonly Tok[][] = articleTokens(article)): string[][] {
  return tokens.map((sentence) => stemsOfWords(sentence.map((t) => t.lower)));
}

/**
 * What step 8 needs once every article is prepared: each article's sentence vectors (packed, so
 * the plan crosses to worker threads cheaply) and the candidate pairs, as [a0, b0, a1, b1, …].
 */
export type AlignmentPlan = { ids: string[]; vectors: PackedVectors; shingles: PackedShingles; pairs: Int32Array };

export function planAlignment(
  articles: readonly Article[],
  strategy: PairStrategy = 'lsh',
  stems?: readonly string[][][],
  signatures?: readonly number[][],
  shingles?: readonly Uint32Array[],
): AlignmentPlan {
  const sentenceTerms = stems ?? articles.map((a) => sentenceStems(a));
  const vocabulary = idfOf(sentenceTerms.flat());
  const vectors = packVectors(sentenceTerms.map((sentences) => sentences.map((terms) => vectorOf(terms, vocabulary))));
  // With the signatures computed already (on worker threads), LSH needs no article's stems.
  const articleTerms = signatures && strategy === 'lsh' ? [] : sentenceTerms.map((sentences) => sentences.flat());
  const pairs = candidatePairs(articleTerms, strategy, signatures);
  return {
    ids: articles.map((a) => a.id),
    vectors,
    shingles: packShingles(shingles ?? articles.map((a) => wordShingles(a.text))),
    pairs: Int32Array.from(pairs.flat()),
  };
}

/** How many candidate pairs a plan holds. */
export const pairCount = (plan: AlignmentPlan) => plan.pairs.length / 2;

/**
 * Sentence alignments and reuse for the plan's candidate pairs `from` to `to` (by index), in
 * pair order: the part of step 8 that threads can share, each taking a range.
 */
export function alignPlannedPairs(plan: AlignmentPlan, from = 0, to = pairCount(plan)): Alignment[] {
  const alignments: Alignment[] = [];
  const views = new Map<number, Vector[]>();
  const vectorsOf = (k: number) => views.get(k) ?? views.set(k, articleVectors(plan.vectors, k)).get(k)!;
  for (let p = from; p < to; p++) {
    const [a, b] = [vectorsOf(plan.pairs[2 * p]!), vectorsOf(plan.pairs[2 * p + 1]!)];
    const [i, j] = [plan.pairs[2 * p]!, plan.pairs[2 * p + 1]!];
    const pairs = alignPair(a, b);
    if (pairs.length === 0) continue;
    const shared = reuseShare(pairs, a.length, b.length);
    const reuse = containment(shinglesOf(plan.shingles, i), shinglesOf(plan.shingles, j));
    alignments.push({
      a: plan.ids[i]!,
      b: plan.ids[j]!,
      reuse: Math.round(Math.min(1, reuse) * 1000) / 1000,
      pairs,
      lineage: lineageOf(shared, reuse),
    });
  }
  return alignments;
}

/** Strongest reuse first; the alignments of every range, concatenated in pair order, go in. */
export function sortAlignments(alignments: Alignment[]): Alignment[] {
  return alignments.sort((x, y) => y.reuse - x.reuse || (x.a + x.b < y.a + y.b ? -1 : 1));
}

/** Step 8 on one thread: sentence alignments and reuse for candidate article pairs. */
export function alignArticles(
  articles: readonly Article[],
  strategy: PairStrategy = 'lsh',
  stems?: readonly string[][][],
  signatures?: readonly number[][],
  shingles?: readonly Uint32Array[],
): Alignment[] {
  return sortAlignments(alignPlannedPairs(planAlignment(articles, strategy, stems, signatures, shingles)));
}
