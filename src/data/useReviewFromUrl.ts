import { useQuery, useQueryClient } from '@tanstack/react-query';
import { parseAsString, useQueryState } from 'nuqs';
import { applyReview } from '../core/review/apply';
import { MAX_REVIEW_BYTES, parseReviewText, reviewFits } from '../core/review/parseReview';
import type { Corpus } from '../core/schema/corpus';
import { addToReview } from './reviewStore';
import { reviewQueryKey } from './useReview';

export type ReviewUrlResult = { ok: boolean; message: string };

async function loadFromUrl(url: string, corpus: Corpus): Promise<ReviewUrlResult & { review?: unknown }> {
  let text: string;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok)
      return {
        ok: false,
        message: `The review at ${url} could not be loaded: the server answered ${response.status}.`,
      };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_REVIEW_BYTES)
      return { ok: false, message: `The review at ${url} is over 20 MB; it was not loaded.` };
    text = await response.text();
  } catch (error) {
    return {
      ok: false,
      message: `The review at ${url} could not be fetched (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  // Parsed once, here at the boundary; what is stored and shown afterwards is trusted.
  const parsed = parseReviewText(text, url);
  if (!parsed.ok) return { ok: false, message: `The review was not loaded: ${parsed.message}` };
  const fit = reviewFits(parsed.review, corpus);
  if (fit.fits === 'foreign') return { ok: false, message: `The review was not loaded: ${url}: ${fit.message}` };
  const review = await addToReview(corpus, { decisions: parsed.review.decisions });
  const unmatched = applyReview(corpus, parsed.review).unmatched.length;
  const who = parsed.review.author || 'an unnamed reviewer';
  return {
    ok: true,
    review,
    message: `Loaded ${parsed.review.decisions.length} decision(s) by ${who} from ${url}${
      fit.fits === 'other-build' ? ', made on another build of this corpus' : ''
    }${unmatched > 0 ? `; ${unmatched} name findings this build lacks` : ''}.`,
  };
}

/** `?review=<url>` adds a review file's decisions to this corpus's review, once per address. */
export function useReviewFromUrl(corpus: Corpus): ReviewUrlResult | null {
  const [url] = useQueryState('review', parseAsString);
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['review-url', url, corpus.hash],
    enabled: url !== null && url !== '',
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      const { review, ...result } = await loadFromUrl(url!, corpus);
      if (review) client.setQueryData(reviewQueryKey(corpus.hash), review);
      return result;
    },
  });
  return query.data ?? null;
}
