import type { Corpus } from '../core/schema/corpus';
import { missingTargets, useLinkTargets } from '../url/missingTargets';

/** A link to an article or sentence this corpus lacks says so, instead of quietly showing another. */
export function MissingTargetNotice({ corpus }: { corpus: Corpus }) {
  const missing = missingTargets(corpus, useLinkTargets());
  if (missing.length === 0) return null;
  return (
    <div role="alert" className="notice">
      <span>
        {missing.map((line) => (
          <span key={line} className="missing-target">
            {line}{' '}
          </span>
        ))}
        The link may have been made for another corpus.
      </span>
    </div>
  );
}
