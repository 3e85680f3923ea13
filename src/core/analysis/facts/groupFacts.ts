import type { Fact, FactValue } from '../../schema/corpus';
import type { DateMention } from '../quantities/extractDates';
import type { Quantity } from '../quantities/extractQuantities';
import { scopesMeet } from '../quantities/scope';
import { clustersByKind, frameClusters } from './frameClusters';
import { figureLabel } from './labels';
import { factStatus, numberStatus } from './status';

function strip<T extends FactValue>(v: T): FactValue {
  const { articleId, value, text, start, end, qualifier, upper, sentence, attribution, scope } = v;
  return {
    articleId,
    value,
    text,
    start,
    end,
    ...(qualifier ? { qualifier } : {}),
    ...(upper !== undefined ? { upper } : {}),
    ...(sentence !== undefined ? { sentence } : {}),
    ...(attribution ? { attribution } : {}),
    ...(scope ? { scope } : {}),
  };
}

function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Two dates agree when one is a more precise form of the other ("2020-05" and "2020-05-14"). */
function datesMeet(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Keeps one value per article and reading: a figure repeated in one article is one report of it. */
function dedupe<T extends FactValue>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = `${v.articleId}|${String(v.value)}|${v.qualifier ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What a figure is about, as a row key. Money, rates and measures are keyed by their amount as
 * well: two different amounts in one story are nearly always two different things (the first and
 * the second round of tariffs, a capacity and a stock), so they never share a row. Counts are keyed
 * by what is counted and what happened to it, so two outlets' figures for one count meet.
 */
function frameKey(q: Quantity): string {
  switch (q.kind) {
    case 'money':
      return `money|${q.unit ?? ''}|${q.value}`;
    case 'percent':
      // The level of a named measure ("turnout was 61%") has one value per event, like a magnitude.
      if (q.level) return `level|${q.noun}`;
      return q.base ? `rate|${q.value}|${q.base}` : `rate|${q.value}|${q.noun}`;
    case 'measure':
      return q.unit ? `measure|${q.unit}|${q.value}` : `duration|${q.noun}`;
    case 'age':
      return `age|${q.noun.toLowerCase()}`;
    // One quake has one magnitude: two reports' differing values are a disagreement (or a revision).
    case 'magnitude':
      return `magnitude|${q.noun}`;
    case 'year':
      return `year|${q.value}|${q.verb ?? ''}`;
    default:
      // One member singled out ("the largest [camp]") frames its figure whatever word counts it.
      if (q.holder) return `held|${q.holder}`;
      return q.partOf ? `part|${q.noun}|${q.partOf}` : `count|${q.noun}`;
  }
}

/**
 * Two counts of one thing describe one event when they share their predicate, or when one's
 * predicate is among the other's verbs ("more than 600 walked through fields to cross" and "150 crossed").
 */
function predicatesMeet(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || (a.kind !== 'count' && a.kind !== 'measure')) return true;
  if (a.verb === b.verb) return true;
  // A figure whose clause names no event ("Tarvel and two other towns") is weakly framed: it may
  // confirm a row of its thing, never contradict one. A singled-out holder frames it strongly
  // enough: "the largest has 2,000" and "the largest drew 1,500" are one figure of one member.
  if (a.verb === null || b.verb === null) return a.value === b.value || !!a.holder;
  return (!!a.verb && (b.verbs ?? []).includes(a.verb)) || (!!b.verb && (a.verbs ?? []).includes(b.verb));
}

/**
 * One article giving two different values for one frame in two sentences is describing two things
 * (the games' delegation and the later one), not contradicting itself.
 */
function twoFiguresOfOneArticle(a: Quantity, b: Quantity): boolean {
  return a.articleId === b.articleId && a.value !== b.value && a.sentence !== b.sentence;
}

function mostCommon<T>(items: readonly T[], key: (t: T) => string): T {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return [...items].sort((a, b) => (counts.get(key(b)) ?? 0) - (counts.get(key(a)) ?? 0))[0]!;
}

const UNIT_KINDS = new Set(['money', 'percent', 'measure']);

/**
 * Step 6 for figures: one row per frame (what is counted, what happened, when), with the value each
 * article gives and a status that tells agreement, compatible values, updates and conflicts apart.
 * Counts of people speaking ("two officials said") are attributions, not facts, and are left out.
 */
export function groupFacts(
  quantities: readonly Quantity[],
  dates: readonly DateMention[],
  articleDates: ReadonlyMap<string, string | null> = new Map(),
): Fact[] {
  const byKey = new Map<string, Quantity[]>();
  for (const q of quantities) {
    // Only a count can be the speaker ("two officials said"); "said troops were within 40 km" reports a distance.
    if (q.verb === 'said' && !UNIT_KINDS.has(q.kind ?? '')) continue;
    const key = frameKey(q);
    const row = byKey.get(key);
    if (row) row.push(q);
    else byKey.set(key, [q]);
  }
  const facts: Fact[] = [];
  const ids = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  for (const list of byKey.values()) {
    for (const cluster of frameClusters(
      list,
      (a, b) => scopesMeet(a.timeScope, b.timeScope) && predicatesMeet(a, b),
      twoFiguresOfOneArticle,
    )) {
      const values = dedupe(cluster);
      // The row is named after its most common counted noun, a placeholder ("amount") only as a last resort.
      const named = mostCommon(
        values.filter((v) => v.noun !== 'amount' && v.noun !== 'share').concat(values),
        (v) => v.noun,
      );
      const label = figureLabel(named);
      facts.push({
        id: uniqueId(`count-${slug(label)}`),
        label,
        kind: 'quantity',
        // A year is a year ("2006"), not an amount of its noun: said so, so no view groups its digits.
        unit:
          named.kind === 'year' || named.kind === 'magnitude'
            ? named.kind
            : UNIT_KINDS.has(named.kind ?? '')
              ? (named.unit ?? named.noun)
              : named.noun,
        status: numberStatus(values, articleDates),
        values: values.map(strip),
      });
    }
  }
  const byEvent = new Map<string, DateMention[]>();
  for (const d of dates) {
    const row = byEvent.get(d.event);
    if (row) row.push(d);
    else byEvent.set(d.event, [d]);
  }
  for (const [event, list] of byEvent) {
    // An event noun near a date is a loose key: two different days for "the clashes" are far more
    // often two clashes of a running story than two outlets disagreeing, so each day is its own row.
    const rows = clustersByKind(
      dedupe(list),
      (d) => String(d.value),
      (a, b) => datesMeet(String(a.value), String(b.value)),
    ).sort((a, b) => new Set(b.map((v) => v.articleId)).size - new Set(a.map((v) => v.articleId)).size);
    rows.forEach((values, n) => {
      const base = event === 'in office since' ? 'in office since' : `date of the ${event}`;
      facts.push({
        id: uniqueId(`date-${slug(event)}`),
        label: n === 0 ? base : `${base} (${String(values[0]!.value)})`,
        kind: 'date',
        status: factStatus('date', values, articleDates),
        values: values.map(strip),
      });
    });
  }
  const order = { conflict: 0, updated: 1, compatible: 2, agree: 3, single: 4 } as const;
  return facts.sort(
    (a, b) => order[a.status] - order[b.status] || b.values.length - a.values.length || (a.id < b.id ? -1 : 1),
  );
}
