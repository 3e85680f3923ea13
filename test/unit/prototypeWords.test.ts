import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/pipeline/buildCorpus';
import { isSupportedInput } from '../../src/core/ingest/readInput';

/**
 * Words that name Object.prototype's members ("constructor", "toString", "__proto__") are words
 * like any other to a news article. Lookup tables keyed by words must not answer them with the
 * prototype's functions (once, "constructor 5" read a function as a currency and the build threw).
 */
const PROTOTYPE_WORDS = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
const word = fc.oneof(
  fc.constantFrom(...PROTOTYPE_WORDS),
  fc.constantFrom('5', 'twenty', '1,200', '$', '%', 'km', 'the', 'paid', 'rose', 'toll', 'of', 'number'),
);

const build = (text: string) =>
  buildCorpus([{ name: 'a.txt', bytes: new TextEncoder().encode(`date: 2024-05-02\n\n${text}`) }], {
    id: 't',
    title: 'T',
  });

describe('words that name Object.prototype members', () => {
  it('build like any other words: no throw, and every figure is a number with a string unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 3, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        (lines) => {
          const { corpus } = build(lines.map((l) => `${l.join(' ')}.`).join(' '));
          for (const fact of corpus.facts) {
            expect(typeof fact.label).toBe('string');
            expect(['string', 'undefined']).toContain(typeof fact.unit);
            for (const v of fact.values) expect(['number', 'string']).toContain(typeof v.value);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are not file types', () => {
    for (const name of PROTOTYPE_WORDS) expect(isSupportedInput(`notes.${name}`)).toBe(false);
  });
});
