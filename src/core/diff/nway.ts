import type { Alignment, Article } from '../schema/corpus';
import { alignmentBetween } from './rows';

export type NWayRow = { pivot: number; cells: Record<string, number[]> };

/**
 * One row per sentence of the pivot article, with each other article's counterpart sentences,
 * so one statement's wording reads across every source at once.
 */
export function nWayRows(
  pivot: Article,
  others: readonly Article[],
  alignments: readonly Alignment[],
  threshold: number,
): NWayRow[] {
  const rows: NWayRow[] = pivot.sentences.map((_, i) => ({ pivot: i, cells: {} }));
  for (const other of others) {
    const alignment = alignmentBetween(alignments, pivot.id, other.id);
    for (const pair of alignment?.pairs ?? []) {
      if (pair.score < threshold) continue;
      const row = rows[pair.a];
      if (!row) continue;
      row.cells[other.id] = [...(row.cells[other.id] ?? []), pair.b].sort((x, y) => x - y);
    }
  }
  return rows;
}
