import type { Tok } from './sentenceTokens';
import { wordTable } from '../../text/wordTable';

/**
 * What a number measures when its unit is written beside it: money (with its currency), a
 * percentage, or a length, speed, weight or area converted to one base unit so "30 km" and "19 miles"
 * compare. Hand tables: the symbols and unit words of English news are few and stable, and the
 * unit libraries on npm parse "5 km" strings, not tokens with offsets.
 */
export type Unit = {
  kind: 'money' | 'percent' | 'measure';
  unit: string;
  factor: number;
  /** How many tokens the unit takes: 1 for "km", 2 for "per cent", 3 for "km/h" or "miles per hour". */
  span: number;
};

const CURRENCY_SIGNS = wordTable<string>({
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
});
const CURRENCY_WORDS = wordTable<string>({
  dollar: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  rupee: 'INR',
  rouble: 'RUB',
  ruble: 'RUB',
  hryvnia: 'UAH',
  forint: 'HUF',
  won: 'KRW',
});
/** Lengths in km, weights in tonnes, areas in km². */
const MEASURES = wordTable<[string, number]>({
  km: ['km', 1],
  kilometer: ['km', 1],
  kilometre: ['km', 1],
  mile: ['km', 1.609344],
  metre: ['km', 0.001],
  meter: ['km', 0.001],
  foot: ['km', 0.0003048],
  feet: ['km', 0.0003048],
  tonne: ['t', 1],
  ton: ['t', 1],
  kg: ['t', 0.001],
  kilogram: ['t', 0.001],
  hectare: ['km²', 0.01],
  acre: ['km²', 0.00404686],
});
/** Speeds in km/h, for units written as one word. */
const SPEEDS = wordTable<number>({ mph: 1.609344, kph: 1, kmh: 1, knot: 1.852 });
const HOUR = new Set(['h', 'h.', 'hr', 'hour']);

/** What a measure with no noun of its own measures, by its base unit. */
export const MEASURED = wordTable<string>({
  km: 'distance',
  'km/h': 'speed',
  t: 'weight',
  'km²': 'area',
  '°C': 'temperature',
  '°F': 'temperature',
  '°': 'temperature',
});

/** A conversion between metric and imperial units (not a power of ten) is only as exact as the figure was. */
export function crossesUnitSystems(unit: Unit): boolean {
  return !Number.isInteger(Math.log10(unit.factor));
}

/** Short scale words written after an amount: "$1.2bn", "€3m", "5 million". */
export const SHORT_SCALES = wordTable<number>({
  bn: 1e9,
  b: 1e9,
  m: 1e6,
  mn: 1e6,
  k: 1e3,
  trillion: 1e12,
  tn: 1e12,
});

export function currencySign(token: Tok | undefined): string | null {
  return token ? (CURRENCY_SIGNS[token.lower] ?? null) : null;
}

/**
 * A temperature: "44C" (the letter written against the number), "40 °C", "38 degrees Celsius".
 * Fahrenheit stays its own unit: converting it needs an offset, and a figure is seldom given in both.
 */
function temperatureAt(tokens: readonly (Tok | undefined)[], at: number): Unit | null {
  const token = tokens[at]!;
  const number = tokens[at - 1];
  const scale = (t: Tok | undefined) =>
    /^c\.?$|^celsius$/.test(t?.lower ?? '') ? '°C' : /^f\.?$|^fahrenheit$/.test(t?.lower ?? '') ? '°F' : null;
  const attached = scale(token) && number && number.end === token.start ? scale(token) : null;
  if (attached) return { kind: 'measure', unit: attached, factor: 1, span: 1 };
  if (token.value === '°' || /^degrees?$/.test(token.lower)) {
    const unit = scale(tokens[at + 1]);
    if (unit) return { kind: 'measure', unit, factor: 1, span: 2 };
    if (token.value === '°') return { kind: 'measure', unit: '°', factor: 1, span: 1 };
  }
  return null;
}

/** The unit written right after a number (after its scale word), at tokens[at], if any. */
export function unitAfter(tokens: readonly (Tok | undefined)[], at: number): Unit | null {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (!token) return null;
  if (token.value === '%' || token.lower === 'percent' || token.lower === 'pct')
    return { kind: 'percent', unit: '%', factor: 1, span: 1 };
  if (token.lower === 'per' && next?.lower === 'cent') return { kind: 'percent', unit: '%', factor: 1, span: 2 };
  // "won" and "pound" are verbs too: a currency word must be tagged a noun.
  const currency = ['NOUN', 'PROPN'].includes(token.pos)
    ? (CURRENCY_WORDS[token.lemma] ?? CURRENCY_WORDS[token.lower.replace(/s$/, '')])
    : undefined;
  if (currency) return { kind: 'money', unit: currency, factor: 1, span: 1 };
  const temperature = temperatureAt(tokens, at);
  if (temperature) return temperature;
  const speed = SPEEDS[token.lemma] ?? SPEEDS[token.lower.replace(/s$/, '')];
  if (speed) return { kind: 'measure', unit: 'km/h', factor: speed, span: 1 };
  const measure = MEASURES[token.lemma] ?? MEASURES[token.lower.replace(/s$/, '')];
  if (!measure) return null;
  // A length per hour is a speed: "150 km/h", "60 miles per hour".
  const perHour = (next?.value === '/' || next?.lower === 'per') && HOUR.has(tokens[at + 2]?.lower ?? '');
  if (measure[0] === 'km' && perHour) return { kind: 'measure', unit: 'km/h', factor: measure[1], span: 3 };
  return { kind: 'measure', unit: measure[0], factor: measure[1], span: 1 };
}

/** What a magnitude is of: the seismic words, so "quake" and "earthquake" meet and an aftershock does not. */
const SEISMIC = wordTable<string>({
  earthquake: 'earthquake',
  quake: 'earthquake',
  temblor: 'earthquake',
  tremor: 'earthquake',
  aftershock: 'aftershock',
  foreshock: 'foreshock',
});

/**
 * An earthquake's magnitude around the number at tokens[at..last]: "magnitude 6.4", "of magnitude
 * 6.2" before it, "6.4-magnitude" or "6.4 magnitude" after it; with the seismic noun next to the
 * phrase ("quake", "an earthquake of magnitude 5.9"), and how many tokens after `last` it takes.
 */
export function magnitudeAt(
  tokens: readonly (Tok | undefined)[],
  at: number,
  last: number,
): { span: number; of: string } | null {
  const lower = (k: number) => tokens[k]?.lower ?? '';
  let span = -1;
  let before = at;
  if (lower(at - 1) === 'magnitude') {
    span = 0;
    before = lower(at - 2) === 'of' ? at - 3 : at - 2;
  } else if (lower(last + 1) === 'magnitude') span = 1;
  else if (tokens[last + 1]?.value === '-' && lower(last + 2) === 'magnitude') span = 2;
  if (span < 0) return null;
  const of = SEISMIC[lower(last + span + 1)] ?? SEISMIC[tokens[before]?.lemma ?? ''] ?? 'earthquake';
  return { span, of };
}

/** "$300bn" for labels: the amount as a journalist abbreviates it. */
export function formatMoney(value: number, currency: string): string {
  const sign = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' }[currency] ?? `${currency} `;
  const [scale, word] = value >= 1e12 ? [1e12, 'tn'] : value >= 1e9 ? [1e9, 'bn'] : value >= 1e6 ? [1e6, 'm'] : [1, ''];
  const n = Math.round((value / scale) * 100) / 100;
  return `${sign}${n.toLocaleString('en-US')}${word}`;
}
