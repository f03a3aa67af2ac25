/**
 * A stable sort for a few items (a line's candidates, a payer's small pool): the same order as Array.prototype.sort,
 * without the work list the built-in allocates on every call.
 */
export function insertionSort<T>(items: T[], compare: (x: T, y: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const t = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, t) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = t;
  }
}
