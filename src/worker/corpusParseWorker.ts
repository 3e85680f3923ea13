import { parseCorpusText } from '../core/schema/parseCorpus';
import { PART_SIZE, PARTED, type CorpusParseMessage, type CorpusParseRequest } from './corpusParseProtocol';

/**
 * Decoding, JSON.parse and the schema and integrity checks of a fetched corpus, off the page's main
 * thread: on a 121 MB corpus they held it for several seconds, with the loading screen frozen.
 * The same function as on the main thread, so the errors are the same.
 */
const post = (message: CorpusParseMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<CorpusParseRequest>) => {
  const text = new TextDecoder().decode(event.data.bytes);
  const result = parseCorpusText(text);
  if (!result.ok) return post({ type: 'result', result });
  const rest = { ...result.corpus };
  for (const key of PARTED) {
    const list: readonly unknown[] = result.corpus[key];
    for (let at = 0; at < list.length; at += PART_SIZE[key])
      post({ type: 'part', key, items: list.slice(at, at + PART_SIZE[key]) } as CorpusParseMessage);
    rest[key] = [];
  }
  post({ type: 'result', result: { ok: true, corpus: rest } });
};
post({ type: 'ready' });
