import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/buildCorpus';
import type { Corpus } from './corpus';
import { parseCorpusText, parseCorpusValue } from './parseCorpus';

const file = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });

/** A small invented corpus with entities, figures, quotes, a reaction and aligned copies. */
function corpus(): Corpus {
  const story =
    'date: 2031-04-02\n\nThe flood in Korrin displaced 300 families on Tuesday, officials said. ' +
    'Mayor Alma Teshvik called for calm. "We will rebuild every house," Teshvik said. ' +
    'France offered help to the town.';
  const built = buildCorpus(
    [
      file('a.txt', story),
      file('b.txt', story.replace('300', '320')),
      file('c.txt', 'The river fell on Friday. Schools reopened.'),
    ],
    { id: 'flood', title: 'Flood' },
  ).corpus;
  return JSON.parse(JSON.stringify(built)) as Corpus;
}

function rejected(broken: Corpus): string {
  const result = parseCorpusValue(broken);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error.message;
}

describe('referential integrity at the boundary', () => {
  const base = corpus();

  it('accepts the invented corpus as built, and it has something of every kind to break', () => {
    expect(parseCorpusValue(base).ok).toBe(true);
    expect(base.entities.length).toBeGreaterThan(0);
    expect(base.facts.length).toBeGreaterThan(0);
    expect(base.quotes.length).toBeGreaterThan(0);
    expect(base.reactions.length).toBeGreaterThan(0);
    expect(base.alignments.length).toBeGreaterThan(0);
  });

  it('rejects spans with start after end', () => {
    const c = corpus();
    const v = c.facts[0]!.values[0]!;
    v.start = v.end + 1;
    expect(rejected(c)).toBe(
      `The corpus contradicts itself: facts[0].values[0].start should be at most end (${v.end})`,
    );
    const q = corpus();
    q.quotes[0]!.variants[0]!.start = q.quotes[0]!.variants[0]!.end + 2;
    expect(rejected(q)).toContain('quotes[0].variants[0].start should be at most end');
    const r = corpus();
    r.reactions[0]!.mentions[0]!.start = r.reactions[0]!.mentions[0]!.end + 2;
    expect(rejected(r)).toContain('reactions[0].mentions[0].start should be at most end');
  });

  it('rejects spans past their article text', () => {
    const cases: [string, (c: Corpus) => void][] = [
      ['entities[0].mentions[0].end', (c) => (c.entities[0]!.mentions[0]!.end = 10_000)],
      ['facts[0].values[0].end', (c) => (c.facts[0]!.values[0]!.end = 10_000)],
      ['quotes[0].variants[0].end', (c) => (c.quotes[0]!.variants[0]!.end = 10_000)],
      ['reactions[0].mentions[0].end', (c) => (c.reactions[0]!.mentions[0]!.end = 10_000)],
      ['articles[0].sentences[0].end', (c) => (c.articles[0]!.sentences[0]!.end = 10_000)],
      ['articles[0].paragraphs[0].end', (c) => (c.articles[0]!.paragraphs[0]!.end = 10_000)],
    ];
    for (const [where, breakIt] of cases) {
      const c = corpus();
      breakIt(c);
      expect(rejected(c)).toMatch(
        new RegExp(`${where.replace(/[[\].]/g, '\\$&')} should be at most \\d+, the length of its article's text`),
      );
    }
  });

  it('rejects sentence indexes out of range in alignment pairs and reaction mentions', () => {
    const c = corpus();
    c.alignments[0]!.pairs[0]!.b = 99;
    expect(rejected(c)).toMatch(
      /alignments\[0\]\.pairs\[0\]\.b should be the index of one of its article's \d+ sentences/,
    );
    const r = corpus();
    r.reactions[0]!.mentions[0]!.sentence = 99;
    expect(rejected(r)).toContain('reactions[0].mentions[0].sentence should be the index of one');
  });

  it('rejects alignments and mentions naming a missing article', () => {
    const c = corpus();
    c.alignments[0]!.a = 'ghost';
    expect(rejected(c)).toBe(
      'The corpus contradicts itself: alignments[0].a should be the id of an entry in articles[], not "ghost"',
    );
    const e = corpus();
    e.entities[0]!.mentions[0]!.articleId = 'ghost';
    expect(rejected(e)).toContain('entities[0].mentions[0].articleId should be the id of an entry in articles[]');
  });

  it('rejects duplicate ids in every list', () => {
    for (const list of ['articles', 'sources', 'entities', 'facts', 'quotes', 'reactions'] as const) {
      const c = corpus();
      const items = c[list] as { id: string }[];
      if (items.length < 2) items.push(JSON.parse(JSON.stringify(items[0])) as { id: string });
      items[1]!.id = items[0]!.id;
      expect(rejected(c)).toContain(`${list}[1].id should be unique, but "${items[0]!.id}" is also ${list}[0].id`);
    }
  });

  it('says a newer major schema version needs a newer Parallax, and reads a newer minor one', () => {
    const c = { ...corpus(), schemaVersion: '99.0.0' };
    expect(rejected(c)).toBe(
      'The corpus was built by a newer Parallax (schema 99.0.0); this one reads 1.x: update Parallax.',
    );
    expect(parseCorpusValue({ ...corpus(), schemaVersion: '1.7.0' }).ok).toBe(true);
  });

  it('still reads the committed sample corpus', () => {
    const text = readFileSync(path.resolve(__dirname, '../../../public/corpus.json'), 'utf8');
    expect(parseCorpusText(text).ok).toBe(true);
  });
});
