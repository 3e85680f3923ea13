import type { ReaderNeed, Readers } from './formats';
import { readJson, readJsonLines } from './readJson';
import { readTxt } from './readTxt';

/** The readers every build has: plain text and JSON need no large parser. */
export const LIGHT_READERS: Readers = { text: readTxt, json: readJson, jsonl: readJsonLines };

/**
 * The readers these files need, the Markdown, HTML and YAML parsers imported only when asked
 * for: together they were a tenth of the start of a command-line build of plain-text articles.
 */
export async function loadReaders(needs: readonly ReaderNeed[]): Promise<Readers> {
  const readers: Readers = { ...LIGHT_READERS };
  if (needs.includes('markdown')) readers.markdown = (await import('./readMarkdown')).readMarkdown;
  if (needs.includes('html')) readers.html = (await import('./readHtml')).readHtml;
  if (needs.includes('yaml')) readers.yaml = (await import('./yaml')).parseYaml;
  return readers;
}
