import type { Corpus, Fact } from '../schema/corpus';
import type { Gold } from './gold';
import { f1Of, ratio, type Metric } from './metrics';

export type FactScore = Metric & { conflictsFound: number; conflictsExpected: number; falseConflicts: string[] };

type Triple = { article: string; value: number | string };

/** Gold values this scorer can compare: numbers and ISO dates (booleans and words like "several" are not counted). */
function comparable(value: number | string | boolean): number | string | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(value)) return value;
  return null;
}

function same(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a.startsWith(b) || b.startsWith(a);
}

function hits(row: Fact, triples: readonly Triple[], articleOf: (id: string) => string): number {
  return triples.filter((t) => row.values.some((v) => articleOf(v.articleId) === t.article && same(v.value, t.value)))
    .length;
}

/**
 * Each (fact, article, value) of the gold must sit in one corpus row; a gold contradiction must be a
 * conflict row; a conflict row that matches no gold disagreement is a false conflict.
 */
export function scoreFacts(corpus: Corpus, gold: Gold, articleOf: (id: string) => string): FactScore {
  let expected = 0;
  let found = 0;
  const bestRow = new Map<string, Fact>();
  for (const fact of gold.numeric_facts) {
    const triples = Object.entries(fact.values)
      .map(([article, v]) => ({ article, value: comparable(v) }))
      .filter((t): t is Triple => t.value !== null);
    if (triples.length === 0) continue;
    expected += triples.length;
    const ranked = [...corpus.facts].sort((a, b) => hits(b, triples, articleOf) - hits(a, triples, articleOf));
    const best = ranked[0];
    if (best && hits(best, triples, articleOf) > 0) {
      found += hits(best, triples, articleOf);
      bestRow.set(fact.id, best);
    }
  }
  const factual = gold.contradictions.filter((c) => c.severity.startsWith('factual') && !c.severity.includes('minor'));
  const differing = factual.filter((c) => {
    const values = Object.values(gold.numeric_facts.find((f) => f.id === c.fact_id)?.values ?? {});
    return new Set(values.map(String)).size > 1 && values.every((v) => comparable(v) !== null);
  });
  const conflictsFound = differing.filter((c) => bestRow.get(c.fact_id)?.status === 'conflict').length;
  const goodConflictRows = new Set(differing.map((c) => bestRow.get(c.fact_id)?.id));
  const falseConflicts = corpus.facts
    .filter((f) => f.status === 'conflict' && !goodConflictRows.has(f.id))
    .map((f) => f.label);
  const rowsMatched = new Set([...bestRow.values()].map((r) => r.id)).size;
  const precision = ratio(rowsMatched, corpus.facts.length);
  const recall = ratio(found, expected);
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    note: `${found}/${expected} values in the right row, ${conflictsFound}/${differing.length} conflicts, ${falseConflicts.length} false conflict rows`,
    conflictsFound,
    conflictsExpected: differing.length,
    falseConflicts,
  };
}
