import { parseCorpusText, type ParseResult } from '../core/schema/parseCorpus';

/** The checked corpus as JSON text: the page reads it back with one JSON.parse, far cheaper than a structured clone. */
export type ParseReply = { ok: true; json: string } | Extract<ParseResult, { ok: false }>;

/**
 * Parses and checks a fetched corpus off the page's main thread: schema and offsets of a 10 MB
 * corpus (one 100,000-line article) held the page for 300 ms and more, and filled its heap with
 * copies whose collection was a long pause of its own.
 */
self.onmessage = (event: MessageEvent<string>) => {
  const result = parseCorpusText(event.data);
  const reply: ParseReply = result.ok ? { ok: true, json: JSON.stringify(result.corpus) } : result;
  self.postMessage(reply);
};
