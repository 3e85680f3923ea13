import { useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogueCorpusUrl, catalogueQueryOptions } from '../../data/catalogueQuery';
import { deleteSaved, listSaved, loadSaved, SAVED_PREFIX } from '../../data/importedStore';
import { downloadText } from '../../ui/download';

/** The corpora this browser holds, beside the sample: open, download as corpus JSON, or delete. */
export function SavedCorpora() {
  const client = useQueryClient();
  const saved = useQuery({ queryKey: ['saved-corpora'], queryFn: listSaved });
  const published = useQuery(catalogueQueryOptions());
  const remove = async (id: string) => {
    await deleteSaved(id);
    await client.invalidateQueries({ queryKey: ['saved-corpora'] });
  };
  const exportCorpus = async (id: string) => {
    const result = await loadSaved(id);
    if (result.ok) downloadText(`${id}.json`, 'application/json', `${JSON.stringify(result.corpus, null, 2)}\n`);
  };
  return (
    <section aria-labelledby="saved-title">
      <h3 id="saved-title">Corpora in this browser</h3>
      <ul className="saved-list">
        {published.data ? (
          published.data.corpora.map((c) => (
            <li key={`published-${c.id}`}>
              <a href={`?corpus=${encodeURIComponent(catalogueCorpusUrl(c.file))}`}>{c.title}</a>{' '}
              <span className="muted small">
                {c.articles} articles from {c.sources} sources, published with this site
              </span>
            </li>
          ))
        ) : (
          <li>
            <a href="?">Sample corpus</a> <span className="muted small">(published with this site)</span>
          </li>
        )}
        {saved.data?.map((c) => (
          <li key={c.id}>
            <a href={`?corpus=${encodeURIComponent(SAVED_PREFIX + c.id)}`}>{c.title}</a>{' '}
            <span className="muted small">
              {c.articles} article{c.articles === 1 ? '' : 's'}, imported {c.savedAt.slice(0, 16).replace('T', ' ')}
            </span>{' '}
            <button
              type="button"
              onClick={() => void exportCorpus(c.id)}
              aria-label={`Download ${c.title} as corpus JSON`}
            >
              Download JSON
            </button>{' '}
            <button type="button" onClick={() => void remove(c.id)} aria-label={`Delete ${c.title} from this browser`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      {published.isError && (
        <p className="notice-inline">The list of published corpora could not be read: {String(published.error)}</p>
      )}
      {saved.isError && <p role="alert">This browser's storage could not be read: {String(saved.error)}</p>}
    </section>
  );
}
