import type { Score } from './score';

/**
 * The figures `parallax eval` follows per cluster and as a mean over clusters, by the reference
 * scorer's names. "a/b" counts become ratios, and 0/0 (nothing to find) counts as 1, so a cluster
 * with no gold conflict neither helps nor hurts the mean beyond "found everything there was".
 */
export const METRICS = [
  'reactions.country_f1',
  'reactions.country_article_r',
  'reactions.country_article_p',
  'reactions.stance_r',
  'reactions.stance_p',
  'facts.triple_r',
  'facts.grouping',
  'facts.conflicts_found',
  'facts.conflict_p',
  'people.variant_coverage',
  'people.person_p',
  'people.merges',
  'quotes.detect_r',
  'quotes.grouping',
  'reuse.strong_pairs_in_top',
] as const;

export type Metric = (typeof METRICS)[number];
export type Figures = Record<Metric, number>;

/** Metrics where less is better: their floor is a ceiling. */
export const LOWER_IS_BETTER: ReadonlySet<Metric> = new Set(['people.merges']);

function ratio(value: unknown): number {
  if (typeof value === 'number') return value;
  const [a, b] = String(value).split('/').map(Number);
  return b ? (a ?? 0) / b : 1;
}

export function figuresOf(score: Score): Figures {
  const out = {} as Figures;
  for (const metric of METRICS) {
    const [section, key] = metric.split('.') as [keyof Score, string];
    out[metric] = ratio((score[section] as Record<string, unknown>)[key]);
  }
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function meanFigures(all: readonly Figures[]): Figures {
  const out = {} as Figures;
  for (const metric of METRICS) out[metric] = round3(all.reduce((t, f) => t + f[metric], 0) / Math.max(1, all.length));
  return out;
}

/** Metric rows, one column per cluster and the mean last. */
export function figuresTable(clusters: readonly { name: string; figures: Figures }[], mean: Figures): string {
  const width = Math.max(8, ...clusters.map((c) => Math.min(c.name.length, 16))) + 2;
  const head = ['metric'.padEnd(28), ...clusters.map((c) => c.name.slice(0, 16).padStart(width)), 'mean'.padStart(8)];
  const lines = [head.join('')];
  for (const metric of METRICS)
    lines.push(
      [
        metric.padEnd(28),
        ...clusters.map((c) => String(round3(c.figures[metric])).padStart(width)),
        String(mean[metric]).padStart(8),
      ].join(''),
    );
  return lines.join('\n');
}
