import type { SupportedRow } from '../../core/diff';
import { useAppHref } from '../../url/links';
import { cellKey } from '../../url/matrixState';

/** A sentence's number as a link into the reader, and the matrix rows the sentence feeds. */
export function SentenceRef({
  articleId,
  sentence,
  side,
  supports,
}: {
  articleId: string;
  sentence: number;
  side: 'A' | 'B';
  supports: readonly SupportedRow[];
}) {
  const href = useAppHref();
  return (
    <span className="diff-ref small">
      <a
        href={href({ view: 'articles', article: articleId, sentence })}
        aria-label={`Read ${side} sentence ${sentence + 1} in the article`}
      >
        {side}
        {sentence + 1}
      </a>
      {supports.slice(0, 3).map((row) => (
        <a key={row.id} className="diff-feeds" href={href({ view: 'matrix', cell: cellKey(row.id, articleId) })}>
          matrix: {row.label}
        </a>
      ))}
    </span>
  );
}
