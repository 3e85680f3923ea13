import { articleIdFromName, decodeText } from './decode';
import { parseTxtHeader } from './txtHeader';
import type { IngestResult, InputFile } from './types';

/** A plain-text article with optional header lines. */
export function readTxt(file: InputFile): IngestResult {
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  const header = parseTxtHeader(decoded.text);
  if (header.body.trim() === '')
    return { ok: false, problem: { file: file.name, message: 'the file has a header but no article text' } };
  return {
    ok: true,
    articles: [
      {
        id: articleIdFromName(file.name),
        fileName: file.name,
        body: header.body,
        bodyFirstLine: header.bodyFirstLine,
        meta: header.meta,
        headerLines: header.headerLines,
      },
    ],
  };
}
