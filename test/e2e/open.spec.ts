import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Invented articles about an invented event.
const article = (town: string, homes: number) =>
  `title: Storm floods ${town}\ndate: 2030-03-04\nsource: ${town} Courier\n\nA storm flooded ${homes} homes in ${town} on Monday, the ${town} Courier reported. Mayor Ilsa Varnock said the river rose two metres overnight.\n`;

/** Resolves with the first stdout line that matches, while collecting everything printed. */
function waitForLine(child: ChildProcess, pattern: RegExp, seen: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = seen
        .join('')
        .split('\n')
        .find((l) => pattern.test(l));
      if (line) {
        child.stdout?.off('data', check);
        resolve(line);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`parallax open exited (${code}): ${seen.join('')}`)));
    check();
  });
}

test.describe('parallax open', () => {
  test('serves a folder of three articles, shows them, and rebuilds when one is added', async ({ page }) => {
    test.setTimeout(180_000);
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-e2e-')), 'valley-storm');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'harrowgate.txt'), article('Harrowgate', 12));
    writeFileSync(path.join(folder, 'lowmere.txt'), article('Lowmere', 30));
    writeFileSync(path.join(folder, 'eastbridge.txt'), article('Eastbridge', 7));
    const child = spawn(process.execPath, ['bin/parallax.js', 'open', folder, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const seen: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => seen.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => seen.push(chunk.toString()));
    try {
      const line = await waitForLine(child, /https?:\/\/\S+/, seen);
      const url = line.match(/https?:\/\/\S+/)![0];
      expect(url).toContain('?corpus=');
      await page.goto(url);
      await expect(page.locator('.corpus-title')).toHaveText('valley-storm');
      const sources = page.getByRole('table', { name: /sources/i });
      await expect(sources.getByRole('rowheader')).toHaveCount(3);
      await expect(sources.getByRole('rowheader', { name: 'Lowmere Courier', exact: true })).toBeVisible();

      writeFileSync(path.join(folder, 'northfield.txt'), article('Northfield', 4));
      await waitForLine(child, /4 article\(s\)/, seen);
      await page.reload();
      await expect(sources.getByRole('rowheader')).toHaveCount(4);
    } finally {
      child.kill('SIGTERM');
      rmSync(path.dirname(folder), { recursive: true, force: true });
    }
  });
});
