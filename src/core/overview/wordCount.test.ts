import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from './articleStats';

/** The definition, as a regex: simple to read, but it builds an array of every word. */
const byRegex = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

describe('wordCount', () => {
  it('counts joined words once and stray punctuation not at all', () => {
    expect(wordCount("The well-known envoy didn't visit the U.S. - twice.")).toBe(8);
    expect(wordCount('  ...  -- ')).toBe(0);
    expect(wordCount('Zürich 字 𝐀𝐁 42')).toBe(4);
  });

  it('agrees with the regex definition on any mix of letters, digits, joiners and other characters', () => {
    const unit = fc.constantFrom('a', 'Z', '9', ' ', "'", '’', '.', '-', 'é', '字', '😀', '𝐀', '\n', ',');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(wordCount(text)).toBe(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});
