import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';

// The first render of a view loads its lazy chunk and parses the corpus; on a 2-core CI machine
// running both test projects at once that took 2.4 s once, past the library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

// Every request a component makes must be answered by a handler: an unhandled one is a test bug.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());
