import model from 'wink-eng-lite-web-model';
import { nlp } from '../../segment/nlp';

/** Function words that carry no content for matching wordings. */
const STOP = new Set(
  (
    'a an the and or but if of to in on at by for from with as is are was were be been being it its this that these those ' +
    'he she they we i you his her their our my your him them us me who whom which what when where why how not no so than ' +
    'then there here has have had do does did will would can could should may might must shall also just only very about ' +
    'into over after before up down out off all any each some such own same other more most s t said says say while'
  ).split(' '),
);

/**
 * Porter stems by word, remembered: a corpus repeats a few thousand words millions of times and
 * stemming was a tenth of a build. Bounded, so an endless stream of new words cannot grow it.
 */
const stemOf = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** wink's Porter stemmer, the one its `its.stem` applies to a token's text. */
const porter = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

/** Stemmed content words of lower-cased tokens: what two wordings of one statement share. */
export function stemsOfWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of words) {
    if (!/\p{L}/u.test(v) || STOP.has(v) || v.length < 2) continue;
    let stem = stemOf.get(v);
    if (stem === undefined) {
      const stemmed = porter(v);
      stem = stemmed.replace(/^self/, '') || stemmed;
      if (stemOf.size >= STEM_CACHE_LIMIT) stemOf.clear();
      stemOf.set(v, stem);
    }
    out.push(stem);
  }
  return out;
}

/**
 * Stemmed content words of a text (wink-nlp's tokens and Porter stems). Read with the tagger the
 * build has loaded anyway: its tokens are the same, and a second wink instance cost a model load.
 */
export function contentStems(text: string): string[] {
  return stemsOfWords(nlp().readDoc(text.toLowerCase()).tokens().out() as string[]);
}

/** Shared words over the smaller set: a short fragment quoted inside a longer wording still matches. */
export function overlap(a: readonly string[], b: readonly string[]): { shared: number; score: number } {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  const smaller = Math.min(sa.size, sb.size);
  return { shared, score: smaller === 0 ? 0 : shared / smaller };
}
