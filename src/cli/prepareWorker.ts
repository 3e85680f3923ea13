import { parentPort } from 'node:worker_threads';
import { analyseArticle, type ArticleAnalysis } from '../core/analysis';
import { alignPlannedPairs, type AlignmentPlan } from '../core/analysis/align';
import type { RawArticle } from '../core/ingest/types';
import { prepareArticle, type PreparedArticle } from '../core/pipeline/prepareArticle';
import type { Alignment } from '../core/schema/corpus';

export type PrepareTask = { raws: { index: number; raw: RawArticle }[] };
export type AlignTask = { plan: AlignmentPlan; from: number; to: number };
export type PrepareResult =
  | { index: number; prepared: PreparedArticle; analysis: ArticleAnalysis }
  | { done: true }
  | { alignments: Alignment[] };

/**
 * A worker thread's two jobs: clean, segment and analyse its share of the articles one by one,
 * reporting each; then align its range of the candidate pairs the main thread planned.
 */
parentPort?.on('message', (task: PrepareTask | AlignTask) => {
  if ('plan' in task) {
    parentPort!.postMessage({ alignments: alignPlannedPairs(task.plan, task.from, task.to) } satisfies PrepareResult);
    return;
  }
  for (const { index, raw } of task.raws) {
    const prepared = prepareArticle(raw);
    // The source is assigned later across all articles; the per-article analysis does not read it.
    const analysis = analyseArticle({ ...prepared.article, sourceId: '' });
    parentPort!.postMessage({ index, prepared, analysis } satisfies PrepareResult);
  }
  parentPort!.postMessage({ done: true } satisfies PrepareResult);
});
