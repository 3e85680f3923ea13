import type { Corpus } from '../schema/corpus';
import type { Column } from './types';

/** One column per article, oldest first; undated articles last, then by id. */
export function matrixColumns(corpus: Corpus): Column[] {
  const sources = new Map(corpus.sources.map((s) => [s.id, s.name]));
  return [...corpus.articles]
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === null) return 1;
        if (b.date === null) return -1;
        return a.date < b.date ? -1 : 1;
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((a) => ({ articleId: a.id, sourceName: sources.get(a.sourceId) ?? a.sourceId, date: a.date, title: a.title }));
}
