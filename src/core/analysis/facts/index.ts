import type { Article, Fact } from '../../schema/corpus';
import { extractDates } from '../quantities/extractDates';
import { extractQuantities } from '../quantities/extractQuantities';
import { groupFacts } from './groupFacts';

export function extractFacts(articles: readonly Article[]): Fact[] {
  return groupFacts(articles.flatMap(extractQuantities), articles.flatMap(extractDates));
}
