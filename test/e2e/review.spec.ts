import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { grid, guardsRow, stored } from './reviewHelpers';

const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as { id: string; hash: string };

test.describe('analyst review', () => {
  test('dismiss a cell and write a note: both survive a reload and are in the CSV', async ({ page }) => {
    await page.goto('/?view=matrix&status=conflict');
    const seven = guardsRow(page).getByRole('gridcell').filter({ hasText: '7' });
    await seven.click();
    const panel = page.getByRole('complementary');
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'This cell is dismissed.' })).toBeVisible();
    await panel.getByLabel('Note').fill('The 7 counts a second incident.');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await expect(panel.getByRole('button', { name: 'Save note' })).toBeDisabled();
    await expect(panel.getByText('Saved in this browser.')).toBeVisible();
    await stored(page, 2);

    await page.reload();
    const cell = guardsRow(page).getByRole('gridcell').filter({ hasText: '7' });
    await expect(cell).toContainText('dismissed');
    await expect(cell).toHaveClass(/mreview-dismissed/);
    expect(await cell.locator('.mcell-value').evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe(
      'line-through',
    );
    // The open cell is in the URL, so its panel is back with the note in it.
    await expect(page.getByRole('complementary').getByLabel('Note')).toHaveValue('The 7 counts a second incident.');

    await page.getByLabel('Status').selectOption('dismissed');
    await expect(grid(page).locator('tbody .mrow-label')).toHaveText(['guards injured']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), { header: true });
    const lines = csv.data.filter((r) => r.row === 'guards injured');
    expect(lines.length).toBe(5);
    const dismissed = lines.filter((r) => r.verdict === 'dismissed');
    expect(dismissed.map((r) => [r.value, r.note])).toEqual([['7', 'The 7 counts a second incident.']]);
    expect(dismissed[0]!.corrected).toContain('dismissed');
    await expectNoAxeViolations(page);
  });

  test('verify a whole row, undo it, and load a review file with ?review=', async ({ page }) => {
    await page.goto('/?view=matrix&status=conflict');
    await guardsRow(page).getByRole('gridcell').first().click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel('the whole row').check();
    await panel.getByRole('button', { name: 'Verified' }).click();
    await expect(guardsRow(page).getByRole('rowheader')).toContainText('verified');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect(guardsRow(page).getByRole('rowheader')).not.toContainText('verified');

    const review = {
      schemaVersion: '1.0.0',
      corpus: { id: corpus.id, hash: corpus.hash },
      author: 'Second Reader',
      decisions: [
        {
          id: 'shared-1',
          time: '2030-01-01T10:00:00Z',
          target: { kind: 'row', rowId: 'count-guards-injured' },
          action: { kind: 'verdict', verdict: 'verified' },
        },
      ],
    };
    await page.route(
      (url) => url.pathname === '/shared-review.json',
      (route) => route.fulfill({ json: review }),
    );
    await page.goto('/?view=matrix&status=conflict&review=/shared-review.json');
    await expect(page.getByText('Loaded 1 decision(s) by Second Reader')).toBeVisible();
    await expect(guardsRow(page).getByRole('rowheader')).toContainText('verified');
    await page.route(
      (url) => url.pathname === '/foreign-review.json',
      (route) => route.fulfill({ json: { ...review, corpus: { id: 'another-event', hash: 'x' } } }),
    );
    await page.goto('/?view=matrix&review=/foreign-review.json');
    await expect(page.getByRole('alert')).toContainText('the review is of corpus "another-event"');
    await expectNoAxeViolations(page);
  });

  test("two tabs on one corpus: each keeps its decisions and sees the other tab's", async ({ context }) => {
    const [one, two] = [await context.newPage(), await context.newPage()];
    for (const page of [one, two]) await page.goto('/?view=matrix&status=conflict');
    await guardsRow(one).getByRole('gridcell').filter({ hasText: '7' }).click();
    await one.getByRole('complementary').getByRole('button', { name: 'Dismiss' }).click();
    // The second tab never reloaded: its decision must not overwrite the first tab's.
    await guardsRow(two).getByRole('gridcell').first().click();
    await two.getByRole('complementary').getByRole('button', { name: 'Verified' }).click();
    for (const page of [one, two]) {
      await expect(guardsRow(page).locator('.mreview-dismissed')).toHaveCount(1);
      await expect(guardsRow(page).locator('.mreview-verified')).toHaveCount(1);
    }
    await stored(one, 2);
    await one.reload();
    await expect(guardsRow(one).locator('.mreview-dismissed')).toHaveCount(1);
    await expect(guardsRow(one).locator('.mreview-verified')).toHaveCount(1);
  });

  test('the Import page lists the review, downloads it, and loads it back in another browser', async ({
    page,
    browser,
  }) => {
    await page.goto('/?view=matrix&status=conflict');
    await guardsRow(page).getByRole('gridcell').filter({ hasText: '7' }).click();
    await page.getByRole('complementary').getByRole('button', { name: 'Dismiss' }).click();
    await stored(page, 1);
    await page.goto('/?view=import');
    await expect(page.getByRole('listitem').filter({ hasText: `Review of ${corpus.id}` })).toContainText('1 decision');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download the review of ${corpus.id} as JSON` }).click(),
    ]);
    const file = (await download.path())!;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { corpus: { hash: string }; decisions: unknown[] };
    expect(saved.corpus.hash).toBe(corpus.hash);
    expect(saved.decisions).toHaveLength(1);

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto('/?view=import');
    await fresh.getByLabel('Load a review file').setInputFiles({
      name: 'review.json',
      mimeType: 'application/json',
      buffer: readFileSync(file),
    });
    await expect(fresh.getByRole('status').filter({ hasText: 'Loaded 1 decision(s)' })).toBeVisible();
    await expectNoAxeViolations(fresh);
    await fresh.goto('/?view=matrix&status=dismissed');
    await expect(guardsRow(fresh).locator('.mreview-dismissed')).toHaveCount(1);
    await fresh.getByRole('link', { name: 'Import' }).click();
    await fresh.getByLabel('Load a review file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion":"1.0.0","corpus":{"id":"x"}}'),
    });
    await expect(fresh.getByRole('alert')).toContainText('broken.json: corpus.hash');
    await other.close();
  });

  test("a reaction dismissed on the map's panel is dismissed in the matrix too", async ({ page }) => {
    await page.goto('/?view=reactions&country=DE');
    const panel = page.getByRole('complementary');
    const review = panel.getByRole('group', { name: "Review of Germany's reaction" });
    await review.getByRole('button', { name: 'Dismiss' }).click();
    await expect(review).toContainText('dismissed');
    await expect(panel.locator('li.mreview-dismissed')).toHaveCount(1);
    await expectNoAxeViolations(page);
    await stored(page, 1);
    await page.reload();
    await expect(page.getByRole('complementary').locator('li.mreview-dismissed')).toHaveCount(1);
    const table = page.getByRole('table', { name: /Reactions the filters show/ });
    const struck = table.locator('tr.mreview-dismissed');
    await expect(struck).toHaveCount(1);
    await expect(struck).toContainText('dismissed');
    const filter = page.getByRole('group', { name: /^Review \(/ });
    await filter.getByLabel('Verified').check();
    await filter.getByLabel('Not reviewed').check();
    await expect(struck).toHaveCount(0);
    await expect(page).toHaveURL(/verdict=verified%2Cunreviewed|verdict=verified,unreviewed/);
    await page.goto('/?view=matrix&status=dismissed');
    await expect(grid(page).locator('tbody .mrow-label')).toHaveText(['Germany condemned']);
  });

  test("a reaction's stance corrected on the map's panel is kept as a correction beside the original", async ({
    page,
  }) => {
    await page.goto('/?view=reactions&country=DE');
    const germany = () =>
      page
        .getByRole('complementary')
        .locator('.rx-actors > li')
        .filter({ has: page.getByRole('group', { name: "Review of Germany's reaction" }) });
    await germany().getByText('Correct', { exact: true }).click();
    await germany().getByLabel('Stance').selectOption({ label: 'Support' });
    await germany().getByRole('button', { name: 'Save correction' }).click();
    await expect(germany()).toContainText('Stance: Support (was Condemn)');
    await stored(page, 1);
    await page.reload();
    await expect(germany()).toContainText('Stance: Support (was Condemn)');
    await expect(germany().locator('del')).toHaveText('Condemn');
    // The panel, the table and the map read the corrected stance; the pipeline's is said beside it.
    await expect(germany().locator('.rx-stance')).toContainText('Support');
    const line = page
      .getByRole('table', { name: /Reactions the filters show/ })
      .getByRole('row')
      .filter({ hasText: 'stance: Support, was Condemn' });
    await expect(line).toHaveCount(1);
    await expect(page.locator('svg.rx-map [data-code="DE"]')).toHaveAttribute(
      'aria-label',
      /mixed: Support, Call for calm/,
    );
    await expectNoAxeViolations(page);
    await germany().getByRole('button', { name: "Undo the correction of Germany's reaction" }).click();
    await expect(germany()).not.toContainText('Corrected');
  });

  test('merge one entity into another from its evidence, keep it over a reload, undo it', async ({ page }) => {
    await page.goto('/?view=matrix&kinds=entity&q=Mansour');
    const row = grid(page).getByRole('row').filter({ hasText: 'Mansour' });
    await row.getByRole('gridcell').filter({ hasNotText: 'not mentioned' }).first().click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel('Same entity as').selectOption({ label: 'Baghdad (place)' });
    await panel.getByRole('button', { name: 'Merge' }).click();
    await expect(row.getByRole('rowheader')).toContainText('merged into: Baghdad');
    await stored(page, 1);
    await page.reload();
    await expect(row.getByRole('rowheader')).toContainText('merged into: Baghdad');
    await expectNoAxeViolations(page);
    await page.getByRole('complementary').getByRole('button', { name: 'Undo merge' }).click();
    await expect(row.getByRole('rowheader')).not.toContainText('merged');
    await expect(page.getByRole('complementary').getByLabel('Same entity as')).toBeVisible();
  });

  test('dismissing the outlying values turns the conflict row to agree, and the row says what it was', async ({
    page,
  }) => {
    await page.goto('/?view=matrix&status=conflict');
    const panel = page.getByRole('complementary');
    // Every value but the majority's 6: the two 2s and the 7.
    for (const value of ['2', '2', '7']) {
      await guardsRow(page)
        .getByRole('gridcell')
        .filter({ hasText: value })
        .filter({ hasNotText: 'dismissed' })
        .first()
        .click();
      await panel.getByRole('button', { name: 'Dismiss' }).click();
      await expect(panel.getByText('Saved in this browser.')).toBeVisible();
    }
    await page.getByLabel('Status').selectOption('all');
    await expect(guardsRow(page).getByRole('rowheader')).toContainText('status: agree, was conflict');
    await expect(guardsRow(page).locator('.mreview-dismissed')).toHaveCount(3);
  });
});
