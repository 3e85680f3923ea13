import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus, serialiseCorpus, type BuildProgress } from '../core/pipeline/buildCorpus';
import { readInputFiles } from './readFiles';

export type BuildCommandOptions = { out: string; id?: string; title?: string; quiet?: boolean };

function progressLine(p: BuildProgress): string {
  const mark = p.ok ? 'ok  ' : 'FAIL';
  return `[${String(p.index + 1).padStart(String(p.total).length)}/${p.total}] ${mark} ${p.file}${p.message ? `: ${p.message}` : ''}`;
}

/** `parallax build`: returns the process exit code (0 all good, 1 some input failed, 2 nothing usable). */
export async function runBuild(
  inputs: string[],
  options: BuildCommandOptions,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  const { files, errors } = await readInputFiles(inputs);
  for (const error of errors) stderr.write(`parallax: ${error.file}: ${error.message}\n`);
  const firstInput = inputs[0] ?? 'corpus';
  const id = options.id ?? path.basename(path.resolve(firstInput)).replace(/\.[^.]+$/, '');
  const title = options.title ?? id;
  const tty = Boolean(stderr.isTTY) && !options.quiet;
  const result = buildCorpus(files, { id, title }, (p) => {
    if (tty) stderr.write(`${progressLine(p)}\n`);
  });
  for (const problem of result.problems) {
    stderr.write(
      `parallax: ${problem.file}${problem.record !== undefined ? ` (record ${problem.record})` : ''}: ${problem.message}\n`,
    );
  }
  if (result.read === 0) {
    stderr.write('parallax: no article could be read; nothing was written\n');
    return 2;
  }
  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  await writeFile(options.out, serialiseCorpus(result.corpus));
  if (!options.quiet) {
    const skipped = result.problems.length + errors.length;
    stderr.write(
      `parallax: wrote ${options.out}: ${result.read} article(s) read, ${skipped} skipped, ${result.corpus.sources.length} source(s)\n`,
    );
  }
  return errors.length + result.problems.length > 0 ? 1 : 0;
}
