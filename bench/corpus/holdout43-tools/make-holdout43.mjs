// Generates bench/corpus/holdout43: four month-long sets, their truth, reconcile documents and index.json.
// Usage: node make-holdout43.mjs [--out DIR]   (seed: BANKFEED_CORPUS_SEED, default 20434343)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dec, evidence, isoOf, prettyJson, rng, workingDays } from './lib43.mjs';
import { month } from './month43.mjs';
import { BANK, BOOKS } from './layouts43.mjs';
import { ngSchool } from './ng-school43.mjs';
import { ghClinic } from './gh-clinic43.mjs';
import { keHaulage } from './ke-haulage43.mjs';
import { zaNgo } from './za-ngo43.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? 20434343);
const outArg = process.argv.indexOf('--out');
const root = outArg > 0 ? process.argv[outArg + 1] : join(here, '..', 'holdout43');

const SETS = [
  {
    set: 'ng-mutualtrust-fiken',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    from: '2028-09-01',
    to: '2028-09-30',
    holidays: [],
    bank: 'Mutual Trust Microfinance Bank Ltd',
    pkg: 'Fiken (Rapporter → Kontoutskrift of 1920 Bankkonto Mutual Trust MFB NGN, exported to Excel, Norwegian interface)',
    holder: 'NORDLYS INTERNATIONAL SCHOOL IKEJA',
    ledgerAccount: '1920',
    business: ngSchool,
    about: 'a private nursery, primary and secondary school in Ikeja, Lagos (first-term fees)',
    bankFile: (a) => `mutualtrust-mfb-${a}-sep2028.csv`,
    bookFile: 'fiken-kontoutskrift-1920-sep2028.xlsx',
  },
  {
    set: 'gh-bosomtwi-dinero',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    from: '2028-11-01',
    to: '2028-11-30',
    holidays: [],
    bank: 'Bosomtwi Rural Bank PLC',
    pkg: 'Dinero (Regnskab → Kontokort of 5820 Bosomtwi Rural Bank GHS, exported to CSV, Danish interface)',
    holder: 'LAKESIDE COMMUNITY CLINIC LTD',
    ledgerAccount: '5820',
    business: ghClinic,
    about: 'a private clinic with a maternity ward at Kuntanase (NHIA and private health insurers)',
    bankFile: (a) => `bosomtwi-rb-${a}-nov2028.csv`,
    bookFile: 'dinero-kontokort-5820-nov2028.csv',
  },
  {
    set: 'ke-imbank-alegra',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    from: '2028-03-01',
    to: '2028-03-31',
    holidays: [],
    bank: 'I&M Bank Limited',
    pkg: 'Alegra (Bancos → I&M Bank KES → Exportar movimientos, Excel, Spanish interface)',
    holder: 'PWANI CORRIDOR HAULIERS LTD',
    ledgerAccount: '1110-05',
    business: keHaulage,
    about: 'a container and bulk haulier in Mombasa (Northern Corridor)',
    bankFile: (a) => `imbank-${a}-mar2028.xlsx`,
    bookFile: 'alegra-movimientos-ImBank-mar2028.xlsx',
  },
  {
    set: 'za-oldmutual-bokio',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    from: '2028-07-01',
    to: '2028-07-31',
    holidays: [],
    bank: 'Old Mutual Bank',
    pkg: 'Bokio (Bokföring → Huvudbok of 1930 Företagskonto Old Mutual Bank ZAR, exported to CSV, Swedish interface)',
    holder: 'IKHWEZI EARLY LEARNING TRUST NPC',
    ledgerAccount: '1930',
    business: zaNgo,
    about: 'a non-profit running early-childhood centres and a food programme in Khayelitsha, Cape Town',
    bankFile: (a) => `oldmutualbank-${a}-jul2028.csv`,
    bookFile: 'bokio-huvudbok-1930-jul2028.csv',
  },
];

const fail = (set, msg) => {
  throw new Error(`${set}: ${msg}`);
};

