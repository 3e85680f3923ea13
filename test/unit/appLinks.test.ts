import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A link written by hand as "?view=…" drops the loaded corpus; views build them with useAppHref.
// The Import page's links name their corpus on purpose (the one just imported, or the sample).
const NAMES_ITS_CORPUS = new Set(['src/views/import/ImportResult.tsx', 'src/views/import/SavedCorpora.tsx']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('views build in-app links through src/url/links.ts', () => {
  it('no view writes a "?…" href by hand', () => {
    const handWritten = files('src/views')
      .filter((file) => !NAMES_ITS_CORPUS.has(file.split(path.sep).join('/')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
          .filter(({ text }) => /href=\{?[`'"]\?/.test(text)),
      );
    expect(handWritten).toEqual([]);
  });
});
