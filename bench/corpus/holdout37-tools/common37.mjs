// holdout37 — small helpers the four sets share: names, numbers that do not read as years, balances, fee bands.
import { numbersOf, share } from './lib37.mjs';

export const trunc = (s, n) => (s.length > n ? s.slice(0, n).trimEnd() : s);

/** a digit string of `len` digits that neither reads as a year nor starts with 19xx/20xx */
export function safeDigits(rng, len) {
  for (;;) {
    const s = rng.digits(len, { lead: '3456789' });
    if (len >= 4 && /^(19|20)/.test(s)) continue;
    return s;
  }
}

/** a supplier's bill number built by `make(rng)`, drawn again until it carries a usable number */
export function billNumber(make, rng) {
  for (let t = 0; t < 200; t++) {
    const b = make(rng);
    const nums = [...numbersOf(b)];
    const runs = b.match(/\d+/g) ?? [];
    if (nums.length === 0) continue;
    if (runs.some((r) => /^(19|20)\d\d$/.test(r) || /^20[23]\d\d/.test(r))) continue;
    return b;
  }
  throw new Error('no bill number');
}

/** customers/suppliers as [bookName, bankName, extra] → objects */
export const parties = (list, defaults = {}) =>
  list.map(([book, bank, extra]) => ({ ...defaults, book, bank: bank ?? book.toUpperCase(), ...(extra ?? {}) }));

/** running balances after each item, from an opening */
export function running(opening, items) {
  let b = opening;
  return items.map((x) => (b += x.amount));
}

export const pct = (minor, num, den) => share(minor, num, den);

/** debit turnover the customer caused (transfers, payroll, statutory, utilities, card, cheques), for turnover fees */
export function customerDebits(m) {
  return m.lines
    .filter((l) => l.amount < 0 && !['fee', 'month-end'].includes(l.spec.kind))
    .reduce((s, l) => s - l.amount, 0);
}
