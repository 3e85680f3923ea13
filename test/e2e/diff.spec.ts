import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as { articles: { id: string }[] };
const [id0, id1, id2] = corpus.articles.map((a) => a.id);

test.describe('diff', () => {
  test("000 vs 001 pairs the drone sentence with its paraphrase and marks 001's extra sentences as only in B", async ({
    page,
  }) => {
    await page.goto(`/?view=diff&a=${id0}&b=${id1}`);
    const row = page.getByRole('row').filter({ hasText: 'Three drones were used in the attack' });
    await expect(row).toContainText('The attack involved three drones');
    await expect(row.getByRole('cell').nth(2)).toContainText('% similar');
    await expect(page.getByRole('row').filter({ hasText: 'only in B' }).first()).toBeVisible();
    expect(await page.getByRole('row').filter({ hasText: 'only in B' }).count()).toBeGreaterThan(5);
    await expect(page.getByText(/of B's sentences have a counterpart in A/)).toBeVisible();
    // Every sentence of 000 has its counterpart except the stray one-word "October." the source text carries.
    const onlyInA = page.getByRole('row').filter({ hasText: 'only in A' });
    await expect(onlyInA).toHaveCount(1);
    await expect(onlyInA).toContainText('October.');
    await expectNoAxeViolations(page);
  });

  test('pick, swap, changes-only, jump from the strip, and reload keep the view', async ({ page }) => {
    await page.goto('/?view=diff');
    await page.getByLabel('Article B').selectOption(id2!);
    await expect(page).toHaveURL(new RegExp(`b=${id2}`));
    await page.getByRole('button', { name: /Swap A and B/ }).click();
    await expect(page).toHaveURL(new RegExp(`a=${id2}.*b=${id0}|b=${id0}.*a=${id2}`));
    await expect(page.getByRole('columnheader').first()).toContainText('A:');
    await page.getByRole('checkbox', { name: 'Changes only' }).check();
    await expect(page).toHaveURL(/changes=true/);

    const marks = page.getByRole('navigation', { name: 'Overview of the comparison' }).getByRole('button');
    const last = (await marks.count()) - 1;
    await marks.nth(last).click();
    const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focusedId).toMatch(/^diff-row-\d+$/);
    await expect(page.locator(`#${focusedId}`)).toBeInViewport();

    const before = await page.locator('.diff-row').count();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Changes only' })).toBeChecked();
    await expect(page.getByLabel('Article A')).toHaveValue(id2!);
    await expect(page.locator('.diff-row')).toHaveCount(before);
    await expectNoAxeViolations(page);
  });

  test('the strip and the exports work from the keyboard', async ({ page }) => {
    await page.goto(`/?view=diff&a=${id0}&b=${id1}`);
    const mark = page.getByRole('navigation', { name: 'Overview of the comparison' }).getByRole('button').nth(4);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#diff-row-4')).toBeFocused();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<del>');
  });

  test('a matrix evidence link opens the diff at that sentence, and the n-way view shows every source', async ({
    page,
  }) => {
    await page.goto(`/?view=diff&a=${id0}&b=${id1}&sentence=5`);
    await expect(page.locator('.diff-row[data-a="5"]')).toBeFocused();
    await page.getByRole('checkbox', { name: 'Every article side by side' }).check();
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveCount(corpus.articles.length);
    await expectNoAxeViolations(page);
  });
});
