import type { Fact, FactValue } from '../../schema/corpus';
import { isVagueAmount } from '../quantities/numbers';

type Status = Fact['status'];
type Num = { value: number; qualifier: NonNullable<FactValue['qualifier']>; upper?: number | undefined };

/**
 * Can two readings of one figure both be true? An exact value fits a bound that includes it
 * ("at least 130" and 150) or an "about" close to it; two bounds of the same direction fit only
 * when they state the same bound ("more than 150" and "more than 600" are two different claims).
 */
export function readingsFit(a: Num, b: Num): boolean {
  if (a.value === b.value) return true;
  const fits = (exact: Num, other: Num) => {
    if (other.qualifier === 'at_least') return exact.value >= other.value;
    if (other.qualifier === 'at_most') return exact.value <= other.value;
    if (other.qualifier === 'range') return exact.value >= other.value && exact.value <= (other.upper ?? other.value);
    if (other.qualifier === 'about') return Math.abs(exact.value - other.value) <= Math.max(1, other.value * 0.25);
    return false;
  };
  if (a.qualifier === 'exact' || b.qualifier === 'exact') return a.qualifier === 'exact' ? fits(a, b) : fits(b, a);
  if (a.qualifier === b.qualifier && a.qualifier !== 'range') return a.qualifier === 'about' && fits(a, b);
  // One upper and one lower bound, an "about" or two ranges: they fit when the spans overlap.
  const low = (n: Num) => (n.qualifier === 'at_most' ? -Infinity : n.value);
  const high = (n: Num) => (n.qualifier === 'at_least' ? Infinity : (n.upper ?? n.value));
  return low(a) <= high(b) && low(b) <= high(a);
}

/**
 * The status of a row of numbers, from what a fact-checker needs to know:
 * - `agree`: every article gives the same number;
 * - `compatible`: the numbers differ but can all be true (bounds, "about", vague words);
 * - `updated`: they cannot all be true at one time, but each higher figure comes from a later
 *   article than each lower one (a running total: 19 dead, then 29);
 * - `conflict`: two articles of the same day, or a later article with a lower figure, disagree.
 * Two readings inside one article are that article hesitating, not a disagreement.
 */
export function numberStatus(values: readonly FactValue[], dates: ReadonlyMap<string, string | null>): Status {
  if (new Set(values.map((v) => v.articleId)).size < 2) return 'single';
  if (new Set(values.map((v) => Number(v.value))).size === 1) return 'agree';
  // Each article's distinct readings once, vague ones left out (they never contradict): a row of a
  // large corpus repeats one figure hundreds of times, and every pair below is compared.
  const seen = new Set<string>();
  const readings: { articleId: string; date: string | null; n: Num }[] = [];
  for (const v of values) {
    // Vague words ("dozens", "tens of thousands") give a figure no one can be held to: they never contradict.
    if (isVagueAmount(v.text)) continue;
    const n: Num = { value: Number(v.value), qualifier: v.qualifier ?? 'exact', upper: v.upper };
    const key = `${v.articleId}\u0000${n.value}\u0000${n.qualifier}\u0000${n.upper}`;
    if (seen.has(key)) continue;
    seen.add(key);
    readings.push({ articleId: v.articleId, date: dates.get(v.articleId) ?? null, n });
  }
  let clash = false;
  for (let i = 0; i < readings.length; i++)
    for (let j = i + 1; j < readings.length; j++) {
      const a = readings[i]!;
      const b = readings[j]!;
      if (a.articleId === b.articleId || readingsFit(a.n, b.n)) continue;
      clash = true;
      const [earlier, later] = a.date !== null && b.date !== null && a.date < b.date ? [a.n, b.n] : [b.n, a.n];
      // One clash that no running total explains is a conflict, whatever the other pairs say.
      if (a.date === null || b.date === null || a.date === b.date || later.value < earlier.value) return 'conflict';
    }
  return clash ? 'updated' : 'compatible';
}

/**
 * The status of any figure row: numbers by numberStatus; a date row (one day, as the pipeline
 * groups them) agrees when two articles give it. Also what a reviewed row is recomputed with.
 */
export function factStatus(
  kind: Fact['kind'],
  values: readonly FactValue[],
  dates: ReadonlyMap<string, string | null>,
): Status {
  if (kind === 'quantity') return numberStatus(values, dates);
  return new Set(values.map((v) => v.articleId)).size > 1 ? 'agree' : 'single';
}
