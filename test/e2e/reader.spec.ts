import { expect, test, type Page } from '@playwright/test';
import { lastLineOf, longArticleCorpus } from '../../mocks/fixtures/longArticle';
import { expectNoAxeViolations } from './axe';

// A .txt of 100,000 short lines is valid input; its article once froze, then crashed, the tab.
const LINES = 100_000;
const URL = `/?view=articles&corpus=/long-article.json`;
let body = '';

// How long the page's longest task is while it opens is measured by `npm run bench` (the reader
// figures), not asserted here: a timer in a test measures the machine as much as the code.

/** Serves the long article's corpus. */
async function prepare(page: Page) {
  body ||= JSON.stringify(longArticleCorpus(LINES));
  await page.route(
    (url) => url.pathname === '/long-article.json',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

test.describe('the reader on a 100,000-line article', () => {
  test('opens and scrolls to the end without the tab crashing', async ({ page }) => {
    await prepare(page);
    await page.goto(URL);
    await expect(page.getByRole('heading', { level: 2, name: `An article of ${LINES} lines` })).toBeVisible();
    await expect(page.locator('a.sentence').first()).toBeVisible();
    const end = page.getByText(lastLineOf(LINES), { exact: true });
    // Paragraphs are measured as they are drawn, so the page grows or shrinks near the end: press End until it stays.
    await expect(async () => {
      await page.keyboard.press('End');
      await expect(end).toBeInViewport({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  });

  test('a link to a sentence near the end scrolls to it and focuses it', async ({ page }) => {
    await prepare(page);
    await page.goto(`${URL}&sentence=${LINES - 2}`);
    const selected = page.getByRole('link', { name: `Sentence ${LINES - 1} (selected)` });
    await expect(selected).toBeFocused();
    await expect(selected).toBeInViewport();
    await expect(selected).toHaveText(`Line ${LINES - 1}.`);
    // Clicking another sentence selects it, as in a short article.
    await page.getByText(`Line ${LINES - 3}.`, { exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`sentence=${LINES - 4}`));
    await expect(page.getByRole('link', { name: `Sentence ${LINES - 3} (selected)` })).toBeFocused();
    await expectNoAxeViolations(page, '.reader-article');
  });

  test('Tab walks from sentence to sentence past the paragraphs first drawn', async ({ page }) => {
    await prepare(page);
    await page.goto(URL);
    await page.locator('#sentence-0').focus();
    for (let i = 0; i < 80; i += 1) await page.keyboard.press('Tab');
    await expect(page.locator('#sentence-80')).toBeFocused();
    await expect(page.locator('#sentence-80')).toBeInViewport();
  });

  test('a #sentence anchor scrolls to a sentence that is not drawn yet', async ({ page }) => {
    await prepare(page);
    await page.goto(`${URL}#sentence-${LINES - 10}`);
    const anchored = page.locator(`#sentence-${LINES - 10}`);
    await expect(anchored).toBeInViewport();
    await expect(anchored).toHaveText(`Line ${LINES - 9}.`);
  });
});
