import type { Corpus } from '../schema/corpus';
import type { Gold } from './gold';
import { ratio, type Metric } from './metrics';

export type ReuseScore = Metric & { strongAboveOthers: boolean; ranking: string[] };

/** The gold's strong reuse pairs must have the highest reuse scores, above every other pair. */
export function scoreReuse(corpus: Corpus, gold: Gold, articleOf: (id: string) => string): ReuseScore {
  const key = (a: string, b: string) => [a, b].sort().join('–');
  const strong = new Set(gold.reuse_pairs.map((p) => key(p.a, p.b)));
  const ranked = [...corpus.alignments]
    .sort((x, y) => y.reuse - x.reuse)
    .map((a) => ({ pair: key(articleOf(a.a), articleOf(a.b)), reuse: a.reuse }));
  const top = ranked.slice(0, strong.size);
  const inTop = top.filter((r) => strong.has(r.pair)).length;
  const precision = ratio(inTop, top.length);
  const recall = ratio(inTop, strong.size);
  return {
    precision,
    recall,
    f1:
      precision !== null && recall !== null && precision + recall > 0
        ? Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000
        : null,
    note: `${inTop}/${strong.size} strong pairs ranked on top`,
    strongAboveOthers: inTop === strong.size && strong.size > 0,
    ranking: ranked.map((r) => `${r.pair} ${r.reuse.toFixed(2)}`),
  };
}
