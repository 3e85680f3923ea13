import type { Corpus } from '../../core/schema/corpus';
import type { Gold } from './gold';
import { norm, r2, words } from './text';

export type QuoteFigures = { detect_r: number; grouping: number; gold_groups: number; corpus_quotes: number };

type Wording = [article: string, text: string];

/** A corpus wording matches a gold one when half its words are shared, or it holds the gold's first six words. */
function overlaps(goldText: string, corpusText: string): boolean {
  const a = words(goldText);
  const b = new Set(words(corpusText));
  if (a.length === 0) return false;
  const shared = a.filter((w) => b.has(w)).length;
  return (
    shared / Math.min(a.length, Math.max(b.size, 1)) >= 0.5 ||
    norm(corpusText).includes(words(goldText).slice(0, 6).join(' '))
  );
}

/** Quotes: each gold wording found in its article, and statements quoted in several articles kept in one quote. */
export function scoreQuotes(corpus: Corpus, gold: Gold, toCorpus: (key: string) => string): QuoteFigures {
  const g = gold.quotes
    .map((q): Wording[] =>
      q.variants_by_article
        ? Object.entries(q.variants_by_article).flatMap(([k, v]) =>
            (Array.isArray(v) ? v : [v]).map((t): Wording => [toCorpus(k), t]),
          )
        : q.articles.map((k): Wording => [toCorpus(k), q.text_start ?? '']),
    )
    .filter((q) => q.length > 0);
  const c = corpus.quotes.map((q) => q.variants.map((v): Wording => [String(v.articleId ?? ''), String(v.text ?? '')]));
  const inQuote = (quote: Wording[], [article, text]: Wording) =>
    quote.some(([a, t]) => a === article && overlaps(text, t));
  let n = 0;
  let hit = 0;
  let groups = 0;
  let groupSum = 0;
  for (const q of g) {
    for (const wording of q) {
      n++;
      if (c.some((cq) => inQuote(cq, wording))) hit++;
    }
    const articles = new Set(q.map(([a]) => a));
    if (articles.size < 2) continue;
    groups++;
    let best = 0;
    for (const cq of c) best = Math.max(best, new Set(q.filter((w) => inQuote(cq, w)).map(([a]) => a)).size);
    groupSum += best / articles.size;
  }
  return {
    detect_r: r2(n ? hit / n : 0),
    grouping: r2(groups ? groupSum / groups : 1),
    gold_groups: groups,
    corpus_quotes: c.length,
  };
}
