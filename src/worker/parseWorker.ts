import { parseCorpusText, type ParseResult } from '../core/schema/parseCorpus';
import { readSaved, type SavedResult } from './savedStore';

/** Corpus text fetched by the page, or the id of a corpus saved in this browser's IndexedDB. */
export type ParseRequest = { text: string } | { saved: string };

/** The checked corpus as JSON text: the page reads it back with one JSON.parse, far cheaper than a structured clone. */
export type ParseReply =
  { ok: true; json: string } | Extract<ParseResult, { ok: false }> | Extract<SavedResult, { ok: false }>;

/**
 * Reads and checks a corpus off the page's main thread: schema and offsets of a 10 MB corpus (one
 * 100,000-line article) held the page for 300 ms and more, and filled its heap with copies whose
 * collection was a long pause of its own.
 */
self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  const result = 'text' in request ? parseCorpusText(request.text) : await readSaved(request.saved);
  const reply: ParseReply = result.ok ? { ok: true, json: JSON.stringify(result.corpus) } : result;
  self.postMessage(reply);
};
