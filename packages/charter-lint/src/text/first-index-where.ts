/**
 * The index of the first item of `items` for which `holds` is true, or
 * `items.length`, by binary search: `holds` must be false up to some index
 * and true from there on (items sorted by what it tests).
 */
export function firstIndexWhere<Item>(items: readonly Item[], holds: (item: Item) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(items[middle] as Item)) high = middle;
    else low = middle + 1;
  }
  return low;
}
