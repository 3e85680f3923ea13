import { readWith, type Readers } from './formats';
import { readHtml } from './readHtml';
import { LIGHT_READERS } from './loadReaders';
import { readMarkdown } from './readMarkdown';
import { parseYaml } from './yaml';
import type { IngestResult, InputFile } from './types';

export { extensionOf, isSupportedInput } from './formats';

/** Every reader, loaded at once: for callers that do not mind loading the HTML, Markdown and YAML parsers. */
export const ALL_READERS: Readers = { ...LIGHT_READERS, markdown: readMarkdown, html: readHtml, yaml: parseYaml };

/** Step 1, ingest: one file in, zero or more raw articles out, or a problem naming the file. */
export function readInput(file: InputFile): IngestResult {
  return readWith(file, ALL_READERS);
}
