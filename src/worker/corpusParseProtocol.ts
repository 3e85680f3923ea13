import type { ParseResult } from '../core/schema/parseCorpus';

/** What the page sends the corpus worker: the fetched bytes, transferred rather than copied. */
export type CorpusParseRequest = { bytes: Uint8Array };

/** `ready` first, so the page keeps its bytes until the worker is known to run; then the result. */
export type CorpusParseMessage = { type: 'ready' } | { type: 'result'; result: ParseResult };
