import type { MarkKind } from '../../core/reader/marks';

const LABELS: Record<MarkKind, string> = {
  entity: 'Entities',
  fact: 'Figures and dates',
  quote: 'Quotes',
  reaction: 'Reactions',
};

type Props = { counts: Record<MarkKind, number>; shown: ReadonlySet<MarkKind>; onToggle: (kind: MarkKind) => void };

export function MarkLegend({ counts, shown, onToggle }: Props) {
  const kinds = (Object.keys(LABELS) as MarkKind[]).filter((k) => counts[k] > 0);
  if (kinds.length === 0)
    return <p className="muted small">No entities, figures, quotes or reactions are marked in this article.</p>;
  return (
    <fieldset className="legend">
      <legend>Highlight</legend>
      {kinds.map((kind) => (
        <label key={kind} className={`legend-item hl-${kind}`}>
          <input type="checkbox" checked={shown.has(kind)} onChange={() => onToggle(kind)} /> {LABELS[kind]} (
          {counts[kind]})
        </label>
      ))}
    </fieldset>
  );
}
