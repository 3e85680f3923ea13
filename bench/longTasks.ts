/**
 * The longest main-thread task while a large corpus loads (Overview, then the matrix) and while
 * the matrix filters as someone types, from Chromium's 'longtask' entries (tasks over 50 ms).
 *   tsx bench/longTasks.ts <corpus.json>   this step alone, after `vite build`; prints JSON
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright';
import { startPreview } from './appFigures';

export type LongTasks = {
  articles: number;
  megabytes: number;
  /** Longest task from navigation until the view is on screen and the page has settled, in ms. */
  overviewLoadMs: number;
  matrixLoadMs: number;
  /** Longest task while five characters are typed into the matrix's search box, one every 100 ms. */
  filterMs: number;
  /** Navigation to the matrix's first painted cell, for scale. */
  matrixReadyMs: number;
};

const BASE = `http://127.0.0.1:${Number(process.env.BENCH_PORT ?? 4191)}`;
const SERVED = 'dist/bench';

// As text: the TypeScript loader would wrap the function in a helper the page lacks.
const OBSERVE = `window.__longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });`;

const longest = async (page: Page) => Math.round(Number(await page.evaluate('window.__longest')));
const reset = (page: Page) => page.evaluate('window.__longest = 0');
/** The page has settled: nothing ran for a second (a long task would push the timer back). */
const settle = (page: Page) => page.waitForTimeout(1500);

async function open(page: Page, view: string, corpus: string, selector: string): Promise<number> {
  await page.goto(`${BASE}/?view=${view}&corpus=${encodeURIComponent(corpus)}`);
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector, { timeout: 300_000, polling: 100 });
  return page.evaluate(() => performance.now());
}

/** Serves `file` from the built app (run `vite build` first) and measures it in Debian's chromium. */
export async function longTaskFigures(file: string, articles: number, megabytes: number): Promise<LongTasks> {
  mkdirSync(SERVED, { recursive: true });
  copyFileSync(file, path.join(SERVED, path.basename(file)));
  const corpus = `/bench/${path.basename(file)}`;
  const stop = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    // The length chart loads after the tables; the figure counts it too.
    await open(page, 'overview', corpus, 'figure.chart svg');
    await settle(page);
    const overviewLoadMs = await longest(page);
    const matrixReadyMs = Math.round(await open(page, 'matrix', corpus, '[role=gridcell]'));
    await settle(page);
    const matrixLoadMs = await longest(page);
    await reset(page);
    await page.locator('input[type=search]').pressSequentially('calmx', { delay: 100 });
    await settle(page);
    const filterMs = await longest(page);
    await context.close();
    return { articles, megabytes, overviewLoadMs, matrixLoadMs, filterMs, matrixReadyMs };
  } finally {
    await browser.close();
    stop();
    rmSync(SERVED, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/longTasks.ts <corpus.json>');
  const { statSync, readFileSync } = await import('node:fs');
  const articles = (JSON.parse(readFileSync(file, 'utf8')) as { articles: unknown[] }).articles.length;
  const figures = await longTaskFigures(file, articles, Math.round(statSync(file).size / 2 ** 20));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
