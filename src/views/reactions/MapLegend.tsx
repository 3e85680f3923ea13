import { plural } from '../../core/reactions';
import type { LegendEntry } from './palette';
import { Swatch } from './Swatch';

/** The key to the map's fills, every colour named in words, with how many countries have it. */
export function MapLegend({ entries, title }: { entries: readonly LegendEntry[]; title: string }) {
  return (
    <div className="rx-legend">
      <span className="rx-legend-title" id="rx-legend-title">
        {title}:
      </span>
      <ul aria-labelledby="rx-legend-title">
        {entries.map((e) => (
          <li key={e.key}>
            <Swatch fill={e.fill} />
            {e.label}
            {e.key !== 'none' && <span className="muted small"> ({plural(e.countries, 'country', 'countries')})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
