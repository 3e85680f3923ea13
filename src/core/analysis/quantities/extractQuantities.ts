import type { Article, FactValue } from '../../schema/corpus';
import { monthIndex } from './dates';
import { compoundNumber, qualifierBefore } from './numbers';
import { sentenceTokens, type Tok } from './sentenceTokens';
import { findAttribution } from './attribution';
import { noneCounted, singleCount } from './singleCounts';
import { isOneOfTheMost, isPronounOne, singledOutHolder } from './singledOut';
import { asOfScope, carriedScope, frontedScope, scopeOf, type Scope } from './scope';
import { crossesUnitSystems, currencySign, formatMoney, magnitudeAt, MEASURED, unitAfter, type Unit } from './units';
import { countedClass, TIME_UNITS } from './vocabulary';
import { yearOf } from './years';
import { measureLevel } from './measureLevel';
import { readNumber } from './readNumber';
import { joinedRange, rangeAt, subsetNamed } from './spans';
import { clauseText, clauseVerb, clauseVerbs, precedingSegment } from './clause';
import {
  countedBefore,
  estimatedAt,
  headAfter,
  moneyThing,
  partOf,
  rateThing,
  sizeOf,
  type Counted,
} from './countedThing';

/** What kind of figure a mention is: a count of things, an amount of money, a rate, a measure, an age. */
export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'magnitude' | 'age' | 'year';

/**
 * One figure as a frame: its value and qualifier (in FactValue), what is counted (`noun` and its
 * `modifiers`), the event predicate (`verb`), the time it holds for (`scope`) and, for rates, the
 * amount the rate applies to (`base`, "$300bn").
 */
export type Quantity = FactValue & {
  value: number;
  sentence: number;
  noun: string;
  verb: string | null;
  kind?: FigureKind;
  unit?: string;
  modifiers?: string[];
  timeScope?: Scope;
  base?: string;
  /** Every verb of the figure's clause, so "walked … to cross" meets "crossed". */
  verbs?: string[];
  /** The larger group a part is counted of: "them" in "four of them", "the injured" in "two of the injured". */
  partOf?: string;
  /** The one member of a set a count is a property of: "largest camp" in "the largest camp holds 4,000 people". */
  holder?: string;
  /** A rate that is the level of its noun, a named measure ("turnout was 61%"): one value per event. */
  level?: boolean;
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
    /day|morning|night|evening/.test(tokens[i - 2]?.lower ?? '') &&
    // "On Monday, 30 people fled": a noun after the number makes it a count, not the day of the month.
    tokens[i + 1]?.pos !== 'NOUN'
  )
    return true;
  return /^(?:am|pm|a\.m\.|p\.m\.|gmt|percent|%)$/.test(next);
}

/** "Anna, 35, said": an age given after a name between commas. */
function ageAfterName(tokens: readonly Tok[], i: number, value: number): string | null {
  // "A firefighter, aged 51, was killed": the noun or name before ", aged".
  if (tokens[i - 1]?.lower === 'aged' && tokens[i - 2]?.value === ',' && Number.isInteger(value) && value < 110) {
    const who = tokens[i - 3];
    if (who?.pos === 'NOUN') return who.lemma;
    if (who?.pos === 'PROPN') return who.value;
  }
  const before = tokens[i - 1];
  const name = tokens[i - 2];
  const after = tokens[i + 1];
  if (before?.value !== ',' || name?.pos !== 'PROPN' || ![',', ')', 'said'].includes(after?.lower ?? '')) return null;
  return Number.isInteger(value) && value > 0 && value < 110 ? name.value : null;
}

/** "a 33-year-old officer": the age and the noun it describes. */
function yearOld(tokens: readonly Tok[], i: number): { last: number; noun: string | null } | null {
  const words = tokens.slice(i + 1, i + 5).map((t) => t.lower);
  if (words[0] === '-' && words[1] === 'year' && words[2] === '-' && words[3] === 'old') {
    const head = headAfter(tokens, i + 5);
    return { last: i + 4, noun: head?.noun ?? null };
  }
  return null;
}

