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
 * "This is the same as…": merges the row's entity into another. The matrix keeps both rows and
 * says which was merged where; `parallax review apply` writes the merged corpus.
 */
export function EntityMerge({ row, entities, corrections, onDecide }: Props) {
  const others = entities.filter((e) => e.id !== row.id).sort((a, b) => a.name.localeCompare(b.name));
  const [into, setInto] = useState(others[0]?.id ?? '');
  const merged = corrections.find((c) => c.rowId === row.id && c.field === 'merged into');
  const target: ReviewTarget = { kind: 'entity', entityId: row.id };
  if (merged)
    return (
      <p className="small">
        Merged into <strong>{merged.to}</strong>.{' '}
        <button type="button" onClick={() => onDecide(target, { kind: 'undo', decisionId: merged.decisionId })}>
          Undo merge
        </button>
      </p>
    );
  if (others.length === 0) return null;
  return (
    <div className="review-merge">
      <label className="mfield">
        Same entity as
        <select value={into} onChange={(e) => setInto(e.target.value)}>
          {others.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} ({e.kind})
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onDecide(target, { kind: 'merge-entity', into })}>
        Merge
      </button>
    </div>
  );
}
