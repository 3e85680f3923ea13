import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/buildCorpus';
import { parseGold, scoreCorpus } from '.';
import { covers } from './metrics';

const corpus = buildCorpus(
  [
    {
      name: 'x1.txt',
      bytes: new TextEncoder().encode(
        'date: 2023-05-02\n\nFrance and Kenya condemned the attack. Four guards were injured.',
      ),
    },
    {
      name: 'x2.txt',
      bytes: new TextEncoder().encode('date: 2023-05-02\n\nSix guards were injured. Japan condemned the attack.'),
    },
  ],
  { id: 't', title: 'T' },
).corpus;

describe('scoreCorpus', () => {
  const gold = parseGold({
    numeric_facts: [{ id: 'guards', values: { x1: 4, x2: 6 } }],
    contradictions: [{ fact_id: 'guards', severity: 'factual' }],
    reactions: [
      { country_iso2: 'FR', stance: 'condemn', actor: 'France', articles: ['x1'], importance: 'primary' },
      { country_iso2: 'DE', stance: 'condemn', actor: 'Germany', articles: ['x1'], importance: 'primary' },
    ],
  });

  it('scores facts, conflicts and reactions against the gold', () => {
    expect(gold.ok).toBe(true);
    if (!gold.ok) return;
    const score = scoreCorpus(corpus, gold.gold);
    expect(score.facts.recall).toBe(1);
    expect(score.facts.conflictsFound).toBe(1);
    expect(score.reactions.countries.found).toEqual(['FR', 'JP', 'KE']);
    expect(score.reactions.countries.recall).toBe(0.5);
    expect(score.reactions.unsupported.sort()).toEqual(['JP condemn Japan', 'KE condemn Kenya']);
  });

  it('names the field when the gold has the wrong shape', () => {
    const bad = parseGold({ reactions: [{ country_iso2: 3 }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('reactions.0');
  });
});

describe('covers', () => {
  it('matches spellings whole-word and case-insensitively', () => {
    expect(covers('Iran', 'Iran-backed')).toBe(true);
    expect(covers('the Interior Ministry', 'interior ministry')).toBe(true);
    expect(covers('Ira', 'Iran')).toBe(false);
  });
});
