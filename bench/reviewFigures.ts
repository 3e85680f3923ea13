import { performance } from 'node:perf_hooks';
import { buildMatrix } from '../src/core/matrix';
import { applyReview } from '../src/core/review/apply';
import { findingReviews, rowVerdicts } from '../src/core/review/decisions';
import { reviewedCorpus } from '../src/core/review/reviewedCorpus';
import { reviewedReactions } from '../src/core/review/reviewedReactions';
import type { ReviewAction, ReviewDecision, ReviewTarget } from '../src/core/review/schema';
import type { Corpus } from '../src/core/schema/corpus';

export type ReviewFigure = {
  corpus: string;
  articles: number;
  decisions: number;
  /** Of them, corrections: figure moves, entity merges and reaction edits. */
  corrections: number;
  /** applyReview: the corrected corpus and its list of corrections. */
  applyMs: number;
  /** reviewedCorpus and buildMatrix on it, with the verdicts the filters read: the matrix redrawn. */
  matrixMs: number;
  /** The reactions as the review corrects them. */
  reactionsMs: number;
  /** All of it: what one more decision costs the page before it can draw. */
  totalMs: number;
};

const RUNS = 5;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A review of about `count` decisions an analyst might make on `corpus`, the same each run: a few
 * figure moves, entity merges and reaction edits, and verdicts and notes on cells and rows for the rest.
 */
export function benchReview(corpus: Corpus, count = 50): ReviewDecision[] {
  const decisions: ReviewDecision[] = [];
  const add = (target: ReviewTarget, action: ReviewAction) => {
    const at = new Date(Date.UTC(2030, 0, 1, 10, 0, decisions.length)).toISOString();
    decisions.push({ id: `bench-${decisions.length}`, time: at, author: 'bench', target, action });
  };
  const facts = corpus.facts;
  // A moved cell is left alone afterwards: a verdict on the cell it left would find nothing there.
  const moved = new Set<string>();
  for (const fact of facts.filter((f) => f.values.length > 1).slice(0, 3)) {
    const articleId = fact.values[0]!.articleId;
    const to = facts.find(
      (f) => f !== fact && f.kind === fact.kind && !f.values.some((v) => v.articleId === articleId),
    );
    if (!to) continue;
    add({ kind: 'cell', rowId: fact.id, articleId }, { kind: 'move-figure', to: to.id });
    moved.add(`${fact.id} ${articleId}`).add(`${to.id} ${articleId}`);
  }
  const merged = new Set<string>();
  for (const [i, entity] of corpus.entities.entries()) {
    if (merged.size >= 6) break;
    const into = corpus.entities.slice(i + 1).find((e) => e.kind === entity.kind && !merged.has(e.id));
    if (!into || merged.has(entity.id)) continue;
    add({ kind: 'entity', entityId: entity.id }, { kind: 'merge-entity', into: into.id });
    merged.add(entity.id).add(into.id);
  }
  for (const reaction of corpus.reactions.slice(0, 2))
    add(
      { kind: 'reaction', reactionId: reaction.id },
      { kind: 'edit-reaction', stance: reaction.stance === 'condemn' ? 'concern' : 'condemn' },
    );
  // Verdicts and notes on the figure cells first, then on whole quote rows, until the count is reached.
  const cells = facts.flatMap((f) =>
    f.values
      .filter((v) => !moved.has(`${f.id} ${v.articleId}`))
      .map((v) => ({ kind: 'cell', rowId: f.id, articleId: v.articleId }) as const),
  );
  const rows = corpus.quotes.map((q) => ({ kind: 'quote', quoteId: q.id }) as const);
  for (const [i, target] of [...cells, ...rows].entries()) {
    if (decisions.length >= count) break;
    if (i % 5 === 4) add(target, { kind: 'note', text: `checked against the wire, ${i}` });
    else add(target, { kind: 'verdict', verdict: i % 3 === 0 ? 'dismissed' : 'verified' });
  }
  return decisions;
}

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const out = work();
  return [out, performance.now() - started];
}

/** What the matrix and the reactions map recompute when a review of `decisions` changes, median of RUNS after a warm-up. */
export function reviewFigures(corpora: readonly { label: string; corpus: Corpus }[], count = 50): ReviewFigure[] {
  return corpora.map(({ label, corpus }) => {
    const decisions = benchReview(corpus, count);
    const review = { decisions };
    const runs: Omit<ReviewFigure, 'corpus' | 'articles' | 'decisions' | 'corrections'>[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const [applied, applyMs] = time(() => applyReview(corpus, review));
      const [, matrixMs] = time(() => {
        const verdicts = rowVerdicts(findingReviews(review));
        return [buildMatrix(reviewedCorpus(corpus, review, applied.corpus)), verdicts];
      });
      const [, reactionsMs] = time(() =>
        reviewedReactions(corpus.reactions, applied.corrections, findingReviews(review)),
      );
      if (run > 0) runs.push({ applyMs, matrixMs, reactionsMs, totalMs: applyMs + matrixMs + reactionsMs });
    }
    const round = (key: keyof (typeof runs)[number]) => Math.round(median(runs.map((r) => r[key])) * 10) / 10;
    return {
      corpus: label,
      articles: corpus.articles.length,
      decisions: decisions.length,
      corrections: decisions.filter((d) => d.action.kind !== 'verdict' && d.action.kind !== 'note').length,
      applyMs: round('applyMs'),
      matrixMs: round('matrixMs'),
      reactionsMs: round('reactionsMs'),
      totalMs: round('totalMs'),
    };
  });
}
