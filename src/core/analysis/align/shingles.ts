/**
 * Text reuse as shared wording: the share of the shorter article's four-word sequences that the
 * other article also holds (containment of word shingles, the usual measure of copied text).
 * Sentence alignment finds shared content, which rewritten and independent reports of one event
 * have too; a run of four words in the same order is rarely shared unless text was reused.
 */

const SHINGLE = 4;
const WORD = /[\p{L}\p{N}]+/gu;

/** 32-bit FNV-1a: a few lines, stable across platforms, and collisions are rare at article sizes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The article's distinct word shingles as sorted hashes, so two articles compare in one merge walk. */
export function wordShingles(text: string): Uint32Array {
  // Each word is hashed once and a shingle's hash mixes its words' hashes: joining four words into
  // a string for every position cost more than the rest of the reuse measure.
  const words = (text.toLowerCase().match(WORD) ?? []).map(fnv1a);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) hash = Math.imul(hash ^ words[k]!, 0x01000193);
    hashes.add(hash >>> 0);
  }
  return Uint32Array.from(hashes).sort();
}

/** Share of the smaller set found in the other; 0 when either article has no shingle. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / Math.min(a.length, b.length);
}

/** Every article's shingles in one buffer: article k's are [start[k], start[k + 1]). */
export type PackedShingles = { start: Int32Array; hashes: Uint32Array };

export function packShingles(articles: readonly Uint32Array[]): PackedShingles {
  const start = new Int32Array(articles.length + 1);
  articles.forEach((s, k) => (start[k + 1] = start[k]! + s.length));
  const hashes = new Uint32Array(start[articles.length]!);
  articles.forEach((s, k) => hashes.set(s, start[k]!));
  return { start, hashes };
}

export const shinglesOf = (packed: PackedShingles, k: number): Uint32Array =>
  packed.hashes.subarray(packed.start[k]!, packed.start[k + 1]!);
