import type { Corpus } from '../schema/corpus';
import type { Gold } from './gold';
import { f1Of, norm, ratio, wordsOf, type Metric } from './metrics';

export type QuoteScore = Metric & { grouped: number; multiArticle: number; speakersRight: number };

/** A corpus variant stands for a gold variant when one contains the other or they share most words. */
function sameWording(corpusText: string, goldText: string): boolean {
  const c = norm(corpusText);
  const g = norm(goldText);
  if (c.includes(g) || g.includes(c)) return true;
  const cw = wordsOf(c);
  const gw = wordsOf(g);
  const shared = [...gw].filter((w) => cw.has(w)).length;
  return shared >= Math.max(2, Math.min(cw.size, gw.size) * 0.6);
}

/** Multi-article gold quotes must land in one corpus quote; its speaker should share a word with the gold speaker. */
export function scoreQuotes(corpus: Corpus, gold: Gold, articleOf: (id: string) => string): QuoteScore {
  const multi = gold.quotes.filter((q) => Object.keys(q.variants_by_article).length >= 2);
  let grouped = 0;
  let speakersRight = 0;
  let variantsFound = 0;
  let variantsExpected = 0;
  for (const q of multi) {
    const entries = Object.entries(q.variants_by_article);
    variantsExpected += entries.length;
    const coverage = corpus.quotes.map((cq) => ({
      quote: cq,
      hits: entries.filter(([article, text]) =>
        cq.variants.some((v) => articleOf(v.articleId) === article && sameWording(v.text, text)),
      ).length,
    }));
    const best = coverage.sort((a, b) => b.hits - a.hits)[0];
    if (!best || best.hits === 0) continue;
    variantsFound += best.hits;
    if (best.hits === entries.length) grouped++;
    const speaker = wordsOf(best.quote.speaker);
    if ([...wordsOf(q.speaker)].some((w) => speaker.has(w))) speakersRight++;
  }
  const matchedCorpus = corpus.quotes.filter((cq) =>
    gold.quotes.some((q) =>
      Object.entries(q.variants_by_article).some(([a, t]) =>
        cq.variants.some((v) => articleOf(v.articleId) === a && sameWording(v.text, t)),
      ),
    ),
  ).length;
  const precision = ratio(matchedCorpus, corpus.quotes.length);
  const recall = ratio(variantsFound, variantsExpected);
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    note: `${grouped}/${multi.length} multi-article quotes fully grouped, ${speakersRight} with the right speaker`,
    grouped,
    multiArticle: multi.length,
    speakersRight,
  };
}
