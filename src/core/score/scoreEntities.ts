import type { Corpus } from '../schema/corpus';
import type { Gold, GoldEntity } from './gold';
import { covers, f1Of, ratio, type Metric } from './metrics';

export type EntityScore = Metric & {
  complete: number | null;
  falseMerges: number;
  coreMissing: string[];
  coreIncomplete: string[];
};

/**
 * Every core gold entity should be one corpus entity holding all its spellings; a corpus entity
 * that holds spellings of two gold entities is a false merge.
 */
export function scoreEntities(
  corpus: Corpus,
  gold: Gold,
  sections: ('people' | 'organisations' | 'places')[],
): EntityScore {
  const goldAll: GoldEntity[] = sections.flatMap((s) => gold[s]);
  const core = goldAll.filter((e) => e.salience !== 'minor');
  const coveredBy = (entity: GoldEntity, variants: readonly string[]) =>
    entity.variants.filter((g) => variants.some((c) => covers(c, g)));
  let found = 0;
  let complete = 0;
  const coreMissing: string[] = [];
  const coreIncomplete: string[] = [];
  for (const entity of core) {
    const best = Math.max(0, ...corpus.entities.map((e) => coveredBy(entity, e.variants).length));
    if (best > 0) found++;
    else coreMissing.push(entity.canonical);
    if (best === entity.variants.length) complete++;
    else if (best > 0) coreIncomplete.push(entity.canonical);
  }
  let falseMerges = 0;
  let matched = 0;
  const kinds = new Set<string>(
    sections.map((s) => (s === 'people' ? 'person' : s === 'organisations' ? 'organization' : 'place')),
  );
  const relevant = corpus.entities.filter((e) => kinds.has(e.kind) || (kinds.has('place') && e.kind === 'country'));
  for (const e of relevant) {
    const hits = goldAll.filter((g) => coveredBy(g, e.variants).length > 0);
    if (hits.length > 0) matched++;
    if (new Set(hits.map((h) => h.canonical)).size > 1 && e.kind === 'person') falseMerges++;
  }
  const precision = ratio(matched, relevant.length);
  const recall = ratio(found, core.length);
  const note = `${found}/${core.length} core found, ${complete} with every spelling, ${falseMerges} false merges`;
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    note,
    complete: ratio(complete, core.length),
    falseMerges,
    coreMissing,
    coreIncomplete,
  };
}
