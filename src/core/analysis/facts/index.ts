import type { Article, Fact } from '../../schema/corpus';
import { extractDates } from '../quantities/extractDates';
import { extractQuantities } from '../quantities/extractQuantities';
import { groupFacts } from './groupFacts';

export function extractFacts(articles: readonly Article[]): Fact[] {
  const latest =
    articles
      .map((a) => a.date)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  return groupFacts(
    articles.flatMap(extractQuantities),
    articles.flatMap((a) => extractDates(a, latest)),
  );
}
