export type RowKind = 'fact' | 'reaction' | 'quote' | 'entity';
export const ROW_KINDS: readonly RowKind[] = ['fact', 'reaction', 'quote', 'entity'];

import type { FactStatus } from '../schema/corpus';

/**
 * A row's status: a figure row's status from the corpus (agree, compatible, updated, conflict,
 * single; older corpora know only agree, conflict and single); rows of mentions (reactions, quotes, entities) are reported by several sources or one.
 */
export type RowStatus = FactStatus | 'compatible' | 'updated' | 'reported';

/**
 * What a cell shows: its row's status where the source gives a value (so colour marks the row,
 * never one source as the odd one out), or "absent" where it says nothing. The text is always
 * given too, so colour is never the only cue.
 */
export type CellStatus = RowStatus | 'absent';

/** One distinct value of a figure row and the sources that give it, in column order. */
export type ValueGroup = { display: string; articleIds: string[]; sources: string[] };

export type Evidence = {
  articleId: string;
  start: number;
  end: number;
  /** Index of the sentence that holds the span, for links into the reader and the diff. */
  sentence: number | null;
  attribution?: string;
};

export type Cell = { articleId: string; status: CellStatus; display: string; evidence: Evidence[] };

export type Row = {
  id: string;
  kind: RowKind;
  label: string;
  /** Extra context shown under the label: stance and country, speaker, entity kind. */
  detail: string;
  status: RowStatus;
  /** For figure rows: each distinct value with the sources giving it ("6: A, B · 2: C"); else empty. */
  values: ValueGroup[];
  /** The range of reported numbers, e.g. "2–7", or an empty string. */
  spread: string;
  articles: number;
  independent: number;
  /** Position of the row's first evidence, for sorting by first appearance. */
  firstSeen: number;
  /**
   * The cells of the sources that mention the row, by article id; a source that does not is left out
   * (read it with `cellAt`): 5,000 articles × a few thousand rows of "not mentioned" cells took
   * seconds to build and to filter.
   */
  cells: Record<string, Cell>;
  /** For reaction rows: the ISO country, so the row can link to the map. */
  country?: string;
};

/** A row's cell for one article: the one it has, or "not mentioned". */
export function cellAt(row: Pick<Row, 'cells'>, articleId: string): Cell {
  return row.cells[articleId] ?? { articleId, status: 'absent', display: '', evidence: [] };
}

export type Column = {
  articleId: string;
  sourceName: string;
  /** Which of its source's articles this is, when the source has several (1 is the oldest). */
  nth?: number;
  date: string | null;
  title: string;
};

export type Matrix = { columns: Column[]; rows: Row[] };
