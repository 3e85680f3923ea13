import { reactionSchema, stanceSchema, type Reaction, type Stance } from '../schema/corpus';

/** Stances in the order the legend and filters list them: the schema's own order. */
export const STANCES = stanceSchema.options;

export const STANCE_LABELS: Record<Stance, string> = {
  condemn: 'Condemn',
  support: 'Support',
  concern: 'Concern',
  call_for_calm: 'Call for calm',
  offer_help: 'Offer help',
  blame: 'Blame',
  other: 'Other',
};

/** The finer stance word as a reader sees it: "call_for_inquiry" → "call for inquiry". */
export function detailLabel(detail: string): string {
  return detail.replace(/_/g, ' ');
}

export type ActorKind = NonNullable<Reaction['actorKind']>;

/** Actor kinds the schema allows; a reaction without one counts as "other" so a filter can still reach it. */
export const ACTOR_KINDS = reactionSchema.shape.actorKind.unwrap().options;

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  government: 'Government',
  head_of_state: 'Head of state',
  official: 'Official',
  ministry: 'Ministry',
  party: 'Party',
  religious: 'Religious',
  organization: 'Organisation',
  other: 'Other or unstated',
};

export function actorKindOf(reaction: Reaction): ActorKind {
  return reaction.actorKind ?? 'other';
}

/** How the map colours a country: by what was said, or by how many articles report it. */
export const COLOR_MODES = ['stance', 'sources'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** A country whose reactions do not all share one stance. */
export type CountryStance = Stance | 'mixed';
