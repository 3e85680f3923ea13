import { factStatus } from '../analysis/facts/status';
import { independentCount, storyGroups } from '../analysis/lineage/independence';
import type { Corpus } from '../schema/corpus';
import { type Context, type Correction, applyCorrection } from './corrections';
import { effectiveDecisions, findingReviews, targetRowId } from './decisions';
import type { Review, ReviewDecision } from './schema';
import {
  type Located,
  locate,
  partsOf,
  type RowIndex,
  rowIndex,
  setParts,
  targetExists,
  workingCopy,
} from './workingCopy';

export type Unmatched = { decision: ReviewDecision; reason: string };
export type AppliedReview = { corpus: Corpus; corrections: Correction[]; unmatched: Unmatched[] };

/**
 * The corpus as the review corrects it. Corrections apply in the order they were made; then every
 * finding whose standing verdict is "dismissed" leaves the corpus (a row whole, a cell by its
 * article's values or mentions). Rows that changed get their status and independent count again
 * from the pipeline's own rules, so a conflict row that loses its outlier reads "agree". A review
 * made on another build re-attaches wherever its ids still match; the rest is listed as unmatched.
 */
export function applyReview(corpus: Corpus, review: Pick<Review, 'decisions'>): AppliedReview {
  const ctx: Context = { corpus: workingCopy(corpus), corrections: [], touched: new Map() };
  const unmatched: Unmatched[] = [];
  const decisions = effectiveDecisions(review.decisions);
  const index = rowIndex(corpus);
  for (const decision of decisions) {
    if (!targetExists(corpus, decision.target, index)) {
      unmatched.push({ decision, reason: `no ${describe(decision)} in this corpus` });
      continue;
    }
    const kind = decision.action.kind;
    if (kind === 'verdict' || kind === 'note') continue;
    const reason = applyCorrection(ctx, decision);
    if (reason !== null) unmatched.push({ decision, reason });
  }
  // Dismissed rows are marked, then left out in one pass: an index of the working copy stays valid.
  const working = rowIndex(ctx.corpus);
  const removed = new Set<string>();
  for (const [, state] of findingReviews({ decisions })) {
    const decision = state.verdict?.decision;
    if (state.verdict?.verdict !== 'dismissed' || !decision || !targetExists(corpus, decision.target, index)) continue;
    if (!dismiss(ctx, decision, working, removed))
      unmatched.push({ decision, reason: `${describe(decision)} was changed by a correction` });
  }
  leaveOut(ctx.corpus, removed);
  recompute(ctx, corpus);
  return { corpus: ctx.corpus, corrections: ctx.corrections, unmatched };
}

function describe(decision: ReviewDecision): string {
  const t = decision.target;
  const row = `row "${targetRowId(t)}"`;
  return t.kind === 'cell' ? `cell of article "${t.articleId}" in ${row}` : row;
}

const removedKey = (at: Located) => `${at.list}:${at.index}`;

/** Marks a dismissed row to be left out, or takes a dismissed cell's parts out of the working corpus. */
function dismiss(ctx: Context, decision: ReviewDecision, index: RowIndex, removed: Set<string>): boolean {
  const { corpus } = ctx;
  const target = decision.target;
  const at = locate(corpus, target, index);
  if (!at) return false;
  if (removed.has(removedKey(at))) return true;
  const rowId = targetRowId(target);
  const removeRow = () => {
    removed.add(removedKey(at));
    ctx.corrections.push({ decisionId: decision.id, rowId, field: 'dismissed', from: rowId, to: null });
  };
  if (target.kind !== 'cell') {
    removeRow();
    return true;
  }
  const parts = partsOf(corpus, at);
  const kept = parts.filter((p) => p.articleId !== target.articleId);
  if (kept.length === parts.length) return false;
  // A figure cell names the values it loses; other cells, the article.
  const lost = parts.filter((p) => p.articleId === target.articleId) as { articleId: string; value?: unknown }[];
  const from = at.list === 'facts' ? lost.map((p) => String(p.value)).join(' / ') : target.articleId;
  ctx.corrections.push({
    decisionId: decision.id,
    rowId,
    articleId: target.articleId,
    field: 'dismissed',
    from,
    to: null,
  });
  if (kept.length === 0) removeRow();
  else {
    setParts(corpus, at, kept);
    ctx.touched.set(rowId, decision.id);
  }
  return true;
}

/** Leaves the marked rows out; quotes lose a dismissed speaker entity (the name stays). */
function leaveOut(corpus: Corpus, removed: ReadonlySet<string>): void {
  if (removed.size === 0) return;
  const gone = new Set(corpus.entities.filter((_, i) => removed.has(`entities:${i}`)).map((e) => e.id));
  corpus.facts = corpus.facts.filter((_, i) => !removed.has(`facts:${i}`));
  corpus.reactions = corpus.reactions.filter((_, i) => !removed.has(`reactions:${i}`));
  corpus.entities = corpus.entities.filter((_, i) => !removed.has(`entities:${i}`));
  corpus.quotes = corpus.quotes
    .filter((_, i) => !removed.has(`quotes:${i}`))
    .map((q) => (q.speakerEntityId && gone.has(q.speakerEntityId) ? { ...q, speakerEntityId: null } : q));
}

/** Statuses and independent counts of the rows a decision changed, by the pipeline's own rules. */
function recompute(ctx: Context, original: Corpus): void {
  const { corpus } = ctx;
  const dates = new Map(corpus.articles.map((a) => [a.id, a.date]));
  const groups = storyGroups(corpus.articles, corpus.alignments);
  const independent = (parts: readonly { articleId: string }[]) =>
    independentCount(
      parts.map((p) => p.articleId),
      groups,
    );
  const before = new Map(original.facts.map((f) => [f.id, f.status]));
  corpus.facts = corpus.facts.map((fact) => {
    const decisionId = ctx.touched.get(fact.id);
    if (decisionId === undefined) return fact;
    const status = factStatus(fact.kind, fact.values, dates);
    const was = before.get(fact.id);
    if (was !== undefined && was !== status)
      ctx.corrections.push({ decisionId, rowId: fact.id, field: 'status', from: was, to: status });
    return { ...fact, status, ...(fact.independent !== undefined ? { independent: independent(fact.values) } : {}) };
  });
  corpus.reactions = corpus.reactions.map((r) =>
    ctx.touched.has(r.id) && r.independent !== undefined ? { ...r, independent: independent(r.mentions) } : r,
  );
  corpus.quotes = corpus.quotes.map((q) =>
    ctx.touched.has(q.id) && q.independent !== undefined ? { ...q, independent: independent(q.variants) } : q,
  );
}
