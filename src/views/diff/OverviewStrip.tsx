import type { ShownRow } from './rowSummary';

/** A minimap of the whole comparison: one mark per row, coloured and labelled by what it is. */
export function OverviewStrip({ rows, onJump }: { rows: readonly ShownRow[]; onJump: (index: number) => void }) {
  return (
    <nav className="diff-strip" aria-label="Overview of the comparison">
      <ol>
        {rows.map((r, i) => (
          <li key={i}>
            <button
              type="button"
              className={`strip-mark tone-${r.tone}`}
              aria-label={`Row ${i + 1}: ${r.label}`}
              title={`Row ${i + 1}: ${r.label}`}
              onClick={() => onJump(i)}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}
