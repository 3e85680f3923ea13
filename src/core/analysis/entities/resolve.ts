import type { Entity, EntityKind, Span } from '../../schema/corpus';
import { findCountries } from '../../countries/lexicon';
import { agencyName } from '../../sources/wires';
import type { Classified } from './classify';
import { firstWordKey, givenNameKey, nameWords, skeleton, surnameKey } from './nameKey';
import { COMPANY_SUFFIXES } from './orgWords';

type Cluster = {
  kind: EntityKind;
  key: string;
  country: string | null;
  names: Map<string, number>;
  roles: Map<string, number>;
  mentions: Span[];
};

/** Records `value` under `key`, or '' when a different value was recorded already (ambiguous). */
function claim(map: Map<string, string>, key: string, value: string) {
  map.set(key, map.has(key) && map.get(key) !== value ? '' : value);
}

function mostCommon(counts: Map<string, number>): string | undefined {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function slug(text: string): string {
  return nameWords(text).join('-') || 'x';
}

function canonical(names: Map<string, number>): string {
  // The longest spelling seen most often: a full name beats a surname, a common spelling a rare one.
  return [...names.entries()].sort(
    (a, b) => nameWords(b[0]).length - nameWords(a[0]).length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  )[0]![0];
}

/** Words that acronyms skip: "Organisation of the Petroleum Exporting Countries" is OPEC. */
const SKIPPED_IN_ACRONYMS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', '&']);

/** The capital initials of a name of several words, or '' for a single word. */
function initialsOf(text: string): string {
  const words = text
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED_IN_ACRONYMS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return '';
  return words.map((w) => w[0]!).join('');
}

/** An organisation's name without a leading country word: "US State Department" -> "state department". */
function orgCore(item: Classified): string {
  const agency = agencyName(item.text.replace(/^the\s+/i, ''));
  if (agency) return `agency:${agency}`;
  const prefix = findCountries(item.text).find((c) => c.start === 0);
  const rest = prefix ? item.text.slice(prefix.end) : item.text;
  const words = nameWords(rest).filter((w) => w.length > 1);
  // "Acme Foods Inc" and "Acme Foods" are one company: a closing legal suffix is no part of its name.
  if (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * Organisations with the same core name are one, unless their country words differ
 * ("German Foreign Ministry" and "French Foreign Ministry" stay two).
 */
function orgKeys(items: readonly Classified[]): Map<Classified, string> {
  const countriesOf = new Map<string, Set<string>>();
  for (const item of items) {
    const core = orgCore(item);
    if (!countriesOf.has(core)) countriesOf.set(core, new Set());
    if (item.country) countriesOf.get(core)!.add(item.country);
  }
  const keys = new Map<Classified, string>();
  for (const item of items) {
    const core = orgCore(item);
    const many = (countriesOf.get(core)?.size ?? 0) > 1;
    keys.set(item, many && item.country ? `org:${core}:${item.country}` : `org:${core}`);
  }
  // An acronym joins the one long form whose initials it spells ("WHO", "World Health
  // Organization"); when two long forms spell it, it stays apart.
  const longForms = new Map<string, string>();
  for (const item of items) {
    const initials = initialsOf(item.text);
    if (initials.length >= 2) claim(longForms, initials, keys.get(item)!);
  }
  for (const item of items) {
    const letters = item.text.replace(/\./g, '');
    if (!/^\p{Lu}{2,6}$/u.test(letters)) continue;
    const long = longForms.get(letters);
    if (long) keys.set(item, long);
  }
  return keys;
}

/**
 * Step 5 for entities: one entity per real-world referent. People are joined on a transliteration-
 * tolerant surname key, and only when their given names agree; a lone surname joins the one person
 * who carries it, and is dropped as ambiguous when two different people do.
 */
export function resolveEntities(items: readonly Classified[]): Entity[] {
  const clusters = new Map<string, Cluster>();
  const add = (key: string, kind: EntityKind, item: Classified) => {
    let cluster = clusters.get(key);
    if (!cluster)
      clusters.set(
        key,
        (cluster = { kind, key, country: item.country, names: new Map(), roles: new Map(), mentions: [] }),
      );
    cluster.names.set(item.text, (cluster.names.get(item.text) ?? 0) + 1);
    if (item.role) cluster.roles.set(item.role, (cluster.roles.get(item.role) ?? 0) + 1);
    cluster.mentions.push({ articleId: item.articleId, start: item.start, end: item.end });
  };
  const people = items.filter((i) => i.kind === 'person');
  const full = people.filter((p) => givenNameKey(p.text) !== null);
  const keyOf = (p: Classified) => `person:${givenNameKey(p.text)}:${surnameKey(p.text)}`;
  // Who a lone name can stand for: the full name whose surname it is, else (family name first:
  // "Xi", "Kim") the one whose first word it is; in the same article first, then in the corpus.
  // A key two full names claim is ambiguous ('') and the lone name is left out.
  const bySurname = new Map<string, string>();
  const byFirst = new Map<string, string>();
  const inArticle = new Map<string, string>();
  const firstInArticle = new Map<string, string>();
  for (const p of full) {
    const key = keyOf(p);
    claim(bySurname, surnameKey(p.text), key);
    claim(byFirst, firstWordKey(p.text)!, key);
    claim(inArticle, `${p.articleId}|${surnameKey(p.text)}`, key);
    claim(firstInArticle, `${p.articleId}|${firstWordKey(p.text)}`, key);
    add(key, 'person', p);
  }
  const owner = (p: Classified): string | undefined => {
    const surname = surnameKey(p.text);
    const local = inArticle.get(`${p.articleId}|${surname}`);
    if (local !== undefined) return local;
    const corpus = bySurname.get(surname);
    if (corpus !== undefined) return corpus;
    return firstInArticle.get(`${p.articleId}|${surname}`) ?? byFirst.get(surname);
  };
  const lone = people.filter((x) => givenNameKey(x.text) === null);
  // Lone names with evidence of a person first, so that a bare mention of the same name can join them.
  for (const p of [...lone.filter((x) => !x.weak), ...lone.filter((x) => x.weak)]) {
    const found = owner(p);
    const single = `person:?:${surnameKey(p.text)}`;
    if (found) add(found, 'person', p);
    else if (found === undefined && (!p.weak || clusters.has(single))) add(single, 'person', p);
  }
  const orgs = orgKeys(items.filter((i) => i.kind === 'organization'));
  for (const item of items) {
    if (item.kind === 'person') continue;
    const key =
      item.kind === 'organization'
        ? orgs.get(item)!
        : item.kind === 'country'
          ? `country:${item.country}`
          : `place:${nameWords(item.text).map(skeleton).join(' ')}`;
    add(key, item.kind, item);
  }
  return [...clusters.values()]
    .map((c) => {
      const name = canonical(c.names);
      const mentions = [...c.mentions].sort((a, b) =>
        a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start,
      );
      const entity: Entity = {
        id: `${c.kind}-${c.kind === 'country' && c.country ? c.country.toLowerCase() : slug(name)}`,
        kind: c.kind,
        name,
        variants: [...c.names.keys()].sort(),
        country: c.country,
        mentions,
      };
      const role = mostCommon(c.roles);
      if (role) entity.role = role;
      return entity;
    })
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
}
