// Grouping into a map of arrays, in linear time: copying a group to add one item makes grouping quadratic in its size.

/** Adds `item` to the group of `key`, creating the group. */
export function appendTo<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [item]);
  else group.push(item);
}

/** The items grouped by key, each group in the items' order, the groups in the order of their first items. */
export function groupBy<K, T>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) appendTo(groups, key(item), item);
  return groups;
}
