#!/usr/bin/env node
// Compiles the command line once (run by `npm install` through the "prepare" script), so
// `parallax` starts from plain JavaScript instead of compiling TypeScript on every run. Packages
// are bundled in too: resolving some 450 files in node_modules one by one cost ~100 ms a start,
// and bundling keeps only the parts used. Each command's modules stay their own chunk, loaded on
// demand. wink-nlp and its model stay outside because the model reads its data files from disk
// beside itself; vite and esbuild are only loaded by `parallax open` and are large.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'build/cli';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { parallax: 'src/cli/main.ts', 'prepare-worker': 'src/cli/prepareWorker.ts' },
  // Two folders deep, like src/cli, so paths relative to a module (the worker's entry) hold in both.
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'vite', 'esbuild', '@vitejs/*'],
  // Bundled CommonJS packages call require(); an ES module has none, so give each chunk one.
  banner: {
    js: "import { createRequire as parallaxCreateRequire } from 'node:module'; const require = parallaxCreateRequire(import.meta.url);",
  },
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
