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
  // A fact row takes its fact's status, so only those facts are built into rows: the whole matrix of
  // a 5,000-article corpus (entities, quotes, reactions) took most of a second.
  const facts = corpus.facts.filter((f) => f.status === 'conflict' || f.status === 'updated');
  const byId = new Map(facts.map((f) => [f.id, f]));
  return buildMatrix({ ...corpus, facts, reactions: [], quotes: [], entities: [] })
    .rows.filter((row) => row.kind === 'fact' && (row.status === 'conflict' || row.status === 'updated'))
    .map((row) => {
      const fact = byId.get(row.id);
      const numbers = (fact?.values ?? []).map((v) => v.value).filter((v): v is number => typeof v === 'number');
      const width =
        numbers.length > 0
          ? (Math.max(...numbers) - Math.min(...numbers)) / Math.max(1, Math.abs(Math.max(...numbers)))
          : 1;
      return {
        factId: row.id,
        label: row.label,
        status: row.status as ConflictHighlight['status'],
        values: valuesLine(row.values),
        articles: row.articles,
        width,
      };
    })
    .sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        b.articles - a.articles ||
        b.width - a.width ||
        (a.factId < b.factId ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ width: _width, ...rest }) => rest);
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
