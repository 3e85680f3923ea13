import { readFile, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCorpusText, parseCorpusValue } from '../core/schema/parseCorpus';
import { applyReview } from '../core/review/apply';
import { targetKey } from '../core/review/decisions';
import { reviewDisagreements } from '../core/review/merge';
import { MAX_REVIEW_BYTES, parseReviewText, reviewFits } from '../core/review/parseReview';
import type { Review } from '../core/review/schema';
import { safeText } from './safeText';

type Out = Pick<NodeJS.WriteStream, 'write'>;

/** A user mistake: printed as it is and ends the command with exit 2. */
class ReviewInputError extends Error {}

async function readReview(file: string): Promise<Review> {
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new ReviewInputError(`${file}: cannot be read`);
    },
  );
  if (size > MAX_REVIEW_BYTES)
    throw new ReviewInputError(`${file}: the review is over ${MAX_REVIEW_BYTES / 1024 / 1024} MB; refused unread`);
  const parsed = parseReviewText(await readFile(file, 'utf8'), file);
  if (!parsed.ok) throw new ReviewInputError(parsed.message);
  return parsed.review;
}

async function same(a: string, b: string): Promise<boolean> {
  const real = (f: string) => realpath(f).catch(() => path.resolve(f));
  return (await real(a)) === (await real(b));
}

/** `parallax review apply`: the corrected corpus to --out; 0 every decision applied, 1 some unmatched, 2 bad input. */
export async function runReviewApply(
  corpusFile: string,
  reviewFile: string,
  options: { out: string; anyBuild?: boolean },
  stderr: Out = process.stderr,
): Promise<number> {
  try {
    for (const input of [corpusFile, reviewFile])
      if (await same(input, options.out))
        throw new ReviewInputError(`--out names the input ${input}; choose another file`);
    const text = await readFile(corpusFile, 'utf8').catch(() => {
      throw new ReviewInputError(`${corpusFile}: cannot be read`);
    });
    const parsed = parseCorpusText(text);
    if (!parsed.ok) throw new ReviewInputError(`${corpusFile}: ${parsed.error.message}`);
    const review = await readReview(reviewFile);
    const fit = reviewFits(review, parsed.corpus);
    if (fit.fits === 'foreign') throw new ReviewInputError(`${reviewFile}: ${fit.message}`);
    if (fit.fits === 'other-build') {
      const message = `${reviewFile}: corpus.hash: the review was made on build ${review.corpus.hash}, this corpus is ${parsed.corpus.hash}`;
      if (!options.anyBuild)
        throw new ReviewInputError(`${message}; add --any-build to apply it where its ids still match`);
      stderr.write(`parallax: ${safeText(message)}; applying where its ids still match\n`);
    }
    const result = applyReview(parsed.corpus, review);
    // The corrected corpus passes the same checks as any corpus the dashboard loads.
    const check = parseCorpusValue(result.corpus);
    if (!check.ok) throw new Error(`the corrected corpus is not valid: ${check.error.message}`);
    await writeFile(options.out, `${JSON.stringify(result.corpus, null, 2)}\n`);
    stderr.write(
      `parallax: ${result.corrections.length} change(s) by ${safeText(review.author || 'an unnamed reviewer')} written to ${safeText(options.out)}\n`,
    );
    for (const { decision, reason } of result.unmatched)
      stderr.write(
        `parallax: ${safeText(reviewFile)}: decision ${safeText(decision.id)} not applied: ${safeText(reason)}\n`,
      );
    return result.unmatched.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ReviewInputError)) throw error;
    stderr.write(`parallax: ${safeText(error.message)}\n`);
    return 2;
  }
}

/** `parallax review diff`: prints where two reviewers disagree; 0 none, 1 some, 2 bad input. */
export async function runReviewDiff(a: string, b: string, stdout: Out = process.stdout, stderr: Out = process.stderr) {
  try {
    const [left, right] = [await readReview(a), await readReview(b)];
    if (left.corpus.id !== right.corpus.id)
      throw new ReviewInputError(`${b}: corpus.id: reviews "${right.corpus.id}", but ${a} reviews "${left.corpus.id}"`);
    const who = (r: Review, file: string) => safeText(r.author || path.basename(file));
    const disagreements = reviewDisagreements(left, right);
    for (const d of disagreements) {
      const target = safeText(targetKey(d.target).replace('\u0000', ' @ '));
      stdout.write(`${target}  ${d.about}: ${who(left, a)} ${safeText(d.a)} · ${who(right, b)} ${safeText(d.b)}\n`);
    }
    if (disagreements.length === 0) stdout.write('The two reviews do not disagree on any finding.\n');
    return disagreements.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ReviewInputError)) throw error;
    stderr.write(`parallax: ${safeText(error.message)}\n`);
    return 2;
  }
}
