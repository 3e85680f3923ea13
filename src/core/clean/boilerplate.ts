import type { RemovedLine } from '../schema/corpus';

type Kind = RemovedLine['kind'];

const AD_PLACEHOLDER = /^\[\s*ad[\s_-]*\d*\s*\]$/i;
const AD_LABEL =
  /^(advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|read more:?|related:?)$/i;
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\b/i;
const PHOTO_PREFIX = /^(?:photo|photograph|image|picture|pictured|credit|caption|file photo)s?\s*(?::|by\b|credit\b)/i;
const PHOTO_AGENCY =
  /\b(?:getty images|shutterstock|handout|ap photo|afp photo|reuters\/|epa|via reuters|alamy|pool photo)\b/i;
const REPORTING_CREDIT = /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|translated) by\b/i;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** A line that reads like a headline or label: short, and not ended like a sentence. */
export function isHeadlineLike(line: string, maxWords = 20): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && wordCount(trimmed) <= maxWords && !/[.!?:;,"”’)]$/.test(trimmed);
}

/**
 * What kind of boilerplate a whole line is, or null for article text.
 * Written by hand: no maintained package classifies news boilerplate lines, and these rules are
 * about the shape of credits and placeholders, not about any one outlet.
 */
export function classifyLine(line: string): Kind | null {
  const trimmed = line.trim();
  if (AD_PLACEHOLDER.test(trimmed) || AD_LABEL.test(trimmed)) return 'ad';
  if (COPYRIGHT.test(trimmed) && wordCount(trimmed) <= 20) return 'copyright';
  if (REPORTING_CREDIT.test(trimmed)) return 'credit';
  if (PHOTO_PREFIX.test(trimmed) && wordCount(trimmed) <= 25) return 'photo-credit';
  const pipes = trimmed.split('|').length - 1;
  if (pipes >= 1 && wordCount(trimmed) <= 15 && (pipes >= 2 || PHOTO_AGENCY.test(trimmed))) return 'photo-credit';
  return null;
}

/**
 * A credit glued to the end of the last paragraph after a full stop, as in `…government./AFP and XYZ`.
 * Returns where the credit starts, or -1.
 */
export function trailingCreditStart(paragraph: string): number {
  const match = paragraph.match(/(?<=[.!?"”])\s*\/\s*[A-Z][\w.&-]*(?:\s*(?:,|&|and|e|y|et|und)\s*[A-Z][\w.&-]*)*\s*$/);
  return match?.index ?? -1;
}
