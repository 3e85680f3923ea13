import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { pointsFromLatLng } from '../../core/reactions';

export type AtlasCountry = Feature<Geometry, { name: string }>;
/** Every shape to draw, and the shapes that carry an ISO numeric id, by that id. */
export type Atlas = { countries: AtlasCountry[]; byId: ReadonlyMap<string, AtlasCountry> };

/** No actor speaks for Antarctica, and leaving it out gives the inhabited world more room. */
const LEFT_OUT = new Set(['010']);

let atlas: Promise<Atlas> | undefined;
let points: Promise<ReadonlyMap<string, [number, number]>> | undefined;

/** The 110m world atlas, bundled as its own chunk and loaded only when the map is first drawn. */
export function loadAtlas(): Promise<Atlas> {
  atlas ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(
    ([topo, { feature }]) => {
      const topology = topo.default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
      const countries = collection.features.filter((f) => !LEFT_OUT.has(String(f.id)));
      const byId = new Map<string, AtlasCountry>();
      for (const c of countries) if (typeof c.id === 'string') byId.set(c.id, c);
      return { countries, byId };
    },
  );
  return atlas;
}

/** Reference points for countries the 110m atlas leaves out (small states); loaded only when one reacts. */
export function loadFallbackPoints(): Promise<ReadonlyMap<string, [number, number]>> {
  points ??= import('world-countries').then((m) => pointsFromLatLng(m.default));
  return points;
}
