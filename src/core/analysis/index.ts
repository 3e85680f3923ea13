import type { Article, Corpus } from '../schema/corpus';
import { extractEntities } from './entities';
import { extractFacts } from './facts';
import { extractQuotes } from './quotes';
import { extractReactions } from './reactions';

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
  return { entities, facts, quotes, reactions, alignments: [] };
}
