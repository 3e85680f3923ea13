import { compoundNumber, mayStartNumber, numberValue, scaleOf, vagueOfVague } from './numbers';
import type { Tok } from './sentenceTokens';
import { SHORT_SCALES } from './units';

export type Reading = { value: number; vague: boolean; last: number };

/** The number starting at token i with the words that belong to it: "twenty - five", "1.2 million", "$3bn". */
export function readNumber(tokens: readonly Tok[], i: number, money: boolean): Reading | null {
  const t = tokens[i]!;
  // Every token passes here: most are words that cannot be a number, so they leave at once.
  if (!mayStartNumber(t.lower)) return null;
  const compound = compoundNumber(tokens.slice(i, i + 3).map((x) => x.value));
  const parsed = compound ? { value: compound.value, vague: false } : numberValue(t.value);
  if (!parsed) return null;
  const product = parsed.vague ? vagueOfVague(tokens.slice(i, i + 3).map((x) => x.value)) : null;
  let last = i + (compound?.extra ?? 0) + (product ? 2 : 0);
  let value = product ?? parsed.value;
  const next = tokens[last + 1];
  // "m" and "bn" scale an amount only after a currency sign: "30 m" alone is a length.
  const scale = next ? (scaleOf(next.value) ?? (money ? (SHORT_SCALES[next.lower] ?? null) : null)) : null;
  if (scale) {
    value *= scale;
    last++;
  }
  return { value: Math.round(value * 1000) / 1000, vague: parsed.vague, last };
}
