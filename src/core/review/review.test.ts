import { describe, expect, it } from 'vitest';
import { parseCorpusValue } from '../schema/parseCorpus';
import { applyReview } from './apply';
import { findingReviews } from './decisions';
import { mergeReviews, reviewDisagreements } from './merge';
import { parseReviewText, parseReviewValue, reviewFits } from './parseReview';
import type { Review, ReviewDecision } from './schema';
import { reviewTestCorpus } from './testCorpus';

let n = 0;
const decide = (target: ReviewDecision['target'], action: ReviewDecision['action'], minute = n): ReviewDecision => ({
  id: `d${++n}`,
  time: `2030-03-05T10:${String(minute % 60).padStart(2, '0')}:00.000Z`,
  target,
  action,
});
const review = (...decisions: ReviewDecision[]): Review => ({
  schemaVersion: '1.0.0',
  corpus: { id: 'boats', hash: 'sha256:test' },
  author: 'Tester',
  decisions,
});
const cell = (rowId: string, articleId: string) => ({ kind: 'cell' as const, rowId, articleId });
const dismiss = { kind: 'verdict' as const, verdict: 'dismissed' as const };

describe('applyReview', () => {
  it('a conflict row whose outlier cell is dismissed agrees, and the corpus stays valid', () => {
    const result = applyReview(reviewTestCorpus(), review(decide(cell('count-boats-sank', 'a3'), dismiss)));
    const fact = result.corpus.facts.find((f) => f.id === 'count-boats-sank')!;
    expect(fact.status).toBe('agree');
    expect(fact.values.map((v) => v.articleId)).toEqual(['a1', 'a2']);
    expect(fact.independent).toBe(2);
    expect(result.corrections).toContainEqual(
      expect.objectContaining({ rowId: 'count-boats-sank', field: 'status', from: 'conflict', to: 'agree' }),
    );
    expect(parseCorpusValue(result.corpus).ok).toBe(true);
    expect(result.unmatched).toEqual([]);
  });

  it('leaves the original corpus untouched', () => {
    const corpus = reviewTestCorpus();
    applyReview(corpus, review(decide(cell('count-boats-sank', 'a3'), dismiss)));
    expect(corpus).toEqual(reviewTestCorpus());
  });

  it('an undo clears the dismissal, and a verdict after it wins', () => {
    const first = decide(cell('count-boats-sank', 'a3'), dismiss, 1);
    const undo = decide(cell('count-boats-sank', 'a3'), { kind: 'undo', decisionId: first.id }, 2);
    expect(applyReview(reviewTestCorpus(), review(first, undo)).corpus.facts[0]!.status).toBe('conflict');
    const verified = decide(cell('count-boats-sank', 'a3'), { kind: 'verdict', verdict: 'verified' }, 3);
    // Written out of order: time, not position in the file, decides.
    const states = findingReviews(review(verified, first));
    expect([...states.values()][0]!.verdict?.verdict).toBe('verified');
  });

  it('moving a figure out of its row recomputes both rows', () => {
    const move = decide(cell('count-boats-sank', 'a3'), { kind: 'move-figure', to: 'count-crew' });
    const { corpus } = applyReview(reviewTestCorpus(), review(move));
    expect(corpus.facts[0]!.status).toBe('agree');
    expect(corpus.facts[1]!.values).toHaveLength(2);
    const out = applyReview(
      reviewTestCorpus(),
      review(decide(cell('count-crew', 'a3'), { kind: 'move-figure', to: null })),
    );
    expect(out.corpus.facts.map((f) => f.id)).toEqual(['count-boats-sank', 'count-crew']);
    expect(out.corpus.facts[1]!.values).toEqual([]);
  });

  it('merges two entities into one and re-points the quote speaker', () => {
    const merge = decide(
      { kind: 'entity', entityId: 'person-d-ruiz' },
      { kind: 'merge-entity', into: 'person-dana-ruiz' },
    );
    const { corpus, corrections } = applyReview(reviewTestCorpus(), review(merge));
    const people = corpus.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.id)).toEqual(['person-dana-ruiz']);
    expect(people[0]!.variants).toEqual(['Dana Ruiz', 'D. Ruiz']);
    expect(people[0]!.mentions.map((m) => m.articleId)).toEqual(['a1', 'a2']);
    expect(corpus.quotes[0]!.speakerEntityId).toBe('person-dana-ruiz');
    expect(corrections[0]).toMatchObject({
      rowId: 'person-d-ruiz',
      field: 'merged into',
      from: 'D. Ruiz',
      to: 'Dana Ruiz',
    });
    expect(parseCorpusValue(corpus).ok).toBe(true);
  });

  it('splits a variant off into its own entity with the mentions written so', () => {
    const split = decide({ kind: 'entity', entityId: 'place-port-vale' }, { kind: 'split-variant', variant: 'Vale' });
    const { corpus } = applyReview(reviewTestCorpus(), review(split));
    const [kept, apart] = corpus.entities.filter((e) => e.kind === 'place');
    expect(kept!.variants).toEqual(['Port Vale']);
    expect(apart).toMatchObject({ id: 'place-port-vale~vale', name: 'Vale', mentions: [{ articleId: 'a3' }] });
  });

  it('corrects a reaction and a quote speaker, keeping the original value', () => {
    const { corpus, corrections } = applyReview(
      reviewTestCorpus(),
      review(
        decide(
          { kind: 'reaction', reactionId: 'reaction-xy-gov-concern' },
          { kind: 'edit-reaction', country: 'QZ', stance: 'condemn' },
        ),
        decide(
          { kind: 'quote', quoteId: 'quote-1' },
          { kind: 'quote-speaker', speaker: 'Lee Park', speakerEntityId: null },
        ),
      ),
    );
    expect(corpus.reactions[0]).toMatchObject({ country: 'QZ', stance: 'condemn', actor: 'Government of Xy' });
    expect(corpus.reactions[0]!.stanceDetail).toBeUndefined();
    expect(corpus.quotes[0]).toMatchObject({ speaker: 'Lee Park', speakerEntityId: null });
    expect(corrections.map((c) => [c.field, c.from, c.to])).toEqual([
      ['country', 'XY', 'QZ'],
      ['stance', 'concern', 'condemn'],
      ['speaker', 'D. Ruiz', 'Lee Park'],
    ]);
  });

  it('a dismissed reaction leaves, and a dismissed cell of it only takes that article', () => {
    const whole = applyReview(
      reviewTestCorpus(),
      review(decide({ kind: 'row', rowId: 'reaction-xy-gov-concern' }, dismiss)),
    );
    expect(whole.corpus.reactions).toEqual([]);
    const one = applyReview(reviewTestCorpus(), review(decide(cell('reaction-xy-gov-concern', 'a3'), dismiss)));
    expect(one.corpus.reactions[0]).toMatchObject({ independent: 1, mentions: [{ articleId: 'a1' }] });
  });

  it('a dismissed entity leaves, its quote keeps the speaker name without the entity, and a row dismissed twice goes once', () => {
    const { corpus, corrections } = applyReview(
      reviewTestCorpus(),
      review(
        decide({ kind: 'entity', entityId: 'person-d-ruiz' }, dismiss),
        decide(cell('count-crew', 'a3'), dismiss),
        decide({ kind: 'row', rowId: 'count-crew' }, dismiss),
      ),
    );
    expect(corpus.entities.map((e) => e.id)).toEqual(['person-dana-ruiz', 'place-port-vale']);
    expect(corpus.quotes[0]).toMatchObject({ speaker: 'D. Ruiz', speakerEntityId: null });
    expect(corpus.facts.map((f) => f.id)).toEqual(['count-boats-sank']);
    expect(corrections.filter((c) => c.rowId === 'count-crew' && c.articleId === undefined)).toHaveLength(1);
    expect(parseCorpusValue(corpus).ok).toBe(true);
  });

  it('lists decisions whose ids this build no longer has, and applies the rest', () => {
    const result = applyReview(
      reviewTestCorpus(),
      review(
        decide(cell('count-gone', 'a1'), dismiss),
        decide({ kind: 'entity', entityId: 'person-d-ruiz' }, { kind: 'merge-entity', into: 'person-nobody' }),
        decide(cell('count-boats-sank', 'a3'), dismiss),
      ),
    );
    expect(result.unmatched.map((u) => u.reason)).toEqual([
      'no cell of article "a1" in row "count-gone" in this corpus',
      'no other entity "person-nobody" to merge into',
    ]);
    expect(result.corpus.facts[0]!.status).toBe('agree');
  });

  it('notes and verified verdicts change nothing in the corpus', () => {
    const corpus = reviewTestCorpus();
    const result = applyReview(
      corpus,
      review(
        decide({ kind: 'row', rowId: 'count-crew' }, { kind: 'verdict', verdict: 'verified' }),
        decide({ kind: 'row', rowId: 'count-crew' }, { kind: 'note', text: 'checked by phone' }),
      ),
    );
    expect(result.corpus).toEqual(corpus);
    expect(result.corrections).toEqual([]);
  });
});

