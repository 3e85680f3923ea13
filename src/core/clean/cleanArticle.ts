import type { Range, RemovedLine } from '../schema/corpus';
import type { RawArticle } from '../ingest/types';
import { classifyLine, isHeadlineLike, isRelatedLabel, trailingCreditStart } from './boilerplate';
import { cutFurniture } from './furniture';
import { blankScriptBlocks, stripMarkup } from './markup';

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

/** The body's non-empty lines, leftover markup taken out (a block tag inside a line splits it). */
function readLines(raw: RawArticle, removed: RemovedLine[]): Line[] {
  const scripts = blankScriptBlocks(raw.body);
  const lines: Line[] = [];
  scripts.body.split('\n').forEach((text, i) => {
    const line = raw.bodyFirstLine + i;
    const markup = stripMarkup(text);
    if (markup.found.length > 0) removed.push({ kind: 'markup', text: markup.found.join(' '), line });
    for (const block of markup.blocks) {
      const trimmed = block.replace(/\s+/g, ' ').trim();
      if (trimmed) lines.push({ text: trimmed, line });
    }
  });
  if (scripts.found.length > 0)
    removed.push({ kind: 'markup', text: scripts.found.join(' '), line: raw.bodyFirstLine });
  return lines;
}

/** The links under a "Read more:" label: short headline-like lines, or every line of a short tail. */
function relatedRun(lines: readonly Line[], from: number): number {
  // At the end of the page every line of the box goes, even a link that ends with a full stop.
  const tailShort = lines
    .slice(from)
    .every((l) => l.text.split(/\s+/).length <= 12 && !/\b(?:said|says|told|according to)\b/.test(l.text));
  let end = from;
  while (end < lines.length && end - from < 10 && (tailShort || isHeadlineLike(lines[end]!.text, 14))) end++;
  return end;
}

/**
 * Step 2 of the pipeline: strip boilerplate and page furniture, keep it as evidence, and lay the
 * remaining paragraphs out as the stored text (paragraphs separated by a blank line).
 */
export function cleanArticle(raw: RawArticle): CleanArticle {
  const removed: RemovedLine[] = raw.headerLines.map((h) => ({ kind: 'header', text: h.text, line: h.line }));
  removed.push(...(raw.furniture ?? []));
  const lines = readLines(raw, removed);
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = classifyLine(line.text);
    if (kind) {
      removed.push({ kind, text: line.text, line: line.line });
      if (kind === 'related' && isRelatedLabel(line.text)) {
        const end = relatedRun(lines, i + 1);
        for (const link of lines.slice(i + 1, end)) removed.push({ kind: 'related', text: link.text, line: link.line });
        i = end - 1;
      }
      continue;
    }
    const pieces = cutFurniture(line.text);
    for (const piece of pieces.removed) removed.push({ ...piece, line: line.line });
    if (pieces.kept) kept.push({ text: pieces.kept, line: line.line });
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
