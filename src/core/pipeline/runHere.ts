import { ALL_READERS } from '../ingest/readInput';
import type { InputFile } from '../ingest/types';
import { pipeline, type RunEvents } from './runner';
import type { BuildOptions, BuildResult } from './stages/assemble';
import { alignment } from './stages/alignment';
import { runArticleStages } from './stages/perArticle';

/**
 * Everything on this thread, synchronously: the browser's import worker and the tests. Every
 * reader is loaded up front, since nothing here can wait for one to load.
 */
export function runPipelineHere(
  files: readonly InputFile[],
  options: BuildOptions,
  events: RunEvents = {},
): BuildResult {
  const run = pipeline(files, options, events);
  let step = run.next();
  while (!step.done) {
    const work = step.value;
    if (work.kind === 'readers') {
      step = run.next(ALL_READERS);
    } else if (work.kind === 'articles') {
      step = run.next(
        work.raws.map((raw, i) => {
          const result = runArticleStages(raw);
          events.onArticle?.(i + 1, work.raws.length);
          return result;
        }),
      );
    } else {
      const alignments = alignment.finish([alignment.alignRange(work.plan)]);
      step = run.next({ alignments, content: work.meanwhile() });
    }
  }
  return step.value;
}
