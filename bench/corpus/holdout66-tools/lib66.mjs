// Shared helpers for the holdout66 generator: seeded draws, money and date text, CSV/XLSX writers, and the checks
// every set must pass before anything is written.
import * as XLSX from 'xlsx';

/** mulberry32: a small seeded generator, so the same seed writes the same bytes. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
export const letters = (r, n) =>
  Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(r() * 24)]).join('');

/** Major-unit number to minor units, exactly. */
export const minor = (x) => Math.round(x * 100);
/** Minor units to the truth's decimal string. */
export const dec = (m) => {
  const s = m < 0 ? '-' : '';
  const a = Math.abs(m);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
/** Minor units to "1,234,567.89" (unsigned). */
export const grouped = (m, sep = ',') => {
  const a = Math.abs(m);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${int}.${String(a % 100).padStart(2, '0')}`;
};

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const dmy = (iso, sep = '/') => iso.split('-').reverse().join(sep);
export const dMonY = (iso, sep = '-') => {
  const [y, m, d] = iso.split('-');
  return `${d}${sep}${MON[Number(m) - 1]}${sep}${y}`;
};
export const weekday = (iso) => new Date(`${iso}T12:00:00Z`).getUTCDay();
export const addDays = (iso, n) => {
  const t = new Date(`${iso}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

/** RFC 4180 CSV: quote a cell only when it needs it, or always (`quoteAll`). */
export function csv(rows, { eol = '\r\n', quoteAll = false, bom = false, sep = ',' } = {}) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return quoteAll || /[",\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(cell).join(sep)).join(eol) + eol;
}

/** An XLSX workbook of one sheet; cells given as {d: iso} become real date cells, {n} numbers with a format. */
export function xlsx(rows, sheetName, cols) {
  const aoa = rows.map((r) =>
    r.map((c) => {
      if (c && typeof c === 'object' && 'd' in c) {
        const [y, m, d] = c.d.split('-').map(Number);
        return { t: 'n', v: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000, z: 'dd/mm/yyyy' };
      }
      if (c && typeof c === 'object' && 'n' in c) return { t: 'n', v: c.n / 100, z: '#,##0.00' };
      return c ?? null;
    }),
  );
  const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: false });
  if (cols) ws['!cols'] = cols.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  // fixed workbook properties so the bytes do not depend on the day the generator runs
  wb.Props = { Title: sheetName, Author: 'export', CreatedDate: new Date('2026-01-01T00:00:00Z') };
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/**
 * Checks a set before writing: every line decided once, every ledger row used once or ledger-only, amounts agree
 * unless a trait says why, groups add up, reversal partners cancel, dates inside the period and on working days,
 * the balance never below zero, at least two decoys nothing may confirm.
 */
export function checkSet(set) {
  const problems = [];
  const { lines, ledger, period, holidays = [], weekendsOff = true } = set;
  const used = new Map();
  const byKey = new Map(ledger.map((l) => [l.key, l]));
  const explains = (t) =>
    t.some((x) => /^short-|^over-payment$|credit-note|net-of-fee|^part-payment$|^split-many-to-one$/.test(x));
  const groups = new Map();
  const seenGroup = new Set();
  let bal = set.opening;
  for (const l of lines) {
    bal += l.amt;
    if (bal < 0) problems.push(`${l.text}: balance below zero`);
    if (l.d < period.from || l.d > period.to) problems.push(`${l.text}: outside the period`);
    if (weekendsOff && (weekday(l.d) === 0 || weekday(l.d) === 6)) problems.push(`${l.text}: on a weekend ${l.d}`);
    if (holidays.includes(l.d)) problems.push(`${l.text}: on a holiday ${l.d}`);
    const keys = l.L ?? l.any?.[0] ?? [];
    // the lines of a group pay the same rows: count them once
    const counted = !l.group || !seenGroup.has(l.group);
    if (l.group) seenGroup.add(l.group);
    for (const k of l.L ?? l.any?.flat() ?? []) {
      if (!byKey.has(k)) problems.push(`${l.text}: unknown ledger ${k}`);
      if (counted) used.set(k, (used.get(k) ?? 0) + 1);
    }
    if (l.exp === 'match') {
      if (!keys.length) problems.push(`${l.text}: match without ledger`);
      const sum = keys.reduce((s, k) => s + (byKey.get(k)?.amt ?? 0), 0);
      if (Math.sign(sum) !== Math.sign(l.amt)) problems.push(`${l.text}: ledger goes the other way`);
      if (l.group) {
        const g = groups.get(l.group) ?? { bank: 0, ledger: sum, t: l.traits };
        g.bank += l.amt;
        groups.set(l.group, g);
      } else if (sum !== l.amt && !explains(l.traits)) problems.push(`${l.text}: amount differs without a trait`);
    } else if (l.L || l.any) problems.push(`${l.text}: ${l.exp} with ledger rows`);
    if (l.exp === 'reversal-pair') {
      const p = lines.find((x) => x.id === l.partner);
      if (!p || p.amt !== -l.amt || p.partner !== l.id) problems.push(`${l.text}: partner wrong`);
    }
    if (l.exp === 'bank-only' && !l.kind) problems.push(`${l.text}: bank-only without kind`);
  }
  for (const [g, v] of groups)
    if (v.bank !== v.ledger && !explains(v.t)) problems.push(`group ${g}: ${v.bank} vs ${v.ledger}`);
  for (const r of ledger) {
    const n = used.get(r.key) ?? 0;
    if (r.only && n) problems.push(`ledger ${r.key}: ledger-only but used`);
    if (!r.only && n !== 1) problems.push(`ledger ${r.key}: used ${n} times`);
  }
  if (set.closing !== undefined && bal !== set.closing) problems.push(`closing ${bal} != ${set.closing}`);
  const decoys = lines.filter((l) => l.decoy && (l.exp === 'no-counterpart' || l.any)).length;
  if (decoys < 2) problems.push(`only ${decoys} decoys`);
  if (problems.length) throw new Error(`${set.set}:\n  ${problems.join('\n  ')}`);
  return bal;
}
