import type { Fact } from '../schema/corpus';
import type { Correction } from './corrections';
import { cellKey } from './decisions';

/** One end of a figure move, as one cell of the matrix sees it. */
export type FigureMoveEnd = {
  /** The cell: its row and the article whose figure moved. */
  rowId: string;
  articleId: string;
  /** "in": this cell's value came from `other`; "out": it went to `other` (null: to no row). */
  direction: 'in' | 'out';
  /** The other row's id and label. */
  other: { id: string; label: string } | null;
  decisionId: string;
};

const MOVED = 'moved to';
const NO_ROW = '(no row)';

/**
 * Both ends of every figure the review moved, by cell (row and article): the row a value left says
 * where it went, and the row that gained it says where it came from, so neither reads as the
 * pipeline's finding. (applyReview moves values out of the pipeline's rows only, so each move has
 * one start and one end.)
 */
export function figureMoves(corrections: readonly Correction[], facts: readonly Fact[]): Map<string, FigureMoveEnd> {
  const label = (id: string) => ({ id, label: facts.find((f) => f.id === id)?.label ?? id });
  const ends = new Map<string, FigureMoveEnd>();
  for (const c of corrections) {
    if (c.field !== MOVED || c.articleId === undefined || c.from === null) continue;
    const to = c.to === null || c.to === NO_ROW ? null : c.to;
    const articleId = c.articleId;
    ends.set(cellKey(c.from, articleId), {
      rowId: c.from,
      articleId,
      direction: 'out',
      other: to ? label(to) : null,
      decisionId: c.decisionId,
    });
    if (to)
      ends.set(cellKey(to, articleId), {
        rowId: to,
        articleId,
        direction: 'in',
        other: label(c.from),
        decisionId: c.decisionId,
      });
  }
  return ends;
}

/** The words for one end of a move, the same in the grid, the evidence panel and the exports. */
export function figureMoveLine(end: FigureMoveEnd): string {
  if (end.direction === 'in') return `moved here from ${end.other?.label ?? 'another row'}`;
  return end.other ? `moved to ${end.other.label}` : 'moved out of every row';
}
