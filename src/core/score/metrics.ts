export type Metric = { precision: number | null; recall: number | null; f1: number | null; note: string };

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

export function f1Of(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null || precision + recall === 0)
    return precision === null || recall === null ? null : 0;
  return Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;
}

export function metric(truePositives: number, predicted: number, expected: number, note: string): Metric {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, expected);
  return { precision, recall, f1: f1Of(precision, recall), note };
}

/** Lower-case, straight quotes, no leading article: how two spellings of one name are compared. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A gold spelling is covered by a corpus spelling that equals it or stands in it as a whole word ("Iran" in "Iran-backed"). */
export function covers(corpusVariant: string, goldVariant: string): boolean {
  const c = norm(corpusVariant);
  const g = norm(goldVariant);
  if (c === g) return true;
  if (c.length < 3) return false;
  const escaped = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}])${escaped}(?:$|[^\\p{L}])`, 'u').test(g);
}

export function wordsOf(text: string): Set<string> {
  return new Set(
    norm(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
}
