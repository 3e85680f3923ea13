import type { Corpus } from '../core/schema/corpus';
import type { ParseResult } from '../core/schema/parseCorpus';

/** What the page sends the corpus worker: the fetched bytes, transferred rather than copied. */
export type CorpusParseRequest = { bytes: Uint8Array };

/** The corpus's lists that grow with its size, sent in parts. */
export const PARTED = ['articles', 'alignments', 'facts', 'entities', 'quotes', 'reactions'] as const;
export type PartedKey = (typeof PARTED)[number];

/**
 * Items per message, for about 1.5 MB each on the bench's 5,000-article corpus (an entity carries
 * all its mentions, an alignment a few numbers), so none takes the page long to copy in: at 3 MB a
 * message took the page 100-250 ms on a busy two-core machine.
 */
export const PART_SIZE: Record<PartedKey, number> = {
  articles: 100,
  alignments: 2000,
  facts: 50,
  entities: 10,
  quotes: 3,
  reactions: 10,
};

/**
 * `ready` first, so the page keeps its bytes until the worker is known to run; then a valid corpus's
 * long lists in parts, then the result with the rest. Each message is copied into the page in one
 * task: the whole 121 MB corpus in one message held the page for over a second.
 */
export type CorpusParseMessage =
  | { type: 'ready' }
  | { type: 'part'; key: PartedKey; items: Corpus[PartedKey] }
  | { type: 'result'; result: ParseResult };
