import { monthIndex } from './dates';
import type { Tok } from './sentenceTokens';

const YEAR_LINKS = new Set(['since', 'in', 'until', 'from', 'by']);
const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'this', 'that']);

/**
 * A year that dates something ("raging since 2011", "last used in 2006"): a figure of its own,
 * keyed by its value, with the word that links it ("since") as what it is. A year inside a full
 * date ("May 3, 2011") is left to the date reader.
 */
function linkedYear(tokens: readonly Tok[], i: number): { value: number; what: string } | null {
  const t = tokens[i]!;
  const link = tokens[i - 1]?.lower ?? '';
  if (!/^(?:1[89]|20)\d{2}$/.test(t.value) || !YEAR_LINKS.has(link)) return null;
  if (monthIndex(tokens[i - 2]?.lower.replace(/\.$/, '') ?? '') >= 0) return null;
  if (['-', '–'].includes(tokens[i + 1]?.value ?? '')) return null;
  return { value: Number(t.value), what: link };
}

/**
 * A year that names an event: "the 2006 Winter Games", "their 1950-53 war" (a span dates the event
 * by its start). "the 2000 soldiers" is a count: after a determiner a year must lead a name or a
 * singular noun, since a plural common noun after a number is what it counts.
 */
function eventYear(tokens: readonly Tok[], i: number): { value: number; what: string } | null {
  const t = tokens[i]!;
  const span = /^((?:1[89]|20)\d{2})[-–](?:\d{2}|(?:1[89]|20)\d{2})$/.exec(t.value);
  if (!span && !/^(?:1[89]|20)\d{2}$/.test(t.value)) return null;
  if (!DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return null;
  const next = tokens[i + 1];
  if (!next || (next.pos !== 'PROPN' && next.pos !== 'NOUN')) return null;
  const plainPlural = next.pos === 'NOUN' && next.lemma !== next.lower;
  if (plainPlural && !span) return null;
  let j = i + 1;
  while (tokens[j + 1] && (tokens[j + 1]!.pos === 'PROPN' || tokens[j + 1]!.pos === 'NOUN')) j++;
  return { value: Number((span?.[1] ?? t.value).slice(0, 4)), what: tokens[j]!.lemma };
}

/** A year as a figure of its own, or null when the number is not a year that dates something. */
export function yearOf(tokens: readonly Tok[], i: number): { value: number; what: string } | null {
  return linkedYear(tokens, i) ?? eventYear(tokens, i);
}

/** Words that link a year to its clause; any other `what` of a year is the event it names. */
export function isYearLink(word: string): boolean {
  return YEAR_LINKS.has(word);
}
