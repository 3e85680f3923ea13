import { findCountries } from '../../countries/lexicon';
import type { Article, Entity, Quote } from '../../schema/corpus';
import { groupBy } from '../../collections/groupBy';
import { contentStems, overlap } from '../text/contentStems';
import { findQuotes, type RawQuote } from './findQuotes';
import { findSpeaker, type Speaker } from './speaker';

type Found = RawQuote & { speaker: Speaker | null; stems: string[]; speakerKey: string | null };

/** True when only a quote mark stands between the paragraph's start and the quote. */
function opensParagraph(article: Article, quote: RawQuote): boolean {
  return /^\s*[“"‘«]\s*$/.test(article.text.slice(quote.paragraphStart, quote.start));
}

/** Who a speaker is for grouping: the entity, else the last country the description names. */
function speakerKey(speaker: Speaker | null): string | null {
  if (!speaker) return null;
  if (speaker.entityId) return speaker.entityId;
  const country = findCountries(speaker.name).at(-1);
  return country ? `country:${country.code}` : null;
}

/**
 * Union-find over quote variants: a tiny structure, simpler to write than to import. Variants
 * with the same speaker and the same words are joined first, without comparing them; the rest
 * are compared only with variants that share a content word (an inverted index), because a
 * corpus of thousands of copies would otherwise compare every quote with every other.
 */
function groups(items: readonly Found[], same: (a: Found, b: Found) => boolean): Found[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const join = (i: number, j: number) => (parent[root(j)] = root(i));
  const firstOfKey = new Map<string, number>();
  const distinct: number[] = [];
  items.forEach((item, i) => {
    const key = `${item.speakerKey ?? ''}|${[...new Set(item.stems)].sort().join(' ')}`;
    const first = firstOfKey.get(key);
    if (first === undefined) {
      firstOfKey.set(key, i);
      distinct.push(i);
    } else if (item.stems.length > 0) join(first, i);
  });
  const byStem = new Map<string, number[]>();
  for (const i of distinct)
    for (const stem of new Set(items[i]!.stems)) {
      const list = byStem.get(stem);
      if (list) list.push(i);
      else byStem.set(stem, [i]);
    }
  for (const i of distinct) {
    const compared = new Set<number>();
    for (const stem of new Set(items[i]!.stems))
      for (const j of byStem.get(stem) ?? []) {
        if (j <= i || compared.has(j)) continue;
        compared.add(j);
        if (items[i]!.articleId !== items[j]!.articleId && same(items[i]!, items[j]!)) join(i, j);
      }
  }
  const byRoot = new Map<number, Found[]>();
  items.forEach((item, i) => {
    const list = byRoot.get(root(i));
    if (list) list.push(item);
    else byRoot.set(root(i), [item]);
  });
  return [...byRoot.values()];
}

/**
 * Two variants are one statement when the same speaker's words share something, or when enough
 * content words match; a fragment of one or two words needs its speaker, or it would join any
 * quote that happens to contain it.
 */
function sameStatement(a: Found, b: Found): boolean {
  const { shared, score } = overlap(a.stems, b.stems);
  if (a.speakerKey && a.speakerKey === b.speakerKey) return shared >= 1 && score >= 0.25;
  // The same short phrase quoted word for word ("in good health") is one statement.
  if (shared >= 2 && new Set(a.stems).size === shared && new Set(b.stems).size === shared) return true;
  return shared >= 2 && score >= 0.5 && Math.min(new Set(a.stems).size, new Set(b.stems).size) >= 3;
}

/** Step 4 and 5 for quotes: direct quotes with their speakers, variants of one statement grouped. */
export function extractQuotes(articles: readonly Article[], entities: readonly Entity[]): Quote[] {
  // Each article sees only its own entities and mentions, in corpus order: finding a speaker then
  // costs what the article holds, not what the whole corpus holds.
  const entitiesIn = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const [articleId, mentions] of groupBy(e.mentions, (m) => m.articleId)) {
      const list = entitiesIn.get(articleId);
      if (list) list.push({ ...e, mentions });
      else entitiesIn.set(articleId, [{ ...e, mentions }]);
    }
  }
  const found: Found[] = articles.flatMap((article) => {
    let previous: { quote: RawQuote; speaker: Speaker | null } | null = null;
    return (
      findQuotes(article)
        .map((q) => {
          let speaker = findSpeaker(article, q, entitiesIn.get(article.id) ?? []);
          // A paragraph that opens with a quote and names no one goes on with the speaker of the
          // quote in the paragraph before (a statement over several paragraphs).
          if (!speaker && previous && opensParagraph(article, q) && previous.quote.paragraphEnd <= q.paragraphStart)
            speaker = previous.speaker;
          previous = { quote: q, speaker };
          return { ...q, speaker, speakerKey: speakerKey(speaker), stems: contentStems(q.text) };
        })
        // A one-word quote with no speaker is a scare quote, not a statement.
        .filter((q) => q.text.split(/\s+/).length >= 2 || q.speaker !== null)
    );
  });
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
