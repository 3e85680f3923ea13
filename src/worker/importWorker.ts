import { buildCorpus } from '../core/pipeline/buildCorpus';
import type { ImportMessage, ImportRequest } from './importProtocol';

/**
 * The pipeline in a Web Worker: the same core as the command line, off the page's main thread,
 * so the page stays responsive, and cancelling is terminating this worker.
 */
const post = (message: ImportMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { files, id, title } = event.data;
  try {
    const result = buildCorpus(files, { id, title }, (progress) => post({ type: 'progress', ...progress }));
    post({ type: 'done', corpus: result.corpus, problems: result.problems, read: result.read });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
