import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LIMITS } from '../core/ingest/limits';
import type { InputFile } from '../core/ingest/types';

export type FileError = { file: string; message: string };

/** Folders contribute the files directly in them (symbolic links included); a manifest travels with its folder's files. */
async function folderFiles(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter(
    (e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'),
  );
  return entries.map((e) => path.join(folder, e.name)).sort();
}

/** The folder a glob pattern cannot leave: its segments before the first one with a wildcard. */
export function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

function inside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Expands the command line's inputs (files, folders and glob patterns) into files. Names are
 * kept relative to their folder, so the corpus does not depend on where it was built.
 *
 * One symbolic-link policy: a file found in a folder or through a glob is read only when its real
 * path stays inside that folder (or the glob's fixed base); otherwise it is skipped and named, so a
 * link to a file elsewhere on the machine never enters a corpus. A file named on the command line
 * itself is read wherever it is. `read` holds the real path of every file read.
 */
export async function readInputFiles(
  inputs: readonly string[],
): Promise<{ files: InputFile[]; errors: FileError[]; read: string[] }> {
  const files: InputFile[] = [];
  const errors: FileError[] = [];
  const read: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string, within?: string) => {
    let real: string;
    try {
      real = await realpath(file);
    } catch (error) {
      errors.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      return;
    }
    if (within !== undefined) {
      let root = path.resolve(within);
      try {
        root = await realpath(within);
      } catch {
        // an unreadable base keeps its resolved form
      }
      if (!inside(real, root)) {
        errors.push({
          file,
          message: `skipped: a symbolic link to ${real}, outside ${within} (links are followed only inside their folder)`,
        });
        return;
      }
    }
    if (seen.has(real)) return;
    seen.add(real);
    try {
      // An oversized file is refused before it is read, so a stray video cannot exhaust memory.
      const info = await stat(real);
      if (!info.isFile()) {
        errors.push({ file, message: 'skipped: not a regular file' });
        return;
      }
      if (info.size > LIMITS.fileBytes) {
        errors.push({
          file,
          message: `the file is ${info.size} bytes, over the limit of ${LIMITS.fileBytes} bytes for one article`,
        });
        return;
      }
      files.push({ name: path.basename(file), bytes: await readFile(real) });
      read.push(real);
    } catch (error) {
      errors.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    }
  };
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = (await glob(input, { onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) errors.push({ file: input, message: 'the pattern matches no file' });
      for (const match of matches) await add(match, globBase(input));
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      errors.push({ file: input, message: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) for (const file of await folderFiles(input)) await add(file, input);
    else await add(input);
  }
  return { files, errors, read };
}
