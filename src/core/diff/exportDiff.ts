import type { Article } from '../schema/corpus';
import type { DiffRow } from './rows';
import { sentencesText, sentenceText } from './sentenceText';
import { wordDiff, type WordOp } from './wordDiff';

export type DiffDocument = {
  a: Article;
  b: Article;
  aName: string;
  bName: string;
  rows: readonly DiffRow[];
  loose: boolean;
  summary: string;
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlOps(ops: readonly WordOp[], side: 'a' | 'b'): string {
  return ops
    .filter((o) => o.op === 'same' || (side === 'a' ? o.op === 'del' : o.op === 'ins'))
    .map((o) =>
      o.op === 'same'
        ? escapeHtml(o.text)
        : side === 'a'
          ? `<del>${escapeHtml(o.text)}</del>`
          : `<ins>${escapeHtml(o.text)}</ins>`,
    )
    .join('');
}

function rowCells(doc: DiffDocument, row: DiffRow): { a: string; b: string; note: string } {
  if (row.kind === 'only-a')
    return { a: escapeHtml(sentenceText(doc.a, row.a)), b: '', note: `only in ${escapeHtml(doc.aName)}` };
  if (row.kind === 'only-b')
    return { a: '', b: escapeHtml(sentenceText(doc.b, row.b)), note: `only in ${escapeHtml(doc.bName)}` };
  const ops = wordDiff(sentencesText(doc.a, row.a), sentencesText(doc.b, row.b), doc.loose);
  return {
    a: htmlOps(ops, 'a'),
    b: htmlOps(ops, 'b'),
    note: `${Math.round(row.score * 100)}% similar${row.moved ? ', moved' : ''}`,
  };
}

/** A standalone HTML page of the diff: inline styles, no scripts, every text escaped. */
export function diffToHtml(doc: DiffDocument): string {
  const body = doc.rows
    .map((row) => {
      const c = rowCells(doc, row);
      return `<tr><td>${c.a}</td><td>${c.b}</td><td class="note">${c.note}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`${doc.aName} vs ${doc.bName}`)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1f24}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccd;padding:.4rem;vertical-align:top}del{background:#fde2e1;color:#8a1c12}ins{background:#dcf3e0;color:#14532d;text-decoration:underline}.note{color:#555;font-size:.85em;white-space:nowrap}</style>
</head><body>
<h1>${escapeHtml(doc.a.title)} ↔ ${escapeHtml(doc.b.title)}</h1>
<p>${escapeHtml(doc.summary)}</p>
<table><thead><tr><th>A: ${escapeHtml(doc.aName)} (${escapeHtml(doc.a.id)})</th><th>B: ${escapeHtml(doc.bName)} (${escapeHtml(doc.b.id)})</th><th>Note</th></tr></thead>
<tbody>
${body}
</tbody></table></body></html>
`;
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]|<>~&])/g, '\\$1');

/**
 * Text for one line of Markdown (a table cell, a heading): syntax escaped, and every run of
 * white space, line breaks included, made one space, since a newline inside a cell ends the row
 * and spills the rest of the sentence out of the table.
 */
const markdownLine = (text: string) => escapeMarkdown(text).replace(/\s+/g, ' ').trim();

function markdownOps(ops: readonly WordOp[], side: 'a' | 'b'): string {
  return ops
    .filter((o) => o.op === 'same' || (side === 'a' ? o.op === 'del' : o.op === 'ins'))
    .map((o) =>
      o.op === 'same' || !o.text.trim()
        ? escapeMarkdown(o.text)
        : side === 'a'
          ? `~~${escapeMarkdown(o.text.trim())}~~ `
          : `**${escapeMarkdown(o.text.trim())}** `,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The diff as a Markdown table: deletions struck through, insertions in bold. */
export function diffToMarkdown(doc: DiffDocument): string {
  const lines = [
    `# ${markdownLine(doc.a.title)} ↔ ${markdownLine(doc.b.title)}`,
    '',
    markdownLine(doc.summary),
    '',
    `| A: ${markdownLine(doc.aName)} | B: ${markdownLine(doc.bName)} | Note |`,
    '| --- | --- | --- |',
  ];
  for (const row of doc.rows) {
    if (row.kind === 'only-a') lines.push(`| ${markdownLine(sentenceText(doc.a, row.a))} | | only in A |`);
    else if (row.kind === 'only-b') lines.push(`| | ${markdownLine(sentenceText(doc.b, row.b))} | only in B |`);
    else {
      const ops = wordDiff(sentencesText(doc.a, row.a), sentencesText(doc.b, row.b), doc.loose);
      lines.push(
        `| ${markdownOps(ops, 'a')} | ${markdownOps(ops, 'b')} | ${Math.round(row.score * 100)}% similar${row.moved ? ', moved' : ''} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
