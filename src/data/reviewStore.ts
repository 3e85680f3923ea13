import { createStore, entries, get, update } from 'idb-keyval';
import { mergeReviews } from '../core/review/merge';
import { parseReviewValue } from '../core/review/parseReview';
import { REVIEW_SCHEMA_VERSION, type Review, type ReviewDecision } from '../core/review/schema';
import type { Corpus } from '../core/schema/corpus';

/** Reviews live in their own IndexedDB database, one per corpus build, keyed by the corpus hash. */
const store = () => createStore('parallax-reviews', 'reviews');
const keyOf = (hash: string) => `review:${hash}`;

/** Tabs of this site tell each other, by corpus hash, when a review changed, so each shows the other's decisions. */
export const REVIEW_CHANNEL = 'parallax-review';

function announce(hash: string) {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(REVIEW_CHANNEL);
  channel.postMessage(hash);
  channel.close();
}

export type CorpusKey = Pick<Corpus, 'id' | 'hash'>;

export function emptyReview(corpus: CorpusKey, author = ''): Review {
  return { schemaVersion: REVIEW_SCHEMA_VERSION, corpus: { id: corpus.id, hash: corpus.hash }, author, decisions: [] };
}

/** Stored data goes through the same boundary parse as a review file; a damaged record reads as no review. */
function readStored(value: unknown, corpus: CorpusKey): Review {
  if (value === undefined) return emptyReview(corpus);
  const parsed = parseReviewValue(value, 'the review kept in this browser');
  return parsed.ok ? parsed.review : emptyReview(corpus);
}

export async function loadReview(corpus: CorpusKey): Promise<Review> {
  if (typeof indexedDB === 'undefined') return emptyReview(corpus);
  return readStored(await get<unknown>(keyOf(corpus.hash), store()), corpus);
}

/**
 * Adds decisions (or a whole review file's) to the stored review in one IndexedDB transaction:
 * decisions merge by id, so two tabs writing at once both keep theirs.
 */
export async function addToReview(
  corpus: CorpusKey,
  change: { decisions?: readonly ReviewDecision[]; author?: string },
): Promise<Review> {
  let result = emptyReview(corpus);
  await update<unknown>(
    keyOf(corpus.hash),
    (old) => {
      const stored = readStored(old, corpus);
      const merged = mergeReviews(stored, { decisions: [...(change.decisions ?? [])] });
      result = change.author !== undefined ? { ...merged, author: change.author } : merged;
      return result;
    },
    store(),
  );
  announce(corpus.hash);
  return result;
}

/** Every review kept in this browser, for the Import page's list. */
export async function listReviews(): Promise<Review[]> {
  const all = await entries<string, unknown>(store());
  return all.flatMap(([, value]) => {
    const parsed = parseReviewValue(value, 'a stored review');
    return parsed.ok ? [parsed.review] : [];
  });
}
