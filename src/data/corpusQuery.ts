import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Corpus } from '../core/schema/corpus';
import type { CorpusError } from '../core/schema/parseCorpus';
import { MAX_CORPUS_BYTES } from './corpusLimit';
import { corpusSourceHere } from './corpusSource';
import { reportCorpusProgress } from './corpusProgress';
import { loadSaved, SAVED_PREFIX } from './importedStore';
import { parseCorpusBytes } from './parseCorpusBytes';
import { readBody } from './readBody';

export const DEFAULT_CORPUS_URL = '/corpus.json';

export type CorpusLoadFailure =
  | CorpusError
  | { kind: 'network'; message: string }
  | { kind: 'http'; message: string; status: number }
  | { kind: 'saved'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'too-large'; message: string; bytes: number; limit: number };

/** A corpus that could not be loaded, with the URL and a reason a person can act on. */
export class CorpusLoadError extends Error {
  readonly url: string;
  readonly failure: CorpusLoadFailure;
  constructor(url: string, failure: CorpusLoadFailure) {
    super(failure.message);
    this.name = 'CorpusLoadError';
    this.url = url;
    this.failure = failure;
  }
}

async function fetchCorpus(url: string, signal: AbortSignal): Promise<Corpus> {
  const source = corpusSourceHere(url);
  if (source.kind === 'refused') throw new CorpusLoadError(url, source);
  if (url.startsWith(SAVED_PREFIX)) {
    const saved = await loadSaved(url.slice(SAVED_PREFIX.length));
    if (!saved.ok) throw new CorpusLoadError(url, { kind: 'saved', message: saved.message });
    return saved.corpus;
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorpusLoadError(url, { kind: 'network', message: `The corpus could not be fetched (${detail}).` });
  }
  if (!response.ok) {
    throw new CorpusLoadError(url, {
      kind: 'http',
      status: response.status,
      message: `The server answered ${response.status} ${response.statusText || ''}`.trim() + ' for the corpus.',
    });
  }
  const result = await readAndParse(url, response, signal);
  if (!result.ok) throw new CorpusLoadError(url, result.error);
  return result.corpus;
}

/** The body read with progress and the size limit, then parsed off the main thread. */
async function readAndParse(url: string, response: Response, signal: AbortSignal) {
  try {
    const body = await readBody(response, MAX_CORPUS_BYTES, (received, total) =>
      reportCorpusProgress(url, { phase: 'download', received, total }),
    );
    if (!body.ok) {
      const error = { kind: 'too-large', message: body.message, bytes: body.bytes, limit: MAX_CORPUS_BYTES } as const;
      return { ok: false, error } as const;
    }
    reportCorpusProgress(url, { phase: 'checking' });
    return await parseCorpusBytes(body.bytes, signal);
  } finally {
    reportCorpusProgress(url, null);
  }
}

/** The single home of the corpus query key and its fetcher. */
export function corpusQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['corpus', url] as const,
    queryFn: ({ signal }) => fetchCorpus(url, signal),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  });
}

/** Suspends until the corpus at `url` is loaded and parsed; throws CorpusLoadError to the nearest boundary. */
export function useCorpus(url: string): Corpus {
  return useSuspenseQuery(corpusQueryOptions(url)).data;
}
