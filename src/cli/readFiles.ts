import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LIMITS } from '../core/ingest/limits';
import type { InputFile } from '../core/ingest/types';

export type FileError = { file: string; message: string };

/** Folders contribute the files directly in them; a manifest travels with its folder's files. */
async function folderFiles(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.'));
  return entries.map((e) => path.join(folder, e.name)).sort();
}

/**
 * Expands the command line's inputs (files, folders and glob patterns) into files. Names are
 * kept relative to their folder, so the corpus does not depend on where it was built.
 */
export async function readInputFiles(inputs: readonly string[]): Promise<{ files: InputFile[]; errors: FileError[] }> {
  const files: InputFile[] = [];
  const errors: FileError[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    try {
      // An oversized file is refused before it is read, so a stray video cannot exhaust memory.
      const { size } = await stat(file);
      if (size > LIMITS.fileBytes) {
        errors.push({
          file,
          message: `the file is ${size} bytes, over the limit of ${LIMITS.fileBytes} bytes for one article`,
        });
        return;
      }
      files.push({ name: path.basename(file), bytes: await readFile(file) });
    } catch (error) {
      errors.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    }
  };
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = (await glob(input, { onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) errors.push({ file: input, message: 'the pattern matches no file' });
      for (const match of matches) await add(match);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      errors.push({ file: input, message: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) for (const file of await folderFiles(input)) await add(file);
    else await add(input);
  }
  return { files, errors };
}
