import { countryName, findCountries } from '../../countries/lexicon';
import type { Article } from '../../schema/corpus';
import type { Classified } from './classify';
import { REPORTING_VERB } from './titles';

const PLACE_PREPOSITIONS = /\b(?:in|at|near|from|to|into|across|outside|inside|toward|towards)\s+$/i;

/**
 * Every way an article names a country (name, demonym, capital as metonym: "Washington said"),
 * as country mentions. A capital after "in", "at"… is a place, not the government, and is left out.
 */
export function countryMentions(article: Article): Classified[] {
  return findCountries(article.text)
    .filter((m) => {
      if (m.cue !== 'capital') return true;
      // A capital is its government only when it acts: "Washington said", not "in Washington".
      const next = article.text.slice(m.end).match(/^\s+(\p{L}+)/u)?.[1] ?? '';
      return (
        REPORTING_VERB.test(next) && !PLACE_PREPOSITIONS.test(article.text.slice(Math.max(0, m.start - 12), m.start))
      );
    })
    .map((m) => ({
      articleId: article.id,
      start: m.start,
      end: m.end,
      text: m.text,
      kind: 'country' as const,
      country: m.code,
      titled: false,
      weak: false,
    }));
}

export { countryName };
