import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { validCorpus } from '../../mocks/fixtures/corpora';
import { deleteSaved, listSaved, loadSaved, saveCorpus } from './importedStore';

const named = (id: string) => ({ ...validCorpus, id, title: `Corpus ${id}` });

describe('corpora saved in this browser', () => {
  // A fresh, empty IndexedDB for every test.
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('saves, lists, loads back and deletes', async () => {
    await saveCorpus(named('one'), '2030-01-01T00:00:00.000Z');
    expect(await listSaved()).toEqual([
      { id: 'one', title: 'Corpus one', articles: validCorpus.articles.length, savedAt: '2030-01-01T00:00:00.000Z' },
    ]);
    expect(await loadSaved('one')).toEqual({ ok: true, corpus: named('one') });
    await deleteSaved('one');
    expect(await listSaved()).toEqual([]);
    expect((await loadSaved('one')).ok).toBe(false);
  });

  it('loses no entry when several saves run at once, as from two tabs', async () => {
    const ids = ['north', 'south', 'east', 'west', 'centre'];
    await Promise.all(ids.map((id, i) => saveCorpus(named(id), `2030-01-0${i + 1}T00:00:00.000Z`)));
    expect((await listSaved()).map((c) => c.id)).toEqual([...ids].reverse());
  });

  it('a delete and a save at the same time each keep their effect', async () => {
    await saveCorpus(named('old'), '2030-01-01T00:00:00.000Z');
    await Promise.all([deleteSaved('old'), saveCorpus(named('new'), '2030-01-02T00:00:00.000Z')]);
    expect((await listSaved()).map((c) => c.id)).toEqual(['new']);
  });

  it('saving the same id again replaces its entry, once', async () => {
    await saveCorpus(named('same'), '2030-01-01T00:00:00.000Z');
    await saveCorpus(named('same'), '2030-01-02T00:00:00.000Z');
    expect(await listSaved()).toMatchObject([{ id: 'same', savedAt: '2030-01-02T00:00:00.000Z' }]);
  });
});
