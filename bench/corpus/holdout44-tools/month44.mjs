// The month builder: bank lines (charges right below the line that caused them), book rows, and what each line
// should be decided as. Businesses call it; layouts give lines and rows their spreadsheet rows afterwards.
import { evidenceOf, sharesWord } from './lib44.mjs';

export function monthBuilder() {
  const lines = [];
  const rows = [];
  let seq = 0;
  let groups = 0;

  const bank = (date, amount, text, ref = '', extra = {}) => {
    if (!Number.isInteger(amount) || amount === 0) throw new Error(`bad amount ${amount} for ${text}`);
    const l = { seq: ++seq, date, amount, text, ref, ...extra, exp: null, charges: 0 };
    lines.push(l);
    return l;
  };
  /** a bank-only line posted right after `parent` */
  const charge = (parent, amount, text, kind, ref = '') => {
    parent.charges += 1;
    const l = { seq: parent.seq + parent.charges / 100, date: parent.date, amount, text, ref, exp: null, charges: 0 };
    lines.push(l);
    l.exp = { decision: 'bank-only', kind };
    return l;
  };
  const book = (date, amount, desc, ref = '', party = '', extra = {}) => {
    if (!Number.isInteger(amount) || amount === 0) throw new Error(`bad amount ${amount} for ${desc}`);
    const r = { seq: ++seq, date, amount, desc, ref, party, ...extra, owner: null };
    rows.push(r);
    return r;
  };
  const own = (rs, owner) => {
    for (const r of rs) {
      if (r.owner) throw new Error(`row ${r.desc} owned twice`);
      r.owner = owner;
    }
  };
  const arr = (x) => (Array.isArray(x) ? x : [x]);

  const auto = (ls, rs, evidence, traits = []) => {
    ls = arr(ls);
    rs = arr(rs);
    const group = ls.length > 1 ? `g${++groups}` : null;
    for (const l of ls) l.exp = { decision: 'auto', rows: rs, group, evidence, traits };
    own(rs, ls[0]);
  };
  const suggest = (ls, rs, evidence, traits = [], mustNotAuto = false) => {
    ls = arr(ls);
    rs = arr(rs);
    const group = ls.length > 1 ? `g${++groups}` : null;
    for (const l of ls) l.exp = { decision: 'suggest', rows: rs, group, evidence, traits, mustNotAuto };
    own(rs, ls[0]);
  };
  /** two equal lines for two equal rows: either pairing is right */
  const twins = (la, lb, ra, rb, evidence) => {
    for (const l of [la, lb])
      l.exp = { decision: 'auto', rows: null, anyOf: [[ra], [rb]], evidence, traits: ['twins'], ambiguous: true };
    own([ra, rb], la);
  };
  /** one line, several equal open rows of one payee: a suggestion, never an auto-match */
  const tie = (l, rs, evidence) => {
    l.exp = {
      decision: 'suggest',
      rows: null,
      anyOf: rs.map((r) => [r]),
      evidence,
      traits: ['tie'],
      mustNotAuto: true,
      ambiguous: true,
    };
    // the rows not taken stay open; only the tie owns them
    own(rs, l);
  };
  const bankOnly = (l, kind) => {
    l.exp = { decision: 'bank-only', kind };
  };
  const none = (l, traits = []) => {
    l.exp = { decision: 'none', traits };
  };
  const pair = (a, b) => {
    if (a.amount + b.amount !== 0) throw new Error('reversal pair does not cancel');
    a.exp = { decision: 'reversal-pair', partner: b };
    b.exp = { decision: 'reversal-pair', partner: a };
  };
  const ledgerOnly = (r, why) => {
    own([r], { ledgerOnly: why });
    r.why = why;
  };
  return { lines, rows, bank, charge, book, auto, suggest, twins, tie, bankOnly, none, pair, ledgerOnly };
}

/** the mapped cells that evidence may use: the statement's text and reference, the book's text, reference, party */
export const bankCells = (l) => [l.text, l.ref];
export const bookCells = (r) => [r.desc, r.desc2 ?? '', r.ref, r.party];

/**
 * Refuses a month whose cells do not bear out its truth: every line decided, every row owned once, evidence as
 * meant, `auto` differences within 10 % and signed by their trait, names alone only when unambiguous, no
 * `none`/`bank-only` line with an open or booked row of its amount (a decoy's row excepted), no overdraft.
 */
export function checkMonth(m, opening, name) {
  const fail = (msg) => {
    throw new Error(`${name}: ${msg}`);
  };
  m.lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  m.rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  let bal = opening;
  for (const l of m.lines) {
    if (!l.exp) fail(`undecided line ${l.text}`);
    bal += l.amount;
    if (bal < 0) fail(`overdrawn at ${l.text}`);
    l.balance = bal;
  }
  for (const r of m.rows) if (!r.owner) fail(`unowned row ${r.desc}`);
  for (const l of m.lines) {
    const e = l.exp;
    const options = e.rows ? [e.rows] : (e.anyOf ?? []);
    for (const rs of options) {
      const got = evidenceOf(bankCells(l), rs.flatMap(bookCells));
      if (got !== e.evidence) fail(`evidence of "${l.text}" is ${got}, meant ${e.evidence}`);
    }
    if (e.decision === 'auto') {
      if (e.evidence === 'amount') fail(`auto on amount alone: ${l.text}`);
      const ls = e.group ? m.lines.filter((x) => x.exp?.group === e.group) : [l];
      const bankSum = ls.reduce((s, x) => s + x.amount, 0);
      for (const rs of options) {
        const bookSum = rs.reduce((s, r) => s + r.amount, 0);
        const diff = bankSum - bookSum;
        if (Math.abs(diff) * 10 > Math.abs(bookSum)) fail(`difference over 10 %: ${l.text}`);
        const t = e.traits.join(' ');
        if (diff !== 0 && Math.sign(diff) * Math.sign(bookSum) < 0 && !/short-/.test(t))
          fail(`short w/o trait ${l.text}`);
        if (diff !== 0 && Math.sign(diff) * Math.sign(bookSum) > 0 && !/over-/.test(t))
          fail(`over w/o trait ${l.text}`);
        if (diff === 0 && /short-|over-/.test(t)) fail(`trait without difference ${l.text}`);
        if (e.evidence === 'counterparty') {
          const others = m.rows.filter((r) => !options.some((o) => o.includes(r)) && r.amount === bookSum);
          if (others.some((r) => sharesWord(bankCells(l), bookCells(r)))) fail(`name alone is ambiguous: ${l.text}`);
        }
      }
    }
    if (e.decision === 'none' || e.decision === 'bank-only') {
      const same = m.rows.filter((r) => r.amount === l.amount);
      const decoyOk = e.traits?.includes('decoy') && same.every((r) => r.why);
      if (same.length && !decoyOk) fail(`${e.decision} line has a book row of its amount: ${l.text}`);
    }
  }
  return bal;
}
