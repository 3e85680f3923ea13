import { isEnglish } from '../ingest/english';
import type { Alignment, Article, Corpus } from '../schema/corpus';
import { articleNames, extractEntities } from './entities';
import type { Classified } from './entities/classify';
import { articleFigures, extractFacts, type ArticleFigures } from './facts';
import { extractQuotes } from './quotes';
import { extractReactions } from './reactions';
import { articleTokens, type Tok } from './quantities/sentenceTokens';
import { articleSignature, sentenceStems } from './align';
import { wordShingles } from './align/shingles';
import { independentCount, storyGroups } from './lineage/independence';

export type Analysis = Pick<Corpus, 'entities' | 'facts' | 'quotes' | 'reactions' | 'alignments'>;

/**
 * The part of the analysis that reads one article alone, so it can run in parallel (worker
 * threads); plain data, so it crosses a thread boundary by structured clone.
 */
export type ArticleAnalysis = {
  names: Classified[];
  figures: ArticleFigures;
  stems: string[][];
  signature: number[];
  shingles: Uint32Array;
};

export function analyseArticle(article: Article, tagged?: readonly Tok[][]): ArticleAnalysis {
  const tokens = tagged ?? articleTokens(article);
  // The tagged tokens give the stems too: a second tokenising pass was a tenth of a build.
  const stems = sentenceStems(article, tokens);
  return {
    names: articleNames(article, tokens),
    figures: articleFigures(article, tokens),
    stems,
    signature: articleSignature(stems.flat()),
    shingles: wordShingles(article.text),
  };
}

/**
 * The articles the analysis reads, with their per-article parts. Names, figures, quotes, reactions
 * and reuse are read with English word lists and an English tagger: other languages are kept in
 * the corpus but left out here rather than misread.
 */
export function analysisSubjects(
  all: readonly Article[],
  allParts?: readonly ArticleAnalysis[],
): { articles: Article[]; each: ArticleAnalysis[] } {
  const keep = all.map((a) => isEnglish(a.language));
  const articles = all.filter((_, i) => keep[i]);
  return { articles, each: allParts ? allParts.filter((_, i) => keep[i]) : articles.map((a) => analyseArticle(a)) };
}

/** Steps 4 to 7: what the articles say. Needs no alignment, so it can run while pairs are aligned. */
export type Content = Pick<Corpus, 'entities' | 'facts' | 'quotes' | 'reactions'>;

export function analyseContent(articles: readonly Article[], each: readonly ArticleAnalysis[]): Content {
  const entities = extractEntities(
    articles,
    each.map((p) => p.names),
  );
  const facts = extractFacts(
    articles,
    each.map((p) => p.figures),
  );
  const quotes = extractQuotes(articles, entities);
  const reactions = extractReactions(articles, entities, quotes);
  return { entities, facts, quotes, reactions };
}

/**
 * Step 8's last part: how many independent stories confirm each fact, quote and reaction. Story
 * groups come from the alignments of the articles the analysis read (English ones).
 */
export function withIndependence(content: Content, all: readonly Article[], alignments: Alignment[]): Analysis {
  const groups = storyGroups(
    all.filter((a) => isEnglish(a.language)),
    alignments,
  );
  const count = (ids: { articleId: string }[]) =>
    independentCount(
      ids.map((i) => i.articleId),
      groups,
    );
  return {
    entities: content.entities,
    facts: content.facts.map((f) => ({ ...f, independent: count(f.values) })),
    quotes: content.quotes.map((q) => ({ ...q, independent: count(q.variants) })),
    reactions: content.reactions.map((r) => ({ ...r, independent: count(r.mentions) })),
    alignments,
  };
}
