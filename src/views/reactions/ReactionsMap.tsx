import { Suspense, use, useMemo, type Ref } from 'react';
import { summaryLine, type ColorMode, type CountBin, type CountrySummary } from '../../core/reactions';
import { CountryShape } from './CountryShape';
import { loadAtlas, loadFallbackPoints, type Atlas } from './mapData';
import { baseLayout, featureFor, reactingShapes } from './mapLayout';
import { MIXED_PATTERN_ID, NO_REACTION_FILL, fillFor } from './palette';

export type MapProps = {
  summaries: readonly CountrySummary[];
  mode: ColorMode;
  bins: readonly CountBin[];
  selected: string | null;
  hovered: string | null;
  onSelect: (code: string) => void;
  onHover: (code: string | null) => void;
  svgRef: Ref<SVGSVGElement>;
};

const NO_POINTS: ReadonlyMap<string, [number, number]> = new Map();

/** Small states the 110m atlas leaves out need reference points from a second, lazily loaded table. */
function useFallbackPoints(atlas: Atlas, summaries: readonly CountrySummary[]) {
  const missing = summaries.some((s) => featureFor(atlas, s.code) === undefined);
  return missing ? use(loadFallbackPoints()) : NO_POINTS;
}

function MapCanvas({ summaries, mode, bins, selected, hovered, onSelect, onHover, svgRef }: MapProps) {
  const atlas = use(loadAtlas());
  const base = useMemo(() => baseLayout(atlas), [atlas]);
  const fallback = useFallbackPoints(atlas, summaries);
  const shapes = reactingShapes(atlas, base, summaries, fallback);
  // The selected country is drawn last so its heavier outline is not covered by its neighbours.
  const ordered = [...shapes].sort((a, b) => Number(a.summary.code === selected) - Number(b.summary.code === selected));
  const current = summaries.find((s) => s.code === hovered);
  return (
    <>
      <svg
        ref={svgRef}
        className="rx-map"
        viewBox={`0 0 ${base.width} ${base.height}`}
        role="group"
        aria-label={`World map of reactions: ${summaries.length} countries reacted. Use the table below for the same data as a list.`}
      >
        <defs>
          <pattern
            id={MIXED_PATTERN_ID}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#FFFFFF" />
            <rect width="1.6" height="6" fill="#1B1F24" />
          </pattern>
        </defs>
        <rect width={base.width} height={base.height} fill="#F7FAFC" />
        <g aria-hidden="true">
          {base.shapes.map((s) => (
            <path key={s.key} d={s.d} fill={NO_REACTION_FILL} stroke="#FFFFFF" strokeWidth={0.5} />
          ))}
        </g>
        <g>
          {ordered.map((shape) => (
            <CountryShape
              key={shape.summary.code}
              shape={shape}
              fill={fillFor(shape.summary, mode, bins)}
              selected={shape.summary.code === selected}
              onSelect={onSelect}
              onHover={onHover}
            />
          ))}
        </g>
      </svg>
      <p className="rx-tooltip" data-testid="map-tooltip">
        {current ? (
          <>
            <strong>{current.name}</strong>: {summaryLine(current)}
          </>
        ) : (
          <span className="muted">Point at or tab to a coloured country for a summary; select it for the details.</span>
        )}
      </p>
    </>
  );
}

/** The choropleth; the atlas arrives as a separate chunk, so the rest of the view does not wait for it. */
export function ReactionsMap(props: MapProps) {
  return (
    <Suspense
      fallback={
        <p role="status" className="rx-map-loading muted">
          Loading the map…
        </p>
      }
    >
      <MapCanvas {...props} />
    </Suspense>
  );
}
