import type { BuildProgress } from '../core/pipeline/buildCorpus';
import type { ImportMessage, ImportRequest } from '../worker/importProtocol';

export type ImportOutcome = Extract<ImportMessage, { type: 'done' }>;

/** Runs the pipeline in a Web Worker; `cancel` stops it at once by terminating the worker. */
export function runImport(
  request: ImportRequest,
  onProgress: (p: BuildProgress) => void,
): { done: Promise<ImportOutcome>; cancel: () => void } {
  const worker = new Worker(new URL('../worker/importWorker.ts', import.meta.url), { type: 'module' });
  let reject: (error: Error) => void = () => {};
  const done = new Promise<ImportOutcome>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message);
        else fail(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || 'The import worker stopped unexpectedly.'));
    };
  });
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      worker.terminate();
      reject(new Error('Import cancelled.'));
    },
  };
}
