import { LongText } from '../../ui/LongText';
import type { Corpus, SourceEvidence } from '../../core/schema/corpus';

const RULE_LABELS: Record<SourceEvidence['rule'], string> = {
  header: 'header line',
  copyright: 'copyright line',
  'credit-line': 'credit line',
  'site-label': 'site label',
  'wire-attribution': 'wire named in the text',
  none: 'no clue',
};

const KIND_LABELS = { wire: 'Wire', outlet: 'Outlet', unknown: 'Not named' } as const;

export function SourcesTable({ corpus }: { corpus: Corpus }) {
  const count = (id: string) => corpus.articles.filter((a) => a.sourceId === id).length;
  return (
    <div className="table-scroll" role="region" aria-label="Sources table" tabIndex={0}>
      <table className="data-table">
        <caption>Sources, named from what each article says about itself</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Articles</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {corpus.sources.map((source) => (
            <tr key={source.id}>
              <th scope="row">
                <LongText text={source.name} label="Source name" />
              </th>
              <td>
                <span className={`badge badge-${source.kind}`}>{KIND_LABELS[source.kind]}</span>
              </td>
              <td>{count(source.id)}</td>
              <td>
                {source.evidence.length === 0 ? (
                  <span className="muted">The text names no source: no credit, copyright or byline was found.</span>
                ) : (
                  <ul className="evidence-list">
                    {source.evidence.map((e) => (
                      <li key={`${e.articleId}-${e.text}`}>
                        <q>{e.text}</q> <span className="muted">({RULE_LABELS[e.rule]})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
