import type { Stance } from '../../core/schema/corpus';
import {
  STANCE_LABELS,
  STANCES,
  binIndex,
  type ColorMode,
  type CountBin,
  type CountrySummary,
} from '../../core/reactions';

/** Okabe–Ito colours: told apart by people with the common colour-vision deficiencies. */
export const STANCE_FILLS: Record<Stance, string> = {
  condemn: '#D55E00',
  support: '#009E73',
  concern: '#E69F00',
  call_for_calm: '#56B4E9',
  offer_help: '#0072B2',
  blame: '#CC79A7',
  other: '#F0E442',
};

/** Mixed stances get a hatch rather than a ninth hue, so it never reads as one more stance. */
export const MIXED_PATTERN_ID = 'reactions-mixed-hatch';
export const MIXED_FILL = `url(#${MIXED_PATTERN_ID})`;
export const NO_REACTION_FILL = '#E4E7EB';

/** A sequential ColorBrewer "Blues" ramp, light to dark, for more reporting articles. */
const COUNT_RAMP = ['#BDD7E7', '#6BAED6', '#3182BD', '#08519C', '#08306B'];

export function countFill(index: number, binCount: number): string {
  const last = COUNT_RAMP.length - 1;
  const at = binCount <= 1 ? 2 : Math.round((index * last) / (binCount - 1));
  return COUNT_RAMP[Math.min(last, Math.max(0, at))] ?? '#3182BD';
}

export function fillFor(summary: CountrySummary, mode: ColorMode, bins: readonly CountBin[]): string {
  if (mode === 'sources') return countFill(binIndex(summary.articleIds.length, bins), bins.length);
  return summary.stance === 'mixed' ? MIXED_FILL : STANCE_FILLS[summary.stance];
}

export type LegendEntry = { key: string; label: string; fill: string; countries: number };

/** What the legend lists: the categories on the map now, then the fill for "no reaction reported". */
export function legendEntries(
  summaries: readonly CountrySummary[],
  mode: ColorMode,
  bins: readonly CountBin[],
): LegendEntry[] {
  const count = (test: (s: CountrySummary) => boolean) => summaries.filter(test).length;
  const entries: LegendEntry[] =
    mode === 'sources'
      ? bins.map((bin, i) => ({
          key: `bin-${bin.min}`,
          label: bin.label,
          fill: countFill(i, bins.length),
          countries: count((s) => binIndex(s.articleIds.length, bins) === i),
        }))
      : [
          ...STANCES.map((stance) => ({
            key: stance,
            label: STANCE_LABELS[stance],
            fill: STANCE_FILLS[stance],
            countries: count((s) => s.stance === stance),
          })),
          { key: 'mixed', label: 'Mixed stances', fill: MIXED_FILL, countries: count((s) => s.stance === 'mixed') },
        ].filter((e) => e.countries > 0);
  return [...entries, { key: 'none', label: 'No reaction reported', fill: NO_REACTION_FILL, countries: 0 }];
}
