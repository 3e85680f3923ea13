import type { Vector } from './tfidf';

/**
 * Every sentence vector of a corpus in six flat typed arrays, so the alignment work can be handed
 * to other threads as a few buffer copies instead of millions of cloned objects.
 */
export type PackedVectors = {
  /** Article k's sentences are [sentenceStart[k], sentenceStart[k + 1]). */
  sentenceStart: Int32Array;
  /** Sentence s's terms are [termStart[s], termStart[s + 1]) in the four arrays below. */
  termStart: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  sorted: Int32Array;
  at: Int32Array;
};

export function packVectors(articles: readonly (readonly Vector[])[]): PackedVectors {
  const sentences = articles.reduce((n, a) => n + a.length, 0);
  const terms = articles.reduce((n, a) => n + a.reduce((m, v) => m + v.ids.length, 0), 0);
  const packed: PackedVectors = {
    sentenceStart: new Int32Array(articles.length + 1),
    termStart: new Int32Array(sentences + 1),
    ids: new Int32Array(terms),
    weights: new Float64Array(terms),
    sorted: new Int32Array(terms),
    at: new Int32Array(terms),
  };
  let s = 0;
  let t = 0;
  articles.forEach((vectors, k) => {
    packed.sentenceStart[k] = s;
    for (const v of vectors) {
      packed.termStart[s] = t;
      packed.ids.set(v.ids, t);
      packed.weights.set(v.weights, t);
      packed.sorted.set(v.sorted, t);
      packed.at.set(v.at, t);
      t += v.ids.length;
      s += 1;
    }
  });
  packed.sentenceStart[articles.length] = s;
  packed.termStart[sentences] = t;
  return packed;
}

/** Article k's sentence vectors as views into the packed arrays (nothing is copied). */
export function articleVectors(packed: PackedVectors, k: number): Vector[] {
  const out: Vector[] = [];
  for (let s = packed.sentenceStart[k]!; s < packed.sentenceStart[k + 1]!; s++) {
    const [from, to] = [packed.termStart[s]!, packed.termStart[s + 1]!];
    out.push({
      ids: packed.ids.subarray(from, to),
      weights: packed.weights.subarray(from, to),
      sorted: packed.sorted.subarray(from, to),
      at: packed.at.subarray(from, to),
    });
  }
  return out;
}
