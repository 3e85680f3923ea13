import { effectiveDecisions, targetKey } from './decisions';
import type { Review, ReviewAction, ReviewDecision } from './schema';

/**
 * Two copies of one review (two tabs, two files) as one: decisions are append-only and named by
 * id, so the union by id loses none, whichever copy was saved last.
 */
export function mergeReviews(base: Review, other: Pick<Review, 'decisions'>): Review {
  const seen = new Set(base.decisions.map((d) => d.id));
  const added = other.decisions.filter((d) => !seen.has(d.id));
  return added.length === 0 ? base : { ...base, decisions: [...base.decisions, ...added] };
}

/** The slot a decision fills on its target: one verdict, one note, one of each kind of correction. */
function slot(action: ReviewAction): string {
  return action.kind === 'verdict' ? 'verdict' : action.kind;
}

function standing(review: Pick<Review, 'decisions'>): Map<string, { decision: ReviewDecision; value: string }> {
  const map = new Map<string, { decision: ReviewDecision; value: string }>();
  for (const decision of effectiveDecisions(review.decisions)) {
    const { kind, ...rest } = decision.action;
    const value = kind === 'verdict' ? decision.action.verdict : JSON.stringify(rest);
    map.set(`${targetKey(decision.target)}\u0000${slot(decision.action)}`, { decision, value });
  }
  return map;
}

export type Disagreement = { target: ReviewDecision['target']; about: string; a: string; b: string };

/** Where two reviewers decided differently on the same finding: verdicts or corrections (notes are not verdicts). */
export function reviewDisagreements(a: Pick<Review, 'decisions'>, b: Pick<Review, 'decisions'>): Disagreement[] {
  const left = standing(a);
  const right = standing(b);
  const out: Disagreement[] = [];
  for (const [key, mine] of left) {
    const theirs = right.get(key);
    if (!theirs || mine.decision.action.kind === 'note' || mine.value === theirs.value) continue;
    out.push({ target: mine.decision.target, about: slot(mine.decision.action), a: mine.value, b: theirs.value });
  }
  return out;
}
