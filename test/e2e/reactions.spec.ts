import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Corpus } from '../../src/core/schema/corpus';
import { expectNoAxeViolations } from './axe';

const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
const codesOf = (reactions: Corpus['reactions']) =>
  [...new Set(reactions.flatMap((r) => (r.country ? [r.country] : [])))].sort();

/** The countries the map colours, read from the drawn shapes once the atlas chunk has loaded. */
async function colouredCodes(page: Page): Promise<string[]> {
  await expect(page.locator('svg.rx-map [data-code]').first()).toBeVisible();
  const codes = await page
    .locator('svg.rx-map [data-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  return codes.sort();
}

test.describe('reactions map', () => {
  test('colours exactly the reacting countries; selection and filters survive a reload', async ({ page }) => {
    await page.goto('/?view=reactions');
    expect(codesOf(corpus.reactions)).toEqual(['DE', 'EG', 'GB', 'IQ', 'IR', 'SA', 'US']);
    await expect.poll(() => colouredCodes(page)).toEqual(codesOf(corpus.reactions));
    // Every other country keeps the "no reaction reported" fill.
    const otherFills = await page
      .locator('svg.rx-map g[aria-hidden="true"] path')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);
    expect(otherFills).toEqual(['#E4E7EB']);

    await page.getByRole('button', { name: /^Germany:/ }).click();
    await expect(page).toHaveURL(/country=DE/);
    const panel = page.getByRole('complementary', { name: 'Germany' });
    // The stance as read, not the same word among the correction form's choices.
    await expect(panel.locator('.rx-stance').getByText('Call for calm', { exact: true })).toBeVisible();
    await expect(panel.getByText('Reported by 1 article, 1 independent').first()).toBeVisible();
    await expect(panel.getByRole('link', { name: /Associated Press, sentence/ }).first()).toHaveAttribute(
      'href',
      /\?view=articles&article=004_94ae286a61bfee6c&sentence=\d+/,
    );
    await expectNoAxeViolations(page);

    const article = corpus.articles[0]!;
    const reported = corpus.reactions.filter((r) => r.mentions.some((m) => m.articleId === article.id));
    await page.getByRole('checkbox', { name: new RegExp(`^Reuters: `) }).check();
    await expect(page).toHaveURL(new RegExp(`src=${article.id}`));
    await expect.poll(() => colouredCodes(page)).toEqual(codesOf(reported));
    expect(codesOf(reported)).toEqual(['IQ', 'IR', 'SA', 'US']);
    await expect(panel.getByText('No reaction from Germany passes the filters.')).toBeVisible();

    await page.reload();
    await expect.poll(() => colouredCodes(page)).toEqual(codesOf(reported));
    await expect(page.getByRole('checkbox', { name: /^Reuters: / })).toBeChecked();
    await expect(page.getByRole('complementary', { name: 'Germany' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the table and the map are usable from the keyboard', async ({ page }) => {
    await page.goto('/?view=reactions');
    const table = page.getByRole('table', { name: /reactions the filters show/i });
    await expect(table.getByRole('row')).toHaveCount(corpus.reactions.length + 1);
    await table.getByRole('button', { name: 'Articles' }).press('Enter');
    await expect(table.getByRole('columnheader', { name: /Articles/ })).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: 'Egypt' }).press('Enter');
    await expect(page).toHaveURL(/country=EG/);
    await expect(page.getByRole('complementary', { name: 'Egypt' })).toBeVisible();

    await page.getByRole('button', { name: /^Iran:/ }).focus();
    await expect(page.getByTestId('map-tooltip')).toContainText('Iran');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/country=IR/);
  });

  test('exports what the filters show: SVG, CSV and GeoJSON', async ({ page }) => {
    await page.goto('/?view=reactions&stance=condemn');
    const condemning = codesOf(corpus.reactions.filter((r) => r.stance === 'condemn'));
    await expect.poll(() => colouredCodes(page)).toEqual(condemning);

    const bytes = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const read = async (button: string) => (await bytes(button)).toString('utf8');

    const svg = await read('Download map as SVG');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName };
    }, svg);
    expect(parsed).toEqual({ error: false, root: 'svg' });

    const png = await bytes('Download map as PNG');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const csv = await read('Download CSV');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^Country code,Country,Actor/);
    expect(lines).toHaveLength(corpus.reactions.filter((r) => r.stance === 'condemn').length + 1);

    const geojson = JSON.parse(await read('Download GeoJSON')) as {
      type: string;
      features: { properties: { code: string } }[];
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f) => f.properties.code).sort()).toEqual(condemning);
  });
});
