import { parentPort } from 'node:worker_threads';
import { analyseArticle, type ArticleAnalysis } from '../core/analysis';
import type { RawArticle } from '../core/ingest/types';
import { prepareArticle, type PreparedArticle } from '../core/pipeline/prepareArticle';

export type PrepareTask = { raws: { index: number; raw: RawArticle }[] };
export type PrepareResult = { index: number; prepared: PreparedArticle; analysis: ArticleAnalysis } | { done: true };

/** A worker thread's share: clean, segment and analyse its articles one by one, reporting each. */
parentPort?.on('message', (task: PrepareTask) => {
  for (const { index, raw } of task.raws) {
    const prepared = prepareArticle(raw);
    // The source is assigned later across all articles; the per-article analysis does not read it.
    const analysis = analyseArticle({ ...prepared.article, sourceId: '' });
    parentPort!.postMessage({ index, prepared, analysis } satisfies PrepareResult);
  }
  parentPort!.postMessage({ done: true } satisfies PrepareResult);
});
