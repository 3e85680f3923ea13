import { queryOptions } from '@tanstack/react-query';
import { parseCatalogue, type Catalogue } from '../core/catalogue/catalogue';

export const CATALOGUE_URL = '/index.json';

/** The published catalogue, if the site has one: a missing index.json simply means no list. */
async function fetchCatalogue(signal: AbortSignal): Promise<Catalogue | null> {
  const response = await fetch(CATALOGUE_URL, { signal, headers: { accept: 'application/json' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${CATALOGUE_URL} answered ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new Error(`${CATALOGUE_URL} is not valid JSON`);
  }
  const parsed = parseCatalogue(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.catalogue;
}

export function catalogueQueryOptions() {
  return queryOptions({
    queryKey: ['catalogue'],
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** A catalogue entry's corpus address, resolved against the catalogue's own address. */
export function catalogueCorpusUrl(file: string): string {
  return new URL(file, new URL(CATALOGUE_URL, 'http://host')).pathname;
}
