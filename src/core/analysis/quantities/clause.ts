import type { Tok } from './sentenceTokens';
import { numberValue, QUALIFIER_WORDS } from './numbers';
import { verbClass } from './vocabulary';
import { wordTable } from '../../text/wordTable';

/**
 * The clause a figure sits in, read around it: what happened to the counted things (its verbs) and
 * the words that scope it. A clause ends at punctuation or a contrasting conjunction.
 */
export const BOUNDARY = new Set([',', ';', '.', ':', '—', '–', 'while', 'but', 'whereas', '(', ')']);
const VERB_PRIORITY = [
  'injured',
  'killed',
  'shot down',
  'destroyed',
  'damaged',
  'hit',
  'used',
  'arrested',
  'missing',
  'displaced',
  'lost',
  'won',
  'said',
];
/** Nouns that name what happened: "the death toll", "casualties". */
export const EVENT_NOUNS = wordTable<string>({
  death: 'killed',
  injury: 'injured',
  casualty: 'injured',
  arrest: 'arrested',
  detention: 'arrested',
  evacuation: 'displaced',
  displacement: 'displaced',
  disappearance: 'missing',
});

/** The clause around a token: the first token after the boundary before it, and the boundary after it. */
function clauseBounds(tokens: readonly Tok[], at: number): { start: number; end: number } {
  let end = at + 1;
  while (end < tokens.length && !BOUNDARY.has(tokens[end]!.lower)) end++;
  return { start: clauseStart(tokens, at), end };
}

function clauseStart(tokens: readonly Tok[], at: number): number {
  let start = at;
  while (start > 0 && !BOUNDARY.has(tokens[start - 1]!.lower)) start--;
  return start;
}

/** What happened to the counted things: the strongest event verb in the clause around the number. */
/** A gerund the tagger reads as a noun, right before its object: "and wounding 48", "injuring 14". */
function gerundClass(t: Tok): string | null {
  if (t.pos !== 'NOUN' || !/ing$/.test(t.lower)) return null;
  const stem = t.lower.slice(0, -3);
  return verbClass(stem) ?? verbClass(`${stem}e`) ?? (/(.)\1$/.test(stem) ? verbClass(stem.slice(0, -1)) : null);
}

export function clauseVerb(tokens: readonly Tok[], at: number): string | null {
  const { start, end: clauseEnd } = clauseBounds(tokens, at);
  // After the figure, only its own conjunct: in "230 were taken to hospital and that 2,500 houses
  // were damaged" nothing was damaged of the 230.
  const end = conjunctEnd(tokens, at, clauseEnd);
  // One verb group: "were intercepted and shot down" counts as one; a new subject ends it.
  const classesIn = (from: number, to: number) => {
    const found: string[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (found.length > 0 && !['VERB', 'ADP', 'CCONJ', 'AUX', 'ADV', 'PART'].includes(t.pos)) break;
      const phrasal = tokens[i + 1]?.pos === 'ADP' ? verbClass(`${t.lemma} ${tokens[i + 1]!.lower}`) : null;
      const asVerb =
        t.pos === 'VERB' || t.pos === 'ADJ'
          ? (verbClass(t.lemma) ?? verbClass(t.lower.replace(/d$/, '')) ?? verbClass(t.lower.replace(/ed$/, '')))
          : null;
      const cls = phrasal ?? asVerb ?? (t.pos === 'NOUN' ? (EVENT_NOUNS[t.lemma] ?? null) : null);
      if (cls) found.push(cls);
    }
    return found;
  };
  const best = (found: string[]) =>
    found.sort((a, b) => VERB_PRIORITY.indexOf(a) - VERB_PRIORITY.indexOf(b))[0] ?? null;
  // Object position, "detained 367 migrants": the verb just before the figure is what happened to it.
  let k = at - 1;
  while (k > start && ['DET', 'ADV', 'ADJ', 'ADP', 'SYM'].includes(tokens[k]!.pos)) k--;
  const governing = k >= start ? (best(classesIn(k, k + 1)) ?? gerundClass(tokens[k]!)) : null;
  if (governing && governing !== 'said') return governing;
  const before: string[] = [];
  for (let i = at - 1; i >= start && before.length === 0; i--) before.push(...classesIn(i, at));
  const after = best(classesIn(at + 1, end));
  if (after) return after;
  // A verb whose object the figure is names what happened to it, before any verb further back or
  // after it: "killing three and leaving 200 homes without power" left the homes, it did not kill
  // them, and "declared three days of mourning and flew there" declared the days. Only a direct
  // object, with no preposition between but a qualifier's ("more than"): "stationed within 30 km"
  // places the subject, it does not station the 30 km.
  const object = k >= start ? tokens[k]! : null;
  const direct = tokens.slice(k + 1, at).every((t) => t.pos !== 'ADP' || QUALIFIER_WORDS.has(t.lower));
  if (object?.pos === 'VERB' && direct && !LIGHT_VERBS.has(object.lemma) && !verbClass(object.lemma))
    return object.lemma;
  // "officials say 500 people have left": the reporting verb is not what happened to them.
  const plainAfter = plainVerb(tokens, at + 1, at, end);
  const fromBefore = best(before);
  if (plainAfter && (!fromBefore || fromBefore === 'said')) return plainAfter;
  return fromBefore ?? plainVerb(tokens, start, at, end);
}

