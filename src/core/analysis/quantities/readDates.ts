import * as chrono from 'chrono-node/en';
import { resolveWeekday, WEEKDAYS } from './dates';

export type ReadDate = { start: number; end: number; value: string };

const pad = (n: number) => String(n).padStart(2, '0');
const BARE_WEEKDAY = new RegExp(String.raw`^(?:(on|last|this|early|late)\s+)?(${WEEKDAYS.join('|')})\b`, 'i');

/**
 * Every date in one sentence, resolved against the article's date (`reference`, an ISO day) with
 * chrono-node. Measured on the gold dates of the five clusters: chrono 28/31 right and 1 wrong,
 * the former hand patterns 23/31 and 4 wrong (they forced "will be held no later than May 11"
 * into the past). The reference is read as noon UTC and chrono is told the text's zone is UTC, and
 * the ISO date is built from chrono's components, so no machine time zone enters the result.
 * Without a reference only dates that name their year are kept.
 */
/** A cheap test first: chrono is far slower than a regex, and most sentences name no date. */
const MAY_HOLD_DATE =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|ago|(?:last|this|next) (?:week|month|year))/i;

export function readDates(text: string, reference: string | null): ReadDate[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const [y, m, d] = (reference ?? '2000-01-01').split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d, 12));
  const out: ReadDate[] = [];
  for (const r of chrono.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const c = r.start;
    if (!reference && !c.isCertain('year')) continue;
    if (!c.isCertain('month') && !c.isCertain('weekday')) continue;
    const start = r.index;
    const end = r.index + r.text.length;
    const weekday = BARE_WEEKDAY.exec(r.text);
    if (weekday && !c.isCertain('day')) {
      // Hand rule kept: chrono dates a bare weekday to the nearest one, often the coming one
      // ("marched on Sunday" in a Friday story), where news means the latest one past.
      if (!reference) continue;
      const day = resolveWeekday(weekday[2]!, reference, weekday[1]?.toLowerCase() === 'last');
      if (day) out.push({ start, end, value: day });
      continue;
    }
    const month = `${c.get('year')}-${pad(c.get('month')!)}`;
    out.push({ start, end, value: c.isCertain('day') ? `${month}-${pad(c.get('day')!)}` : month });
  }
  return out;
}
