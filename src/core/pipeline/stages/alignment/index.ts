import {
  alignPlannedPairs,
  planAlignment,
  sortAlignments,
  type AlignmentPlan,
  type PairStrategy,
} from '../../../analysis/align';
import type { Alignment } from '../../../schema/corpus';
import type { Stage } from '../../stage';
import type { Subjects } from '../crossArticle';

/**
 * Step 8 in two halves: planning (vocabulary, sentence vectors, LSH candidate pairs) reads every
 * article; aligning a range of planned pairs reads only the plan, so ranges can run anywhere.
 */
export const alignment: Stage<Subjects & { strategy?: PairStrategy }, AlignmentPlan> & {
  alignRange: (plan: AlignmentPlan, from?: number, to?: number) => Alignment[];
  finish: (ranges: Alignment[][]) => Alignment[];
} = {
  name: 'alignment',
  run: ({ articles, each, strategy = 'lsh' }) =>
    planAlignment(
      articles,
      strategy,
      each.map((p) => p.stems),
      each.map((p) => p.signature),
      each.map((p) => p.shingles),
    ),
  alignRange: (plan, from, to) => alignPlannedPairs(plan, from, to),
  finish: (ranges) => sortAlignments(ranges.flat()),
};
