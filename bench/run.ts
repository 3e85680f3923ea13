/**
 * `npm run bench`: the pipeline and the app measured beside their natural limits, in one run.
 *   --sizes 10,100,1000,10000   synthetic corpus sizes (default)
 *   --smoke                     tiny sizes, no browser, no profile: what CI runs
 *   --no-app                    skip the browser figures
 *   --reuse-pipeline            keep the last run's pipeline figures and profile; measure the app again
 * With the app: the longest main-thread task on a 5,000-article corpus (bench/longTasks.ts; that step
 *   alone: `vite build && tsx bench/longTasks.ts <corpus.json>`).
 * Build times are medians of three runs (one in a smoke run).
 * Writes bench/results.json and prints the table the README quotes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appFigures, type AppFigures } from './appFigures';
import { readerFigures, type ReaderFigure } from './readerFigures';
import { longTaskFigures, type LongTasks } from './longTasks';
import { bundleReport } from './bundle';
import { parallelCeiling, type Ceiling } from './ceiling';
import { compareDiffLibraries } from './diffLibraries';
import { longArticlePair } from './longArticles';
import { compareNlpLibraries } from './nlpLibraries';
import { renderReport } from './report';
import type { Results } from './results';
import { checkTargets, type PipelineFigure } from './targets';
import { measureCliStart } from './cliStart';
import { topFunctions } from './topFunctions';
import { reviewFigures } from './reviewFigures';
import { readSeeds } from '../src/cli/synth/command';
import { buildCorpus, serialiseCorpus } from '../src/core/pipeline/buildCorpus';
import { parseCorpusText } from '../src/core/schema/parseCorpus';
import { generateArticles } from '../src/cli/synth/generate';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
/** Reuse the pipeline figures of the last full run (bench/.work/pipeline.json) and measure the rest again. */
const reuse = args.includes('--reuse-pipeline');
const withApp = !smoke && !args.includes('--no-app');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = smoke
  ? [10]
  : args.includes('--sizes') && sizesArg
    ? sizesArg.split(',').map(Number)
    : [10, 100, 1000, 10000];
const work = path.resolve('bench/.work');
/** Builds per size for the one-thread and threaded times (one in a smoke run). */
const RUNS = smoke ? 1 : 3;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const SEED_FOLDER = 'corpora/kadhimi-2021';

function child(mode: string, folder: string, out?: string, nodeFlags: string[] = []): Record<string, number> {
  const result = spawnSync(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', 'bench/pipelineChild.ts', mode, folder, ...(out ? [out] : [])],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (result.status !== 0) throw new Error(`bench child ${mode} ${folder} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

async function syntheticFolder(n: number): Promise<string> {
  const folder = path.join(work, `syn-${n}`);
  if (existsSync(folder) && readdirSync(folder).length === n) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const a of generateArticles(await readSeeds([SEED_FOLDER]), n, 1))
    writeFileSync(path.join(folder, a.name), a.text);
  return folder;
}

mkdirSync(work, { recursive: true });
const cached = path.join(work, 'pipeline.json');
type PipelineStage = {
  pipeline: PipelineFigure[];
  allPairs: Record<string, number>;
  smallest: number;
  profile: ReturnType<typeof topFunctions>;
  ceiling?: Ceiling;
};

async function pipelineStage(): Promise<PipelineStage> {
  const pipeline: PipelineFigure[] = [];
  for (const n of sizes) {
    const folder = await syntheticFolder(n);
    process.stderr.write(`bench: pipeline on ${n} articles…\n`);
    const built = child('pipeline', folder, path.join(work, `corpus-${n}.json`)) as unknown as PipelineFigure & {
      cpuMs?: number;
    };
    const raw = child('nlp', folder);
    const cores = os.availableParallelism();
    // Build times are medians of RUNS builds, one-thread and threaded runs alternating: the same
    // 10,000-article threaded build took 35 s and 44 s back to back on this machine.
    const singles = [built.buildMs];
    const threaded: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      if (run > 0) singles.push(child('pipeline', folder)['buildMs']!);
      if (n >= 100 && cores > 1) threaded.push(child('parallel', folder, String(cores))['buildMs']!);
    }
    pipeline.push({
      ...built,
      buildMs: median(singles),
      coresBusy: built.cpuMs! / built.buildMs,
      nlpMs: raw['nlpMs']!,
      languageMs: raw['languageMs']!,
      ...(threaded.length ? { workers: { count: cores, buildMs: median(threaded) } } : {}),
    });
  }
  const smallest = (pipeline.find((p) => p.articles >= 100) ?? pipeline[0]!).articles;
  const forCeiling = sizes.filter((n) => n <= 1000).pop();
  let ceiling: Ceiling | undefined;
  if (!smoke && forCeiling && os.availableParallelism() > 1) {
    process.stderr.write(`bench: two one-thread builds of ${forCeiling} articles at once…\n`);
    ceiling = await parallelCeiling(path.join(work, `syn-${forCeiling}`), forCeiling);
  }
  const allPairs = child('all-pairs', path.join(work, `syn-${smallest}`));
  let profile: ReturnType<typeof topFunctions> = [];
  if (!smoke) {
    const largest = sizes[sizes.length - 1]!;
    const dir = path.resolve('bench/profiles');
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`bench: profiling ${largest} articles…\n`);
    child('pipeline', path.join(work, `syn-${largest}`), undefined, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const profiles = readdirSync(dir).map((f) => path.join(dir, f));
    const main = profiles.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
    profile = topFunctions(main, 5);
  }
  const stage = { pipeline, allPairs, smallest, profile, ...(ceiling ? { ceiling } : {}) };
  if (!smoke) writeFileSync(cached, JSON.stringify(stage));
  return stage;
}

