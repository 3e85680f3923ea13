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

type Cluster<T> = { members: T[]; kinds: Map<string, T>; byArticle: Map<string, T[]> };

/**
 * Splits items into groups whose members all meet: each item joins the first group where it meets
 * every member (`meet`) and is not apart from any member of its own article (`apart`). `kindOf`
 * names what `meet` depends on: items of one kind meet exactly the same others, so each group is
 * checked once per kind and per member of the same article, not once per member.
 */
export function clustersByKind<T extends { articleId: string }>(
  items: readonly T[],
  kindOf: (item: T) => string,
  meet: (a: T, b: T) => boolean,
  apart: (a: T, b: T) => boolean = () => false,
): T[][] {
  const out: Cluster<T>[] = [];
  const fits = (item: T, cluster: Cluster<T>) => {
    for (const kind of cluster.kinds.values()) if (!meet(item, kind)) return false;
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
    const key = kindOf(item);
    if (!home.kinds.has(key)) home.kinds.set(key, item);
    const same = home.byArticle.get(item.articleId);
    if (same) same.push(item);
    else home.byArticle.set(item.articleId, [item]);
  }
  return out.map((cluster) => cluster.members);
}

/**
 * One row key's figures split into rows whose members all could be one figure: the frames meet
 * (`framesMeet`) and no two of one article are apart. A row of a 10,000-article corpus holds
 * thousands of figures alike in all but their article, and checking each against each was a
 * tenth of the build.
 */
export function frameClusters(
  items: readonly Quantity[],
  framesMeet: (a: Quantity, b: Quantity) => boolean,
  apart: (a: Quantity, b: Quantity) => boolean,
): Quantity[][] {
  return clustersByKind(items, signature, framesMeet, apart);
}
