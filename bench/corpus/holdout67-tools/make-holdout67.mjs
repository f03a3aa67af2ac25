// Writes bench/corpus/holdout67: four month-long sets (files, truth, reconcile documents) and index.json.
// Usage: node bench/corpus/holdout67-tools/make-holdout67.mjs [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cents, major, money, dmy, dMonY, weekday, csv, xlsxBuffer } from './lib67.mjs';
import { NG, GH, KE, ZA } from './sets67.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const at = process.argv.indexOf('--out');
const OUT = at >= 0 ? process.argv[at + 1] : join(here, '..', 'holdout67');

const fail = (m) => {
  throw new Error(m);
};

/** Normalises a set: lines {id,date,text,ref,cp,c,dec}, rows {id,date,c,only,fields}. */
function norm(S) {
  const lines = S.lines.map((l) =>
    l.length === 7
      ? { id: l[0], date: l[1], text: l[2], ref: l[3], cp: l[4] || null, c: cents(l[5]), dec: l[6] }
      : { id: l[0], date: l[1], text: l[2], ref: l[3], cp: null, c: cents(l[4]), dec: l[5] },
  );
  return { ...S, lines };
}

const LAYOUT = {
  NG: {
    bankFile: 'infinity-mfb-1100427318-oct2025.csv',
    ledgerFile: 'serenic-gl-entries-10120-oct2025.xlsx',
    ledgerAccount: '10120',
    bank(S, lines) {
      const pre = [
        ['INFINITY MICROFINANCE BANK LTD'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name:', 'KUBWA COMMUNITY HEALTH INITIATIVE'],
        ['Account Number:', '1100427318'],
        ['Account Type:', 'CURRENT ACCOUNT - NGO'],
        ['Currency:', 'NGN'],
        ['Period:', '01-Oct-2025 to 31-Oct-2025'],
        [],
      ];
      const header = ['Txn Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'];
      let bal = cents(S.opening);
      const rows = [...pre, header, ['Opening Balance', '', '', '', '', '', money(bal)]];
      const first = rows.length + 1;
      for (const l of lines) {
        bal += l.c;
        rows.push([
          dMonY(l.date),
          dMonY(l.date),
          l.text,
          l.ref,
          l.c < 0 ? money(l.c) : '',
          l.c > 0 ? money(l.c) : '',
          money(bal),
        ]);
      }
      rows.push(['Closing Balance', '', '', '', '', '', money(bal)]);
      return {
        data: csv(rows),
        first,
        headerRow: pre.length + 1,
        closing: bal,
        readOptions: {
          currency: 'NGN',
          mapping: {
            date: 'Txn Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
      };
    },
    ledger(S) {
      const pre = [
        ['Kubwa Community Health Initiative'],
        ['G/L Account Entries - 10120 Infinity MFB Operating Account'],
        ['Filters: Posting Date 01/10/25..31/10/25; Open: Yes'],
        [],
      ];
      const header = [
        'Posting Date',
        'Document Type',
        'Document No.',
        'External Document No.',
        'G/L Account No.',
        'Description',
        'Source No.',
        'Source Name',
        'Fund No.',
        'Grant No.',
        'Debit Amount',
        'Credit Amount',
      ];
      const rows = [...pre, header];
      const first = rows.length + 1;
      for (const r of S.rows) {
        const [, date, type, doc, ext, srcNo, srcName, desc, fund, grant] = r;
        const c = cents(r[10]);
        rows.push([
          { date },
          type,
          doc,
          ext,
          '10120',
          desc,
          srcNo,
          srcName,
          fund,
          grant,
          c > 0 ? { num: c } : '',
          c < 0 ? { num: -c } : '',
        ]);
      }
      return {
        data: xlsxBuffer(rows, 'G_L Entries', 'dd/mm/yy'),
        first,
        headerRow: pre.length + 1,
        readOptions: {
          currency: 'NGN',
          mapping: {
            date: 'Posting Date',
            reference: 'External Document No.',
            journalId: 'Document No.',
            description: 'Description',
            party: 'Source Name',
            account: 'G/L Account No.',
            moneyIn: 'Debit Amount',
            moneyOut: 'Credit Amount',
          },
        },
        entry: (r) => ({ ref: r[4] || null, desc: r[7], party: r[6] || null, c: cents(r[10]), journal: r[3] }),
      };
    },
  },
  GH: {
    bankFile: 'otuasekan-rb-3012004417-nov2025.xlsx',
    ledgerFile: 'miracle-ledger-otuasekan-current-nov2025.csv',
    ledgerAccount: 'Otuasekan RB Current A/c',
    bank(S, lines) {
      const pre = [
        ['OTUASEKAN RURAL BANK PLC'],
        ['KOFIASE - ASHANTI REGION'],
        ['STATEMENT OF ACCOUNT'],
        ['ACCOUNT NAME', 'NANA AGYEMAN AGRO INPUTS ENTERPRISE'],
        ['ACCOUNT NO.', '3012004417'],
        ['PRODUCT', 'CURRENT ACCOUNT (BUSINESS)'],
        ['PERIOD', '01/11/2025 TO 30/11/2025'],
        [],
      ];
      const header = ['Post Date', 'Value Date', 'Narration', 'Chq/Ref No', 'Withdrawals', 'Deposits', 'Balance'];
      let bal = cents(S.opening);
      const rows = [...pre, header, ['BALANCE B/F', '', '', '', '', '', { num: bal }]];
      const first = rows.length + 1;
      for (const l of lines) {
        bal += l.c;
        rows.push([
          { date: l.date },
          { date: l.date },
          l.text,
          l.ref,
          l.c < 0 ? { num: -l.c } : '',
          l.c > 0 ? { num: l.c } : '',
          { num: bal },
        ]);
      }
      rows.push(['BALANCE C/F', '', '', '', '', '', { num: bal }]);
      return {
        data: xlsxBuffer(rows, 'Statement'),
        first,
        headerRow: pre.length + 1,
        closing: bal,
        readOptions: {
          currency: 'GHS',
          mapping: {
            date: 'Post Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Chq/Ref No',
            moneyOut: 'Withdrawals',
            moneyIn: 'Deposits',
            balance: 'Balance',
          },
        },
      };
    },
    ledger(S) {
      const pre = [
        ['NANA AGYEMAN AGRO INPUTS ENTERPRISE'],
        ['KOFIASE - SEKYERE EAST'],
        ['LEDGER ACCOUNT : Otuasekan RB Current A/c'],
        ['From 01/11/2025 To 30/11/2025'],
        [],
      ];
      const header = ['Date', 'Particulars', 'Vch Type', 'Vch No.', 'Narration', 'Bill Ref.', 'Debit', 'Credit'];
      const rows = [...pre, header];
      const first = rows.length + 1;
      let dr = 0;
      let cr = 0;
      for (const r of S.rows) {
        const [, date, part, type, no, narr, bill] = r;
        const c = cents(r[7]);
        if (c > 0) dr += c;
        else cr -= c;
        rows.push([dmy(date), part, type, no, narr, bill, c > 0 ? money(c) : '', c < 0 ? money(c) : '']);
      }
      rows.push(['Total', '', '', '', '', '', money(dr), money(cr)]);
      return {
        data: csv(rows),
        first,
        headerRow: pre.length + 1,
        readOptions: {
          currency: 'GHS',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            reference: 'Bill Ref.',
            journalId: 'Vch No.',
            description: 'Narration',
            party: 'Particulars',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
        entry: (r) => ({ ref: r[6] || null, desc: r[5], party: r[2], c: cents(r[7]), journal: r[4] }),
      };
    },
  },
  KE: {
    bankFile: 'ukulima-fosa-0401227731-jan2026.csv',
    ledgerFile: 'logic-erp-ledger-fosa-jan2026.xlsx',
    ledgerAccount: 'Ukulima Sacco FOSA A/c',
    bank(S, lines) {
      const pre = [
        ['UKULIMA SACCO SOCIETY LTD'],
        ['FRONT OFFICE SERVICE ACTIVITY (FOSA) - MEMBER STATEMENT'],
        ['Member No:', '10477'],
        ['Member Name:', 'GATUNDU AGROVET & DAIRY SUPPLIES LTD'],
        ['Account:', '0401227731 - FOSA CURRENT'],
        ['From:', '01/01/2026', 'To:', '31/01/2026'],
        [],
      ];
      const header = ['Trx Date', 'Particulars', 'Ref No', 'Withdrawal', 'Deposit', 'Book Balance'];
      let bal = cents(S.opening);
      const rows = [...pre, header, ['Balance B/F', '', '', '', '', money(bal)]];
      const first = rows.length + 1;
      for (const l of lines) {
        bal += l.c;
        rows.push([dmy(l.date), l.text, l.ref, l.c < 0 ? money(l.c) : '', l.c > 0 ? money(l.c) : '', money(bal)]);
      }
      rows.push(['Balance C/F', '', '', '', '', money(bal)]);
      return {
        data: csv(rows, { bom: true }),
        first,
        headerRow: pre.length + 1,
        closing: bal,
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Trx Date',
            description: 'Particulars',
            reference: 'Ref No',
            moneyOut: 'Withdrawal',
            moneyIn: 'Deposit',
            balance: 'Book Balance',
          },
        },
      };
    },
    ledger(S) {
      const pre = [
        ['GATUNDU AGROVET & DAIRY SUPPLIES LTD'],
        ['Ledger : Ukulima Sacco FOSA A/c'],
        ['Period : 01-01-2026 To 31-01-2026'],
        [],
      ];
      const header = ['Date', 'Vch No', 'Vch Type', 'Account', 'Narration', 'Chq No', 'Ref No', 'Debit', 'Credit'];
      const rows = [...pre, header];
      const first = rows.length + 1;
      for (const r of S.rows) {
        const [, date, no, type, acct, narr, chq, ref] = r;
        const c = cents(r[8]);
        rows.push([{ date }, no, type, acct, narr, chq, ref, c > 0 ? { num: c } : '', c < 0 ? { num: -c } : '']);
      }
      return {
        data: xlsxBuffer(rows, 'Ledger', 'dd-mm-yyyy'),
        first,
        headerRow: pre.length + 1,
        readOptions: {
          currency: 'KES',
          mapping: {
            date: 'Date',
            reference: 'Ref No',
            journalId: 'Vch No',
            description: ['Narration', 'Chq No'],
            party: 'Account',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
        entry: (r) => ({
          ref: r[7] || null,
          desc: r[6] ? `${r[5]} — ${r[6]}` : r[5],
          party: r[4],
          c: cents(r[8]),
          journal: r[2],
        }),
      };
    },
  },
  ZA: {
    bankFile: 'stitch-wallet-statement-2026-03.csv',
    ledgerFile: 'sybiz-gl-transactions-8400-000-mar2026.csv',
    ledgerAccount: '8400-000',
    bank(S, lines) {
      const header = ['Date', 'Type', 'Reference', 'Description', 'Counterparty', 'Amount', 'Balance'];
      let bal = cents(S.opening);
      const rows = [header];
      const first = 2;
      let t = 0;
      for (const l of lines) {
        bal += l.c;
        t++;
        const type =
          l.id && l.text.startsWith('Pay by bank fee')
            ? 'FEE'
            : l.text.startsWith('Payout fees') || l.text.startsWith('Monthly')
              ? 'FEE'
              : l.text.startsWith('Pay by bank')
                ? 'PAYMENT'
                : l.text.startsWith('Payout returned')
                  ? 'PAYOUT_REVERSAL'
                  : l.text.startsWith('Payout batch')
                    ? 'PAYOUT_BATCH'
                    : l.text.startsWith('Payout')
                      ? 'PAYOUT'
                      : l.text.startsWith('EFT top-up')
                        ? 'TOP_UP'
                        : 'WITHDRAWAL';
        const hh = String(8 + (t % 9)).padStart(2, '0');
        const mm = String((t * 7) % 60).padStart(2, '0');
        rows.push([`${l.date} ${hh}:${mm}:00`, type, l.ref, l.text, l.cp ?? '', major(l.c), major(bal)]);
      }
      return {
        data: csv(rows, { eol: '\n' }),
        first,
        headerRow: 1,
        closing: bal,
        readOptions: {
          currency: 'ZAR',
          mapping: {
            date: 'Date',
            description: 'Description',
            reference: 'Reference',
            party: 'Counterparty',
            amount: 'Amount',
            balance: 'Balance',
          },
        },
      };
    },
    ledger(S) {
      const pre = [
        ['Blouberg Clean Crew (Pty) Ltd'],
        ['GL Transactions'],
        ['Account: 8400-000 Stitch Wallet'],
        ['Date range: 01/03/2026 - 31/03/2026; Unreconciled only'],
        [],
      ];
      const header = ['Account', 'Date', 'Source', 'Reference', 'Trader', 'Details', 'Debit', 'Credit'];
      const rows = [...pre, header];
      const first = rows.length + 1;
      for (const r of S.rows) {
        const [, date, src, ref, trader, details] = r;
        const c = cents(r[6]);
        rows.push(['8400-000', dmy(date), src, ref, trader, details, c > 0 ? major(c) : '', c < 0 ? major(-c) : '']);
      }
      return {
        data: csv(rows),
        first,
        headerRow: pre.length + 1,
        readOptions: {
          currency: 'ZAR',
          dateOrder: 'DMY',
          mapping: {
            date: 'Date',
            reference: 'Reference',
            description: 'Details',
            party: 'Trader',
            account: 'Account',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
        },
        entry: (r) => ({ ref: r[3] || null, desc: r[5], party: r[4] || null, c: cents(r[6]), journal: r[2] }),
      };
    },
  },
};

const index = { corpus: 'holdout67', generator: 'bench/corpus/holdout67-tools/make-holdout67.mjs', sets: [] };

for (const raw of [NG, GH, KE, ZA]) {
  const S = norm(raw);
  const L = LAYOUT[S.country];
  const dir = join(OUT, S.set);
  mkdirSync(dir, { recursive: true });
  // checks: weekdays, period, holidays
  for (const l of S.lines) {
    if (l.date < S.period.from || l.date > S.period.to) fail(`${S.set} ${l.id}: outside the period`);
    if ([0, 6].includes(weekday(l.date)) || S.holidays.includes(l.date))
      fail(`${S.set} ${l.id}: weekend/holiday ${l.date}`);
  }
  const b = L.bank(S, S.lines);
  const g = L.ledger(S);
  let bal = cents(S.opening);
  for (const l of S.lines) {
    bal += l.c;
    if (bal < 0) fail(`${S.set} ${l.id}: balance below zero`);
  }
  writeFileSync(join(dir, L.bankFile), b.data);
  writeFileSync(join(dir, L.ledgerFile), g.data);
  const bankRow = new Map(S.lines.map((l, i) => [l.id, b.first + i]));
  const lineById = new Map(S.lines.map((l) => [l.id, l]));
  const rowById = new Map(S.rows.map((r, i) => [r[0], { r, row: g.first + i, e: g.entry(r) }]));
  const lref = (id) => {
    const x = rowById.get(id) ?? fail(`${S.set}: no book row ${id}`);
    return { file: L.ledgerFile, row: x.row, date: x.r[1], amount: major(x.e.c) };
  };
  const bref = (l) => ({ file: L.bankFile, row: bankRow.get(l.id), date: l.date, amount: major(l.c), text: l.text });
  const used = new Map();
  const bank = [];
  const groups = new Map();
  for (const l of S.lines) {
    const [kind, a, ev, traits, extra] = l.dec;
    const base = { ref: bref(l) };
    if (kind === 'auto') {
      const grp = extra ?? null;
      if (grp) groups.set(grp, [...(groups.get(grp) ?? []), l]);
      for (const id of a) if (!grp || !used.has(id)) used.set(id, (used.get(id) ?? 0) + 1);
      const sum = a.reduce((s, id) => s + rowById.get(id).e.c, 0);
      if (!grp && sum !== l.c) fail(`${S.set} ${l.id}: amount ${l.c} vs rows ${sum}`);
      bank.push({
        ...base,
        expect: 'match',
        decision: 'auto',
        ledger: a.map(lref),
        group: grp ? `${S.set}-${grp}` : null,
        evidence: ev,
        ambiguous: false,
        kind: null,
        partner: null,
        traits,
      });
    } else if (kind === 'suggest') {
      for (const id of a) used.set(id, (used.get(id) ?? 0) + 1);
      bank.push({
        ...base,
        expect: 'match',
        decision: 'suggest',
        mustNotAuto: true,
        ledger: null,
        ledgerAnyOf: [a.map(lref)],
        group: null,
        evidence: ev,
        ambiguous: true,
        kind: null,
        partner: null,
        traits,
        decoy: { tempting: extra.tempting.map(lref), why: extra.why },
      });
    } else if (kind === 'none') {
      const d = a;
      bank.push({
        ...base,
        expect: 'no-counterpart',
        decision: 'none',
        ledger: [],
        group: null,
        evidence: d ? 'counterparty' : 'amount',
        ambiguous: false,
        kind: null,
        partner: null,
        traits: d ? ['decoy'] : ['unrecorded'],
        why: d ? d.why : ev,
        ...(d ? { decoy: { tempting: d.tempting.map(lref), why: d.why } } : {}),
      });
    } else if (kind === 'bank-only') {
      bank.push({
        ...base,
        expect: 'bank-only',
        decision: 'bank-only',
        ledger: [],
        group: null,
        evidence: 'amount',
        ambiguous: false,
        kind: a,
        partner: null,
        traits: [],
      });
    } else if (kind === 'reversal') {
      const p = lineById.get(a);
      if (p.c !== -l.c || p.dec[1] !== l.id) fail(`${S.set} ${l.id}: reversal partner`);
      bank.push({
        ...base,
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        ledger: [],
        group: null,
        evidence: 'amount',
        ambiguous: false,
        kind: null,
        partner: bref(p),
        traits: ['reversal-pair'],
      });
    } else fail(`${S.set} ${l.id}: unknown decision ${kind}`);
  }
  for (const [grp, ls] of groups) {
    const rows = new Set(ls.flatMap((l) => l.dec[1]));
    const sum = [...rows].reduce((s, id) => s + rowById.get(id).e.c, 0);
    const got = ls.reduce((s, l) => s + l.c, 0);
    if (sum !== got) fail(`${S.set} group ${grp}: ${got} vs ${sum}`);
  }
  const ledgerOnly = [];
  const baseLen = Math.min(...S.rows.map((r) => r.length));
  for (const r of S.rows) {
    const only = r[r.length - 1];
    const isOnly = r.length > baseLen;
    const n = used.get(r[0]) ?? 0;
    if (isOnly && n) fail(`${S.set} ${r[0]}: ledger-only but used`);
    if (!isOnly && n !== 1) fail(`${S.set} ${r[0]}: used ${n} times`);
    if (isOnly) ledgerOnly.push({ ...lref(r[0]), why: only });
  }
  // a ledger-only row of a suggest line's tempting set must really be ledger-only
  const decoys = bank.filter((x) => x.decoy).length;
  const mna = bank.filter((x) => x.mustNotAuto).length;
  if (decoys < 2) fail(`${S.set}: fewer than two decoys`);
  const truth = {
    set: S.set,
    corpus: 'holdout67',
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period: S.period,
    business: S.business,
    bankFiles: [
      {
        file: L.bankFile,
        bank: S.bank,
        headerRow: b.headerRow,
        ledgerAccount: L.ledgerAccount,
        readOptions: b.readOptions,
        openingBalance: major(cents(S.opening)),
        closingBalance: major(b.closing),
      },
    ],
    ledgerFiles: [{ file: L.ledgerFile, package: S.package, headerRow: g.headerRow, readOptions: g.readOptions }],
    bank,
    ledgerOnly,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  // the reconcile document: only what the files carry
  const doc = {
    options: { timezone: S.timezone },
    bank: S.lines.map((l, i) => ({
      id: `${L.bankFile}#${b.first + i}`,
      date: l.date,
      amount: major(l.c),
      currency: S.currency,
      narration: l.text,
      reference: l.ref,
      counterparty: l.cp ? { name: l.cp } : null,
    })),
    ledger: S.rows.map((r) => {
      const x = rowById.get(r[0]);
      return {
        id: `${L.ledgerFile}#${x.row}`,
        date: r[1],
        amount: major(x.e.c),
        currency: S.currency,
        reference: x.e.ref,
        description: x.e.desc,
        party: x.e.party,
        account: L.ledgerAccount,
      };
    }),
  };
  writeFileSync(join(dir, `reconcile.${L.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');
  const count = (d) => bank.filter((x) => x.decision === d).length;
  const kinds = {};
  for (const x of bank) if (x.kind) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
  const matched = bank.filter((x) => x.expect === 'match');
  index.sets.push({
    set: S.set,
    country: S.country,
    currency: S.currency,
    period: S.period,
    bank: S.bank,
    package: S.package,
    business: S.business,
    bankFiles: [L.bankFile],
    ledgerFiles: [L.ledgerFile],
    bankLines: bank.length,
    ledgerRows: S.rows.length,
    decisions: {
      auto: count('auto'),
      'bank-only': count('bank-only'),
      suggest: count('suggest'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: mna,
    ledgerOnly: ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((x) => x.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: count('reversal-pair') / 2,
    decoys,
  });
  if (process.argv.includes('--list'))
    for (const x of bank.filter((y) => y.decoy)) console.log(S.set, x.ref.row, x.ref.amount, x.ref.text, x.decision);
}
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`holdout67 written to ${OUT}`);
