import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Invented corpora only: the mocks' synthetic one, with one source renamed.

test.describe('heavy corpora', () => {
  test('a corpus whose Content-Length is over the limit is refused with its size, the limit and what to do', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/huge.json',
      (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) },
          body: '{}',
        }),
    );
    await page.goto('/?corpus=/huge.json');
    await expect(page.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    await expect(page.getByText(/The corpus is 300 MB, over the 256 MB this page can load/)).toBeVisible();
    await expect(page.getByText(/Open a smaller corpus/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a 100,000-character source name opens the matrix cut short, with the whole name on demand', async ({
    page,
  }) => {
    const { largeCorpus } = await import('../../mocks/fixtures/largeCorpus');
    const corpus = largeCorpus({ articles: 16, rows: 40 });
    // One unbroken run of letters: the hardest case for line breaking in a narrow column.
    const name = `Quillmarsh${'Q'.repeat(100_000 - 10)}`;
    corpus.sources[0]!.name = name;
    const body = JSON.stringify(corpus);
    await page.route(
      (url) => url.pathname === '/long-name.json',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/?corpus=/long-name.json&view=matrix');
    const grid = page.getByRole('grid', { name: 'Source comparison' });
    await expect(grid.getByRole('gridcell').first()).toBeVisible();
    const header = grid.getByRole('columnheader').filter({ hasText: 'Quillmarsh' }).first();
    await expect(header).toBeVisible();
    const shown = (await header.locator('.mcol-name').innerText()).length;
    expect(shown).toBeLessThan(300);
    await header.getByRole('button', { name: 'Show the full source name (100,000 characters)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Source name in full' });
    await expect(dialog).toBeVisible();
    expect(await dialog.locator('.long-text-full').evaluate((node) => node.textContent)).toBe(name);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
