import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dashboard is a static site: `vite build` writes dist/, served by `vite preview` or any file server.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The Markdown reader runs in the import Web Worker, which has no `document`: take the
      // package's table-based decoder, not its DOM-based "browser" build.
      'decode-named-character-reference': fileURLToPath(
        new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
      ),
    },
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, manifest: true, chunkSizeWarningLimit: 800 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
