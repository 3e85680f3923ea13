import { useSyncExternalStore } from 'react';

/** How far the corpus at one URL has got: bytes received (of `total` when the server said), then checking. */
export type CorpusProgress = { phase: 'download'; received: number; total: number | null } | { phase: 'checking' };

const progress = new Map<string, CorpusProgress>();
const listeners = new Set<() => void>();

/**
 * The loading screen reads this; the fetcher writes it. Kept outside React Query's cache because a
 * suspended query has no data to show yet, and outside the URL because it is not shareable state.
 */
export function reportCorpusProgress(url: string, value: CorpusProgress | null): void {
  if (value) progress.set(url, value);
  else progress.delete(url);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCorpusProgress(url: string): CorpusProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(url) ?? null,
    () => null,
  );
}
