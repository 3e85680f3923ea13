import countries from 'world-countries';
import englishNames from 'i18n-iso-countries/langs/en.json';
import { matches } from '../text/matches';

/** How a phrase names a country: by name, as a people/adjective, or by its capital (metonymy: "Washington said"). */
export type CountryCue = 'name' | 'demonym' | 'capital';

export type CountryEntry = { code: string; cue: CountryCue };

/** A name compared without accents or case: "Ísland" and "Island". */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Short forms newsrooms use that the data set spells without dots. */
const DOTTED = (s: string) => (/^[A-Z]{2,3}$/.test(s) ? [s.split('').join('.') + '.', s.split('').join('.')] : []);

function add(map: Map<string, CountryEntry>, phrase: string, entry: CountryEntry) {
  const key = phrase.trim();
  if (key.length < 2 || map.has(key)) return;
  map.set(key, entry);
}

/**
 * Every way of naming a country that this table knows, keyed by the exact phrase (case matters:
 * "US" the country, not "us" the pronoun). Built from the world-countries data set, so it covers
 * all countries alike rather than the ones some story happens to mention.
 */
function buildLexicon(): Map<string, CountryEntry> {
  const map = new Map<string, CountryEntry>();
  // Where two entries share a phrase the first one added keeps it: a sovereign state before a
  // territory ("American" is the United States, not the Northern Mariana Islands; "Dutch" the
  // Netherlands), then the larger one ("Dominican"), then the code, so the table never depends on
  // the data set's order.
  const sorted = [...countries].sort(
    (a, b) =>
      Number(b.independent ?? false) - Number(a.independent ?? false) || b.area - a.area || (a.cca2 < b.cca2 ? -1 : 1),
  );
  for (const c of sorted) {
    const code = c.cca2;
    for (const name of [c.name.common, c.name.official]) {
      add(map, name, { code, cue: 'name' });
    }
    const english = new Set([plain(c.name.common), plain(c.name.official)]);
    const natives = new Set(Object.values(c.name.native ?? {}).flatMap((n) => [plain(n.common), plain(n.official)]));
    for (const alt of c.altSpellings) {
      if (/^[A-Z]{2}$/.test(alt) && !['US', 'UK'].includes(alt)) continue;
      if (!/^[\p{Lu}]/u.test(alt) || /[‘’ʻ]/.test(alt)) continue;
      // The country's own-language name spelt without accents ("Island", "Suisse", "Brasil") is not
      // how English names it, and collides with English words and other names ("Rhode Island").
      if (!/\s/.test(alt) && natives.has(plain(alt)) && !english.has(plain(alt))) continue;
      add(map, alt, { code, cue: 'name' });
      for (const dotted of DOTTED(alt)) add(map, dotted, { code, cue: 'name' });
    }
    const demonym = c.demonyms?.eng;
    if (demonym) for (const d of new Set([demonym.m, demonym.f])) if (d) add(map, d, { code, cue: 'demonym' });
    // A plural name's singular is its adjective, which the data set leaves out: "Philippine officials".
    const singular = c.name.common.match(/^(\p{Lu}\p{Ll}+(?:e|o|nd))s$/u)?.[1];
    if (singular) add(map, singular, { code, cue: 'demonym' });
    for (const capital of c.capital ?? []) {
      add(map, capital, { code, cue: 'capital' });
      const short = capital.replace(/\s+D\.C\.$/, '');
      if (short !== capital) add(map, short, { code, cue: 'capital' });
    }
  }
  addShortNames(map, sorted);
  return map;
}

/**
 * The short names English news uses that world-countries lacks: its renamed entries ("Turkey"
 * beside "Türkiye", "Ivory Coast", "Cape Verde") from i18n-iso-countries' English table; the
 * first part of a state named "A and B" ("Bosnia", "Trinidad"); "St" for "Saint"; and "Britain",
 * which neither table lists beside "Great Britain".
 */
function addShortNames(map: Map<string, CountryEntry>, sorted: readonly (typeof countries)[number][]) {
  for (const [code, names] of Object.entries(englishNames.countries))
    for (const name of [names].flat()) if (!/[,(]/.test(name)) add(map, name, { code, cue: 'name' });
  for (const c of sorted) {
    const first = c.independent ? c.name.common.match(/^(.+?) and /)?.[1] : undefined;
    if (first) add(map, first, { code: c.cca2, cue: 'name' });
  }
  for (const [phrase, entry] of [...map])
    if (entry.cue === 'name' && phrase.startsWith('Saint '))
      for (const st of ['St ', 'St. ']) add(map, phrase.replace(/^Saint /, st), entry);
  add(map, 'Britain', { code: 'GB', cue: 'name' });
}

let lexicon: Map<string, CountryEntry> | null = null;
let pattern: RegExp | null = null;

export function countryLexicon(): Map<string, CountryEntry> {
  lexicon ??= buildLexicon();
  return lexicon;
}

/** One regex that finds any lexicon phrase as a whole word, longest phrase first. */
export function countryPattern(): RegExp {
  if (!pattern) {
    const phrases = [...countryLexicon().keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, 'gu');
  }
  return pattern;
}

export type CountryMention = { start: number; end: number; text: string; code: string; cue: CountryCue };

/** Every country named in `text`, with offsets. */
export function findCountries(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  for (const match of matches(text, countryPattern())) {
    let phrase = match[0];
    let entry = countryLexicon().get(phrase);
    // "U.S." at the end of a sentence loses its final dot to the sentence; try it back.
    if (!entry && countryLexicon().has(`${phrase}.`)) entry = countryLexicon().get(`${phrase}.`);
    if (!entry) continue;
    const start = match.index ?? 0;
    if (phrase.endsWith('.') && !/[A-Z]\.[A-Z]\.$/.test(phrase)) phrase = phrase.slice(0, -1);
    found.push({ start, end: start + phrase.length, text: phrase, code: entry.code, cue: entry.cue });
  }
  return found;
}

let places: Map<string, string> | null = null;

/**
 * The country a whole place name is, or is the capital of, read without case or accents as
 * datelines write it ("ASUNCION", "BOGOTA"). Only for a name standing alone: in running text the
 * accents and capitals are kept, where "Male" is a word and not the capital of the Maldives.
 */
export function placeCountry(name: string): string | null {
  if (!places) {
    places = new Map();
    for (const [phrase, entry] of countryLexicon())
      if (entry.cue !== 'demonym' && !places.has(plain(phrase))) places.set(plain(phrase), entry.code);
  }
  return places.get(plain(name.trim())) ?? null;
}

let names: Map<string, string> | null = null;

/** The common English name of a country, e.g. "Germany" for "DE". */
export function countryName(code: string): string {
  names ??= new Map(countries.map((c) => [c.cca2, c.name.common]));
  return names.get(code) ?? code;
}
