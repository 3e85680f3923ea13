import type { Corpus } from '../schema/corpus';
import { cellAt, STATUS_TEXT, type Column, type Row } from '../matrix';
import { REVIEW_HEADERS, reviewColumns, type ReviewForTable } from '../review/tableColumns';
import type { Table } from './table';

/**
 * Exactly what the matrix shows, one line per visible cell, with provenance: the article, the
 * sentence, the offsets and the attribution behind each value; and the analyst's verdict, note and
 * corrections where a review is given.
 */
export function matrixTable(
  corpus: Corpus,
  rows: readonly Row[],
  columns: readonly Column[],
  review?: ReviewForTable,
): Table {
  const headers = [
    'row',
    'kind',
    'detail',
    'row status',
    'spread',
    'articles',
    'independent',
    'source',
    'article',
    'date',
    'cell status',
    'value',
    'sentence',
    'start',
    'end',
    'evidence',
    'attribution',
    ...REVIEW_HEADERS,
  ];
  const out: string[][] = [];
  for (const row of rows) {
    for (const column of columns) {
      const cell = cellAt(row, column.articleId);
      const evidence = cell.evidence[0];
      const article = corpus.articles.find((a) => a.id === column.articleId);
      const sentence =
        evidence?.sentence !== null && evidence?.sentence !== undefined
          ? article?.sentences[evidence.sentence]
          : undefined;
      out.push([
        row.label,
        row.kind,
        row.detail,
        row.status,
        row.spread,
        String(row.articles),
        String(row.independent),
        column.sourceName,
        column.articleId,
        column.date ?? '',
        STATUS_TEXT[cell.status],
        cell.display,
        evidence?.sentence !== null && evidence?.sentence !== undefined ? String(evidence.sentence) : '',
        evidence ? String(evidence.start) : '',
        evidence ? String(evidence.end) : '',
        sentence && article ? article.text.slice(sentence.start, sentence.end) : '',
        evidence?.attribution ?? '',
        ...reviewColumns(review, row.id, column.articleId),
      ]);
    }
  }
  return { headers, rows: out };
}
