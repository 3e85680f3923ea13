import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Any link can name a corpus; these check that one from elsewhere never passes for this site's own.
const OTHER = 'http://other.test/c.json';
const sample = readFileSync(new URL('../../public/corpus.json', import.meta.url), 'utf8');

async function serveFromOtherSite(page: Page) {
  await page.route(OTHER, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: sample,
    }),
  );
}

test.describe('where a corpus comes from', () => {
  test('a corpus carried inside the link as data: is refused, with what to do', async ({ page }) => {
    const made = encodeURIComponent('data:application/json,{"schemaVersion":"1.0.0","id":"x","title":"Official"}');
    await page.goto(`/?corpus=${made}`);
    await expect(page.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    await expect(page.getByText(/as a data: address, which Parallax does not open/)).toBeVisible();
    await expect(page.getByText(/publish its JSON file on a web server/)).toBeVisible();
    await expect(page.locator('.corpus-title')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a corpus from another site carries a notice naming it on every view', async ({ page }) => {
    await serveFromOtherSite(page);
    await page.goto(`/?corpus=${encodeURIComponent(OTHER)}`);
    const notice = page.getByRole('complementary', { name: 'Where this corpus comes from' });
    await expect(notice).toContainText('This corpus comes from http://other.test, not from this site.');
    await expect(page.locator('.corpus-title')).toContainText('(from http://other.test, not this site)');
    await expectNoAxeViolations(page, '.notice-origin');

    for (const view of ['Matrix', 'Reactions', 'Diff', 'Articles']) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: view }).click();
      await expect(page).toHaveURL(/corpus=http/);
      await expect(notice).toBeVisible();
    }
    await page.reload();
    await expect(notice).toContainText('http://other.test');
  });

  test('the notice is readable at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await serveFromOtherSite(page);
    await page.goto(`/?corpus=${encodeURIComponent(OTHER)}`);
    const notice = page.getByRole('complementary', { name: 'Where this corpus comes from' });
    await expect(notice).toBeInViewport();
    const box = await notice.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await expectNoAxeViolations(page, '.notice-origin');
  });

  test('this site’s own corpus has no such notice', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table', { name: /sources/i })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Where this corpus comes from' })).toHaveCount(0);
  });
});
