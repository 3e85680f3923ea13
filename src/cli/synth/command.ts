import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readInput } from '../../core/ingest/readInput';
import { clean } from '../../core/pipeline/stages/clean';
import { segment } from '../../core/pipeline/stages/segment';
import { generateArticles, type SeedArticle } from './generate';
import { readInputFiles } from '../readFiles';

export type SynthOptions = { count: number; out: string; seed: number };

/** Real articles as seeds: their cleaned sentences, date and title. */
export async function readSeeds(inputs: readonly string[]): Promise<SeedArticle[]> {
  const { files } = await readInputFiles(inputs);
  const seeds: SeedArticle[] = [];
  for (const file of files) {
    const result = readInput(file);
    if (!result.ok) continue;
    for (const raw of result.articles) {
      const { article } = segment.run(clean.run(raw));
      seeds.push({
        id: article.id,
        date: article.date,
        title: article.title,
        sentences: article.sentences.map((s) => article.text.slice(s.start, s.end)),
      });
    }
  }
  return seeds;
}

/** `parallax synth`: writes <count> synthetic articles made from the inputs into a folder. */
export async function runSynth(
  inputs: string[],
  options: SynthOptions,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const seeds = await readSeeds(inputs);
  if (seeds.length === 0) {
    stderr.write('parallax: no readable article among the inputs; nothing to start from\n');
    return 2;
  }
  const articles = generateArticles(seeds, options.count, options.seed);
  await mkdir(options.out, { recursive: true });
  for (const article of articles) await writeFile(path.join(options.out, article.name), article.text);
  const kinds = new Map<string, number>();
  for (const a of articles) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
  stderr.write(
    `parallax: wrote ${articles.length} articles to ${options.out} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})\n`,
  );
  return 0;
}
