import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CountrySummary } from './summary';

/** What the review changed in one reaction, in words ("stance: condemn, was support"). */
export type ReviewLines = (reactionId: string) => readonly string[];

export type ReactionProperties = {
  code: string;
  name: string;
  /** The stance that colours the country: one stance, or "mixed". */
  colour: string;
  stances: string[];
  actors: string[];
  /** Ids of the articles that report the country's reactions. */
  articles: string[];
  /** What a review corrected in the country's reactions, each with what the pipeline read. */
  corrected: string[];
};

/**
 * One feature per reacting country, with the atlas shape where the atlas has one.
 * A country the atlas lacks keeps its feature (geometry from `geometryFor`, or null) so none is dropped.
 */
export function reactionsGeoJson(
  summaries: readonly CountrySummary[],
  geometryFor: (code: string) => Geometry | null,
  reviewLines: ReviewLines = () => [],
): FeatureCollection<Geometry | null, ReactionProperties> {
  const features: Feature<Geometry | null, ReactionProperties>[] = summaries.map((s) => ({
    type: 'Feature',
    id: s.code,
    geometry: geometryFor(s.code),
    properties: {
      code: s.code,
      name: s.name,
      colour: s.stance,
      stances: [...s.stances],
      actors: [...s.actors],
      articles: [...s.articleIds],
      corrected: s.reactions.flatMap((r) => reviewLines(r.id).map((line) => `${r.actor}: ${line}`)),
    },
  }));
  return { type: 'FeatureCollection', features };
}