const {
  pipeline,
  allPairs,
  smallest: smallestArticles,
  profile,
  ceiling,
} = reuse && existsSync(cached) ? (JSON.parse(readFileSync(cached, 'utf8')) as PipelineStage) : await pipelineStage();
const smallest = pipeline.find((p) => p.articles === smallestArticles) ?? pipeline[0]!;

const seeds = await readSeeds([SEED_FOLDER]);
const long = longArticlePair(seeds);
const longCorpus = buildCorpus(
  [
    { name: 'long-a.txt', bytes: Buffer.from(long.a) },
    { name: 'long-b.txt', bytes: Buffer.from(long.b) },
  ],
  { id: 'long', title: 'Two long articles' },
).corpus;
writeFileSync(path.join(work, 'long-diff.json'), serialiseCorpus(longCorpus));
const sample = parseCorpusText(readFileSync('public/corpus.json', 'utf8'));
if (!sample.ok) throw new Error('public/corpus.json does not parse: run npm run corpus');
const diffLibraries = compareDiffLibraries([
  { label: 'sample 000 vs 001', corpus: sample.corpus, a: sample.corpus.articles[0]!, b: sample.corpus.articles[1]! },
  { label: 'two 50 KB articles', corpus: longCorpus, a: longCorpus.articles[0]!, b: longCorpus.articles[1]! },
]);

// The review's recompute on the sample and on the largest synthetic corpus (up to 1,000 articles) the pipeline stage wrote.
const reviewSize = sizes.filter((n) => n <= 1000).pop();
const reviewFile = reviewSize ? path.join(work, `corpus-${reviewSize}.json`) : '';
const synthetic = reviewFile && existsSync(reviewFile) ? parseCorpusText(readFileSync(reviewFile, 'utf8')) : null;
const review = reviewFigures([
  { label: 'sample', corpus: sample.corpus },
  ...(synthetic?.ok ? [{ label: `${reviewSize} articles`, corpus: synthetic.corpus }] : []),
]);

const nlpLibraries = compareNlpLibraries(
  sample.corpus,
  JSON.parse(readFileSync('test/gold/kadhimi-2021.json', 'utf8')),
);

let app: AppFigures[] = [];
let reader: ReaderFigure | undefined;
if (withApp) {
  process.stderr.write('bench: building the app and measuring it in chromium…\n');
  execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
  const big = pipeline.find((p) => p.articles === 1000);
  app = await appFigures(
    [
      { label: 'sample', file: null, articles: sample.corpus.articles.length, search: 'drone' },
      ...(big
        ? [{ label: '1000 articles', file: path.join(work, 'corpus-1000.json'), articles: 1000, search: 'calm' }]
        : []),
    ],
    path.join(work, 'long-diff.json'),
  );
  process.stderr.write('bench: the reader on a 100,000-line article…\n');
  reader = await readerFigures();
}
/** A corpus the size the hostile-input issue measured (5,000 articles, about 120 MB), served to the built app. */
const HEAVY = 5000;
let longTasks: LongTasks | undefined;
if (withApp) {
  const out = path.join(work, `corpus-${HEAVY}.json`);
  if (!existsSync(out)) {
    process.stderr.write(`bench: building a ${HEAVY}-article corpus for the long-task figures…\n`);
    child('pipeline', await syntheticFolder(HEAVY), out);
  }
  process.stderr.write('bench: longest main-thread tasks on it in chromium…\n');
  longTasks = await longTaskFigures(out, HEAVY, Math.round(statSync(out).size / 2 ** 20));
} else if (!existsSync('dist/.vite/manifest.json')) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
const bundle = bundleReport('dist');
process.stderr.write('bench: timing cold starts of the command line…\n');
const cliStart = measureCliStart(smoke ? 1 : 5);
const targets = checkTargets(pipeline, app, bundle.initial.gzip, ceiling, cliStart, reader, longTasks, review);

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: withApp ? 'Debian chromium' : null,
};
const results: Results = {
  date: new Date().toISOString().slice(0, 10),
  machine,
  smoke,
  pipeline,
  allPairs: { articles: smallest.articles, ...allPairs },
  profile,
  ...(ceiling ? { ceiling } : {}),
  cliStart,
  diffLibraries,
  nlpLibraries,
  app,
  ...(reader ? { reader } : {}),
  ...(longTasks ? { longTasks } : {}),
  review,
  bundle,
  targets,
};
if (!smoke) writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

process.stdout.write(`${renderReport(results)}\n`);
