import type { PreparedLedger } from './prepared.js';

/**
 * The numbers a text writes after a series' letters ("IC2310", "IC-2307", "GPB/0436", "IC 2310"), by series: one
 * group of three to eight digits, not the start of a number in groups ("INV-2024-0000001", "NRA/CN/25/93", an
 * account written "ELEC 3012 44871"). Read only for a line and an entry a pass would otherwise confirm.
 */
export function seriesOf(text: string): Map<string, string[]> | null {
  let out: Map<string, string[]> | null = null;
  SERIES.lastIndex = 0;
  for (let m = SERIES.exec(text); m !== null; m = SERIES.exec(text)) {
    const series = m[1]!.toUpperCase();
    out ??= new Map();
    const numbers = out.get(series);
    if (numbers) numbers.push(m[2]!);
    else out.set(series, [m[2]!]);
  }
  return out;
}

const SERIES = /(?<![A-Z0-9])([A-Z]{2,6})(?:[-/]| )?(\d{3,8})(?!\d|[-/ ]\d)/gi;

/**
 * The line quotes numbers of the entry's own series, each another document than each of the entry's (otherSerial):
 * the payer named another document of that series.
 */
export function otherOfSeries(line: ReadonlyMap<string, string[]> | null, l: PreparedLedger): boolean {
  if (line === null) return false;
  const own = seriesOf(`${l.entry.reference ?? ''} ${l.entry.description ?? ''}`);
  if (own === null) return false;
  for (const [series, numbers] of line) {
    const theirs = own.get(series);
    if (theirs && numbers.every((n) => theirs.every((t) => otherSerial(n, t)))) return true;
  }
  return false;
}

/**
 * Two serials of one series that are two documents (SERIES reads three to eight digits: two may be a year, and a bank's
 * transfer id, "FT26100999812", is new on every send): as long as each other, and not two neighbouring digits swapped, a
 * payer's slip. One digit changed is another document of the series, numbered near it (KAP-0255 beside KAP-0252), not
 * a typo; a number of another length may be the same document unpadded.
 */
const otherSerial = (a: string, b: string) => a.length === b.length && a !== b && !swappedOnce(a, b);

/** Two neighbouring digits swapped, and nothing else ("0133" for 0313). */
function swappedOnce(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** One digit added, dropped or changed, or two neighbours swapped. */
export function oneTypoApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length < long.length) return short.slice(i) === long.slice(i + 1);
  return (
    short.slice(i + 1) === long.slice(i + 1) ||
    (short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2))
  );
}
