/** Sparse TF-IDF vectors of sentences over the whole corpus, L2-normalised so a dot product is a cosine. */
export type Vector = Map<string, number>;

export function idfOf(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return new Map([...df].map(([term, count]) => [term, Math.log((1 + n) / (1 + count)) + 1]));
}

export function vectorOf(terms: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = c * (idf.get(t) ?? 1);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}
