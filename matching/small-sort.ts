/** Past this many items the built-in sort's n log n beats insertion's n² (a line quoting hundreds of documents). */
const FEW = 32;

/**
 * A stable sort for a few items (a line's candidates, a payer's small pool): the same order as Array.prototype.sort,
 * without the work list the built-in allocates on every call. Many items go to the built-in sort, which is stable too.
 * `count`: only items[0 .. count) are the list (a scratch list reused from call to call); when the built-in sort takes
 * them, the items past them are dropped first.
 */
export function insertionSort<T>(items: T[], compare: (x: T, y: T) => number, count = items.length): void {
  if (count > FEW) {
    if (items.length > count) items.length = count;
    items.sort(compare);
    return;
  }
  for (let i = 1; i < count; i++) {
    const t = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, t) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = t;
  }
}
