// Worker-thread entry for `parallax build`: worker threads do not inherit the main thread's
// loader, so the worker loads its own module the same way the command line does.
import { loadEntry } from './entry.js';

await loadEntry('prepare-worker.mjs', 'src/cli/prepareWorker.ts');
