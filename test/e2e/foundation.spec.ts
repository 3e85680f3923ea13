import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test.describe('foundation', () => {
  test('the overview lists the five sources of the sample corpus', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /sources/i });
    await expect(table.getByRole('rowheader')).toHaveCount(5);
    await expect(table.getByRole('rowheader', { name: 'Reuters', exact: true })).toBeVisible();
    await expect(table.getByText('Copyright © Thomson Reuters.')).toBeVisible();
    await expect(
      page
        .getByRole('figure', { name: /words and sentences/i })
        .locator('svg')
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an article opens from the overview, a sentence link survives reload, back and forward', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('table', { name: /articles/i })
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(/view=articles&article=/);
    const heading = page.getByRole('article').getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    const firstTitle = await heading.textContent();

    await page.locator('a.sentence').nth(3).click();
    await expect(page).toHaveURL(/sentence=3/);
    await expect(page.getByRole('link', { name: 'Sentence 4 (selected)' })).toBeFocused();

    await page.reload();
    await expect(page.getByRole('link', { name: 'Sentence 4 (selected)' })).toBeVisible();
    await expect(heading).toHaveText(firstTitle ?? '');

    await page.getByRole('navigation', { name: 'Articles' }).getByRole('link').nth(2).click();
    await expect(heading).not.toHaveText(firstTitle ?? '');
    // URL writes are throttled; wait for the new entry before going back, as a person would.
    await expect(page).not.toHaveURL(/sentence=/);
    await page.goBack();
    await expect(heading).toHaveText(firstTitle ?? '');
    await expect(page.getByRole('link', { name: 'Sentence 4 (selected)' })).toBeVisible();
    await page.goForward();
    await expect(heading).not.toHaveText(firstTitle ?? '');
    await expectNoAxeViolations(page);
  });

  test('the reader is usable from the keyboard', async ({ page }) => {
    await page.goto('/?view=articles');
    await page.locator('a.sentence').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sentence=1/);
  });

  test('a missing corpus shows an error page that says what to do', async ({ page }) => {
    await page.goto('/?corpus=/missing.json');
    await expect(page.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    await expect(page.getByText(/answered 404/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a malformed corpus shows an error page, not a blank screen', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/broken.json',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{"schemaVersion": "1.0.0", "articles": [',
        }),
    );
    await page.goto('/?corpus=/broken.json');
    await expect(page.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    await expect(page.getByText(/not valid JSON/)).toBeVisible();
  });

  test('a corpus of the wrong shape names the field', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/wrong.json',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ schemaVersion: '1.0.0', id: 'x' }),
        }),
    );
    await page.goto('/?corpus=/wrong.json');
    await expect(page.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    await expect(page.getByText(/title/).first()).toBeVisible();
  });
});
