import { findCountries, type CountryMention } from '../../countries/lexicon';
import type { Article, Entity } from '../../schema/corpus';
import { ROLE_HEADS, TITLES } from '../entities/titles';
import { ORG_WORDS } from '../entities/orgWords';

/** Words allowed between a qualifying country and the name: titles, offices, capitalised name parts. */
function onlyTitlesBetween(between: string): boolean {
  if (/[“”".;()]/.test(between.replace(/\b[A-Z]\.(?=[A-Z]?\.?)/g, ''))) return false;
  // "Germany's economy minister, X": a possessive office of a word or two of any kind.
  const office = between.match(/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{L}+),?\s*$/u)?.[1];
  if (office && (TITLES.has(office.toLowerCase()) || ROLE_HEADS.has(office.toLowerCase()))) return true;
  const words = between
    .replace(/['’]s\b/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  return words.every(
    (w) =>
      /^\p{Lu}/u.test(w) ||
      TITLES.has(w.toLowerCase()) ||
      ORG_WORDS.has(w.toLowerCase()) ||
      ['security', 'the', 'of', 'a', 'an'].includes(w.toLowerCase()),
  );
}

/**
 * Countries that qualify a name rather than merely appear near it: a demonym ("the Kenyan president X"),
 * a possessive ("Iran's top official X"), a country before a title ("U.S. President X"), or "of/at X"
 * after it ("X, President of Kenya"). "An Iran critic" names a stance, not a nationality.
 */
export function qualifyingCountries(text: string, nameStart: number, nameEnd: number): string[] {
  const found: string[] = [];
  const before = text.slice(Math.max(0, nameStart - 60), nameStart);
  const offset = Math.max(0, nameStart - 60);
  for (const m of findCountries(before)) {
    // "pro-Iran", "anti-American": a stance towards the country, not its nationality.
    if (/\b(?:pro|anti)-$/i.test(before.slice(0, m.start))) continue;
    const rest = before.slice(m.end);
    const nextWord = rest.match(/^\s*([\p{L}.]+)/u)?.[1]?.toLowerCase() ?? '';
    const qualifies = m.cue === 'demonym' || /^['’]s\b/.test(rest) || TITLES.has(nextWord.replace(/\.$/, ''));
    if (qualifies && onlyTitlesBetween(text.slice(offset + m.end, nameStart))) found.push(m.code);
  }
  const after = text.slice(nameEnd, nameEnd + 60);
  // An apposition after the name: "X, President of Kenya", "X, spokesperson at the U.S. State Department".
  const of = after.match(/^,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of|at|for)\s+(?:the\s+)?([^,;]{2,40})/u);
  const apposition = of?.[1]?.split(/\.\s/)[0];
  if (apposition)
    for (const m of findCountries(apposition).slice(0, 1))
      if (!/\b(?:pro|anti)-$/i.test(apposition.slice(0, m.start))) found.push(m.code);
  return found;
}

/** A person's or organisation's country, voted over every mention in the corpus. */
export function entityCountry(entity: Entity, articles: ReadonlyMap<string, Article>): string | null {
  if (entity.country) return entity.country;
  const votes = new Map<string, number>();
  for (const m of entity.mentions) {
    const text = articles.get(m.articleId)?.text ?? '';
    for (const code of qualifyingCountries(text, m.start, m.end)) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Countries named side by side ("A, B and C"): the group closest to the end of the subject. */
export function coordinatedGroup(subject: string, mentions: readonly CountryMention[]): CountryMention[] {
  if (mentions.length === 0) return [];
  const group = [mentions[mentions.length - 1]!];
  for (let i = mentions.length - 2; i >= 0; i--) {
    const between = subject.slice(mentions[i]!.end, group[0]!.start);
    if (/^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i.test(between)) group.unshift(mentions[i]!);
    else break;
  }
  return group;
}
