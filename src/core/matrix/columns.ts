import type { Corpus } from '../schema/corpus';
import { cutText } from '../text/cutText';
import type { Column } from './types';

/**
 * One column per article, oldest first; undated articles last, then by id. A source with several
 * articles numbers each (`nth`, shown as "BBC News (2)"), so that a row's values ("150: BBC News
 * (1) · 600: BBC News (2)") and the headers say which article gave what.
 */
export function matrixColumns(corpus: Corpus): Column[] {
  const sources = new Map(corpus.sources.map((s) => [s.id, s.name]));
  const articlesOf = new Map<string, number>();
  for (const a of corpus.articles) articlesOf.set(a.sourceId, (articlesOf.get(a.sourceId) ?? 0) + 1);
  const seen = new Map<string, number>();
  const nthOf = (sourceId: string): { nth?: number } => {
    if ((articlesOf.get(sourceId) ?? 0) < 2) return {};
    const nth = (seen.get(sourceId) ?? 0) + 1;
    seen.set(sourceId, nth);
    return { nth };
  };
  return [...corpus.articles]
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === null) return 1;
        if (b.date === null) return -1;
        return a.date < b.date ? -1 : 1;
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((a) => ({
      articleId: a.id,
      sourceName: sources.get(a.sourceId) ?? a.sourceId,
      ...nthOf(a.sourceId),
      date: a.date,
      title: a.title,
    }));
}

/** The column's source as a row names it: the name cut for display, and its number when the source has several. */
export function columnLabel(column: Pick<Column, 'sourceName' | 'nth'>): string {
  const name = cutText(column.sourceName);
  return column.nth === undefined ? name : `${name} (${column.nth})`;
}
