import type { Corpus } from '../core/schema/corpus';
import { parseCorpusText, type ParseResult } from '../core/schema/parseCorpus';
import type { ParseReply } from '../worker/parseWorker';

/**
 * Parses corpus text in a Web Worker, so checking a large corpus never blocks the page; the page
 * only reads back the checked JSON. Where there is no Worker (tests in jsdom) or it fails to
 * start, the parse runs here.
 */
export function parseCorpusOffThread(text: string): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseCorpusText(text));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../worker/parseWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      const reply = event.data;
      // Checked by the worker: what comes back is the schema's output, so it is trusted as such.
      resolve(reply.ok ? { ok: true, corpus: JSON.parse(reply.json) as Corpus } : reply);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseCorpusText(text));
    };
    worker.postMessage(text);
  });
}
