import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { contentHash, writeJson } from './hash';

const value = {
  id: 'x',
  skipped: undefined,
  nested: { deep: [1, { a: 'é “quoted” \n', b: undefined }], empty: [] },
  list: [1, undefined, 'two', null, { c: [3] }],
  '2': 'integer-like keys come first in both',
};

describe('content hash', () => {
  it('writes the same characters as JSON.stringify, at any depth', () => {
    for (const depth of [0, 1, 2, 5]) {
      const pieces: string[] = [];
      writeJson(value, (p) => pieces.push(p), depth);
      expect(pieces.join('')).toBe(JSON.stringify(value));
      if (depth > 0) expect(pieces.length).toBeGreaterThan(1);
    }
  });

  it('is the SHA-256 of the JSON text', () => {
    expect(contentHash(value)).toBe(`sha256:${bytesToHex(sha256(utf8ToBytes(JSON.stringify(value))))}`);
  });
});
