export type RowKind = 'fact' | 'reaction' | 'quote' | 'entity';
export const ROW_KINDS: readonly RowKind[] = ['fact', 'reaction', 'quote', 'entity'];

/** What a cell says about its row: the text is always given too, so colour is never the only cue. */
export type CellStatus = 'agree' | 'compatible' | 'updated' | 'conflict' | 'single' | 'reported' | 'absent';

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
  status: 'conflict' | 'updated' | 'compatible' | 'agree' | 'single' | 'reported';
  /** The range of reported numbers, e.g. "2–7", or an empty string. */
  spread: string;
  articles: number;
  independent: number;
  /** Position of the row's first evidence, for sorting by first appearance. */
  firstSeen: number;
  cells: Record<string, Cell>;
  /** For reaction rows: the ISO country, so the row can link to the map. */
  country?: string;
};

export type Column = { articleId: string; sourceName: string; date: string | null; title: string };

export type Matrix = { columns: Column[]; rows: Row[] };
