import type { Article } from '../../schema/corpus';
import type { Tok } from '../quantities/sentenceTokens';
import { isParticle } from './nameKey';
import { MONTHS, WEEKDAYS } from '../quantities/dates';
import { NOT_NAMES, PLACE_WORDS, REPORTING_VERB } from './titles';
import { ORG_WORDS } from './orgWords';

/** A tagged token; `index` 0 is the first of its sentence. */
export type TaggedToken = Pick<Tok, 'start' | 'end' | 'value' | 'pos' | 'index'>;

/** An article's tagged tokens in one list, from its sentences' tokens (read once for names and figures). */
export function taggedFrom(sentences: readonly Tok[][]): TaggedToken[] {
  return sentences.flat();
}

export type Candidate = {
  articleId: string;
  start: number;
  end: number;
  text: string;
  tokens: TaggedToken[];
  prev: TaggedToken | undefined;
  /** The token before `prev`: "town" in "the town of X". */
  prev2: TaggedToken | undefined;
  next: TaggedToken | undefined;
  /** The few tokens after the name (the first is `next`): ", 35," or "-based" say what it is. */
  after: TaggedToken[];
};

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u;

const WEEKDAY = new Set(WEEKDAYS);
const MONTH = new Set(MONTHS);

/**
 * Group nouns whose possessive opens an organisation's name: "the People's Party", "the Workers'
 * Union". The possessive and the words after stay in the name.
 */
const GROUP_NOUNS = new Set(['people', 'workers', 'women', 'children', 'veterans', 'farmers']);

function isNameToken(t: TaggedToken): boolean {
  if (!CAPITALISED.test(t.value)) return false;
  // A weekday after a name is a date ("in Lyon Sunday"), never part of it.
  if (WEEKDAY.has(t.value.toLowerCase())) return false;
  if (t.value.length > 4 && t.value === t.value.toUpperCase() && !/\./.test(t.value)) return false;
  return ['PROPN', 'NOUN', 'ADJ', 'X', 'VERB'].includes(t.pos) || t.value.includes('.');
}

/**
 * How many tokens from `i` make a name in brackets inside a longer one, "(Tajdid)" in "the Renewal
 * (Tajdid) Party": a translated name with the original between, closed by an organisation or
 * place word. 0 when the tokens are anything else, so an aside in brackets still ends a name.
 */
function parentheticalName(tokens: readonly TaggedToken[], i: number): number {
  if (tokens[i]?.value !== '(') return 0;
  for (let close = i + 2; close <= i + 4 && close < tokens.length; close++) {
    if (tokens[close]!.value !== ')') continue;
    const words = tokens.slice(i + 1, close);
    const after = tokens[close + 1];
    const headWord = after?.value.toLowerCase() ?? '';
    const closes = after !== undefined && isNameToken(after) && (ORG_WORDS.has(headWord) || PLACE_WORDS.has(headWord));
    return words.every(isNameToken) && closes ? close - i + 1 : 0;
  }
  return 0;
}

/**
 * Runs of capitalised words, joined across name particles ("al", "bin") and tight hyphens
 * ("al-Rashid"), as candidate names. Written by hand because the lite English model tags proper
 * nouns but does not group them into names, and compromise's people, organisations and places
 * found fewer of the gold's name spellings on the sample (63% against 78%) and took 17× as long
 * (`npm run bench`, "names on the sample").
 */
/**
 * The lower-case syllable of a hyphenated given name ("Seo-yeon", "Min-ho"): short, and not the head
 * of an English compound ("Lyon-based", "Smith-led", "Cold War-era").
 */
const COMPOUND_HEADS = new Set([
  'era',
  'like',
  'born',
  'run',
  'made',
  'wide',
  'free',
  'type',
  'held',
  'led',
  'old',
  'day',
  'year',
  'term',
  'size',
  'side',
  'line',
  'area',
  'zone',
  'wing',
  'bred',
  'ish',
  'esque',
  'ism',
  'ist',
  'ite',
  'ian',
]);

function isNameSyllable(t: TaggedToken | undefined): boolean {
  if (!t || !/^\p{Ll}{2,4}$/u.test(t.value)) return false;
  return !COMPOUND_HEADS.has(t.value) && !/(?:ed|ing)$/.test(t.value);
}

