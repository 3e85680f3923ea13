import { Worker } from 'node:worker_threads';
import { analyseArticle, type ArticleAnalysis } from '../core/analysis';
import type { RawArticle } from '../core/ingest/types';
import { prepareArticle, type PreparedArticle } from '../core/pipeline/prepareArticle';
import type { PrepareResult, PrepareTask } from './prepareWorker';

export type Prepared = { prepared: PreparedArticle[]; parts: ArticleAnalysis[] };

/** Shares articles out so each worker gets about the same amount of text (longest first, to the lightest). */
export function shareOut(raws: readonly RawArticle[], workers: number): { index: number; raw: RawArticle }[][] {
  const shares = Array.from({ length: workers }, () => ({
    load: 0,
    items: [] as { index: number; raw: RawArticle }[],
  }));
  const order = raws
    .map((raw, index) => ({ index, raw }))
    .sort((a, b) => b.raw.body.length - a.raw.body.length || a.index - b.index);
  for (const item of order) {
    const lightest = shares.reduce((min, s) => (s.load < min.load ? s : min), shares[0]!);
    lightest.items.push(item);
    lightest.load += item.raw.body.length;
  }
  return shares.map((s) => s.items.sort((a, b) => a.index - b.index)).filter((s) => s.length > 0);
}

/**
 * Steps 2 to 4 per article on every core: each worker thread cleans, segments and analyses its
 * share; results come back in the articles' order, so the corpus is the same as a one-thread build.
 */
export async function parallelPrepare(
  raws: readonly RawArticle[],
  workers: number,
  onArticle: (done: number) => void,
): Promise<Prepared> {
  if (workers <= 1 || raws.length < 2) {
    const prepared = raws.map((raw, i) => {
      const p = prepareArticle(raw);
      onArticle(i + 1);
      return p;
    });
    return { prepared, parts: prepared.map((p) => analyseArticle({ ...p.article, sourceId: '' })) };
  }
  const prepared = new Array<PreparedArticle>(raws.length);
  const parts = new Array<ArticleAnalysis>(raws.length);
  let done = 0;
  await Promise.all(
    shareOut(raws, workers).map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('../../bin/prepare-worker.js', import.meta.url));
          worker.on('message', (message: PrepareResult) => {
            if ('done' in message) {
              void worker.terminate();
              resolve();
              return;
            }
            prepared[message.index] = message.prepared;
            parts[message.index] = message.analysis;
            onArticle((done += 1));
          });
          worker.on('error', reject);
          worker.postMessage({ raws: share } satisfies PrepareTask);
        }),
    ),
  );
  return { prepared, parts };
}
