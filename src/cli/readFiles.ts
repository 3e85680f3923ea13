import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from '../core/ingest/types';

export type FileError = { file: string; message: string };

/**
 * Expands the command line's inputs into files. A folder contributes the files directly in it;
 * names are kept relative to their folder so the corpus does not depend on where it was built.
 */
export async function readInputFiles(inputs: readonly string[]): Promise<{ files: InputFile[]; errors: FileError[] }> {
  const files: InputFile[] = [];
  const errors: FileError[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      errors.push({ file: input, message: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(input, { withFileTypes: true })).filter(
        (e) => e.isFile() && !e.name.startsWith('.'),
      );
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        files.push({ name: entry.name, bytes: await readFile(path.join(input, entry.name)) });
      }
    } else {
      files.push({ name: path.basename(input), bytes: await readFile(input) });
    }
  }
  return { files, errors };
}
