import type { AppFigures } from './appFigures';
import type { BundleReport } from './bundle';
import type { Ceiling } from './ceiling';
import type { CliStart } from './cliStart';
import type { DiffLibraryFigure } from './diffLibraries';
import type { LongTasks } from './longTasks';
import type { NlpLibraryFigure } from './nlpLibraries';
import type { PipelineFigure, Target } from './targets';
import type { ReaderFigure } from './readerFigures';
import type { ReviewFigure } from './reviewFigures';
import type { FunctionTime } from './topFunctions';

/** What one benchmark run records in bench/results.json. */
export type Results = {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; chromium: string | null };
  smoke: boolean;
  pipeline: PipelineFigure[];
  allPairs: { articles: number; lshMs?: number; allPairsMs?: number };
  profile: FunctionTime[];
  /** Two one-thread builds at once: what the machine gives two threads. Absent in older results. */
  ceiling?: Ceiling;
  /** Cold starts of the command line; absent in older results. */
  cliStart?: CliStart;
  diffLibraries: DiffLibraryFigure[];
  /** Absent in results written before the comparison existed. */
  nlpLibraries?: NlpLibraryFigure[];
  app: AppFigures[];
  /** The reader on one 100,000-line article; absent in older results and smoke runs. */
  reader?: ReaderFigure;
  /** The longest main-thread tasks on a 5,000-article corpus; absent in older results and smoke runs. */
  longTasks?: LongTasks;
  /** Recomputing the matrix and the reactions after a 50-decision review; absent in older results. */
  review?: ReviewFigure[];
  bundle: BundleReport;
  targets: Target[];
};
