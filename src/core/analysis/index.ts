import type { Article, Corpus } from '../schema/corpus';
import { extractEntities } from './entities';
import { extractFacts } from './facts';
import { extractQuotes } from './quotes';
import { extractReactions } from './reactions';
import { alignArticles } from './align';
import { independentCount, storyGroups } from './lineage/independence';

export type Analysis = Pick<Corpus, 'entities' | 'facts' | 'quotes' | 'reactions' | 'alignments'>;

/**
 * Steps 4 to 8 of the pipeline over cleaned, segmented articles.
 * Pure and deterministic: the same articles in the same order give the same analysis.
 */
export function analyseArticles(articles: readonly Article[]): Analysis {
  const entities = extractEntities(articles);
  const facts = extractFacts(articles);
  const quotes = extractQuotes(articles, entities);
  const reactions = extractReactions(articles, entities, quotes);
  const alignments = alignArticles(articles);
  const groups = storyGroups(articles, alignments);
  const count = (ids: { articleId: string }[]) =>
    independentCount(
      ids.map((i) => i.articleId),
      groups,
    );
  return {
    entities,
    facts: facts.map((f) => ({ ...f, independent: count(f.values) })),
    quotes: quotes.map((q) => ({ ...q, independent: count(q.variants) })),
    reactions: reactions.map((r) => ({ ...r, independent: count(r.mentions) })),
    alignments,
  };
}
