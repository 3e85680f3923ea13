import type { Corpus } from '../../core/schema/corpus';
import type { Gold } from './gold';
import { r2 } from './text';

export type ReuseFigures = {
  strong_pairs_in_top: string;
  pairs: number;
  max_reuse_other: number;
  strong_scores: string;
};

/** Copies (the gold's strong pairs) must rank above every other pair by reuse. */
export function scoreReuse(corpus: Corpus, gold: Gold, toCorpus: (key: string) => string): ReuseFigures {
  const pairs = new Map<string, number>();
  for (const al of corpus.alignments) {
    const key = [String(al.a), String(al.b)].sort().join('|');
    pairs.set(key, Math.max(pairs.get(key) ?? 0, Number(al.reuse ?? 0)));
  }
  const strong = gold.reuse_pairs
    .filter((p) => !p.level || p.level === 'verbatim' || p.level === 'copy')
    .map((p) => [toCorpus(p.a), toCorpus(p.b)].sort().join('|'));
  const ranked = [...pairs.entries()].sort((x, y) => y[1] - x[1]).map(([k]) => k);
  const top = new Set(ranked.slice(0, strong.length));
  const maxOther = Math.max(0, ...[...pairs.entries()].filter(([k]) => !strong.includes(k)).map(([, v]) => v));
  return {
    strong_pairs_in_top: `${strong.filter((k) => top.has(k)).length}/${strong.length}`,
    pairs: pairs.size,
    max_reuse_other: r2(maxOther),
    strong_scores: strong.map((k) => `${k.replace(/_[0-9a-f]+/g, '')}=${r2(pairs.get(k) ?? 0)}`).join(' '),
  };
}
