import { findCountries } from '../../countries/lexicon';
import type { EntityKind } from '../../schema/corpus';
import { agencyName } from '../../sources/wires';
import type { Candidate } from './candidates';
import { isParticle, nameWords } from './nameKey';
import { NOT_NAMES, ORG_WORDS, PLACE_WORDS, PLATFORMS, REPORTING_VERB, TITLES } from './titles';

export type Classified = {
  articleId: string;
  start: number;
  end: number;
  /** The name as written, titles removed. */
  text: string;
  kind: EntityKind;
  /** ISO alpha-2 for countries, and for organisations a country prefix names ("German Foreign Ministry"). */
  country: string | null;
  /** True when a title stood before the name ("President X"): strong evidence of a person. */
  titled: boolean;
  /** A single capitalised word with no other evidence: kept only if it matches a known name later. */
  weak: boolean;
};

const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'outside',
  'inside',
  'toward',
  'towards',
]);

function lower(s: string) {
  return s.toLowerCase().replace(/['’]/g, '').replace(/\.$/, '');
}

const ACRONYM = /^[A-Z]{2,6}$/;

/** Decides what a candidate names: generic rules over titles, organisation and place words, and the country table. */
export function classify(candidate: Candidate): Classified | null {
  const words = candidate.tokens.filter((t) => t.value !== '-');
  const lowerWords = words.map((t) => lower(t.value));
  const base = {
    articleId: candidate.articleId,
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    titled: false,
    weak: false,
  };
  const countries = findCountries(candidate.text);
  const whole =
    countries.length === 1 && countries[0]!.start === 0 && countries[0]!.end === candidate.text.length
      ? countries[0]!
      : null;

  if (PLATFORMS.has(lower(candidate.text))) return { ...base, kind: 'organization', country: null };
  if (words.length === 1 && ACRONYM.test(candidate.text) && !whole) {
    const before = lower(candidate.prev?.value ?? '');
    const after = candidate.next?.value ?? '';
    if (['the', 'by', 'agency', 'from'].includes(before) || REPORTING_VERB.test(after))
      return { ...base, kind: 'organization', country: null };
    return null;
  }
  if (agencyName(candidate.text) || (words.length > 1 && agencyName(lowerWords.slice(-2).join(' '))))
    return { ...base, kind: 'organization', country: null };
  if (lowerWords.some((w) => ORG_WORDS.has(w)) && words.length > 1) {
    const prefix = countries.find((c) => c.start === 0);
    return { ...base, kind: 'organization', country: prefix?.code ?? null };
  }
  if (words.length > 1 && PLACE_WORDS.has(lowerWords[lowerWords.length - 1]!))
    return { ...base, kind: 'place', country: null };
  if (whole) {
    // Countries come from the country table directly (see countryEntities); a capital is a place
    // unless it acts for its government ("Washington said").
    if (whole.cue === 'capital' && !REPORTING_VERB.test(candidate.next?.value ?? ''))
      return { ...base, kind: 'place', country: whole.code };
    return null;
  }
  // Strip titles, roles and country words in front of a personal name: "Kenyan Prime Minister X" -> "X".
  let first = 0;
  while (first < words.length) {
    const w = lowerWords[first]!;
    const isCountryWord = countries.some((c) => c.start === words[first]!.start - candidate.start);
    if (TITLES.has(w) || isCountryWord || NOT_NAMES.has(w)) first++;
    else break;
  }
  if (first >= words.length) return null;
  const titled = first > 0 || TITLES.has(lower(candidate.prev?.value ?? ''));
  const nameTokens = words.slice(first);
  if (nameTokens.length === 0 || nameTokens.every((t) => TITLES.has(lower(t.value)))) return null;
  const start = nameTokens[0]!.start;
  const text = candidate.text.slice(start - candidate.start);
  const real = nameWords(text);
  if (real.length === 0) return null;
  const prep = lower(candidate.prev?.value ?? '');
  if (real.length === 1 && !titled && PLACE_PREPOSITIONS.has(prep) && nameTokens[0]!.pos === 'PROPN')
    return { ...base, start, text, kind: 'place', country: null };
  const multi = nameTokens.filter((t) => !isParticle(t.value)).length >= 2;
  const weak = !multi && !titled;
  const head = nameTokens.find((t) => !isParticle(t.value) && t.value !== '-');
  if (weak && head?.pos !== 'PROPN') return null;
  if (whole === null && countries.length > 0 && countries[0]!.start === 0 && real.length === 1) return null;
  return { ...base, start, text, kind: 'person', country: null, titled, weak };
}
