/**
 * The largest corpus the page agrees to load, in bytes of JSON. A corpus is held in memory
 * about three times over while it is parsed (the bytes, the text, the objects), so past this a
 * browser tab on an ordinary laptop runs short of memory; 10,000 articles of the bench are about
 * 240 MB. Documented in README.md ("Limits").
 */
export const MAX_CORPUS_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;

/** Bytes as a person reads them: "121 MB", "640 KB", "312 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * The message for a corpus over the limit: its size (or "more than" when the download was stopped
 * at the limit), the limit, and what to do instead.
 */
export function tooLargeMessage(bytes: number, limit: number, atLeast: boolean): string {
  return (
    `The corpus is ${atLeast ? 'more than ' : ''}${formatBytes(bytes)}, over the ${formatBytes(limit)} this page can load. ` +
    'Build a smaller corpus from fewer articles (split the folder by date or source) and open each one.'
  );
}
