import type { Article, Fact } from '../../schema/corpus';
import { extractDates, type DateMention } from '../quantities/extractDates';
import { extractQuantities, type Quantity } from '../quantities/extractQuantities';
import type { Tok } from '../quantities/sentenceTokens';
import { groupFacts } from './groupFacts';

export type ArticleFigures = { quantities: Quantity[]; dates: DateMention[] | null };

/** The per-article half of fact finding; an undated article's dates wait for the corpus's latest date. */
export function articleFigures(article: Article, tokens?: readonly Tok[][]): ArticleFigures {
  return { quantities: extractQuantities(article, tokens), dates: article.date ? extractDates(article) : null };
}

export function extractFacts(articles: readonly Article[], figures?: readonly ArticleFigures[]): Fact[] {
  const latest =
    articles
      .map((a) => a.date)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const parts = figures ?? articles.map((a) => articleFigures(a));
  return groupFacts(
    parts.flatMap((p) => p.quantities),
    parts.flatMap((p, i) => p.dates ?? extractDates(articles[i]!, latest)),
    new Map(articles.map((a) => [a.id, a.date])),
  );
}
