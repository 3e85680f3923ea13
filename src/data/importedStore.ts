import { del, get, set } from 'idb-keyval';
import type { Corpus } from '../core/schema/corpus';
import { savedKey, savedStore as store, type SavedResult } from '../worker/savedStore';
import { loadSavedOffThread } from './parseOffThread';

/** A corpus imported in this browser, as the list of saved corpora shows it. */
export type SavedCorpus = { id: string; title: string; articles: number; savedAt: string };

const CATALOGUE = 'catalogue';

/** Corpora imported in the browser live in IndexedDB, so a reload loses nothing; nothing is uploaded. */
export async function listSaved(): Promise<SavedCorpus[]> {
  return ((await get<SavedCorpus[]>(CATALOGUE, store())) ?? []).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}

export async function saveCorpus(corpus: Corpus, savedAt: string): Promise<SavedCorpus> {
  const entry: SavedCorpus = { id: corpus.id, title: corpus.title, articles: corpus.articles.length, savedAt };
  await set(savedKey(corpus.id), corpus, store());
  const others = (await listSaved()).filter((c) => c.id !== corpus.id);
  await set(CATALOGUE, [entry, ...others], store());
  return entry;
}

export async function deleteSaved(id: string): Promise<void> {
  await del(savedKey(id), store());
  await set(
    CATALOGUE,
    (await listSaved()).filter((c) => c.id !== id),
    store(),
  );
}

/**
 * A saved corpus, read and checked in the parse worker where there is one (see parseOffThread):
 * reading and checking a large corpus on the page's thread held it for hundreds of milliseconds.
 */
export function loadSaved(id: string): Promise<SavedResult> {
  return loadSavedOffThread(id);
}

/** `?corpus=saved:<id>` names a corpus kept in this browser. */
export const SAVED_PREFIX = 'saved:';
