import { parseCorpusText } from '../core/schema/parseCorpus';
import type { CorpusParseMessage, CorpusParseRequest } from './corpusParseProtocol';

/**
 * Decoding, JSON.parse and the schema and integrity checks of a fetched corpus, off the page's main
 * thread: on a 121 MB corpus they held it for several seconds, with the loading screen frozen.
 * The same function as on the main thread, so the errors are the same.
 */
const post = (message: CorpusParseMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<CorpusParseRequest>) => {
  const text = new TextDecoder().decode(event.data.bytes);
  post({ type: 'result', result: parseCorpusText(text) });
};
post({ type: 'ready' });
