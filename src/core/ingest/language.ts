import { franc } from 'franc-min';

/** ISO 639-3 code of the article's language ("eng"), or "und" when the text is too short to tell. */
export function detectLanguage(text: string, stated: string | undefined): string {
  if (stated) return stated.toLowerCase();
  return franc(text.slice(0, 4000), { minLength: 40 });
}
