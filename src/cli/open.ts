import { createReadStream, existsSync, watch, type FSWatcher } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from './build';

export type OpenOptions = { port?: number; host?: string };

/** Where the opened corpus is served; the printed address passes it to the app as `?corpus=`. */
export const OPEN_CORPUS_PATH = '/open/corpus.json';
const DEFAULT_PORT = 4173;
const REBUILD_DELAY_MS = 400;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The checkout this command runs from: the nearest folder above it with index.html and package.json. */
function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(path.join(dir, 'index.html')) && existsSync(path.join(dir, 'package.json')))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the dashboard sources (index.html) above the command line');
    dir = up;
  }
  return dir;
}

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target)) {
    if (entry === 'cli' || entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx'))
      continue;
    newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Builds the dashboard into dist/ when it is missing or older than its sources (the command line aside), quietly. */
async function ensureDashboard(root: string, log: (line: string) => void): Promise<string> {
  const dist = path.join(root, 'dist');
  const built = await newestMtime(path.join(dist, 'index.html'));
  const sources = Math.max(
    ...(await Promise.all(
      ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => newestMtime(path.join(root, p))),
    )),
  );
  if (built === 0 || built < sources) {
    log('parallax: building the dashboard (once, until its sources change)…');
    const { build } = await import('vite');
    await build({ root, logLevel: 'warn', build: { rolldownOptions: { checks: { bundlerTimings: false } } } });
  }
  return dist;
}

function serve(dist: string, corpusFile: () => string): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (file: string, cache: string) => {
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': cache,
      });
      createReadStream(file).pipe(response);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (url.pathname === OPEN_CORPUS_PATH) {
      send(corpusFile(), 'no-store');
      return;
    }
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(dist, `.${relative}`);
    if (!file.startsWith(dist + path.sep) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    send(file, relative === '/index.html' ? 'no-cache' : 'public, max-age=300');
  });
}

function listen(server: Server, port: number, host: string, tries: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', done);
      if (error.code === 'EADDRINUSE' && tries > 1) resolve(listen(server, port + 1, host, tries - 1));
      else reject(new Error(`cannot listen on ${host}:${port} (${error.code ?? error.message})`));
    };
    const done = () => {
      server.off('error', failed);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', failed);
    server.once('listening', done);
    server.listen(port, host);
  });
}

/** Folders are watched with their subfolders, files one by one; globs are not watched. */
function watchInputs(inputs: readonly string[], changed: () => void): FSWatcher[] {
  const watchers: FSWatcher[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) continue;
    try {
      watchers.push(watch(input, { recursive: true }, changed));
    } catch {
      watchers.push(watch(input, changed));
    }
  }
  return watchers;
}

/**
 * `parallax open`: build a corpus from the articles, serve the dashboard on it, print the address,
 * and rebuild when the articles change. Resolves with the exit code when stopped (Ctrl+C).
 */
export async function runOpen(
  inputs: string[],
  options: OpenOptions,
  out: NodeJS.WriteStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  const log = (line: string) => out.write(`${line}\n`);
  const work = await mkdtemp(path.join(tmpdir(), 'parallax-open-'));
  let version = 0;
  let current = '';
  const rebuild = async (): Promise<number> => {
    const file = path.join(work, `corpus-${++version}.json`);
    const code = await runBuild(inputs, { out: file, quiet: true }, stderr as NodeJS.WriteStream);
    if (code === 2) return code;
    const previous = current;
    current = file;
    if (previous) await rm(previous, { force: true });
    const corpus = JSON.parse(await readFile(file, 'utf8')) as { articles: unknown[]; sources: unknown[] };
    log(`parallax: ${corpus.articles.length} article(s) from ${corpus.sources.length} source(s)`);
    return code;
  };

  const first = await rebuild();
  if (first === 2) {
    await rm(work, { recursive: true, force: true });
    return 2;
  }
  const dist = await ensureDashboard(appRoot(), log);
  const server = serve(dist, () => current);
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? DEFAULT_PORT, host, options.port === undefined ? 20 : 1);
  log(`Parallax is showing your articles at http://${host}:${port}/?corpus=${OPEN_CORPUS_PATH}`);
  log('It rebuilds when the articles change (reload the page to see it). Ctrl+C stops it.');

  let timer: NodeJS.Timeout | undefined;
  let building: Promise<unknown> = Promise.resolve();
  const watchers = watchInputs(inputs, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      building = building.then(async () => {
        log('parallax: the articles changed; rebuilding…');
        if ((await rebuild()) === 2) log('parallax: no article could be read; still showing the previous corpus');
      });
    }, REBUILD_DELAY_MS);
  });

  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      server.close();
      server.closeAllConnections();
      void building.then(() => rm(work, { recursive: true, force: true })).then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
