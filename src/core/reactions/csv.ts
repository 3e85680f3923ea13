import { toCsv, type Table } from '../export/table';
import { REVIEW_HEADERS, reviewColumns, type ReviewForTable } from '../review/tableColumns';
import type { Corpus } from '../schema/corpus';
import { reactionQuote } from './evidence';
import type { ReactionRow } from './rows';
import { ACTOR_KIND_LABELS } from './stances';

const HEADERS = [
  'Country code',
  'Country',
  'Actor',
  'Actor kind',
  'Stance',
  'Stance detail',
  'Target',
  'Organisation',
  'Articles',
  'Independent',
  'Sources',
  'Article ids',
  'Quote',
  ...REVIEW_HEADERS,
];

/**
 * The reactions the filters show, one per line, as the review leaves them (the rows carry the
 * corrected country and stance), with the review's verdict, note, reviewer and corrections beside
 * each, the corrections naming what the pipeline read: what the CSV, JSON and copied table hold.
 */
export function reactionsTable(corpus: Corpus, rows: readonly ReactionRow[], review?: ReviewForTable): Table {
  const sourceOf = (articleId: string) => {
    const sourceId = corpus.articles.find((a) => a.id === articleId)?.sourceId;
    return corpus.sources.find((s) => s.id === sourceId)?.name ?? sourceId ?? articleId;
  };
  const data = rows.map((row) => [
    row.code ?? '',
    row.country,
    row.actor,
    ACTOR_KIND_LABELS[row.actorKind],
    row.stance,
    row.stanceDetail ?? '',
    row.target ?? '',
    row.organization ?? '',
    String(row.articleIds.length),
    row.independent === undefined ? '' : String(row.independent),
    [...new Set(row.articleIds.map(sourceOf))].join('; '),
    row.articleIds.join('; '),
    reactionQuote(row.reaction) ?? '',
    ...reviewColumns(review, row.reaction.id),
  ]);
  return { headers: HEADERS, rows: data };
}

/** The table as CSV: the same writer as the matrix export (RFC 4180, a BOM, formula cells neutralised). */
export function reactionsCsv(corpus: Corpus, rows: readonly ReactionRow[], review?: ReviewForTable): string {
  return toCsv(reactionsTable(corpus, rows, review));
}
