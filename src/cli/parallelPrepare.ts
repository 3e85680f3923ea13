import { Worker } from 'node:worker_threads';
import { analyseArticle, analyseContent, analysisSubjects, type ArticleAnalysis, type Content } from '../core/analysis';
import { pairCount, planAlignment, sortAlignments, type AlignmentPlan } from '../core/analysis/align';
import type { RawArticle } from '../core/ingest/types';
import { prepareArticle, type PreparedArticle } from '../core/pipeline/prepareArticle';
import type { Alignment } from '../core/schema/corpus';
import type { AlignTask, PrepareResult, PrepareTask } from './prepareWorker';

/** `alignments` and `content` are absent on one thread: the core then computes them in the analysis. */
export type Prepared = {
  prepared: PreparedArticle[];
  parts: ArticleAnalysis[];
  alignments?: Alignment[];
  content?: Content;
};

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

/**
 * Steps 2 to 4 per article on every core, then step 8's pair alignment on every core: each
 * worker thread cleans, segments and analyses its share of the articles, the main thread plans
 * the alignment (vocabulary, vectors, candidate pairs), and each worker aligns a range of pairs
 * while the main thread reads the content (entities, figures, quotes, reactions), which needs no
 * alignment. Results come back in order, so the corpus is the same as a one-thread build.
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
  const shares = shareOut(raws, workers);
  const pool = shares.map(() => new Worker(new URL('../../bin/prepare-worker.js', import.meta.url)));
  try {
    let done = 0;
    await Promise.all(
      shares.map((share, w) =>
        exchange(pool[w]!, { raws: share }, (answer) => {
          if ('done' in answer) return true;
          if ('index' in answer) {
            prepared[answer.index] = answer.prepared;
            parts[answer.index] = answer.analysis;
            onArticle((done += 1));
          }
          return false;
        }),
      ),
    );
    const { articles, each } = analysisSubjects(
      prepared.map((p) => ({ ...p.article, sourceId: '' })),
      parts,
    );
    const plan = planAlignment(
      articles,
      'lsh',
      each.map((p) => p.stems),
      each.map((p) => p.signature),
    );
    const ranges = pairRanges(plan, pool.length);
    const aligned = ranges.map((): Alignment[] => []);
    // Each exchange posts its task at once, so the workers align while this thread reads content.
    const aligning = Promise.all(
      ranges.map(([from, to], w) =>
        exchange(pool[w]!, { plan, from, to }, (answer) => {
          if (!('alignments' in answer)) return false;
          aligned[w] = answer.alignments;
          return true;
        }),
      ),
    );
    const content = analyseContent(articles, each);
    await aligning;
    return { prepared, parts, alignments: sortAlignments(aligned.flat()), content };
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
