import Papa from 'papaparse';
import type { Corpus } from '../schema/corpus';
import { reactionQuote } from './evidence';
import type { ReactionRow } from './rows';
import { ACTOR_KIND_LABELS } from './stances';

/**
 * A spreadsheet runs a cell starting with = + - @, a tab or a carriage return as a formula;
 * an apostrophe in front keeps it text (the OWASP advice against CSV injection).
 */
export function neutraliseCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const HEADERS = [
  'Country code',
  'Country',
  'Actor',
  'Actor kind',
  'Stance',
  'Articles',
  'Independent',
  'Sources',
  'Article ids',
  'Quote',
];

/** The reactions the filters show, one per line; papaparse does the quoting. */
export function reactionsCsv(corpus: Corpus, rows: readonly ReactionRow[]): string {
  const sourceOf = (articleId: string) => {
    const sourceId = corpus.articles.find((a) => a.id === articleId)?.sourceId;
    return corpus.sources.find((s) => s.id === sourceId)?.name ?? sourceId ?? articleId;
  };
  const data = rows.map((row) => [
    row.code,
    row.country,
    row.actor,
    ACTOR_KIND_LABELS[row.actorKind],
    row.stance,
    String(row.articleIds.length),
    row.independent === undefined ? '' : String(row.independent),
    [...new Set(row.articleIds.map(sourceOf))].join('; '),
    row.articleIds.join('; '),
    reactionQuote(row.reaction) ?? '',
  ]);
  return `${Papa.unparse(
    { fields: HEADERS, data: data.map((cells) => cells.map(neutraliseCell)) },
    { newline: '\r\n' },
  )}\r\n`;
}
