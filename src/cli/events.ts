import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogueEntry, makeCatalogue, type CatalogueEntry } from '../core/catalogue/catalogue';
import { parseCorpusText } from '../core/schema/parseCorpus';
import { runBuild } from './build';
import { safeText } from './safeText';

async function entryOf(file: string, relativeTo: string): Promise<CatalogueEntry | string> {
  const parsed = parseCorpusText(await readFile(file, 'utf8'));
  if (!parsed.ok) return `${file}: ${parsed.error.message}`;
  return catalogueEntry(parsed.corpus, path.relative(relativeTo, file).split(path.sep).join('/'));
}

/** `parallax index`: a catalogue (index.json) of corpus files, for the app to list. */
export async function runIndex(
  corpora: string[],
  out: string,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const entries: CatalogueEntry[] = [];
  let failed = 0;
  for (const file of corpora) {
    const entry = await entryOf(file, path.dirname(path.resolve(out)));
    if (typeof entry === 'string') {
      stderr.write(`parallax: ${safeText(entry)}\n`);
      failed++;
    } else entries.push(entry);
  }
  await writeFile(out, `${JSON.stringify(makeCatalogue(entries), null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

/** `parallax events`: one corpus per event folder, named after the folder, plus their index.json. */
export async function runEvents(
  folders: string[],
  outDir: string,
  options: { quiet?: boolean; workers?: number },
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  // Each folder becomes <name>.json beside index.json: a folder named index, or two folders with
  // one name, would overwrite a corpus, so they are refused before anything is built.
  const byName = new Map<string, string[]>();
  for (const folder of folders) {
    const id = path.basename(path.resolve(folder));
    byName.set(id, [...(byName.get(id) ?? []), folder]);
  }
  let clash = false;
  for (const [id, named] of byName) {
    if (id.toLowerCase() === 'index') {
      stderr.write(
        `parallax: ${safeText(named[0]!)}: a folder named "index" would overwrite index.json; rename the folder\n`,
      );
      clash = true;
    }
    if (named.length > 1) {
      stderr.write(
        `parallax: ${named.map((f) => safeText(f)).join(' and ')} have the same name "${safeText(id)}" and would write one ${safeText(id)}.json; rename one of them\n`,
      );
      clash = true;
    }
  }
  if (clash) return 2;
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  let worst = 0;
  for (const folder of folders) {
    const id = path.basename(path.resolve(folder));
    const out = path.join(outDir, `${id}.json`);
    const code = await runBuild([folder], { out, id, ...options }, stderr);
    worst = Math.max(worst, code);
    if (code < 2) written.push(out);
  }
  const indexCode = await runIndex(written, path.join(outDir, 'index.json'), stderr);
  return Math.max(worst, indexCode);
}
