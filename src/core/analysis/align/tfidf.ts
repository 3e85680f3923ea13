/**
 * Sparse TF-IDF vectors of sentences over the whole corpus, L2-normalised so a dot product is a
 * cosine. Terms are interned to integers and each vector also keeps its ids sorted, so a cosine is
 * a merge of two short integer arrays instead of a string-keyed lookup per term: alignment computes
 * tens of millions of cosines on a large corpus.
 */
export type Vector = {
  /** Term ids in first-occurrence order, the order the dot product is summed in. */
  ids: Int32Array;
  weights: Float64Array;
  /** The same ids ascending, and where each sits in `ids`. */
  sorted: Int32Array;
  at: Int32Array;
};

export type Vocabulary = { idf: Map<string, number>; ids: Map<string, number> };

export function idfOf(documents: readonly (readonly string[])[]): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map([...df].map(([term, count]) => [term, Math.log((1 + n) / (1 + count)) + 1]));
  return { idf, ids: new Map([...df.keys()].map((term, i) => [term, i])) };
}

export function vectorOf(terms: readonly string[], vocabulary: Vocabulary): Vector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const ids = new Int32Array(tf.size);
  const weights = new Float64Array(tf.size);
  let norm = 0;
  let k = 0;
  for (const [t, c] of tf) {
    const w = c * (vocabulary.idf.get(t) ?? 1);
    // A term outside the vocabulary matches nothing: -1, which the merge in cosine skips.
    ids[k] = vocabulary.ids.get(t) ?? -1;
    weights[k] = w;
    norm += w * w;
    k += 1;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  const at = Int32Array.from(ids.keys()).sort((x, y) => ids[x]! - ids[y]!);
  return { ids, weights, sorted: Int32Array.from(at, (i) => ids[i]!), at };
}

/** Products of matching terms, by position in the smaller vector; reused so a cosine allocates nothing. */
let products = new Float64Array(64);

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.ids.length < b.ids.length ? [a, b] : [b, a];
  const n = small.ids.length;
  if (products.length < n) products = new Float64Array(n * 2);
  products.fill(0, 0, n);
  for (let i = 0, j = 0; i < n && j < large.sorted.length;) {
    const x = small.sorted[i]!;
    const y = large.sorted[j]!;
    if (x < 0 || x < y) i++;
    else if (x > y) j++;
    else {
      const p = small.at[i]!;
      products[p] = small.weights[p]! * large.weights[large.at[j]!]!;
      i++;
      j++;
    }
  }
  // Summed in the smaller vector's term order, as a lookup per term would, so scores keep every bit.
  let dot = 0;
  for (let i = 0; i < n; i++) dot += products[i]!;
  return dot;
}