async function build(def, i) {
  const setSeed = seed + i * 7919;
  const r = rng(setSeed);
  const days = workingDays(def.from, def.to, def.holidays);
  const m = month(r, days);
  def.business(r, m);
  const s = { ...def, bankAccount: r.digits(def.country === 'NG' ? 10 : 13) };
  const lines = [...m.lines].sort((a, b) => a.day - b.day || a.seq - b.seq);
  const rows = [...m.rows].sort((a, b) => a.day - b.day || a.seq - b.seq);
  for (const x of [...lines, ...rows])
    if (!days.includes(x.day)) fail(def.set, `a date off the working days: ${isoOf(x.day)}`);
  // the opening balance: enough that neither side goes below zero
  const low = (items) => {
    let b = 0;
    let min = 0;
    for (const x of items) min = Math.min(min, (b += x.amount));
    return min;
  };
  const priorBank = m.links.filter((k) => k.traits.includes('prior-period')).reduce((a, k) => a + k.lines[0].amount, 0);
  const bankOpen = -Math.min(low(lines), low(rows) - priorBank) + r.int(50, 400) * 100000;
  const bookOpen = bankOpen + priorBank;
  const dOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 864e5);
  const sd = { ...s, from: dOf(def.from), to: dOf(def.to) };
  const bankFile = def.bankFile(s.bankAccount);
  const B = BANK[def.country](sd, lines, bankOpen);
  const L = BOOKS[def.country](sd, rows, bookOpen);
  const rowOfLine = new Map(lines.map((l, k) => [l, B.rows[k]]));
  const rowOfRow = new Map(rows.map((w, k) => [w, L.rows[k]]));
  const lref = (w) => ({ file: def.bookFile, row: rowOfRow.get(w), date: isoOf(w.day), amount: dec(w.amount) });
  const bref = (l) => {
    const o = { file: bankFile, row: rowOfLine.get(l), date: isoOf(l.day), amount: dec(l.amount), text: l.text };
    if (l.ref) o.reference = l.ref;
    return o;
  };
  const linkOf = new Map();
  for (const k of m.links) for (const l of k.lines) linkOf.set(l, k);
  const owned = new Map();
  const own = (w, why) => {
    if (owned.has(w)) fail(def.set, `book row owned twice: ${w.desc}`);
    owned.set(w, why);
  };
  let g = 0;
  const groupOf = new Map();
  const truthBank = lines.map((l) => {
    const k = linkOf.get(l);
    if (!k) fail(def.set, `line without a link: ${l.text}`);
    const base = {
      ref: bref(l),
      expect: '',
      decision: k.decision,
      ledger: [],
      group: null,
      evidence: null,
      ambiguous: false,
      kind: null,
      partner: null,
      traits: k.traits,
    };
    if (k.kind === 'bank-only') return { ...base, expect: 'bank-only', kind: k.bankKind };
    if (k.kind === 'none') return { ...base, expect: 'no-counterpart' };
    if (k.kind === 'reversal') {
      const other = k.lines.find((x) => x !== l);
      if (k.lines[0].amount + k.lines[1].amount !== 0) fail(def.set, 'reversal pair does not cancel');
      return { ...base, expect: 'reversal-pair', partner: bref(other) };
    }
    const ev = (ws) => evidence([l.text, l.ref], ws.flatMap(L.mapped));
    if (k.kind === 'twins' || k.kind === 'tie') {
      for (const w of k.rows) if (!owned.has(w)) own(w, k.kind);
      for (const w of k.rows)
        if (ev([w]) !== k.evidence) fail(def.set, `${k.kind} evidence ${ev([w])} ≠ ${k.evidence}: ${l.text}`);
      const o = { ...base, expect: 'match', ledger: null, evidence: k.evidence, ambiguous: true };
      if (k.kind === 'tie') o.mustNotAuto = true;
      o.ledgerAnyOf = k.rows.map((w) => [lref(w)]);
      return o;
    }
    for (const w of k.rows) if (!owned.has(w)) own(w, 'match');
    if (k.lines.length > 1 && !groupOf.has(k)) groupOf.set(k, `${def.country.toLowerCase()}-g${++g}`);
    const e = ev(k.rows);
    if (e !== k.evidence) fail(def.set, `evidence ${e} ≠ ${k.evidence}: ${l.text}`);
    const o = { ...base, expect: 'match', ledger: k.rows.map(lref), group: groupOf.get(k) ?? null, evidence: e };
    if (k.decision === 'suggest') o.mustNotAuto = k.mustNotAuto ?? false;
    const diff = k.lines.reduce((a, x) => a + x.amount, 0) - k.rows.reduce((a, w) => a + w.amount, 0);
    if (k.decision === 'auto') {
      if (diff !== (k.difference ?? 0)) fail(def.set, `difference ${diff} ≠ ${k.difference}: ${l.text}`);
      if (diff !== 0) o.difference = dec(diff);
      if (Math.abs(diff) * 10 > Math.abs(k.rows.reduce((a, w) => a + w.amount, 0)))
        fail(def.set, `difference over 10 %: ${l.text}`);
    }
    return o;
  });
  for (const x of m.ledgerOnly) own(x.row, 'ledgerOnly');
  for (const w of rows) if (!owned.has(w)) fail(def.set, `book row owned by nothing: ${w.desc}`);
  // no `none`/`bank-only` line may have a book row of its amount; an auto on a name alone none of another family's
  for (const t of truthBank) {
    if (t.decision === 'none' || t.decision === 'bank-only') {
      if (rows.some((w) => dec(w.amount) === t.ref.amount)) fail(def.set, `a book row has the amount of ${t.ref.text}`);
    }
  }
  const truth = {
    set: def.set,
    country: def.country,
    currency: def.currency,
    timezone: def.timezone,
    period: { from: def.from, to: def.to },
    publicHolidays: def.holidays,
    seed: setSeed,
    notes: [
      'Generated by bench/corpus/holdout43-tools/make-holdout43.mjs; rows are spreadsheet rows counting preamble and header.',
      `Business: ${def.about}. Ledger rows of the one bank account; the export is taken whole.`,
      'Bank-only lines carry kind; no rules are written in the reconcile documents.',
    ],
    bankFiles: [
      {
        file: bankFile,
        bank: def.bank,
        headerRow: B.headerRow,
        ledgerAccount: def.ledgerAccount,
        readOptions: B.readOptions,
        order: 'oldest-first',
        layout: B.layout,
        openingBalance: dec(bankOpen),
        closingBalance: dec(B.closing),
        ...(B.nonEntryRows.length ? { nonEntryRows: B.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: def.bookFile,
        package: def.pkg,
        headerRow: L.headerRow,
        readOptions: L.readOptions,
        layout: L.layout,
        openingBalance: dec(bookOpen),
        closingBalance: dec(L.closing),
        ...(L.nonEntryRows.length ? { nonEntryRows: L.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: m.ledgerOnly.map((x) => ({ ...lref(x.row), why: x.why })),
  };
  const doc = {
    options: { timezone: def.timezone },
    bank: lines.map((l, k) => ({
      id: `${bankFile}#${rowOfLine.get(l)}`,
      date: isoOf(l.day),
      amount: dec(l.amount),
      currency: def.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: dec(bankOpen + lines.slice(0, k + 1).reduce((a, x) => a + x.amount, 0)),
    })),
    ledger: rows.map((w) => ({
      id: `${def.bookFile}#${rowOfRow.get(w)}`,
      date: isoOf(w.day),
      amount: dec(w.amount),
      currency: def.currency,
      reference: L.readOptions.mapping.reference ? w.ref || null : null,
      description: w.desc,
      party: L.readOptions.mapping.party ? w.party || null : null,
      account: def.ledgerAccount,
    })),
    statement: { from: def.from, to: def.to, bankBalance: dec(B.closing), bookBalance: dec(L.closing) },
  };
  const dir = join(root, def.set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bankFile), B.bytes);
  writeFileSync(join(dir, def.bookFile), L.bytes);
  writeFileSync(join(dir, 'truth.json'), await prettyJson(truth, join(here, 'x.json')));
  writeFileSync(join(dir, `reconcile.${bankFile}.json`), await prettyJson(doc, join(here, 'x.json')));
  const count = (f) => truthBank.filter(f).length;
  const decisions = {};
  for (const t of truthBank) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
  const matched = truthBank.filter((t) => t.expect === 'match');
  const pairs = new Set();
  for (const t of matched) {
    const rs = t.ledger ?? t.ledgerAnyOf[0];
    for (const w of rs) pairs.add(`${t.group ?? `${t.ref.row}`}|${t.ambiguous ? t.ref.row : w.row}`);
  }
  return {
    set: def.set,
    country: def.country,
    currency: def.currency,
    period: { from: def.from, to: def.to },
    bank: def.bank,
    package: def.pkg,
    business: def.about,
    bankFiles: [bankFile],
    ledgerFiles: [def.bookFile],
    bankLines: lines.length,
    ledgerRows: rows.length,
    decisions,
    mustNotAuto: count((t) => t.mustNotAuto === true),
    autoWithDifference: count((t) => t.decision === 'auto' && t.difference !== undefined),
    ledgerOnly: m.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
    truthPairs: pairs.size,
  };
}

console.log(`holdout43 seed ${seed}`);
const sets = [];
for (const [i, def] of SETS.entries()) sets.push(await build(def, i));
const index = {
  corpus: 'holdout43',
  seed,
  generator: 'bench/corpus/holdout43-tools/make-holdout43.mjs',
  validator: 'bench/corpus/holdout43-tools/validate-holdout43.mjs',
  sets,
};
mkdirSync(root, { recursive: true });
writeFileSync(join(root, 'index.json'), await prettyJson(index, join(here, 'x.json')));
for (const s of sets) console.log(s.set, s.bankLines, s.ledgerRows, JSON.stringify(s.decisions), 'pairs', s.truthPairs);
