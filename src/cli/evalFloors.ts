import { z } from 'zod';
import { LOWER_IS_BETTER, METRICS, type Figures, type Metric } from './evalMetrics';

/**
 * The ratchet: the figures reached so far, per cluster and for the mean over a named set of
 * clusters. CI fails when a build falls below one; `--update-floors` only ever raises them.
 */
const figureMap = z.partialRecord(z.enum(METRICS), z.number());

export const floorsSchema = z.object({
  meanOver: z.array(z.string()).default([]),
  mean: figureMap.default({}),
  clusters: z.record(z.string(), figureMap).default({}),
});

export type Floors = z.infer<typeof floorsSchema>;

/** Rounding in the scorer moves figures by up to half a hundredth; smaller drops are not regressions. */
const TOLERANCE = 1e-9;

function worse(metric: Metric, value: number, floor: number): boolean {
  return LOWER_IS_BETTER.has(metric) ? value > floor + TOLERANCE : value < floor - TOLERANCE;
}

function better(metric: Metric, value: number, floor: number | undefined): number {
  if (floor === undefined) return value;
  return LOWER_IS_BETTER.has(metric) ? Math.min(value, floor) : Math.max(value, floor);
}

export type Shortfall = { where: string; metric: Metric; value: number; floor: number };

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Every figure below its floor. The mean is judged only when the same clusters were evaluated. */
export function shortfalls(floors: Floors, clusters: readonly { name: string; figures: Figures }[], mean: Figures) {
  const out: Shortfall[] = [];
  const check = (where: string, figures: Figures, limits: Partial<Figures>) => {
    for (const metric of METRICS) {
      const floor = limits[metric];
      if (floor !== undefined && worse(metric, figures[metric], floor))
        out.push({ where, metric, value: figures[metric], floor });
    }
  };
  for (const c of clusters) check(c.name, c.figures, floors.clusters[c.name] ?? {});
  const names = clusters.map((c) => c.name);
  if (sameSet(names, floors.meanOver)) check('mean', mean, floors.mean);
  return out;
}

/** The floors raised to today's figures where today is better; never lowered. */
export function raisedFloors(floors: Floors, clusters: readonly { name: string; figures: Figures }[], mean: Figures) {
  const raise = (limits: Partial<Figures>, figures: Figures) =>
    Object.fromEntries(METRICS.map((m) => [m, better(m, figures[m], limits[m])])) as Figures;
  const names = clusters.map((c) => c.name);
  const sameClusters = floors.meanOver.length === 0 || sameSet(names, floors.meanOver);
  return {
    meanOver: sameClusters ? [...names].sort() : floors.meanOver,
    mean: sameClusters ? raise(floors.mean, mean) : floors.mean,
    clusters: {
      ...floors.clusters,
      ...Object.fromEntries(clusters.map((c) => [c.name, raise(floors.clusters[c.name] ?? {}, c.figures)])),
    },
  };
}
