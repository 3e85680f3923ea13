import { readTxt } from './readTxt';
import type { IngestResult, InputFile } from './types';

/** File types this version reads; anything else is reported, not guessed at. */
const READERS: Record<string, (file: InputFile) => IngestResult> = {
  txt: readTxt,
  text: readTxt,
};

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isSupportedInput(name: string): boolean {
  return extensionOf(name) in READERS;
}

/** Step 1, ingest: one file in, zero or more raw articles out, or a problem naming the file. */
export function readInput(file: InputFile): IngestResult {
  const reader = READERS[extensionOf(file.name)];
  if (!reader) {
    return {
      ok: false,
      problem: {
        file: file.name,
        message: `unsupported file type; readable types are ${Object.keys(READERS)
          .map((e) => `.${e}`)
          .join(', ')}`,
      },
    };
  }
  return reader(file);
}
