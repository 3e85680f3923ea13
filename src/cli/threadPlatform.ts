import { Worker } from 'node:worker_threads';
import { pairCount, type AlignmentPlan } from '../core/analysis/align';
import type { RawArticle } from '../core/ingest/types';
import type { Platform } from '../core/pipeline/runner';
import { alignment } from '../core/pipeline/stages/alignment';
import { runArticleStages, type ArticleResult } from '../core/pipeline/stages/perArticle';
import type { Alignment } from '../core/schema/corpus';
import type { AlignTask, PrepareResult, PrepareTask } from './prepareWorker';

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
 * Splits the plan's candidate pairs into `parts` contiguous ranges of about equal work, a pair
 * costing the product of its two articles' sentence counts (every sentence is compared with every
 * other). Contiguous, so the ranges' results concatenated are in pair order.
 */
export function pairRanges(plan: AlignmentPlan, parts: number): [number, number][] {
  const sentences = (k: number) => plan.vectors.sentenceStart[k + 1]! - plan.vectors.sentenceStart[k]!;
  const cost = Array.from(
    { length: pairCount(plan) },
    (_, p) => sentences(plan.pairs[2 * p]!) * sentences(plan.pairs[2 * p + 1]!),
  );
  const total = cost.reduce((s, c) => s + c, 0);
  const ranges: [number, number][] = [];
  let from = 0;
  let done = 0;
  for (let p = 0; p < cost.length && ranges.length < parts - 1; p++) {
    done += cost[p]!;
    if (done >= (total * (ranges.length + 1)) / parts) {
      ranges.push([from, p + 1]);
      from = p + 1;
    }
  }
  ranges.push([from, cost.length]);
  return ranges;
}

/** Sends one message to a worker and hands each answer to `onAnswer` until it returns true (the last one). */
function exchange(worker: Worker, message: PrepareTask | AlignTask, onAnswer: (a: PrepareResult) => boolean) {
  return new Promise<void>((resolve, reject) => {
    const listen = (answer: PrepareResult) => {
      if (!onAnswer(answer)) return;
      worker.off('message', listen);
      worker.off('error', reject);
      resolve();
    };
    worker.on('message', listen);
    worker.on('error', reject);
    worker.postMessage(message);
  });
}

function here(raw: RawArticle, i: number, onArticle: (done: number) => void): ArticleResult {
  const result = runArticleStages(raw);
  onArticle(i + 1);
  return result;
}

/**
 * The pipeline's platform on worker threads: each thread runs the per-article stages on its share
 * of the articles, then aligns a range of the planned pairs while this thread reads the content
 * (entities, figures, quotes, reactions), which needs no alignment. Results come back in order, so
 * the corpus is byte for byte the one a one-thread build writes. Threads start on first use and
 * stop with `close`.
 */
export function threadPlatform(
  threadsFor: (articles: number) => number,
): Platform & { threads: () => number; close: () => Promise<void> } {
  let pool: Worker[] = [];
  const start = (count: number) => {
    pool = Array.from({ length: count }, () => new Worker(new URL('../../bin/prepare-worker.js', import.meta.url)));
    return pool;
  };
  return {
    async eachArticle(raws, onArticle) {
      const workers = threadsFor(raws.length);
      if (workers <= 1 || raws.length < 2) return raws.map((raw, i) => here(raw, i, onArticle));
      const results = new Array<ArticleResult>(raws.length);
      const shares = shareOut(raws, workers);
      const threads = start(shares.length);
      let done = 0;
      await Promise.all(
        shares.map((share, w) =>
          exchange(threads[w]!, { raws: share }, (answer) => {
            if ('done' in answer) return true;
            if ('index' in answer) {
              results[answer.index] = { prepared: answer.prepared, analysis: answer.analysis };
              onArticle((done += 1));
            }
            return false;
          }),
        ),
      );
      return results;
    },
    async alignPairs(plan, meanwhile) {
      if (pool.length === 0)
        return { alignments: alignment.finish([alignment.alignRange(plan)]), content: meanwhile() };
      const ranges = pairRanges(plan, pool.length);
      const aligned = ranges.map((): Alignment[] => []);
      // Each exchange posts its task at once, so the threads align while this one reads content.
      const aligning = Promise.all(
        ranges.map(([from, to], w) =>
          exchange(pool[w]!, { plan, from, to }, (answer) => {
            if (!('alignments' in answer)) return false;
            aligned[w] = answer.alignments;
            return true;
          }),
        ),
      );
      const content = meanwhile();
      await aligning;
      return { alignments: alignment.finish(aligned), content };
    },
    threads: () => Math.max(1, pool.length),
    close: async () => {
      await Promise.all(pool.map((worker) => worker.terminate()));
    },
  };
}
