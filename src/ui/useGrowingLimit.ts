import { useEffect, useState } from 'react';

/**
 * How many of `total` rows to draw: `first` at once, then `step` more in each later task until all
 * are drawn. Thousands of rows drawn in one render held the page's main thread for hundreds of
 * milliseconds; in parts, the page answers between them and the top rows show at once.
 */
export function useGrowingLimit(total: number, first: number, step: number): number {
  const [limit, setLimit] = useState(first);
  useEffect(() => {
    if (limit >= total) return;
    const id = setTimeout(() => setLimit((n) => n + step), 0);
    return () => clearTimeout(id);
  }, [limit, total, step]);
  return limit;
}
