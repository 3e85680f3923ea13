import type { Alignment, Article } from '../../schema/corpus';

/** Lineages that make two articles one story: most of the shorter one has a counterpart in the other. */
const ONE_STORY = new Set<Alignment['lineage']>(['copy', 'paraphrase']);

/**
 * Groups articles that are one story: a copy, spin or translation of another, so that "reported
 * by five outlets" counts the stories, not the outlets.
 */
export function storyGroups(articles: readonly Article[], alignments: readonly Alignment[]): Map<string, string> {
  const parent = new Map(articles.map((a) => [a.id, a.id]));
  const root = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const r = root(p);
    parent.set(id, r);
    return r;
  };
  for (const al of alignments) {
    if (!ONE_STORY.has(al.lineage)) continue;
    const [ra, rb] = [root(al.a), root(al.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return new Map(articles.map((a) => [a.id, root(a.id)]));
}

/** How many independent stories among the articles that report something. */
export function independentCount(articleIds: Iterable<string>, groups: ReadonlyMap<string, string>): number {
  return new Set([...articleIds].map((id) => groups.get(id) ?? id)).size;
}
