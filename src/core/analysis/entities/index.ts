import type { Article, Entity } from '../../schema/corpus';
import { countryName } from '../../countries/lexicon';
import type { Tok } from '../quantities/sentenceTokens';
import { nameCandidates, taggedFrom } from './candidates';
import { articleTokens } from '../quantities/sentenceTokens';
import { classify, type Classified } from './classify';
import { coordinatedPlaces } from './coordinatedPlaces';
import { countryMentions } from './countryEntities';
import { resolveEntities } from './resolve';
import { matches } from '../../text/matches';
import { groupBy } from '../../collections/groupBy';

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Names of organisations and places also appear in lower case ("the interior ministry"): find
 * those too. All names go into one pattern, longest first, so each article is read once however
 * many names the corpus has.
 */
function lowerCaseMentions(articles: readonly Article[], found: readonly Classified[]): Classified[] {
  const names = new Map<string, Classified>();
  for (const f of found)
    if ((f.kind === 'organization' || f.kind === 'place') && f.text.includes(' ')) names.set(f.text.toLowerCase(), f);
  if (names.size === 0) return [];
  const alternatives = [...names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');
  const spans = groupBy(found, (f) => f.articleId);
  const extra: Classified[] = [];
  for (const article of articles) {
    const covered = spans.get(article.id) ?? [];
    for (const match of matches(article.text, pattern)) {
      const start = match.index ?? 0;
      if (covered.some((f) => f.start <= start && f.end > start)) continue;
      const example = names.get(match[0].toLowerCase());
      if (!example) continue;
      extra.push({ ...example, articleId: article.id, start, end: start + match[0].length, text: match[0] });
    }
  }
  return extra;
}

/** The per-article half of step 4 for names: candidates tagged and classified, countries found. */
export function articleNames(article: Article, tokens?: readonly Tok[][]): Classified[] {
  const found: Classified[] = [];
  for (const candidate of nameCandidates(article, taggedFrom(tokens ?? articleTokens(article)))) {
    const item = classify(candidate);
    if (item) found.push(item);
  }
  found.push(...countryMentions(article));
  return coordinatedPlaces(article.text, found);
}

/**
 * A name read as a place in the corpus ("in the town of San Lucas") is that place where it stands
 * untitled ("flew to San Lucas"): nothing there says person, and one name in one story is one
 * thing. A name of several words needs one such reading; a single word, which is often a surname
 * after "in" or "near", needs more place readings than untitled person ones. A title ("Mayor
 * Lucas") still makes a person.
 */
function placedWherePlaced(found: readonly Classified[]): Classified[] {
  const count = (kind: 'place' | 'person') => {
    const counts = new Map<string, number>();
    for (const c of found) if (c.kind === kind && !c.titled) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
    return counts;
  };
  const places = count('place');
  const people = count('person');
  const isPlace = (text: string) => {
    const asPlace = places.get(text) ?? 0;
    return /\s/.test(text.trim()) ? asPlace > 0 : asPlace > (people.get(text) ?? 0);
  };
  return found.map((c) => {
    if (c.kind !== 'person' || c.titled || !isPlace(c.text)) return c;
    const { role: _role, ...name } = c;
    return { ...name, kind: 'place', country: null, weak: false };
  });
}

/**
 * A one-word name read as an organisation somewhere in the corpus ("the airline Varen") is that
 * organisation where it stands untitled ("Varen said"), and where it reads as a place ("shares in
 * Varen") unless it reads as a place more often. A title ("Mr Varen") still makes a person.
 */
function organisedWhereOrganised(found: readonly Classified[]): Classified[] {
  const counts = (kind: Classified['kind']) => {
    const tally = new Map<string, number>();
    for (const c of found)
      if (c.kind === kind && !/\s/.test(c.text.trim())) tally.set(c.text, (tally.get(c.text) ?? 0) + 1);
    return tally;
  };
  const orgs = counts('organization');
  const places = counts('place');
  const titled = new Set(found.filter((c) => c.kind === 'person' && c.titled).map((c) => c.text));
  return found.map((c) => {
    const asOrg = orgs.get(c.text) ?? 0;
    if (asOrg === 0 || titled.has(c.text)) return c;
    if ((c.kind === 'person' && !c.titled) || (c.kind === 'place' && asOrg >= (places.get(c.text) ?? 0))) {
      const { role: _role, ...name } = c;
      return { ...name, kind: 'organization', country: null, weak: false };
    }
    return c;
  });
}

/**
 * Step 4 and 5 for names: people, organisations, places and countries, resolved across articles.
 * `names` holds each article's articleNames when they were computed elsewhere (a worker thread).
 */
export function extractEntities(articles: readonly Article[], names?: readonly Classified[][]): Entity[] {
  const found: Classified[] = organisedWhereOrganised(
    placedWherePlaced((names ?? articles.map((a) => articleNames(a))).flat()),
  );
  const all = [...found, ...lowerCaseMentions(articles, found)];
  const entities = resolveEntities(all).map((e) =>
    e.kind === 'country' && e.country ? { ...e, name: countryName(e.country) } : e,
  );
  // Ids must be unique even when two clusters slug alike.
  const seen = new Map<string, number>();
  return entities.map((e) => {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    return n === 0 ? e : { ...e, id: `${e.id}-${n + 1}` };
  });
}
