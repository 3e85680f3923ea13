import type { Corpus } from '../schema/corpus';
import type { Gold } from './gold';
import { f1Of, ratio, type Metric } from './metrics';

export type ReactionScore = Metric & {
  countries: {
    precision: number | null;
    recall: number | null;
    f1: number | null;
    found: string[];
    expected: string[];
  };
  stanceRecallPrimary: number | null;
  unsupported: string[];
};

/**
 * Reacting countries as a set; primary gold reactions found with their country, stance and an
 * article that reports them; corpus reactions that match no gold reaction count against precision.
 */
export function scoreReactions(corpus: Corpus, gold: Gold, articleOf: (id: string) => string): ReactionScore {
  const expected = [...new Set(gold.reactions.map((r) => r.country_iso2))].sort();
  // Reactions of organisations that speak for no one country are not scored, as in the reference scorer.
  const found = [...new Set(corpus.reactions.flatMap((r) => (r.country ? [r.country] : [])))].sort();
  const cp = ratio(found.filter((c) => expected.includes(c)).length, found.length);
  const cr = ratio(expected.filter((c) => found.includes(c)).length, expected.length);
  const matches = (g: Gold['reactions'][number], r: Corpus['reactions'][number]) =>
    g.country_iso2 === r.country &&
    g.stance === r.stance &&
    r.mentions.some((m) => g.articles.includes(articleOf(m.articleId)));
  const primary = gold.reactions.filter((g) => g.importance !== 'secondary');
  const primaryFound = primary.filter((g) => corpus.reactions.some((r) => matches(g, r))).length;
  const scored = corpus.reactions.filter((r) => r.country);
  const supported = scored.filter((r) => gold.reactions.some((g) => matches(g, r)));
  const unsupported = scored.filter((r) => !supported.includes(r)).map((r) => `${r.country} ${r.stance} ${r.actor}`);
  const precision = ratio(supported.length, scored.length);
  const recall = ratio(primaryFound, primary.length);
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    note: `countries ${found.join(',') || '-'} vs ${expected.join(',')}; ${primaryFound}/${primary.length} primary found`,
    countries: { precision: cp, recall: cr, f1: f1Of(cp, cr), found, expected },
    stanceRecallPrimary: recall,
    unsupported,
  };
}
