import { mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import type { Manifest } from '../core/ingest/manifest';
import type { BuildProgress } from '../core/pipeline/buildCorpus';
import { serialiseCorpus } from '../core/pipeline/serialise';
import { isSkip } from '../core/schema/corpus';
import { runPipeline } from '../core/pipeline/runner';
import { nodeSha256 } from './nodeHash';
import { threadPlatform } from './threadPlatform';
import { progressBar } from './progressBar';
import { readInputFiles } from './readFiles';
import { safeText } from './safeText';

export type BuildCommandOptions = { out: string; id?: string; title?: string; quiet?: boolean; workers?: number };

/**
 * Below this many articles per thread, starting worker threads (each loads the sources and the
 * language models, about a second) costs more than it saves: the bench measured 2 threads at
 * 0.56× the one-thread speed on 100 articles, 0.97× on 1,000 and 1.44× on 10,000.
 */
const ARTICLES_PER_WORKER = 1000;

function workerCount(articles: number, asked: number | undefined): number {
  if (asked !== undefined) return Math.max(1, asked);
  return Math.max(1, Math.min(availableParallelism(), Math.floor(articles / ARTICLES_PER_WORKER)));
}

function progressLine(p: BuildProgress): string {
  const mark = p.ok ? 'ok  ' : 'FAIL';
  return `[${String(p.index + 1).padStart(String(p.total).length)}/${p.total}] ${mark} ${safeText(p.file)}${p.message ? `: ${safeText(p.message)}` : ''}`;
}

/** The real path of a file that exists, else its absolute path. */
export async function realOrResolved(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return path.resolve(file);
  }
}

/** `parallax build`: returns the process exit code (0 all good, 1 some input failed, 2 nothing usable). */
export async function runBuild(
  inputs: string[],
  options: BuildCommandOptions,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  const { files, errors, read } = await readInputFiles(inputs);
  for (const error of errors) stderr.write(`parallax: ${safeText(error.file)}: ${safeText(error.message)}\n`);
  // Writing the corpus over one of its own articles would lose that article.
  const target = await realOrResolved(options.out);
  if (read.includes(target)) {
    stderr.write(
      `parallax: refusing to write the corpus to ${safeText(options.out)}: it is one of the input files; choose another --out\n`,
    );
    return 2;
  }
  const tty = Boolean(stderr.isTTY) && !options.quiet;
  // The command line wins, then the folder's manifest, then the folder's name.
  const folderName = path.basename(path.resolve(inputs[0] ?? 'corpus')).replace(/\.[^.]+$/, '');
  const naming = (manifest: Manifest | null) => {
    const id = options.id ?? manifest?.event ?? folderName;
    return { id, title: options.title ?? manifest?.title ?? id };
  };
  const platform = threadPlatform((articles) => workerCount(articles, options.workers));
  let bar: ((done: number) => string) | null = null;
  let result;
  try {
    result = await runPipeline(files, { id: folderName, title: folderName, naming, hasher: nodeSha256 }, platform, {
      onFile: (p) => {
        if (tty) stderr.write(`${progressLine(p)}\n`);
      },
      onArticle: (done, total) => {
        bar ??= progressBar(
          total,
          `articles analysed on ${platform.threads()} thread${platform.threads() === 1 ? '' : 's'}`,
        );
        if (tty) stderr.write(bar(done));
      },
      onStage: (stage) => {
        if (tty && stage === 'alignment' && bar) stderr.write('\nparallax: comparing the articles…\n');
      },
    });
  } finally {
    await platform.close();
  }
  for (const problem of result.problems) {
    stderr.write(
      `parallax: ${safeText(problem.file)}${problem.record !== undefined ? ` (record ${problem.record})` : ''}: ${safeText(problem.message)}\n`,
    );
  }
  if (result.read === 0) {
    stderr.write('parallax: no article could be read; nothing was written\n');
    return 2;
  }
  const skipped = result.problems.filter(isSkip).length + errors.length;
  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  await writeFile(options.out, serialiseCorpus(result.corpus));
  if (!options.quiet) {
    const warnings = result.problems.filter((p) => !isSkip(p)).length;
    stderr.write(
      `parallax: wrote ${safeText(options.out)}: ${result.read} article(s) read, ${skipped} skipped, ${result.corpus.sources.length} source(s)${warnings ? `, ${warnings} warning(s)` : ''}\n`,
    );
  }
  // A warning names an article that was kept: the build did what was asked.
  return skipped > 0 ? 1 : 0;
}
