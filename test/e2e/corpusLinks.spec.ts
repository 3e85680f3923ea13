import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Corpus } from '../../src/core/schema/corpus';

// A second corpus, served at another address: the published one under another id and title.
const sample = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
const second = { ...sample, id: 'second-corpus', title: 'A second corpus' };
const SECOND = '/second.json';
const KEY = `corpus=${encodeURIComponent(SECOND)}`;

async function serveSecond(page: Page) {
  await page.route(
    (url) => url.pathname === SECOND,
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(second) }),
  );
}

/** Every in-app link (an href starting with "?") inside `scope` carries `key`; returns how many there are. */
async function expectLinksKeep(page: Page, scope: string, key: string): Promise<number> {
  await expect(page.locator(`${scope} a[href^="?"]`).first()).toBeAttached();
  const hrefs = await page
    .locator(`${scope} a[href^="?"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.includes(key))).toEqual([]);
  return hrefs.length;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Source comparison' });

test.describe('links keep the corpus', () => {
  test.beforeEach(async ({ page }) => serveSecond(page));

  test('Overview: every link keeps ?corpus=, and following one stays on that corpus', async ({ page }) => {
    await page.goto(`/?${KEY}`);
    await expect(page.locator('.corpus-title')).toHaveText('A second corpus');
    await expectLinksKeep(page, 'main', KEY);
    await page
      .getByRole('table', { name: /articles/i })
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(/view=articles/);
    await expect(page).toHaveURL(new RegExp(KEY));
    await expect(page.locator('.corpus-title')).toHaveText('A second corpus');
    await expectLinksKeep(page, 'main', KEY);
  });

  test('matrix: the evidence panel and the reuse heatmap keep it', async ({ page }) => {
    await page.goto(`/?view=matrix&${KEY}`);
    await grid(page).getByRole('gridcell').filter({ hasNotText: 'not mentioned' }).first().click();
    await expect(page.locator('aside.evidence')).toBeVisible();
    await expectLinksKeep(page, 'aside.evidence', KEY);
    await expectLinksKeep(page, 'main', KEY);
    await page.locator('aside.evidence').getByRole('link', { name: 'Read it in the article' }).first().click();
    await expect(page).toHaveURL(new RegExp(`view=articles.*${KEY}`));
    await expect(page.locator('.corpus-title')).toHaveText('A second corpus');
  });

  test('reactions: the country panel keeps it', async ({ page }) => {
    const country = second.reactions[0]!.country;
    await page.goto(`/?view=reactions&country=${country}&${KEY}`);
    await expect(page.locator('.rx-panel')).toBeVisible();
    await expectLinksKeep(page, '.rx-panel', KEY);
    await page.locator('.rx-panel .rx-evidence a').first().click();
    await expect(page).toHaveURL(new RegExp(`view=articles.*${KEY}`));
    await expect(page.locator('.corpus-title')).toHaveText('A second corpus');
  });

  test('diff: sentence links and matrix links keep it', async ({ page }) => {
    const [a, b] = second.articles;
    await page.goto(`/?view=diff&a=${a!.id}&b=${b!.id}&${KEY}`);
    await expect(page.getByRole('heading', { name: 'Compare two articles' })).toBeVisible();
    const count = await expectLinksKeep(page, 'main', KEY);
    expect(count).toBeGreaterThan(10);
    await page
      .getByRole('link', { name: /^Read B sentence/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`view=articles&article=${b!.id}.*${KEY}`));
    await expect(page.locator('.corpus-title')).toHaveText('A second corpus');
  });

  test('a link to an article or sentence the corpus lacks says so', async ({ page }) => {
    await page.goto(`/?view=articles&article=not-here&${KEY}`);
    await expect(page.getByRole('alert')).toContainText('Article “not-here” is not in this corpus (“A second corpus”)');
    const first = second.articles[0]!;
    await page.goto(`/?view=diff&a=${first.id}&b=gone&sentence=2&${KEY}`);
    await expect(page.getByRole('alert')).toContainText('Article “gone” (B) is not in this corpus');
    await page.goto(`/?view=articles&article=${first.id}&sentence=9999&${KEY}`);
    await expect(page.getByRole('alert')).toContainText(`Sentence 10000 is not in article “${first.id}”`);
  });

  test('an imported (saved:) corpus stays in the links too', async ({ page }) => {
    // The import alone may take most of a minute on a loaded two-core machine.
    test.setTimeout(120_000);
    await page.goto('/?view=import');
    // Three invented articles, dropped as files.
    const towns = ['Harrowgate', 'Lowmere', 'Eastbridge'];
    const dataTransfer = await page.evaluateHandle((names) => {
      const transfer = new DataTransfer();
      names.forEach((town, i) => {
        const text = `title: Storm reaches ${town}\ndate: 2030-03-0${i + 1}\nsource: ${town} Courier\n\nA storm reached ${town} on Monday, the ${town} Courier reported. Mayor Ilsa Varnock said ${10 + i} homes were flooded. "We ask everyone to stay calm," she said.\n`;
        transfer.items.add(new File([text], `${town.toLowerCase()}.txt`, { type: 'text/plain' }));
      });
      return transfer;
    }, towns);
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
    await page.getByLabel('Corpus title').fill('Three invented storms');
    await page.getByRole('button', { name: 'Build the corpus' }).click();
    await expect(page.getByText('Read 3 articles, skipped 0 files or records.')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Open the overview' }).click();
    await expect(page.locator('.corpus-title')).toHaveText('Three invented storms');
    const key = new URL(page.url()).searchParams.get('corpus')!;
    expect(key).toMatch(/^saved:/);
    const saved = `corpus=${encodeURIComponent(key)}`;
    await expectLinksKeep(page, 'main', saved);
    // The length chart loads on demand above the table and pushes it down: click once it is in place.
    await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
    await page
      .getByRole('table', { name: /articles/i })
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(/view=articles/);
    await expect(page.locator('.corpus-title')).toHaveText('Three invented storms');
    await expectLinksKeep(page, 'main', saved);
  });
});
