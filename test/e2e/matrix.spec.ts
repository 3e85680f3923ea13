import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

type SampleCorpus = {
  articles: { id: string; text: string; sentences: { start: number; end: number }[] }[];
  entities: { name: string }[];
};
const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as SampleCorpus;

const grid = (page: Page) => page.getByRole('grid', { name: 'Source comparison' });
const rowLabels = (page: Page) => grid(page).locator('tbody .mrow-label').allTextContents();

test.describe('matrix', () => {
  test('"conflicts only" shows the injured-guards row with every source\'s figure, and each opens its sentence', async ({
    page,
  }) => {
    await page.goto('/?view=matrix');
    await page.getByLabel('Status').selectOption('conflict');
    await expect(page).toHaveURL(/status=conflict/);
    const row = grid(page).getByRole('row').filter({ hasText: 'guards injured' });
    await expect(row).toHaveCount(1);
    const cells = row.getByRole('gridcell');
    await expect(cells).toHaveCount(5);
    const values = (await cells.locator('.mcell-value').allTextContents()).map(Number).sort((a, b) => a - b);
    expect(values).toEqual([2, 2, 6, 6, 7]);

    for (let i = 0; i < 5; i += 1) {
      await cells.nth(i).click();
      const panel = page.getByRole('complementary');
      const mark = await panel.locator('mark').first().textContent();
      const sentence = await panel.locator('blockquote').first().textContent();
      expect(sentence).toMatch(/injur|wound/i);
      expect(sentence).toContain(mark ?? '@@');
      const href = await panel.getByRole('link', { name: 'Read it in the article' }).first().getAttribute('href');
      const params = new URLSearchParams(href ?? '');
      const article = corpus.articles.find((a) => a.id === params.get('article'))!;
      const s = article.sentences[Number(params.get('sentence'))]!;
      expect(article.text.slice(s.start, s.end)).toBe(sentence);
    }
    await expectNoAxeViolations(page);
  });

  test('filter, copy the link, open it in a new page: same rows, same open cell', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?view=matrix');
    await page.getByLabel('Search').fill('drone');
    await page.getByLabel('Sort').selectOption('coverage');
    await page.getByRole('checkbox', { name: 'Quotes' }).uncheck();
    await grid(page).getByRole('gridcell').filter({ hasNotText: 'not mentioned' }).first().click();
    await expect(page.getByRole('complementary')).toBeVisible();
    const heading = await page.getByRole('complementary').getByRole('heading', { level: 3 }).textContent();
    const rows = await rowLabels(page);
    expect(rows.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/q=drone/);
    expect(link).toMatch(/hash=/);

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(fresh.getByRole('complementary').getByRole('heading', { level: 3 })).toHaveText(heading ?? '');
    expect(await rowLabels(fresh)).toEqual(rows);
    await expect(fresh.getByLabel('Search')).toHaveValue('drone');
    await expect(fresh.getByText(/another version of this corpus/)).toHaveCount(0);
  });

  test('arrow keys move between cells and Enter opens the evidence', async ({ page }) => {
    await page.goto('/?view=matrix&status=conflict');
    await grid(page).getByRole('gridcell').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(grid(page).getByRole('gridcell').nth(2)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/cell=/);
    await expect(page.getByRole('complementary').locator('mark')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(grid(page).getByRole('gridcell').nth(1)).toBeFocused();
  });

  test('CSV export holds exactly the visible rows and columns, and a cell starting with = arrives as text', async ({
    page,
  }) => {
    const tampered = { ...JSON.parse(readFileSync('public/corpus.json', 'utf8')) };
    tampered.entities[0].name = '=HYPERLINK("http://example.com","x")';
    await page.route(
      (url) => url.pathname === '/tampered.json',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(tampered) }),
    );
    await page.goto(`/?corpus=/tampered.json&view=matrix&kinds=entity&q=${encodeURIComponent('=HYPERLINK')}`);
    await page
      .getByRole('button', { name: /^Hide / })
      .first()
      .click();
    const labels = await rowLabels(page);
    expect(labels).toEqual(['=HYPERLINK("http://example.com","x")']);
    const columns = await grid(page).locator('thead .mcol-name').allTextContents();
    expect(columns).toHaveLength(4);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(new Set(parsed.data.map((r) => r['row']))).toEqual(new Set([`'=HYPERLINK("http://example.com","x")`]));
    expect(new Set(parsed.data.map((r) => r['source']))).toEqual(new Set(columns));
    expect(parsed.data).toHaveLength(columns.length);
  });

  test('a legend beside the grid says what every status, icon and button means, in words', async ({ page }) => {
    await page.goto('/?view=matrix');
    const legend = page.locator('details.mlegend');
    await expect(legend).toHaveAttribute('open', '');
    for (const word of ['conflict', 'updated', 'compatible', 'agree', 'one source', 'reported', 'not mentioned'])
      await expect(legend.getByText(word, { exact: true })).toBeVisible();
    for (const key of ['◀ ▶', '☆ ★', '✕', '▾ ▸']) await expect(legend.getByText(key, { exact: true })).toBeVisible();
    // The column buttons and truncated cells carry tooltips too.
    await expect(page.getByRole('button', { name: /^Hide / }).first()).toHaveAttribute('title', /^Hide /);
    await expect(page.getByRole('button', { name: /^Move .* left$/ }).first()).toHaveAttribute('title', /left$/);
    await expect(grid(page).getByRole('gridcell').first()).toHaveAttribute('title', /.+/);
    // The whole page is checked in the first test and on the phone; here the legend itself.
    await expectNoAxeViolations(page, '.mlegend');
  });

  test("a figure row lists each value with the sources giving it, and every value shares the row's colour", async ({
    page,
  }) => {
    await page.goto('/?view=matrix&status=conflict');
    const row = grid(page).getByRole('row').filter({ hasText: 'guards injured' });
    const values = await row.locator('.mrow-values').textContent();
    // "2: A, B · 6: C, D · 7: E": three distinct values, each with its sources.
    expect(values).toMatch(/conflict/);
    expect(values?.split(' · ').map((part) => part.replace(/^.*conflict\s*/, '').split(':')[0])).toEqual([
      '2',
      '6',
      '7',
    ]);
    const statuses = await row.getByRole('gridcell').evaluateAll((cells) => cells.map((c) => c.dataset['status']));
    expect(new Set(statuses)).toEqual(new Set(['conflict']));
  });

  test('many entity rows start collapsed, and opening them is kept in the link', async ({ page }) => {
    await page.goto('/?view=matrix');
    const rowCount = async () => Number(await grid(page).getAttribute('aria-rowcount'));
    await expect(grid(page).getByRole('gridcell').first()).toBeVisible();
    const collapsed = await rowCount();
    // Collapsed entities sit last: scroll the grid to its end to reach their group's header.
    await grid(page).evaluate((table) => table.parentElement!.scrollTo(0, table.parentElement!.scrollHeight));
    const toggle = grid(page).getByRole('button', { name: /People, organisations and places/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(/collapsed=(&|$)/);
    const open = await rowCount();
    expect(open).toBeGreaterThan(collapsed);
    await page.reload();
    await expect(grid(page).getByRole('gridcell').first()).toBeVisible();
    expect(await rowCount()).toBe(open);
  });

  test('the reuse heatmap opens the diff of a pair', async ({ page }) => {
    await page.goto('/?view=matrix');
    await page.getByRole('link', { name: /reuse/i }).first().click();
    await expect(page).toHaveURL(/view=diff&a=.+&b=.+/);
  });
});

