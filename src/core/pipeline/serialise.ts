import type { Corpus } from '../schema/corpus';

/** The corpus as written to disk: stable key order from the schema, two-space indent, final newline. */
export function serialiseCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
