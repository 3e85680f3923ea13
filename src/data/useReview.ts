import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { applyReview } from '../core/review/apply';
import { findingReviews, rowVerdicts } from '../core/review/decisions';
import type { Review, ReviewAction, ReviewDecision, ReviewTarget } from '../core/review/schema';
import type { Corpus } from '../core/schema/corpus';
import { addToReview, emptyReview, loadReview, REVIEW_CHANNEL } from './reviewStore';

export const reviewQueryKey = (hash: string) => ['review', hash] as const;

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The analyst's review of this corpus: what is stored in the browser, the standing verdict and
 * note of each finding, the corrections it makes, and `decide`, which saves a decision as it is made.
 */
export function useReview(corpus: Corpus) {
  const client = useQueryClient();
  const key = reviewQueryKey(corpus.hash);
  const query = useQuery({ queryKey: key, queryFn: () => loadReview(corpus), staleTime: Infinity, retry: false });
  const [saveError, setSaveError] = useState<string | null>(null);
  // Saves still being written: the page says "Saved in this browser" only once none is left.
  const [writing, setWriting] = useState(0);
  // Another tab saved a decision on this corpus: read the stored review again.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(REVIEW_CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === corpus.hash) void client.invalidateQueries({ queryKey: reviewQueryKey(corpus.hash) });
    };
    return () => channel.close();
  }, [client, corpus.hash]);
  const review = useMemo(() => query.data ?? emptyReview(corpus), [query.data, corpus]);
  const states = useMemo(() => findingReviews(review), [review]);
  const verdicts = useMemo(() => rowVerdicts(states), [states]);
  // The corpus as the review corrects it (null with no decisions): its corrections are said
  // beside the findings, and the matrix takes its figure rows' statuses from it.
  const applied = useMemo(() => (review.decisions.length === 0 ? null : applyReview(corpus, review)), [corpus, review]);
  const corrections = useMemo(() => applied?.corrections ?? [], [applied]);

  const save = useCallback(
    async (change: { decisions?: ReviewDecision[]; author?: string }) => {
      // Shown at once; the stored copy (with any other tab's decisions merged in) replaces it.
      client.setQueryData<Review>(key, (old) => {
        const base = old ?? emptyReview(corpus);
        return {
          ...base,
          ...(change.author !== undefined ? { author: change.author } : {}),
          decisions: [...base.decisions, ...(change.decisions ?? [])],
        };
      });
      setWriting((n) => n + 1);
      try {
        client.setQueryData(key, await addToReview(corpus, change));
        setSaveError(null);
      } catch (error) {
        setSaveError(
          `The review could not be kept in this browser (${error instanceof Error ? error.message : String(error)}); it lasts until the page is closed.`,
        );
      } finally {
        setWriting((n) => n - 1);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is derived from the corpus hash
    [client, corpus],
  );

  const decide = useCallback(
    (target: ReviewTarget, action: ReviewAction) =>
      save({
        decisions: [
          {
            id: newId(),
            time: new Date().toISOString(),
            ...(review.author ? { author: review.author } : {}),
            target,
            action,
          },
        ],
      }),
    [save, review.author],
  );
  const setAuthor = useCallback((author: string) => save({ author }), [save]);

  return {
    review,
    states,
    verdicts,
    corrections,
    applied,
    decide,
    setAuthor,
    saveError,
    saving: writing > 0,
    loaded: query.isSuccess,
  };
}
