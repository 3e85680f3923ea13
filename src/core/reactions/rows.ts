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

/** Sorted by the chosen column; ties fall back to country then actor so the order never jumps. */
export function sortRows(rows: readonly ReactionRow[], key: RowSortKey, direction: SortDirection): ReactionRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * COMPARE[key](a, b) || COMPARE.country(a, b) || COMPARE.actor(a, b) || text(a.stance, b.stance),
  );
}
