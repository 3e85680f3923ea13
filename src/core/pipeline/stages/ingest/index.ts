import { LIMITS } from '../../../ingest/limits';
import { keepHttpUrl } from '../../../ingest/keepHttpUrl';
import { applyManifest, isManifest, parseManifest, type Manifest } from '../../../ingest/manifest';
import { readWith, type Readers } from '../../../ingest/formats';
import type { InputFile, RawArticle } from '../../../ingest/types';
import type { Problem } from '../../../schema/corpus';
import type { Stage } from '../../stage';

export type BuildProgress = { file: string; index: number; total: number; ok: boolean; message?: string };

export type Ingested = { raws: RawArticle[]; problems: Problem[]; manifest: Manifest | null };

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Orders articles by id so the output does not depend on the order the files were listed in. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Manifests are read first and never as articles; several (one per folder) merge in name order. */
function readManifests(files: readonly InputFile[], readers: Readers, problems: Problem[]): Manifest | null {
  const manifests: Manifest[] = [];
  for (const file of files.filter((f) => isManifest(f.name)).sort(byName)) {
    const result = parseManifest(file, readers.yaml);
    if (!result.ok) problems.push(result.problem);
    else manifests.push(result.manifest);
  }
  if (manifests.length === 0) return null;
  return manifests.reduce((all, m) => ({ ...all, ...m, files: { ...all.files, ...m.files } }));
}

/**
 * Step 1 for every file: raw articles in id order, and a problem for each file or record that
 * failed. `readers` holds one for each format among the files (`formatsOf`).
 */
export function readAll(
  files: readonly InputFile[],
  readers: Readers,
  onProgress?: (progress: BuildProgress) => void,
): Ingested {
  const problems: Problem[] = [];
  const manifest = readManifests(files, readers, problems);
  const articles = files.filter((f) => !isManifest(f.name)).sort(byName);
  if (articles.length > LIMITS.files)
    problems.push({
      file: articles[LIMITS.files]!.name,
      message: `only the first ${LIMITS.files} files are read in one build; ${articles.length - LIMITS.files} were left out`,
    });
  const raws: RawArticle[] = [];
  const seen = new Set<string>();
  articles.slice(0, LIMITS.files).forEach((file, index, list) => {
    const result = readWith(file, readers);
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
      raws.push(keepHttpUrl(applyManifest(raw, manifest), problems));
    }
    onProgress?.({ file: file.name, index, total: list.length, ok: true });
  });
  return { raws: raws.sort(byId), problems, manifest };
}

export const ingest: Stage<
  { files: readonly InputFile[]; readers: Readers; onProgress?: (p: BuildProgress) => void },
  Ingested
> = {
  name: 'ingest',
  run: ({ files, readers, onProgress }) => readAll(files, readers, onProgress),
};
