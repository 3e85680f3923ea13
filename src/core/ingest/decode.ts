import { LIMITS } from './limits';
import type { IngestProblem } from './types';

export const MAX_FILE_BYTES = LIMITS.fileBytes;

/**
 * Bytes to text, refusing what is not an article: empty, binary, not UTF-8 or too large.
 * A BOM is dropped; CRLF and CR line ends become LF so offsets mean the same on every platform.
 */
export function decodeText(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: IngestProblem } {
  const fail = (message: string) => ({ ok: false as const, problem: { file: name, message } });
  if (bytes.length === 0) return fail('the file is empty');
  if (bytes.length > MAX_FILE_BYTES)
    return fail(`the file is ${bytes.length} bytes, over the limit of ${MAX_FILE_BYTES} bytes for one article`);
  // A UTF-16 file (as some editors on Windows save text) says so with its byte-order mark; its
  // NUL high bytes are not a sign of binary data.
  const utf16 = utf16Encoding(bytes);
  const sample = bytes.subarray(0, 8192);
  if (!utf16 && sample.includes(0)) return fail('the file looks binary (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(`the file is not valid ${utf16 ? 'UTF-16' : 'UTF-8'} text; save it as UTF-8 and try again`);
  }
  let control = 0;
  for (let i = 0; i < Math.min(text.length, 8192); i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  if (control > 0 && control / Math.min(text.length, 8192) > 0.01)
    return fail('the file looks binary (too many control characters), not text');
  text = text.replace(/\r\n?/g, '\n');
  let lineStart = 0;
  for (let at = text.indexOf('\n'); ; at = text.indexOf('\n', lineStart)) {
    const end = at < 0 ? text.length : at;
    if (end - lineStart > LIMITS.lineChars)
      return fail(`line ${text.slice(0, lineStart).split('\n').length} is over ${LIMITS.lineChars} characters long`);
    if (at < 0) break;
    lineStart = at + 1;
  }
  if (text.trim().length === 0) return fail('the file has no text, only white space');
  return { ok: true, text };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The article id is the file name without its folder and extension. */
export function articleIdFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
