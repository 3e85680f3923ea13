import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../src/core/schema/parseCorpus';
import { parseGold, scoreCorpus, type Score } from '../../src/core/score';

// The sample corpus as committed (a separate test proves it is what the pipeline builds today),
// scored against the hand annotation. The thresholds are the targets.
let score: Score;
beforeAll(() => {
  const root = path.resolve(__dirname, '../..');
  const corpus = parseCorpusText(readFileSync(path.join(root, 'public/corpus.json'), 'utf8'));
  const gold = parseGold(JSON.parse(readFileSync(path.join(root, 'test/gold/kadhimi-2021.json'), 'utf8')));
  if (!corpus.ok || !gold.ok) throw new Error('sample corpus or gold could not be read');
  score = scoreCorpus(corpus.corpus, gold.gold);
});

describe('gold targets on the sample', () => {
  it('finds exactly the reacting countries, with their stances, and invents none', () => {
    expect(score.reactions.countries.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.reactions.stanceRecallPrimary).toBeGreaterThanOrEqual(0.9);
    expect(score.reactions.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('gives every core person all its spellings and merges no two people', () => {
    expect(score.people.recall).toBe(1);
    expect(score.people.complete).toBe(1);
    expect(score.people.falseMerges).toBe(0);
  });

  it('finds at least 90% of the core organisations and places, merging at most one pair wrongly', () => {
    expect(score.entities.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.entities.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.entities.falseMerges).toBeLessThanOrEqual(1);
  });

  it('finds at least 90% of the gold figures and dates in the right row', () => {
    expect(score.facts.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('surfaces every factual contradiction as a conflict and no other', () => {
    expect(score.facts.conflictsFound).toBe(score.facts.conflictsExpected);
    expect(score.facts.falseConflicts).toEqual([]);
  });

  it('groups at least 80% of the statements quoted in several articles', () => {
    expect(score.quotes.grouped / score.quotes.multiArticle).toBeGreaterThanOrEqual(0.8);
  });

  it('ranks the strong reuse pairs above every other pair', () => {
    expect(score.reuse.strongAboveOthers).toBe(true);
  });
});
