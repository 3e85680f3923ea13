import type { Article, Source } from '../schema/corpus';
import type { PreparedArticle } from './stages/segment';

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'source'
  );
}

/**
 * One source per distinct inferred name; articles whose text names no source each get an
 * "unknown" source of their own, so unrelated unknowns are never lumped together.
 */
export function assignSources(prepared: readonly PreparedArticle[]): { sources: Source[]; articles: Article[] } {
  const byId = new Map<string, Source>();
  const articles = prepared.map(({ article, source }) => {
    const primary = source.primary;
    const id = primary ? slug(primary.name) : `unknown-${slug(article.id)}`;
    let entry = byId.get(id);
    if (!entry) {
      entry = primary
        ? { id, name: primary.name, kind: primary.kind, evidence: [] }
        : { id, name: `Unknown source (${article.id})`, kind: 'unknown', evidence: [] };
      byId.set(id, entry);
    }
    for (const clue of source.clues) {
      if (!entry.evidence.some((e) => e.articleId === clue.evidence.articleId && e.text === clue.evidence.text))
        entry.evidence.push(clue.evidence);
    }
    return { ...article, sourceId: id };
  });
  return { sources: [...byId.values()], articles };
}
