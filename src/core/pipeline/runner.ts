import type { Content } from '../analysis';
import { analysisSubjects } from '../analysis';
import type { AlignmentPlan } from '../analysis/align';
import { readersNeeded, type ReaderNeed, type Readers } from '../ingest/formats';
import { loadReaders } from '../ingest/loadReaders';
import type { InputFile, RawArticle } from '../ingest/types';
import type { Alignment } from '../schema/corpus';
import type { StageName } from './stage';
import { alignment } from './stages/alignment';
import { assemble, type BuildOptions, type BuildResult } from './stages/assemble';
import { crossArticle } from './stages/crossArticle';
import { ingest, type BuildProgress } from './stages/ingest';
import type { ArticleResult } from './stages/perArticle';

/**
 * Where the heavy parts run, passed in by the adapter (the command line's worker threads, the
 * browser's Web Worker, a test): the runner decides what runs and in which order, never where.
 */
export type Platform = {
  /** clean → segment → perArticle for every raw article, results in the articles' order. */
  eachArticle: (raws: readonly RawArticle[], onArticle: (done: number) => void) => Promise<ArticleResult[]>;
  /** Aligns every planned pair; `meanwhile` is this thread's own work to do while others align. */
  alignPairs: (plan: AlignmentPlan, meanwhile: () => Content) => Promise<{ alignments: Alignment[]; content: Content }>;
};

export type RunEvents = {
  onStage?: (stage: StageName) => void;
  onFile?: (progress: BuildProgress) => void;
  onArticle?: (done: number, total: number) => void;
};

type ReadersWork = { kind: 'readers'; needs: ReaderNeed[] };
type ArticlesWork = { kind: 'articles'; raws: RawArticle[] };
type AlignWork = { kind: 'align'; plan: AlignmentPlan; meanwhile: () => Content };
type Work = ReadersWork | ArticlesWork | AlignWork;
type Answer<W extends Work> = W extends ReadersWork
  ? Readers
  : W extends ArticlesWork
    ? ArticleResult[]
    : { alignments: Alignment[]; content: Content };

/**
 * The pipeline, once: a generator that hands its driver each piece of work that can be placed
 * elsewhere or loaded later (the readers its files need), and receives the result. The drivers
 * (`runPipeline` below, `runPipelineHere` in runHere.ts) only answer; the order lives here.
 */
export function* pipeline(
  files: readonly InputFile[],
  options: BuildOptions,
  events: RunEvents,
): Generator<Work, BuildResult, Answer<Work>> {
  events.onStage?.('ingest');
  const readers = (yield { kind: 'readers', needs: readersNeeded(files) }) as Readers;
  const { raws, problems, manifest } = ingest.run({
    files,
    readers,
    ...(events.onFile ? { onProgress: events.onFile } : {}),
  });
  events.onStage?.('clean');
  const results = (yield { kind: 'articles', raws }) as ArticleResult[];
  const prepared = results.map((r) => r.prepared);
  const subjects = analysisSubjects(
    prepared.map((p) => ({ ...p.article, sourceId: '' })),
    results.map((r) => r.analysis),
  );
  events.onStage?.('alignment');
  const plan = alignment.run(subjects);
  const meanwhile = () => {
    events.onStage?.('crossArticle');
    return crossArticle.run(subjects);
  };
  const { alignments, content } = (yield { kind: 'align', plan, meanwhile }) as Answer<AlignWork>;
  events.onStage?.('assemble');
  return assemble.run({ prepared, problems, manifest, content, alignments, options });
}

/** The same pipeline with the heavy parts placed by the platform (the command line's threads). */
export async function runPipeline(
  files: readonly InputFile[],
  options: BuildOptions,
  platform: Platform,
  events: RunEvents = {},
): Promise<BuildResult> {
  const run = pipeline(files, options, events);
  let step = run.next();
  while (!step.done) {
    const work = step.value;
    if (work.kind === 'readers') step = run.next(await loadReaders(work.needs));
    else if (work.kind === 'articles')
      step = run.next(await platform.eachArticle(work.raws, (done) => events.onArticle?.(done, work.raws.length)));
    else step = run.next(await platform.alignPairs(work.plan, work.meanwhile));
  }
  return step.value;
}
