/**
 * Seeded MinHash with LSH banding, to pick which article pairs are worth aligning. Written here
 * because the npm MinHash packages are unseeded (different output on every run) or slow.
 */
const PRIME = 4294967311; // smallest prime above 2^32

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type MinHasher = { signature: (tokens: Iterable<string>) => number[]; size: number };

/** How many words' hash rows a hasher remembers before starting afresh (about 100 MB at 128 rows). */
const ROWS_CACHE_LIMIT = 100_000;

export function minHasher(size: number, seed = 1): MinHasher {
  const random = mulberry32(seed);
  const a = Array.from({ length: size }, () => Math.floor(random() * (PRIME - 1)) + 1);
  const b = Array.from({ length: size }, () => Math.floor(random() * PRIME));
  // A word's row values depend on the word alone, and a corpus repeats a few thousand words in
  // every article: computing them once per word, not once per article, was a tenth of a build.
  const rowsOf = new Map<string, Float64Array>();
  const rows = (token: string): Float64Array => {
    const known = rowsOf.get(token);
    if (known) return known;
    const x = fnv1a(token);
    const values = new Float64Array(size);
    for (let i = 0; i < size; i++)
      // (a*x + b) mod p, split so the product stays exact in doubles.
      values[i] = ((((a[i]! % PRIME) * (x >>> 16) * 65536) % PRIME) + ((a[i]! * (x & 0xffff)) % PRIME) + b[i]!) % PRIME;
    if (rowsOf.size >= ROWS_CACHE_LIMIT) rowsOf.clear();
    rowsOf.set(token, values);
    return values;
  };
  return {
    size,
    signature(tokens) {
      const sig = new Float64Array(size).fill(Number.MAX_SAFE_INTEGER);
      for (const token of new Set(tokens)) {
        const values = rows(token);
        for (let i = 0; i < size; i++) if (values[i]! < sig[i]!) sig[i] = values[i]!;
      }
      return Array.from(sig);
    },
  };
}

/** Share of signature rows two articles agree on: an estimate of their vocabulary's Jaccard similarity. */
export function agreement(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/**
 * Pairs of indexes whose signatures agree on every row of at least one band. A bucket larger
 * than `window` (a wire story copied hundreds of times) would give quadratically many pairs, so
 * its members are sorted by their whole signature and each is paired with its next `window`
 * neighbours only: near-copies sort next to each other and the cluster stays connected.
 */
export function lshCandidates(signatures: readonly number[][], bands: number, window = 8): [number, number][] {
  const n = signatures.length;
  const rows = Math.floor((signatures[0]?.length ?? 0) / bands);
  // Each article's later partners, with repeats (a pair shares several bands): pushing and then
  // sorting each short list is several times cheaper than millions of lookups in one big Set.
  const partners = signatures.map((): number[] => []);
  const add = (x: number, y: number) => partners[Math.min(x, y)]!.push(Math.max(x, y));
  const bySignature = (x: number, y: number) => {
    const a = signatures[x]!;
    const b = signatures[y]!;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return x - y;
  };
  // Every large bucket is sorted by the same order, so rank the articles once and sort by rank.
  const rank = new Int32Array(n);
  Int32Array.from(signatures.keys())
    .sort(bySignature)
    .forEach((index, r) => (rank[index] = r));
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    const from = band * rows;
    signatures.forEach((sig, index) => {
      let key = `${sig[from]}`;
      for (let r = 1; r < rows; r++) key += `,${sig[from + r]}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const members of buckets.values()) {
      if (members.length > window + 1) members.sort((x, y) => rank[x]! - rank[y]!);
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < Math.min(members.length, i + 1 + window); j++) add(members[i]!, members[j]!);
    }
  }
  const pairs: [number, number][] = [];
  partners.forEach((list, x) => {
    const sorted = Int32Array.from(list).sort();
    sorted.forEach((y, k) => {
      if (k === 0 || y !== sorted[k - 1]) pairs.push([x, y]);
    });
  });
  return pairs;
}
