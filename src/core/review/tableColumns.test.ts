import { describe, expect, it } from 'vitest';
import { matrixTable } from '../export/matrixTable';
import { buildMatrix, visibleRows } from '../matrix';
import { applyReview } from './apply';
import { findingReviews, rowVerdicts } from './decisions';
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
});
