/**
 * Who the sentence says gave a figure: "security sources told Reuters", "according to a security
 * source", "two officials told The Associated Press". Hand-written patterns over the usual shapes
 * of news attribution; returns the words as they stand in the text.
 */
const SOURCE = String.raw`(?:(?:a|an|the|two|three|several|some|\w+)\s+)?(?:[\w-]+\s+){0,3}?(?:sources?|officials?|spokes(?:man|woman|person)|ministry|police|witnesses|doctors?|medics?|authorities|military|army|statement|agency)`;
const PATTERNS = [
  new RegExp(String.raw`\b${SOURCE}\s+(?:told|tells)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*`, 'i'),
  new RegExp(String.raw`\baccording to\s+[^,.;]{3,60}`, 'i'),
  new RegExp(String.raw`\b${SOURCE}\s+(?:said|says|reported|claimed|confirmed)\b`, 'i'),
  new RegExp(String.raw`\b(?:citing|quoting)\s+[^,.;]{3,60}`, 'i'),
];

/** Every pattern needs one of these words: a sentence without any is answered without the backtracking patterns. */
const KEY_WORDS =
  /\b(?:sources?|officials?|spokes(?:man|woman|person)|ministry|police|witnesses|doctors?|medics?|authorities|military|army|statement|agency|according|citing|quoting)\b/i;

export function findAttribution(sentence: string): string | undefined {
  if (!KEY_WORDS.test(sentence)) return undefined;
  for (const pattern of PATTERNS) {
    const match = sentence.match(pattern);
    if (match) return match[0].trim().replace(/(?<![A-Z]\.[A-Z])\.$/, '');
  }
  return undefined;
}
