import type { Article, FactValue } from '../../schema/corpus';
import { MONTHS, monthIndex, previousMonth, resolveMonthDay, resolveWeekday, WEEKDAYS } from './dates';

export type DateMention = FactValue & { value: string; sentence: number; event: string };

const MONTH = String.raw`(?:${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const PATTERNS: { pattern: RegExp; read: (m: RegExpMatchArray, date: string | null) => string | null }[] = [
  {
    pattern: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'gi'),
    read: (m, date) =>
      date || m[3]
        ? resolveMonthDay(monthIndex(m[1]!), Number(m[2]), date ?? `${m[3]}-12-31`, m[3] ? Number(m[3]) : undefined)
        : null,
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?:\s+(\d{4}))?`, 'gi'),
    read: (m, date) =>
      date || m[3]
        ? resolveMonthDay(monthIndex(m[2]!), Number(m[1]), date ?? `${m[3]}-12-31`, m[3] ? Number(m[3]) : undefined)
        : null,
  },
  {
    pattern: new RegExp(String.raw`\b(${MONTH})\s+(\d{4})\b`, 'gi'),
    read: (m) => `${m[2]}-${String(monthIndex(m[1]!) + 1).padStart(2, '0')}`,
  },
  {
    pattern: new RegExp(String.raw`\b(last\s+|this\s+)?(${WEEKDAYS.join('|')})\b`, 'gi'),
    read: (m, date) => (date ? resolveWeekday(m[2]!, date, /last/i.test(m[1] ?? '')) : null),
  },
  { pattern: /\blast month\b/gi, read: (_m, date) => (date ? previousMonth(date) : null) },
];

/** Generic event nouns and the one name their rows share. */
const EVENTS: [RegExp, string][] = [
  [/\b(?:attacks?|assaults?|strikes?|explosions?|bombings?|blasts?|attempt|raids?|shootings?|act)\b/gi, 'attack'],
  [/\b(?:elections?|vote|polls?|referendum)\b/gi, 'election'],
  // Reports often date unrest by its people ("marchers gathered on Tuesday") rather than by a noun for it.
  [/\b(?:clashes|riots?|protests?|protesters?|demonstrations?|demonstrators?|marchers|unrest)\b/gi, 'clashes'],
  // Rocket or mortar fire is usually an earlier, separate incident in coverage of an attack, so it
  // gets its own row rather than a false conflict with the attack's date.
  [/\b(?:rockets?|missiles?|mortars?|shelling)\b/gi, 'rocket fire'],
  [/\bin (?:power|office)\b/gi, 'in office since'],
  [/\b(?:meeting|summit|talks)\b/gi, 'meeting'],
];

function nearestEvent(sentence: string, start: number, end: number): string | null {
  // "November 7's attack": a possessive date names the event that follows it.
  const possessive = /^['’]s\b/.test(sentence.slice(end));
  let best: { event: string; distance: number } | null = null;
  for (const [pattern, event] of EVENTS) {
    for (const m of sentence.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (possessive && at < end) continue;
      const distance = at >= end ? at - end : Math.max(0, start - (at + m[0].length));
      if (!best || distance < best.distance) best = { event, distance };
    }
  }
  return best?.event ?? null;
}

/**
 * Dates in the text resolved against the article's date, each tied to the event it dates. An
 * undated article is read against `fallbackDate` (the latest date in its corpus): coverage of one
 * event is written within days.
 */
export function extractDates(article: Article, fallbackDate: string | null = null): DateMention[] {
  const reference = article.date ?? fallbackDate;
  const out: DateMention[] = [];
  article.sentences.forEach((range, sentence) => {
    const text = article.text.slice(range.start, range.end);
    const taken: [number, number][] = [];
    for (const { pattern, read } of PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        const value = read(m, reference);
        if (!value) continue;
        taken.push([start, end]);
        const event = nearestEvent(text, start, end);
        if (!event) continue;
        out.push({
          articleId: article.id,
          value,
          text: m[0],
          start: range.start + start,
          end: range.start + end,
          sentence,
          event,
          qualifier: 'exact',
        });
      }
    }
  });
  return out;
}
