import { toCsv } from '../export/table';
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
];

/** The reactions the filters show, one per line; papaparse does the quoting. */
export function reactionsCsv(corpus: Corpus, rows: readonly ReactionRow[]): string {
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
  ]);
  // The same writer as the matrix export: RFC 4180, a BOM for spreadsheets, formula cells neutralised.
  return toCsv({ headers: HEADERS, rows: data });
}
