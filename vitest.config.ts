import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: pure core/CLI code runs in Node; components run in jsdom against msw.
export default defineConfig({
  plugins: [react()],
  test: {
    // Several tests build whole corpora (seconds each); on a busy two-core machine the default 5 s
    // turned them into speed assertions, which belong in `npm run bench`.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/core/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'src/worker/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/url/**/*.test.ts', 'src/data/**/*.test.ts', 'mocks/**/*.test.ts'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
    ],
  },
});