test.describe('matrix at scale', () => {
  test('200 sources × 1,000 rows render only what is in view, and the keyboard reaches the far corner', async ({
    page,
  }) => {
    const { largeCorpus } = await import('../../mocks/fixtures/largeCorpus');
    const body = JSON.stringify(largeCorpus({ articles: 200, rows: 1000 }));
    await page.route(
      (url) => url.pathname === '/large.json',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/?corpus=/large.json&view=matrix');
    await expect(page.getByText('1000 rows × 200 sources')).toBeVisible();
    const cells = await grid(page).getByRole('gridcell').count();
    expect(cells).toBeGreaterThan(0);
    expect(cells).toBeLessThan(2000);
    // Column headers are virtualised with the cells: 200 would be laid out on every keystroke.
    expect(await grid(page).getByRole('columnheader').count()).toBeLessThan(30);

    await grid(page).getByRole('gridcell').first().focus();
    await page.keyboard.press('End');
    await expect(page.locator('[data-cell="0-199"]')).toBeFocused();
    await expect(grid(page).locator('th[aria-colindex="201"]')).toBeVisible();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('PageDown');
    await expect(page.locator('[data-cell="50-199"]')).toBeFocused();
    await expect(page.locator('[data-cell="50-199"]')).toHaveAttribute('aria-colindex', '201');
  });
});
