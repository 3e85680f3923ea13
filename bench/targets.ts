import type { AppFigures } from './appFigures';
import type { Ceiling } from './ceiling';
import type { CliStart } from './cliStart';
import type { ReaderFigure } from './readerFigures';
import type { LongTasks } from './longTasks';
import type { ReviewFigure } from './reviewFigures';

export type PipelineFigure = {
  articles: number;
  inputBytes: number;
  buildMs: number;
  /** CPU time of all the process's threads over wall time, in the first one-thread build. */
  coresBusy?: number;
  stringifyMs: number;
  parseMs: number;
  outputBytes: number;
  lshCandidates: number;
  allPairs: number;
  alignedPairs: number;
  peakMb: number;
  nlpMs: number;
  /** Language detection (eld) alone on the same text; absent in older results. */
  languageMs?: number;
  workers?: { count: number; buildMs: number };
};

export type Target = { name: string; target: string; value: string; met: boolean };

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

/** The issue's budgets, each with the measured value beside it. */
export function checkTargets(
  pipeline: readonly PipelineFigure[],
  app: readonly AppFigures[],
  initialGzip: number,
  ceiling?: Ceiling,
  cli?: CliStart,
  reader?: ReaderFigure,
  longTasks?: LongTasks,
  review: readonly ReviewFigure[] = [],
): Target[] {
  const targets: Target[] = [];
  // The page recomputes on the main thread after each decision: held to the long-task budget.
  const reviewed = review.at(-1);
  if (reviewed)
    targets.push({
      name: `recompute after a ${reviewed.decisions}-decision review (${reviewed.articles} articles)`,
      target: '≤ 200 ms',
      value: `${reviewed.totalMs} ms`,
      met: reviewed.totalMs <= 200,
    });
  if (longTasks) {
    const at = `${longTasks.articles} articles, ${longTasks.megabytes} MB`;
    for (const [what, ms] of [
      ['longest task loading the Overview', longTasks.overviewLoadMs],
      ['longest task loading the matrix', longTasks.matrixLoadMs],
      ['longest task typing in the matrix search', longTasks.filterMs],
    ] as const)
      targets.push({ name: `${what} (${at})`, target: '≤ 200 ms', value: `${ms} ms`, met: ms <= 200 });
  }
  if (cli) {
    targets.push({
      name: '`parallax --help` against `node -e 0`',
      target: '≤ 4×',
      value: `${(cli.helpMs / cli.nodeMs).toFixed(1)}× (${cli.helpMs} / ${cli.nodeMs} ms)`,
      met: cli.helpMs <= 4 * cli.nodeMs,
    });
    targets.push({
      name: 'building the sample against wink-nlp alone on it',
      target: '≤ 2×',
      value: `${(cli.buildSampleMs / cli.winkMs).toFixed(1)}× (${cli.buildSampleMs} / ${cli.winkMs} ms)`,
      met: cli.buildSampleMs <= 2 * cli.winkMs,
    });
  }
  const largest = pipeline[pipeline.length - 1];
  if (largest) {
    const ratio = mbps(largest.inputBytes, largest.buildMs) / mbps(largest.inputBytes, largest.nlpMs);
    targets.push({
      name: `throughput vs wink-nlp alone (${largest.articles} articles)`,
      target: '≥ 0.50',
      value: ratio.toFixed(2),
      met: ratio >= 0.5,
    });
  }
  for (let i = 1; i < pipeline.length; i += 1) {
    const [a, b] = [pipeline[i - 1]!, pipeline[i]!];
    if (b.articles !== a.articles * 10 || a.articles < 100) continue;
    const cost = b.buildMs / a.buildMs;
    targets.push({
      name: `time for 10× articles (${a.articles} → ${b.articles})`,
      target: '≤ 12×',
      value: `${cost.toFixed(1)}×`,
      met: cost <= 12,
    });
  }
  const tenK = pipeline.find((p) => p.articles >= 10_000);
  if (tenK)
    targets.push({
      name: 'peak memory at 10,000 articles',
      target: '< 2048 MB',
      value: `${tenK.peakMb} MB`,
      met: tenK.peakMb < 2048,
    });
  const parallel = pipeline.filter((p) => p.workers);
  for (const p of parallel) {
    const speedUp = p.buildMs / p.workers!.buildMs;
    targets.push({
      name: `speed-up with ${p.workers!.count} workers (${p.articles} articles)`,
      target: '≥ 1.7×',
      value: `${speedUp.toFixed(2)}×${ceiling ? ` (machine ${ceiling.speedUp.toFixed(2)}×)` : ''}`,
      met: speedUp >= 1.7,
    });
  }
  const sample = app.find((a) => a.corpus === 'sample');
  if (sample)
    targets.push({
      name: 'sample: first matrix paint',
      target: '< 1000 ms',
      value: `${sample.firstMatrixPaintMs} ms`,
      met: sample.firstMatrixPaintMs < 1000,
    });
  const big = app.find((a) => a.articles >= 1000);
  if (big)
    targets.push({
      name: `${big.articles} articles: first matrix paint`,
      target: '< 3000 ms',
      value: `${big.firstMatrixPaintMs} ms`,
      met: big.firstMatrixPaintMs < 3000,
    });
  for (const a of app)
    targets.push({
      name: `${a.corpus}: filter, input to paint`,
      target: '< 100 ms',
      value: `${a.filterMs} ms`,
      met: a.filterMs < 100,
    });
  // Held to the whole table, not its first rows: the diff is open when all of it is there.
  const diff = app.find((a) => a.diffOpenMs !== undefined);
  if (diff) {
    const whole = diff.diffCompleteMs ?? diff.diffOpenMs ?? Infinity;
    targets.push({
      name: 'diff of two 50 KB articles, whole table',
      target: '< 200 ms',
      value: `${whole} ms`,
      met: whole < 200,
    });
  }
  if (reader)
    targets.push({
      name: `reader, one ${reader.lines.toLocaleString('en')}-line article: longest main-thread task`,
      target: '< 200 ms',
      value: `${reader.longestTaskMs} ms (open in ${reader.openMs} ms)`,
      met: reader.longestTaskMs < 200,
    });
  targets.push({
    name: 'initial JavaScript, gzip',
    target: '≤ 180 KB',
    value: `${(initialGzip / 1024).toFixed(1)} KB`,
    met: initialGzip <= 180 * 1024,
  });
  return targets;
}
