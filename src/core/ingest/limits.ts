/** Limits on what one build reads, enforced with a message naming the file, never a hang. */
export const LIMITS = {
  /** Bytes in one input file. */
  fileBytes: 5 * 1024 * 1024,
  /** Characters in one line of a file (a minified page, a runaway JSON line). */
  lineChars: 1_000_000,
  /** Input files in one build. */
  files: 20_000,
  /** Records in one .json or .jsonl file. */
  records: 50_000,
} as const;
