import { buildMatrix, valuesLine } from '../matrix';
import type { Corpus } from '../schema/corpus';

export type ConflictHighlight = {
  factId: string;
  label: string;
  status: 'conflict' | 'updated';
  /** Each value with the sources giving it, worded as the matrix words it: "6: A, B · 2: C". */
  values: string;
  articles: number;
};
export type ReuseHighlight = { a: string; b: string; reuse: number };

/**
 * Figures the sources disagree on, then figures a later article updated: what a fact-checker should
 * open first. Widest disagreement first within each.
 */
export function conflictHighlights(corpus: Corpus, limit = 5): ConflictHighlight[] {
  const rank = { conflict: 0, updated: 1 } as const;
  // Ranked from the facts themselves (a fact row takes its fact's status, and counts its articles),
  // so only the few shown are built into matrix rows.
  const ranked = corpus.facts
    .filter((f): f is typeof f & { status: ConflictHighlight['status'] } => f.status in rank)
    .map((fact) => {
      const numbers = fact.values.map((v) => v.value).filter((v): v is number => typeof v === 'number');
      const width =
        numbers.length > 0
          ? (Math.max(...numbers) - Math.min(...numbers)) / Math.max(1, Math.abs(Math.max(...numbers)))
          : 1;
      return { fact, articles: new Set(fact.values.map((v) => v.articleId)).size, width };
    })
    .sort(
      (a, b) =>
        rank[a.fact.status] - rank[b.fact.status] ||
        b.articles - a.articles ||
        b.width - a.width ||
        (a.fact.id < b.fact.id ? -1 : 1),
    )
    .slice(0, limit);
  const rows = buildMatrix({
    ...corpus,
    facts: ranked.map((r) => r.fact),
    reactions: [],
    quotes: [],
    entities: [],
  }).rows;
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  return ranked.map(({ fact, articles }) => ({
    factId: fact.id,
    label: fact.label,
    status: fact.status,
    values: valuesLine(rowOf.get(fact.id)?.values ?? []),
    articles,
  }));
}

/**
 * Article pairs that share the most wording: candidates for copies and spins. Independent reports
 * of one event share a few stock phrases (a percent or two of their four-word sequences), hence
 * the minimum.
 */
export function reuseHighlights(corpus: Corpus, limit = 3, minimum = 0.05): ReuseHighlight[] {
  return corpus.alignments
    .filter((a) => a.reuse >= minimum)
    .map((a) => ({ a: a.a, b: a.b, reuse: a.reuse }))
    .sort((x, y) => y.reuse - x.reuse || (x.a + x.b < y.a + y.b ? -1 : 1))
    .slice(0, limit);
}
