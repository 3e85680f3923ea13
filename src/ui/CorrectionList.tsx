import type { Correction } from '../core/review/corrections';

type Props = {
  corrections: readonly Correction[];
  /** A field's name and values as a reader says them ("Stance", "Concern"). */
  field: (field: string) => string;
  value: (field: string, value: string | null) => string;
  /** What was corrected, for the Undo buttons' accessible names ("Germany's reaction"). */
  subject: string;
  onUndo: (decisionId: string) => void;
};

/**
 * What the review corrected on one finding, each with the value it replaced and an Undo for the
 * decision that made it (one decision may change several fields: they are undone together).
 */
export function CorrectionList({ corrections, field, value, subject, onUndo }: Props) {
  const byDecision = new Map<string, Correction[]>();
  for (const c of corrections) byDecision.set(c.decisionId, [...(byDecision.get(c.decisionId) ?? []), c]);
  if (byDecision.size === 0) return null;
  return (
    <ul className="review-corrections small">
      {[...byDecision].map(([decisionId, changes]) => (
        <li key={decisionId}>
          <span className="review-corrected-word">Corrected</span>{' '}
          {changes.map((c, i) => (
            <span key={`${c.field}-${i}`}>
              {i > 0 && '; '}
              {field(c.field)}: <ins>{value(c.field, c.to)}</ins> (was <del>{value(c.field, c.from)}</del>)
            </span>
          ))}{' '}
          <button type="button" aria-label={`Undo the correction of ${subject}`} onClick={() => onUndo(decisionId)}>
            Undo
          </button>
        </li>
      ))}
    </ul>
  );
}
