import type { BuildProgress } from '../core/pipeline/buildCorpus';
import type { Corpus, Problem } from '../core/schema/corpus';

/** What the page sends the import worker: the files' bytes, never a path or a URL. */
export type ImportRequest = { files: { name: string; bytes: Uint8Array }[]; id: string; title: string };

export type ImportMessage =
  | ({ type: 'progress' } & BuildProgress)
  | { type: 'done'; corpus: Corpus; problems: Problem[]; read: number }
  | { type: 'failed'; message: string };
