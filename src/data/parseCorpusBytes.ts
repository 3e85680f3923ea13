import { parseCorpusText, type ParseResult } from '../core/schema/parseCorpus';
import type { CorpusParseMessage, CorpusParseRequest, PartedKey } from '../worker/corpusParseProtocol';

const onThisThread = (bytes: Uint8Array) => parseCorpusText(new TextDecoder().decode(bytes));

/**
 * Parses and checks a fetched corpus in a Web Worker; where there is none (unit tests under jsdom)
 * or it cannot start (a strict Content-Security-Policy), on this thread, with the same result.
 * Aborting terminates the worker.
 */
export function parseCorpusBytes(bytes: Uint8Array, signal: AbortSignal): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(onThisThread(bytes));
  const worker = new Worker(new URL('../worker/corpusParseWorker.ts', import.meta.url), { type: 'module' });
  let sent = false;
  const parts = new Map<PartedKey, unknown[]>();
  return new Promise<ParseResult>((resolve, reject) => {
    const finish = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    const stop = () => {
      finish();
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<CorpusParseMessage>) => {
      if (event.data.type === 'ready') {
        sent = true;
        const request: CorpusParseRequest = { bytes };
        worker.postMessage(request, [bytes.buffer]);
        return;
      }
      if (event.data.type === 'part') {
        const list = parts.get(event.data.key) ?? [];
        for (const item of event.data.items) list.push(item);
        parts.set(event.data.key, list);
        return;
      }
      finish();
      const { result } = event.data;
      resolve(result.ok ? { ok: true, corpus: { ...result.corpus, ...Object.fromEntries(parts) } } : result);
    };
    worker.onerror = (event) => {
      finish();
      event.preventDefault();
      // Before `ready` the bytes are still here; after, they went to the worker that failed.
      if (!sent) resolve(onThisThread(bytes));
      else reject(new Error(`The corpus could not be checked: ${event.message || 'the worker stopped'}.`));
    };
  });
}
