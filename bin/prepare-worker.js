// Worker-thread entry for `parallax build`: worker threads do not inherit the main thread's
// TypeScript loader, so this registers tsx before loading the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/prepareWorker.ts');
