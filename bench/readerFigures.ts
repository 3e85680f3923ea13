import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import { lastLineOf, longArticleCorpus } from '../mocks/fixtures/longArticle';
import { BASE, startPreview } from './appFigures';

export type ReaderFigure = {
  lines: number;
  /** From navigation to the first sentence of the article painted. */
  openMs: number;
  /** The longest main-thread task from navigation until the end of the article was on screen. */
  longestTaskMs: number;
};

const RUNS = 3;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The reader on one article of `lines` short lines (the 1.3 MB .txt of 100,000 lines):
 * time to open it, and the longest task the page ran while opening it and scrolling to its end.
 * Run `vite build` first; the corpus is served by the preview server like any published one.
 */
export async function readerFigures(lines = 100_000): Promise<ReaderFigure> {
  const dir = 'dist/bench-reader';
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'long-article.json'), JSON.stringify(longArticleCorpus(lines)));
  const stop = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const runs: ReaderFigure[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const record: number[] = [];
        (window as unknown as { longTasks: number[] }).longTasks = record;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) record.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${BASE}/?view=articles&corpus=/bench-reader/long-article.json`);
      await page.waitForFunction(() => document.querySelector('a.sentence') !== null, null, {
        polling: 'raf',
        timeout: 120_000,
      });
      const openMs = await page.evaluate(() => performance.now());
      const last = page.getByText(lastLineOf(lines), { exact: true });
      for (let i = 0; i < 20 && !(await last.isVisible()); i += 1) {
        await page.keyboard.press('End');
        await page.waitForTimeout(100);
      }
      const tasks = await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        return (window as unknown as { longTasks: number[] }).longTasks;
      });
      runs.push({ lines, openMs: Math.round(openMs), longestTaskMs: Math.round(Math.max(0, ...tasks)) });
      await context.close();
    }
    return {
      lines,
      openMs: median(runs.map((r) => r.openMs)),
      longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    };
  } finally {
    await browser.close();
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
