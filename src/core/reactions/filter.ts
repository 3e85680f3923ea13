import type { Reaction, Stance } from '../schema/corpus';
import { actorKindOf, type ActorKind } from './stances';

/** What the reader chose to see; an empty list means "no restriction". */
export type ReactionFilter = {
  stances: readonly Stance[];
  /** Articles whose reports count; a reaction no chosen article reports disappears. */
  articleIds: readonly string[];
  actorKinds: readonly ActorKind[];
};

export const NO_FILTER: ReactionFilter = { stances: [], articleIds: [], actorKinds: [] };

export function isFiltered(filter: ReactionFilter): boolean {
  return filter.stances.length > 0 || filter.articleIds.length > 0 || filter.actorKinds.length > 0;
}

export function distinctArticleIds(reaction: Reaction): string[] {
  return [...new Set(reaction.mentions.map((m) => m.articleId))];
}

/** Keeps only the mentions in the chosen articles; independence cannot exceed the articles left. */
function restrictToArticles(reaction: Reaction, articles: ReadonlySet<string>): Reaction | null {
  const mentions = reaction.mentions.filter((m) => articles.has(m.articleId));
  if (mentions.length === 0) return null;
  const restricted: Reaction = { ...reaction, mentions };
  if (reaction.independent !== undefined) {
    restricted.independent = Math.min(reaction.independent, distinctArticleIds(restricted).length);
  }
  return restricted;
}

/** The reactions the filter lets through, each carrying only the mentions it still counts. */
export function filterReactions(reactions: readonly Reaction[], filter: ReactionFilter): Reaction[] {
  const stances = new Set(filter.stances);
  const kinds = new Set(filter.actorKinds);
  const articles = new Set(filter.articleIds);
  const kept: Reaction[] = [];
  for (const reaction of reactions) {
    if (stances.size > 0 && !stances.has(reaction.stance)) continue;
    if (kinds.size > 0 && !kinds.has(actorKindOf(reaction))) continue;
    const restricted = articles.size > 0 ? restrictToArticles(reaction, articles) : reaction;
    if (restricted) kept.push(restricted);
  }
  return kept;
}
