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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Apostrophes, full stops and hyphens join two runs of letters into one word ("don't", "U.S", "well-known"). */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 46 || code === 45;

/**
 * Runs of letters and digits, joined by an apostrophe, full stop or hyphen between two of them.
 * Counted in one pass: matching every word with a regex made an array of all of them, which for a
 * 5,000-article corpus was a long pause of the page's main thread.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (!inWord) count += 1;
      inWord = true;
    } else if (!(inWord && isJoiner(code) && i + 1 < text.length && isWordChar(text.codePointAt(i + 1)!))) {
      inWord = false;
    }
    i += width;
  }
  return count;
}

function compareDates(a: Article, b: Article): number {
  if (a.date === b.date) return a.id < b.id ? -1 : 1;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

export type ArticleListing = Pick<ArticleStats, 'id' | 'title' | 'date' | 'source'>;

/** Articles ordered by date (undated last), each with its listing: what the reader and the overview share. */
function byDate(corpus: Corpus): { article: Article; listing: ArticleListing }[] {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  return [...corpus.articles].sort(compareDates).map((article) => ({
    article,
    listing: { id: article.id, title: article.title, date: article.date, source: sources.get(article.sourceId) },
  }));
}

/** Articles ordered by date (undated last), with their source: the reader's list, which counts no words. */
export function articleListing(corpus: Corpus): ArticleListing[] {
  return byDate(corpus).map((x) => x.listing);
}

/** Articles ordered by date (undated last), with the figures the overview shows. */
/**
 * The statistics a step at a time, pausing after each article with how many are done: counting
 * the words of 5,000 articles is a long task for a page's main thread. `articleStats` runs it through.
 */
export function* articleStatsSteps(corpus: Corpus): Generator<{ done: number; total: number }, ArticleStats[]> {
  const listed = byDate(corpus);
  const out: ArticleStats[] = [];
  for (const { article, listing } of listed) {
    out.push({
      ...listing,
      characters: article.text.length,
      words: wordCount(article.text),
      sentences: article.sentences.length,
      paragraphs: article.paragraphs.length,
      language: article.language,
    });
    yield { done: out.length, total: listed.length };
  }
  return out;
}

export function articleStats(corpus: Corpus): ArticleStats[] {
  const steps = articleStatsSteps(corpus);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
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
