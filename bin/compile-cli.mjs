#!/usr/bin/env node
// Compiles the command line once (run by `npm install` through the "prepare" script), so
// `parallax` starts from plain JavaScript instead of compiling TypeScript on every run. Packages
// stay imports of node_modules; each command's modules are their own chunk, loaded on demand.
import { build } from 'esbuild';

await build({
  entryPoints: { parallax: 'src/cli/main.ts', 'prepare-worker': 'src/cli/prepareWorker.ts' },
  // Two folders deep, like src/cli, so paths relative to a module (the worker's entry) hold in both.
  outdir: 'build/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
