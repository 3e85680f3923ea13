/**
 * Items grouped by key, in first-seen key order and input order within a group. Appending in
 * place, since copying a group's list on every item is quadratic in the group's size. (Node 20,
 * which the command line supports, has no Map.groupBy.)
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
