import type { Corpus } from '../schema/corpus';
import { applyReview } from './apply';
import { effectiveDecisions } from './decisions';
import type { Review } from './schema';

/**
 * The corpus the matrix draws under a review: figure moves made, so a moved value shows in the row
 * it now belongs to, and every figure row's status and independent count as the whole review
 * leaves them (`applied`, from applyReview), so a conflict row whose outlier is dismissed or moved
 * out reads as the pipeline's rules now judge it. Dismissed findings, merges and other corrections
 * stay as the pipeline read them, for the views to show as such. The corpus itself when the review
 * changes none of this, so a verdict alone does not rebuild the matrix.
 */
export function reviewedCorpus(corpus: Corpus, review: Pick<Review, 'decisions'>, applied: Corpus): Corpus {
  const moves = effectiveDecisions(review.decisions).filter((d) => d.action.kind === 'move-figure');
  const base = moves.length === 0 ? corpus : applyReview(corpus, { decisions: moves }).corpus;
  const after = new Map(applied.facts.map((f) => [f.id, f]));
  let changed = base !== corpus;
  const facts = base.facts.map((fact) => {
    const judged = after.get(fact.id);
    if (!judged || (judged.status === fact.status && judged.independent === fact.independent)) return fact;
    changed = true;
    return {
      ...fact,
      status: judged.status,
      ...(judged.independent !== undefined ? { independent: judged.independent } : {}),
    };
  });
  return changed ? { ...base, facts } : corpus;
}
