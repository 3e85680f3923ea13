import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

// The browser build of i18n-iso-countries ships no names until a locale is registered.
countries.registerLocale(en);

const ACRONYM = /^[A-Z.]+$/;

/** Every word of `short` begins some word of `long`: "Palestine" in "State of Palestine", "Russia" in "Russian Federation". */
function wordsFound(short: string, long: string): boolean {
  const longWords = long.toLowerCase().split(/[\s,]+/);
  return short
    .toLowerCase()
    .split(/\s+/)
    .every((w) => longWords.some((l) => l.startsWith(w)));
}

/**
 * The country's everyday English name: the shortest listed alias that is a shortening of the
 * official name (so "Russia", not "Russian Federation"), never an acronym; the code if unknown.
 */
export function countryName(code: string): string {
  const names = countries.getName(code, 'en', { select: 'all' });
  const official = names?.[0];
  if (!names || !official) return code;
  const candidates = names.filter((n) => !ACRONYM.test(n) && !n.includes(',') && wordsFound(n, official));
  return (
    candidates.reduce<string | undefined>(
      (best, n) => (best === undefined || n.length < best.length ? n : best),
      undefined,
    ) ?? official
  );
}

/** The ISO 3166-1 numeric id (three digits, zero-padded) that world-atlas uses for a country. */
export function atlasId(code: string): string | undefined {
  const numeric = countries.alpha2ToNumeric(code);
  return numeric === undefined ? undefined : numeric.padStart(3, '0');
}

let choices: { code: string; name: string }[] | null = null;

/** Every ISO 3166-1 alpha-2 country by its everyday name, in name order: the choices for a corrected reaction. */
export function countryChoices(): readonly { code: string; name: string }[] {
  choices ??= Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return choices;
}
