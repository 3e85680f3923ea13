import { SAVED_PREFIX } from './importedStore';

/**
 * Where a `?corpus=` value points, decided before anything is fetched. A link can carry any
 * address, so a corpus from elsewhere must never pass for this site's own: only this site's
 * corpora and the ones saved in this browser load quietly, another http(s) site's corpus loads
 * with a notice naming it, and every other scheme (data:, javascript:, blob:, file:, …) is refused.
 */
export type CorpusSource =
  | { kind: 'saved'; id: string }
  | { kind: 'same-origin'; url: string }
  | { kind: 'other-origin'; url: string; origin: string }
  | { kind: 'refused'; message: string };

const WEB_SCHEMES = new Set(['http:', 'https:']);

/** Pure: `pageHref` is the address of the page (location.href), so tests pass it in. */
export function classifyCorpusUrl(value: string, pageHref: string): CorpusSource {
  if (value.startsWith(SAVED_PREFIX)) return { kind: 'saved', id: value.slice(SAVED_PREFIX.length) };
  const page = new URL(pageHref);
  let target: URL;
  try {
    // WHATWG parsing, as fetch itself would resolve it: `//host/x`, `/\host/x`, stray spaces and
    // upper-case schemes all come out as the browser sees them, not as a string match would.
    target = new URL(value, page);
  } catch {
    return {
      kind: 'refused',
      message: `"${value}" is not an address a corpus can be loaded from.`,
    };
  }
  if (!WEB_SCHEMES.has(target.protocol)) {
    return {
      kind: 'refused',
      message: `This link carries a corpus as a ${target.protocol} address, which Parallax does not open: a corpus must come from a web address (http or https) or be saved in this browser.`,
    };
  }
  if (target.origin === page.origin) return { kind: 'same-origin', url: target.href };
  return { kind: 'other-origin', url: target.href, origin: target.origin };
}

/** The origin check for the page the app runs in (window or worker: both have `location`). */
export function corpusSourceHere(value: string): CorpusSource {
  return classifyCorpusUrl(value, globalThis.location.href);
}
