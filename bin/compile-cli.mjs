#!/usr/bin/env node
// Compiles the command line once (run by `npm install` through the "prepare" script), so
// `parallax` starts from plain JavaScript instead of compiling TypeScript on every run. Packages
// are bundled in too: resolving some 450 files in node_modules one by one cost ~100 ms a start,
// and bundling keeps only the parts used. Each command's modules stay their own chunk, loaded on
// demand. wink-nlp and its model stay outside because the model reads its data files from disk
// beside itself; vite and esbuild are only loaded by `parallax open` and are large.
import { readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Large data tables reach the bundle as JSON.parse of a string instead of a JavaScript literal:
 * V8 reads JSON about twice as fast as the same object written as code, and these tables (the
 * countries, the language detector's n-grams) were a quarter of a small build's start.
 */
const dataAsJson = {
  name: 'data-as-json',
  setup(build) {
    const parsed = (data) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
    build.onLoad({ filter: /node_modules[\\/].*\.json$/ }, (args) => ({
      contents: `module.exports = ${parsed(JSON.parse(readFileSync(args.path, 'utf8')))};`,
      loader: 'js',
    }));
    build.onLoad({ filter: /node_modules[\\/]eld[\\/]src[\\/]ngrams[\\/][a-z]+\.js$/ }, async (args) => {
      const { ngramsData } = await import(pathToFileURL(args.path).href);
      return { contents: `export const ngramsData = ${parsed(ngramsData)};`, loader: 'js' };
    });
  },
};

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
  plugins: [dataAsJson],
});
