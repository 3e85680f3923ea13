import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../core/pipeline/buildCorpus';
import { parseGold, scoreCorpus, scoreLines } from '.';
import { articleKeyResolver, normName } from './text';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

// Two invented reports of one invented event.
const corpus = buildCorpus(
  [
    file('x1_aa.txt', 'date: 2023-05-02\n\nFrance and Kenya condemned the attack. Four guards were injured.'),
    file('x2_bb.txt', 'date: 2023-05-02\n\nSix guards were injured. Japan condemned the attack.'),
  ],
  { id: 't', title: 'T' },
).corpus;

const parsed = parseGold({
  numeric_facts: [
    { id: 'guards', values: { x1: 4, x2: 6 } },
    { id: 'year', values: { x1: '2023-05-02' } },
  ],
  reactions: [
    { country_iso2: 'FR', stance: 'condemn', articles: ['x1'], importance: 'primary' },
    { country_iso2: 'DE', stance: 'condemn', articles: ['x1'], importance: 'primary' },
    { country_iso2: 'JP', stance: 'condemn', articles: ['x2'], importance: 'secondary' },
  ],
  reuse_pairs: [{ a: 'x1', b: 'x2', level: 'paraphrase' }],
});

describe('scoreCorpus', () => {
  if (!parsed.ok) throw new Error(parsed.message);
  const score = scoreCorpus(corpus, parsed.gold);

  it('counts reacting countries against the primary gold reactions only', () => {
    expect(score.reactions.gold_countries).toBe('DE,FR');
    expect(score.reactions.corpus_countries).toBe('FR,JP,KE');
    expect(score.reactions.country_p).toBe(0.33);
    expect(score.reactions.country_r).toBe(0.5);
    expect(score.reactions.country_f1).toBe(0.4);
  });

  it('finds each numeric (fact, article, value) and flags the disagreement, skipping dates', () => {
    expect(score.facts.triple_r).toBe(1);
    expect(score.facts.conflicts_found).toBe('1/1');
    expect(score.facts.conflict_p).toBe(1);
  });

  it('has no strong pair to rank when the gold has no copy', () => {
    expect(score.reuse.strong_pairs_in_top).toBe('0/0');
  });

  it('prints one line a section with key=value pairs', () => {
    expect(scoreLines(score).split('\n')[0]).toMatch(/^reactions {2}gold_countries=DE,FR {2}corpus_countries=/);
  });
});

describe('parseGold', () => {
  it('names the field when the gold has the wrong shape', () => {
    const bad = parseGold({ reactions: [{ country_iso2: 3 }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('reactions.0.country_iso2');
  });
});

describe('name and article matching', () => {
  it('drops titles and a possessive before comparing names', () => {
    expect(normName('President  Jane Doe’s')).toBe('jane doe');
    expect(normName('Mr. Ola Nordmann')).toBe('ola nordmann');
  });

  it('maps gold keys to ids by exact id, then a separated prefix, else to no article', () => {
    const resolve = articleKeyResolver(['01', '012_x', '02-long']);
    expect(resolve('01')).toBe('01');
    expect(resolve('012')).toBe('012_x');
    expect(resolve('02')).toBe('02-long');
    expect(resolve('03')).toBe('missing:03');
  });
});
