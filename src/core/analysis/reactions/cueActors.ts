import { findCountries } from '../../countries/lexicon';
import type { Entity } from '../../schema/corpus';
import { SUPRANATIONAL, countryActors } from './actors';
import type { Actor } from './recorder';
import { actorsIn, type QuoteSpan, type SentenceScope } from './sentenceActors';
import { OFFICE } from './speakers';
import { isPassive, type Cue } from './stanceCues';

/** Where a clause starts: the subject of a cue is looked for after the last of these. */
const CLAUSE_START =
  /(?:(?<!\b[A-Z])[.;:!?]\s+|,\s+(?:with|while|but|whereas|although|as)\s+|\bwith\s+|\s[—–]\s)(?![^]*(?:(?<!\b[A-Z])[.;:!?]\s+|,\s+(?:with|while|but|whereas|although|as)\s+|\bwith\s+|\s[—–]\s))/i;
/** Subjects that point back to the actor of an earlier sentence ("The spokesperson called for calm"). */
const ANAPHOR =
  /^\s*(?:(?:and|but|also|\w+ly)\s+)*(?:he|she|they|it|(?:the|its|their|his|her) (?:(?:foreign|interior|defen[cs]e|trade|top)\s+)?(?:spokes\w+|minister|ministry|official|president|government|premier|office|newspaper|agency|committee|council|leader|chancellor|statement|embassy))\b/i;
/** A subject that is a state body with no country named: "police said", "the ministry announced". */
const BARE_OFFICE =
  /^\s*(?:(?:but|and|so)\s+)?(?:(?:the|a|an)\s+)?(?!(?:its|their|his|her)\b)(?:(?:\w+\s+){0,2})(?:government|authorities|officials|police|military|army|ministry|security forces|administration|cabinet|presidency)\b/i;

/** The object of a cue in the text's words ("the tariffs", "Russia"), at most a few words. */
export function targetAfter(after: string): string | undefined {
  const m = after.match(
    /^\s+(?:on\s+|of\s+|to\s+|against\s+|at\s+)?((?:(?:the|a|an|its|his|her|their|this|that)\s+)?[\p{L}\d'’.-]+(?:\s+(?!(?:of|as|for|on|in|at|over|by|and|that|which|who|to|after|before|with|from|if|when|because|while|but|is|was|were|are|had|has|have|said|would|will|could)\b)[\p{L}\d'’.-]+){0,4})/u,
  );
  const words = m?.[1]?.replace(/[.,]+$/, '');
  if (!words || /^(?:that|it|to|of|for|the|a|an|and|on|in|at|by|with|as)$/i.test(words)) return undefined;
  return words;
}

/** One cue in one sentence, with what the reading of it needs from around it. */
export type CueSite = {
  cue: Cue;
  /** The sentence's own text, and where it starts and ends in the article. */
  text: string;
  start: number;
  end: number;
  scope: SentenceScope;
  /** The quotation the cue stands in, if any. */
  quote: QuoteSpan | undefined;
  entityById: ReadonlyMap<string, Entity>;
  home: string | null;
  /** The actors of the last sentence that had any, for "he", "the ministry" and the like. */
  previous: Actor[];
  /** The sentence's cues that end before this one starts. */
  earlier: readonly Cue[];
};

type Reading = { actors: Actor[]; target?: string };

/** Words inside a quotation react only as the speaker's stance words. */
function quotedSpeaker(site: CueSite, quote: QuoteSpan, at: number): Reading {
  const { cue, scope, home } = site;
  if (cue.kind !== 'stance') return { actors: [] };
  const target = targetAfter(site.text.slice(cue.end));
  const speaker = quote.quote.speakerEntityId ? site.entityById.get(quote.quote.speakerEntityId) : undefined;
  if (speaker) {
    const body =
      speaker.kind === 'person' && scope.speakers.isOfficial(speaker)
        ? scope.speakers.organizationOf(speaker, scope.article, at, at)
        : null;
    if (body) {
      const actor: Actor = { name: speaker.name, country: null, organization: body, kind: 'official' };
      return { actors: [actor], ...(target ? { target } : {}) };
    }
    // "The European Union said it was “saddened”": a body above countries speaks for none of them.
    if (speaker.kind === 'organization' && !speaker.country && SUPRANATIONAL.test(speaker.name)) {
      const actor: Actor = { name: speaker.name, country: null, organization: speaker.name, kind: 'organization' };
      return { actors: [actor], ...(target ? { target } : {}) };
    }
    const country =
      speaker.kind === 'person' && !scope.speakers.isOfficial(speaker)
        ? null
        : (speaker.country ??
          (speaker.kind === 'person' ? scope.speakers.countryOf(speaker, scope.article, at, at) : null) ??
          home);
    const kind = speaker.kind === 'person' ? 'official' : 'organization';
    return { actors: country ? [{ name: speaker.name, country, kind }] : [], ...(target ? { target } : {}) };
  }
  const described = quote.quote.speaker;
  // "Norway said it was “deeply concerned”": a country that speaks is its government.
  const state = described ? countryActors(described)[0] : undefined;
  if (described && state && state.start === 0 && state.end === described.length)
    return { actors: [{ name: described, country: state.code, kind: 'government' }], ...(target ? { target } : {}) };
  if (described && home) {
    const country = state?.code ?? findCountries(described)[0]?.code ?? home;
    if (OFFICE.test(described) || /\b(?:office|ministry|government|statement|military)\b/i.test(described))
      return { actors: [{ name: described, country, kind: 'other' }], ...(target ? { target } : {}) };
  }
  return { actors: [], ...(target ? { target } : {}) };
}

