// The few words the month files are written in: a bank line, a book row, and the decision on each line.
import { minor } from './lib57.mjs';

/**
 * A bank statement line, in the order the money moved. `o` holds the decision, written by hand:
 * `auto: [bookKeys]` / `suggest: [bookKeys]` (with `ev`, `tr`, `diff`, `grp`), `twins: [bookKeys]` (each of them is an
 * equally right answer), `bankOnly: kind`, `none: true` (no counterpart), `rev: partnerKey` (a reversal pair).
 */
export const B = (d, amt, text, ref, o) => ({ d, amt: minor(amt), text, ref: ref ?? '', ...o });

/** A book row of the bank account. `o`: `ref`, `party`, `lo` (why it is ledger-only), layout extras. */
export const L = (key, d, amt, text, o = {}) => ({ key, d, amt: minor(amt), text, ref: o.ref ?? '', ...o });
