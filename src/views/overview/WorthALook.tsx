import { useMemo } from 'react';
import { STATUS_INFO } from '../../core/matrix';
import { conflictHighlights, reuseHighlights } from '../../core/overview/highlights';
import type { Corpus } from '../../core/schema/corpus';
import { useAppHref } from '../../url/links';

export function WorthALook({ corpus, titleOf }: { corpus: Corpus; titleOf: (id: string) => string }) {
  const href = useAppHref();
  const conflicts = useMemo(() => conflictHighlights(corpus), [corpus]);
  const reuse = useMemo(() => reuseHighlights(corpus), [corpus]);
  if (conflicts.length === 0 && reuse.length === 0) {
    return <p className="muted">No conflicting or updated figures and no shared text were found in this corpus.</p>;
  }
  return (
    <div className="worth-grid">
      {conflicts.length > 0 && (
        <div>
          <h3>Figures the sources disagree on or updated</h3>
          <ul className="worth-figures">
            {conflicts.map((c) => (
              <li key={c.factId}>
                <span className={`mstatus mcell-${c.status}`}>
                  <span aria-hidden="true">{STATUS_INFO[c.status].icon}</span> {STATUS_INFO[c.status].word}
                </span>{' '}
                <a href={href({ view: 'matrix', status: c.status, q: c.label })}>{c.label}</a>: {c.values}{' '}
                <span className="muted">({c.articles} articles)</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {reuse.length > 0 && (
        <div>
          <h3>Articles that share the most text</h3>
          <ul>
            {reuse.map((r) => (
              <li key={`${r.a}-${r.b}`}>
                <a href={href({ view: 'diff', a: r.a, b: r.b })}>
                  {titleOf(r.a)} ↔ {titleOf(r.b)}
                </a>{' '}
                <span className="muted">({Math.round(r.reuse * 100)}% of the wording shared)</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
