import { countryName, findCountries } from '../../countries/lexicon';
import type { Article, Entity, Quote, Reaction, ReactionMention, Stance } from '../../schema/corpus';
import { entityCountry, qualifyingCountries } from './actorCountry';
import { MEDIA, PLACE_BEFORE, SUPRANATIONAL, coordinatedActors, countryActors } from './actors';
import { findCues, isNegated, isPassive, type Cue } from './stanceCues';
import { adjacentCountry, homeCountry } from './storyCountries';

type ActorKind = NonNullable<Reaction['actorKind']>;
type Actor = { name: string; country: string | null; organization?: string; kind: ActorKind };
type Found = { actor: Actor; at: number };

/** Where a clause starts: the subject of a cue is looked for after the last of these. */
const CLAUSE_START =
  /(?:(?<!\b[A-Z])[.;:!?]\s+|,\s+(?:with|while|but|whereas|although|as)\s+|\bwith\s+|\s[—–]\s)(?![^]*(?:(?<!\b[A-Z])[.;:!?]\s+|,\s+(?:with|while|but|whereas|although|as)\s+|\bwith\s+|\s[—–]\s))/i;
/** Subjects that point back to the actor of an earlier sentence ("The spokesperson called for calm"). */
const ANAPHOR =
  /^\s*(?:(?:and|but|also|\w+ly)\s+)*(?:he|she|they|it|the (?:spokes\w+|minister|ministry|official|president|government|premier|office|newspaper|agency|committee|council|leader|chancellor|statement))\b/i;
/** Titles and roles that make a named person speak for a state or an organisation. */
const OFFICE =
  /\b(?:president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|senator|representative|official|chief|director|leader|king|queen|emir|sultan|general|commander|negotiator|officer|cleric|ayatollah|sheikh|imam|pope|diplomat|chairman|head|delegate|lawmaker|prosecutor)\b/i;
/** Offices of a state, as against those of a company or a research centre ("chairman", "director"). */
const STATE_OFFICE =
  /\b(?:president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|senator|representative|official|king|queen|emir|sultan|general|commander|negotiator|officer|cleric|ayatollah|sheikh|imam|diplomat|lawmaker|prosecutor)\b/i;

/** A subject that is a state body with no country named: "police said", "the ministry announced". */
const BARE_OFFICE =
  /^\s*(?:(?:but|and|so)\s+)?(?:(?:the|a|an)\s+)?(?:(?:\w+\s+){0,2})(?:government|authorities|officials|police|military|army|ministry|security forces|administration|cabinet|presidency)\b/i;

/** Replaces quoted words by spaces, so that a country inside a quotation is never taken for the speaker. */
function maskQuotes(text: string): string {
  return text.replace(
    /[“"«‘]([^”"»’]{2,})[”"»’]/g,
    (all) => all[0]! + ' '.repeat(all.length - 2) + all[all.length - 1]!,
  );
}

/** The object of a cue in the text's words ("the tariffs", "Russia"), at most a few words. */
export function targetAfter(after: string): string | undefined {
  const m = after.match(
    /^\s+(?:on\s+|of\s+|to\s+|against\s+|at\s+)?((?:(?:the|a|an|its|his|her|their|this|that)\s+)?[\p{L}\d'’.-]+(?:\s+(?!(?:of|as|for|on|in|at|over|by|and|that|which|who|to|after|before|with|from|if|when|because|while|but|is|was|were|are|had|has|have|said|would|will|could)\b)[\p{L}\d'’.-]+){0,4})/u,
  );
  const words = m?.[1]?.replace(/[.,]+$/, '');
  if (!words || /^(?:that|it|to|of|for|the|a|an|and|on|in|at|by|with|as)$/i.test(words)) return undefined;
  return words;
}

/**
 * Step 7: who reacted, for which country or organisation, how, and towards what. A reaction is a
 * statement or act by a government, official, organisation or group: the subject of a stance word,
 * of a statement verb or of an act of state; the agent of a passive ("was condemned by Y"); or the
 * speaker of a quotation that holds a stance word. Denied cues ("declined to blame") are no reaction,
 * and private people speaking for themselves are not actors.
 */
