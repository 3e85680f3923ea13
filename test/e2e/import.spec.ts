import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const folder = 'corpora/kadhimi-2021';
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 3)
  .map((f) => `${folder}/${f}`);

test.describe('import in the browser', () => {
  test('drop three files, watch progress, see them in the matrix, reload, download and load back by URL', async ({
    page,
  }) => {
    await page.goto('/?view=import');
    await expectNoAxeViolations(page);

    // A real drop: a DataTransfer carrying the files, dispatched on the drop zone.
    const dataTransfer = await page.evaluateHandle(
      (contents) => {
        const transfer = new DataTransfer();
        for (const { name, text } of contents) transfer.items.add(new File([text], name, { type: 'text/plain' }));
        return transfer;
      },
      files.map((f) => ({ name: f.split('/').pop()!, text: readFileSync(f, 'utf8') })),
    );
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByRole('heading', { name: '3 files to import' })).toBeVisible();
    await page.getByLabel('Corpus title').fill('Three dropped articles');
    await page.getByRole('button', { name: 'Build the corpus' }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.getByText('Read 3 articles, skipped 0 files or records.')).toBeVisible({ timeout: 60_000 });

    await page.getByRole('link', { name: 'Open the matrix' }).click();
    await expect(page).toHaveURL(/corpus=saved%3A|corpus=saved:/);
    await expect(page.locator('.corpus-title')).toHaveText('Three dropped articles');
    await expect(page.getByRole('grid', { name: 'Source comparison' }).locator('thead .mcol-name')).toHaveCount(3);

    await page.reload();
    await expect(page.getByRole('grid', { name: 'Source comparison' }).locator('thead .mcol-name')).toHaveCount(3);

    await page.goto('/?view=import');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Three dropped articles as corpus JSON' }).click(),
    ]);
    const body = readFileSync((await download.path())!, 'utf8');
    await page.route(
      (url) => url.pathname === '/downloaded.json',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/?corpus=/downloaded.json&view=articles');
    await expect(page.locator('.corpus-title')).toHaveText('Three dropped articles');
    await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(3);
  });

  test('a pasted article and a bad file: the good one is kept, the bad one is named', async ({ page }) => {
    await page.goto('/?view=import');
    await page.getByLabel('Name').fill('pasted note');
    await page
      .getByLabel(/^Text/)
      .fill(
        'title: Harbour reopens\n\nThe harbour reopened on Monday after the storm. Four ferries resumed service, the port authority said.',
      );
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await page
      .locator('input[type=file][multiple]')
      .setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 159, 146, 150, 0, 1]) });
    await page.getByRole('button', { name: 'Build the corpus' }).click();
    await expect(page.getByText('Read 1 article, skipped 1 file or record.')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('status').filter({ hasText: 'broken.txt' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a file that can no longer be read is named, and the readable one is imported', async ({ page }) => {
    // A file chosen from disk and deleted before the build: the browser refuses its bytes, as it does a dropped folder.
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-unreadable-'));
    const good = path.join(dir, 'harbour.txt');
    const gone = path.join(dir, 'vanished.txt');
    writeFileSync(
      good,
      'title: Harbour reopens\n\nThe harbour reopened on Monday after the storm, the port authority said.',
    );
    writeFileSync(gone, 'title: Bridge closes\n\nThe bridge closed for repairs on Friday, the city said.');
    try {
      await page.goto('/?view=import');
      await page.locator('input[type=file][multiple]').setInputFiles([good, gone]);
      await expect(page.getByRole('heading', { name: '2 files to import' })).toBeVisible();
      rmSync(gone);
      await page.getByRole('button', { name: 'Build the corpus' }).click();
      await expect(page.getByText('Read 1 article, skipped 1 file or record.')).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('.import-result')).toContainText(/vanished\.txt: could not be read/);
      await expectNoAxeViolations(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a full storage keeps the built corpus, says why and offers it as a download', async ({ page }) => {
    // The browser's storage for the site is full: every write to IndexedDB fails as a real quota error does.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/?view=import');
    await page.getByLabel('Name').fill('quota note');
    await page
      .getByLabel(/^Text/)
      .fill('title: Tram line opens\n\nThe new tram line opened on Sunday, the council said.');
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    await page.getByLabel('Corpus title').fill('Unsaved corpus');
    await page.getByRole('button', { name: 'Build the corpus' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be saved in this browser', { timeout: 60_000 });
    await expect(alert).toContainText("This browser's storage for this site is full.");
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the corpus (JSON)' }).click(),
    ]);
    const corpus = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { title: string; articles: unknown[] };
    expect(corpus.title).toBe('Unsaved corpus');
    expect(corpus.articles).toHaveLength(1);
    await expectNoAxeViolations(page);
  });

  test('the corpora the site publishes in index.json are listed and open', async ({ page }) => {
    const catalogue = JSON.parse(readFileSync('public/index.json', 'utf8')) as { corpora: { title: string }[] };
    await page.goto('/?view=import');
    const link = page.getByRole('link', { name: catalogue.corpora[0]!.title });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator('.corpus-title')).toHaveText(catalogue.corpora[0]!.title);
  });

  test('every input format and the manifest work in the browser as on the command line', async ({ page }) => {
    const mixed = 'test/fixtures/mixed';
    await page.goto('/?view=import');
    await page.locator('input[type=file][multiple]').setInputFiles(readdirSync(mixed).map((f) => `${mixed}/${f}`));
    await page.getByRole('button', { name: 'Build the corpus' }).click();
    await expect(page.getByText('Read 8 articles, skipped 1 file or record.')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.import-result').getByText('05-feed.jsonl')).toBeVisible();
    await page.getByRole('link', { name: 'Open the matrix' }).click();
    await expect(
      page
        .getByRole('grid', { name: 'Source comparison' })
        .locator('thead .mcol-name')
        .filter({ hasText: 'Lower Town Blog' }),
    ).toHaveCount(1);
  });

  test('cancel stops a long import at once and keeps the files listed', async ({ page }) => {
    await page.goto('/?view=import');
    const text = readFileSync(files[1]!, 'utf8');
    await page.locator('input[type=file][multiple]').setInputFiles(
      Array.from({ length: 150 }, (_, i) => ({
        name: `copy-${i}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(`${text}\n\nEdition ${i}.`),
      })),
    );
    await page.getByRole('button', { name: 'Build the corpus' }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alert')).toContainText('Import cancelled.');
    await expect(page.getByRole('heading', { name: '150 files to import' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Build the corpus' })).toBeEnabled();
  });

  test('a saved corpus that is gone says what to do', async ({ page }) => {
    await page.goto('/?corpus=saved:nothing-here');
    await expect(page.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    await expect(page.getByText(/Import page/).first()).toBeVisible();
  });
});
