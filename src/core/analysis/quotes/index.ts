import type { Article, Entity, Quote } from '../../schema/corpus';
import { contentStems, overlap } from '../text/contentStems';
import { findQuotes, type RawQuote } from './findQuotes';
import { findSpeaker, type Speaker } from './speaker';

type Found = RawQuote & { speaker: Speaker | null; stems: string[] };

/** Union-find over quote variants: a tiny structure, simpler to write than to import. */
function groups(items: readonly Found[], same: (a: Found, b: Found) => boolean): Found[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (items[i]!.articleId !== items[j]!.articleId && same(items[i]!, items[j]!)) parent[root(j)] = root(i);
  const byRoot = new Map<number, Found[]>();
  items.forEach((item, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), item]));
  return [...byRoot.values()];
}

/** Two variants are one statement when they share enough content words, or some and the same speaker. */
function sameStatement(a: Found, b: Found): boolean {
  const { shared, score } = overlap(a.stems, b.stems);
  const sameSpeaker = a.speaker?.entityId && a.speaker.entityId === b.speaker?.entityId;
  if (sameSpeaker) return shared >= 1 && score >= 0.34;
  return shared >= 2 && score >= 0.5;
}

/** Step 4 and 5 for quotes: direct quotes with their speakers, variants of one statement grouped. */
export function extractQuotes(articles: readonly Article[], entities: readonly Entity[]): Quote[] {
  const found: Found[] = articles.flatMap((article) =>
    findQuotes(article)
      .filter((q) => q.text.split(/\s+/).length >= 2)
      .map((q) => ({ ...q, speaker: findSpeaker(article, q, entities), stems: contentStems(q.text) })),
  );
  return groups(found, sameStatement)
    .map((variants) => {
      const speakers = variants.map((v) => v.speaker).filter((s): s is Speaker => s !== null);
      const named = speakers.find((s) => s.entityId) ?? speakers[0];
      const first = variants[0]!;
      return {
        id: `quote-${first.articleId}-${first.start}`,
        speaker: named?.name ?? '',
        speakerEntityId: named?.entityId ?? null,
        variants: variants.map((v) => ({
          articleId: v.articleId,
          text: v.text,
          start: v.start,
          end: v.end,
          sentence: v.sentence,
        })),
      };
    })
    .sort((a, b) => b.variants.length - a.variants.length || (a.id < b.id ? -1 : 1));
}
