import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { articleIdFromName, decodeText } from './decode';
import { metaFrom } from './meta';
import type { IngestResult, InputFile } from './types';

/** Blocks whose words are article text; code, HTML, images and rules are not. */
function paragraphs(node: Nodes, out: string[]): void {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    const text = toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    return;
  }
  if (node.type === 'code' || node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition')
    return;
  if ('children' in node) for (const child of node.children) paragraphs(child as Nodes, out);
}

/** A Markdown article: YAML front matter for its metadata, the text of its blocks as paragraphs. */
export function readMarkdown(file: InputFile): IngestResult {
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  let body = decoded.text;
  let fields: Record<string, unknown> = {};
  let bodyFirstLine = 1;
  const front = body.match(/^---\n([\s\S]*?)\n---\n/);
  if (front) {
    try {
      const parsed: unknown = parseYaml(front[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
    } catch (error) {
      return {
        ok: false,
        problem: {
          file: file.name,
          message: `the front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        },
      };
    }
    body = body.slice(front[0].length);
    bodyFirstLine = front[0].split('\n').length;
  }
  const out: string[] = [];
  paragraphs(fromMarkdown(body) as Root, out);
  if (out.length === 0) return { ok: false, problem: { file: file.name, message: 'the Markdown has no article text' } };
  return {
    ok: true,
    articles: [
      {
        id: articleIdFromName(file.name),
        fileName: file.name,
        body: out.join('\n\n'),
        bodyFirstLine,
        meta: metaFrom(fields),
        headerLines: [],
      },
    ],
  };
}
