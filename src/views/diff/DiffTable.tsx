import { useId } from 'react';
import type { SupportedRow } from '../../core/diff';
import type { Article } from '../../core/schema/corpus';
import { useAppHref } from '../../url/links';
import { useGrowingLimit } from '../../ui/useGrowingLimit';
import { plainText, type ShownRow } from './rowSummary';
import { SentenceRef } from './SentenceRef';
import { WordDiffText } from './WordDiffText';

type Props = {
  a: Article;
  b: Article;
  aName: string;
  bName: string;
  rows: readonly { shown: ShownRow; index: number }[];
  supportsA: Map<number, SupportedRow[]>;
  supportsB: Map<number, SupportedRow[]>;
  /** Rows that must be in the first frame (a linked sentence's row and those above it). */
  firstRows?: number;
};

/**
 * Rows drawn in the first frame: more than a screenful. Two long articles make hundreds of rows
 * and thousands of elements; the rest follow in the next task, so the comparison shows at once
 * and the whole table is in the page (for find-in-page and the strip) a moment later.
 */
const FIRST_ROWS = 60;

/**
 * Both articles in one table, a row per aligned statement: reading down keeps the two sides in
 * step, so scrolling is synchronised by construction. An ARIA table of grid rows rather than a
 * <table>: rows out of view then skip layout and paint (content-visibility), which table rows
 * cannot, and laying out every line of two long articles was most of the time to open them.
 */
export function DiffTable({ a, b, aName, bName, rows, supportsA, supportsB, firstRows = 0 }: Props) {
  const limit = useGrowingLimit(rows.length, Math.max(FIRST_ROWS, firstRows), Infinity);
  const complete = limit >= rows.length;
  const captionId = useId();
  const href = useAppHref();
  return (
    <div role="table" className="diff-table" aria-busy={!complete} aria-labelledby={captionId}>
      <p id={captionId} className="visually-hidden">
        Sentences of {aName} (A) and {bName} (B), aligned; deletions from A are struck through, insertions in B
        underlined.
      </p>
      <div role="rowgroup" className="diff-head">
        <div role="row" className="diff-cols">
          <div role="columnheader">A: {aName}</div>
          <div role="columnheader">B: {bName}</div>
          <div role="columnheader">Match</div>
        </div>
      </div>
      <div role="rowgroup">
        {rows.slice(0, limit).map(({ shown, index }) => {
          const { row, ops, tone, label } = shown;
          const aIdx = row.kind === 'pair' ? row.a : row.kind === 'only-a' ? [row.a] : [];
          const bIdx = row.kind === 'pair' ? row.b : row.kind === 'only-b' ? [row.b] : [];
          return (
            <div
              role="row"
              key={index}
              id={`diff-row-${index}`}
              tabIndex={-1}
              className={`diff-row diff-cols tone-${tone}`}
              data-a={aIdx.join(',')}
              data-b={bIdx.join(',')}
            >
              <div role="cell" className="diff-a">
                {aIdx.length > 0 && (ops ? <WordDiffText ops={ops} side="a" /> : plainText(a, aIdx))}
                {aIdx.map((s) => (
                  <SentenceRef key={s} articleId={a.id} sentence={s} side="A" supports={supportsA.get(s) ?? []} />
                ))}
              </div>
              <div role="cell" className="diff-b">
                {bIdx.length > 0 && (ops ? <WordDiffText ops={ops} side="b" /> : plainText(b, bIdx))}
                {bIdx.map((s) => (
                  <SentenceRef key={s} articleId={b.id} sentence={s} side="B" supports={supportsB.get(s) ?? []} />
                ))}
              </div>
              <div role="cell" className="diff-note small">
                <span className="diff-tone">{label}</span>
                {row.kind === 'pair' && row.moved && (
                  <>
                    {' '}
                    (in B it is{' '}
                    <a href={href({ view: 'articles', article: b.id, sentence: row.b[0]! })}>
                      sentence {row.b[0]! + 1}
                    </a>
                    )
                  </>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
