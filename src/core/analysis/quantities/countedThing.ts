import type { Tok } from './sentenceTokens';
import { BOUNDARY, EVENT_NOUNS } from './clause';
import { unitAfter } from './units';
import { PARTITIVES, verbClass } from './vocabulary';

/**
 * What a figure counts or measures, read from the words around it: the phrase after the number,
 * the group it sizes, the goods an amount buys, the subject a total is the complement of.
 */

/** What a figure counts, with the event its wording names when it names one. */
export type Counted = { noun: string; modifiers: string[]; verb: string | null };

/** Plural nouns whose lemma is themselves. */
const PLURAL_ONLY = new Set(['people', 'police', 'cattle', 'staff', 'personnel', 'clergy']);

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'"]);

/** The noun a number counts: the head of the phrase after it, following "of" past partitives. */
export function headAfter(
  tokens: readonly Tok[],
  from: number,
  links: readonly string[] = ['of'],
  count?: number,
): { noun: string; modifiers: string[] } | null {
  let i = from;
  if (links.includes(tokens[i]?.lower ?? '')) i++;
  // "more than 100 this week": a determiner right after a number starts another phrase.
  else if (tokens[i]?.pos === 'DET') return null;
  if (['which', 'whom', 'them'].includes(tokens[i]?.lower ?? '')) return null;
  const phrase: Tok[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A determiner inside the phrase starts another one: "$5bn of trade a year" counts trade.
    if (t.pos === 'DET' && phrase.length > 0) break;
    if (['DET', 'PART'].includes(t.pos) || t.value === '’s' || t.value === "'s") continue;
    // A noun in scare quotes ("1,500 “radicals”") is counted; the closing mark ends the phrase.
    if (QUOTE_MARKS.has(t.value)) {
      if (phrase.length === 0) continue;
      break;
    }
    // A graded adjective stays in the phrase: "25 most senior leaders".
    if (t.pos === 'ADV' && tokens[i + 1]?.pos === 'ADJ') continue;
    // A hyphenated modifier ("20 water-dropping aircraft", "six Russian-made jets") describes the
    // head that follows it: its second half is an adjective, whatever the tagger calls it.
    const half = tokens[i + 1];
    if (t.value === '-' && phrase.length > 0 && half && ['VERB', 'ADJ', 'NOUN'].includes(half.pos)) {
      phrase.push({ ...half, pos: 'ADJ' });
      i++;
      continue;
    }
    if (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.lower === 'other') phrase.push(t);
    else break;
  }
  const nouns = phrase.filter((t) => t.pos === 'NOUN');
  let head = nouns[nouns.length - 1];
  if (!head) return null;
  // A number above one agrees with a plural head: in "250 people work there" the singular "work"
  // after the plural is the verb, whatever the tagger says.
  const plural = [...nouns].reverse().find((t) => t.lower !== t.lemma || PLURAL_ONLY.has(t.lower));
  if (count !== undefined && count > 1 && head.lower === head.lemma && plural) {
    head = plural;
    phrase.length = phrase.indexOf(plural) + 1;
  }
  if (PARTITIVES.has(head.lemma) && tokens[i]?.lower === 'of') return headAfter(tokens, i);
  return { noun: head.lemma, modifiers: phrase.filter((t) => t !== head).map((t) => t.lemma) };
}

const SIZE_WORDS = new Set(['member', 'strong', 'person', 'man', 'seat', 'bed', 'room']);
const BOUND_WORDS = new Set([
  'more',
  'than',
  'over',
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'at',
  'least',
  'up',
  'to',
]);

/**
 * The size of a group rather than a count after the number: "a 550-member delegation" and "a
 * delegation of more than 400," both give the delegation's size.
 */
export function sizeOf(
  tokens: readonly Tok[],
  i: number,
  last: number,
): { head: { noun: string; modifiers: string[] }; last: number } | null {
  if (tokens[last + 1]?.value === '-' && SIZE_WORDS.has(tokens[last + 2]?.lemma ?? '')) {
    const head = headAfter(tokens, last + 3);
    return head ? { head, last: last + 2 } : null;
  }
  const after = tokens[last + 1];
  if (after && !BOUNDARY.has(after.lower) && after.lower !== 'including') return null;
  let k = i - 1;
  while (k > 0 && BOUND_WORDS.has(tokens[k]!.lower)) k--;
  const group = tokens[k - 1];
  if (tokens[k]?.lower !== 'of' || group?.pos !== 'NOUN' || PARTITIVES.has(group.lemma)) return null;
  return { head: { noun: group.lemma, modifiers: [] }, last };
}

