import { formatBytes } from '../data/corpusLimit';
import { useCorpusProgress } from '../data/corpusProgress';

/**
 * The loading screen: bytes received (of the total when the server says it), then the check, so a
 * large corpus visibly moves instead of showing one line for many seconds.
 */
export function CorpusLoading({ url }: { url: string }) {
  const progress = useCorpusProgress(url);
  if (progress?.phase === 'checking')
    return (
      <div role="status" className="loading">
        <p>Checking the corpus…</p>
        <progress aria-label="Checking the corpus" />
      </div>
    );
  if (progress?.phase === 'download') {
    const { received, total } = progress;
    return (
      <div role="status" className="loading">
        <p>
          Loading the corpus… {formatBytes(received)}
          {total !== null && ` of ${formatBytes(total)}`}
        </p>
        <progress
          aria-label="Loading the corpus"
          {...(total !== null ? { max: total, value: Math.min(received, total) } : {})}
        />
      </div>
    );
  }
  return (
    <p role="status" className="loading">
      Loading the corpus…
    </p>
  );
}
