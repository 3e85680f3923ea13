import { countryName, findCountries } from '../../countries/lexicon';
import type { Article, Entity, Quote, Reaction, ReactionMention, Stance } from '../../schema/corpus';
import { coordinatedGroup, entityCountry } from './actorCountry';
import { findCues } from './stanceCues';

type Actor = { name: string; country: string; kind: NonNullable<Reaction['actorKind']> };

const SUBJECT_START =
  /(?:[.;:]\s+|,\s+with\s+|,\s+while\s+|\bwith\s+)(?![^.;:]*(?:[.;:]\s+|,\s+with\s+|,\s+while\s+|\bwith\s+))/i;
/** Subjects that point back to the actor of an earlier sentence ("The spokesperson called for calm"). */
const ANAPHOR =
  /^\s*(?:\w+ly\s+)?(?:he|she|they|the (?:spokes\w+|minister|ministry|official|president|government|premier|office))\b/i;

/** Nouns a reaction can be about; "denounced the outcome" is about something else. */
const EVENT_OBJECT =
  /^(?:attack|assault|strike|attempt|assassination|bombing|explosion|blast|act|killing|killings|violence|incident|action|crime|raid|shooting|drone|plot|terror|terrorism|it)/i;

function aboutTheEvent(after: string): boolean {
  const object = after.match(/^\s+(?:the|this|that|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b/);
  if (!object) return true;
  const words = after.slice(0, object[0].length).trim().split(/\s+/).slice(1);
  return words.some((w) => EVENT_OBJECT.test(w));
}

/** A described speaker's country from the words that describe it ("a Saudi official"). */
function describedCountry(description: string): string | null {
  return findCountries(description)[0]?.code ?? null;
}

/** The country most named in the corpus: where the event happened, the home of actors with no other country. */
function homeCountry(entities: readonly Entity[]): string | null {
  const countries = entities.filter((e) => e.kind === 'country' && e.country);
  countries.sort((a, b) => b.mentions.length - a.mentions.length);
  return countries[0]?.country ?? null;
}

/**
 * Step 7: who reacted, for which country, how, and where each article says so. The actor is the
 * subject of a stance cue (or the speaker of a quote that holds it); coordinated countries react
 * one by one; a country that is only mentioned has not reacted.
 */
export function extractReactions(
  articles: readonly Article[],
  entities: readonly Entity[],
  quotes: readonly Quote[],
): Reaction[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const home = homeCountry(entities);
  const countryOf = new Map<string, string | null>();
  const actorFor = (entity: Entity): Actor | null => {
    if (!countryOf.has(entity.id)) countryOf.set(entity.id, entityCountry(entity, byId) ?? home);
    const country = countryOf.get(entity.id);
    if (!country) return null;
    return { name: entity.name, country, kind: entity.kind === 'person' ? 'official' : 'organization' };
  };
  const found = new Map<string, { actor: Actor; stance: Stance; mentions: ReactionMention[]; seen: Set<string> }>();
  const record = (actor: Actor, stance: Stance, mention: ReactionMention) => {
    const key = `${actor.country}|${actor.name}|${stance}`;
    const entry = found.get(key) ?? { actor, stance, mentions: [], seen: new Set<string>() };
    // A set of where it was reported: one reaction carried by thousands of copies stays linear.
    const where = `${mention.articleId}|${mention.start}`;
    if (!entry.seen.has(where)) {
      entry.seen.add(where);
      entry.mentions.push(mention);
    }
    found.set(key, entry);
  };
  // Per-article indexes: without them every sentence would scan every mention and quote in the corpus.
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const mentionsIn = new Map<string, { entity: Entity; start: number; end: number }[]>();
  for (const e of entities) {
    if (e.kind !== 'person' && e.kind !== 'organization') continue;
    for (const m of e.mentions) {
      const list = mentionsIn.get(m.articleId) ?? [];
      list.push({ entity: e, start: m.start, end: m.end });
      mentionsIn.set(m.articleId, list);
    }
  }
  for (const list of mentionsIn.values()) list.sort((a, b) => a.start - b.start);
  const quotesIn = new Map<string, { quote: Quote; start: number; end: number; text: string }[]>();
  for (const q of quotes)
    for (const v of q.variants) {
      const list = quotesIn.get(v.articleId) ?? [];
      list.push({ quote: q, start: v.start, end: v.end, text: v.text });
      quotesIn.set(v.articleId, list);
    }
  for (const article of articles) {
    let previous: Actor[] = [];
    const articleMentions = mentionsIn.get(article.id) ?? [];
    const articleQuotes = quotesIn.get(article.id) ?? [];
    const actorsIn = (from: number, to: number): Actor[] => {
      const text = article.text.slice(from, to);
      // Mentions are sorted by start, so the first entity met is the one named first.
      const people: Entity[] = [];
      for (const m of articleMentions)
        if (m.start >= from && m.end <= to && !people.includes(m.entity)) people.push(m.entity);
      const firstPerson =
        people.find((e) => e.kind === 'person') ?? people.find((e) => e.kind === 'organization' && e.country);
      if (firstPerson) {
        const actor = actorFor(firstPerson);
        return actor ? [actor] : [];
      }
      return coordinatedGroup(
        text,
        findCountries(text).filter((m) => m.cue !== 'demonym'),
      ).map((m) => ({ name: countryName(m.code), country: m.code, kind: 'government' as const }));
    };
    article.sentences.forEach((range, sentence) => {
      const text = article.text.slice(range.start, range.end);
      let actorsHere: Actor[] = [];
      for (const cue of findCues(text)) {
        const at = range.start + cue.start;
        const quote = articleQuotes.find((v) => v.start <= at && v.end >= range.start + cue.end)?.quote;
        let actors: Actor[];
        if (!aboutTheEvent(text.slice(cue.end))) continue;
        if (quote) {
          const speaker = quote.speakerEntityId ? entityById.get(quote.speakerEntityId) : undefined;
          const described =
            quote.speaker && home
              ? [{ name: quote.speaker, country: describedCountry(quote.speaker) ?? home, kind: 'other' as const }]
              : previous;
          actors = speaker ? [actorFor(speaker)].filter((a): a is Actor => a !== null) : described;
        } else {
          const prefix = text.slice(0, cue.start);
          const possessive = cue.stance === 'call_for_calm' ? prefix.match(/(\S+)['’"]s\s+$/) : null;
          const subjectStart = possessive
            ? cue.start - possessive[0].length
            : (prefix.match(SUBJECT_START)?.index ?? -1) + (prefix.match(SUBJECT_START)?.[0].length ?? 1);
          const subject = text.slice(Math.max(0, subjectStart), cue.start);
          actors = actorsIn(range.start + Math.max(0, subjectStart), range.start + cue.start);
          if (actors.length === 0) {
            const by = text.slice(cue.end).match(/^[^.;]*?\bby\s+(?:the\s+)?/);
            if (by)
              actors = actorsIn(
                range.start + cue.end + by[0].length,
                range.start + Math.min(text.length, cue.end + by[0].length + 40),
              );
          }
          if (actors.length === 0 && ANAPHOR.test(subject)) actors = previous;
        }
        const quoteText = quote ? articleQuotes.find((v) => v.quote === quote && v.start <= at)?.text : undefined;
        for (const actor of actors)
          record(actor, cue.stance, {
            articleId: article.id,
            start: range.start,
            end: range.end,
            sentence,
            ...(quoteText ? { quote: quoteText } : {}),
          });
        if (actors.length > 0) actorsHere = actors;
      }
      if (actorsHere.length > 0) previous = actorsHere;
      else {
        const named = actorsIn(range.start, range.end);
        if (named.length > 0) previous = named;
      }
    });
  }
  return [...found.values()]
    .map(({ actor, stance, mentions }) => ({
      id: `reaction-${actor.country.toLowerCase()}-${actor.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${stance}`,
      country: actor.country,
      actor: actor.name,
      actorKind: actor.kind,
      stance,
      mentions: mentions.sort((a, b) =>
        a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start,
      ),
    }))
    .sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.id < b.id ? -1 : 1));
}