/** Step 4 for figures: every figure in the article as a frame: value, qualifier, what, what happened, when, who said so. */
export function extractQuantities(article: Article, tagged?: readonly Tok[][]): Quantity[] {
  const out: Quantity[] = [];
  // The last noun counted in the previous sentence, for an ordinal that leaves its noun out
  // ("… two bombs were planted. The second went off …").
  let carried: string | null = null;
  article.sentences.forEach((range, sentence) => {
    const tokens = tagged?.[sentence] ?? sentenceTokens(article, sentence);
    const sentenceText = article.text.slice(range.start, range.end);
    const attribution = findAttribution(sentenceText);
    const fronted = frontedScope(sentenceText, article.date);
    const inSentence: Quantity[] = [];
    const push = (q: Quantity, at: number, runningTotal = false) => {
      const read =
        scopeOf(clauseText(tokens, at, sentenceText, range.start), article.date) ??
        carriedScope(precedingSegment(tokens, at, sentenceText, range.start), article.date) ??
        fronted;
      // "the toll rose to five on Saturday": the day a running total was reached, not the day the
      // things counted happened, so it can meet Friday's figures (as their update).
      const scope = runningTotal && read?.day ? asOfScope(read) : read;
      inSentence.push({
        ...q,
        ...(scope ? { timeScope: scope, scope: scope.text } : {}),
        ...(attribution ? { attribution } : {}),
      });
    };
    let lastNoun: string | null = null;
    let skipTo = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (i <= skipTo) continue;
      const t = tokens[i]!;
      const single = singleCount(tokens, i, lastNoun ?? carried);
      if (single) {
        push(
          {
            articleId: article.id,
            value: 1,
            text: article.text.slice(t.start, tokens[single.end]!.end),
            start: t.start,
            end: tokens[single.end]!.end,
            qualifier: single.qualifier,
            sentence,
            noun: single.noun,
            verb: single.verb,
            kind: 'count',
          },
          i,
        );
        continue;
      }
      const year = yearOf(tokens, i);
      if (year) {
        push(
          {
            articleId: article.id,
            value: year.value,
            text: t.value,
            start: t.start,
            end: t.end,
            qualifier: 'exact',
            sentence,
            kind: 'year',
            noun: year.what,
            verb: clauseVerb(tokens, i),
          },
          i,
        );
        continue;
      }
      const currency = currencySign(tokens[i - 1]);
      // "30-40 people", written as one token.
      const joined = currency ? null : joinedRange(tokens, i);
      const reading = joined
        ? { value: joined.value, vague: false, last: i }
        : readNumber(tokens, i, currency !== null);
      if (!reading || (t.pos !== 'NUM' && !reading.vague && !compoundNumber([t.value, '-', 'one']))) continue;
      if (isDatePart(tokens, i) && !unitAfter(tokens, i + 1)) continue;
      if (['no', 'any', 'every', 'each'].includes(tokens[i - 1]?.lower ?? '') || isPronounOne(tokens, i)) continue;
      if (isOneOfTheMost(tokens, i)) continue;
      let { value, last } = reading;
      const before = article.text.slice(
        Math.max(range.start, (tokens[i - (currency ? 2 : 1)] ?? t).start - 30),
        t.start,
      );
      const span = joined ? { upper: joined.upper, last: i } : currency ? null : rangeAt(tokens, i, last, value);
      if (span) last = span.last;
      const qualifier = span ? 'range' : qualifierBefore(before.replace(/\s*(?:US)?[$€£]\s*$/i, ' '), reading.vague);
      const first = currency ? i - 1 : i;
      const base = {
        articleId: article.id,
        qualifier,
        sentence,
        start: tokens[first]!.start,
        ...(span ? { upper: span.upper } : {}),
      };
      const magnitude = currency ? null : magnitudeAt(tokens, i, last);
      if (magnitude) {
        last += magnitude.span;
        // An earthquake's magnitude: two reports of one quake's differ only by disagreeing.
        push(
          {
            ...base,
            value,
            text: article.text.slice(base.start, tokens[last]!.end),
            end: tokens[last]!.end,
            kind: 'magnitude',
            noun: magnitude.of,
            verb: null,
          },
          i,
        );
        skipTo = last;
        continue;
      }
      const unit: Unit | null = currency
        ? { kind: 'money', unit: currency, factor: 1, span: 0 }
        : unitAfter(tokens, last + 1);
      if (unit) last += unit.span;
      const end = tokens[last]!.end;
      const text = article.text.slice(base.start, end);
      if (unit?.kind === 'money') {
        const thing = moneyThing(tokens, first, last);
        push(
          {
            ...base,
            value,
            text,
            end,
            kind: 'money',
            unit: unit.unit,
            noun: thing?.noun ?? 'amount',
            modifiers: thing?.modifiers ?? [],
            verb: clauseVerb(tokens, i),
          },
          i,
        );
        skipTo = last;
        continue;
      }
      if (unit?.kind === 'percent') {
        const measure = measureLevel(tokens, first, last);
        push(
          {
            ...base,
            value,
            text,
            end,
            kind: 'percent',
            unit: '%',
            noun: measure ?? rateThing(tokens, first, last) ?? 'share',
            ...(measure ? { level: true } : {}),
            verb: clauseVerb(tokens, i),
          },
          i,
        );
        skipTo = last;
        continue;
      }
      if (unit?.kind === 'measure') {
        const head = headAfter(tokens, last + 1);
        push(
          {
            ...base,
            // "19 miles" is 30.6 km only as closely as 19 was rounded: a figure converted between
            // metric and imperial units is an approximate one, so "30 km" and "19 miles" can agree.
            qualifier: base.qualifier === 'exact' && crossesUnitSystems(unit) ? 'about' : base.qualifier,
            value: Math.round(value * unit.factor * 10) / 10,
            text,
            end,
            kind: 'measure',
            unit: unit.unit,
            noun: head?.noun ?? MEASURED[unit.unit] ?? 'amount',
            verb: clauseVerb(tokens, i),
          },
          i,
        );
        // "30 km (19 miles)": the conversion in brackets is the same figure, not a second one.
        const converted = tokens[last + 1]?.value === '(' ? unitAfter(tokens, last + 3) : null;
        skipTo = converted ? last + 3 + converted.span : last;
        continue;
      }
      const age = yearOld(tokens, i);
      const named = ageAfterName(tokens, i, value);
      if (age || named) {
        push(
          {
            ...base,
            value,
            text: age ? article.text.slice(base.start, tokens[age.last]!.end) : text,
            end: age ? tokens[age.last]!.end : end,
            kind: 'age',
            noun: named ?? age?.noun ?? 'person',
            verb: 'aged',
          },
          i,
        );
        skipTo = age?.last ?? last;
        continue;
      }
      if (reading.vague && TIME_UNITS.has(tokens[last + 1]?.lemma ?? '')) continue;
      // "two years ago" dates something; it is no figure of the story.
      if (TIME_UNITS.has(tokens[last + 1]?.lemma ?? '') && tokens[last + 2]?.lower === 'ago') continue;
      const sized = sizeOf(tokens, i, last);
      if (sized) last = sized.last;
      const part = partOf(tokens, last + 1);
      const after = part ? null : headAfter(tokens, last + 1, ['of'], value);
      const tally: Counted | null =
        sized || after ? null : (countedBefore(tokens, i) ?? estimatedAt(tokens, i, lastNoun ?? carried));
      const head: Omit<Counted, 'verb'> | null = sized?.head ?? after ?? tally;
      const modifiers: string[] = head?.modifiers ?? [];
      // "killed five workers and injured 14 others": the others are more of the things counted before.
      const others: string | null = head?.noun === 'others' && modifiers.length === 0 ? (lastNoun ?? carried) : null;
      const noun: string | null = others ?? (head ? countedClass(head.noun, modifiers) : lastNoun);
      if (!noun) continue;
      const holder = part ? null : singledOutHolder(tokens, i, lastNoun ?? carried);
      // "21 people, including three children, and wounding 48": a subset named in passing is not
      // what the next bare figure counts.
      if (!subsetNamed(tokens, first)) lastNoun = noun;
      // "Lakeside and two other towns": the named one and the others.
      const andOthers =
        tokens[i - 1]?.lower === 'and' && tokens[i - 2]?.pos === 'PROPN' && tokens[last + 1]?.lower === 'other';
      if (andOthers) value += 1;
      push(
        {
          ...base,
          value,
          text: andOthers ? article.text.slice(tokens[i - 2]!.start, end) : text,
          start: andOthers ? tokens[i - 2]!.start : base.start,
          end,
          kind: TIME_UNITS.has(noun) ? 'measure' : 'count',
          noun: TIME_UNITS.has(noun) ? `${noun}s` : noun,
          modifiers,
          // A range's verb is read from its second bound: "between 30 and 40 people were injured".
          verb: tally ? tally.verb : clauseVerb(tokens, part?.last ?? (span ? last : i)),
          verbs: clauseVerbs(tokens, part?.last ?? last),
          ...(part ? { partOf: part.group } : {}),
          ...(holder ? { holder } : {}),
        },
        i,
        tally !== null,
      );
      skipTo = part?.last ?? last;
    }
    carried = lastNoun ?? carried;
    for (const none of noneCounted(sentenceText)) {
      inSentence.push({
        articleId: article.id,
        value: 0,
        text: none.text,
        start: range.start + none.start,
        end: range.start + none.start + none.text.length,
        qualifier: 'exact',
        sentence,
        noun: none.noun,
        verb: none.verb,
        kind: 'count',
        ...(attribution ? { attribution } : {}),
      });
    }
    // A rate applies to the amount of money beside it: "30% tariffs on $300bn of goods".
    const amounts = inSentence.filter((q) => q.kind === 'money');
    for (const q of inSentence) {
      if (q.kind !== 'percent' || amounts.length === 0) continue;
      const nearest = amounts.reduce((a, b) => (Math.abs(b.start - q.start) < Math.abs(a.start - q.start) ? b : a));
      q.base = formatMoney(nearest.value, nearest.unit ?? 'USD');
    }
    out.push(...inSentence);
  });
  return out;
}
