import { analyseArticles, type ArticleAnalysis } from '../analysis';
import { readInput } from '../ingest/readInput';
import type { InputFile, RawArticle } from '../ingest/types';
import { corpusSchema, SCHEMA_VERSION, type Corpus, type Problem } from '../schema/corpus';
import { assignSources } from './assignSources';
import { contentHash } from './hash';
import { prepareArticle, type PreparedArticle } from './prepareArticle';

export const GENERATOR = 'parallax 0.1.0';

export type BuildOptions = { id: string; title: string };

export type BuildProgress = { file: string; index: number; total: number; ok: boolean; message?: string };

export type BuildResult = { corpus: Corpus; problems: Problem[]; read: number };

/** Orders articles by id so the output does not depend on the order the files were listed in. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type ReadResult = { raws: RawArticle[]; problems: Problem[] };

/** Step 1 for every file: raw articles in id order, and a problem for each file or record that failed. */
export function readAll(files: readonly InputFile[], onProgress?: (progress: BuildProgress) => void): ReadResult {
  const problems: Problem[] = [];
  const raws: RawArticle[] = [];
  const seen = new Set<string>();
  [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .forEach((file, index) => {
      const result = readInput(file);
      if (!result.ok) {
        problems.push(result.problem);
        onProgress?.({ file: file.name, index, total: files.length, ok: false, message: result.problem.message });
        return;
      }
      for (const raw of result.articles) {
        if (seen.has(raw.id)) {
          problems.push({ file: file.name, message: `duplicate article id "${raw.id}"; the first one was kept` });
          continue;
        }
        seen.add(raw.id);
        raws.push(raw);
      }
      onProgress?.({ file: file.name, index, total: files.length, ok: true });
    });
  return { raws: raws.sort(byId), problems };
}

/**
 * Steps 3 to 9 once every article is prepared: sources, analysis, hash, validation. `parts` are
 * the per-article analyses in the same order when worker threads computed them.
 */
export function assembleCorpus(
  prepared: readonly PreparedArticle[],
  problems: Problem[],
  options: BuildOptions,
  parts?: readonly ArticleAnalysis[],
): BuildResult {
  const { sources, articles } = assignSources(prepared);
  const analysis = analyseArticles(articles, parts);
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
  const hash = contentHash(JSON.stringify(body));
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
