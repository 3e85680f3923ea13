import { geoArea, geoCentroid } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';

const EARTH_KM2 = 510_072_000;

/**
 * Below about 20,000 km² a country is a few pixels or less on a world map at 110m detail,
 * too small to see or hit; such countries also get a circle marker.
 */
export const MARKER_AREA_KM2 = 20_000;

export function areaKm2(feature: GeoPermissibleObjects): number {
  return (geoArea(feature) / (4 * Math.PI)) * EARTH_KM2;
}

export function needsMarker(feature: GeoPermissibleObjects | undefined): boolean {
  return feature === undefined || areaKm2(feature) < MARKER_AREA_KM2;
}

/** Where to put a marker for a country drawn on the map: the centroid of its shape, as [lon, lat]. */
export function markerPoint(feature: GeoPermissibleObjects): [number, number] {
  return geoCentroid(feature);
}

/** A country's reference point as listed by a country data set (latitude first) turned into [lon, lat]. */
export type LatLngEntry = { cca2: string; latlng: readonly number[] };

export function pointsFromLatLng(entries: readonly LatLngEntry[]): Map<string, [number, number]> {
  const points = new Map<string, [number, number]>();
  for (const { cca2, latlng } of entries) {
    const [lat, lon] = latlng;
    if (lat !== undefined && lon !== undefined) points.set(cca2, [lon, lat]);
  }
  return points;
}
