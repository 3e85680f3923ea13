import type { Fact, FactValue } from '../../schema/corpus';
import type { DateMention } from '../quantities/extractDates';
import type { Quantity } from '../quantities/extractQuantities';
import { valuesConflict } from '../quantities/numbers';

function strip<T extends FactValue>(v: T): FactValue {
  const { articleId, value, text, start, end, qualifier, upper, sentence, attribution } = v;
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
  };
}

function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Two dates agree when one is a more precise form of the other ("2020-05" and "2020-05-14"). */
function datesConflict(a: string, b: string): boolean {
  return !(a.startsWith(b) || b.startsWith(a));
}

/**
 * A row conflicts when two articles give readings that disagree. Each distinct reading is compared
 * once, not each pair of values: a row repeated across 10,000 articles holds a few readings, and
 * comparing every pair of its values took seconds.
 */
function status(values: readonly FactValue[], conflict: (a: FactValue, b: FactValue) => boolean): Fact['status'] {
  if (new Set(values.map((v) => v.articleId)).size < 2) return 'single';
  const readings = new Map<string, { value: FactValue; articles: Set<string> }>();
  for (const v of values) {
    const key = `${String(v.value)}|${v.qualifier ?? ''}|${v.upper ?? ''}`;
    const reading = readings.get(key) ?? { value: v, articles: new Set<string>() };
    reading.articles.add(v.articleId);
    readings.set(key, reading);
  }
  const list = [...readings.values()];
  // Two readings only in the same one article are that article hesitating, not a disagreement.
  const fromTwoArticles = (a: Set<string>, b: Set<string>) => a.size > 1 || b.size > 1 || [...a][0] !== [...b][0];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++)
      if (fromTwoArticles(list[i]!.articles, list[j]!.articles) && conflict(list[i]!.value, list[j]!.value))
        return 'conflict';
  return 'agree';
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
 * Step 6 for figures: one row per (what is counted, what happened), with the value each article gives.
 * Counts of people speaking ("two officials said") are attributions, not facts, and are left out.
 */
export function groupFacts(quantities: readonly Quantity[], dates: readonly DateMention[]): Fact[] {
  const rows = new Map<string, Quantity[]>();
  for (const q of quantities) {
    if (q.verb === 'said') continue;
    const key = `${q.noun}|${q.verb ?? ''}`;
    const row = rows.get(key);
    if (row) row.push(q);
    else rows.set(key, [q]);
  }
  const facts: Fact[] = [];
  for (const [key, list] of rows) {
    const [noun, verb] = key.split('|') as [string, string];
    const values = dedupe(list);
    const s = status(values, (a, b) =>
      valuesConflict(
        { value: Number(a.value), qualifier: a.qualifier ?? 'exact' },
        { value: Number(b.value), qualifier: b.qualifier ?? 'exact' },
      ),
    );
    facts.push({
      id: `count-${slug(`${noun} ${verb}`)}`,
      label: verb ? `${noun} ${verb}` : noun,
      kind: 'quantity',
      unit: noun,
      status: s,
      values: values.map(strip),
    });
  }
  const dateRows = new Map<string, DateMention[]>();
  for (const d of dates) {
    const row = dateRows.get(d.event);
    if (row) row.push(d);
    else dateRows.set(d.event, [d]);
  }
  for (const [event, list] of dateRows) {
    const values = dedupe(list);
    facts.push({
      id: `date-${slug(event)}`,
      label: event === 'in office since' ? 'in office since' : `date of the ${event}`,
      kind: 'date',
      status: status(values, (a, b) => datesConflict(String(a.value), String(b.value))),
      values: values.map(strip),
    });
  }
  const order = { conflict: 0, agree: 1, single: 2 } as const;
  return facts.sort(
    (a, b) => order[a.status] - order[b.status] || b.values.length - a.values.length || (a.id < b.id ? -1 : 1),
  );
}
