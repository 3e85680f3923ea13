import { describe, expect, it } from 'vitest';
import { validCorpus } from '../../mocks/fixtures/corpora';
import {
  NO_FILTER,
  atlasId,
  filterReactions,
  reactionsCsv,
  reactionRows,
  reportedByLine,
  summariseByCountry,
} from '../../src/core/reactions';

/** What the reactions map must show for the committed sample corpus. */
describe('reactions on the sample corpus', () => {
  const summaries = summariseByCountry(validCorpus.reactions);

  it('maps the seven reacting countries, each with an atlas id', () => {
    expect(summaries.map((s) => s.code).sort()).toEqual(['DE', 'EG', 'GB', 'IQ', 'IR', 'SA', 'US']);
    for (const s of summaries) expect(atlasId(s.code)).toMatch(/^\d{3}$/);
  });

  it('shows Germany as mixed, with a call for calm reported by one article', () => {
    const germany = summaries.find((s) => s.code === 'DE')!;
    expect(germany.name).toBe('Germany');
    expect(germany.stance).toBe('mixed');
    const calm = germany.reactions.find((r) => r.stance === 'call_for_calm')!;
    expect(reportedByLine(calm)).toBe('Reported by 1 article, 1 independent');
  });

  it('narrows to what one article reports when filtered to it', () => {
    const first = validCorpus.articles[0]!;
    const fromFirst = filterReactions(validCorpus.reactions, { ...NO_FILTER, articleIds: [first.id] });
    expect(summariseByCountry(fromFirst).map((s) => s.code)).toEqual(['IR', 'IQ', 'SA', 'US']);
  });

  it('exports one CSV line per reaction', () => {
    const csv = reactionsCsv(validCorpus, reactionRows(validCorpus.reactions));
    expect(csv.trim().split('\r\n')).toHaveLength(validCorpus.reactions.length + 1);
  });
});
