import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';

// Invented sentences: the level of a named measure, and rates that are not levels.
const rows = (...texts: string[]) =>
  datedCorpus(...texts.map((t) => ['2029-04-02', t] as [string, string])).facts.map(
    (f) => `${f.label}: ${f.values.map((v) => v.value).join(' ')} (${f.status})`,
  );

describe('the level of a named measure', () => {
  it('puts two reports of one measure in one row, so a difference between them is a conflict', () => {
    expect(rows('Turnout was 58%, officials said.', 'Voter turnout was 55 percent.')).toContain(
      'turnout rate (%): 58 55 (conflict)',
    );
    expect(rows('Inflation rose to 4.1% in March.', 'Inflation climbed to about 4 percent in March.')).toContain(
      'inflation rate (%): 4.1 4 (compatible)',
    );
    expect(rows('The jobless rate stood at 6.2 percent.', 'The jobless rate was 6.2%.')).toContain(
      'jobless rate (%): 6.2 6.2 (agree)',
    );
  });

  it('keeps rates that are changes or of an amount apart, one row per value', () => {
    const changes = rows('Shares rose 5% on Monday.', 'Shares rose 7% on Monday.');
    expect(changes.filter((r) => r.includes('(conflict)'))).toEqual([]);
    const higher = rows('Turnout was 5% higher than in the last vote.', 'Turnout was 8% higher than in the last vote.');
    expect(higher.filter((r) => r.includes('(conflict)'))).toEqual([]);
  });
});
