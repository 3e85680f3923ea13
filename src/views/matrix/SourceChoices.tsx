import { memo, useMemo } from 'react';
import type { Column } from '../../core/matrix';
import { cutText } from '../../core/text/cutText';

type Props = { columns: readonly Column[]; hidden: readonly string[]; onToggle: (articleId: string) => void };

/**
 * One checkbox per source. Memoised on the columns and the hidden list: with 5,000 sources,
 * rebuilding the list on every keystroke in the search box cost more than the filter itself.
 */
export const SourceChoices = memo(
  function SourceChoices({ columns, hidden, onToggle }: Props) {
    const out = useMemo(() => new Set(hidden), [hidden]);
    return columns.map((c) => (
      <label key={c.articleId}>
        <input type="checkbox" checked={!out.has(c.articleId)} onChange={() => onToggle(c.articleId)} />{' '}
        {cutText(c.sourceName)} <span className="muted small">{c.date ?? 'no date'}</span>
      </label>
    ));
  },
  // `onToggle` is made anew on every render but only closes over `hidden`, compared here.
  (a, b) => a.columns === b.columns && a.hidden === b.hidden,
);
