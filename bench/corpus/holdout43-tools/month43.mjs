// The month builder: bank lines (with their charge lines right below), book rows and what links them.
// A set's business file calls these helpers; the generator lays the result out in files.

export function month(r, days) {
  const lines = []; // { day, amount, text, ref, seq, truth }
  const rows = []; // { day, amount, desc, ref, party, seq }
  const links = []; // { lines, rows, decision, ... }
  const ledgerOnly = [];
  const used = new Set();
  let seq = 0;
  const inMonth = (d) => days.find((x) => x >= d) ?? days[days.length - 1];
  const shift = (d, n) => {
    const i = days.indexOf(d);
    return days[Math.max(0, Math.min(days.length - 1, i + n))];
  };
  const day = (lo = 0, hi = days.length - 1) => days[r.int(lo, hi)];
  /** An amount (minor units) that no other drawn amount has; `round` in minor units (10000 = whole hundreds). */
  const amount = (lo, hi, round = 1) => {
    for (;;) {
      const a = Math.round(r.int(Math.ceil(lo / round), Math.floor(hi / round)) * round);
      if (!used.has(a)) {
        used.add(a);
        return a;
      }
    }
  };
  const claim = (a) => used.add(Math.abs(a));
  const line = (l) => {
    const x = { seq: seq++, ref: '', ...l };
    delete x.charges;
    lines.push(x);
    for (const c of l.charges ?? []) {
      const y = { seq: seq++, day: l.day, ref: '', ...c, charge: true };
      lines.push(y);
      links.push({ kind: 'bank-only', lines: [y], rows: [], decision: 'bank-only', bankKind: c.kind, traits: [] });
    }
    return x;
  };
  const row = (w) => {
    const x = { seq: seq++, ref: '', party: '', ...w };
    rows.push(x);
    return x;
  };
  /** A bank line (or several) and the book rows it pays. */
  const match = (o) => {
    const ls = (o.lines ?? [o.line]).map(line);
    const rs = (o.rows ?? [o.row]).map(row);
    links.push({
      kind: 'match',
      lines: ls,
      rows: rs,
      decision: o.decision ?? 'auto',
      evidence: o.evidence,
      traits: o.traits ?? [],
      mustNotAuto: o.mustNotAuto,
      difference: o.difference,
      ambiguousWith: o.ambiguousWith,
    });
    return { lines: ls, rows: rs };
  };
  const bankOnly = (l, kind, traits = []) => {
    const x = line(l);
    links.push({ kind: 'bank-only', lines: [x], rows: [], decision: 'bank-only', bankKind: kind, traits });
    return x;
  };
  const none = (l, traits = []) => {
    const x = line(l);
    links.push({ kind: 'none', lines: [x], rows: [], decision: 'none', traits });
    return x;
  };
  const reversal = (a, b, traits = []) => {
    const x = line(a);
    const y = line(b);
    links.push({ kind: 'reversal', lines: [x, y], rows: [], decision: 'reversal-pair', traits });
  };
  /** Two equal lines and two equal rows either of which is right for either line. */
  const twins = (ls, rs, evidence, traits) => {
    const xs = ls.map(line);
    const ys = rs.map(row);
    links.push({ kind: 'twins', lines: xs, rows: ys, decision: 'auto', evidence, traits });
  };
  /** One line, two equal rows of one party: either would do, the other stays open. */
  const tie = (l, rs, evidence, traits) => {
    const x = line(l);
    const ys = rs.map(row);
    links.push({ kind: 'tie', lines: [x], rows: ys, decision: 'suggest', evidence, traits });
  };
  const bookOnly = (w, why) => {
    const x = row(w);
    ledgerOnly.push({ row: x, why });
    return x;
  };
  return {
    lines,
    rows,
    links,
    ledgerOnly,
    days,
    day,
    shift,
    inMonth,
    amount,
    claim,
    line,
    row,
    match,
    bankOnly,
    none,
    reversal,
    twins,
    tie,
    bookOnly,
  };
}
