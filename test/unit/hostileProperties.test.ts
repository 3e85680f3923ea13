import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCorpus } from '../../mocks/fixtures/corpora';
import { readInput } from '../../src/core/ingest/readInput';
import type { IngestResult } from '../../src/core/ingest/types';
import { marksBySentence, readerBlocks, sentencesOf } from '../../src/core/reader/layout';
import type { Mark } from '../../src/core/reader/marks';
import type { Range } from '../../src/core/schema/corpus';
import { parseCorpusText, parseCorpusValue } from '../../src/core/schema/parseCorpus';

/**
 * Properties over generated hostile input: the loader, the input readers and the reader's layout
 * never throw, and say what is wrong by path or file. Examples of each failure live beside the code;
 * these look for the inputs nobody thought to write down.
 */

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every path to a value inside `value`, as lists of keys. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (out.length > 4000 || value === null || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value))
    pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

const corpusPaths = pathsOf(validCorpus).filter((p) => p.length > 0);

function setAt(root: unknown, path: (string | number)[], next: unknown): unknown {
  const copy = clone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = next;
  return copy;
}

describe('the corpus loader on generated input', () => {
  it('never throws on any JSON value, and a refusal says why', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseCorpusValue(value);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any text, and text that is not JSON is named as such', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseCorpusText(text);
        expect(result.ok).toBe(false);
        if (!result.ok && result.error.kind !== 'invalid-json') expect(result.error.message).toMatch(/corpus/);
      }),
      { numRuns: 300 },
    );
  });

  it('one value replaced anywhere in a valid corpus is either still valid or refused with the path of a field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpusPaths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const result = parseCorpusValue(setAt(validCorpus, path, value));
        if (result.ok) return;
        expect(result.error.kind).not.toBe('invalid-json');
        if (result.error.kind !== 'invalid-json') expect(result.error.issues[0]!.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a mention span is accepted exactly when it lies inside its article in order', () => {
    const entity = validCorpus.entities[0]!;
    const mention = entity.mentions[0]!;
    const length = validCorpus.articles.find((a) => a.id === mention.articleId)!.text.length;
    fc.assert(
      fc.property(fc.integer({ min: -5, max: length + 5 }), fc.integer({ min: -5, max: length + 5 }), (start, end) => {
        const corpus = clone(validCorpus);
        corpus.entities[0]!.mentions[0] = { ...mention, start, end };
        const result = parseCorpusValue(corpus);
        expect(result.ok).toBe(start >= 0 && end >= 0 && start <= end && end <= length);
        if (!result.ok && result.error.kind !== 'invalid-json')
          expect(result.error.issues[0]!.path).toMatch(/^entities\[0\]\.mentions\[0\]/);
      }),
      { numRuns: 300 },
    );
  });
});

const problemsOf = (result: IngestResult) =>
  result.ok ? (result.problems ?? []) : [result.problem, ...(result.problems ?? [])];

describe('the input readers on generated files', () => {
  const names = ['a.txt', 'a.md', 'a.html', 'a.json', 'a.jsonl'];
  it('never throw: each file gives articles or problems that name it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.uint8Array({ maxLength: 600 }), (name, bytes) => {
        for (const problem of problemsOf(readInput({ name, bytes }))) expect(problem.file).toBe(name);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on text that looks like their format', () => {
    const shaped = fc.oneof(
      fc.string().map((s) => `---\ntitle: ${s}\n---\n${s}`),
      fc.string().map((s) => `<html><head><title>${s}</title></head><body><p>${s}</p></body></html>`),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.array(fc.jsonValue(), { maxLength: 5 }).map((vs) => vs.map((v) => JSON.stringify(v)).join('\n')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...names), shaped, (name, text) => {
        for (const problem of problemsOf(readInput({ name, bytes: new TextEncoder().encode(text) })))
          expect(problem.file).toBe(name);
      }),
      { numRuns: 300 },
    );
  });
});

/** Disjoint ranges in a random order: sentences or paragraphs as a corpus may store them. */
const disjointRanges = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 12 })), { maxLength: 40 })
  .chain((gaps) => {
    let cursor = 0;
    const ranges: Range[] = gaps.map(([gap, length]) => {
      const start = cursor + gap;
      cursor = start + length;
      return { start, end: cursor };
    });
    return fc.shuffledSubarray(ranges, { minLength: ranges.length, maxLength: ranges.length });
  });

describe("the reader's layout on generated articles", () => {
  it('shows every sentence exactly once, inside the paragraph its block names', () => {
    fc.assert(
      fc.property(disjointRanges, disjointRanges, (paragraphs, sentences) => {
        const blocks = readerBlocks(paragraphs, sentences);
        const shown: number[] = [];
        for (let b = 0; b < blocks.count; b += 1) {
          const p = blocks.paragraph[b]!;
          for (const s of sentencesOf(blocks, b)) {
            shown.push(s);
            if (p >= 0) {
              expect(sentences[s]!.start).toBeGreaterThanOrEqual(paragraphs[p]!.start);
              expect(sentences[s]!.end).toBeLessThanOrEqual(paragraphs[p]!.end);
            }
          }
        }
        expect(shown.sort((x, y) => x - y)).toEqual(sentences.map((_, i) => i));
      }),
      { numRuns: 400 },
    );
  });

  it('gives each sentence exactly the marks that overlap it, in the marks’ order', () => {
    const marks = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 30 }))
        .map(([start, length]): Mark => ({ start, end: start + length, kind: 'entity', label: 'x' })),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(disjointRanges, marks, (sentences, list) => {
        const got = marksBySentence(sentences, list);
        sentences.forEach((s, i) => {
          const expected = list.filter((m) => m.start < s.end && s.start < m.end);
          expect(got[i] ?? []).toEqual(expected);
        });
      }),
      { numRuns: 400 },
    );
  });
});
