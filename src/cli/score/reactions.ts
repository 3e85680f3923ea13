import type { Corpus } from '../../core/schema/corpus';
import type { Gold } from './gold';
import { f1, r2 } from './text';

export type ReactionFigures = {
  gold_countries: string;
  corpus_countries: string;
  country_p: number;
  country_r: number;
  country_f1: number;
  country_article_r: number;
  country_article_p: number;
  stance_r: number;
  stance_p: number;
  stance_f1: number;
};

/**
 * Reacting countries, the articles that carry each, and stances. Only primary gold reactions
 * count; a secondary one is context a tool should not report. A corpus reaction without a
 * two-letter country (an organisation) is outside this measure.
 */
export function scoreReactions(corpus: Corpus, gold: Gold, toCorpus: (key: string) => string): ReactionFigures {
  const g = gold.reactions
    .filter((r) => (r.importance ? r.importance === 'primary' : true))
    .map((r) => ({
      country: String(r.country_iso2 ?? r.country ?? '').toUpperCase(),
      stances: [r.stance, r.alternate_stance].filter((s): s is string => Boolean(s)),
      articles: r.articles.map(toCorpus),
    }))
    .filter((r) => /^[A-Z]{2}$/.test(r.country));
  const c = corpus.reactions.map((r) => ({
    country: String(r.country ?? '').toUpperCase(),
    stance: String(r.stance ?? ''),
    articles: new Set(r.mentions.map((m) => m.articleId)),
  }));
  const goldCountries = new Set(g.map((r) => r.country));
  const corpusCountries = new Set(c.map((r) => r.country).filter(Boolean));
  const shared = [...goldCountries].filter((x) => corpusCountries.has(x)).length;
  const p = corpusCountries.size ? shared / corpusCountries.size : 0;
  const r = goldCountries.size ? shared / goldCountries.size : 0;

  const goldPlaces = new Set(g.flatMap((x) => x.articles.map((a) => `${x.country}|${a}`)));
  const corpusPlaces = new Set(c.flatMap((x) => [...x.articles].map((a) => `${x.country}|${a}`)));
  const placesFound = [...goldPlaces].filter((x) => corpusPlaces.has(x)).length;
  // Article precision is judged only on countries that really reacted.
  const judged = [...corpusPlaces].filter((x) => goldCountries.has(x.split('|')[0]!)).length;

  const goldStances = new Set(g.flatMap((x) => x.stances.map((s) => `${x.country}|${s}`)));
  const corpusStances = new Set(
    c.filter((x) => x.stance && x.stance !== 'other').map((x) => `${x.country}|${x.stance}`),
  );
  // A gold (country, stance) is found when the corpus has that stance or the annotated alternative.
  const stanceFound = new Map<string, boolean>();
  for (const x of g) {
    if (x.stances[0] === 'other') continue;
    const key = `${x.country}|${x.stances[0]}`;
    stanceFound.set(key, stanceFound.get(key) || x.stances.some((s) => corpusStances.has(`${x.country}|${s}`)));
  }
  const stanceR = stanceFound.size ? [...stanceFound.values()].filter(Boolean).length / stanceFound.size : 1;
  const stanceP = corpusStances.size
    ? [...corpusStances].filter((x) => goldStances.has(x)).length / corpusStances.size
    : stanceFound.size
      ? 0
      : 1;
  return {
    gold_countries: [...goldCountries].sort().join(','),
    corpus_countries: [...corpusCountries].sort().join(','),
    country_p: r2(p),
    country_r: r2(r),
    country_f1: r2(f1(p, r)),
    country_article_r: r2(goldPlaces.size ? placesFound / goldPlaces.size : 0),
    country_article_p: r2(judged ? [...corpusPlaces].filter((x) => goldPlaces.has(x)).length / judged : 0),
    stance_r: r2(stanceR),
    stance_p: r2(stanceP),
    stance_f1: r2(f1(stanceP, stanceR)),
  };
}
