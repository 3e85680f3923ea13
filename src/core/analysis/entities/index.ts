import type { Article, Entity } from '../../schema/corpus';
import { countryName } from '../../countries/lexicon';
import { nameCandidates, tagArticle } from './candidates';
import { classify, type Classified } from './classify';
import { countryMentions } from './countryEntities';
import { resolveEntities } from './resolve';

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names of organisations and places also appear in lower case ("the interior ministry"): find those too. */
function lowerCaseMentions(articles: readonly Article[], found: readonly Classified[]): Classified[] {
  const names = new Map<string, Classified>();
  for (const f of found)
    if ((f.kind === 'organization' || f.kind === 'place') && f.text.includes(' ')) names.set(f.text.toLowerCase(), f);
  const taken = new Set(found.map((f) => `${f.articleId}:${f.start}`));
  const extra: Classified[] = [];
  for (const [lower, example] of names) {
    const pattern = new RegExp(`(?<![\\p{L}])${escape(lower)}(?![\\p{L}])`, 'giu');
    for (const article of articles) {
      for (const match of article.text.matchAll(pattern)) {
        const start = match.index ?? 0;
        if (
          taken.has(`${article.id}:${start}`) ||
          found.some((f) => f.articleId === article.id && f.start <= start && f.end > start)
        )
          continue;
        taken.add(`${article.id}:${start}`);
        extra.push({ ...example, articleId: article.id, start, end: start + match[0].length, text: match[0] });
      }
    }
  }
  return extra;
}

/** Step 4 and 5 for names: people, organisations, places and countries, resolved across articles. */
export function extractEntities(articles: readonly Article[]): Entity[] {
  const found: Classified[] = [];
  for (const article of articles) {
    for (const candidate of nameCandidates(article, tagArticle(article))) {
      const item = classify(candidate);
      if (item) found.push(item);
    }
    found.push(...countryMentions(article));
  }
  const all = [...found, ...lowerCaseMentions(articles, found)];
  const entities = resolveEntities(all).map((e) =>
    e.kind === 'country' && e.country ? { ...e, name: countryName(e.country) } : e,
  );
  // Ids must be unique even when two clusters slug alike.
  const seen = new Map<string, number>();
  return entities.map((e) => {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    return n === 0 ? e : { ...e, id: `${e.id}-${n + 1}` };
  });
}
