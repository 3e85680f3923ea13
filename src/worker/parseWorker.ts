import { readSaved, type SavedResult } from './savedStore';

/** The id of a corpus saved in this browser's IndexedDB. */
export type ParseRequest = { saved: string };

/** The checked corpus as JSON text: the page reads it back with one JSON.parse, far cheaper than a structured clone. */
export type ParseReply = { ok: true; json: string } | Extract<SavedResult, { ok: false }>;

/**
 * Reads and checks a saved corpus off the page's main thread: schema and offsets of a 10 MB corpus
 * (one 100,000-line article) held the page for 300 ms and more, and filled its heap with copies
 * whose collection was a long pause of its own. Fetched corpora go through corpusParseWorker.
 */
self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const result = await readSaved(event.data.saved);
  const reply: ParseReply = result.ok ? { ok: true, json: JSON.stringify(result.corpus) } : result;
  self.postMessage(reply);
};
