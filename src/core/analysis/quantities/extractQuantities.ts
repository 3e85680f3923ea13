import type { Article, FactValue } from '../../schema/corpus';
import { monthIndex } from './dates';
import { numberValue, qualifierBefore, scaleOf } from './numbers';
import { sentenceTokens, type Tok } from './sentenceTokens';
import { findAttribution } from './attribution';
import { noneCounted, singleCount } from './singleCounts';
import { countedClass, PARTITIVES, TIME_UNITS, verbClass } from './vocabulary';

export type Quantity = FactValue & { value: number; sentence: number; noun: string; verb: string | null };

const BOUNDARY = new Set([',', ';', '.', ':', '—', '–', 'while', 'but', 'whereas', '(', ')']);
const VERB_PRIORITY = [
  'injured',
  'killed',
  'shot down',
  'hit',
  'used',
  'arrested',
  'missing',
  'displaced',
  'lost',
  'won',
  'said',
];
const EVENT_NOUNS: Record<string, string> = {
  death: 'killed',
  injury: 'injured',
  casualty: 'injured',
  arrest: 'arrested',
};

function isDatePart(tokens: readonly Tok[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.lower.replace(/\.$/, '') ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  if (/^\d{4}$/.test(t.value) && Number(t.value) >= 1900 && Number(t.value) <= 2100) return true;
  if (monthIndex(prev) >= 0 && /^\d{1,2}$/.test(t.value)) return true;
  if (monthIndex(next) >= 0 && /^\d{1,2}$/.test(t.value)) return true;
  if (
    /^\d{1,2}$/.test(t.value) &&
    (prev === '(' || prev === ',') &&
    /day|morning|night|evening/.test(tokens[i - 2]?.lower ?? '')
  )
    return true;
  return /^(?:am|pm|a\.m\.|p\.m\.|gmt|percent|%)$/.test(next);
}

/** The noun a number counts: the head of the phrase after it, following "of" past partitives. */
function headAfter(tokens: readonly Tok[], from: number): { noun: string; modifiers: string[] } | null {
  let i = from;
  if (tokens[i]?.lower === 'of') i++;
  if (['which', 'whom', 'them'].includes(tokens[i]?.lower ?? '')) return null;
  const phrase: Tok[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (['DET', 'PART'].includes(t.pos) || t.value === '’s' || t.value === "'s") continue;
    if (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.lower === 'other') phrase.push(t);
    else break;
  }
  const nouns = phrase.filter((t) => t.pos === 'NOUN');
  const head = nouns[nouns.length - 1];
  if (!head) return null;
  if (PARTITIVES.has(head.lemma) && tokens[i]?.lower === 'of') return headAfter(tokens, i);
  return { noun: head.lemma, modifiers: phrase.filter((t) => t !== head).map((t) => t.lemma) };
}

/** What happened to the counted things: the strongest event verb in the clause around the number. */
function clauseVerb(tokens: readonly Tok[], at: number): string | null {
  let end = at + 1;
  while (end < tokens.length && !BOUNDARY.has(tokens[end]!.lower)) end++;
  let start = at;
  while (start > 0 && !BOUNDARY.has(tokens[start - 1]!.lower)) start--;
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
  const before: string[] = [];
  for (let i = at - 1; i >= start && before.length === 0; i--) before.push(...classesIn(i, at));
  return best(classesIn(at + 1, end)) ?? best(before);
}

/** Step 4 for figures: every count in the article with what it counts, what happened, and who said so. */
export function extractQuantities(article: Article, tagged?: readonly Tok[][]): Quantity[] {
  const out: Quantity[] = [];
  // The last noun counted in the previous sentence, for an ordinal that leaves its noun out
  // ("… two bombs were planted. The second went off …").
  let carried: string | null = null;
  article.sentences.forEach((range, sentence) => {
    const tokens = tagged?.[sentence] ?? sentenceTokens(article, sentence);
    const sentenceText = article.text.slice(range.start, range.end);
    let lastNoun: string | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const single = singleCount(tokens, i, lastNoun ?? carried);
      if (single) {
        const attribution = findAttribution(sentenceText);
        out.push({
          articleId: article.id,
          value: 1,
          text: article.text.slice(t.start, tokens[single.end]!.end),
          start: t.start,
          end: tokens[single.end]!.end,
          qualifier: single.qualifier,
          sentence,
          noun: single.noun,
          verb: single.verb,
          ...(attribution ? { attribution } : {}),
        });
        continue;
      }
      const parsed = numberValue(t.value);
      if (!parsed || isDatePart(tokens, i) || (t.pos !== 'NUM' && !parsed.vague)) continue;
      if (['no', 'any', 'every', 'each'].includes(tokens[i - 1]?.lower ?? '')) continue;
      let value = parsed.value;
      let next = i + 1;
      const scale = tokens[next] ? scaleOf(tokens[next]!.value) : null;
      if (scale) {
        value *= scale;
        next++;
      }
      const head = headAfter(tokens, next);
      const modifiers = head?.modifiers ?? [];
      const noun: string | null = head ? countedClass(head.noun, modifiers) : lastNoun;
      if (!noun) continue;
      lastNoun = noun;
      const before = article.text.slice(Math.max(range.start, t.start - 30), t.start);
      const qualifier = qualifierBefore(before, parsed.vague);
      const attribution = findAttribution(sentenceText);
      out.push({
        articleId: article.id,
        value,
        text: article.text.slice(t.start, tokens[next - 1]!.end),
        start: t.start,
        end: tokens[next - 1]!.end,
        qualifier,
        sentence,
        noun: TIME_UNITS.has(noun) ? `${noun}s` : noun,
        verb: clauseVerb(tokens, i),
        ...(attribution ? { attribution } : {}),
      });
    }
    carried = lastNoun ?? carried;
    for (const none of noneCounted(sentenceText)) {
      const attribution = findAttribution(sentenceText);
      out.push({
        articleId: article.id,
        value: 0,
        text: none.text,
        start: range.start + none.start,
        end: range.start + none.start + none.text.length,
        qualifier: 'exact',
        sentence,
        noun: none.noun,
        verb: none.verb,
        ...(attribution ? { attribution } : {}),
      });
    }
  });
  return out;
}
