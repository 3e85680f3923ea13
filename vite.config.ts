import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dashboard is a static site: `vite build` writes dist/, served by `vite preview` or any file server.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, manifest: true, chunkSizeWarningLimit: 800 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
