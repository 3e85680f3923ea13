import { plural } from './summary';

/** A step of the "number of reporting articles" scale, inclusive at both ends. */
export type CountBin = { min: number; max: number; label: string };

/**
 * Steps for counts 1..maxCount: one step per count while they fit, else equal ranges,
 * so the legend stays short and each step is a colour one can tell apart.
 */
export function articleCountBins(maxCount: number, maxBins = 5): CountBin[] {
  const top = Math.max(1, maxCount);
  const width = Math.ceil(top / maxBins);
  const bins: CountBin[] = [];
  for (let min = 1; min <= top; min += width) {
    const max = Math.min(top, min + width - 1);
    const label = min === max ? plural(min, 'article') : `${min}–${max} articles`;
    bins.push({ min, max, label });
  }
  return bins;
}

/** The step a count falls in; counts above the scale fall in the last step. */
export function binIndex(count: number, bins: readonly CountBin[]): number {
  const index = bins.findIndex((b) => count >= b.min && count <= b.max);
  return index === -1 ? bins.length - 1 : index;
}