/** A paragraph with no sentence end, in title case (every longer word capitalised): a heading. */
function isHeading(text: string): boolean {
  const trimmed = text.trim().replace(/["”’‘'»)\]]+$/u, '');
  if (/[.!?:]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  return words.every((w) => /^\p{Lu}/u.test(w));
}

/** Parts of speech that a capitalised sentence opener has when it is an ordinary word ("Asked Friday, X said"). */
const OPENER_POS = new Set(['VERB', 'ADJ', 'ADV', 'AUX', 'ADP', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'NUM', 'PART']);

export function nameCandidates(article: Article, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  // Headings are in title case: every word is capitalised, so they say nothing about names.
  const headings = article.paragraphs.filter((p) => isHeading(article.text.slice(p.start, p.end)));
  const inHeading = (t: TaggedToken) => headings.some((p) => t.start >= p.start && t.end <= p.end);
  let run: TaggedToken[] = [];
  const flush = (next: TaggedToken | undefined) => {
    while (run.length && (isParticle(run[run.length - 1]!.value) || run[run.length - 1]!.value === '-')) run.pop();
    // A capitalised sentence opener that is an ordinary word is not part of the name after it.
    if (run.length > 1 && run[0]!.index === 0 && OPENER_POS.has(run[0]!.pos) && run[1]!.value !== '-') run.shift();
    const first = run[0];
    if (first) {
      const last = run[run.length - 1]!;
      const startIndex = tokens.indexOf(first);
      const endIndex = startIndex + run.length;
      const single = run.length === 1;
      // "Smith said" opens a sentence: the verb says the word is a name, whatever its tag.
      const speaks = REPORTING_VERB.test(tokens[endIndex]?.value ?? '');
      const skip =
        single && (NOT_NAMES.has(first.value.toLowerCase()) || (first.index === 0 && first.pos !== 'PROPN' && !speaks));
      if (!skip && !inHeading(first)) {
        out.push({
          articleId: article.id,
          start: first.start,
          end: last.end,
          text: article.text.slice(first.start, last.end),
          tokens: run,
          prev: tokens[startIndex - 1],
          prev2: tokens[startIndex - 2],
          next: tokens[endIndex],
          after: tokens.slice(endIndex, endIndex + 3),
        });
      }
    }
    run = [];
    void next;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const inner = run.length > 0 ? parentheticalName(tokens, i) : 0;
    if (inner > 0) {
      run.push(...tokens.slice(i, i + inner));
      i += inner - 1;
      continue;
    }
    const prev = run[run.length - 1];
    const tight = prev !== undefined && prev.end === t.start;
    const hyphenBefore = prev?.value === '-' && tight && run.length > 1;
    // A month followed by a day is a date ("Lyon April 6"), never part of a name.
    const dated = MONTH.has(t.value.toLowerCase()) && /^\d/.test(tokens[i + 1]?.value ?? '');
    // "People's Republic": a group noun's possessive inside an organisation name.
    if (
      prev !== undefined &&
      GROUP_NOUNS.has(prev.value.toLowerCase()) &&
      /^['’]s?$|^['’]s$/.test(t.value) &&
      isNameToken(tokens[i + 1] ?? t) &&
      tokens[i + 1] !== undefined
    ) {
      run.push(t);
      continue;
    }
    const continues =
      prev !== undefined &&
      t.index !== 0 &&
      !dated &&
      (isNameToken(t) ||
        // "Seo-yeon": the lower-case second syllable of a hyphenated given name.
        (hyphenBefore && isNameSyllable(t) && tokens[i + 1]?.value !== '-') ||
        // "Liu He": a capitalised pronoun inside a sentence is a name.
        (/^\p{Lu}\p{Ll}+$/u.test(t.value) && t.pos === 'PRON' && isNameToken({ ...t, pos: 'PROPN' })) ||
        (isParticle(t.value) && /^[\p{Lu}-]/u.test(tokens[i + 1]?.value ?? '')) ||
        (t.value === '-' && tight));
    if (run.length > 0 && (continues || (tight && prev?.value === '-' && isNameToken(t)))) {
      run.push(t);
      continue;
    }
    if (run.length > 0) flush(t);
    if (
      isNameToken(t) ||
      (isParticle(t.value) &&
        /^[\p{Lu}]/u.test(tokens[i + 2]?.value ?? tokens[i + 1]?.value ?? '') &&
        tokens[i + 1]?.start === t.end)
    )
      run.push(t);
  }
  flush(undefined);
  return out.filter((c) => !/^[\p{Lu}]\.?$/u.test(c.text));
}
