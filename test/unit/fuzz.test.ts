import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/ingest/limits';
import { buildCorpus } from '../../src/core/pipeline/buildCorpus';
import { ALL_READERS } from '../../src/core/ingest/readInput';
import { readAll } from '../../src/core/pipeline/stages/ingest';
import { seededRandom, type Random } from '../../src/cli/synth/seeded';

const encode = (text: string) => new TextEncoder().encode(text);
const GOOD =
  'date: 2023-02-01\n\nThe bridge reopened on Monday after repairs, the city said. Three lanes are open again.';

/** Inputs no reader should choke on, each with the name it is filed under. */
const BAD: Record<string, (r: Random) => { ext: string; bytes: Uint8Array }> = {
  randomBytes: (r) => ({
    ext: r.pick(['txt', 'md', 'html', 'json', 'jsonl', 'bin']),
    bytes: Uint8Array.from({ length: r.int(1, 4000) }, () => r.int(0, 255)).map((b, i) => (i === 7 ? 0 : b)),
  }),
  truncatedUtf8: (r) => {
    const bytes = encode(`${GOOD} Ünïcödé ${'€'.repeat(r.int(1, 50))}`);
    return { ext: r.pick(['txt', 'md', 'json']), bytes: bytes.subarray(0, bytes.length - 1) };
  },
  empty: (r) => ({ ext: r.pick(['txt', 'md', 'html', 'json', 'jsonl']), bytes: new Uint8Array(0) }),
  whitespace: (r) => ({ ext: r.pick(['txt', 'md']), bytes: encode(' \n\t\n'.repeat(r.int(1, 100))) }),
  hugeLine: (r) => ({
    ext: r.pick(['txt', 'html', 'jsonl']),
    bytes: encode('x'.repeat(LIMITS.lineChars + r.int(1, 1000))),
  }),
  deepJson: (r) => {
    const depth = r.int(5_000, 120_000);
    return { ext: 'json', bytes: encode(`${'['.repeat(depth)}${']'.repeat(depth)}`) };
  },
  truncatedJson: (r) => {
    const text = JSON.stringify([{ text: GOOD, title: 't' }, { text: GOOD }]);
    return { ext: r.pick(['json', 'jsonl']), bytes: encode(text.slice(0, r.int(1, text.length - 2))) };
  },
  recordWithoutText: (r) => ({
    ext: r.pick(['json', 'jsonl']),
    bytes: encode(JSON.stringify({ title: 'no text', n: r.int(0, 9) })),
  }),
  htmlWithoutArticle: (r) => ({
    ext: 'html',
    bytes: encode(
      `<html><body><nav>${'<a href="/">Home</a>'.repeat(r.int(1, 20))}</nav><script>var x = 1;</script></body></html>`,
    ),
  }),
  headerOnly: () => ({ ext: 'txt', bytes: encode('date: 2023-01-01\ntitle: nothing\n\n') }),
  badFrontMatter: (r) => ({
    ext: 'md',
    bytes: encode(`---\ntitle: [unclosed\n---\n\n${'Body text. '.repeat(r.int(1, 5))}`),
  }),
};

describe('fuzzing the readers', () => {
  const random = seededRandom(2024);
  const kinds = Object.keys(BAD);
  const cases = Array.from({ length: 300 }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const { ext, bytes } = BAD[kind]!(random);
    return { kind, name: `bad-${i}-${kind}.${ext}`, bytes };
  });

  it('never throws, reports every bad file by name and keeps every good one', () => {
    const files = cases.flatMap((c, i) => [c, { name: `good-${i}.txt`, bytes: encode(GOOD) }]);
    const { raws, problems } = readAll(files, ALL_READERS);
    const reported = new Set(problems.map((p) => p.file));
    const missed = cases.filter((c) => !reported.has(c.name)).map((c) => c.name);
    expect(missed).toEqual([]);
    expect(raws.filter((r) => r.id.startsWith('good-'))).toHaveLength(cases.length);
    expect(problems.every((p) => p.message.length > 10)).toBe(true);
  });

  it('survives random valid text through every stage of the pipeline', () => {
    const alphabet = [
      'a',
      'Z',
      ' ',
      '.',
      '\n',
      '\n\n',
      '“',
      '”',
      '"',
      '7',
      '½',
      'é',
      '—',
      ':',
      'said',
      'Mr.',
      'U.S.',
      '🙂',
      '\u200b',
      '(',
      ')',
    ];
    const files = Array.from({ length: 40 }, (_, i) => ({
      name: `noise-${i}.${random.pick(['txt', 'md'])}`,
      bytes: encode(`x${Array.from({ length: random.int(1, 400) }, () => random.pick(alphabet)).join('')}`),
    }));
    const result = buildCorpus([...files, { name: 'good.txt', bytes: encode(GOOD) }], { id: 'fuzz', title: 'fuzz' });
    expect(result.corpus.articles.map((a) => a.id)).toContain('good');
    expect(result.read + result.problems.length).toBeGreaterThanOrEqual(files.length + 1);
  });
});
