import type { Corpus } from '../core/schema/corpus';
import type { ParseReply, ParseRequest } from '../worker/parseWorker';
import { readSaved, type SavedResult } from '../worker/savedStore';

/**
 * Runs a parse in the parse worker; the page only reads back the checked JSON. Null where there
 * is no Worker (tests in jsdom) or it fails to start: the caller then parses on this thread.
 */
function inWorker(request: ParseRequest): Promise<ParseReply | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../worker/parseWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(null);
    };
    worker.postMessage(request);
  });
}

// Checked by the worker: what comes back is the schema's output, so it is trusted as such.
const corpusOf = (json: string) => JSON.parse(json) as Corpus;

/** Reads and checks a corpus saved in this browser off the page's main thread. */
export async function loadSavedOffThread(id: string): Promise<SavedResult> {
  const reply = await inWorker({ saved: id });
  if (!reply) return readSaved(id);
  return reply.ok ? { ok: true, corpus: corpusOf(reply.json) } : reply;
}
