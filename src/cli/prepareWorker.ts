import { parentPort } from 'node:worker_threads';
import type { AlignmentPlan } from '../core/analysis/align';
import type { RawArticle } from '../core/ingest/types';
import { alignment } from '../core/pipeline/stages/alignment';
import { runArticleStages, type ArticleResult } from '../core/pipeline/stages/perArticle';
import type { Alignment } from '../core/schema/corpus';

export type PrepareTask = { raws: { index: number; raw: RawArticle }[] };
export type AlignTask = { plan: AlignmentPlan; from: number; to: number };
export type PrepareResult = ({ index: number } & ArticleResult) | { done: true } | { alignments: Alignment[] };

/**
 * A worker thread's two jobs, both defined by the pipeline's stages: run the per-article stages
 * on its share of the articles, reporting each; then align its range of the planned pairs.
 */
parentPort?.on('message', (task: PrepareTask | AlignTask) => {
  if ('plan' in task) {
    parentPort!.postMessage({
      alignments: alignment.alignRange(task.plan, task.from, task.to),
    } satisfies PrepareResult);
    return;
  }
  for (const { index, raw } of task.raws)
    parentPort!.postMessage({ index, ...runArticleStages(raw) } satisfies PrepareResult);
  parentPort!.postMessage({ done: true } satisfies PrepareResult);
});