describe('review files', () => {
  it('names the field that is wrong', () => {
    const bad = {
      ...review(),
      decisions: [{ id: 'x', time: 'yesterday', target: { kind: 'row', rowId: 'r' }, action: dismiss }],
    };
    const parsed = parseReviewValue(bad, 'mine.json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^mine\.json: decisions\[0\]\.time: /);
    expect(parseReviewText('{', 'x.json')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^x\.json: not valid JSON/),
    });
    expect(parseReviewValue({ ...review(), schemaVersion: '7.0.0' }, 'new.json')).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer Parallax'),
    });
  });

  it('refuses another corpus and names another build of the same one', () => {
    const mine = review();
    expect(reviewFits(mine, { id: 'boats', hash: 'sha256:test' }).fits).toBe('same');
    expect(reviewFits(mine, { id: 'boats', hash: 'sha256:newer' }).fits).toBe('other-build');
    expect(reviewFits(mine, { id: 'trains', hash: 'sha256:test' })).toMatchObject({ fits: 'foreign' });
  });

  it('two copies merge by decision id without losing one; disagreements are listed', () => {
    const shared = decide({ kind: 'row', rowId: 'count-crew' }, { kind: 'note', text: 'a' });
    const a = review(shared, decide(cell('count-boats-sank', 'a3'), dismiss));
    const b = review(shared, decide(cell('count-boats-sank', 'a3'), { kind: 'verdict', verdict: 'verified' }));
    expect(mergeReviews(a, b).decisions).toHaveLength(3);
    expect(reviewDisagreements(a, b)).toEqual([
      { target: cell('count-boats-sank', 'a3'), about: 'verdict', a: 'dismissed', b: 'verified' },
    ]);
    expect(reviewDisagreements(a, a)).toEqual([]);
  });
});
