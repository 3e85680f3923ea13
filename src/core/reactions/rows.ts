import type { Reaction } from '../schema/corpus';
import { countryName } from './countries';
import { distinctArticleIds } from './filter';
import { STANCE_LABELS, STANCES, actorKindOf, type ActorKind } from './stances';

/** One reaction as the table and the CSV show it. */
export type ReactionRow = {
  reaction: Reaction;
  /** The ISO code, or null for an organisation that speaks for no one country. */
  code: string | null;
  /** The country's name, or the organisation's when there is no country. */
  country: string;
  organization?: string;
  actor: string;
  actorKind: ActorKind;
  stance: string;
  /** The finer stance word when the analysis found one ("criticise", "warn"). */
  stanceDetail?: string;
  /** Towards whom or what. */
  target?: string;
  articleIds: string[];
  independent?: number;
};

export const ROW_SORT_KEYS = ['country', 'actor', 'stance', 'articles'] as const;
export type RowSortKey = (typeof ROW_SORT_KEYS)[number];
/** The table can also be sorted by what a review says of each reaction. */
export type TableSortKey = RowSortKey | 'review';
/** Verified first, then not reviewed, then dismissed, ascending. */
const REVIEW_RANK = { verified: 0, none: 1, dismissed: 2 } as const;
export type SortDirection = 'ascending' | 'descending';

export function reactionRows(reactions: readonly Reaction[]): ReactionRow[] {
  return reactions.map((reaction) => {
    const row: ReactionRow = {
      reaction,
      code: reaction.country,
      country: reaction.country ? countryName(reaction.country) : (reaction.organization ?? ''),
      actor: reaction.actor,
      actorKind: actorKindOf(reaction),
      stance: STANCE_LABELS[reaction.stance],
      articleIds: distinctArticleIds(reaction),
    };
    if (reaction.independent !== undefined) row.independent = reaction.independent;
    if (reaction.organization) row.organization = reaction.organization;
    if (reaction.stanceDetail) row.stanceDetail = reaction.stanceDetail;
    if (reaction.target) row.target = reaction.target;
    return row;
  });
}

const text = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

const COMPARE: Record<RowSortKey, (a: ReactionRow, b: ReactionRow) => number> = {
  country: (a, b) => text(a.country, b.country),
  actor: (a, b) => text(a.actor, b.actor),
  stance: (a, b) => STANCES.indexOf(a.reaction.stance) - STANCES.indexOf(b.reaction.stance),
  articles: (a, b) => a.articleIds.length - b.articleIds.length,
};

/**
 * Sorted by the chosen column; ties fall back to country then actor so the order never jumps.
 * `verdictOf` tells the review's verdict on a reaction, for sorting by review.
 */
export function sortRows(
  rows: readonly ReactionRow[],
  key: TableSortKey,
  direction: SortDirection,
  verdictOf: (id: string) => 'verified' | 'dismissed' | undefined = () => undefined,
): ReactionRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const rank = (r: ReactionRow) => REVIEW_RANK[verdictOf(r.reaction.id) ?? 'none'];
  const compare = key === 'review' ? (a: ReactionRow, b: ReactionRow) => rank(a) - rank(b) : COMPARE[key];
  return [...rows].sort(
    (a, b) => sign * compare(a, b) || COMPARE.country(a, b) || COMPARE.actor(a, b) || text(a.stance, b.stance),
  );
}
