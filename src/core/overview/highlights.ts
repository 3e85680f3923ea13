import type { Corpus } from '../schema/corpus';

export type ConflictHighlight = { factId: string; label: string; spread: string; articles: number };
export type ReuseHighlight = { a: string; b: string; reuse: number };

function formatValue(value: number | string): string {
  return typeof value === 'number' ? value.toLocaleString('en-US') : value;
}

/** Conflicting facts, widest disagreement first: what a fact-checker should open first. */
export function conflictHighlights(corpus: Corpus, limit = 5): ConflictHighlight[] {
  return corpus.facts
    .filter((fact) => fact.status === 'conflict')
    .map((fact) => {
      const numbers = fact.values.map((v) => v.value).filter((v): v is number => typeof v === 'number');
      const distinct = [...new Set(fact.values.map((v) => v.value))];
      const spread =
        numbers.length === fact.values.length && numbers.length > 0
          ? `${formatValue(Math.min(...numbers))}–${formatValue(Math.max(...numbers))}`
          : distinct.map(formatValue).join(' / ');
      const width =
        numbers.length > 0
          ? (Math.max(...numbers) - Math.min(...numbers)) / Math.max(1, Math.abs(Math.max(...numbers)))
          : 1;
      return {
        factId: fact.id,
        label: fact.label,
        spread,
        articles: new Set(fact.values.map((v) => v.articleId)).size,
        width,
      };
    })
    .sort((a, b) => b.articles - a.articles || b.width - a.width || (a.factId < b.factId ? -1 : 1))
    .slice(0, limit)
    .map(({ width: _width, ...rest }) => rest);
}

/** Article pairs that share the most text: candidates for copies, spins and translations. */
export function reuseHighlights(corpus: Corpus, limit = 3, minimum = 0.2): ReuseHighlight[] {
  return corpus.alignments
    .filter((a) => a.reuse >= minimum)
    .map((a) => ({ a: a.a, b: a.b, reuse: a.reuse }))
    .sort((x, y) => y.reuse - x.reuse || (x.a + x.b < y.a + y.b ? -1 : 1))
    .slice(0, limit);
}
