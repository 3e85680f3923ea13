import { Suspense } from 'react';
import { DEFAULT_CORPUS_URL, useCorpus } from '../data/corpusQuery';
import { cutText } from '../core/text/cutText';
import { CorpusKeyContext } from '../url/links';
import { useCorpusUrlParam, useView, type ViewName } from '../url/viewState';
import { CorpusLoading } from './CorpusLoading';
import { CorpusOriginNotice, otherOrigin } from './CorpusOriginNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadErrorPage } from './LoadErrorPage';
import { MissingTargetNotice } from './MissingTargetNotice';
import { Navigation } from './Navigation';
import { UnknownKeysNotice } from './UnknownKeysNotice';
import { ImportView, VIEW_COMPONENTS } from './views';

function CorpusView({ url, view }: { url: string; view: Exclude<ViewName, 'import'> }) {
  const corpus = useCorpus(url);
  const View = VIEW_COMPONENTS[view];
  // Every in-app link the view builds keeps this corpus (src/url/links.ts); the sample needs no key.
  return (
    <CorpusKeyContext value={url === DEFAULT_CORPUS_URL ? null : url}>
      <MissingTargetNotice corpus={corpus} />
      <View corpus={corpus} />
    </CorpusKeyContext>
  );
}

function CorpusTitle({ url }: { url: string }) {
  const corpus = useCorpus(url);
  const origin = otherOrigin(url);
  return (
    <span
      className="corpus-title"
      title={`${cutText(corpus.title)} · ${cutText(corpus.id)} · schema ${corpus.schemaVersion} · hash ${corpus.hash}`}
    >
      {cutText(corpus.title)}
      {/* Next to the site's name, a corpus from elsewhere carries its origin, never passing as this site's. */}
      {origin && <span className="corpus-title-origin"> (from {origin}, not this site)</span>}
    </span>
  );
}

export function Shell() {
  const [view] = useView();
  const [corpusParam] = useCorpusUrlParam();
  const url = corpusParam ?? DEFAULT_CORPUS_URL;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <h1 className="brand">Parallax</h1>
        <ErrorBoundary resetKey={url} fallback={() => null}>
          <Suspense fallback={null}>
            <CorpusTitle url={url} />
          </Suspense>
        </ErrorBoundary>
        <Navigation current={view} />
      </header>
      <CorpusOriginNotice url={url} />
      <UnknownKeysNotice />
      <main id="main" className="shell-main" tabIndex={-1}>
        <ErrorBoundary resetKey={`${url} ${view}`} fallback={(error) => <LoadErrorPage error={error} url={url} />}>
          <Suspense fallback={<CorpusLoading url={url} />}>
            {view === 'import' ? <ImportView /> : <CorpusView url={url} view={view} />}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
