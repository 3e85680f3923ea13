import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

const fromTwoLetter = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]));

/** A stated language ("en", "en-GB", "eng", "English" is not a code and is kept) as ISO 639-3. */
export function normaliseLanguage(stated: string): string {
  const code = stated.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (code.length === 2) return fromTwoLetter.get(code) ?? code;
  return code;
}

/** ISO 639-3 code of the article's language ("eng"), or "und" when the text is too short to tell. */
export function detectLanguage(text: string, stated: string | undefined): string {
  if (stated) return normaliseLanguage(stated);
  return franc(text.slice(0, 4000), { minLength: 40 });
}

export { isEnglish } from './english';
