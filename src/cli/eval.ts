import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildCorpus, serialiseCorpus } from '../core/pipeline/buildCorpus';
import type { Corpus } from '../core/schema/corpus';
import { floorsSchema, raisedFloors, shortfalls } from './evalFloors';
import { figuresOf, figuresTable, meanFigures, type Figures } from './evalMetrics';
import { nodeSha256 } from './nodeHash';
import { readInputFiles } from './readFiles';
import { parseGold, scoreCorpus, type Score } from './score';

export type EvalOptions = {
  goldDir?: string;
  json?: boolean;
  floors?: string;
  updateFloors?: boolean;
  reference?: string;
  keep?: string;
};

type Cluster = { name: string; score: Score; figures: Figures; corpusFile: string; goldFile: string };

/** Files in a cluster folder that are not articles: its annotation and its notes. */
const NOT_ARTICLES = /^(gold\.json|readme(\.\w+)?)$/i;

function goldFileFor(folder: string, goldDir: string | undefined): string | null {
  const inside = path.join(folder, 'gold.json');
  if (existsSync(inside)) return inside;
  const beside = goldDir ? path.join(goldDir, `${path.basename(path.resolve(folder))}.json`) : null;
  return beside && existsSync(beside) ? beside : null;
}

async function evaluateFolder(folder: string, options: EvalOptions, outDir: string): Promise<Cluster | string> {
  const name = path.basename(path.resolve(folder));
  const goldFile = goldFileFor(folder, options.goldDir);
  if (!goldFile)
    return `${folder}: no gold.json in the folder${options.goldDir ? ` nor ${name}.json in ${options.goldDir}` : ''}`;
  const gold = parseGold(JSON.parse(await readFile(goldFile, 'utf8')));
  if (!gold.ok) return `${goldFile}: ${gold.message}`;
  const { files, errors } = await readInputFiles([folder]);
  if (errors.length > 0) return `${folder}: ${errors.map((e) => `${e.file}: ${e.message}`).join('; ')}`;
  const articles = files.filter((f) => !NOT_ARTICLES.test(f.name));
  const { corpus }: { corpus: Corpus } = buildCorpus(articles, { id: name, title: name, hasher: nodeSha256 });
  const corpusFile = path.join(outDir, `${name}.json`);
  await writeFile(corpusFile, serialiseCorpus(corpus));
  const score = scoreCorpus(corpus, gold.gold);
  return { name, score, figures: figuresOf(score), corpusFile, goldFile };
}

/** Runs the reference scorer on a built corpus; its JSON must equal ours to the last digit. */
async function referenceDisagreement(script: string, cluster: Cluster): Promise<string | null> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    script,
    '--corpus',
    cluster.corpusFile,
    '--gold',
    cluster.goldFile,
    '--json',
  ]);
  const theirs = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
  const ours = cluster.score as unknown as Record<string, Record<string, unknown>>;
  const diffs: string[] = [];
  for (const section of new Set([...Object.keys(theirs), ...Object.keys(ours)]))
    for (const key of new Set([...Object.keys(theirs[section] ?? {}), ...Object.keys(ours[section] ?? {})]))
      if (JSON.stringify(theirs[section]?.[key]) !== JSON.stringify(ours[section]?.[key]))
        diffs.push(
          `${section}.${key}: reference ${JSON.stringify(theirs[section]?.[key])}, ours ${JSON.stringify(ours[section]?.[key])}`,
        );
  return diffs.length ? `${cluster.name}: ${diffs.join('; ')}` : null;
}

/**
 * `parallax eval`: builds every cluster folder (articles + gold.json), scores it, prints the
 * figures per cluster and their mean. Exit 0 when every floor holds, 1 when one does not or the
 * reference scorer disagrees, 2 when a cluster could not be evaluated.
 */
export type Output = { stdout: Pick<NodeJS.WriteStream, 'write'>; stderr: Pick<NodeJS.WriteStream, 'write'> };

export async function runEval(
  folders: readonly string[],
  options: EvalOptions,
  io: Output = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const outDir = options.keep ?? (await mkdtemp(path.join(os.tmpdir(), 'parallax-eval-')));
  await mkdir(outDir, { recursive: true });
  const clusters: Cluster[] = [];
  for (const folder of folders) {
    // `dev/*` also matches a README beside the cluster folders: say so and go on.
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      io.stderr.write(`parallax eval: ${folder} is not a folder; skipped\n`);
      continue;
    }
    const result = await evaluateFolder(folder, options, outDir);
    if (typeof result === 'string') {
      io.stderr.write(`parallax eval: ${result}\n`);
      return 2;
    }
    clusters.push(result);
  }
  clusters.sort((a, b) => (a.name < b.name ? -1 : 1));
  const mean = meanFigures(clusters.map((c) => c.figures));
  if (options.json) {
    const byName = Object.fromEntries(clusters.map((c) => [c.name, { score: c.score, figures: c.figures }]));
    io.stdout.write(`${JSON.stringify({ clusters: byName, mean }, null, 2)}\n`);
  } else io.stdout.write(`${figuresTable(clusters, mean)}\n`);

  let code = 0;
  if (options.reference) {
    for (const cluster of clusters) {
      const disagreement = await referenceDisagreement(options.reference, cluster);
      if (disagreement) {
        io.stderr.write(`parallax eval: the reference scorer disagrees: ${disagreement}\n`);
        code = 1;
      }
    }
    if (code === 0) io.stderr.write(`parallax eval: the reference scorer agrees on all ${clusters.length} clusters\n`);
  }
  if (options.floors) {
    const floors = floorsSchema.parse(
      existsSync(options.floors) ? JSON.parse(await readFile(options.floors, 'utf8')) : {},
    );
    const below = shortfalls(floors, clusters, mean);
    for (const s of below)
      io.stderr.write(`parallax eval: ${s.where} ${s.metric} = ${s.value}, past its floor ${s.floor}\n`);
    if (below.length > 0) code = 1;
    else io.stderr.write('parallax eval: every floor holds\n');
    if (options.updateFloors) {
      await writeFile(options.floors, `${JSON.stringify(raisedFloors(floors, clusters, mean), null, 2)}\n`);
      io.stderr.write(`parallax eval: floors written to ${options.floors}\n`);
    }
  }
  return code;
}
