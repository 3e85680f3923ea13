import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { atlasId, markerPoint, needsMarker, type CountrySummary } from '../../core/reactions';
import type { Atlas, AtlasCountry } from './mapData';

export const MAP_WIDTH = 960;
const PAD = 6;

export type Shape = { key: string; d: string };

/** A reacting country as drawn: its shape if the atlas has one, a marker if it is small or missing. */
export type ReactingShape = { summary: CountrySummary; d: string | null; marker: [number, number] | null };

export type BaseLayout = {
  width: number;
  height: number;
  shapes: Shape[];
  pathFor: (feature: AtlasCountry) => string;
  project: (point: [number, number]) => [number, number] | null;
};

/** The projection and every country's outline; computed once per atlas. */
export function baseLayout(atlas: Atlas): BaseLayout {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: atlas.countries };
  // Fit the width, then make the height just what the land needs: no empty band where Antarctica was.
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH - 2 * PAD, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty - top + PAD]);
  const path = geoPath(projection);
  const pathFor = (feature: AtlasCountry) => path(feature) ?? '';
  return {
    width: MAP_WIDTH,
    height: Math.ceil(bottom - top + 2 * PAD),
    shapes: atlas.countries.map((c, i) => ({ key: `${String(c.id ?? 'none')}-${i}`, d: pathFor(c) })),
    pathFor,
    project: (point) => projection(point),
  };
}

/** The atlas shape for a country code, if the 110m atlas draws it. */
export function featureFor(atlas: Atlas, code: string): AtlasCountry | undefined {
  const id = atlasId(code);
  return id === undefined ? undefined : atlas.byId.get(id);
}

export function reactingShapes(
  atlas: Atlas,
  base: BaseLayout,
  summaries: readonly CountrySummary[],
  fallbackPoints: ReadonlyMap<string, [number, number]>,
): ReactingShape[] {
  return summaries.map((summary) => {
    const feature = featureFor(atlas, summary.code);
    const where = !needsMarker(feature) ? null : feature ? markerPoint(feature) : fallbackPoints.get(summary.code);
    return { summary, d: feature ? base.pathFor(feature) : null, marker: where ? base.project(where) : null };
  });
}
