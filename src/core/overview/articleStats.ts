import type { Article, Corpus, Source } from '../schema/corpus';

export type ArticleStats = {
  id: string;
  title: string;
  date: string | null;
  source: Source | undefined;
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  language: string;
};

export function wordCount(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

function compareDates(a: Article, b: Article): number {
  if (a.date === b.date) return a.id < b.id ? -1 : 1;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

export type ArticleListing = Pick<ArticleStats, 'id' | 'title' | 'date' | 'source'>;

/** Articles ordered by date (undated last), with their source: the reader's list, which counts no words. */
export function articleListing(corpus: Corpus): ArticleListing[] {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  return [...corpus.articles].sort(compareDates).map((article) => ({
    id: article.id,
    title: article.title,
    date: article.date,
    source: sources.get(article.sourceId),
  }));
}

/** Articles ordered by date (undated last), with the figures the overview shows. */
export function articleStats(corpus: Corpus): ArticleStats[] {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  return [...corpus.articles].sort(compareDates).map((article) => ({
    id: article.id,
    title: article.title,
    date: article.date,
    source: sources.get(article.sourceId),
    characters: article.text.length,
    words: wordCount(article.text),
    sentences: article.sentences.length,
    paragraphs: article.paragraphs.length,
    language: article.language,
  }));
}

export type CorpusSummary = {
  articles: number;
  sources: number;
  words: number;
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
};

export function corpusSummary(corpus: Corpus, stats: readonly ArticleStats[]): CorpusSummary {
  const dates = stats
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    articles: corpus.articles.length,
    sources: corpus.sources.length,
    words: stats.reduce((sum, s) => sum + s.words, 0),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    undated: stats.length - dates.length,
  };
}