/**
 * Every full verb of the clause after a figure: "walked through fields to cross" did both. The
 * figure's own conjunct only: "seven were killed and 20 were injured" gives the seven no injury,
 * and "when fire tore through" tells what else happened, not what happened to them.
 */
export function clauseVerbs(tokens: readonly Tok[], at: number): string[] {
  const out: string[] = [];
  for (let i = at + 1; i < tokens.length && !BOUNDARY.has(tokens[i]!.lower); i++) {
    const t = tokens[i]!;
    if (startsAnotherClause(tokens, i)) break;
    if (t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma)) out.push(verbClass(t.lemma) ?? t.lemma);
  }
  return out;
}

/**
 * A subordinator ("when", "after", "because"), or "and"/"or" that starts another conjunct: a new
 * subject ("and 20 were injured") or a verb with a figure of its own ("and injured 14 others").
 * "walked through fields and along roads to cross" stays one clause.
 */
function startsAnotherClause(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'SCONJ' || (t.pos === 'ADV' && (t.lower === 'when' || t.lower === 'where'))) return true;
  if (t.pos !== 'CCONJ') return false;
  const next = tokens[i + 1];
  if (next && ['NUM', 'PRON', 'DET', 'PROPN', 'NOUN'].includes(next.pos)) return true;
  for (let k = i + 1; k < tokens.length && !BOUNDARY.has(tokens[k]!.lower); k++) if (isFigure(tokens[k]!)) return true;
  return false;
}

/** A token that is a figure: digits or a number word, and a vague amount the tagger calls a noun ("thousands"). */
function isFigure(t: Tok): boolean {
  return t.pos === 'NUM' || numberValue(t.lower) !== null;
}

/**
 * Where the conjunct of the token at `at` ends, else `end`: at a subordinator, or at "and"/"or"
 * before another subordinate clause, a pronoun subject or a figure of its own. Not before a noun:
 * "200 soldiers and police deployed" is one subject of one verb.
 */
function conjunctEnd(tokens: readonly Tok[], at: number, end: number): number {
  for (let i = at + 1; i < end; i++) {
    const next = tokens[i + 1];
    const nounAfter = next !== undefined && ['NOUN', 'PROPN', 'DET', 'ADJ'].includes(next.pos) && !isFigure(next);
    if (startsAnotherClause(tokens, i) && !(tokens[i]!.pos === 'CCONJ' && nounAfter)) return i;
  }
  return end;
}

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);

/**
 * Without a verb of a known class, the clause's own verb names what happened ("crossed", "held"):
 * the first full verb after the number, else the nearest before it.
 */
function plainVerb(tokens: readonly Tok[], start: number, at: number, end: number): string | null {
  const full = (t: Tok) => t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma);
  for (let i = at + 1; i < end; i++) if (full(tokens[i]!)) return tokens[i]!.lemma;
  if (start > at) return null;
  for (let i = at - 1; i >= start; i--) if (full(tokens[i]!)) return tokens[i]!.lemma;
  return null;
}

/** The clause around a token, as text: its scope words ("on Sunday", "so far") belong to its figures. */
export function clauseText(tokens: readonly Tok[], at: number, text: string, offset: number): string {
  const { start, end } = clauseBounds(tokens, at);
  return text.slice(tokens[start]!.start - offset, tokens[Math.max(start, end - 1)]!.end - offset);
}

/**
 * The comma-separated stretch just before a figure's clause, as text, and whether the figure's
 * clause opens with "when": what a parenthetical ("The last one, in 2009, killed 14") or a relative
 * "when" ("since 2009, when 14 died") dates.
 */
export function precedingSegment(
  tokens: readonly Tok[],
  at: number,
  text: string,
  offset: number,
): { text: string; when: boolean } | null {
  const start = clauseStart(tokens, at);
  if (start < 2 || tokens[start - 1]!.value !== ',' || BOUNDARY.has(tokens[start - 2]!.lower)) return null;
  // The stretch ends at the comma, so it starts where the clause of the token before the comma does.
  const before = clauseStart(tokens, start - 2);
  return {
    text: text.slice(tokens[before]!.start - offset, tokens[start - 2]!.end - offset),
    when: tokens[start]!.lower === 'when',
  };
}
