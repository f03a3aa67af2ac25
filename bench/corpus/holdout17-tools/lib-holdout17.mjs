// Shared machinery of the holdout17 generator: seeded randomness, integer money, dates, the case book-keeping
// and the truth / reconcile-JSON writers. Written from the public corpus format (bench/corpus/README.md §1–§2)
// and docs/reconcile-json.md only.

export function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n, w = 2) => String(n).padStart(w, '0');

// Money is integer minor units throughout; these only format it.
export function major(minor) {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${pad(a % 100)}`;
}
export function grouped(minor) {
  const [i, f] = major(Math.abs(minor)).split('.');
  return `${minor < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
}
// Percentages as integer basis points so that no float ever touches an amount.
export const pctOf = (minor, bp) => Math.round((minor * bp) / 10000);

export function isoAdd(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const dow = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const dmy = (iso, sep = '/') => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
export const dMonY = (iso, sep = '-') =>
  `${iso.slice(8, 10)}${sep}${MON[Number(iso.slice(5, 7)) - 1]}${sep}${iso.slice(0, 4)}`;
export const monName = (m) => MON[m - 1];

export function csvCell(v) {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export const csvText = (rows, eol = '\n', bom = false) =>
  (bom ? '\ufeff' : '') + rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;

export function mkSet(o) {
  const r = mulberry32(o.seed);
  const S = { ...o, bank: [], ledger: [], cases: [], ledgerOnly: [], used: new Set(), n: 0 };
  S.rand = r;
  S.int = (a, b) => a + Math.floor(r() * (b - a + 1));
  S.pick = (arr) => arr[Math.floor(r() * arr.length)];
  S.chance = (p) => r() < p;
  S.digits = (n) => Array.from({ length: n }, () => S.int(0, 9)).join('');
  S.alnum = (n) => Array.from({ length: n }, () => S.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('');
  S.day = (d) => isoAdd(`${o.year}-${pad(o.month)}-01`, d - 1);
  // A business day on or after day d (bank postings); callers keep d ≤ 27 so it stays in the month.
  S.biz = (d) => {
    let iso = S.day(d);
    while (dow(iso) === 0 || dow(iso) === 6) iso = isoAdd(iso, 1);
    return iso;
  };
  S.lastBiz = () => {
    let iso = isoAdd(S.day(1), 40);
    iso = isoAdd(`${iso.slice(0, 7)}-01`, -1);
    while (dow(iso) === 0 || dow(iso) === 6) iso = isoAdd(iso, -1);
    return iso;
  };
  S.monthEnd = () => isoAdd(`${isoAdd(S.day(1), 40).slice(0, 7)}-01`, -1);
  // Amounts are kept distinct across a set unless a case wants equal ones (twins, ties), so that every
  // "exact amount" judgement in the truth is the one intended.
  S.amount = (lo, hi, centsP = 0.5) => {
    for (;;) {
      const v = S.int(lo, hi) * 100 + (S.chance(centsP) ? S.int(1, 99) : 0);
      if (!S.used.has(v)) {
        S.used.add(v);
        return v;
      }
    }
  };
  S.claim = (v) => {
    if (S.used.has(Math.abs(v))) return false;
    S.used.add(Math.abs(v));
    return true;
  };
  S.B = (f) => {
    const l = { order: r(), traits: [], ...f };
    S.bank.push(l);
    return l;
  };
  S.L = (f) => {
    const e = { order: r(), ...f };
    S.ledger.push(e);
    return e;
  };
  S.C = (c) => {
    const cc = { traits: [], mustNotAuto: false, ...c };
    for (const l of cc.lines) {
      if (l.case) throw new Error(`bank line in two cases: ${l.text}`);
      l.case = cc;
    }
    S.cases.push(cc);
    return cc;
  };
  // A bank charge on the same day right after its parent line: bank-only.
  S.fee = (parent, text, amt, kind, extra = {}) => {
    S.n += 1;
    const l = S.B({
      file: parent.file,
      date: parent.date,
      amount: -amt,
      text,
      order: parent.order + 1e-6 * S.n,
      channel: 'fee',
      parent,
      ...extra,
    });
    S.C({ lines: [l], decision: 'bank-only', kind, traits: ['bank-charge', ...(extra.feeTraits ?? [])] });
    return l;
  };
  S.only = (e, why) => S.ledgerOnly.push({ e, why });
  return S;
}

const cmpLine = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order);

// Lays the files out, numbers the rows, and builds truth.json plus one reconcile JSON per bank file.
// spec.bankFiles: [{ file, bank, ledgerAccount, readOptions, opening, newestFirst, write(lines, bf) → cell rows }]
// spec.ledgerFiles: [{ file, package, readOptions, accounts: [{ key, opening }], write(rowsByAccount, lf) → cell rows,
//                     partyColumn, accountLabel(key) }]
export function finish(S, spec) {
  const files = {};
  for (const bf of spec.bankFiles) {
    const lines = S.bank.filter((l) => l.file === bf.file).sort(cmpLine);
    let bal = bf.opening;
    for (const l of lines) {
      bal += l.amount;
      l.balance = bal;
    }
    bf.closing = bal;
    bf.lines = lines;
    const { rows, headerRow, nonEntryRows } = bf.write(lines, bf);
    bf.headerRow = headerRow;
    bf.nonEntryRows = nonEntryRows;
    files[bf.file] = csvText(rows, bf.eol ?? '\n', bf.bom);
  }
  for (const lf of spec.ledgerFiles) {
    const by = new Map();
    for (const a of lf.accounts) {
      const rows = S.ledger.filter((e) => e.file === lf.file && e.account === a.key).sort(cmpLine);
      let bal = a.opening;
      for (const e of rows) {
        bal += e.amount;
        e.balance = bal;
      }
      a.closing = bal;
      by.set(a.key, rows);
    }
    const stray = S.ledger.filter((e) => e.file === lf.file && !lf.accounts.some((a) => a.key === e.account));
    if (stray.length) throw new Error(`ledger rows of unknown account in ${lf.file}`);
    const { rows, headerRow, nonEntryRows } = lf.write(by, lf);
    lf.headerRow = headerRow;
    lf.nonEntryRows = nonEntryRows;
    files[lf.file] = csvText(rows, lf.eol ?? '\n', lf.bom);
  }
  for (const l of S.bank) if (!l.row) throw new Error(`bank line without row: ${l.text}`);
  for (const e of S.ledger) if (!e.row) throw new Error(`ledger row without row: ${e.desc}`);
  for (const l of S.bank) if (!l.case) throw new Error(`bank line without case: ${l.file} ${l.text}`);

  // Every ledger row is either in a case or book-only, never both, never twice (ties/twins share alternatives).
  const use = new Map();
  for (const c of S.cases) {
    const sets = c.anyOf ?? (c.ledger ? [c.ledger] : []);
    for (const e of new Set(sets.flat())) use.set(e, (use.get(e) ?? 0) + (c.anyOf ? 0.5 : 1));
  }
  for (const { e } of S.ledgerOnly) {
    if (use.has(e)) throw new Error(`ledger-only row also in a case: ${e.desc}`);
    use.set(e, 1);
  }
  for (const [e, n] of use) if (n > 1) throw new Error(`ledger row used ${n}×: ${e.desc}`);
  const tieSpare = S.ledger.filter((e) => !use.has(e));
  if (tieSpare.length) throw new Error(`ledger rows in no case: ${tieSpare.map((e) => e.desc).join(' | ')}`);

  // groups in bank-file order
  let g = 0;
  for (const bf of spec.bankFiles) {
    const inFile = bf.newestFirst ? [...bf.lines].reverse() : bf.lines;
    for (const l of inFile) {
      const c = l.case;
      if ((c.decision === 'auto' || c.decision === 'suggest') && !c.group) c.group = `g${pad(++g, 3)}`;
    }
  }

  const lref = (e) => ({ file: e.file, row: e.row, date: e.date, amount: major(e.amount) });
  const bref = (l) => ({ file: l.file, row: l.row, date: l.date, amount: major(l.amount), text: l.text });
  const EXPECT = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  const bankTruth = [];
  for (const bf of spec.bankFiles) {
    const inFile = bf.newestFirst ? [...bf.lines].reverse() : bf.lines;
    for (const l of inFile) {
      const c = l.case;
      const o = { ref: bref(l), expect: EXPECT[c.decision], decision: c.decision, mustNotAuto: !!c.mustNotAuto };
      if (c.anyOf) {
        o.ledger = null;
        o.ledgerAnyOf = c.anyOf.map((s) => s.map(lref));
      } else o.ledger = (c.ledger ?? []).map(lref);
      if (c.decision === 'auto') {
        const led = c.anyOf ? c.anyOf[0] : c.ledger;
        const diff = c.lines.reduce((s, x) => s + x.amount, 0) - led.reduce((s, x) => s + x.amount, 0);
        if (diff !== 0) o.difference = major(diff);
      }
      o.group = c.group ?? null;
      o.evidence = c.evidence ?? null;
      o.ambiguous = !!c.anyOf;
      o.kind = c.kind ?? null;
      const other = c.decision === 'reversal-pair' ? c.lines.find((x) => x !== l) : null;
      o.partner = other ? bref(other) : null;
      o.traits = [...new Set([...c.traits, ...(c.lines.length === 1 ? l.traits : [])])];
      bankTruth.push(o);
    }
  }

  const truth = {
    set: S.id,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: { from: S.day(1), to: S.monthEnd() },
    seed: S.seed,
    bankFiles: spec.bankFiles.map((bf) => ({
      file: bf.file,
      bank: bf.bank,
      headerRow: bf.headerRow,
      ledgerAccount: bf.ledgerAccount,
      readOptions: bf.readOptions,
      openingBalance: major(bf.opening),
      closingBalance: major(bf.closing),
      order: bf.newestFirst ? 'newest-first' : 'oldest-first',
      ...(bf.nonEntryRows?.length ? { nonEntryRows: bf.nonEntryRows } : {}),
    })),
    ledgerFiles: spec.ledgerFiles.map((lf) => ({
      file: lf.file,
      package: lf.package,
      layout: lf.layout,
      headerRow: lf.headerRow,
      readOptions: lf.readOptions,
      ...(lf.nonEntryRows?.length ? { nonEntryRows: lf.nonEntryRows } : {}),
    })),
    notes: spec.notes ?? [],
    bank: bankTruth,
    ledgerOnly: S.ledgerOnly
      .map(({ e, why }) => ({ ...lref(e), why }))
      .sort((a, b) => (a.file === b.file ? a.row - b.row : a.file < b.file ? -1 : 1)),
  };

  const reconcile = {};
  for (const bf of spec.bankFiles) {
    const lf = spec.ledgerFiles.find((x) => x.accounts.some((a) => a.key === bf.ledgerAccount));
    const acc = lf.accounts.find((a) => a.key === bf.ledgerAccount);
    const rows = S.ledger
      .filter((e) => e.file === lf.file && e.account === bf.ledgerAccount)
      .sort((a, b) => a.row - b.row);
    const inFile = bf.newestFirst ? [...bf.lines].reverse() : bf.lines;
    reconcile[`reconcile.${bf.file}.json`] = {
      options: { timezone: S.timezone },
      statement: {
        from: S.day(1),
        to: S.monthEnd(),
        bankBalance: major(bf.closing),
        bookBalance: major(acc.closing),
      },
      bank: inFile.map((l) => ({
        id: `${l.file}#${l.row}`,
        date: l.date,
        amount: major(l.amount),
        currency: S.currency,
        narration: l.text,
        reference: l.reference ?? null,
        counterparty: l.cp ?? null,
        balance: major(l.balance),
      })),
      ledger: rows.map((e) => ({
        id: `${e.file}#${e.row}`,
        date: e.date,
        dueDate: null,
        amount: major(e.amount),
        currency: S.currency,
        reference: e.ref || null,
        description: (lf.describe ? lf.describe(e) : e.desc) || null,
        party: lf.partyColumn ? e.party || null : null,
        account: lf.accountLabel(bf.ledgerAccount),
      })),
    };
  }
  return { files, truth, reconcile };
}

export function counts(truth) {
  const c = {
    bankLines: truth.bank.length,
    auto: 0,
    suggest: 0,
    mustNotAuto: 0,
    bankOnly: 0,
    reversalPair: 0,
    none: 0,
    withDifference: 0,
    twinsOrTies: 0,
    noReference: 0,
    ledgerRows: 0,
    ledgerMatched: 0,
    ledgerOnly: truth.ledgerOnly.length,
  };
  const matched = new Set();
  for (const b of truth.bank) {
    if (b.decision === 'auto') c.auto++;
    if (b.decision === 'suggest') c.suggest++;
    if (b.mustNotAuto) c.mustNotAuto++;
    if (b.decision === 'bank-only') c.bankOnly++;
    if (b.decision === 'reversal-pair') c.reversalPair++;
    if (b.decision === 'none') c.none++;
    if (b.difference) c.withDifference++;
    if (b.ambiguous) c.twinsOrTies++;
    if (b.expect === 'match' && b.evidence !== 'reference') c.noReference++;
    for (const r of b.ledger ?? b.ledgerAnyOf.flat()) matched.add(`${r.file}#${r.row}`);
  }
  c.ledgerMatched = matched.size;
  return c;
}
