import { get, promisifyRequest } from 'idb-keyval';
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

/**
 * The corpus and its catalogue entry are written in one IndexedDB transaction, the catalogue read
 * inside it: two tabs saving at once queue behind each other instead of each writing back the list
 * it read before the other's save, which dropped an entry; and no entry outlives or precedes its corpus.
 */
function writeWithCatalogue(
  write: (objects: IDBObjectStore) => void,
  change: (catalogue: SavedCorpus[]) => SavedCorpus[],
): Promise<void> {
  return store()('readwrite', (objects) => {
    write(objects);
    const read = objects.get(CATALOGUE);
    read.onsuccess = () => objects.put(change((read.result as SavedCorpus[] | undefined) ?? []), CATALOGUE);
    return promisifyRequest(objects.transaction);
  });
}

export async function saveCorpus(corpus: Corpus, savedAt: string): Promise<SavedCorpus> {
  const entry: SavedCorpus = { id: corpus.id, title: corpus.title, articles: corpus.articles.length, savedAt };
  await writeWithCatalogue(
    (objects) => objects.put(corpus, savedKey(corpus.id)),
    (catalogue) => [entry, ...catalogue.filter((c) => c.id !== corpus.id)],
  );
  return entry;
}

export async function deleteSaved(id: string): Promise<void> {
  await writeWithCatalogue(
    (objects) => objects.delete(savedKey(id)),
    (catalogue) => catalogue.filter((c) => c.id !== id),
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
