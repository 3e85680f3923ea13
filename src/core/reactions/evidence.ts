import type { Corpus, Reaction } from '../schema/corpus';
import { distinctArticleIds } from './filter';
import { plural } from './summary';

/** One place an article reports a reaction: the sentence to open and the words to show. */
export type EvidenceItem = {
  articleId: string;
  sourceName: string;
  articleTitle: string;
  sentence?: number;
  text: string;
};

/** Where each article reports the reaction, one item per article sentence, in corpus article order. */
export function reactionEvidence(corpus: Corpus, reaction: Reaction): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const seen = new Set<string>();
  for (const article of corpus.articles) {
    const sourceName = corpus.sources.find((s) => s.id === article.sourceId)?.name ?? article.sourceId;
    for (const m of reaction.mentions) {
      if (m.articleId !== article.id) continue;
      const key = `${m.sentence ?? `${m.start}-${m.end}`}`;
      if (seen.has(`${article.id} ${key}`)) continue;
      seen.add(`${article.id} ${key}`);
      const range = m.sentence !== undefined ? (article.sentences[m.sentence] ?? m) : m;
      const item: EvidenceItem = {
        articleId: article.id,
        sourceName,
        articleTitle: article.title,
        text: article.text.slice(range.start, range.end).trim(),
      };
      if (m.sentence !== undefined) item.sentence = m.sentence;
      items.push(item);
    }
  }
  return items;
}

/** The first quotation the articles carry for the reaction, if any. */
export function reactionQuote(reaction: Reaction): string | undefined {
  return reaction.mentions.find((m) => m.quote)?.quote;
}

/** "Reported by 2 articles, 1 independent": copies of one story count once in the second number. */
export function reportedByLine(reaction: Reaction): string {
  const articles = distinctArticleIds(reaction).length;
  const base = `Reported by ${plural(articles, 'article')}`;
  return reaction.independent === undefined ? base : `${base}, ${reaction.independent} independent`;
}
