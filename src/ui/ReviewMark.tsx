import type { Verdict } from '../core/review/schema';

/** The review's word beside a finding (matrix cell or row, reaction): struck-through text alone would not say why. */
export function ReviewMark({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`mreview-mark mreview-mark-${verdict}`}>
      {verdict === 'verified' ? (
        <>
          <span aria-hidden="true">☑ </span>verified
        </>
      ) : (
        'dismissed'
      )}
    </span>
  );
}
