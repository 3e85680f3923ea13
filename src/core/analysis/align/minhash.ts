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

export function minHasher(size: number, seed = 1): MinHasher {
  const random = mulberry32(seed);
  const a = Array.from({ length: size }, () => Math.floor(random() * (PRIME - 1)) + 1);
  const b = Array.from({ length: size }, () => Math.floor(random() * PRIME));
  return {
    size,
    signature(tokens) {
      const sig = new Array<number>(size).fill(Number.MAX_SAFE_INTEGER);
      for (const token of new Set(tokens)) {
        const x = fnv1a(token);
        for (let i = 0; i < size; i++) {
          // (a*x + b) mod p, split so the product stays exact in doubles.
          const v =
            ((((a[i]! % PRIME) * (x >>> 16) * 65536) % PRIME) + ((a[i]! * (x & 0xffff)) % PRIME) + b[i]!) % PRIME;
          if (v < sig[i]!) sig[i] = v;
        }
      }
      return sig;
    },
  };
}

/** Pairs of indexes whose signatures agree on every row of at least one band. */
export function lshCandidates(signatures: readonly number[][], bands: number): [number, number][] {
  const pairs = new Set<string>();
  const rows = Math.floor((signatures[0]?.length ?? 0) / bands);
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, index) => {
      const key = sig.slice(band * rows, band * rows + rows).join(',');
      buckets.set(key, [...(buckets.get(key) ?? []), index]);
    });
    for (const members of buckets.values())
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) pairs.add(`${members[i]},${members[j]}`);
  }
  return [...pairs].map((p) => p.split(',').map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
