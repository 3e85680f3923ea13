import { useEffect, useRef } from 'react';
import { cellAt, type Column, type Row } from '../../core/matrix';
import type { Corpus } from '../../core/schema/corpus';
import { useAppHref } from '../../url/links';
import { LongText } from '../../ui/LongText';
import { cutText } from '../../core/text/cutText';
import { ReviewControls } from './ReviewControls';

type Props = {
  corpus: Corpus;
  row: Row;
  column: Column;
  columns: readonly Column[];
  onClose: () => void;
  review: Omit<Parameters<typeof ReviewControls>[0], 'row' | 'column'>;
};

/** The sentence behind a cell, in context, with the value highlighted and links to read or compare it. */
export function EvidencePanel({ corpus, row, column, columns, onClose, review }: Props) {
  const href = useAppHref();
  const panel = useRef<HTMLElement>(null);
  // On a phone the panel sits under the grid: bring it into view when a cell opens it.
  // (A block body: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.)
  useEffect(() => {
    panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [row.id, column.articleId]);
  const cell = cellAt(row, column.articleId);
  const article = corpus.articles.find((a) => a.id === column.articleId);
  if (!cell || !article) return null;
  const others = columns.filter((c) => c.articleId !== column.articleId && Object.hasOwn(row.cells, c.articleId));
  return (
    <aside className="evidence" aria-labelledby="evidence-title" ref={panel}>
      <header className="evidence-head">
        <h3 id="evidence-title">
          <LongText text={row.label} label="Row label" />{' '}
          <span className="muted">
            in <LongText text={column.sourceName} label="Source name" />
          </span>
        </h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {cell.status === 'absent' ? (
        <p>{cutText(column.sourceName)} does not mention this.</p>
      ) : (
        <ul className="evidence-list">
          {cell.evidence.map((e) => {
            const sentence = e.sentence !== null ? article.sentences[e.sentence] : undefined;
            const from = sentence?.start ?? e.start;
            const to = sentence?.end ?? e.end;
            return (
              <li key={`${e.start}-${e.end}`}>
                <blockquote>
                  {article.text.slice(from, e.start)}
                  <mark className="hl-fact">{article.text.slice(e.start, e.end)}</mark>
                  {article.text.slice(e.end, to)}
                </blockquote>
                {e.attribution && (
                  <p className="small">
                    Attributed to: <q>{e.attribution}</q>
                  </p>
                )}
                <p className="evidence-links small">
                  <a href={href({ view: 'articles', article: article.id, sentence: e.sentence })}>
                    Read it in the article
                  </a>
                  {others.slice(0, 3).map((o) => (
                    <a
                      key={o.articleId}
                      href={href({ view: 'diff', a: article.id, b: o.articleId, sentence: e.sentence })}
                    >
                      Compare with {cutText(o.sourceName)}
                    </a>
                  ))}
                  {row.country && (
                    <a href={href({ view: 'reactions', country: row.country })}>
                      See {row.country} on the reactions map
                    </a>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {/* After the evidence: the analyst reads the sentence, then decides. */}
      <ReviewControls
        key={`${row.id}~${column.articleId}~${cell.status === 'absent'}`}
        row={row}
        column={column}
        {...review}
      />
    </aside>
  );
}
