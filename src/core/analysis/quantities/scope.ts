import { monthIndex, resolveMonthDay, resolveWeekday, WEEKDAYS } from './dates';
import { numberValue } from './numbers';

/**
 * The time a figure holds for, read from its sentence: a day ("on Friday", "on March 3"), a year
 * ("in 2014", "this year"), or a running total ("so far", "since Wednesday", "to date"). Days and
 * years are resolved against the article's date so two outlets' wordings of one day meet.
 */
export type Scope = { day?: string; year?: number; running?: boolean; text: string };

const RUNNING =
  /\b(?:so far|to date|since\s+\w+|in total|as of\s+\w+|by (?:late |early )?(?:morning|afternoon|evening|night|\w+day))\b/i;
const YEAR = /\b(?:in|during|for|of)\s+((?:19|20)\d{2})\b/i;
const THIS_YEAR = /\b(this|last)\s+year\b/i;
const YEARS_AGO = /\b(a|an|\w+)\s+(years?|decades?)\s+ago\b/i;
const WEEKDAY = new RegExp(String.raw`\b(?:on\s+|last\s+)?(${WEEKDAYS.join('|')})\b`, 'i');
/** A day of a month; after "the" or a possessive it names a thing ("the October 26 vote"), not the clause's time. */
const MONTH_DAY = /(?<!\b(?:the|[\p{L}]+['’]s)\s+)\b(?:on\s+)?([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\b(?!,?\s*\d{3})/u;

export function scopeOf(clause: string, articleDate: string | null): Scope | undefined {
  const running = RUNNING.exec(clause);
  const scope: Scope = { text: '' };
  const words: string[] = [];
  if (running) {
    scope.running = true;
    words.push(running[0]);
  }
  const year = YEAR.exec(clause);
  const thisYear = THIS_YEAR.exec(clause);
  if (year) {
    scope.year = Number(year[1]);
    words.push(year[0]);
  } else if (thisYear && articleDate) {
    scope.year = Number(articleDate.slice(0, 4)) - (thisYear[1]!.toLowerCase() === 'last' ? 1 : 0);
    words.push(thisYear[0]);
  }
  const ago = year || thisYear ? null : YEARS_AGO.exec(clause);
  const agoCount = ago ? (/^an?$/i.test(ago[1]!) ? 1 : numberValue(ago[1]!)?.value) : undefined;
  if (ago && agoCount && articleDate) {
    scope.year = Number(articleDate.slice(0, 4)) - agoCount * (/^decade/i.test(ago[2]!) ? 10 : 1);
    words.push(ago[0]);
  }
  const monthDay = MONTH_DAY.exec(clause);
  const weekday = WEEKDAY.exec(clause);
  let day: string | null = null;
  if (monthDay && monthIndex(monthDay[1]!) >= 0 && articleDate) {
    day = resolveMonthDay(monthIndex(monthDay[1]!), Number(monthDay[2]), articleDate);
    words.push(monthDay[0]);
  } else if (weekday && articleDate && !running?.[0].toLowerCase().includes(weekday[1]!.toLowerCase())) {
    day = resolveWeekday(weekday[1]!, articleDate, /^last/i.test(weekday[0]));
    words.push(weekday[0]);
  }
  if (day) scope.day = day;
  if (words.length === 0) return undefined;
  scope.text = words.join(', ');
  return scope;
}

/** A running total's scope: its day is when the total stood so, which any earlier day's count can meet. */
export function asOfScope(scope: Scope): Scope {
  const { day: _asOf, ...rest } = scope;
  return { ...rest, running: true };
}

/** Two scopes can describe one figure unless they name different days or different years. */
export function scopesMeet(a: Scope | undefined, b: Scope | undefined): boolean {
  if (!a || !b) return true;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  // A year's total and one day's count are a total and a subset, never one figure.
  const wholeYear = (s: Scope) => s.year !== undefined && s.day === undefined;
  if ((wholeYear(a) && b.day !== undefined) || (wholeYear(b) && a.day !== undefined)) return false;
  return true;
}

/**
 * The time a sentence's opening adverbial gives every clause after it: "Last year, a fire killed
 * 12", "In 2027, three died" and "When the fire spread on Monday, 30 fled" are dated by the words
 * before the comma. A short opening only, and not a condition or a cause ("If …", "Because …").
 */
export function frontedScope(sentence: string, articleDate: string | null): Scope | undefined {
  const comma = sentence.indexOf(',');
  if (comma < 0) return undefined;
  const opening = sentence.slice(0, comma);
  if (opening.split(/\s+/).length > 8 || /^\s*(?:if|unless|although|though|because)\b/i.test(opening)) return undefined;
  return scopeOf(opening, articleDate);
}

const TIME_PHRASE = /^\s*(?:in|on|during|last|this|early|late|back in)\b/i;

/**
 * The time a figure's clause takes from the stretch before it: a short time phrase set off by
 * commas ("The last flood, in 2009, killed 14") dates what follows, and a "when" clause after a
 * year ("the worst since 2009, when 14 died") happened in that year.
 */
export function carriedScope(
  segment: { text: string; when: boolean } | null,
  articleDate: string | null,
): Scope | undefined {
  if (!segment) return undefined;
  // Only a stretch that is a time phrase and nothing else: "said Wednesday" dates the saying.
  if (segment.text.trim().split(/\s+/).length <= 4 && TIME_PHRASE.test(segment.text)) {
    const scope = scopeOf(segment.text, articleDate);
    if (scope) return scope;
  }
  const year = segment.when ? /\b((?:19|20)\d{2})\s*$/.exec(segment.text) : null;
  return year ? { year: Number(year[1]), text: `in ${year[1]}` } : undefined;
}
