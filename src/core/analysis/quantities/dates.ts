/** Calendar arithmetic on ISO dates in UTC, with no clock: every date is relative to the article's own. */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** An ISO day as a count of days since 1970, for differences between days. */
export function toDays(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function fromDays(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

export function monthIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
}

/**
 * The date a weekday names in a story dated `articleDate`: the latest such day on or before it
 * ("Sunday" in a Monday story is yesterday); "last Sunday" goes one week further back when the
 * article itself is dated that weekday.
 */
export function resolveWeekday(weekday: string, articleDate: string, last: boolean): string | null {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (target < 0) return null;
  const day = toDays(articleDate);
  const current = new Date(day * 86_400_000).getUTCDay();
  let back = (current - target + 7) % 7;
  if (last && back === 0) back = 7;
  return fromDays(day - back);
}

/** Month and day without a year: the latest such date not after the article (a story rarely dates the future). */
export function resolveMonthDay(month: number, day: number, articleDate: string, year?: number): string | null {
  if (month < 0 || day < 1 || day > 31) return null;
  const articleYear = Number(articleDate.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (year) return `${year}-${pad(month + 1)}-${pad(day)}`;
  const candidate = `${articleYear}-${pad(month + 1)}-${pad(day)}`;
  return candidate <= articleDate ? candidate : `${articleYear - 1}-${pad(month + 1)}-${pad(day)}`;
}

/** "last month" in a story dated 2020-03-04 is 2020-02. */
export function previousMonth(articleDate: string): string {
  const [y, m] = articleDate.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export { WEEKDAYS, MONTHS };
