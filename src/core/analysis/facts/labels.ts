import { formatMoney } from '../quantities/units';
import type { Quantity } from '../quantities/extractQuantities';
import { isYearLink } from '../quantities/years';
import { wordTable } from '../../text/wordTable';

const IRREGULAR = wordTable<string>({
  person: 'people',
  man: 'men',
  woman: 'women',
  child: 'children',
  policeman: 'policemen',
  people: 'people',
  police: 'police',
  aircraft: 'aircraft',
  personnel: 'personnel',
  sheep: 'sheep',
  cattle: 'cattle',
});

/**
 * The plural a row label needs ("people injured", not "person injured"). English's regular rules
 * and a few irregular nouns: labels only, where a rare miss costs a letter, not a wrong figure.
 */
export function plural(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun];
  if (/(?:s|x|ch|sh)$/.test(noun)) return /(?:ss|x|ch|sh)$/.test(noun) ? `${noun}es` : noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Irregular participles common in news; the rest follow the regular rule. A lemma table, not a story's words. */
const PARTICIPLES = wordTable<string>(
  Object.fromEntries(
    (
      'hold:held send:sent take:taken give:given make:made see:seen find:found leave:left bring:brought ' +
      'build:built buy:bought catch:caught fight:fought keep:kept lead:led meet:met pay:paid put:put set:set ' +
      'sell:sold spend:spent tell:told think:thought shoot:shot strike:struck cut:cut run:run begin:begun ' +
      'fall:fallen fly:flown drive:driven draw:drawn grow:grown know:known show:shown throw:thrown ' +
      'write:written steal:stolen choose:chosen break:broken speak:spoken get:got come:come go:gone ' +
      'become:become rise:risen flee:fled sit:sat stand:stood lose:lost win:won hit:hit hurt:hurt'
    )
      .split(' ')
      .map((pair) => pair.split(':') as [string, string]),
  ),
);

const ALREADY_PARTICIPLES = new Set(Object.values(PARTICIPLES));

/** The past participle a label reads with; the predicate classes ("injured", "shot down") already are. */
function predicate(verb: string | null): string {
  if (!verb) return '';
  if (PARTICIPLES[verb]) return PARTICIPLES[verb];
  if (ALREADY_PARTICIPLES.has(verb)) return verb;
  if (/(?:ed|ing)$/.test(verb) || verb.includes(' ') || verb === 'missing') return verb;
  if (/e$/.test(verb)) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** A row label as a journalist writes it: "people injured", "tariff rate on $300bn", "goods worth $27bn". */
export function figureLabel(q: Quantity): string {
  const what = plural(q.noun);
  switch (q.kind) {
    case 'money':
      return `${q.noun === 'amount' ? 'amount' : what} worth ${formatMoney(q.value, q.unit ?? 'USD')}`;
    case 'percent':
      return q.base ? `${q.noun} rate on ${q.base}` : `${q.noun} rate (%)`;
    case 'measure':
      return q.unit
        ? `${q.noun} of ${q.value.toLocaleString('en-US')} ${q.unit}`
        : `${what} ${predicate(q.verb)}`.trim();
    case 'age':
      return `age of ${q.noun}`;
    case 'magnitude':
      return `magnitude of the ${q.noun}`;
    case 'year':
      if (!isYearLink(q.noun)) return `year of the ${q.noun} (${q.value})`;
      return `year: ${predicate(q.verb)} ${q.noun} ${q.value}`.replace(/\s+/g, ' ').replace('year: ', 'year ');
    default:
      if (q.holder) return `${what} of the ${q.holder}`;
      if (q.partOf === 'them') return [what, predicate(q.verb), '(part of a larger count)'].filter(Boolean).join(' ');
      if (q.partOf) return q.verb ? `${q.partOf} who were ${predicate(q.verb)}` : q.partOf;
      return `${what} ${predicate(q.verb)}`.trim();
  }
}
