import { wordTable } from '../text/wordTable';
import { isYamlManifest } from './manifestName';
import type { IngestResult, InputFile } from './types';

/** The kinds of file ingest reads, each by one reader. */
export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

export type Reader = (file: InputFile) => IngestResult;

/** A YAML parser, for a folder's YAML manifest. */
export type YamlParser = (text: string) => unknown;

/**
 * A reader for each format a build meets, and a YAML parser when it has a YAML manifest. The
 * Markdown, HTML and YAML parsers are large, so a caller may load only what its files need
 * (see `readersNeeded`).
 */
export type Readers = Partial<Record<Format, Reader>> & { yaml?: YamlParser };

/** What one build's files need loaded. */
export type ReaderNeed = Format | 'yaml';

/** File types read by extension; the content can still redirect (a .txt that is really a web page). */
const BY_EXTENSION = wordTable<Format>({
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
});

export const READABLE_EXTENSIONS = Object.keys(BY_EXTENSION);

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isSupportedInput(name: string): boolean {
  return BY_EXTENSION[extensionOf(name)] !== undefined;
}

/** What the first bytes say the file is, whatever its name claims. */
function sniff(bytes: Uint8Array): Format | null {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article)\b/.test(head))
    return 'html';
  // Only an object or an array of objects: a text may well open with "[ad_1]" or "[Photo]".
  if (/^\{\s*"/.test(head) || /^\[\s*(\{|\])/.test(head)) return 'json';
  return null;
}

/** The format a file is read as, or null when neither its name nor its first bytes tell. */
export function formatOf(file: InputFile): Format | null {
  const byName = BY_EXTENSION[extensionOf(file.name)] ?? null;
  const byContent = sniff(file.bytes);
  // Plain text that turns out to be a page or JSON is read as what it is; other types trust their name.
  return byName === 'text' ? (byContent ?? 'text') : (byName ?? byContent);
}

/** Every format among these files, and YAML for a YAML manifest, so a caller loads just those readers. */
export function readersNeeded(files: readonly InputFile[]): ReaderNeed[] {
  const needs = new Set<ReaderNeed>();
  for (const file of files) {
    const need = isYamlManifest(file.name) ? 'yaml' : formatOf(file);
    if (need) needs.add(need);
  }
  return [...needs].sort();
}

/** Step 1, ingest: one file in, zero or more raw articles out, or a problem naming the file. */
export function readWith(file: InputFile, readers: Readers): IngestResult {
  const format = formatOf(file);
  if (!format) {
    return {
      ok: false,
      problem: {
        file: file.name,
        message: `unsupported file type; readable types are ${READABLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
      },
    };
  }
  const reader = readers[format];
  // The caller loads the readers of `readersNeeded(files)`; a missing one is a bug, not bad input.
  if (!reader) throw new Error(`no ${format} reader was loaded for ${file.name}`);
  return reader(file);
}
