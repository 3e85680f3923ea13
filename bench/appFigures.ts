import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright';

export type AppFigures = {
  corpus: string;
  articles: number;
  firstMatrixPaintMs: number;
  filterMs: number;
  heapMb: number;
  /** The diff of two long articles: first rows painted, and the whole table painted. */
  diffOpenMs?: number;
  diffCompleteMs?: number;
};

const PORT = Number(process.env.BENCH_PORT ?? 4191);
const RUNS = 3;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const BASE = `http://127.0.0.1:${PORT}`;

/** Waits, inside the page, until `selector` exists and a frame has been painted with it. */
const painted = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.querySelector(s) !== null, selector, { polling: 'raf', timeout: 120_000 });

export async function startPreview(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return () => process.kill(-server.pid!, 'SIGTERM');
}

/** Time in the page from an input event to the next painted frame. */
async function filterMs(page: Page, text: string): Promise<number> {
  return page.evaluate(async (value) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const started = performance.now();
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, text);
}

async function measure(
  page: Page,
  label: string,
  corpusPath: string | null,
  articles: number,
  search: string,
): Promise<AppFigures> {
  const query = corpusPath ? `&corpus=${encodeURIComponent(corpusPath)}` : '';
  await page.goto(`${BASE}/?view=matrix${query}`);
  await painted(page, '[role=gridcell]');
  const firstMatrixPaintMs = await page.evaluate(() => performance.now());
  const filters = [];
  for (let i = 0; i < 5; i += 1) filters.push(await filterMs(page, i % 2 === 0 ? search : ''));
  filters.sort((a, b) => a - b);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return {
    corpus: label,
    articles,
    firstMatrixPaintMs: Math.round(firstMatrixPaintMs),
    filterMs: Math.round(filters[2]!),
    heapMb: Math.round(heap / 1048576),
  };
}

/**
 * Times from choosing the Diff view to the first painted rows of two long articles' comparison,
 * and to the whole table painted (the table is `aria-busy` until its last rows are in).
 */
async function diffOpenMs(page: Page, corpusPath: string): Promise<{ first: number; complete: number }> {
  await page.goto(`${BASE}/?corpus=${encodeURIComponent(corpusPath)}`);
  await painted(page, 'nav a');
  // Load the view's code once, so the figure is the diff itself, not the chunk download.
  await page.getByRole('link', { name: 'Diff', exact: true }).click();
  await painted(page, '.diff-table[aria-busy=false]');
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await painted(page, 'h2');
  // Passed as text: the TypeScript loader would wrap named functions in helpers the page lacks.
  return page.evaluate(`(async () => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Diff');
    const started = performance.now();
    const paintedWith = (selector) =>
      new Promise((resolve) => {
        const check = () =>
          document.querySelector(selector)
            ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0))
            : requestAnimationFrame(check);
        check();
      });
    link.click();
    const first = await paintedWith('.diff-row');
    const complete = await paintedWith('.diff-table[aria-busy=false]');
    return { first, complete };
  })()`);
}

export type AppCorpus = { label: string; file: string | null; articles: number; search: string };

/**
 * The bench corpora are copied into the built app and served by the preview server like any
 * published corpus: handing 24 MB through Playwright's request interception left the page idle
 * for 1.5 s of a 3.5 s load, a cost no user pays.
 */
const SERVED = 'dist/bench';
const served = (file: string) => `/bench/${path.basename(file)}`;

/** Drives Debian's chromium over the built app (run `vite build` first) for each corpus. */
export async function appFigures(corpora: readonly AppCorpus[], longDiffFile: string | null): Promise<AppFigures[]> {
  mkdirSync(SERVED, { recursive: true });
  for (const file of [...corpora.map((c) => c.file), longDiffFile])
    if (file) copyFileSync(file, path.join(SERVED, path.basename(file)));
  const stop = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const results: AppFigures[] = [];
    for (const c of corpora) {
      // Each figure is the median of RUNS fresh page loads: single loads on this machine varied
      // by up to 1.7× between runs.
      const runs: AppFigures[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const figures = await measure(page, c.label, c.file ? served(c.file) : null, c.articles, c.search);
        if (longDiffFile && c.file === null) {
          const diff = await diffOpenMs(page, served(longDiffFile));
          figures.diffOpenMs = Math.round(diff.first);
          figures.diffCompleteMs = Math.round(diff.complete);
        }
        runs.push(figures);
        await context.close();
      }
      results.push({
        ...runs[0]!,
        firstMatrixPaintMs: median(runs.map((r) => r.firstMatrixPaintMs)),
        filterMs: median(runs.map((r) => r.filterMs)),
        heapMb: median(runs.map((r) => r.heapMb)),
        ...(runs[0]!.diffOpenMs !== undefined ? { diffOpenMs: median(runs.map((r) => r.diffOpenMs!)) } : {}),
        ...(runs[0]!.diffCompleteMs !== undefined
          ? { diffCompleteMs: median(runs.map((r) => r.diffCompleteMs!)) }
          : {}),
      });
    }
    return results;
  } finally {
    await browser.close();
    stop();
    rmSync(SERVED, { recursive: true, force: true });
  }
}
