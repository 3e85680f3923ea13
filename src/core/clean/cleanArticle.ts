import type { Range, RemovedLine } from '../schema/corpus';
import type { RawArticle } from '../ingest/types';
import { classifyLine, isHeadlineLike, trailingCreditStart } from './boilerplate';

export type CleanArticle = {
  text: string;
  paragraphs: Range[];
  removed: RemovedLine[];
  /** The headline, when the text carries one on its own line. */
  title: string | null;
  /** A short label above the headline (a site or section name), kept as source evidence. */
  siteLabel: string | null;
};

type Line = { text: string; line: number };

/** Takes a site label and a headline off the top when the first lines look like them. */
function takeHeading(lines: Line[], hasTitle: boolean): { title: Line | null; label: Line | null; rest: Line[] } {
  const [first, second, third] = lines;
  if (!first || !second || hasTitle) return { title: null, label: null, rest: lines };
  const shortLabel = isHeadlineLike(first.text, 4);
  if (shortLabel && isHeadlineLike(second.text) && third) {
    return { label: first, title: second, rest: lines.slice(2) };
  }
  if (isHeadlineLike(first.text) && first.text.split(/\s+/).length >= 3)
    return { label: null, title: first, rest: lines.slice(1) };
  return { title: null, label: null, rest: lines };
}

/**
 * Step 2 of the pipeline: strip boilerplate, keep it as evidence, and lay the remaining
 * paragraphs out as the stored text (paragraphs separated by a blank line).
 */
export function cleanArticle(raw: RawArticle): CleanArticle {
  const removed: RemovedLine[] = raw.headerLines.map((h) => ({ kind: 'header', text: h.text, line: h.line }));
  const lines: Line[] = [];
  raw.body.split('\n').forEach((text, i) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed) lines.push({ text: trimmed, line: raw.bodyFirstLine + i });
  });
  const kept: Line[] = [];
  for (const line of lines) {
    const kind = classifyLine(line.text);
    if (kind) removed.push({ kind, text: line.text, line: line.line });
    else kept.push(line);
  }
  const heading = takeHeading(kept, Boolean(raw.meta.title));
  if (heading.label) removed.push({ kind: 'site-label', text: heading.label.text, line: heading.label.line });
  const body = heading.rest.map((l) => ({ ...l }));
  const last = body[body.length - 1];
  if (last) {
    const at = trailingCreditStart(last.text);
    if (at > 0) {
      removed.push({ kind: 'credit', text: last.text.slice(at).trim(), line: last.line });
      last.text = last.text.slice(0, at).trimEnd();
    }
  }
  const paragraphs: Range[] = [];
  let text = '';
  for (const line of body) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + line.text.length });
    text += line.text;
  }
  removed.sort((a, b) => a.line - b.line);
  return { text, paragraphs, removed, title: heading.title?.text ?? null, siteLabel: heading.label?.text ?? null };
}
