import { useState } from 'react';

/**
 * The first rows of a long table, and a step more each time the reader asks. A <table> is laid out
 * whole, so thousands of rows (a 5,000-article corpus has 3,000 sources) held the page's main
 * thread on every redraw, and drawing them in parts only laid the growing table out again and again.
 */
export function useShownRows(first: number, step: number): { limit: number; more: () => void } {
  const [limit, setLimit] = useState(first);
  return { limit, more: () => setLimit((n) => n + step) };
}

type Props = { shown: number; total: number; step: number; what: string; onMore: () => void };

export function ShowMore({ shown, total, step, what, onMore }: Props) {
  if (shown >= total) return null;
  const format = (n: number) => n.toLocaleString('en-US');
  return (
    <p className="show-more">
      <span className="muted small">
        Showing {format(shown)} of {format(total)} {what}.
      </span>{' '}
      <button type="button" onClick={onMore}>
        Show {format(Math.min(step, total - shown))} more
      </button>
    </p>
  );
}
