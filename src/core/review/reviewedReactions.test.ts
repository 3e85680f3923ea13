import { describe, expect, it } from 'vitest';
import type { Reaction } from '../schema/corpus';
import { applyReview } from './apply';
import { findingReviews } from './decisions';
import { correctionLine, filterByReview, reviewedReactions } from './reviewedReactions';
import type { ReviewDecision } from './schema';
import { reviewTestCorpus } from './testCorpus';

const decide = (id: string, minute: number, reactionId: string, action: ReviewDecision['action']) =>
  ({
    id,
    time: `2030-03-05T10:${String(minute).padStart(2, '0')}:00.000Z`,
    target: { kind: 'reaction', reactionId },
    action,
  }) as ReviewDecision;

const second: Reaction = {
  id: 'reaction-qz-minister',
  country: 'QZ',
  actor: 'Minister of Qz',
  stance: 'support',
  mentions: [{ articleId: 'a2', start: 0, end: 4 }],
};

/** The made-up corpus with a second reaction, and what a review of it shows. */
function reviewed(decisions: ReviewDecision[]) {
  const corpus = reviewTestCorpus();
  corpus.reactions.push(second);
  const { corrections } = applyReview(corpus, { decisions });
  return { corpus, ...reviewedReactions(corpus.reactions, corrections, findingReviews({ decisions })) };
}

describe('reviewedReactions', () => {
  it('gives a corrected reaction its new country and stance, and keeps the original beside it', () => {
    const r = reviewed([
      decide('e', 1, 'reaction-xy-gov-concern', { kind: 'edit-reaction', country: 'QZ', stance: 'condemn' }),
    ]);
    const [xy, qz] = r.reactions;
    expect([xy!.country, xy!.stance, xy!.stanceDetail]).toEqual(['QZ', 'condemn', undefined]);
    expect(r.reviews.get(xy!.id)?.original.stance).toBe('concern');
    expect(r.reviews.get(xy!.id)?.changes).toEqual([
      { field: 'country', from: 'XY', to: 'QZ' },
      { field: 'stance', from: 'concern', to: 'condemn' },
    ]);
    // The corpus is not changed, and a reaction the review leaves alone is the very object.
    expect(r.corpus.reactions[0]!.country).toBe('XY');
    expect(qz).toBe(second);
    expect(r.reviews.has(second.id)).toBe(false);
  });

  it('says each change against what the pipeline read, however many edits led to it', () => {
    const r = reviewed([
      decide('e1', 1, second.id, { kind: 'edit-reaction', stance: 'condemn' }),
      decide('e2', 2, second.id, { kind: 'edit-reaction', stance: 'blame', actor: 'Envoy of Qz' }),
      decide('e3', 3, second.id, { kind: 'edit-reaction', actor: 'Minister of Qz' }),
    ]);
    expect(r.reactions[1]!.stance).toBe('blame');
    expect(r.reviews.get(second.id)?.changes).toEqual([{ field: 'stance', from: 'support', to: 'blame' }]);
  });

  it('forgets an undone correction and keeps a dismissed reaction listed with its verdict and note', () => {
    const r = reviewed([
      decide('e', 1, second.id, { kind: 'edit-reaction', country: null }),
      decide('u', 2, second.id, { kind: 'undo', decisionId: 'e' }),
      decide('d', 3, second.id, { kind: 'verdict', verdict: 'dismissed' }),
      decide('n', 4, second.id, { kind: 'note', text: 'another event' }),
    ]);
    expect(r.reactions[1]).toBe(second);
    expect(r.reviews.get(second.id)).toEqual({
      original: second,
      changes: [],
      verdict: 'dismissed',
      note: 'another event',
    });
  });

  it('takes a reaction to no country when the review says it speaks for an organisation', () => {
    const r = reviewed([decide('e', 1, second.id, { kind: 'edit-reaction', country: null })]);
    expect(r.reactions[1]!.country).toBeNull();
    expect(r.reviews.get(second.id)?.changes).toEqual([{ field: 'country', from: 'QZ', to: null }]);
  });
});

describe('filterByReview', () => {
  const r = reviewed([
    decide('d', 1, second.id, { kind: 'verdict', verdict: 'dismissed' }),
    decide('v', 2, 'reaction-xy-gov-concern', { kind: 'note', text: 'checked the wire' }),
  ]);
  const ids = (wanted: Parameters<typeof filterByReview>[2]) =>
    filterByReview(r.reactions, r.reviews, wanted).map((x) => x.id);

  it('keeps every reaction with no review state chosen, and hides the dismissed ones when asked', () => {
    expect(ids([])).toEqual(['reaction-xy-gov-concern', second.id]);
    expect(ids(['verified', 'unreviewed'])).toEqual(['reaction-xy-gov-concern']);
    expect(ids(['dismissed'])).toEqual([second.id]);
  });
});

describe('correctionLine', () => {
  it("says the new value and what it replaced, the matrix's way", () => {
    expect(correctionLine('stance', 'Condemn', 'Support')).toBe('stance: Condemn, was Support');
    expect(correctionLine('country', 'no country', 'Qz')).toBe('country: no country, was Qz');
    expect(correctionLine('status', null, 'agree')).toBe('status: removed, was agree');
    expect(correctionLine('status', 'agree', null)).toBe('status: agree');
  });
});
