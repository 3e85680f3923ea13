import type { FactValue } from '../../schema/corpus';
import type { Tok } from './sentenceTokens';
import { countedClass, nounClass, verbClass } from './vocabulary';

/** Casualty verbs for which "a firefighter was injured" is a count of one. */
const CASUALTY = new Set(['killed', 'injured', 'arrested', 'missing']);
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

export type SingleCount = { noun: string; verb: string; end: number; qualifier: FactValue['qualifier'] };

function verbAt(tokens: readonly Tok[], k: number): string | null {
  const t = tokens[k];
  if (!t) return null;
  return verbClass(t.lemma) ?? verbClass(t.lower.replace(/ed$/, ''));
}

/**
 * A figure of one written without a number, in the two wordings news uses most:
 * - an ordinal subject and a verb of what happened, "the second bomb exploded near the market",
 *   or with the noun left out, "a second went off" (the noun is then `lastNoun`, the last one
 *   counted): exactly one of them did it;
 * - a casualty named with an indefinite article, "a firefighter was injured": at least one, as the
 *   sentence does not say there were no others. Only casualties: "a statement was issued" is no figure.
 */
export function singleCount(tokens: readonly Tok[], i: number, lastNoun: string | null): SingleCount | null {
  const t = tokens[i]!;
  if ((t.lower === 'the' || t.lower === 'a') && ORDINALS.has(tokens[i + 1]?.lower ?? '')) {
    // "a second struck the bridge": the tagger may read the verb as a noun; a determiner after it says otherwise.
    const verbAsNoun = verbAt(tokens, i + 2) !== null && ['DET', 'PRON'].includes(tokens[i + 3]?.pos ?? '');
    const named = tokens[i + 2]?.pos === 'NOUN' && !verbAsNoun;
    const at = named ? i + 3 : i + 2;
    if ((tokens[at]?.pos !== 'VERB' && !verbAsNoun) || (!named && !lastNoun)) return null;
    const verb = verbAt(tokens, at);
    if (!verb || verb === 'said') return null;
    const noun = named ? countedClass(tokens[i + 2]!.lemma, []) : lastNoun!;
    return { noun, verb, end: at - 1, qualifier: 'exact' };
  }
  if (t.lower === 'a' || t.lower === 'an') {
    let j = i + 1;
    while (tokens[j]?.pos === 'ADJ' && j < i + 4) j++;
    const noun = tokens[j];
    if (noun?.pos !== 'NOUN' || !['was', 'is', 'has'].includes(tokens[j + 1]?.lower ?? '')) return null;
    const k = tokens[j + 2]?.lower === 'been' ? j + 3 : j + 2;
    const verb = verbAt(tokens, k);
    if (!verb || !CASUALTY.has(verb)) return null;
    return { noun: countedClass(noun.lemma, []), verb, end: j, qualifier: 'at_least' };
  }
  return null;
}

/** "no one was hurt", "without injuries", "no casualties were reported": a count of zero. */
const NONE =
  /\b(?:without (?:causing |leaving |any reports? of )?(?:any )?|no (?:reported )?|(?:no one|nobody) (?:was |were )?(?:reported )?)(injur(?:y|ies|ed)|casualt(?:y|ies)|hurt|wounded|deaths?|killed|dead)\b/gi;

export type NoneCounted = { text: string; start: number; noun: string; verb: string };

/** Zero counts of people hurt or killed in one sentence, with offsets into it. */
export function noneCounted(sentence: string): NoneCounted[] {
  return [...sentence.matchAll(NONE)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    // What is counted is people; the class makes "two people were injured" elsewhere share the row.
    noun: nounClass('people'),
    verb: /death|killed|dead/i.test(m[1]!) ? 'killed' : 'injured',
  }));
}