/** "X's policy was condemned by Y": Y reacted, towards X's policy. */
function passiveAgent(site: CueSite, before: string, agent = 'by'): Reading {
  const { cue, scope } = site;
  let actors: Actor[] = [];
  const by = scope.masked.slice(cue.end).match(new RegExp(String.raw`^[^.;]*?\b(?:${agent})\s+(?:the\s+)?`));
  if (by) {
    const from = site.start + cue.end + by[0].length;
    actors = actorsIn(scope, from, Math.min(site.end, from + 60), cue.kind === 'act');
  }
  const clause = before.slice(
    (before.match(CLAUSE_START)?.index ?? -1) + (before.match(CLAUSE_START)?.[0].length ?? 1),
  );
  const target = clause.replace(/\s+(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i, '').trim();
  return { actors, ...(target ? { target } : {}) };
}

/**
 * Where the cue's own clause starts when ", and" joins it to a clause that had a cue of its own:
 * in "Japan sent a team, and Chile pledged aid" Chile pledged. A list of actors ("France, Kenya, and
 * Japan condemned") has no cue before its "and", so it stays one subject.
 */
function coordinatedClause(site: CueSite, from: number): number {
  let start = from;
  const before = site.scope.masked.slice(0, site.cue.start);
  for (const m of before.matchAll(/[,;]\s+and\s+/g)) {
    const at = m.index ?? 0;
    const next = at + m[0].length;
    // "condemned the attack, and blamed …": a verb straight after "and" shares the first subject.
    const subject = !SHARED_SUBJECT.test(before.slice(next));
    if (at >= start && subject && site.earlier.some((c) => c.start >= start && c.end <= at)) start = next;
  }
  return start;
}

/** What may stand between "and" and a verb that shares the clause's subject: adverbs and auxiliaries. */
const SHARED_SUBJECT = /^(?:(?:also|then|later|later on|has|have|had|was|were|is|are|will|would|\w+ly)\s+)*$/i;

/** The subject of the cue's clause, a speaker named after the verb, a bare state body, or "he"/"she". */
function activeSubject(site: CueSite, before: string): Reading {
  const { cue, scope, home } = site;
  if (site.quote && cue.kind !== 'stance') return { actors: [] };
  const possessive = cue.stance === 'call_for_calm' ? before.match(/(\S+)['’"]s\s+$/) : null;
  const clauseMatch = scope.masked.slice(0, cue.start).match(CLAUSE_START);
  const clauseStart = clauseMatch ? (clauseMatch.index ?? 0) + clauseMatch[0].length : 0;
  const subjectStart = possessive ? cue.start - possessive[0].length : coordinatedClause(site, clauseStart);
  const subject = scope.masked.slice(subjectStart, cue.start);
  let actors = actorsIn(scope, site.start + subjectStart, site.start + cue.start, cue.kind === 'act');
  if (actors.length === 0 && cue.kind !== 'act' && /[,”"’]\s*$/.test(subject)) {
    // '"…," said X' and "…, complained X, the prime minister": the speaker follows the verb.
    const after = scope.masked.slice(cue.end).match(/^[^.;:“"]{0,90}/)?.[0] ?? '';
    actors = actorsIn(scope, site.start + cue.end, site.start + cue.end + after.length, false);
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
  if (actors.length === 0 && cue.kind !== 'act' && ANAPHOR.test(subject)) actors = site.previous;
  const target = cue.kind !== 'say' ? targetAfter(site.text.slice(cue.end)) : undefined;
  return { actors, ...(target ? { target } : {}) };
}

/** Who the cue makes react, and towards what: a quotation's speaker, a passive's agent, or the subject. */
export function readCue(site: CueSite): Reading {
  const { cue, quote } = site;
  const before = site.text.slice(0, cue.start);
  if (quote && (quote.quote.speakerEntityId || quote.quote.speaker))
    return quotedSpeaker(site, quote, site.start + cue.start);
  if (isPassive(before, site.text.slice(cue.start, cue.end))) return passiveAgent(site, before);
  // "accusations from the government", "drew criticism from Germany", "sparked condemnation by
  // X": a noun of reaction names who reacted after it.
  if (
    /^\w+(?:ation|ism|ions?)s?$/i.test(site.text.slice(cue.start, cue.end)) &&
    /^\s+(?:from|by)\s/i.test(site.text.slice(cue.end))
  ) {
    const reading = passiveAgent(site, before, 'from|by');
    if (reading.actors.length > 0) return { actors: reading.actors };
  }
  return activeSubject(site, before);
}
