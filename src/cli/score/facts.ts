import type { Corpus } from '../../core/schema/corpus';
import type { Gold } from './gold';
import { r2 } from './text';

export type FactFigures = {
  triple_r: number;
  grouping: number;
  conflicts_found: string;
  conflict_rows: number;
  conflict_p: number;
  corpus_fact_rows: number;
};

/** Statuses that flag a difference between sources: a conflict, or a later update of a running figure. */
const FLAGGED = new Set(['conflict', 'updated']);

function asNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'value' in v) return asNumber((v as { value: unknown }).value);
  const m = String(v ?? '')
    .replace(/,/g, '')
    .match(/^-?\d+(\.\d+)?$/);
  return m ? Number(m[0]) : NaN;
}

type Triple = [article: string, value: number];
type Row = { status: string; values: Triple[] };

const holds = (row: Row, [article, value]: Triple) => row.values.some(([a, v]) => a === article && v === value);

/**
 * Figures: each gold (fact, article, value) found in some row; how much of each multi-article fact
 * one row holds; and whether rows flagged as differing are real disagreements. Dates are not scored.
 */
export function scoreFacts(corpus: Corpus, gold: Gold, toCorpus: (key: string) => string): FactFigures {
  const g = gold.numeric_facts
    .map((f) => ({
      compatible: f.compatible === true,
      values: Object.entries(f.values)
        .filter((e): e is [string, number] => typeof e[1] === 'number')
        .map(([k, v]): Triple => [toCorpus(k), v]),
    }))
    .filter((f) => f.values.length > 0);
  const rows: Row[] = corpus.facts.map((f) => ({
    status: String(f.status ?? ''),
    values: f.values.map((v): Triple => [String(v.articleId ?? ''), asNumber(v.value)]),
  }));
  let triples = 0;
  let found = 0;
  let groupSum = 0;
  let groups = 0;
  let conflictsGold = 0;
  let conflictsHit = 0;
  const disagrees = (f: { compatible: boolean; values: Triple[] }) =>
    !f.compatible && new Set(f.values.map(([, v]) => v)).size > 1;
  for (const f of g) {
    for (const t of f.values) {
      triples++;
      if (rows.some((row) => holds(row, t))) found++;
    }
    if (f.values.length < 2) continue;
    groups++;
    let best = 0;
    let bestRow: Row | null = null;
    for (const row of rows) {
      const k = f.values.filter((t) => holds(row, t)).length;
      if (k > best) {
        best = k;
        bestRow = row;
      }
    }
    groupSum += best / f.values.length;
    if (disagrees(f)) {
      conflictsGold++;
      if (bestRow && best >= 2 && FLAGGED.has(bestRow.status)) conflictsHit++;
    }
  }
  // A flagged row is right when two of its differing values belong to one gold fact that disagrees.
  const goldConflicts = g.filter(disagrees);
  const flagged = rows.filter((row) => FLAGGED.has(row.status));
  const right = flagged.filter((row) =>
    goldConflicts.some((f) => new Set(f.values.filter((t) => holds(row, t)).map(([, v]) => v)).size > 1),
  ).length;
  return {
    triple_r: r2(triples ? found / triples : 0),
    grouping: r2(groups ? groupSum / groups : 0),
    conflicts_found: `${conflictsHit}/${conflictsGold}`,
    conflict_rows: flagged.length,
    conflict_p: r2(flagged.length ? right / flagged.length : conflictsGold ? 0 : 1),
    corpus_fact_rows: rows.length,
  };
}
