import { countryName } from '../../countries/lexicon';
import type { Article, Entity, Quote } from '../../schema/corpus';
import { qualifyingCountries } from './actorCountry';
import { MEDIA, PLACE_BEFORE, SUPRANATIONAL, coordinatedActors, countryActors } from './actors';
import type { Actor } from './recorder';
import type { Speakers } from './speakers';

export type NameMention = { entity: Entity; start: number; end: number };
export type QuoteSpan = { quote: Quote; start: number; end: number; text: string };

/** Per-article indexes: without them every sentence would scan every mention and quote in the corpus. */
export function indexByArticle(entities: readonly Entity[], quotes: readonly Quote[]) {
  const mentionsIn = new Map<string, NameMention[]>();
  for (const e of entities) {
    if (e.kind !== 'person' && e.kind !== 'organization') continue;
    for (const m of e.mentions) {
      const list = mentionsIn.get(m.articleId) ?? [];
      list.push({ entity: e, start: m.start, end: m.end });
      mentionsIn.set(m.articleId, list);
    }
  }
  for (const list of mentionsIn.values()) list.sort((a, b) => a.start - b.start);
  const quotesIn = new Map<string, QuoteSpan[]>();
  for (const q of quotes)
    for (const v of q.variants) {
      const list = quotesIn.get(v.articleId) ?? [];
      list.push({ quote: q, start: v.start, end: v.end, text: v.text });
      quotesIn.set(v.articleId, list);
    }
  return { mentionsIn, quotesIn };
}

/**
 * One sentence as the actor finder reads it: `masked` is its text with quotations blanked out,
 * `offset` where it starts in the article, `nearby` the country that reacted in the sentence before.
 */
export type SentenceScope = {
  article: Article;
  mentions: readonly NameMention[];
  speakers: Speakers;
  masked: string;
  offset: number;
  nearby: string | null;
};

/** An actor and where it is named in the span: `at` its group's start, `end` its own end. */
type Found = { actor: Actor; at: number; end: number };

/** A country named in the span, with the office holder named right after it when there is one. */
function countryCandidates(s: SentenceScope, from: number, to: number, span: string): Found[] {
  const countries = countryActors(span);
  if (!countries[0]) return [];
  const group = coordinatedActors(span, countries[0], countries);
  return group.map((c) => {
    // "Kenyan President Ruth Wanjiku", "Chile's Prime Minister X": the office holder named right after.
    const holder =
      group.length === 1
        ? s.mentions.find(
            (m) =>
              m.entity.kind === 'person' &&
              m.start >= from + c.end &&
              m.end <= to &&
              /^(?:['’]s)?\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the)\s+){0,5}$/u.test(
                s.article.text.slice(from + c.end, m.start),
              ),
          )
        : undefined;
    return {
      at: countries[0]!.start,
      end: holder ? holder.end - from : c.end,
      actor: {
        name: holder ? holder.entity.name : c.cue === 'demonym' ? c.text : countryName(c.code),
        country: c.code,
        kind: holder || c.cue === 'demonym' ? 'official' : 'government',
      },
    };
  });
}

/** Officials and organisations named in the span who can speak for a country. */
function nameCandidates(s: SentenceScope, from: number, to: number, span: string): Found[] {
  const found: Found[] = [];
  for (const m of s.mentions) {
    if (m.start < from || m.end > to) continue;
    const at = m.start - from;
    // A name inside a quotation, or a place ("written in the Federation"), is not who acts.
    const before = span.slice(0, at);
    // "A spokesman for the Trade Commission": the body a spokesperson speaks for is no place.
    const spokenFor = /\b(?:spokes(?:man|woman|person)|official|representative)\s+(?:for|of|at)\s+(?:the\s+)?$/i.test(
      before,
    );
    if (!s.masked.slice(m.start - s.offset, m.end - s.offset).trim() || (PLACE_BEFORE.test(before) && !spokenFor))
      continue;
    if (m.entity.kind === 'person') {
      if (!s.speakers.isOfficial(m.entity)) continue;
      const body = s.speakers.organizationOf(m.entity, s.article, m.start, m.end);
      if (body) {
        found.push({
          at,
          end: m.end - from,
          actor: { name: m.entity.name, country: null, organization: body, kind: 'official' },
        });
        continue;
      }
      const country = s.speakers.countryOf(m.entity, s.article, m.start, m.end, s.nearby);
      if (country) found.push({ at, end: m.end - from, actor: { name: m.entity.name, country, kind: 'official' } });
    } else if (!MEDIA.test(m.entity.name) || m.entity.country) {
      if (SUPRANATIONAL.test(m.entity.name)) continue;
      const country = m.entity.country ?? qualifyingCountries(s.article.text, m.start, m.end)[0] ?? null;
      if (country) found.push({ at, end: m.end - from, actor: { name: m.entity.name, country, kind: 'organization' } });
    }
  }
  return found;
}

/** Every actor named in [from, to) of the article, the first one named first; `govOnly` for acts of state. */
export function actorsIn(s: SentenceScope, from: number, to: number, govOnly: boolean): Actor[] {
  const span = s.masked.slice(from - s.offset, to - s.offset);
  const candidates = countryCandidates(s, from, to, span);
  const people = govOnly ? [] : nameCandidates(s, from, to, span);
  const supra = span.match(SUPRANATIONAL);
  // "UN Secretary-General X said": the official named with the body speaks, not the body.
  if (supra && !govOnly && !people.some((p) => p.actor.organization === supra[0]))
    candidates.push({
      at: supra.index ?? 0,
      end: (supra.index ?? 0) + supra[0].length,
      actor: { name: supra[0], country: null, organization: supra[0], kind: 'organization' },
    });
  candidates.push(...people);
  if (candidates.length === 0) return [];
  return firstCoordinated(candidates, span).map((c) => c.actor);
}

/** Between two actors of one subject: "and", ", and", "as well as" ("the United States and the European Union"). */
const COORDINATOR = /^\s*(?:,\s*)?(?:and|as well as|&)?\s*(?:the\s+)?$/i;

/** The actors named first, and those joined to them by a coordinator, whatever kind each is. */
function firstCoordinated(candidates: readonly Found[], span: string): Found[] {
  const ordered = [...candidates].sort((a, b) => a.at - b.at);
  const first = ordered[0]!.at;
  const chosen = ordered.filter((c) => c.at === first);
  let end = Math.max(...chosen.map((c) => c.end));
  for (const c of ordered) {
    if (c.at <= first || c.at < end) continue;
    const gap = span.slice(end, c.at);
    // A conjunction, not a comma alone: "the minister, officials said" names two, one of whom spoke.
    if (!COORDINATOR.test(gap) || !/&|\band\b|\bas well as\b/i.test(gap)) break;
    chosen.push(c);
    end = Math.max(end, c.end);
  }
  return chosen;
}
