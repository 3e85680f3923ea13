import { describe, expect, it } from 'vitest';
import type { Fact } from '../schema/corpus';
import { applyReview } from './apply';
import { cellKey } from './decisions';
import { figureMoveLine, figureMoves } from './figureMoves';
import type { ReviewDecision } from './schema';
import { reviewTestCorpus } from './testCorpus';

const move = (id: string, minute: number, rowId: string, to: string | null) =>
  ({
    id,
    time: `2030-03-05T10:${String(minute).padStart(2, '0')}:00.000Z`,
    target: { kind: 'cell', rowId, articleId: 'a3' },
    action: { kind: 'move-figure', to },
  }) as ReviewDecision;

/** The made-up corpus with a third count row, and both ends of the review's moves. */
function moves(decisions: ReviewDecision[]) {
  const corpus = reviewTestCorpus();
  const rescued: Fact = {
    id: 'count-rescued',
    label: 'people rescued',
    kind: 'quantity',
    status: 'single',
    values: [],
  };
  corpus.facts.push(rescued);
  const ends = figureMoves(applyReview(corpus, { decisions }).corrections, corpus.facts);
  return (rowId: string) => {
    const end = ends.get(cellKey(rowId, 'a3'));
    return end ? figureMoveLine(end) : undefined;
  };
}

describe('figureMoves', () => {
  it('says on the row a figure left where it went, and on the row that gained it where it came from', () => {
    const line = moves([move('m', 1, 'count-boats-sank', 'count-rescued')]);
    expect(line('count-boats-sank')).toBe('moved to people rescued');
    expect(line('count-rescued')).toBe('moved here from boats sank');
    expect(line('count-crew')).toBeUndefined();
  });

  it('says a figure taken out of every row went nowhere, and forgets an undone move', () => {
    expect(moves([move('m', 1, 'count-boats-sank', null)])('count-boats-sank')).toBe('moved out of every row');
    const undone = moves([
      move('m', 1, 'count-boats-sank', 'count-rescued'),
      { ...move('u', 2, 'count-boats-sank', null), action: { kind: 'undo', decisionId: 'm' } },
    ]);
    expect(undone('count-boats-sank')).toBeUndefined();
  });
});
