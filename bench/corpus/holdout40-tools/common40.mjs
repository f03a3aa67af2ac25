// Pieces every set's dialect uses: charge lines, month-end lines, writings of an invoice number, the books'
// amount with two digits swapped.
import { share } from './lib40.mjs';

/** a bank-only line posted right after its transfer, carrying the transfer's reference */
export function chargeAfter(m, parent, { text, amount, kind, ref = parent.ref, ...extra }) {
  const l = m.line({ text, ref, amount: -amount, ...extra }, parent);
  m.expect(l, { decision: 'bank-only', kind, traits: ['bank-charge'] });
  return l;
}

/** a bank-only line at the end of the month's last working day */
export function monthEndLine(m, { text, amount, kind, ref = '', ...extra }) {
  const l = m.line({ date: m.day(-1), text, ref, amount: -amount, monthEnd: true, ...extra });
  m.expect(l, { decision: 'bank-only', kind, traits: ['bank-charge', 'month-end'] });
  return l;
}

/** the customer-induced debits of the month so far (what a per-mille fee is charged on) */
export const customerDebits = (m) =>
  m.lines.filter((l) => l.amount < 0 && !(l.t && l.t.decision === 'bank-only')).reduce((s, l) => s - l.amount, 0);

/** the month's alerts so far (one per line) */
export const alerts = (m) => m.lines.length;

/** an amount with two neighbouring digits of its whole part swapped (never the same number, never a leading 0) */
export function transposeDigits(rng, minor) {
  const s = String(minor);
  const whole = s.length - 2;
  const spots = [];
  for (let i = 0; i + 1 < whole; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[1] === '0')) spots.push(i);
  const i = rng.pick(spots);
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}

/** numbered documents handed out in order with small gaps, as a package numbers them */
export function numbering(rng, start, write) {
  let n = start;
  return () => {
    n += rng.int(1, 9);
    return write(n);
  };
}

/** withholding on the VAT-exclusive amount of an invoice: pct of net */
export const withholdingOnNet = (pct) => (v) => share(v.net, pct, 100);

/** the books' party cell as a name (book) and what the bank shows (upper case, cut at the channel's width) */
export const party = (book, bank, width = 30) => ({ book, bank: bank.toUpperCase().slice(0, width).trim() });
