import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** An incremental SHA-256: text goes in piece by piece, the hex digest comes out once. */
export type Hasher = { update: (text: string) => void; hex: () => string };

/** The portable SHA-256, for the browser's import worker and anywhere without a native one. */
export function portableSha256(): Hasher {
  const hash = sha256.create();
  return { update: (text) => hash.update(utf8ToBytes(text)), hex: () => bytesToHex(hash.digest()) };
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * Writes exactly the characters of `JSON.stringify(value)`, in pieces: objects and arrays down to
 * `depth` levels are opened up, so no piece holds the whole corpus. Written by hand because no
 * maintained package streams JSON.stringify's own output; a 240 MB corpus would otherwise need
 * its whole text, and a UTF-8 copy of it, in memory at once just to be hashed.
 */
export function writeJson(value: unknown, write: (piece: string) => void, depth: number): void {
  if (depth > 0 && Array.isArray(value)) {
    write('[');
    value.forEach((item, i) => {
      if (i > 0) write(',');
      writeJson(skipped(item) ? null : item, write, depth - 1);
    });
    write(']');
    return;
  }
  if (depth > 0 && value !== null && typeof value === 'object' && !('toJSON' in value)) {
    write('{');
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (skipped(item)) continue;
      write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      writeJson(item, write, depth - 1);
    }
    write('}');
    return;
  }
  write(JSON.stringify(value));
}

/** Content hash of a corpus body: SHA-256 of its JSON text; the same content always gives the same hash. */
export function contentHash(body: object, hasher: Hasher = portableSha256()): string {
  writeJson(body, hasher.update, 2);
  return `sha256:${hasher.hex()}`;
}
