import type { RemovedLine } from '../schema/corpus';

/** One input file as the caller read it: the core never touches the file system. */
export type InputFile = { name: string; bytes: Uint8Array };

/** Metadata an input may state about itself (header lines, front matter, record fields). */
export type ArticleMeta = {
  date?: string;
  source?: string;
  title?: string;
  url?: string;
  language?: string;
};

/** An article's raw body with what its header said, before cleaning. */
export type RawArticle = {
  id: string;
  fileName: string;
  /** The body text after the header, with its 1-based line number in the file. */
  body: string;
  bodyFirstLine: number;
  meta: ArticleMeta;
  /** Header lines taken off the top, kept as evidence. */
  headerLines: { text: string; line: number }[];
  /** Page furniture the reader took out of the page's markup (captions, share bars), kept as evidence. */
  furniture?: RemovedLine[];
};

export type IngestProblem = { file: string; record?: number; message: string };

/**
 * A file read: its articles, and problems with single records in it (a JSON Lines file with one
 * broken line still gives the others); or the one problem that stopped the whole file.
 */
export type IngestResult =
  | { ok: true; articles: RawArticle[]; problems?: IngestProblem[] }
  | { ok: false; problem: IngestProblem; problems?: IngestProblem[] };
