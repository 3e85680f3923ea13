import type { Quantity } from '../quantities/extractQuantities';

/**
 * Everything whether two figures' frames meet depends on, apart from their articles: their kind,
 * value, predicate and clause verbs, and the time they hold for. Figures alike in all of these meet
 * exactly the same others.
 */
function signature(q: Quantity): string {
  const scope = q.timeScope;
  return [
    q.kind ?? '',
    q.value,
    q.verb ?? '\u0000',
    (q.verbs ?? []).join(','),
    scope?.year ?? '',
    scope?.day ?? '',
  ].join('|');
}

type Cluster = { members: Quantity[]; kinds: Map<string, Quantity>; byArticle: Map<string, Quantity[]> };

/**
 * Splits one row key's figures into rows whose members all could be one figure: each figure joins
 * the first row where its frame meets every member's (`framesMeet`) and it is not apart from any
 * member of its own article (`apart`). The same rows as checking every member, but each row is
 * checked once per distinct frame and per member of the same article: a row of a 10,000-article
 * corpus holds thousands of figures alike in all but their article, and checking each against
 * each was a tenth of the build.
 */
export function frameClusters(
  items: readonly Quantity[],
  framesMeet: (a: Quantity, b: Quantity) => boolean,
  apart: (a: Quantity, b: Quantity) => boolean,
): Quantity[][] {
  const out: Cluster[] = [];
  const fits = (item: Quantity, cluster: Cluster) => {
    for (const kind of cluster.kinds.values()) if (!framesMeet(item, kind)) return false;
    for (const member of cluster.byArticle.get(item.articleId) ?? []) if (apart(item, member)) return false;
    return true;
  };
  for (const item of items) {
    let home = out.find((cluster) => fits(item, cluster));
    if (!home) {
      home = { members: [], kinds: new Map(), byArticle: new Map() };
      out.push(home);
    }
    home.members.push(item);
    const key = signature(item);
    if (!home.kinds.has(key)) home.kinds.set(key, item);
    const same = home.byArticle.get(item.articleId);
    if (same) same.push(item);
    else home.byArticle.set(item.articleId, [item]);
  }
  return out.map((cluster) => cluster.members);
}
