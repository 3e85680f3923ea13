import type { Alignment, Article } from '../../schema/corpus';
import { contentStems } from '../text/contentStems';
import { alignPair, reuseShare } from './alignPair';
import { lshCandidates, minHasher } from './minhash';
import { idfOf, vectorOf } from './tfidf';

export type PairStrategy = 'lsh' | 'all-pairs';

function lineageOf(reuse: number, meanScore: number): Alignment['lineage'] {
  if (reuse >= 0.5) return meanScore >= 0.8 ? 'copy' : 'paraphrase';
  if (reuse >= 0.2) return 'shared-source';
  return 'independent';
}

/** Article pairs to align: LSH candidates on content-word signatures, or every pair (the test oracle). */
export function candidatePairs(stems: readonly (readonly string[])[], strategy: PairStrategy): [number, number][] {
  if (strategy === 'all-pairs') {
    const all: [number, number][] = [];
    for (let i = 0; i < stems.length; i++) for (let j = i + 1; j < stems.length; j++) all.push([i, j]);
    return all;
  }
  // 64 bands of 2 rows: pairs sharing a fifth of their vocabulary collide with probability 0.92,
  // unrelated stories (2% shared) with 0.03, so the work stays near linear in the corpus size.
  const hasher = minHasher(128, 7);
  return lshCandidates(
    stems.map((s) => hasher.signature(s)),
    64,
  );
}

/** Step 8: sentence alignments and reuse for candidate article pairs. */
export function alignArticles(articles: readonly Article[], strategy: PairStrategy = 'lsh'): Alignment[] {
  const sentenceTerms = articles.map((a) => a.sentences.map((s) => contentStems(a.text.slice(s.start, s.end))));
  const idf = idfOf(sentenceTerms.flat());
  const vectors = sentenceTerms.map((sentences) => sentences.map((terms) => vectorOf(terms, idf)));
  const articleStems = sentenceTerms.map((sentences) => sentences.flat());
  const alignments: Alignment[] = [];
  for (const [i, j] of candidatePairs(articleStems, strategy)) {
    const pairs = alignPair(vectors[i]!, vectors[j]!);
    if (pairs.length === 0) continue;
    const reuse = reuseShare(pairs, vectors[i]!.length, vectors[j]!.length);
    const mean = pairs.reduce((s, p) => s + p.score, 0) / pairs.length;
    alignments.push({
      a: articles[i]!.id,
      b: articles[j]!.id,
      reuse: Math.min(1, reuse),
      pairs,
      lineage: lineageOf(reuse, mean),
    });
  }
  return alignments.sort((x, y) => y.reuse - x.reuse || (x.a + x.b < y.a + y.b ? -1 : 1));
}
