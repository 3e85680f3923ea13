import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { grid, guardsRow, stored } from './reviewHelpers';

test.describe('analyst review in the exports and across rows', () => {
  test('Download JSON and Copy as table carry the verdict, the note, the reviewer and the correction', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?view=matrix&status=conflict');
    await guardsRow(page).getByRole('gridcell').filter({ hasText: '7' }).click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel('Reviewer').fill('Ana Reviewer');
    await panel.getByLabel('Reviewer').blur();
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.getByLabel('Note').fill('Counts a second incident.');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await stored(page, 2);
    await page.getByLabel('Status').selectOption('all');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, string>[];
    const lines = json.filter((r) => r.row === 'guards injured');
    expect(lines.filter((r) => r.verdict === 'dismissed').map((r) => [r.value, r.note, r.reviewer])).toEqual([
      ['7', 'Counts a second incident.', 'Ana Reviewer'],
    ]);
    expect(lines.find((r) => r.value === '7')!.corrected).toMatch(/^dismissed: removed \(was 7\)/);
    expect(lines.find((r) => r.value === '6')).toMatchObject({ verdict: '', note: '', reviewer: '' });
    await page.getByRole('button', { name: 'Copy as table' }).click();
    const tsv = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(tsv[0]!.split('\t').slice(-4)).toEqual(['verdict', 'note', 'reviewer', 'corrected']);
    expect(tsv.filter((l) => l.includes('\tdismissed\tCounts a second incident.\tAna Reviewer\t'))).toHaveLength(1);
  });

  test('a figure moved to another row says so in both rows, and its new cell undoes the move', async ({ page }) => {
    await page.goto('/?view=matrix&kinds=fact');
    await guardsRow(page).getByRole('gridcell').filter({ hasText: '7' }).click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel("This source's figure belongs to").selectOption({ label: 'people injured' });
    await panel.getByRole('button', { name: 'Move figure' }).click();
    // By the label alone: each row now names the other.
    const labelled = (label: string) =>
      grid(page)
        .getByRole('row')
        .filter({ has: page.locator('.mrow-label', { hasText: new RegExp(`^${label}$`) }) });
    const injured = labelled('people injured');
    const guards = labelled('guards injured');
    await expect(injured.getByRole('rowheader')).toContainText("'s figure moved here from guards injured");
    await expect(guards.getByRole('rowheader')).toContainText("'s figure moved to people injured");
    await stored(page, 1);
    await page.reload();
    const moved = injured.getByRole('gridcell').filter({ hasText: 'moved here from guards injured' });
    await expect(moved).toContainText('7');
    await moved.click();
    await expect(page.getByRole('complementary')).toContainText("'s figure moved here from guards injured.");
    await expectNoAxeViolations(page);
    await page.getByRole('complementary').getByRole('button', { name: 'Undo move' }).click();
    await expect(injured.getByRole('rowheader')).not.toContainText('moved');
    await expect(guards.getByRole('gridcell').filter({ hasText: '7' })).toHaveCount(1);
  });

  test("an entity's spelling is split off from its evidence, kept over a reload, and undone", async ({ page }) => {
    await page.goto('/?view=matrix&kinds=entity&q=green');
    const row = grid(page).getByRole('row').filter({ hasText: 'Green Zone' }).first();
    await row.getByRole('gridcell').filter({ hasNotText: 'not mentioned' }).first().click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel('Another entity is written').selectOption('green zone');
    await panel.getByRole('button', { name: 'Split off' }).click();
    await expect(row.getByRole('rowheader')).toContainText('split off: green zone');
    await stored(page, 1);
    await page.reload();
    await expect(row.getByRole('rowheader')).toContainText('split off: green zone');
    await expectNoAxeViolations(page);
    await page.getByRole('complementary').getByRole('button', { name: 'Undo split' }).click();
    await expect(row.getByRole('rowheader')).not.toContainText('split off');
  });
});
