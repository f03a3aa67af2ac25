/**
 * Two amounts written with the same digits but two of them swapped ("14,593.00" booked for the bank's "14,539.00"): a
 * bookkeeper's typing error, which accountants look for first when a difference divides by nine. Read on the minor
 * units' digits, so a swap across the decimal point counts too. The fix is to correct the entry in the books, not to
 * write the difference off.
 */
export function digitsSwapped(a: number, b: number): boolean {
  if (a === b || a <= 0 || b <= 0 || (a - b) % 9 !== 0) return false;
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length) return false;
  let first = -1;
  let second = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return false;
  }
  return second >= 0 && x[first] === y[second] && x[second] === y[first];
}
