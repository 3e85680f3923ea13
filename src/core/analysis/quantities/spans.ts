import { headAfter } from './countedThing';
import { QUALIFIER_WORDS } from './numbers';
import { readNumber } from './readNumber';
import type { Tok } from './sentenceTokens';
import { unitAfter } from './units';

/**
 * A count given as a range: "between 30 and 40 people", "30 to 40 people", "30-40 people". Not a
 * change ("from 30 to 40"), not a score ("won 2-1"), and not an amount with a unit (whose bounds
 * would need converting).
 */
export function rangeAt(
  tokens: readonly Tok[],
  i: number,
  last: number,
  value: number,
): { upper: number; last: number } | null {
  const link = tokens[last + 1];
  const between = tokens[i - 1]?.lower === 'between' && link?.lower === 'and';
  const joined = ['-', '–'].includes(link?.value ?? '') && link!.start === tokens[last]!.end;
  const to = link?.lower === 'to' && !['from', 'by'].includes(tokens[i - 1]?.lower ?? '');
  if (!between && !joined && !to) return null;
  const second = tokens[last + 2];
  if (second?.pos !== 'NUM') return null;
  const next = readNumber(tokens, last + 2, false);
  if (!next || next.vague || next.value <= value || unitAfter(tokens, next.last + 1)) return null;
  // A score or a ratio counts nothing: "won 2-1", "a 3-2 vote".
  if (joined && !headAfter(tokens, next.last + 1)) return null;
  return { upper: next.value, last: next.last };
}

/** "30-40 people": a range the tokenizer keeps as one token, before the noun it counts. */
export function joinedRange(tokens: readonly Tok[], i: number): { value: number; upper: number } | null {
  const m = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/.exec(tokens[i]!.value);
  if (!m || !headAfter(tokens, i + 1)) return null;
  const [value, upper] = [Number(m[1]), Number(m[2])];
  return upper > value ? { value, upper } : null;
}

/** A figure introduced as part of one just given: "including three children", "among them two". */
export function subsetNamed(tokens: readonly Tok[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && QUALIFIER_WORDS.has(tokens[k]!.lower)) k--;
  return tokens[k]?.lower === 'including' || (tokens[k]?.lower === 'them' && tokens[k - 1]?.lower === 'among');
}
