import { toDays } from '../quantities/dates';
import { readDates } from '../quantities/readDates';

/** Days before the story's first report beyond which a dated act is history the story recalls. */
const RECALLED_AFTER_DAYS = 7;

/**
 * An act of state the story recalls rather than one it reports: "has already imposed tariffs",
 * "imposed tariffs on July 6" or "last month" in a story first reported in September. Such acts
 * are the background of the event (often the very measure the story is about), not anyone's
 * reaction to it. `firstReport` is the corpus's earliest article date: no reaction to the event
 * comes much before its first report, whatever a later article's own date.
 */
export function isRecalledAct(
  sentence: string,
  cueStart: number,
  articleDate: string | null,
  firstReport: string | null,
): boolean {
  if (/\b(?:already|previously|earlier)\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, cueStart - 30), cueStart)))
    return true;
  if (!articleDate || !firstReport) return false;
  return readDates(sentence, articleDate).some(({ value }) =>
    value.length === 10 ? toDays(firstReport) - toDays(value) > RECALLED_AFTER_DAYS : value < firstReport.slice(0, 7),
  );
}
