import { useId, useState } from 'react';
import type { Correction } from '../../core/review/corrections';
import type { ReviewAction, ReviewTarget } from '../../core/review/schema';
import type { Fact } from '../../core/schema/corpus';
import { CorrectionList } from '../../ui/CorrectionList';

type Props = {
  rowId: string;
  articleId: string;
  sourceName: string;
  /** Every figure row of the corpus: the others of the same kind are where the value may go. */
  facts: readonly Fact[];
  /** The review's moves of this source's value out of this row. */
  corrections: readonly Correction[];
  /** This source gives a value in this row (once it is moved out, only the Undo is left). */
  hasValue: boolean;
  onDecide: (target: ReviewTarget, action: ReviewAction) => void;
};

/** The choice that takes the value out of every row. */
const NO_ROW = '';
const NO_ROW_WORD = '(no row)';

/**
 * "This number is not this figure": moves one source's value to another figure row, or out of
 * every row. The matrix draws the move and judges both rows again; `parallax review apply` writes it.
 */
export function FigureMove({ rowId, articleId, sourceName, facts, corrections, hasValue, onDecide }: Props) {
  const id = useId();
  const row = facts.find((f) => f.id === rowId);
  const others = facts.filter((f) => f.id !== rowId && f.kind === row?.kind);
  const [to, setTo] = useState(NO_ROW);
  const target: ReviewTarget = { kind: 'cell', rowId, articleId };
  const label = (factId: string | null) =>
    factId === null || factId === NO_ROW_WORD ? 'no row' : (facts.find((f) => f.id === factId)?.label ?? factId);
  return (
    <div className="review-correct">
      <CorrectionList
        corrections={corrections}
        field={() => 'Row'}
        value={(_, v) => label(v)}
        subject={`the move of ${sourceName}'s figure`}
        onUndo={(decisionId) => onDecide(target, { kind: 'undo', decisionId })}
      />
      {hasValue && (
        <form
          className="review-correct-form"
          aria-label={`Move ${sourceName}'s figure`}
          onSubmit={(e) => {
            e.preventDefault();
            onDecide(target, { kind: 'move-figure', to: to === NO_ROW ? null : to });
          }}
        >
          <div className="mfield">
            <label htmlFor={`${id}-to`}>This source's figure belongs to</label>
            <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={NO_ROW}>No row (it is not this kind of figure)</option>
              {others.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Move figure</button>
        </form>
      )}
    </div>
  );
}
