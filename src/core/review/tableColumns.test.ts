import { describe, expect, it } from 'vitest';
import { matrixTable } from '../export/matrixTable';
import { toJson, toTsv } from '../export/table';
import { buildMatrix, visibleRows } from '../matrix';
import { applyReview } from './apply';
import { findingReviews, rowVerdicts } from './decisions';
import { reviewColumns } from './tableColumns';
import type { Review } from './schema';
import { reviewTestCorpus } from './testCorpus';

const review: Review = {
  schemaVersion: '1.0.0',
  corpus: { id: 'boats', hash: 'sha256:test' },
  author: 'Kim',
  decisions: [
    {
      id: 'a',
      time: '2030-03-05T10:00:00Z',
      target: { kind: 'cell', rowId: 'count-boats-sank', articleId: 'a3' },
      action: { kind: 'verdict', verdict: 'dismissed' },
    },
    {
      id: 'b',
      time: '2030-03-05T10:01:00Z',
      author: 'Lou',
      target: { kind: 'cell', rowId: 'count-boats-sank', articleId: 'a3' },
      action: { kind: 'note', text: 'a different day' },
    },
    {
      id: 'c',
      time: '2030-03-05T10:02:00Z',
      target: { kind: 'row', rowId: 'count-crew' },
      action: { kind: 'verdict', verdict: 'verified' },
    },
  ],
};

describe('the review in the matrix and its export', () => {
  const corpus = reviewTestCorpus();
  const matrix = buildMatrix(corpus);
  const states = findingReviews(review);
  const verdicts = rowVerdicts(states);
  const query = { kinds: [], search: '', sort: 'first' } as const;

  it('filters rows by the verdicts on them or their cells', () => {
    const ids = (status: 'dismissed' | 'verified' | 'unreviewed') =>
      visibleRows(matrix, { ...query, status }, matrix.columns, verdicts).map((r) => r.id);
    expect(ids('dismissed')).toEqual(['count-boats-sank']);
    expect(ids('verified')).toEqual(['count-crew']);
    expect(ids('unreviewed')).not.toContain('count-boats-sank');
    expect(ids('unreviewed')).toContain('person-dana-ruiz');
  });

  it('adds verdict, note, reviewer and what was corrected to each exported cell', () => {
    const { corrections } = applyReview(corpus, review);
    const table = matrixTable(corpus, matrix.rows, matrix.columns, { review, states, corrections });
    expect(table.headers.slice(-4)).toEqual(['verdict', 'note', 'reviewer', 'corrected']);
    const line = (row: string, article: string) => table.rows.find((r) => r[0] === row && r[8] === article)!.slice(-4);
    expect(line('boats sank', 'a3')).toEqual([
      'dismissed',
      'a different day',
      'Kim',
      'dismissed: removed (was 9); status: agree (was conflict)',
    ]);
    expect(line('boats sank', 'a1')).toEqual(['', '', '', 'status: agree (was conflict)']);
    expect(line('crew', 'a3')).toEqual(['verified', '', 'Kim', '']);
  });

  it('carries the same columns into the JSON and the copied table', () => {
    const { corrections } = applyReview(corpus, review);
    const table = matrixTable(corpus, matrix.rows, matrix.columns, { review, states, corrections });
    const json = JSON.parse(toJson(table)) as Record<string, string>[];
    expect(json.find((r) => r.row === 'boats sank' && r.article === 'a3')).toMatchObject({
      verdict: 'dismissed',
      note: 'a different day',
      reviewer: 'Kim',
    });
    const tsv = toTsv(table).split('\n');
    expect(tsv[0]!.split('\t').slice(-4)).toEqual(['verdict', 'note', 'reviewer', 'corrected']);
    expect(
      tsv
        .find((l) => l.startsWith('crew\t') && l.includes('\ta3\t'))!
        .split('\t')
        .slice(-4),
    ).toEqual(['verified', '', 'Kim', '']);
  });

  it('says a moved figure in the cell it left and in the cell it joined', () => {
    const move: Review = {
      ...review,
      decisions: [
        {
          id: 'm',
          time: '2030-03-05T10:00:00Z',
          target: { kind: 'cell', rowId: 'count-boats-sank', articleId: 'a3' },
          action: { kind: 'move-figure', to: 'count-crew' },
        },
      ],
    };
    const { corrections } = applyReview(corpus, move);
    const moved = findingReviews(move);
    const columns = (rowId: string, articleId: string) =>
      reviewColumns({ review: move, states: moved, corrections }, rowId, articleId)[3];
    expect(columns('count-boats-sank', 'a3')).toContain('moved to: count-crew (was count-boats-sank)');
    expect(columns('count-crew', 'a3')).toBe('moved to: count-crew (was count-boats-sank)');
    expect(columns('count-crew', 'a1')).toBe('');
  });
});
