import { titleOf } from './meta';
import type { ArticleMeta } from './types';

type HeaderKey = 'date' | 'source' | 'title' | 'url' | 'language';

const KEY_LINE = /^\s*(date|source|title|url|language)\s*:\s*(.*?)\s*$/i;
/** Some feeds put "date YYYY-MM-DD" (no colon) in front of the first paragraph, on the same line. */
const INLINE_DATE = /^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\b[ \t]*/i;

export type TxtHeader = {
  meta: ArticleMeta;
  headerLines: { text: string; line: number }[];
  body: string;
  bodyFirstLine: number;
};

function setMeta(meta: ArticleMeta, key: HeaderKey, value: string) {
  if (!value) return;
  if (key === 'date') {
    const iso = value.match(/\d{4}-\d{2}-\d{2}/);
    if (iso) meta.date = iso[0];
    return;
  }
  meta[key] = key === 'title' ? (titleOf(value, undefined) ?? value) : value;
}

/**
 * Reads optional header lines at the top of a .txt article: `key: value` lines (date, source, title,
 * url, language) ended by a blank line, or a leading `date YYYY-MM-DD` glued to the first paragraph.
 */
export function parseTxtHeader(text: string): TxtHeader {
  const lines = text.split('\n');
  const meta: ArticleMeta = {};
  const headerLines: { text: string; line: number }[] = [];
  let index = 0;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  const first = lines[index] ?? '';
  const keyed = first.match(KEY_LINE);
  if (keyed) {
    let cursor = index;
    const taken: { key: HeaderKey; value: string; line: number; text: string }[] = [];
    while (cursor < lines.length) {
      const m = lines[cursor]!.match(KEY_LINE);
      if (!m) break;
      taken.push({ key: m[1]!.toLowerCase() as HeaderKey, value: m[2]!, line: cursor + 1, text: lines[cursor]! });
      cursor++;
    }
    // Only a block that ends with a blank line (or the file) is a header; otherwise it is body text.
    if (cursor >= lines.length || lines[cursor]!.trim() === '') {
      for (const t of taken) {
        setMeta(meta, t.key, t.value);
        headerLines.push({ text: t.text, line: t.line });
      }
      return { meta, headerLines, body: lines.slice(cursor).join('\n'), bodyFirstLine: cursor + 1 };
    }
  }
  const inline = first.match(INLINE_DATE);
  if (inline) {
    meta.date = inline[1]!;
    headerLines.push({ text: inline[0].trim(), line: index + 1 });
    const rest = [first.slice(inline[0].length), ...lines.slice(index + 1)];
    return { meta, headerLines, body: rest.join('\n'), bodyFirstLine: index + 1 };
  }
  return { meta, headerLines, body: lines.slice(index).join('\n'), bodyFirstLine: index + 1 };
}