export function extractReactions(
  articles: readonly Article[],
  entities: readonly Entity[],
  quotes: readonly Quote[],
): Reaction[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const home = homeCountry(articles, entities);
  const entityById = new Map(entities.map((e) => [e.id, e]));

  // A person speaks for a state when some mention gives them an office ("Interior Minister X", "X, a spokesman").
  const offices = new Map<string, string>();
  const officeOf = (entity: Entity): string => {
    if (!offices.has(entity.id)) {
      const role = (entity as { role?: string }).role ?? '';
      let office = role.match(OFFICE)?.[0] ?? entity.name.match(OFFICE)?.[0] ?? '';
      for (const m of entity.mentions) {
        if (office) break;
        const text = byId.get(m.articleId)?.text ?? '';
        const before = text.slice(Math.max(0, m.start - 50), m.start);
        const after = text.slice(m.end, m.end + 80);
        office =
          before.match(new RegExp(`${OFFICE.source}\\s+(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3}$`, 'iu'))?.[0] ??
          after.match(new RegExp(`^,\\s+(?:[\\w'’-]+\\s+){0,4}?${OFFICE.source}`, 'i'))?.[0] ??
          '';
      }
      offices.set(entity.id, office);
    }
    return offices.get(entity.id)!;
  };
  const isOfficial = (entity: Entity) => officeOf(entity) !== '';
  const countryOf = new Map<string, string | null>();
  const personCountry = (
    entity: Entity,
    article: Article,
    start: number,
    end: number,
    /** The country that reacted in the sentence just before: "China denounced …. Spokesman X said". */
    nearby: string | null = null,
  ): string | null => {
    const here = qualifyingCountries(article.text, start, end)[0] ?? adjacentCountry(article.text, start);
    if (here) return here;
    if (!countryOf.has(entity.id)) {
      let voted = entityCountry(entity, byId);
      for (const m of entity.mentions) voted ??= adjacentCountry(byId.get(m.articleId)?.text ?? '', m.start);
      countryOf.set(entity.id, voted);
    }
    // Only a state office makes someone with no named country speak for the country of the story.
    return countryOf.get(entity.id) ?? (STATE_OFFICE.test(officeOf(entity)) ? (nearby ?? home) : null);
  };

  const found = new Map<
    string,
    { actor: Actor; stance: Stance; detail: string; target?: string; mentions: ReactionMention[]; seen: Set<string> }
  >();
  const record = (actor: Actor, cue: Cue, target: string | undefined, mention: ReactionMention) => {
    const key = `${actor.country ?? ''}|${actor.organization ?? ''}|${actor.name}|${cue.stance}`;
    const entry = found.get(key) ?? { actor, stance: cue.stance, detail: cue.detail, mentions: [], seen: new Set() };
    if (!entry.target && target) entry.target = target;
    // A set of where it was reported: one reaction carried by thousands of copies stays linear.
    const where = `${mention.articleId}|${mention.start}`;
    if (!entry.seen.has(where)) {
      entry.seen.add(where);
      entry.mentions.push(mention);
    }
    found.set(key, entry);
  };

  // Per-article indexes: without them every sentence would scan every mention and quote in the corpus.
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
    let lastCountry: string | null = null;
    const articleMentions = mentionsIn.get(article.id) ?? [];
    const articleQuotes = quotesIn.get(article.id) ?? [];

    /** Every actor named in [from, to) of the article, the first one named first. */
    const actorsIn = (from: number, to: number, masked: string, govOnly: boolean): Actor[] => {
      const span = masked.slice(from - offset, to - offset);
      const candidates: Found[] = [];
      const countries = countryActors(span);
      if (countries[0]) {
        const group = coordinatedActors(span, countries[0], countries);
        for (const c of group) {
          // "Kenyan President Ruth Wanjiku", "Chile's Prime Minister X": the office holder named right after.
          const holder =
            group.length === 1
              ? articleMentions.find(
                  (m) =>
                    m.entity.kind === 'person' &&
                    m.start >= from + c.end &&
                    m.end <= to &&
                    /^(?:['’]s)?\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the)\s+){0,5}$/u.test(
                      article.text.slice(from + c.end, m.start),
                    ),
                )
              : undefined;
          candidates.push({
            at: countries[0].start,
            actor: {
              name: holder ? holder.entity.name : c.cue === 'demonym' ? c.text : countryName(c.code),
              country: c.code,
              kind: holder || c.cue === 'demonym' ? 'official' : 'government',
            },
          });
        }
      }
      const supra = span.match(SUPRANATIONAL);
      if (supra && !govOnly)
        candidates.push({
          at: supra.index ?? 0,
          actor: { name: supra[0], country: null, organization: supra[0], kind: 'organization' },
        });
      if (!govOnly)
        for (const m of articleMentions) {
          if (m.start < from || m.end > to) continue;
          const at = m.start - from;
          // A name inside a quotation, or a place ("written in the Federation"), is not who acts.
          if (!masked.slice(m.start - offset, m.end - offset).trim() || PLACE_BEFORE.test(span.slice(0, at))) continue;
          if (m.entity.kind === 'person') {
            if (!isOfficial(m.entity)) continue;
            const country = personCountry(m.entity, article, m.start, m.end, lastCountry);
            if (country) candidates.push({ at, actor: { name: m.entity.name, country, kind: 'official' } });
          } else if (!MEDIA.test(m.entity.name) || m.entity.country) {
            if (SUPRANATIONAL.test(m.entity.name)) continue;
            const country = m.entity.country ?? qualifyingCountries(article.text, m.start, m.end)[0] ?? null;
            if (country) candidates.push({ at, actor: { name: m.entity.name, country, kind: 'organization' } });
          }
        }
      if (candidates.length === 0) return [];
      const first = Math.min(...candidates.map((c) => c.at));
      return candidates.filter((c) => c.at === first).map((c) => c.actor);
    };
    let offset = 0;

    article.sentences.forEach((range, sentence) => {
      const text = article.text.slice(range.start, range.end);
      const quoted = articleQuotes.filter((v) => v.start < range.end && v.end > range.start);
      let masked = maskQuotes(text);
      for (const v of quoted) {
        const s = Math.max(0, v.start - range.start);
        const e = Math.min(text.length, v.end - range.start);
        masked = masked.slice(0, s) + ' '.repeat(e - s) + masked.slice(e);
      }
      offset = range.start;
      let actorsHere: Actor[] = [];
      const stanceActors = new Set<string>();
      for (const cue of findCues(text)) {
        const at = range.start + cue.start;
        const before = text.slice(0, cue.start);
        if (isNegated(before)) continue;
        const quote = quoted.find((v) => v.start <= at && v.end >= range.start + cue.end);
        let actors: Actor[] = [];
        let target: string | undefined;
        const speakerKnown = quote && (quote.quote.speakerEntityId || quote.quote.speaker);
        if (quote && speakerKnown) {
          // Words inside a quotation react only as the speaker's stance words.
          if (cue.kind !== 'stance') continue;
          const speaker = quote.quote.speakerEntityId ? entityById.get(quote.quote.speakerEntityId) : undefined;
          if (speaker) {
            const country =
              speaker.kind === 'person' && !isOfficial(speaker)
                ? null
                : (speaker.country ??
                  (speaker.kind === 'person' ? personCountry(speaker, article, at, at) : null) ??
                  home);
            if (country)
              actors = [{ name: speaker.name, country, kind: speaker.kind === 'person' ? 'official' : 'organization' }];
          } else if (quote.quote.speaker && home) {
            const described = quote.quote.speaker;
            const country = countryActors(described)[0]?.code ?? findCountries(described)[0]?.code ?? home;
            if (OFFICE.test(described) || /\b(?:office|ministry|government|statement|military)\b/i.test(described))
              actors = [{ name: described, country, kind: 'other' }];
          }
          target = targetAfter(text.slice(cue.end));
        } else if (isPassive(before, text.slice(cue.start, cue.end))) {
          // "X's policy was condemned by Y": Y reacted, towards X's policy.
          const by = masked.slice(cue.end).match(/^[^.;]*?\bby\s+(?:the\s+)?/);
          if (by) {
            const from = range.start + cue.end + by[0].length;
            actors = actorsIn(from, Math.min(range.end, from + 60), masked, cue.kind === 'act');
          }
          const clause = before.slice(
            (before.match(CLAUSE_START)?.index ?? -1) + (before.match(CLAUSE_START)?.[0].length ?? 1),
          );
          target =
            clause.replace(/\s+(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i, '').trim() || undefined;
        } else {
          if (quote && cue.kind !== 'stance') continue;
          const possessive = cue.stance === 'call_for_calm' ? before.match(/(\S+)['’"]s\s+$/) : null;
          const clauseMatch = masked.slice(0, cue.start).match(CLAUSE_START);
          const subjectStart = possessive
            ? cue.start - possessive[0].length
            : clauseMatch
              ? (clauseMatch.index ?? 0) + clauseMatch[0].length
              : 0;
          const subject = masked.slice(subjectStart, cue.start);
          actors = actorsIn(range.start + subjectStart, range.start + cue.start, masked, cue.kind === 'act');
          if (actors.length === 0 && cue.kind !== 'act' && /[,”"’]\s*$/.test(subject)) {
            // '"…," said X' and "…, complained X, the prime minister": the speaker follows the verb.
            const after = masked.slice(cue.end).match(/^[^.;:“"]{0,90}/)?.[0] ?? '';
            actors = actorsIn(range.start + cue.end, range.start + cue.end + after.length, masked, false);
          }
          if (actors.length === 0 && cue.kind !== 'act' && BARE_OFFICE.test(subject) && home)
            actors = [
              {
                name: subject
                  .match(BARE_OFFICE)![0]
                  .trim()
                  .replace(/^(?:(?:the|a|an|but|and|so)\s+)+/i, ''),
                country: home,
                kind: 'government',
              },
            ];
          if (actors.length === 0 && cue.kind !== 'act' && ANAPHOR.test(subject)) actors = previous;
          if (cue.kind !== 'say') target = targetAfter(text.slice(cue.end));
        }
        if (actors.length === 0) continue;
        const quoteText = quote?.text;
        for (const actor of actors) {
          const who = `${actor.country ?? actor.organization}|${actor.name}`;
          // A statement verb adds nothing when the same sentence already gives this actor a stance.
          if (cue.kind === 'stance') stanceActors.add(who);
          else if (stanceActors.has(who)) continue;
          record(actor, cue, target, {
            articleId: article.id,
            start: range.start,
            end: range.end,
            sentence,
            ...(quoteText ? { quote: quoteText } : {}),
          });
        }
        actorsHere = actors;
      }
      lastCountry = actorsHere.find((a) => a.country && a.kind === 'government')?.country ?? null;
      if (actorsHere.length > 0) previous = actorsHere;
      else {
        const named = actorsIn(range.start, range.end, masked, false);
        if (named.length > 0) previous = named;
      }
    });
  }
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  // A bare statement or act says nothing more in an article that already gives the same actor a stance.
  const who = (a: Actor) => `${a.country ?? ''}|${a.organization ?? ''}|${a.name}`;
  const stanceIn = new Set(
    [...found.values()]
      .filter((e) => e.stance !== 'other')
      .flatMap((e) => e.mentions.map((m) => `${who(e.actor)}|${m.articleId}`)),
  );
  const bare = (e: { stance: Stance; detail: string }) =>
    e.stance === 'other' && ['statement', 'act'].includes(e.detail);
  for (const e of found.values())
    if (bare(e)) e.mentions = e.mentions.filter((m) => !stanceIn.has(`${who(e.actor)}|${m.articleId}`));
  dropOfficeWhereOfficerSpoke([...found.values()]);
  return [...found.values()]
    .filter((e) => e.mentions.length > 0)
    .map(({ actor, stance, detail, target, mentions }) => {
      const reaction: Reaction = {
        id: `reaction-${slug(actor.country ?? actor.organization ?? 'org')}-${slug(actor.name)}-${stance}`,
        country: actor.country,
        actor: actor.name,
        actorKind: actor.kind,
        stance,
        mentions: mentions.sort((a, b) =>
          a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start,
        ),
      };
      if (actor.organization) reaction.organization = actor.organization;
      if (detail !== stance && detail !== 'statement') reaction.stanceDetail = detail;
      if (target) reaction.target = target;
      return reaction;
    })
    .sort((a, b) => {
      const ka = a.country ?? `~${a.organization ?? ''}`;
      const kb = b.country ?? `~${b.organization ?? ''}`;
      return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
    });
}

type Recorded = { actor: Actor; stance: Stance; mentions: ReactionMention[]; seen: Set<string> };

/**
 * One statement read twice, once for an office and once for its officer ("the Interior Ministry"
 * and "the Interior Ministry spokesman"): the officer, the longer name, is the actor, and the office
 * loses the mentions the two share.
 */
function dropOfficeWhereOfficerSpoke(entries: readonly Recorded[]): void {
  for (const office of entries)
    for (const officer of entries) {
      if (officer === office || officer.stance !== office.stance) continue;
      if ((officer.actor.country ?? '') !== (office.actor.country ?? '')) continue;
      if ((officer.actor.organization ?? '') !== (office.actor.organization ?? '')) continue;
      if (!officer.actor.name.startsWith(`${office.actor.name} `)) continue;
      office.mentions = office.mentions.filter((m) => !officer.seen.has(`${m.articleId}|${m.start}`));
    }
}
