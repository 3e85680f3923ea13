import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// A common phone: 390 × 844 CSS pixels, touch.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const VIEWS = [
  ['Overview', '/', 'Overview'],
  ['Matrix', '/?view=matrix', 'Source comparison'],
  ['Reactions', '/?view=reactions', /reactions/i],
  ['Diff', '/?view=diff', /compare|diff/i],
  ['Articles', '/?view=articles', null],
  ['Import', '/?view=import', /import|your own articles/i],
] as const;

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe('on a phone', () => {
  for (const [name, url, heading] of VIEWS) {
    test(`${name} is no wider than the screen`, async ({ page }) => {
      await page.goto(url);
      if (heading) await expect(page.getByRole('heading', { level: 2, name: heading }).first()).toBeVisible();
      else await expect(page.getByRole('article')).toBeVisible();
      // Charts, maps and tables lay out after the data arrives: measure once the page is still.
      await page.waitForLoadState('networkidle');
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    });
  }

  test('the nav wraps onto the screen: every view link is visible without scrolling sideways', async ({ page }) => {
    await page.goto('/');
    const links = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });

  test('a matrix cell can be tapped and opens its evidence, and the page stays the width of the screen', async ({
    page,
  }) => {
    await page.goto('/?view=matrix&status=conflict');
    const grid = page.getByRole('grid', { name: 'Source comparison' });
    const cell = grid.getByRole('gridcell').filter({ hasNotText: 'not mentioned' }).first();
    const box = (await cell.boundingBox())!;
    // The label column leaves room for the cells: the first one is on screen, not behind the labels.
    expect(box.x + box.width / 2).toBeLessThan(390);
    await cell.tap();
    await expect(page).toHaveURL(/cell=/);
    const panel = page.getByRole('complementary');
    await expect(panel.locator('mark').first()).toBeInViewport();
    await expect(panel.getByRole('link', { name: 'Read it in the article' }).first()).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expect(page.getByText('Legend')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
