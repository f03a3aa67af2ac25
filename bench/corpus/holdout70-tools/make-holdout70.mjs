// Writes bench/corpus/holdout70: four month-long sets (statement, books, truth, reconcile JSON) from sets70.mjs.
// Usage: node make-holdout70.mjs [--out DIR] [--list]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { SETS } from './sets70.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const OUT = outIdx >= 0 ? args[outIdx + 1] : join(here, '..', 'holdout70');
const LIST = args.includes('--list');

const toMinor = (s) => {
  const neg = s.startsWith('-');
  const [a, b = ''] = s.replace('-', '').split('.');
  const v = Number(a) * 100 + Number((b + '00').slice(0, 2));
  return neg ? -v : v;
};
const major = (m) => {
  const neg = m < 0;
  const a = Math.abs(m);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const comma = (m) => {
  const [i, f] = major(Math.abs(m)).split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (set, day) => `${set.month}-${String(day).padStart(2, '0')}`;
const parts = (d) => d.split('-').map(Number);
const dmy = (d) => {
  const [y, m, dd] = parts(d);
  return `${String(dd).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
};
const dMonY = (d, sep = '-') => {
  const [y, m, dd] = parts(d);
  return `${String(dd).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
const serial = (d) => {
  const [y, m, dd] = parts(d);
  return (Date.UTC(y, m - 1, dd) - Date.UTC(1899, 11, 30)) / 86400000;
};
const csvCell = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

// Each layout returns { rows (array of arrays; a cell may be {date} for XLSX), headerRow, file, readOptions, rowOf }
const LAYOUTS = {
  'ng-firmus-softclo': {
    bank(set, lines, open, close) {
      const file = 'firmus-mfb-2010045873-aug2026.csv';
      const rows = [
        ['FIRMUS MICROFINANCE BANK LIMITED'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name:', 'IKORODU ALUFAB LTD'],
        ['Account Number:', '2010045873'],
        ['Currency:', 'NGN'],
        ['Period:', '01/08/2026 to 31/08/2026'],
        [],
        ['Post Date', 'Value Date', 'Narration', 'Tran Ref', 'Withdrawal', 'Lodgement', 'Balance'],
        ['', '', 'Opening Balance', '', '', '', comma(open)],
      ];
      const at = [];
      for (const l of lines) {
        at.push(rows.length + 1);
        rows.push([
          dmy(l.date),
          dmy(l.date),
          l.text,
          l.ref,
          l.minor < 0 ? comma(-l.minor) : '',
          l.minor > 0 ? comma(l.minor) : '',
          comma(l.balance),
        ]);
      }
      rows.push(['', '', 'Closing Balance', '', '', '', comma(close)]);
      return {
        file,
        rows,
        headerRow: 8,
        at,
        readOptions: {
          currency: 'NGN',
          dateOrder: 'DMY',
          mapping: {
            date: 'Post Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Tran Ref',
            moneyOut: 'Withdrawal',
            moneyIn: 'Lodgement',
            balance: 'Balance',
          },
        },
      };
    },
    books(set, books, open) {
      const file = 'softclo-account-ledger-1015-aug2026.csv';
      const rows = [
        ['IKORODU ALUFAB LTD'],
        ['Account Ledger - 1015 Firmus MFB Current Account'],
        ['From 01/08/2026 To 31/08/2026'],
        [],
        [
          'Trans Date',
          'Voucher Type',
          'Voucher No',
          'Account Code',
          'Particulars',
          'Ref No',
          'Party',
          'Dr Amount',
          'Cr Amount',
        ],
        ['01/08/2026', '', '', '1015', 'Opening Balance', '', '', comma(open), ''],
      ];
      const at = [];
      for (const b of books) {
        at.push(rows.length + 1);
        rows.push([
          dmy(b.date),
          b.type,
          b.no,
          '1015',
          b.text,
          b.ref,
          b.party,
          b.minor > 0 ? comma(b.minor) : '',
          b.minor < 0 ? comma(-b.minor) : '',
        ]);
      }
      return {
        file,
        rows,
        headerRow: 5,
        at,
        nonEntryRows: [{ row: 6, why: 'opening balance of the account, not an entry' }],
        readOptions: {
          currency: 'NGN',
          dateOrder: 'DMY',
          mapping: {
            date: 'Trans Date',
            journalId: 'Voucher No',
            account: 'Account Code',
            description: 'Particulars',
            reference: 'Ref No',
            party: 'Party',
            moneyIn: 'Dr Amount',
            moneyOut: 'Cr Amount',
          },
        },
      };
    },
  },
  'gh-atiwa-sage1000': {
    bank(set, lines, open, close) {
      const file = 'atiwa-rb-0211004587301-sep2026.xlsx';
      const rows = [
        ['ATIWA RURAL BANK PLC'],
        ['HEAD OFFICE, KWABENG'],
        ['STATEMENT OF ACCOUNT'],
        ['ACCOUNT NAME:', 'ANYINAM TILES & SANITARY WARE ENT'],
        ['ACCOUNT NO:', '0211004587301', 'CURRENCY:', 'GHS'],
        ['PERIOD:', '01-SEP-2026 TO 30-SEP-2026'],
        [],
        ['TXN DATE', 'VALUE DATE', 'DESCRIPTION', 'CHEQUE/REF NO', 'DEBIT', 'CREDIT', 'BALANCE'],
        ['', '', 'BALANCE B/F', '', '', '', open / 100],
      ];
      const at = [];
      for (const l of lines) {
        at.push(rows.length + 1);
        rows.push([
          { date: l.date },
          { date: l.date },
          l.text,
          l.ref,
          l.minor < 0 ? -l.minor / 100 : '',
          l.minor > 0 ? l.minor / 100 : '',
          l.balance / 100,
        ]);
      }
      rows.push(['', '', 'BALANCE C/F', '', '', '', close / 100]);
      return {
        file,
        rows,
        headerRow: 8,
        at,
        readOptions: {
          currency: 'GHS',
          mapping: {
            date: 'TXN DATE',
            valueDate: 'VALUE DATE',
            description: 'DESCRIPTION',
            reference: 'CHEQUE/REF NO',
            moneyOut: 'DEBIT',
            moneyIn: 'CREDIT',
            balance: 'BALANCE',
          },
        },
      };
    },
    books(set, books) {
      const file = 'sage1000-nl-enquiry-1210-sep2026.csv';
      const rows = [
        ['Nominal Ledger Transaction Enquiry'],
        [
          'Company: ANYINAM TILES & SANITARY WARE ENT',
          'Code: 1210 ATIWA RURAL BANK CURRENT',
          'Periods 2026/09 to 2026/09',
        ],
        [],
        [
          'Nominal Code',
          'Period',
          'Trans Date',
          'Jnl Type',
          'Jnl No',
          'Reference',
          'Narrative',
          'Account Ref',
          'Base Value',
        ],
      ];
      const at = [];
      for (const b of books) {
        at.push(rows.length + 1);
        rows.push(['1210', '2026/09', dmy(b.date), b.type, b.no, b.ref, b.text, b.party, major(b.minor)]);
      }
      return {
        file,
        rows,
        headerRow: 4,
        at,
        readOptions: {
          currency: 'GHS',
          dateOrder: 'DMY',
          mapping: {
            date: 'Trans Date',
            account: 'Nominal Code',
            journalId: 'Jnl No',
            reference: 'Reference',
            description: 'Narrative',
            party: 'Account Ref',
            amount: 'Base Value',
          },
        },
      };
    },
  },
  'ke-bandari-wingubox': {
    bank(set, lines, open, close) {
      const file = 'bandari-fosa-0112-0448812-oct2026.csv';
      const rows = [
        ['BANDARI DT SACCO SOCIETY LTD - FOSA'],
        ['Member Statement'],
        ['Member No', '0448812', 'Name', 'PWANI COCONUT PRODUCTS LTD'],
        ['Account', '0112-0448812-01 FOSA CURRENT', 'Currency', 'KES'],
        ['Statement Period', '01 Oct 2026 - 31 Oct 2026'],
        [],
        ['Transaction Date', 'Description', 'Reference No', 'Money Out', 'Money In', 'Running Balance'],
        ['', 'Balance B/F', '', '', '', major(open)],
      ];
      const at = [];
      for (const l of lines) {
        at.push(rows.length + 1);
        rows.push([
          l.date,
          l.text,
          l.ref,
          l.minor < 0 ? major(-l.minor) : '',
          l.minor > 0 ? major(l.minor) : '',
          major(l.balance),
        ]);
      }
      rows.push(['', 'Balance C/F', '', '', '', major(close)]);
      return {
        file,
        rows,
        headerRow: 7,
        at,
        readOptions: {
          currency: 'KES',
          mapping: {
            date: 'Transaction Date',
            description: 'Description',
            reference: 'Reference No',
            moneyOut: 'Money Out',
            moneyIn: 'Money In',
            balance: 'Running Balance',
          },
        },
      };
    },
    books(set, books) {
      const file = 'wingubox-general-ledger-1102-oct2026.csv';
      const rows = [
        ['Pwani Coconut Products Ltd'],
        ['General Ledger Report'],
        ['Account: 1102 - Bandari Sacco FOSA', 'From: 01-Oct-2026', 'To: 31-Oct-2026'],
        [],
        [
          'Date',
          'Account No',
          'Account Name',
          'Document No',
          'Document Type',
          'External Ref',
          'Contact',
          'Memo',
          'Debit',
          'Credit',
        ],
      ];
      const at = [];
      for (const b of books) {
        at.push(rows.length + 1);
        rows.push([
          dMonY(b.date),
          '1102',
          'Bandari Sacco FOSA',
          b.no,
          b.type,
          b.ref,
          b.party,
          b.text,
          b.minor > 0 ? major(b.minor) : '0.00',
          b.minor < 0 ? major(-b.minor) : '0.00',
        ]);
      }
      return {
        file,
        rows,
        headerRow: 5,
        at,
        readOptions: {
          currency: 'KES',
          mapping: {
            date: 'Date',
            account: 'Account No',
            journalId: 'Document No',
            reference: 'External Ref',
            party: 'Contact',
            description: 'Memo',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
      };
    },
  },
  'za-ikhwezi-jiwa': {
    bank(set, lines, open, close) {
      const file = 'ikhwezi-coop-20071594-aug2026.csv';
      const rows = [
        ['Ikhwezi Savings and Credit Co-operative Ltd'],
        ['Member account statement'],
        ['Member', 'BUFFALO CITY SIGNS & PRINT (PTY) LTD'],
        ['Account', '20071594', 'Transactional'],
        ['From', '2026/08/01', 'To', '2026/08/31'],
        [],
        ['Txn Date', 'Narrative', 'Member Ref', 'Withdrawal', 'Deposit', 'Balance'],
        ['2026/08/01', 'Balance brought forward', '', '', '', major(open)],
      ];
      const at = [];
      for (const l of lines) {
        at.push(rows.length + 1);
        rows.push([
          l.date.replace(/-/g, '/'),
          l.text,
          l.ref,
          l.minor < 0 ? major(-l.minor) : '',
          l.minor > 0 ? major(l.minor) : '',
          major(l.balance),
        ]);
      }
      rows.push(['', 'Closing balance', '', '', '', major(close)]);
      return {
        file,
        rows,
        headerRow: 7,
        at,
        readOptions: {
          currency: 'ZAR',
          mapping: {
            date: 'Txn Date',
            description: 'Narrative',
            reference: 'Member Ref',
            moneyOut: 'Withdrawal',
            moneyIn: 'Deposit',
            balance: 'Balance',
          },
        },
      };
    },
    books(set, books) {
      const file = 'jiwa-gl-transactions-1050-aug2026.csv';
      const rows = [
        ['Buffalo City Signs & Print (Pty) Ltd'],
        ['GL Transaction List', 'Account 1050 Ikhwezi Co-op Transactional', 'Period Aug 2026'],
        [],
        ['Account', 'Trans Date', 'Source', 'Trans No', 'Reference', 'Debtor/Creditor', 'Narration', 'Debit', 'Credit'],
      ];
      const at = [];
      for (const b of books) {
        at.push(rows.length + 1);
        rows.push([
          '1050',
          dmy(b.date),
          b.type,
          b.no,
          b.ref,
          b.party,
          b.text,
          b.minor > 0 ? major(b.minor) : '',
          b.minor < 0 ? major(-b.minor) : '',
        ]);
      }
      return {
        file,
        rows,
        headerRow: 4,
        at,
        readOptions: {
          currency: 'ZAR',
          dateOrder: 'DMY',
          mapping: {
            date: 'Trans Date',
            account: 'Account',
            journalId: 'Trans No',
            reference: 'Reference',
            party: 'Debtor/Creditor',
            description: 'Narration',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
      };
    },
  },
};

const writeRows = (path, rows) => {
  if (path.endsWith('.csv')) return writeFileSync(path, csv(rows.map((r) => r.map((c) => (c && c.date ? c.date : c))))); // CSV dates are strings
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === '' || c === undefined) return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (c && c.date) ws[addr] = { t: 'n', v: serial(c.date), z: 'dd-mmm-yyyy' };
      else if (typeof c === 'number') ws[addr] = { t: 'n', v: c, z: '#,##0.00' };
      else ws[addr] = { t: 's', v: String(c) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Statement');
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
};

const fail = (m) => {
  throw new Error(m);
};
const index = { corpus: 'holdout70', generator: 'bench/corpus/holdout70-tools/make-holdout70.mjs', sets: [] };

for (const set of SETS) {
  const L = LAYOUTS[set.set];
  const books = set.books.map(([label, day, type, no, ref, party, text, amt]) => ({
    label,
    date: iso(set, day),
    type,
    no,
    ref,
    party,
    text,
    minor: toMinor(amt),
  }));
  books.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.no < b.no ? -1 : 1));
  const bookOf = new Map(books.map((b) => [b.label, b]));
  let bal = toMinor(set.opening);
  const lines = set.bank.map(([day, text, ref, amt, x, led, extra = {}]) => {
    const minor = toMinor(amt);
    bal += minor;
    if (bal < 0) fail(`${set.set}: balance negative on ${text}`);
    return { date: iso(set, day), text, ref, minor, balance: bal, x, led, extra };
  });
  for (const d of [...lines.map((l) => l.date), ...books.map((b) => b.date)]) {
    const [y, m, dd] = parts(d);
    const wd = new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
    if (wd === 0 || wd === 6) fail(`${set.set}: weekend date ${d}`);
  }
  for (let i = 1; i < lines.length; i++)
    if (lines[i].date < lines[i - 1].date) fail(`${set.set}: statement out of order at ${lines[i].text}`);
  const bank = L.bank(set, lines, toMinor(set.opening), bal);
  const led = L.books(set, books, toMinor(set.opening));
  books.forEach((b, i) => (b.row = led.at[i]));
  lines.forEach((l, i) => (l.row = bank.at[i]));
  const bref = (b) => ({ file: led.file, row: b.row, date: b.date, amount: major(b.minor) });
  const used = new Set();
  const truthLines = [];
  const pairs = new Map();
  let g = 0;
  for (const l of lines) if (l.x === 'r') pairs.set(l.extra.pair, [...(pairs.get(l.extra.pair) ?? []), l]);
  for (const p of pairs.values())
    if (p.length !== 2 || p[0].minor + p[1].minor !== 0) fail(`${set.set}: reversal pair does not cancel`);
  const counts = { auto: 0, 'bank-only': 0, suggest: 0, none: 0, 'reversal-pair': 0 };
  const kinds = {};
  let noRef = 0;
  let decoys = 0;
  let mustNot = 0;
  const decoyList = [];
  for (const l of lines) {
    const e = l.extra;
    const ref = { file: bank.file, row: l.row, date: l.date, amount: major(l.minor), text: l.text };
    const t = {
      ref,
      expect: null,
      decision: null,
      ledger: null,
      group: null,
      evidence: null,
      ambiguous: false,
      kind: null,
      partner: null,
      traits: e.traits ?? [],
    };
    if (l.x === 'm') {
      const rows = l.led.map((k) => bookOf.get(k) ?? fail(`${set.set}: no book row ${k}`));
      for (const k of l.led) {
        if (used.has(k)) fail(`${set.set}: book row ${k} used twice`);
        used.add(k);
      }
      const sum = rows.reduce((s, b) => s + b.minor, 0);
      if (sum !== l.minor) fail(`${set.set}: ${l.text} ${l.minor} != books ${sum}`);
      Object.assign(t, { expect: 'match', decision: 'auto', ledger: rows.map(bref), evidence: e.ev });
      if (rows.length > 1) t.group = `g${String(++g).padStart(3, '0')}`;
      counts.auto++;
      if (e.ev !== 'reference') noRef++;
    } else if (l.x === 's') {
      const anyOf = e.anyOf.map((set2) => set2.map((k) => bref(bookOf.get(k))));
      for (const o of e.anyOf) for (const k of o) if (bookOf.get(k).minor !== l.minor) fail(`${set.set}: twin amount`);
      Object.assign(t, {
        expect: 'match',
        decision: 'suggest',
        mustNotAuto: true,
        ledgerAnyOf: anyOf,
        ambiguous: true,
        evidence: 'counterparty',
        why: e.why,
      });
      t.traits = ['twins'];
      counts.suggest++;
      mustNot++;
    } else if (l.x === 'b') {
      Object.assign(t, { expect: 'bank-only', decision: 'bank-only', kind: e.kind });
      counts['bank-only']++;
      kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
    } else if (l.x === 'r') {
      const other = pairs.get(e.pair).find((o) => o !== l);
      Object.assign(t, {
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        partner: { file: bank.file, row: other.row, date: other.date, amount: major(other.minor), text: other.text },
      });
      counts['reversal-pair']++;
    } else if (l.x === 'n') {
      Object.assign(t, { expect: 'no-counterpart', decision: 'none', why: e.why });
      counts.none++;
    }
    if (e.decoy) {
      const tempting = e.decoy.tempting.map((k) => bookOf.get(k));
      for (const b of tempting) {
        if (b.minor !== l.minor) fail(`${set.set}: decoy amount differs`);
        if (!set.ledgerOnly[b.label] && l.x !== 's')
          fail(`${set.set}: decoy's tempting row ${b.label} is not ledger-only`);
      }
      t.decoy = { tempting: tempting.map((b) => b.row), why: e.decoy.why };
      decoys++;
      decoyList.push(
        `${set.set} row ${l.row} ${major(l.minor)} ${l.text} → tempting ${tempting.map((b) => b.row).join(',')}`,
      );
    }
    truthLines.push(t);
  }
  const ledgerOnly = [];
  for (const b of books) {
    if (used.has(b.label)) continue;
    const why = set.ledgerOnly[b.label];
    const twin = set.bank.some((x) => x[4] === 's' && x[6].anyOf.flat().includes(b.label));
    if (!why && !twin) fail(`${set.set}: book row ${b.label} neither matched nor ledger-only`);
    if (why) ledgerOnly.push({ ...bref(b), why });
  }
  if (decoys < 2) fail(`${set.set}: fewer than two decoys`);
  const dir = join(OUT, set.set);
  mkdirSync(dir, { recursive: true });
  writeRows(join(dir, bank.file), bank.rows);
  writeRows(join(dir, led.file), led.rows);
  const [y, m] = set.month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const truth = {
    set: set.set,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: { from: `${set.month}-01`, to: `${set.month}-${last}` },
    bankFiles: [
      {
        file: bank.file,
        bank: set.bankName,
        headerRow: bank.headerRow,
        ledgerAccount: set.ledgerAccount,
        readOptions: bank.readOptions,
        openingBalance: set.opening,
        closingBalance: major(bal),
      },
    ],
    ledgerFiles: [
      {
        file: led.file,
        package: set.packageName,
        headerRow: led.headerRow,
        readOptions: led.readOptions,
        ...(led.nonEntryRows ? { nonEntryRows: led.nonEntryRows } : {}),
      },
    ],
    bank: truthLines,
    ledgerOnly,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const doc = {
    options: { timezone: set.timezone },
    bank: lines.map((l) => ({
      id: `${bank.file}#${l.row}`,
      date: l.date,
      amount: major(l.minor),
      currency: set.currency,
      narration: l.text,
      reference: l.ref || null,
      counterparty: null,
      balance: major(l.balance),
    })),
    ledger: books.map((b) => ({
      id: `${led.file}#${b.row}`,
      date: b.date,
      amount: major(b.minor),
      currency: set.currency,
      reference: b.ref || null,
      description: b.text,
      party: b.party || null,
      account: set.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${bank.file}.json`), JSON.stringify(doc, null, 2) + '\n');
  index.sets.push({
    set: set.set,
    country: set.country,
    currency: set.currency,
    period: truth.period,
    bank: set.bankName,
    package: set.packageName,
    business: set.business,
    bankFiles: [bank.file],
    ledgerFiles: [led.file],
    bankLines: lines.length,
    ledgerRows: books.length,
    decisions: counts,
    mustNotAuto: mustNot,
    ledgerOnly: ledgerOnly.length,
    matched: counts.auto,
    matchedWithoutReference: noRef,
    bankOnlyKinds: kinds,
    reversalPairs: pairs.size,
    decoys,
  });
  if (LIST) for (const d of decoyList) console.log(d);
}
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`wrote ${index.sets.length} sets to ${OUT}`);
