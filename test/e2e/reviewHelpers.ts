import { expect, type Page } from '@playwright/test';

/** What the review's end-to-end specs share: the sample's matrix, its conflict row, and the stored review. */
export const grid = (page: Page) => page.getByRole('grid', { name: 'Source comparison' });
export const guardsRow = (page: Page) => grid(page).getByRole('row').filter({ hasText: 'guards injured' });

/** Waits until the browser's stored review holds `count` decisions: a reload before the write lands would lose it. */
export async function stored(page: Page, count: number) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('parallax-reviews');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('reviews')) return resolve(0);
              const all = db.transaction('reviews').objectStore('reviews').getAll();
              all.onsuccess = () =>
                resolve((all.result as { decisions: unknown[] }[]).reduce((n, r) => n + r.decisions.length, 0));
            };
            open.onerror = () => resolve(0);
          }),
      ),
    )
    .toBe(count);
}
