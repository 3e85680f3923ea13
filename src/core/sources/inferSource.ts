import type { RemovedLine, SourceEvidence } from '../schema/corpus';
import { AGENCY_PATTERN, agencyName } from './wires';

export type SourceClue = { name: string; kind: 'wire' | 'outlet'; evidence: SourceEvidence };

export type SourceInference = {
  /** The clue that names the article's source, strongest rule first; null when nothing names it. */
  primary: SourceClue | null;
  /** Every clue found, for the evidence panel. */
  clues: SourceClue[];
  /** Wires the text credits, normalised and deduplicated. */
  credits: string[];
};

const RULE_RANK: Record<SourceEvidence['rule'], number> = {
  header: 0,
  copyright: 1,
  'credit-line': 2,
  'site-label': 3,
  'wire-attribution': 4,
  none: 5,
};

/** "told Reuters", "according to The Associated Press", "Reuters reported": a wire named as a source in the prose. */
const ATTRIBUTION = new RegExp(
  `(?:\\b(?:told|according to|said|cited by|quoted by|reported by|citing)\\s+(?:the\\s+)?(${AGENCY_PATTERN})\\b)|(?:\\b(${AGENCY_PATTERN})\\s+(?:reported|said|news agency|learned))`,
  'gi',
);

function namesIn(credit: string): string[] {
  return (
    credit
      .replace(/^[\s/(—–-]+|[\s).]+$/g, '')
      .replace(/^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*)?/i, '')
      .split(/\s*(?:,|&|\band\b|\be\b|\by\b|\bet\b|\bund\b|\/)\s*/i)
      // "Copyright © Example News 2024" names the outlet, not the year.
      .map((part) =>
        part
          .replace(/\b(?:all rights reserved|ltd|inc|llc)\b\.?/gi, '')
          .replace(/\s+\d{4}$/, '')
          .trim(),
      )
      .filter(Boolean)
  );
}

function displayName(spelling: string): { name: string; kind: 'wire' | 'outlet' } {
  const agency = agencyName(spelling);
  if (agency) return { name: agency, kind: 'wire' };
  return { name: spelling.trim(), kind: 'outlet' };
}

/**
 * Names an article's source from what the text says about itself: a header, a copyright line,
 * a credit line, a site label, or a wire named in the prose. Hand-written because the clues are
 * conventions of news copy that no package models.
 */
export function inferSource(
  articleId: string,
  text: string,
  removed: readonly RemovedLine[],
  headerSource: string | undefined,
): SourceInference {
  const clues: SourceClue[] = [];
  const add = (spelling: string, rule: SourceEvidence['rule'], evidenceText: string) => {
    const { name, kind } = displayName(spelling);
    if (name) clues.push({ name, kind, evidence: { articleId, text: evidenceText, rule } });
  };
  if (headerSource) add(headerSource, 'header', headerSource);
  for (const line of removed) {
    if (line.kind === 'copyright' || line.kind === 'credit') {
      const names = namesIn(line.text).map((n) => displayName(n).name);
      if (names.length === 0 || /^\(?\s*(?:reporting|writing|editing)/i.test(line.text)) continue;
      const joined = names.join(' and ');
      const allWires = names.every((n) => agencyName(n));
      clues.push({
        name: joined,
        kind: allWires ? 'wire' : 'outlet',
        evidence: { articleId, text: line.text, rule: line.kind === 'copyright' ? 'copyright' : 'credit-line' },
      });
    }
    if (line.kind === 'site-label') add(line.text, 'site-label', line.text);
  }
  for (const match of text.matchAll(ATTRIBUTION)) {
    const spelling = match[1] ?? match[2];
    if (spelling) add(spelling, 'wire-attribution', sentenceAround(text, match.index ?? 0, match[0].length));
  }
  const ranked = [...clues].sort((a, b) => RULE_RANK[a.evidence.rule] - RULE_RANK[b.evidence.rule]);
  const credits = [...new Set(clues.filter((c) => c.kind === 'wire').flatMap((c) => c.name.split(' and ')))];
  return { primary: ranked[0] ?? null, clues: ranked, credits: credits.filter((c) => agencyName(c)).sort() };
}

/** The clause around a match, so the evidence reads as the article's own words. */
function sentenceAround(text: string, index: number, length: number): string {
  const before = text.lastIndexOf('\n', index);
  const lineStart = before < 0 ? 0 : before + 1;
  const lineEnd = text.indexOf('\n', index + length);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const local = index - lineStart;
  const from = Math.max(line.lastIndexOf('. ', local) + 2, line.lastIndexOf(', ', local) + 2, 0);
  const stop = line.slice(local + length).search(/[.,;](?:\s|$)/);
  const to = stop < 0 ? line.length : local + length + stop + 1;
  return line.slice(from > local ? 0 : from, to).trim();
}
