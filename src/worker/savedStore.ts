import { createStore, get } from 'idb-keyval';
import type { Corpus } from '../core/schema/corpus';
import { parseCorpusValue } from '../core/schema/parseCorpus';

/** Where corpora imported in the browser are kept: IndexedDB, reachable from the page and from workers. */
export const savedStore = () => createStore('parallax', 'corpora');
export const savedKey = (id: string) => `corpus:${id}`;

export type SavedResult = { ok: true; corpus: Corpus } | { ok: false; message: string };

/** Stored data is read back through the same boundary parse as a downloaded corpus. */
export async function readSaved(id: string): Promise<SavedResult> {
  const value = await get<unknown>(savedKey(id), savedStore());
  if (value === undefined)
    return {
      ok: false,
      message: `No corpus named "${id}" is stored in this browser. Import the articles again from the Import page.`,
    };
  const parsed = parseCorpusValue(value);
  return parsed.ok ? parsed : { ok: false, message: parsed.error.message };
}
