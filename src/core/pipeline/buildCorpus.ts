import type { InputFile } from '../ingest/types';
import { runPipelineHere } from './runHere';
import type { BuildOptions, BuildResult } from './stages/assemble';
import type { BuildProgress } from './stages/ingest';

export { GENERATOR, type BuildOptions, type BuildResult } from './stages/assemble';
export type { BuildProgress } from './stages/ingest';
export { serialiseCorpus } from './serialise';

/** Steps 1 to 9 on this thread: files in, a validated, hashed corpus out. Bad files become problems. */
export function buildCorpus(
  files: readonly InputFile[],
  options: BuildOptions,
  onProgress?: (progress: BuildProgress) => void,
): BuildResult {
  return runPipelineHere(files, options, onProgress ? { onFile: onProgress } : {});
}
