import { useState } from 'react';
import type { Row } from '../../core/matrix';
import type { Correction } from '../../core/review/corrections';
import type { ReviewAction, ReviewTarget } from '../../core/review/schema';
import type { Entity } from '../../core/schema/corpus';

type Props = {
  row: Row;
  entities: readonly Entity[];
  corrections: readonly Correction[];
  onDecide: (target: ReviewTarget, action: ReviewAction) => void;
};

/**
 * "This spelling is someone else": splits one of the entity's spellings off into an entity of its
 * own, with the mentions written that way. The matrix says so beside the row; `parallax review
 * apply` writes the split corpus.
 */
export function EntitySplit({ row, entities, corrections, onDecide }: Props) {
  const variants = entities.find((e) => e.id === row.id)?.variants ?? [];
  const [variant, setVariant] = useState(variants[1] ?? variants[0] ?? '');
  const target: ReviewTarget = { kind: 'entity', entityId: row.id };
  const splits = corrections.filter((c) => c.rowId === row.id && c.field === 'split off');
  return (
    <>
      {splits.map((split) => (
        <p key={split.decisionId} className="small">
          Split off <strong>{split.to}</strong>.{' '}
          <button type="button" onClick={() => onDecide(target, { kind: 'undo', decisionId: split.decisionId })}>
            Undo split
          </button>
        </p>
      ))}
      {variants.length > 1 && (
        <div className="review-merge">
          <label className="mfield">
            Another entity is written
            <select value={variant} onChange={(e) => setVariant(e.target.value)}>
              {variants.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => onDecide(target, { kind: 'split-variant', variant })}>
            Split off
          </button>
        </div>
      )}
    </>
  );
}
