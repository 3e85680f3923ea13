import type { Corpus, Range } from '../schema/corpus';

export type MarkKind = 'entity' | 'fact' | 'quote' | 'reaction';

export type Mark = Range & { kind: MarkKind; label: string };

/** Everything the analysis found in one article, as spans to highlight in the reader. */
export function articleMarks(corpus: Corpus, articleId: string): Mark[] {
  const marks: Mark[] = [];
  for (const entity of corpus.entities)
    for (const m of entity.mentions)
      if (m.articleId === articleId)
        marks.push({ start: m.start, end: m.end, kind: 'entity', label: `${entity.kind}: ${entity.name}` });
  for (const fact of corpus.facts)
    for (const v of fact.values)
      if (v.articleId === articleId)
        marks.push({ start: v.start, end: v.end, kind: 'fact', label: `${fact.label}: ${String(v.value)}` });
  for (const quote of corpus.quotes)
    for (const v of quote.variants)
      if (v.articleId === articleId)
        marks.push({
          start: v.start,
          end: v.end,
          kind: 'quote',
          label: `quote by ${quote.speaker || 'unknown speaker'}`,
        });
  for (const reaction of corpus.reactions)
    for (const m of reaction.mentions)
      if (m.articleId === articleId)
        marks.push({
          start: m.start,
          end: m.end,
          kind: 'reaction',
          label: `reaction (${reaction.country ?? reaction.organization ?? 'no country'}, ${(reaction.stanceDetail ?? reaction.stance).replace(/_/g, ' ')}): ${reaction.actor}`,
        });
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

export type Piece = Range & { marks: Mark[] };

/**
 * Cuts [range] of the text into pieces at every mark boundary, each with the marks covering it,
 * so overlapping highlights (a fact inside a quote) render without breaking the markup.
 */
export function piecesOf(range: Range, marks: readonly Mark[]): Piece[] {
  const inside = marks.filter((m) => m.end > range.start && m.start < range.end);
  const cuts = new Set<number>([range.start, range.end]);
  for (const m of inside) {
    cuts.add(Math.max(range.start, m.start));
    cuts.add(Math.min(range.end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    pieces.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return pieces;
}
