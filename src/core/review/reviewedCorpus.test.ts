import { describe, expect, it } from 'vitest';
import { applyReview } from './apply';
import { reviewedCorpus } from './reviewedCorpus';
import type { ReviewDecision } from './schema';
import { reviewTestCorpus } from './testCorpus';

const decide = (id: string, minute: number, target: ReviewDecision['target'], action: ReviewDecision['action']) =>
  ({ id, time: `2030-03-05T10:${String(minute).padStart(2, '0')}:00.000Z`, target, action }) as ReviewDecision;
const outlier = { kind: 'cell', rowId: 'count-boats-sank', articleId: 'a3' } as const;
const shown = (decisions: ReviewDecision[]) => {
  const corpus = reviewTestCorpus();
  return { corpus, shown: reviewedCorpus(corpus, { decisions }, applyReview(corpus, { decisions }).corpus) };
};
const fact = (c: ReturnType<typeof reviewTestCorpus>, id: string) => c.facts.find((f) => f.id === id)!;

describe('reviewedCorpus', () => {
  it('moves a figure to its new row and judges both rows again', () => {
    const { shown: c } = shown([decide('m', 1, outlier, { kind: 'move-figure', to: 'count-crew' })]);
    expect(fact(c, 'count-boats-sank').values.map((v) => v.articleId)).toEqual(['a1', 'a2']);
    expect(fact(c, 'count-boats-sank').status).toBe('agree');
    expect(fact(c, 'count-crew').values.map((v) => v.value)).toEqual([9, 9]);
  });

  it('keeps a dismissed cell to be shown struck through, with the status the rest of the row earns', () => {
    const { shown: c } = shown([decide('d', 1, outlier, { kind: 'verdict', verdict: 'dismissed' })]);
    expect(fact(c, 'count-boats-sank').values.map((v) => v.articleId)).toEqual(['a1', 'a2', 'a3']);
    expect(fact(c, 'count-boats-sank').status).toBe('agree');
  });

  it('is the very corpus when the review moves and re-judges nothing, and forgets an undone move', () => {
    const verdict = shown([decide('v', 1, outlier, { kind: 'verdict', verdict: 'verified' })]);
    expect(verdict.shown).toBe(verdict.corpus);
    const undone = shown([
      decide('m', 1, outlier, { kind: 'move-figure', to: null }),
      decide('u', 2, outlier, { kind: 'undo', decisionId: 'm' }),
    ]);
    expect(undone.shown).toBe(undone.corpus);
    expect(fact(undone.shown, 'count-boats-sank').status).toBe('conflict');
  });
});
