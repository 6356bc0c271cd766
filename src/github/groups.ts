/**
 * `items` in order, cut into groups of at most `count` items whose sizes add
 * up to at most `bytes` (an item larger than that makes a group alone): how
 * much one query reads and one commit carries.
 */
export function groupsOf<T>(items: readonly T[], count: number, bytes: number, size: (item: T) => number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let used = 0;
  for (const item of items) {
    const itemSize = size(item);
    if (group.length === count || (group.length > 0 && used + itemSize > bytes)) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(item);
    used += itemSize;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
