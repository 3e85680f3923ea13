import { findCountries, placeCountry } from '../../countries/lexicon';
import { monthIndex } from '../quantities/dates';
import type { Article, Entity } from '../../schema/corpus';

/** A country named just before a name, with only capitalised words (titles) between: "U.S. Trade Representative X". */
export function adjacentCountry(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const last = findCountries(before).pop();
  if (!last || /\b(?:pro|anti)-$/i.test(before.slice(0, last.start))) return null;
  const between = before.slice(last.end);
  return /^(?:['’]s)?\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the)\s+){0,5}$/u.test(between) ? last.code : null;
}

const title = (s: string) =>
  s.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const isCaps = (s: string) => /^[\p{Lu}\s.'’-]+$/u.test(s);

/** The first country or capital a dateline's part names, read title-cased when written in capitals. */
const namedIn = (part: string) => findCountries(isCaps(part) ? title(part) : part)[0];

/** A dateline's part as a country: a country or capital named in it, else the whole part read without accents. */
function countryOf(part: string): string | null {
  const hit = namedIn(part);
  if (hit) return hit.cue !== 'demonym' ? hit.code : null;
  return cityCountry(part);
}

const cityCountry = (city: string) => placeCountry(city.split('/')[0]!);

/** The article's dateline country ("LIMA, Peru (AP) —", "NAIROBI (Reuters) -"), if it has one. */
export function datelineCountry(text: string): string | null {
  const m = text
    .slice(0, 120)
    .match(
      /^\s*([\p{Lu}][\p{L}.'’/ -]{1,40}?)(?:,\s*([\p{Lu}][\p{L} .]{1,30}?))?\s*(?:\([\p{L} .]{1,25}\)\s*[—–-]?|\s[—–-]{1,2}\s)/u,
    );
  const caps = text.slice(0, 120).match(/^\s*([A-Z][A-Z.'’/ -]{1,40}),\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s/);
  if (!m && caps) {
    const named = findCountries(caps[2]!).find((c) => c.cue !== 'demonym')?.code;
    // "ASUNCION, May 21 (Wire) -": a date after the city, so the city alone says where.
    return named ?? (monthIndex(caps[2]!.toLowerCase()) >= 0 ? cityCountry(caps[1]!) : null);
  }
  if (!m) return null;
  const region = m[2] ? countryOf(m[2]) : null;
  if (region) return region;
  for (const part of m[1]!.split('/')) {
    const hit = namedIn(part);
    if (hit && hit.cue !== 'demonym') return hit.code;
  }
  // A city written without its accents ("ASUNCION"), unless a region that is no country follows
  // it ("SAN JOSE, Calif."): then it is somewhere this table cannot say.
  return m[2] ? null : cityCountry(m[1]!);
}

/** Where the story happens: the country most articles are datelined in, else the country most named. */
export function homeCountry(articles: readonly Article[], entities: readonly Entity[]): string | null {
  const votes = new Map<string, number>();
  for (const a of articles) {
    const code = datelineCountry(a.text);
    if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  const countries = entities.filter((e) => e.kind === 'country' && e.country);
  countries.sort((a, b) => b.mentions.length - a.mentions.length);
  const named = new Map(countries.map((e, i) => [e.country!, i]));
  // Ties between datelines go to the country the articles name most.
  const byDateline = [...votes.entries()].sort(
    (a, b) => b[1] - a[1] || (named.get(a[0]) ?? 1e9) - (named.get(b[0]) ?? 1e9) || (a[0] < b[0] ? -1 : 1),
  )[0];
  if (byDateline) return byDateline[0];
  return countries[0]?.country ?? null;
}
