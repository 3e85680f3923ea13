import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';
import { isRecalledAct } from './background';

// Invented text: real countries, invented measures.
describe('acts the story recalls', () => {
  it('marks an act done "already", or dated well before the first report, as background', () => {
    expect(
      isRecalledAct('Peru has already imposed new duties.', 'Peru has already '.length, '2030-09-10', '2030-09-09'),
    ).toBe(true);
    expect(isRecalledAct('Peru imposed duties on July 6.', 5, '2030-09-10', '2030-09-09')).toBe(true);
    expect(isRecalledAct('Last month, Peru imposed a ban.', 18, '2030-09-10', '2030-09-09')).toBe(true);
    expect(isRecalledAct('Peru imposed duties on Monday.', 5, '2030-09-10', '2030-09-09')).toBe(false);
    // A later article's old date is still the event's week when the first report is that old.
    expect(isRecalledAct('Peru imposed duties on September 8.', 5, '2030-09-30', '2030-09-09')).toBe(false);
  });

  it('gives no reaction to a recalled act, and keeps the act the story reports', () => {
    const corpus = datedCorpus([
      '2030-09-10',
      'Chile imposed new duties on Monday. Peru has already imposed duties of its own. Spain imposed a ban on July 6.',
    ]);
    expect(corpus.reactions.map((r) => r.country)).toEqual(['CL']);
  });
});
