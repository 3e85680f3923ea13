import type { Tok } from './sentenceTokens';
import { QUALIFIER_WORDS } from './numbers';
import { countedClass } from './vocabulary';

const DETERMINERS = new Set(['the', 'this', 'that', 'another', 'which', 'whichever']);

/**
 * "the most popular one", "this one", "the first one": the pronoun "one", which stands for a noun
 * said before and counts nothing. A determiner before it, with only adjectives between, and no noun
 * after it ("the one soldier who died" still counts).
 */
export function isPronounOne(tokens: readonly Tok[], i: number): boolean {
  if (tokens[i]?.lower !== 'one' || tokens[i + 1]?.pos === 'NOUN') return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) return true;
    if (t.pos !== 'ADJ' && !(t.pos === 'ADV' && /^(?:most|least|very)$/.test(t.lower))) return false;
  }
  return false;
}

/**
 * "one of the largest breaches", "one of its worst days": a member picked out of a set by a
 * superlative, an idiom of rank that counts nothing.
 */
export function isOneOfTheMost(tokens: readonly Tok[], i: number): boolean {
  if (tokens[i]?.lower !== 'one' || tokens[i + 1]?.lower !== 'of') return false;
  if (!/^(?:the|its|their|his|her|our|this|these)$/.test(tokens[i + 2]?.lower ?? '')) return false;
  const at = /^(?:most|least)$/.test(tokens[i + 3]?.lower ?? '') ? i + 4 : i + 3;
  return singlingWords(tokens, at) !== null;
}

/** "largest" (lemma "large"), "best", "most popular", "first": a word that picks one member out of a set. */
function singlingWords(tokens: readonly Tok[], at: number): { words: string; start: number } | null {
  const t = tokens[at];
  if (t?.pos !== 'ADJ') return null;
  const before = tokens[at - 1];
  if (before && /^(?:most|least)$/.test(before.lower)) return { words: `${before.lower} ${t.lower}`, start: at - 1 };
  const superlative = /est$/.test(t.lower) && t.lemma !== t.lower;
  const irregular = /^(?:best|worst|first|last|second|third|only)$/.test(t.lower);
  return superlative || irregular ? { words: t.lower, start: at } : null;
}

/**
 * What a count is a property of when the clause's subject singles out one member of a set: "the
 * most popular [choir] has 3,000 followers", "the largest camp holds 4,000 people". Two reports
 * about that one member describe one thing even when they name what they count differently ("fans",
 * "followers"), so the figure is framed by its holder. The head may be left out, or be the pronoun
 * "one"; it then stands for `antecedent`, the last thing counted, as with "the second went off".
 * Looks back from the figure's first token over its qualifiers to the clause's verb and the subject
 * just before it.
 */
export function singledOutHolder(tokens: readonly Tok[], first: number, antecedent: string | null): string | null {
  let k = first - 1;
  while (k >= 0 && QUALIFIER_WORDS.has(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  k--;
  let head: string | null = null;
  if (tokens[k]?.pos === 'NOUN') head = countedClass(tokens[k]!.lemma, []);
  if (head || tokens[k]?.lower === 'one') k--;
  const singling = singlingWords(tokens, k);
  if (!singling || !DETERMINERS.has(tokens[singling.start - 1]?.lower ?? '')) return null;
  const member = head ?? antecedent;
  return member ? `${singling.words} ${member}` : null;
}
