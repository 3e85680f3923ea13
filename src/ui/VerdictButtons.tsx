import type { FindingReview } from '../core/review/decisions';
import type { Verdict } from '../core/review/schema';

type Props = {
  /** What the buttons judge, for their accessible names ("Dismiss Germany's reaction"). */
  subject: string;
  state: FindingReview | undefined;
  onVerdict: (verdict: Verdict) => void;
  onUndo: (decisionId: string) => void;
};

/** Verified, Dismiss and Undo for one finding, in any view that lists findings. */
export function VerdictButtons({ subject, state, onVerdict, onUndo }: Props) {
  const verdict = state?.verdict;
  return (
    <span className="review-buttons" role="group" aria-label={`Review of ${subject}`}>
      <button type="button" aria-pressed={verdict?.verdict === 'verified'} onClick={() => onVerdict('verified')}>
        Verified
      </button>
      <button type="button" aria-pressed={verdict?.verdict === 'dismissed'} onClick={() => onVerdict('dismissed')}>
        Dismiss
      </button>
      <button type="button" disabled={!verdict} onClick={() => verdict && onUndo(verdict.decision.id)}>
        Undo
      </button>
      {verdict && <span className={`mreview-mark mreview-mark-${verdict.verdict}`}>{verdict.verdict}</span>}
    </span>
  );
}
