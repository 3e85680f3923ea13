import { findCountries } from '../../countries/lexicon';
import type { EntityKind } from '../../schema/corpus';
import { agencyName } from '../../sources/wires';
import type { Candidate } from './candidates';
import { isParticle, nameWords } from './nameKey';
import { ARTICLES, FURNITURE, KIND_NOUNS, PLACE_PREPOSITIONS, SETTLEMENTS } from './neighbourWords';
import { acronymCompound, datelineCredit, kindBefore, spokenTo } from './nameContext';
import {
  ATTITUDE_PREFIXES,
  BELIEFS,
  COMPASS,
  EVENT_WORDS,
  HONORIFICS,
  NOT_NAMES,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
  REPORTING_VERB,
  ROLE_HEADS,
  THING_WORDS,
  TITLES,
} from './titles';
import { COMPANY_SUFFIXES, ORG_WORDS, PLATFORMS, SEATS } from './orgWords';

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
  /** For a person, the title or role written before the name ("Foreign Minister", "Quebec Premier"). */
  role?: string;
};

function lower(s: string) {
  return s.toLowerCase().replace(/['’]/g, '').replace(/\.$/, '');
}

const ACRONYM = /^[A-Z]{2,6}$/;
const DOTTED_INITIALISM = /^(?:\p{Lu}\.){2,6}$/u;

/** True when every one of `words` lies inside a country phrase ("South Africa", "US-South Africa"). */
function coveredByCountries(
  candidate: Candidate,
  words: readonly Candidate['tokens'][number][],
  countries: ReturnType<typeof findCountries>,
): boolean {
  return words.every((t) =>
    countries.some((c) => t.start - candidate.start >= c.start && t.end - candidate.start <= c.end),
  );
}

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

  const last = lowerWords[lowerWords.length - 1] ?? '';
  const after = candidate.after;
  if (PLATFORMS.has(lower(candidate.text)) || SEATS.has(lower(candidate.text)))
    return { ...base, kind: 'organization', country: null };
  // "Pro-Western", "Anti-Government": an attitude, not a name.
  const attitude = candidate.tokens.some(
    (t, i) =>
      ATTITUDE_PREFIXES.has(/^(\p{L}+)-/u.exec(t.value)?.[1]?.toLowerCase() ?? '') ||
      (ATTITUDE_PREFIXES.has(t.value.toLowerCase()) && candidate.tokens[i + 1]?.value === '-'),
  );
  if (attitude) return null;
  // Page furniture ("Photo Gallery", "AP Image", "Replay More Videos") names nothing.
  if (lowerWords.some((w) => FURNITURE.has(w))) return null;
  // "Landlocked South Sudan": a sentence opener before a country is an ordinary word, and the country is found apart.
  // "S. African" too: an initial before a country word abbreviates its first word.
  const opener = words[0]!.index === 0 || /^\p{Lu}\.$/u.test(words[0]!.value);
  if (words.length > 1 && opener && coveredByCountries(candidate, words.slice(1), countries)) return null;
  // "the Daily Trumpet newspaper", "Acme group": the noun after the name says what it names.
  if (KIND_NOUNS.has(candidate.next?.value ?? '') && !whole) return { ...base, kind: 'organization', country: null };
  // "the airline Varen", "chipmaker Vortex": a kind of organisation just before a one-word name.
  if (words.length === 1 && kindBefore(candidate.prev) && !whole)
    return { ...base, kind: 'organization', country: null };
  // "DUBLIN (Harbour Ledger) -": a dateline's credit in brackets before the dash is a news organisation.
  if (datelineCredit(candidate) && !whole) return { ...base, kind: 'organization', country: null };
  // "Widget-ABC": a compound with an acronym is a company or a deal, not a person. The acronym must
  // be one side of the hyphen: in "UN Secretary-General X" the hyphen joins two title words.
  if (acronymCompound(candidate.tokens) && !whole) return { ...base, kind: 'organization', country: null };
  // A lone compass word ("the South") is a region, not a name.
  if (words.length === 1 && COMPASS.has(last)) return null;
  // "Lyon-based": a name that a company or person is based in is a place.
  if (after[0]?.value === '-' && /^based$/i.test(after[1]?.value ?? '') && after[0].start === candidate.end)
    return { ...base, kind: 'place', country: null };
  // Named events, agreements and contests ("the Winter Games", "the Cold War"), symbols and honours.
  if ((EVENT_WORDS.has(last) || THING_WORDS.has(last)) && !whole) return { ...base, kind: 'other', country: null };
  // Company suffixes ("Acme Co.", "Widget NV") and names all in capitals of several parts ("ABC-TV").
  if (words.length > 1 && COMPANY_SUFFIXES.has(last)) return { ...base, kind: 'organization', country: null };
  const capitals = candidate.tokens.length > 1 && /\p{Lu}{2}/u.test(candidate.text) && !/\p{Ll}/u.test(candidate.text);
  // "NEW YORK, Feb 10 (Wire) -": a dateline opens its sentence in capitals and names a place.
  if (capitals && words[0]!.index === 0 && [',', '(', '-', '—', '–'].includes(candidate.next?.value ?? ''))
    return { ...base, kind: 'place', country: whole?.code ?? null };
  if (capitals && !whole) return { ...base, kind: 'organization', country: null };
  // "New Zealanders": a people named by a plural demonym is neither a person nor a name to keep.
  const singular = /s$/.test(candidate.text) ? findCountries(candidate.text.replace(/s$/, '')) : [];
  if (singular.length === 1 && singular[0]!.start === 0 && singular[0]!.end === candidate.text.length - 1) return null;
  // "UN" and "U.N." alike: a dotted initialism is an acronym too, never a person's surname ("Un").
  if (words.length === 1 && (ACRONYM.test(candidate.text) || DOTTED_INITIALISM.test(candidate.text)) && !whole) {
    const before = lower(candidate.prev?.value ?? '');
    const after = candidate.next?.value ?? '';
    // "(IOC)" right after a name is that name's acronym.
    if (['the', 'by', 'agency', 'from', '('].includes(before) || REPORTING_VERB.test(after))
      return { ...base, kind: 'organization', country: null };
    return null;
  }
  if (agencyName(candidate.text) || (words.length > 1 && agencyName(lowerWords.slice(-2).join(' '))))
    return { ...base, kind: 'organization', country: null };
  if (lowerWords.some((w) => ORG_WORDS.has(w)) && words.length > 1) {
    const prefix = countries.find((c) => c.start === 0);
    return { ...base, kind: 'organization', country: prefix?.code ?? null };
  }
  if (words.length > 1 && (PLACE_WORDS.has(last) || PLACE_FIRST_WORDS.has(lowerWords[0]!)))
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
    const offset = words[first]!.start - candidate.start;
    const country = countries.find((c) => c.start === offset);
    if (country) {
      // Skip the whole country phrase ("South African"), however many tokens it has.
      while (first < words.length && words[first]!.start - candidate.start < country.end) first++;
      continue;
    }
    // A belief word before a lone name is a given name ("Christian Smith"), not a description.
    const nextWord = lowerWords[first + 1] ?? '';
    if (BELIEFS.has(w) && words.length - first === 2 && !TITLES.has(nextWord) && !BELIEFS.has(nextWord)) break;
    if (TITLES.has(w) || NOT_NAMES.has(w) || BELIEFS.has(w)) first++;
    else break;
  }
  // Anything up to the last role noun is the role: "Trade Representative X", "Quebec Premier Y".
  for (let k = words.length - 2; k >= first; k--) {
    if (ROLE_HEADS.has(lowerWords[k]!) && !lowerWords.slice(k + 1).every((w) => TITLES.has(w))) {
      first = k + 1;
      break;
    }
  }
  if (first >= words.length) return null;
  const roleWords = words.slice(0, first).filter((t) => !HONORIFICS.has(lower(t.value)));
  const role =
    roleWords.length > 0 && roleWords.some((t) => TITLES.has(lower(t.value)) || ROLE_HEADS.has(lower(t.value)))
      ? candidate.text.slice(roleWords[0]!.start - candidate.start, words[first - 1]!.end - candidate.start)
      : undefined;
  // A country word alone before a name does not make it a person ("U.S. Treasury").
  const titled =
    lowerWords.slice(0, first).some((w) => TITLES.has(w) || ROLE_HEADS.has(w)) ||
    TITLES.has(lower(candidate.prev?.value ?? ''));
  const nameTokens = words.slice(first);
  if (nameTokens.length === 0 || nameTokens.every((t) => TITLES.has(lower(t.value)))) return null;
  const start = nameTokens[0]!.start;
  const text = candidate.text.slice(start - candidate.start);
  const real = nameWords(text);
  if (real.length === 0) return null;
  const prep = lower(candidate.prev?.value ?? '');
  if (
    real.length === 1 &&
    !titled &&
    PLACE_PREPOSITIONS.has(prep) &&
    nameTokens[0]!.pos === 'PROPN' &&
    !spokenTo(candidate)
  )
    return { ...base, start, text, kind: 'place', country: null };
  if (!titled && prep === 'of' && SETTLEMENTS.has(lower(candidate.prev2?.value ?? '')))
    return { ...base, start, text, kind: 'place', country: null };
  // "the European Court of Human Rights", "the Ministry of Public Works": the rest of a capitalised
  // organisation's name after its "of" is a piece of that name, nobody's own.
  const owner = candidate.prev2;
  if (prep === 'of' && owner && /^\p{Lu}/u.test(owner.value) && ORG_WORDS.has(lower(owner.value))) return null;
  const multi = nameTokens.filter((t) => !isParticle(t.value)).length >= 2;
  // "Smith, 35, said": an age in apposition marks a person even when a single name is all there is.
  const aged = after[0]?.value === ',' && /^\d{1,3}$/.test(after[1]?.value ?? '') && after[2]?.value === ',';
  const weak = !multi && !titled && !aged;
  const head = nameTokens.find((t) => !isParticle(t.value) && t.value !== '-');
  if (weak && head?.pos !== 'PROPN' && !REPORTING_VERB.test(candidate.next?.value ?? '')) return null;
  if (!titled && countries.length > 0 && countries[0]!.start === 0 && real.length === 1) return null;
  // "under the Harbour Friendship Banner, which…": English puts no article before a person's full
  // name unless the name modifies a noun ("the Jane Doe campaign"), so an untitled name of two or
  // more words that heads a phrase opened by one names a thing. ("that" only as a determiner:
  // "said that Jane Doe was" is a person.)
  if (
    !titled &&
    multi &&
    ARTICLES.has(prep) &&
    candidate.prev?.pos === 'DET' &&
    candidate.next?.pos !== 'NOUN' &&
    candidate.next?.pos !== 'PROPN'
  )
    return { ...base, start, text, kind: 'other', country: null };
  const person: Classified = { ...base, start, text, kind: 'person', country: null, titled, weak };
  if (role) person.role = role;
  return person;
}
