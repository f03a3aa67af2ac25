// Small pieces every set uses: unique amounts, booking dates around a bank date, and invoice documents.
import { addDays, amountBetween, part } from './lib.mjs';

/** Amounts drawn so that no two events share one by accident (an intended equal amount is passed in, not drawn). */
export function amounts(rng) {
  const used = new Set();
  const take = (fn) => {
    for (let i = 0; i < 500; i++) {
      const a = fn();
      if (a > 0 && !used.has(a)) {
        used.add(a);
        return a;
      }
    }
    throw new Error('could not draw a fresh amount');
  };
  return {
    used,
    /** a fresh amount between lo and hi (major units), in steps of `step` minor units */
    between: (lo, hi, step = 1) => take(() => amountBetween(rng, lo, hi, step)),
    /** a fresh gross of a net between lo and hi plus tax at num/den; returns { net, tax, gross } */
    taxed: (lo, hi, num, den, step = 100) => {
      let out;
      take(() => {
        const net = amountBetween(rng, lo, hi, step);
        const tax = part(net, num, den);
        out = { net, tax, gross: net + tax };
        return out.gross;
      });
      return out;
    },
    claim: (a) => used.add(a),
  };
}

/** Booking-date helpers around a bank date, never leaving the month. */
export function booking(cal, rng) {
  const first = cal.days[0];
  const last = cal.days[cal.days.length - 1];
  return {
    /** 0..n working days before (clamped to the month's first working day) */
    before: (d, lo, hi) => {
      const x = cal.shift(d, -rng.int(lo, hi));
      return x < first ? first : x;
    },
    /** lo..hi working days after (clamped to the last working day) */
    after: (d, lo, hi) => {
      const x = cal.shift(d, rng.int(lo, hi));
      return x > last ? last : x;
    },
    /** a working day 0..2 calendar days before d, inside the month */
    near: (d) => {
      const c = [0, 1, 2].map((k) => addDays(d, -k)).filter((x) => cal.isWorking(x) && x >= first);
      return rng.pick(c.length ? c : [d]);
    },
  };
}

/** A pool of serial numbers drawn without repeats. */
export function serials(rng, lo, hi) {
  const used = new Set();
  return {
    used,
    next: () => {
      for (let i = 0; i < 1000; i++) {
        const n = rng.int(lo, hi);
        if (!used.has(n)) {
          used.add(n);
          return n;
        }
      }
      throw new Error('serials exhausted');
    },
    has: (n) => used.has(n),
  };
}

export const pad = (n, w) => String(n).padStart(w, '0');
