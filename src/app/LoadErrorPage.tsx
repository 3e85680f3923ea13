import { CorpusLoadError, DEFAULT_CORPUS_URL } from '../data/corpusQuery';

function advice(error: CorpusLoadError): string {
  switch (error.failure.kind) {
    case 'network':
      return 'Check that the address is right and the server is running, then reload the page.';
    case 'http':
      return error.failure.status === 404
        ? 'No corpus is published at this address. To look at your own articles, run `npx parallax open <folder>` and open the address it prints, or drop the files on the Import page.'
        : 'The server could not deliver the corpus. Try again later, or open the sample corpus.';
    case 'refused':
      return 'To share a corpus, publish its JSON file on a web server and link to its http(s) address, or import the articles on the Import page.';
    case 'saved':
      return 'Corpora imported in the browser stay in this browser only. Open the Import page to import the articles again.';
    case 'too-large':
      return 'Open a smaller corpus: build one from part of the articles with `npx parallax build`, or import fewer files on the Import page.';
    case 'invalid-json':
      return 'The file is not JSON: it may be truncated or an HTML page. Rebuild it with `npx parallax build`.';
    case 'schema':
    case 'offsets':
      return 'The file is JSON but not a Parallax corpus of this version. Rebuild it with `npx parallax build` from the articles.';
  }
}

/** A link can carry a whole file in its address (data:…); show its start, not megabytes of it. */
function shortAddress(url: string): string {
  return url.length > 160 ? `${url.slice(0, 160)}…` : url;
}

/** Shown instead of a view whenever the corpus cannot be used; never a blank page. */
export function LoadErrorPage({ error, url }: { error: unknown; url: string }) {
  if (!(error instanceof CorpusLoadError)) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <section className="error-page" aria-labelledby="error-title">
        <h2 id="error-title">This view failed</h2>
        <p>{message}</p>
        <p>Reload the page; if it happens again, open another view and report the link you were on.</p>
      </section>
    );
  }
  const issues = 'issues' in error.failure ? error.failure.issues : [];
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h2 id="error-title">The corpus could not be loaded</h2>
      <p>
        <strong>{error.message}</strong>
      </p>
      <p>
        Address: <code className="error-address">{shortAddress(url)}</code>
      </p>
      {issues.length > 0 && (
        <>
          <h3>What is wrong</h3>
          <ul className="error-issues">
            {issues.map((issue) => (
              <li key={issue.path}>
                <code>{issue.path}</code>: expected {issue.expected}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{advice(error)}</p>
      <p className="evidence-links">
        {url !== DEFAULT_CORPUS_URL && <a href="?">Open the sample corpus</a>}{' '}
        <a href="?view=import">Import your own articles</a>
      </p>
    </section>
  );
}
