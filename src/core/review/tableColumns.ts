import type { Correction } from './corrections';
import { cellKey, type FindingReview } from './decisions';
import type { Review } from './schema';

/** What the matrix export needs from a review: standing verdicts and notes, and the corrections made. */
export type ReviewForTable = {
  review: Pick<Review, 'author'>;
  states: ReadonlyMap<string, FindingReview>;
  corrections: readonly Correction[];
};

export const REVIEW_HEADERS = ['verdict', 'note', 'reviewer', 'corrected'] as const;

/**
 * The review's four columns for one cell of the matrix, or for a whole finding (a reaction's line)
 * with no article: a cell's own verdict or note wins over its row's; "corrected" lists each change
 * with the value it replaced ("status: agree (was conflict)"), and a moved figure says so in both
 * the row it left and the row it joined.
 */
export function reviewColumns(review: ReviewForTable | undefined, rowId: string, articleId?: string): string[] {
  if (!review) return ['', '', '', ''];
  const cell = articleId === undefined ? undefined : review.states.get(cellKey(rowId, articleId));
  const row = review.states.get(rowId);
  const verdict = cell?.verdict ?? row?.verdict;
  const note = cell?.note ?? row?.note;
  const decision = verdict?.decision ?? note?.decision;
  const corrected = review.corrections
    .filter(
      (c) =>
        (c.rowId === rowId && (c.articleId === undefined || c.articleId === articleId)) ||
        (c.field === 'moved to' && c.to === rowId && c.articleId !== undefined && c.articleId === articleId),
    )
    .map((c) => `${c.field}: ${c.to ?? 'removed'} (was ${c.from ?? 'nothing'})`)
    .join('; ');
  return [
    verdict?.verdict ?? '',
    note?.text ?? '',
    decision ? (decision.author ?? review.review.author) : '',
    corrected,
  ];
}
