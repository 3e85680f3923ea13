/**
 * Text normalisation shared by every section of the score: the reference scorer compares names,
 * quotes and ids after exactly these steps, so the figures agree with it to the last digit.
 */
export function norm(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d"]/g, '"')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Honorifics and titles the gold leaves out of name variants ("President X" is X). */
const TITLES =
  /^(mr|mrs|ms|dr|lt|gen|col|maj|sgt|president|prime minister|pm|foreign minister|minister|sheikh|cleric|king|prince|the)\.?\s+/;

export function normName(s: unknown): string {
  let t = norm(s).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  let previous: string;
  do {
    previous = t;
    t = t.replace(TITLES, '');
  } while (t !== previous);
  return t.replace(/['"]s$/, '').trim();
}

export function words(s: unknown): string[] {
  return norm(s)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Two decimals, as the reference prints them. */
export const r2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Gold article keys ("000", "01") name corpus articles by id or id prefix. An unmatched key maps
 * to a name no article has, so it counts as missed rather than matching by accident.
 */
export function articleKeyResolver(articleIds: readonly string[]): (key: string) => string {
  return (k) =>
    articleIds.find((id) => id === k) ??
    articleIds.find((id) => id.startsWith(`${k}_`) || id.startsWith(`${k}-`) || id.startsWith(`${k}.`)) ??
    articleIds.find((id) => id.startsWith(k)) ??
    `missing:${k}`;
}
