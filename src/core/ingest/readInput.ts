import { readHtml } from './readHtml';
import { readJson, readJsonLines } from './readJson';
import { readMarkdown } from './readMarkdown';
import { readTxt } from './readTxt';
import type { IngestResult, InputFile } from './types';
import { wordTable } from '../text/wordTable';

type Reader = (file: InputFile) => IngestResult;

/** File types read by extension; the content can still redirect (a .txt that is really a web page). */
const READERS = wordTable<Reader>({
  txt: readTxt,
  text: readTxt,
  md: readMarkdown,
  markdown: readMarkdown,
  html: readHtml,
  htm: readHtml,
  xhtml: readHtml,
  json: readJson,
  jsonl: readJsonLines,
  ndjson: readJsonLines,
});

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isSupportedInput(name: string): boolean {
  return extensionOf(name) in READERS;
}

/** What the first bytes say the file is, whatever its name claims. */
function sniff(bytes: Uint8Array): Reader | null {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article)\b/.test(head))
    return readHtml;
  // Only an object or an array of objects: a text may well open with "[ad_1]" or "[Photo]".
  if (/^\{\s*"/.test(head) || /^\[\s*(\{|\])/.test(head)) return readJson;
  return null;
}

/** Step 1, ingest: one file in, zero or more raw articles out, or a problem naming the file. */
export function readInput(file: InputFile): IngestResult {
  const byName = READERS[extensionOf(file.name)];
  const byContent = sniff(file.bytes);
  // Plain text that turns out to be a page or JSON is read as what it is; other types trust their name.
  const reader = byName === readTxt ? (byContent ?? readTxt) : (byName ?? byContent);
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
