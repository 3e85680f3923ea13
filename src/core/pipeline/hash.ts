import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Content hash of a corpus body: the same content always gives the same hash, on any platform. */
export function contentHash(serialised: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(serialised)))}`;
}
