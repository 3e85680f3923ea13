import { defineConfig } from '@playwright/test';
import { DEBIAN_CHROMIUM, findChromium, thisMachine } from './scripts/chromium.mjs';

// End-to-end tests drive Debian's chromium (no browser download) against the built app served by `vite preview`.
// The browser is looked up as `npm test`'s pretest step found or installed it (scripts/chromium.mjs).
const chromium = findChromium(thisMachine()) ?? DEBIAN_CHROMIUM;
const port = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
