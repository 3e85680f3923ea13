import type { Reaction, Stance } from '../schema/corpus';
import type { Correction } from './corrections';
import type { FindingReview } from './decisions';
import type { Verdict } from './schema';

/** A reaction field a review can correct. */
export type ReactionField = 'country' | 'actor' | 'stance';
const FIELDS: readonly ReactionField[] = ['country', 'actor', 'stance'];

/** One field as the review leaves it, beside what the pipeline read. */
export type ReactionChange = { field: ReactionField; from: string | null; to: string | null };

/** What the review says about one reaction: the pipeline's reading, the fields it changed, its verdict. */
export type ReactionReview = { original: Reaction; changes: ReactionChange[]; verdict?: Verdict; note?: string };

export type ReviewedReactions = {
  /** Every reaction with its corrected country, actor and stance; dismissed ones stay, for the views to strike through. */
  reactions: Reaction[];
  /** By reaction id, only for reactions the review says something about. */
  reviews: ReadonlyMap<string, ReactionReview>;
};

/**
 * The reactions as a review corrects them, so the map, the table and the exports colour and count a
 * reaction by the country and stance the analyst gave it. Each change is said against the pipeline's
 * reading, however many edits led to it (support → condemn → blame reads "blame, was support"), and
 * a field edited back to what the pipeline read is no change. A reaction the review leaves alone is
 * the very object it was.
 */
export function reviewedReactions(
  reactions: readonly Reaction[],
  corrections: readonly Correction[],
  states: ReadonlyMap<string, FindingReview>,
): ReviewedReactions {
  // The latest value of each field, by reaction: corrections come in the order they were made.
  const latest = new Map<string, Map<ReactionField, string | null>>();
  for (const c of corrections) {
    if (c.articleId !== undefined || !(FIELDS as readonly string[]).includes(c.field)) continue;
    const fields = latest.get(c.rowId) ?? new Map<ReactionField, string | null>();
    fields.set(c.field as ReactionField, c.to);
    latest.set(c.rowId, fields);
  }
  const reviews = new Map<string, ReactionReview>();
  const out = reactions.map((original) => {
    const changes: ReactionChange[] = [];
    for (const [field, to] of latest.get(original.id) ?? []) {
      const from = original[field];
      if (to !== from && (to !== null || field === 'country')) changes.push({ field, from, to });
    }
    const state = states.get(original.id);
    if (changes.length === 0 && !state?.verdict && !state?.note) return original;
    reviews.set(original.id, {
      original,
      changes: FIELDS.flatMap((f) => changes.filter((c) => c.field === f)),
      ...(state?.verdict ? { verdict: state.verdict.verdict } : {}),
      ...(state?.note ? { note: state.note.text } : {}),
    });
    if (changes.length === 0) return original;
    const reaction: Reaction = { ...original };
    for (const { field, to } of changes) {
      if (field === 'country') reaction.country = to;
      else if (field === 'actor') reaction.actor = to!;
      else {
        reaction.stance = to as Stance;
        delete reaction.stanceDetail; // the finer word belonged to the old stance
      }
    }
    return reaction;
  });
  return { reactions: out, reviews };
}

/** What the reactions' review filter offers: empty means every reaction. */
export const REVIEW_STATES = ['verified', 'dismissed', 'unreviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The reactions whose standing verdict is one of `wanted` ("unreviewed": no verdict). */
export function filterByReview<T extends { id: string }>(
  reactions: readonly T[],
  reviews: ReadonlyMap<string, Pick<ReactionReview, 'verdict'>>,
  wanted: readonly ReviewState[],
): T[] {
  if (wanted.length === 0) return [...reactions];
  const keep = new Set(wanted);
  return reactions.filter((r) => keep.has(reviews.get(r.id)?.verdict ?? 'unreviewed'));
}

/**
 * A correction in the words the matrix uses beside a row ("status: agree, was conflict"), so a
 * corrected value never passes for what the pipeline read.
 */
export function correctionLine(field: string, to: string | null, from: string | null): string {
  return `${field}: ${to ?? 'removed'}${from !== null && from !== to ? `, was ${from}` : ''}`;
}
