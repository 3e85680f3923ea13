import type { Tok } from './sentenceTokens';

/**
 * A rate that states the level of a named measure: "turnout was 61%", "inflation rose to 7.1%",
 * "the unemployment rate stood at 5.2 percent". One event has one level of each measure at a
 * time, so two reports of it that differ disagree, unlike a rate of some amount ("tariffs of 10%"
 * and "of 25%" are two rounds). Written here because no parser reads this construction.
 */

/** Verbs that state a level without a preposition ("was 61%") or with "at" ("stood at 5%"). */
const STATE_VERBS = new Set(['be', 'stand', 'remain', 'reach', 'hit', 'hover']);
/** Verbs of change, which state a level only with "to" ("rose to 7%"; "rose 7%" is the change). */
const CHANGE_VERBS = new Set([
  'rise',
  'climb',
  'fall',
  'drop',
  'increase',
  'decrease',
  'jump',
  'surge',
  'slip',
  'ease',
  'soar',
  'plunge',
  'grow',
  'decline',
  'edge',
  'sink',
  'slide',
  'tumble',
]);
/** Words of a figure's qualifier, between the verb and the number: "rose to more than 7%". */
const QUALIFIER_WORDS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'some',
  'approximately',
  'more',
  'less',
  'than',
  'over',
  'under',
  'just',
  'only',
  'barely',
  'least',
]);
/** Heads that name no measure alone: "the unemployment rate" is the unemployment measure. */
const GENERIC_HEADS = new Set(['rate', 'level', 'figure', 'share']);

const isNoun = (t: Tok | undefined) => !!t && (t.pos === 'NOUN' || (t.pos === 'PROPN' && t.index === 0));

/** The measure a rate at `first` is the level of, or null when the rate is not a level. */
export function measureLevel(tokens: readonly Tok[], first: number, last: number): string | null {
  // "61% higher" or "61% up" is a change, not a level.
  if (/^(?:higher|lower|up|down|more|less|above|below)$/.test(tokens[last + 1]?.lower ?? '')) return null;
  let k = first - 1;
  while (
    k >= 0 &&
    (QUALIFIER_WORDS.has(tokens[k]!.lower) || (tokens[k]!.lower === 'at' && tokens[k + 1]?.lower === 'least'))
  )
    k--;
  const preposition = tokens[k]?.lower === 'to' || tokens[k]?.lower === 'at' ? tokens[k--]!.lower : null;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const verb = tokens[k];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  const states = STATE_VERBS.has(verb.lemma) && preposition !== 'to';
  const changes = CHANGE_VERBS.has(verb.lemma) && preposition === 'to';
  if (!states && !changes) return null;
  k--;
  // "has risen", "had already fallen": auxiliaries and adverbs before the verb.
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  const head = tokens[k];
  if (!isNoun(head)) return null;
  const before = tokens[k - 1];
  // "The jobless rate", "the unemployment rate": the word before a generic head names the measure.
  if (GENERIC_HEADS.has(head!.lemma)) return isNoun(before) || before?.pos === 'ADJ' ? before!.lower : null;
  return head!.lemma;
}