/** The thing an amount of money is spent on or worth: "$51bn bid", "$300bn of goods", "goods worth $27bn". */
export function moneyThing(
  tokens: readonly Tok[],
  first: number,
  last: number,
): { noun: string; modifiers: string[] } | null {
  const after = headAfter(tokens, last + 1, ['of', 'in', 'worth']);
  if (after) return after;
  let k = first - 1;
  while (k >= 0 && ['$', 'us$', '€', '£', 'worth', 'valued', 'at'].includes(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (t?.pos === 'NOUN' && tokens[k + 1]?.lower === 'worth') return { noun: t.lemma, modifiers: [] };
  return null;
}

/** The noun a rate belongs to: after it ("25% tariffs"), else the nearest noun before it in its clause. */
export function rateThing(tokens: readonly Tok[], first: number, last: number): string | null {
  const after = headAfter(tokens, last + 1);
  if (after) return after.noun;
  for (let k = first - 1; k >= 0 && !BOUNDARY.has(tokens[k]!.lower); k--) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && !unitAfter([t], 0)) return t.lemma;
  }
  return null;
}

const TALLY_WORDS = new Set(['number', 'total', 'tally', 'count']);

/**
 * The event a tally names by a participle after its noun, "the number of people killed", of a
 * known class only: "the number of people living there" names no event.
 */
function tallyEvent(tokens: readonly Tok[], from: number, noun: string): string | null {
  for (let i = from; i < tokens.length && !BOUNDARY.has(tokens[i]!.lower); i++) {
    if (tokens[i]!.lemma !== noun) continue;
    const next = tokens[i + 1];
    return next?.pos === 'VERB' && /ed$|wn$/.test(next.lower) ? verbClass(next.lemma) : null;
  }
  return null;
}

/**
 * A figure that completes a verb whose subject names what is counted: "the number of complaints
 * rose to more than 300", "the death toll climbed to 12". Its verb tells how the tally moved, not
 * what happened to the things, so the reading leaves the event open (`verb` null for a tally,
 * the toll's event for a toll).
 */
export function countedBefore(tokens: readonly Tok[], at: number): Counted | null {
  let sawVerb = false;
  for (let k = at - 1; k > 0 && !BOUNDARY.has(tokens[k]!.lower); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') sawVerb = true;
    if (!sawVerb) continue;
    if (TALLY_WORDS.has(t.lemma) && tokens[k + 1]?.lower === 'of') {
      const head = headAfter(tokens, k + 1);
      return head ? { ...head, verb: tallyEvent(tokens, k + 2, head.noun) } : null;
    }
    const toll = tollAt(tokens, k);
    if (toll) return toll;
  }
  return null;
}

/** "the death toll" at token k: people, and the event its noun names. */
function tollAt(tokens: readonly Tok[], k: number): Counted | null {
  const event = EVENT_NOUNS[tokens[k - 1]?.lemma ?? ''];
  return tokens[k]?.lemma === 'toll' && event ? { noun: 'people', modifiers: [], verb: event } : null;
}

/** Words that stand for a count already named: "put the figure at 150,000". */
const STAND_INS = new Set(['figure', 'number', 'total', 'estimate', 'tally']);

/**
 * An estimate given as "<verb> the <thing> at <number>": "police estimated the crowd at 45,000",
 * "organisers put the figure at 150,000", "officials put the death toll at 12". The thing is what
 * is counted; a stand-in ("the figure") counts what was counted before (`previous`).
 */
export function estimatedAt(tokens: readonly Tok[], at: number, previous: string | null): Counted | null {
  let k = at - 1;
  while (k > 0 && BOUND_WORDS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'at') k--;
  if (tokens[k]?.lower !== 'at') return null;
  const thing = tokens[k - 1];
  if (thing?.pos !== 'NOUN' || (tokens[k - 2]?.pos !== 'DET' && tokens[k - 2]?.pos !== 'NOUN')) return null;
  let v = k - 2;
  while (v > 0 && ['DET', 'NOUN', 'ADJ'].includes(tokens[v]!.pos)) v--;
  if (tokens[v]?.pos !== 'VERB') return null;
  const toll = tollAt(tokens, k - 1);
  if (toll) return toll;
  if (STAND_INS.has(thing.lemma)) return previous ? { noun: previous, modifiers: [], verb: null } : null;
  return { noun: thing.lemma, modifiers: [], verb: null };
}

/**
 * "four of them", "two of the injured": a part of a group counted before, which is neither that
 * group's count nor a figure of its own kind, so it must never share the group's row.
 */
export function partOf(tokens: readonly Tok[], from: number): { group: string; last: number } | null {
  if (tokens[from]?.lower !== 'of') return null;
  const next = tokens[from + 1];
  if (next && ['them', 'those', 'these', 'whom'].includes(next.lower)) return { group: 'them', last: from + 1 };
  const group = tokens[from + 2];
  // "the injured", "the dead": an adjective or participle used as the noun of a group.
  if (next?.lower === 'the' && group && ['VERB', 'ADJ'].includes(group.pos) && tokens[from + 3]?.pos !== 'NOUN')
    return { group: `the ${group.lower}`, last: from + 2 };
  return null;
}
