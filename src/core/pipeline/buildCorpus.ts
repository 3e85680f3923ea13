import { analyseArticles, type Precomputed } from '../analysis';
import { LIMITS } from '../ingest/limits';
import { applyManifest, isManifest, parseManifest, type Manifest } from '../ingest/manifest';
import { readInput } from '../ingest/readInput';
import type { InputFile, RawArticle } from '../ingest/types';
import { corpusSchema, SCHEMA_VERSION, type Corpus, type Problem } from '../schema/corpus';
import { assignSources } from './assignSources';
import { contentHash, type Hasher } from './hash';
import { prepareArticle, type PreparedArticle } from './prepareArticle';

export const GENERATOR = 'parallax 0.1.0';

/**
 * `hasher` replaces the portable SHA-256 where the platform has a native one: the command line
 * passes Node's, which hashes a 240 MB corpus in a tenth of the time. Same digest either way.
 */
export type BuildOptions = { id: string; title: string; hasher?: () => Hasher };

export type BuildProgress = { file: string; index: number; total: number; ok: boolean; message?: string };

export type BuildResult = { corpus: Corpus; problems: Problem[]; read: number };

/** Orders articles by id so the output does not depend on the order the files were listed in. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type ReadResult = { raws: RawArticle[]; problems: Problem[]; manifest: Manifest | null };

/** Manifests are read first and never as articles; several (one per folder) merge in name order. */
function readManifests(files: readonly InputFile[], problems: Problem[]): Manifest | null {
  const manifests: Manifest[] = [];
  for (const file of files.filter((f) => isManifest(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const result = parseManifest(file);
    if (!result.ok) problems.push(result.problem);
    else manifests.push(result.manifest);
  }
  if (manifests.length === 0) return null;
  return manifests.reduce((all, m) => ({ ...all, ...m, files: { ...all.files, ...m.files } }));
}

/** Step 1 for every file: raw articles in id order, and a problem for each file or record that failed. */
export function readAll(files: readonly InputFile[], onProgress?: (progress: BuildProgress) => void): ReadResult {
  const problems: Problem[] = [];
  const manifest = readManifests(files, problems);
  const articles = files
    .filter((f) => !isManifest(f.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (articles.length > LIMITS.files)
    problems.push({
      file: articles[LIMITS.files]!.name,
      message: `only the first ${LIMITS.files} files are read in one build; ${articles.length - LIMITS.files} were left out`,
    });
  const raws: RawArticle[] = [];
  const seen = new Set<string>();
  articles.slice(0, LIMITS.files).forEach((file, index, list) => {
    const result = readInput(file);
    problems.push(...(result.problems ?? []));
    if (!result.ok) {
      problems.push(result.problem);
      onProgress?.({ file: file.name, index, total: list.length, ok: false, message: result.problem.message });
      return;
    }
    for (const raw of result.articles) {
      if (seen.has(raw.id)) {
        problems.push({ file: file.name, message: `duplicate article id "${raw.id}"; the first one was kept` });
        continue;
      }
      seen.add(raw.id);
      raws.push(applyManifest(raw, manifest));
    }
    onProgress?.({ file: file.name, index, total: list.length, ok: true });
  });
  return { raws: raws.sort(byId), problems, manifest };
}

/**
 * Steps 3 to 9 once every article is prepared: sources, analysis, hash, validation. `done` holds
 * what worker threads already computed (per-article parts in the same order, alignments, content).
 */
export function assembleCorpus(
  prepared: readonly PreparedArticle[],
  problems: Problem[],
  options: BuildOptions,
  done: Precomputed = {},
): BuildResult {
  const { sources, articles } = assignSources(prepared);
  const analysis = analyseArticles(articles, done);
  const body: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title: options.title,
    hash: '',
    generator: GENERATOR,
    sources,
    articles,
    ...analysis,
    problems,
  };
  const hash = contentHash(body, options.hasher?.());
  const corpus = corpusSchema.parse({ ...body, hash });
  return { corpus, problems, read: articles.length };
}

/** Steps 1 to 9: files in, a validated, hashed corpus out. Bad files become problems; good ones are kept. */
export function buildCorpus(
  files: readonly InputFile[],
  options: BuildOptions,
  onProgress?: (progress: BuildProgress) => void,
): BuildResult {
  const { raws, problems } = readAll(files, onProgress);
  return assembleCorpus(raws.map(prepareArticle), problems, options);
}

/** The corpus as written to disk: stable key order from the schema, two-space indent, final newline. */
export function serialiseCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
