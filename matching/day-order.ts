/** The first index of a list sorted by day whose item is dated `day` or later (the list's length if none is). */
export function firstOnOrAfter(list: readonly { readonly day: number }[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
