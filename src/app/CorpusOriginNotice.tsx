import { corpusSourceHere } from '../data/corpusSource';

/** The other site a `?corpus=` address points to, or null when the corpus is this site's own or saved here. */
export function otherOrigin(url: string): string | null {
  const source = corpusSourceHere(url);
  return source.kind === 'other-origin' ? source.origin : null;
}

/**
 * A link can make this site show a corpus published anywhere; while such a corpus is on screen,
 * every view says whose it is, so a made-up corpus cannot borrow this site's name. Not dismissable.
 */
export function CorpusOriginNotice({ url }: { url: string }) {
  const origin = otherOrigin(url);
  if (!origin) return null;
  return (
    <aside className="notice notice-origin" aria-label="Where this corpus comes from">
      <p>
        <strong>
          This corpus comes from <span className="origin-name">{origin}</span>, not from this site.
        </strong>{' '}
        Its title, articles and sources are as that site published them; this site has not checked them.{' '}
        <a href="?">Open this site’s own corpus</a>
      </p>
    </aside>
  );
}
