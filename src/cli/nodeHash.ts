import { createHash } from 'node:crypto';
import type { Hasher } from '../core/pipeline/hash';

/** Node's native SHA-256, for the corpus hash on the command line (the core's own is portable but slower). */
export function nodeSha256(): Hasher {
  const hash = createHash('sha256');
  return { update: (text) => void hash.update(text), hex: () => hash.digest('hex') };
}
