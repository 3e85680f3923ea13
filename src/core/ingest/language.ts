import { eld } from 'eld/extrasmall';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

const fromTwoLetter = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]));

/** A stated language ("en", "en-GB", "eng", "English" is not a code and is kept) as ISO 639-3. */
export function normaliseLanguage(stated: string): string {
  const code = stated.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (code.length === 2) return fromTwoLetter.get(code) ?? code;
  return code;
}

/** Below this many characters a guess is not worth making. */
const MIN_LENGTH = 40;

/**
 * ISO 639-3 code of the article's language ("eng"), or "und" when the text is too short to tell.
 * eld (60 languages, its smallest database) rather than franc: on the bench's articles it gives
 * the same answers about fifteen times as fast, and franc had become the largest single cost of
 * a build (`npm run bench`).
 */
export function detectLanguage(text: string, stated: string | undefined): string {
  if (stated) return normaliseLanguage(stated);
  const sample = text.slice(0, 4000);
  if (sample.trim().length < MIN_LENGTH) return 'und';
  const code = eld.detect(sample).language;
  return code ? normaliseLanguage(code) : 'und';
}

export { isEnglish } from './english';
