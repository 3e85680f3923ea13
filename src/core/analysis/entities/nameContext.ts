import type { Candidate } from './candidates';
import { APPOSITIVE_KINDS, KIND_NOUNS } from './neighbourWords';

/** What the tokens around a name, or inside it, say of its kind before its words are read. */

const DASHES = new Set(['-', '—', '–', '--']);

/** A lower-case noun of a kind of organisation ("company", "service", "carmaker", "tech giant"). */
export function kindBefore(prev: Candidate['prev']): boolean {
  const word = prev?.value ?? '';
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return KIND_NOUNS.has(word) || APPOSITIVE_KINDS.has(word) || /.(?:maker|giant)$/.test(word);
}

/** A name in brackets followed by a dash: the credit of a dateline. */
export function datelineCredit(candidate: Candidate): boolean {
  return candidate.prev?.value === '(' && candidate.next?.value === ')' && DASHES.has(candidate.after[1]?.value ?? '');
}

/** A hyphen with an acronym on one side: "Widget-ABC", "ABC-TV". */
export function acronymCompound(tokens: Candidate['tokens']): boolean {
  const acronym = (t: Candidate['tokens'][number] | undefined) => t !== undefined && /^\p{Lu}{2,}$/u.test(t.value);
  return tokens.some((t, i) => t.value === '-' && (acronym(tokens[i - 1]) || acronym(tokens[i + 1])));
}

/** "according to X", "spoke to X": after these "to" names a source or a listener, not a destination. */
const TO_SOMEONE = new Set([
  'according',
  'spoke',
  'speaking',
  'talked',
  'talking',
  'wrote',
  'writing',
  'said',
  'explained',
  'replied',
  'apologised',
  'apologized',
  'listened',
]);

export function spokenTo(candidate: Candidate): boolean {
  return candidate.prev?.value.toLowerCase() === 'to' && TO_SOMEONE.has(candidate.prev2?.value.toLowerCase() ?? '');
}
