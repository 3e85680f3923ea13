import type { Corpus } from '../schema/corpus';
import { type Review, REVIEW_SCHEMA_VERSION, reviewSchema } from './schema';

/** A review file larger than this is refused before it is parsed: it is not a person's work. */
export const MAX_REVIEW_BYTES = 20 * 1024 * 1024;

export type ReviewParse = { ok: true; review: Review } | { ok: false; message: string };

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

/** Parses an untrusted review once, at the boundary; `name` is the file or address, for messages. */
export function parseReviewText(text: string, name: string): ReviewParse {
  if (text.length > MAX_REVIEW_BYTES)
    return { ok: false, message: `${name}: the review is over ${MAX_REVIEW_BYTES / 1024 / 1024} MB; refused unread` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  return parseReviewValue(value, name);
}

export function parseReviewValue(value: unknown, name: string): ReviewParse {
  const version =
    value !== null && typeof value === 'object' ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'string' && Number(version.split('.')[0]) > Number(REVIEW_SCHEMA_VERSION.split('.')[0]))
    return {
      ok: false,
      message: `${name}: schemaVersion: made by a newer Parallax (review schema ${version}); this one reads ${REVIEW_SCHEMA_VERSION.split('.')[0]}.x`,
    };
  const parsed = reviewSchema.safeParse(value);
  if (parsed.success) return { ok: true, review: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? pathOf(issue.path) || '(top level)' : '(top level)';
  return { ok: false, message: `${name}: ${where}: ${issue?.message ?? 'does not match the review schema'}` };
}

/**
 * Whether a review belongs to a corpus: another event is refused; another build of the same event
 * (a different hash) is named, and applies wherever its ids still match.
 */
export function reviewFits(
  review: Review,
  corpus: Pick<Corpus, 'id' | 'hash'>,
): { fits: 'same' | 'other-build' } | { fits: 'foreign'; message: string } {
  if (review.corpus.id !== corpus.id)
    return {
      fits: 'foreign',
      message: `corpus.id: the review is of corpus "${review.corpus.id}", not "${corpus.id}"`,
    };
  return { fits: review.corpus.hash === corpus.hash ? 'same' : 'other-build' };
}
