import { createContext, useCallback, useContext } from 'react';
import type { ViewName } from './viewState';

/** A link inside the app: the view and that view's keys. Null, undefined and false keys stay out. */
export type AppLink = { view?: ViewName } & Record<string, string | number | boolean | null | undefined>;

/**
 * Every in-app link is built here, so none forgets the corpus: `corpus` is the `?corpus=` value
 * the page was opened with (a URL or `saved:<id>`), null for the published sample.
 */
export function appHref(link: AppLink, corpus: string | null): string {
  const params = new URLSearchParams();
  const { view, ...keys } = link;
  if (view && view !== 'overview') params.set('view', view);
  for (const [key, value] of Object.entries(keys)) {
    if (value === null || value === undefined || value === false || key === 'corpus') continue;
    params.set(key, String(value));
  }
  if (corpus) params.set('corpus', corpus);
  const query = params.toString();
  return query ? `?${query}` : '?';
}

/** The corpus the views show, provided once by the shell; without a provider, the sample. */
export const CorpusKeyContext = createContext<string | null>(null);

/** `const href = useAppHref(); <a href={href({ view: 'diff', a, b })}>` keeps the loaded corpus in the link. */
export function useAppHref(): (link: AppLink) => string {
  const corpus = useContext(CorpusKeyContext);
  return useCallback((link: AppLink) => appHref(link, corpus), [corpus]);
}
