import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MAX_REVIEW_BYTES, parseReviewText } from '../../core/review/parseReview';
import type { Review } from '../../core/review/schema';
import { addToReview, listReviews, loadReview } from '../../data/reviewStore';
import { downloadText } from '../../ui/download';

const fileName = (r: Review) => `review-${r.corpus.id}-${r.corpus.hash.replace(/^sha256:/, '').slice(0, 12)}.json`;

/** The reviews this browser keeps, one per corpus build: download one as a file, or load one from a file. */
export function SavedReviews() {
  const client = useQueryClient();
  const reviews = useQuery({ queryKey: ['saved-reviews'], queryFn: listReviews });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = async (file: File) => {
    if (file.size > MAX_REVIEW_BYTES) return setMessage({ ok: false, text: `${file.name}: over 20 MB; not loaded.` });
    // Parsed once, here at the boundary, like a review given by address.
    const parsed = parseReviewText(await file.text(), file.name);
    if (!parsed.ok) return setMessage({ ok: false, text: `Not loaded: ${parsed.message}` });
    const { review } = parsed;
    const stored = await loadReview(review.corpus);
    await addToReview(review.corpus, {
      decisions: review.decisions,
      ...(stored.author === '' ? { author: review.author } : {}),
    });
    await client.invalidateQueries({ queryKey: ['saved-reviews'] });
    await client.invalidateQueries({ queryKey: ['review', review.corpus.hash] });
    setMessage({
      ok: true,
      text: `Loaded ${review.decisions.length} decision(s) on corpus "${review.corpus.id}" from ${file.name}; they show when that corpus is open.`,
    });
  };
  return (
    <section aria-labelledby="reviews-title">
      <h3 id="reviews-title">Reviews in this browser</h3>
      {reviews.data && reviews.data.length === 0 && (
        <p className="muted small">None yet: verdicts and notes made in the matrix are kept here, by corpus.</p>
      )}
      <ul className="saved-list">
        {reviews.data?.map((r) => (
          <li key={r.corpus.hash}>
            Review of <strong>{r.corpus.id}</strong>
            {r.author ? ` by ${r.author}` : ''}{' '}
            <span className="muted small">
              {r.decisions.length} decision{r.decisions.length === 1 ? '' : 's'}, build{' '}
              {r.corpus.hash.replace(/^sha256:/, '').slice(0, 12)}
            </span>{' '}
            <button
              type="button"
              aria-label={`Download the review of ${r.corpus.id} as JSON`}
              onClick={() => downloadText(fileName(r), 'application/json', `${JSON.stringify(r, null, 2)}\n`)}
            >
              Download review
            </button>
          </li>
        ))}
      </ul>
      <label className="mfield">
        Load a review file
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void load(file);
            e.target.value = '';
          }}
        />
      </label>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className="notice-inline">
          {message.text}
        </p>
      )}
      {reviews.isError && <p role="alert">This browser's stored reviews could not be read: {String(reviews.error)}</p>}
    </section>
  );
}
