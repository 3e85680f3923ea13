import type { Review, ReviewDecision, ReviewTarget, Verdict } from './schema';

/** The id of the matrix row a target belongs to: rows are figures, reactions, quotes and entities by id. */
export function targetRowId(target: ReviewTarget): string {
  switch (target.kind) {
    case 'row':
    case 'cell':
      return target.rowId;
    case 'reaction':
      return target.reactionId;
    case 'quote':
      return target.quoteId;
    case 'entity':
      return target.entityId;
  }
}

export function cellKey(rowId: string, articleId: string): string {
  return `${rowId}\u0000${articleId}`;
}

/** One key per finding: a row (whichever view named it: matrix, reactions, quotes, entities) or one cell of it. */
export function targetKey(target: ReviewTarget): string {
  return target.kind === 'cell' ? cellKey(target.rowId, target.articleId) : targetRowId(target);
}

/**
 * The decisions that count, in the order they were made: sorted by time (ties keep the file's
 * order), less every decision an undo cleared. An undo can itself be undone, so they are read
 * from the latest back.
 */
export function effectiveDecisions(decisions: readonly ReviewDecision[]): ReviewDecision[] {
  const ordered = decisions
    .map((decision, index) => ({ decision, index, at: Date.parse(decision.time) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((d) => d.decision);
  const cleared = new Set<string>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const d = ordered[i]!;
    if (d.action.kind === 'undo' && !cleared.has(d.id)) cleared.add(d.action.decisionId);
  }
  return ordered.filter((d) => d.action.kind !== 'undo' && !cleared.has(d.id));
}

/** What a reviewer has said about one finding: the latest verdict and the latest note. */
export type FindingReview = {
  verdict?: { verdict: Verdict; decision: ReviewDecision };
  note?: { text: string; decision: ReviewDecision };
};

/** The standing verdict and note of every finding the review mentions, by targetKey. */
export function findingReviews(review: Pick<Review, 'decisions'>): Map<string, FindingReview> {
  const states = new Map<string, FindingReview>();
  for (const decision of effectiveDecisions(review.decisions)) {
    const key = targetKey(decision.target);
    const state = states.get(key) ?? {};
    if (decision.action.kind === 'verdict') state.verdict = { verdict: decision.action.verdict, decision };
    else if (decision.action.kind === 'note') {
      if (decision.action.text.trim() === '') delete state.note;
      else state.note = { text: decision.action.text, decision };
    } else continue;
    states.set(key, state);
  }
  return states;
}

/** By row id, the verdicts standing on the row or any of its cells: what the matrix's review filters read. */
export function rowVerdicts(states: ReadonlyMap<string, FindingReview>): Map<string, Set<Verdict>> {
  const out = new Map<string, Set<Verdict>>();
  for (const state of states.values()) {
    if (!state.verdict) continue;
    const rowId = targetRowId(state.verdict.decision.target);
    const set = out.get(rowId) ?? new Set<Verdict>();
    set.add(state.verdict.verdict);
    out.set(rowId, set);
  }
  return out;
}
