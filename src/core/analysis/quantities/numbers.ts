import type { FactValue } from '../../schema/corpus';
import { wordTable } from '../../text/wordTable';

type Qualifier = NonNullable<FactValue['qualifier']>;

const UNITS = wordTable<number>({
  zero: 0,
  no: 0,
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  both: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES = wordTable<number>({ hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 });
/** Vague counts keep a nominal value and the qualifier "about", so they compare but never look exact. */
const VAGUE = wordTable<number>({
  tens: 20,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2_000_000,
  scores: 40,
});

/** Words before a number that bound it: "at least one", "almost 600", "up to 20". */
const QUALIFIER_PHRASES: [string[], Qualifier][] = [
  [['at least', 'more than', 'over', 'upwards of', 'no fewer than', 'no less than', 'in excess of'], 'at_least'],
  [['at most', 'up to', 'fewer than', 'less than', 'under', 'no more than', 'as many as'], 'at_most'],
  [
    [
      'about',
      'around',
      'almost',
      'nearly',
      'roughly',
      'approximately',
      'some',
      'an estimated',
      'close to',
      'just under',
      'just over',
    ],
    'about',
  ],
];

const QUALIFIERS: [RegExp, Qualifier][] = QUALIFIER_PHRASES.map(([phrases, qualifier]) => [
  new RegExp(`\\b(?:${phrases.join('|')})\\s+$`, 'i'),
  qualifier,
]);

/** Every word of those phrases: what stands between a clause's verb and its figure without being either. */
export const QUALIFIER_WORDS = new Set(QUALIFIER_PHRASES.flatMap(([phrases]) => phrases.flatMap((p) => p.split(' '))));

export type ParsedNumber = { value: number; qualifier: Qualifier; upper?: number };

/** The value of one number token: digits ("1,200", "4.5") or a word ("six", "dozens"). */
/** A cheap first look: can this word start a number at all (digits, a number word, a vague amount)? */
export function mayStartNumber(lower: string): boolean {
  const c = lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c < 97 || c > 122) return false;
  const dash = lower.indexOf('-');
  return (
    Object.hasOwn(UNITS, lower) || Object.hasOwn(VAGUE, lower) || TENS.has(dash > 0 ? lower.slice(0, dash) : lower)
  );
}

export function numberValue(token: string): { value: number; vague: boolean } | null {
  const lower = token.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(lower))
    return { value: Number(lower.replace(/,/g, '')), vague: false };
  if (Object.hasOwn(UNITS, lower) && !['a', 'an', 'no', 'both', 'single'].includes(lower))
    return { value: UNITS[lower]!, vague: false };
  if (Object.hasOwn(VAGUE, lower)) return { value: VAGUE[lower]!, vague: true };
  const hyphen = lower.match(
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/,
  );
  if (hyphen) return { value: UNITS[hyphen[1]!]! + UNITS[hyphen[2]!]!, vague: false };
  return null;
}

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const DIGIT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/**
 * A number word split by the tokenizer, "twenty - five" or "twenty five": the value and how many
 * tokens after the first it took, or null when `words` does not start such a compound.
 */
export function compoundNumber(words: readonly string[]): { value: number; extra: number } | null {
  const [first, second, third] = words.map((w) => w.toLowerCase());
  if (!first || !TENS.has(first)) return null;
  if (second === '-' && third && DIGIT_WORDS.has(third)) return { value: UNITS[first]! + UNITS[third]!, extra: 2 };
  if (second && DIGIT_WORDS.has(second)) return { value: UNITS[first]! + UNITS[second]!, extra: 1 };
  return null;
}

export function scaleOf(token: string): number | null {
  return SCALES[token.toLowerCase()] ?? null;
}

/** Reads the qualifier from the words just before the number. */
export function qualifierBefore(textBefore: string, vague: boolean): Qualifier {
  for (const [pattern, qualifier] of QUALIFIERS) if (pattern.test(textBefore)) return qualifier;
  return vague ? 'about' : 'exact';
}

/** Do two reported values disagree? Vague or bounded values only conflict with what they exclude. */
export function valuesConflict(a: ParsedNumber, b: ParsedNumber): boolean {
  if (a.qualifier === 'exact' && b.qualifier === 'exact') return a.value !== b.value;
  const fits = (exact: ParsedNumber, other: ParsedNumber) => {
    if (other.qualifier === 'at_least') return exact.value >= other.value;
    if (other.qualifier === 'at_most') return exact.value <= other.value;
    if (other.qualifier === 'range') return exact.value >= other.value && exact.value <= (other.upper ?? other.value);
    return Math.abs(exact.value - other.value) <= Math.max(2, other.value * 0.5);
  };
  if (a.qualifier === 'exact') return !fits(a, b);
  if (b.qualifier === 'exact') return !fits(b, a);
  return false;
}

/**
 * "tens of thousands", "hundreds of millions": one vague amount of another, worth their product,
 * so "tens of thousands" reads as some 20,000 and not as "thousands".
 */
export function vagueOfVague(words: readonly string[]): number | null {
  const [first, of, second] = words.map((w) => w.toLowerCase());
  if (of !== 'of' || !first || !second || !Object.hasOwn(VAGUE, first) || !/^(?:thousands|millions)$/.test(second))
    return null;
  return VAGUE[first]! * (SCALES[second.slice(0, -1)] ?? 1);
}

/** Is this figure's text a vague amount ("dozens", "tens of thousands"), which no one can be held to? */
export function isVagueAmount(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 1) return Object.hasOwn(VAGUE, words[0]!.toLowerCase());
  return words.length === 3 && vagueOfVague(words) !== null;
}
