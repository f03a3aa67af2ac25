// holdout38 generator: node bench/corpus/holdout38-tools/make-holdout38.mjs [--out DIR] (seed: BANKFEED_CORPUS_SEED)
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, dec, grouped, csv, xlsx, cellNumber, prettyJson, evidence, parts, MON } from './lib38.mjs';
import { buildMonth } from './events38.mjs';
import { ng, gh, ke, za } from './sets38.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argOut = process.argv.indexOf('--out');
const outDir = argOut > 0 ? process.argv[argOut + 1] : join(here, '..', 'holdout38');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20383838);
console.log(`holdout38 seed ${SEED} → ${outDir}`);

const dmy = (s, sep = '/') => {
  const p = parts(s);
  return `${p.d}${sep}${p.m}${sep}${p.y}`;
};

// ---- layouts: each gives lines/rows their spreadsheet row and mapped cells, and returns the file ----
const LAYOUTS = {
  'ng-accion-snelstart': {
    bank(D, lines, opening) {
      const file = 'accion-mfb-2010448817-feb2027.xlsx';
      const closing = opening + lines.reduce((s, l) => s + l.amount, 0);
      const rows = [
        ['ACCION MICROFINANCE BANK LIMITED'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name', 'VELUWE HATCHERY NIGERIA LTD'],
        ['Account Number', '2010448817'],
        ['Account Type', 'SME CURRENT ACCOUNT'],
        ['Currency', 'NGN'],
        ['Period', '01-Feb-2027 to 28-Feb-2027'],
        ['Branch', 'BODIJA, IBADAN'],
        [],
        ['Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
        [null, null, 'OPENING BALANCE', null, null, null, { n: cellNumber(opening) }],
      ];
      let bal = opening;
      let dr = 0;
      let cr = 0;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        l.cellText = l.text;
        l.cellRef = l.ref;
        if (l.amount < 0) dr -= l.amount;
        else cr += l.amount;
        const z = 'dd-mmm-yyyy';
        rows.push([
          { date: l.date, z },
          { date: l.date, z },
          l.text,
          l.ref || null,
          l.amount < 0 ? { n: cellNumber(-l.amount) } : null,
          l.amount > 0 ? { n: cellNumber(l.amount) } : null,
          { n: cellNumber(bal) },
        ]);
      }
      const totalRow = rows.length + 1;
      rows.push([null, null, 'TOTAL', null, { n: cellNumber(dr) }, { n: cellNumber(cr) }, null]);
      rows.push([null, null, 'CLOSING BALANCE', null, null, null, { n: cellNumber(closing) }]);
      return {
        file,
        bytes: xlsx('Statement', rows, { cols: [13, 13, 70, 34, 16, 16, 18], docDate: '2027-03-01' }),
        headerRow: 10,
        readOptions: {
          currency: 'NGN',
          sheet: 'Statement',
          mapping: {
            date: 'Trans. Date',
            valueDate: 'Value Date',
            description: 'Narration',
            reference: 'Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        order: 'oldest-first',
        layout:
          'Accion MFB internet-banking statement (XLSX): eight label rows and a blank, header in row 10, an undated OPENING BALANCE row (balance only), real date cells dd-mmm-yyyy, numeric Debit/Credit, an undated TOTAL row with money and an undated CLOSING BALANCE row',
        nonEntryRows: [{ row: totalRow, why: 'statement totals (debits and credits), not an entry' }],
        closing,
      };
    },
    ledger(D, brows, opening) {
      const file = 'snelstart-grootboekkaart-1110-feb2027.xlsx';
      const rows = [
        ['Veluwe Hatchery Nigeria Ltd'],
        ['Grootboekkaart'],
        ['Periode: 1-2-2027 t/m 28-2-2027'],
        ['Grootboekrekening: 1110 Accion MFB NGN'],
        [],
        ['Datum', 'Dagboek', 'Boekstuk', 'Omschrijving', 'Relatie', 'Factuur', 'Debet', 'Credit', 'Saldo'],
        [null, null, null, 'Beginsaldo', null, null, null, null, { n: cellNumber(opening) }],
      ];
      let bal = opening;
      let deb = 0;
      let cre = 0;
      let bk = 270141;
      for (const r of brows) {
        bal += r.amount;
        r.balance = bal;
        r.row = rows.length + 1;
        if (r.amount > 0) deb += r.amount;
        else cre -= r.amount;
        bk += 1;
        rows.push([
          { date: r.date, z: 'd-m-yyyy' },
          'Accion',
          String(bk),
          r.desc,
          r.party || null,
          r.ref || null,
          r.amount > 0 ? { n: cellNumber(r.amount) } : null,
          r.amount < 0 ? { n: cellNumber(-r.amount) } : null,
          { n: cellNumber(bal) },
        ]);
      }
      const tot = rows.length + 1;
      rows.push([
        null,
        null,
        null,
        'Totaal mutaties',
        null,
        null,
        { n: cellNumber(deb) },
        { n: cellNumber(cre) },
        null,
      ]);
      rows.push([null, null, null, 'Eindsaldo', null, null, null, null, { n: cellNumber(bal) }]);
      return {
        file,
        bytes: xlsx('Grootboekkaart', rows, { cols: [11, 9, 9, 60, 36, 16, 16, 16, 18], docDate: '2027-03-03' }),
        headerRow: 6,
        readOptions: {
          currency: 'NGN',
          sheet: 'Grootboekkaart',
          mapping: {
            date: 'Datum',
            reference: 'Factuur',
            description: 'Omschrijving',
            party: 'Relatie',
            moneyIn: 'Debet',
            moneyOut: 'Credit',
            balance: 'Saldo',
          },
        },
        layout:
          'SnelStart 12 Grootboekkaart of account 1110 exported to Excel (Dutch interface): four title rows and a blank, header in row 6, an undated Beginsaldo row (balance only), real date cells d-m-yyyy, Debet = money in, an undated Totaal mutaties row with money and an undated Eindsaldo row',
        nonEntryRows: [{ row: tot, why: 'period totals (Totaal mutaties), not an entry' }],
        closing: bal,
      };
    },
    ledgerAccount: '1110',
    bankName: 'Accion Microfinance Bank Limited',
    packageName:
      'SnelStart 12 (Rapportages → Grootboekkaart of account 1110 Accion MFB NGN, exported to Excel, Dutch interface)',
  },
  'gh-bosomtwe-tripletex': {
    bank(D, lines, opening) {
      const file = 'bosomtwe-rb-0141002238714-apr2027.csv';
      const closing = opening + lines.reduce((s, l) => s + l.amount, 0);
      const dt = (s) => {
        const p = parts(s);
        return `${p.d}-${MON[Number(p.m) - 1].toUpperCase()}-${p.y}`;
      };
      const rows = [
        ['BOSOMTWE RURAL BANK PLC'],
        ['KUNTANASE - ASHANTI REGION'],
        ['STATEMENT OF ACCOUNT'],
        ['ACCOUNT NAME:', 'SOLVANN IRRIGATION GHANA LTD'],
        ['ACCOUNT NO:', '0141002238714'],
        ['CURRENCY:', 'GHS'],
        ['PERIOD:', '01-APR-2027 TO 30-APR-2027'],
        [],
        ['POST DATE', 'VALUE DATE', 'TRANSACTION DETAILS', 'CHQ/REF NO', 'DEBIT', 'CREDIT', 'BALANCE'],
        ['', '', 'BALANCE B/F', '', '', '', grouped(opening)],
      ];
      let bal = opening;
      let dr = 0;
      let cr = 0;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        l.cellText = l.text;
        l.cellRef = l.ref;
        if (l.amount < 0) dr -= l.amount;
        else cr += l.amount;
        rows.push([
          dt(l.date),
          dt(l.date),
          l.text,
          l.ref,
          l.amount < 0 ? grouped(-l.amount) : '',
          l.amount > 0 ? grouped(l.amount) : '',
          grouped(bal),
        ]);
      }
      const tot = rows.length + 1;
      rows.push(['', '', 'TOTAL', '', grouped(dr), grouped(cr), '']);
      rows.push(['', '', 'BALANCE C/F', '', '', '', grouped(closing)]);
      return {
        file,
        bytes: Buffer.from(csv(rows), 'utf8'),
        headerRow: 9,
        readOptions: {
          currency: 'GHS',
          mapping: {
            date: 'POST DATE',
            valueDate: 'VALUE DATE',
            description: 'TRANSACTION DETAILS',
            reference: 'CHQ/REF NO',
            moneyOut: 'DEBIT',
            moneyIn: 'CREDIT',
            balance: 'BALANCE',
          },
        },
        order: 'oldest-first',
        layout:
          'Bosomtwe Rural Bank statement printout saved as CSV (comma, quoted only when a cell holds a comma): three title rows, four LABEL: value rows and a blank, header in row 9, dates as text dd-MON-yyyy in capitals, amounts grouped with commas, undated BALANCE B/F and BALANCE C/F rows (balance only) and an undated TOTAL row with money',
        nonEntryRows: [{ row: tot, why: 'statement totals (debits and credits), not an entry' }],
        closing,
      };
    },
    ledger(D, brows, opening) {
      const file = 'tripletex-hovedbok-1920-apr2027.csv';
      const nok = (m) => grouped(m, ' ', ',');
      const rows = [
        ['Solvann Irrigation Ghana Ltd'],
        ['Hovedbok'],
        ['Periode: 01.04.2027 - 30.04.2027'],
        ['Konto 1920 Bosomtwe Rural Bank GHS'],
        [],
        ['Konto', 'Dato', 'Bilagsnummer', 'Beskrivelse', 'Fakturanr', 'Beløp', 'Saldo', 'Valuta'],
        ['1920', '', '', 'Inngående saldo', '', '', nok(opening), 'GHS'],
      ];
      let bal = opening;
      let bilag = 388;
      for (const r of brows) {
        bal += r.amount;
        r.balance = bal;
        r.row = rows.length + 1;
        bilag += 1;
        rows.push(['1920', r.date, `${bilag}-2027`, r.desc, r.ref, nok(r.amount), nok(bal), 'GHS']);
      }
      const tot = rows.length + 1;
      rows.push(['1920', '', '', 'Sum', '', nok(bal - opening), '', 'GHS']);
      rows.push(['1920', '', '', 'Utgående saldo', '', '', nok(bal), 'GHS']);
      return {
        file,
        bytes: Buffer.from(csv(rows, { delimiter: ';', bom: true }), 'utf8'),
        headerRow: 6,
        readOptions: {
          currency: 'GHS',
          decimalSeparator: ',',
          mapping: {
            date: 'Dato',
            reference: 'Fakturanr',
            description: 'Beskrivelse',
            amount: 'Beløp',
            balance: 'Saldo',
            account: 'Konto',
          },
        },
        layout:
          'Tripletex Hovedbok (general ledger) of account 1920 exported to CSV (Norwegian interface): UTF-8 with BOM, semicolons, four title rows and a blank, header in row 6, ISO dates, one signed Beløp column (money in positive), decimal comma with spaces grouping the thousands, no party column (the name is in Beskrivelse), Konto on every row, undated Inngående saldo / Utgående saldo rows (balance only) and an undated Sum row with money',
        nonEntryRows: [{ row: tot, why: 'net movement of the period (Sum), not an entry' }],
        closing: bal,
      };
    },
    ledgerAccount: '1920',
    bankName: 'Bosomtwe Rural Bank PLC',
    packageName:
      'Tripletex (Regnskap → Hovedbok of account 1920 Bosomtwe Rural Bank GHS, exported to CSV, Norwegian interface)',
  },
  'ke-rafiki-bexio': {
    bank(D, lines, opening) {
      const file = 'rafiki-mfb-3100207745001-jun2027.xlsx';
      const closing = opening + lines.reduce((s, l) => s + l.amount, 0);
      const rows = [
        ['RAFIKI MICROFINANCE BANK LIMITED'],
        ['ACCOUNT STATEMENT'],
        ['Customer Name:', 'BERGKAFFEE ROASTERS KENYA LTD'],
        ['Account Number:', '3100207745001'],
        ['Branch:', 'RUIRU'],
        ['Currency:', 'KES'],
        ['Statement Period:', '01/06/2027 - 30/06/2027'],
        [],
        [
          'Transaction Date',
          'Description',
          'Reference No.',
          'Value Date',
          'Withdrawals',
          'Deposits',
          'Running Balance',
        ],
        [null, 'Balance Brought Forward', null, null, null, null, { n: cellNumber(opening) }],
      ];
      let bal = opening;
      let dr = 0;
      let cr = 0;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        l.cellText = l.text;
        l.cellRef = l.ref;
        if (l.amount < 0) dr -= l.amount;
        else cr += l.amount;
        rows.push([
          dmy(l.date),
          l.text,
          l.ref || null,
          dmy(l.date),
          l.amount < 0 ? { n: cellNumber(-l.amount) } : null,
          l.amount > 0 ? { n: cellNumber(l.amount) } : null,
          { n: cellNumber(bal) },
        ]);
      }
      const tot = rows.length + 1;
      rows.push([null, 'Total', null, null, { n: cellNumber(dr) }, { n: cellNumber(cr) }, null]);
      rows.push([null, 'Balance Carried Forward', null, null, null, null, { n: cellNumber(closing) }]);
      return {
        file,
        bytes: xlsx('Statement', rows, { cols: [16, 66, 22, 14, 16, 16, 18], docDate: '2027-07-01' }),
        headerRow: 9,
        readOptions: {
          currency: 'KES',
          sheet: 'Statement',
          dateOrder: 'DMY',
          mapping: {
            date: 'Transaction Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Reference No.',
            moneyOut: 'Withdrawals',
            moneyIn: 'Deposits',
            balance: 'Running Balance',
          },
        },
        order: 'oldest-first',
        layout:
          'Rafiki MFB statement as XLSX (sheet Statement): two title rows, five label rows and a blank, header in row 9, dates as text cells dd/mm/yyyy, numeric Withdrawals/Deposits, an undated Balance Brought Forward row (balance only) at the top, an undated Total row with money and an undated Balance Carried Forward row',
        nonEntryRows: [{ row: tot, why: 'statement totals (withdrawals and deposits), not an entry' }],
        closing,
      };
    },
    ledger(D, brows, opening) {
      const file = 'bexio-kontoauszug-1021-jun2027.csv';
      const chf = (m) => grouped(m, "'", '.');
      const rows = [
        ['Bergkaffee Roasters Kenya Ltd'],
        ['Kontoauszug 1021 Rafiki MFB KES'],
        ['Zeitraum: 01.06.2027 - 30.06.2027'],
        [],
        ['Datum', 'Beleg-Nr.', 'Referenz', 'Buchungstext', 'Kontakt', 'Gegenkonto', 'Soll', 'Haben', 'Saldo'],
        ['', '', '', 'Anfangssaldo', '', '', '', '', chf(opening)],
      ];
      let bal = opening;
      let soll = 0;
      let haben = 0;
      let beleg = 2206;
      for (const r of brows) {
        bal += r.amount;
        r.balance = bal;
        r.row = rows.length + 1;
        beleg += 1;
        if (r.amount > 0) soll += r.amount;
        else haben -= r.amount;
        const p = parts(r.date);
        const contra =
          r.amount > 0
            ? '1100'
            : /Löhne/.test(r.desc)
              ? '5000'
              : /KRA|SHIF|NSSF|Housing/.test(r.desc)
                ? '2200'
                : '2000';
        rows.push([
          `${p.d}.${p.m}.${p.y}`,
          String(beleg),
          r.ref,
          r.desc,
          r.party,
          contra,
          r.amount > 0 ? chf(r.amount) : '',
          r.amount < 0 ? chf(-r.amount) : '',
          chf(bal),
        ]);
      }
      const tot = rows.length + 1;
      rows.push(['', '', '', 'Total', '', '', chf(soll), chf(haben), '']);
      rows.push(['', '', '', 'Schlusssaldo', '', '', '', '', chf(bal)]);
      return {
        file,
        bytes: Buffer.from(csv(rows, { delimiter: ';', bom: true }), 'utf8'),
        headerRow: 5,
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Datum',
            reference: 'Referenz',
            description: 'Buchungstext',
            party: 'Kontakt',
            moneyIn: 'Soll',
            moneyOut: 'Haben',
            balance: 'Saldo',
          },
        },
        layout:
          "bexio Kontoauszug (account statement) of account 1021 exported to CSV (German interface, Swiss number format): UTF-8 with BOM, semicolons, three title rows and a blank, header in row 5, dates dd.mm.yyyy, amounts with a decimal point and apostrophes grouping the thousands (1'234'567.89), Soll = money in, undated Anfangssaldo / Schlusssaldo rows (balance only) and an undated Total row with money",
        nonEntryRows: [{ row: tot, why: 'period totals (Total), not an entry' }],
        closing: bal,
      };
    },
    ledgerAccount: '1021',
    bankName: 'Rafiki Microfinance Bank Limited',
    packageName: 'bexio (Buchhaltung → Kontoauszug of account 1021 Rafiki MFB KES, exported to CSV, German interface)',
  },
  'za-canara-giddh': {
    bank(D, lines, opening) {
      const file = 'canara-jhb-0912201004412-jul2027.csv';
      const closing = opening + lines.reduce((s, l) => s + l.amount, 0);
      const rows = [
        ['CANARA BANK - JOHANNESBURG BRANCH'],
        ['Account Statement'],
        ['Account Number', '0912201004412'],
        ['Account Name', 'LAXMI FOODS IMPORTERS (PTY) LTD'],
        ['Currency', 'ZAR'],
        ['Statement From', '01-07-2027', 'To', '31-07-2027'],
        ['Opening Balance', grouped(opening)],
        [],
        ['Txn Date', 'Value Date', 'Cheque No.', 'Description', 'Branch Code', 'Debit', 'Credit', 'Balance'],
      ];
      let bal = opening;
      for (const l of lines) {
        bal += l.amount;
        l.balance = bal;
        l.row = rows.length + 1;
        l.cellText = l.text;
        l.cellRef = l.ref;
        rows.push([
          dmy(l.date, '-'),
          dmy(l.date, '-'),
          l.ref,
          l.text,
          '9120',
          l.amount < 0 ? grouped(-l.amount) : '',
          l.amount > 0 ? grouped(l.amount) : '',
          grouped(bal),
        ]);
      }
      rows.push(['Closing Balance', grouped(closing)]);
      rows.push(['** This is a computer generated statement and does not require a signature **']);
      return {
        file,
        bytes: Buffer.from(csv(rows), 'utf8'),
        headerRow: 9,
        readOptions: {
          currency: 'ZAR',
          dateOrder: 'DMY',
          mapping: {
            date: 'Txn Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Cheque No.',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        order: 'oldest-first',
        layout:
          'Canara Bank account statement as CSV (the layout of Canara net banking): two title rows, five label/value rows (opening balance among them) and a blank, header in row 9, dates dd-mm-yyyy, Debit/Credit grouped with commas and quoted, a Branch Code column, a Closing Balance row and a text footer below the entries, no totals',
        closing,
      };
    },
    ledger(D, brows, opening) {
      const file = 'giddh-ledger-canara-jhb-jul2027.xlsx';
      const drcr = (m) => `${grouped(Math.abs(m))} ${m >= 0 ? 'Dr' : 'Cr'}`;
      const rows = [
        ['Laxmi Foods Importers (Pty) Ltd'],
        ['Ledger: Canara Bank JHB 0912201004412'],
        ['01-07-2027 to 31-07-2027'],
        [],
        ['Date', 'Particular', 'Voucher Type', 'Voucher No.', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
        [null, 'Opening Balance', null, null, null, null, null, null, drcr(opening)],
      ];
      let bal = opening;
      let deb = 0;
      let cre = 0;
      const no = { Receipt: 120, Payment: 140, Contra: 6, Journal: 30 };
      for (const r of brows) {
        bal += r.amount;
        r.balance = bal;
        r.row = rows.length + 1;
        if (r.amount > 0) deb += r.amount;
        else cre -= r.amount;
        const type = /FNB/.test(r.desc)
          ? 'Contra'
          : /fees/.test(r.desc)
            ? 'Journal'
            : r.amount > 0
              ? 'Receipt'
              : 'Payment';
        no[type] += 1;
        const pre = { Receipt: 'RV', Payment: 'PV', Contra: 'CV', Journal: 'JV' }[type];
        rows.push([
          { date: r.date, z: 'dd-mm-yyyy' },
          r.party,
          type,
          `${pre}-${String(no[type]).padStart(5, '0')}`,
          r.ref || null,
          r.desc,
          r.amount > 0 ? { n: cellNumber(r.amount) } : null,
          r.amount < 0 ? { n: cellNumber(-r.amount) } : null,
          drcr(bal),
        ]);
      }
      const tot = rows.length + 1;
      rows.push([null, 'Total', null, null, null, null, { n: cellNumber(deb) }, { n: cellNumber(cre) }, null]);
      rows.push([null, 'Closing Balance', null, null, null, null, null, null, drcr(bal)]);
      return {
        file,
        bytes: xlsx('Ledger', rows, { cols: [12, 34, 12, 12, 24, 56, 16, 16, 20], docDate: '2027-08-02' }),
        headerRow: 5,
        readOptions: {
          currency: 'ZAR',
          sheet: 'Ledger',
          mapping: {
            date: 'Date',
            reference: 'Reference',
            description: 'Narration',
            party: 'Particular',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
            balance: 'Balance',
          },
        },
        layout:
          'Giddh ledger of the Canara Bank JHB account exported to Excel (sheet Ledger): three title rows and a blank, header in row 5, real date cells dd-mm-yyyy, Particular = the other ledger (customer, supplier or expense), Voucher Type and Voucher No., Reference and Narration, numeric Debit (money in) / Credit, the running balance as text with a Dr/Cr suffix (1,234.56 Dr), undated Opening Balance / Closing Balance rows (balance only) and an undated Total row with money',
        nonEntryRows: [{ row: tot, why: 'period totals (Total), not an entry' }],
        closing: bal,
      };
    },
    ledgerAccount: 'Canara Bank JHB',
    bankName: 'Canara Bank, Johannesburg Branch',
    packageName: 'Giddh (Ledger of Canara Bank JHB 0912201004412, exported to Excel)',
  },
};

const ref = (file, x, withText) => {
  const o = { file, row: x.row, date: x.date, amount: dec(x.amount) };
  if (withText) {
    o.text = x.cellText;
    if (x.cellRef) o.reference = x.cellRef;
  }
  return o;
};

async function makeSet(D, i) {
  const seed = SEED + i * 7919;
  const rng = new Rng(seed);
  const M = buildMonth(D, rng);
  const L = LAYOUTS[D.set];
  const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);
  const lines = [...M.lines].sort(byDate);
  const brows = [...M.rows].sort(byDate);
  // openings: no overdraft on either side; the books took last month's cheque already
  const minRun = (xs, start) => {
    let b = start;
    let m = start;
    for (const x of xs) {
      b += x.amount;
      m = Math.min(m, b);
    }
    return m;
  };
  const cushion = D.range[1] * 100;
  let bankOpen = cushion;
  bankOpen += Math.max(0, -minRun(lines, bankOpen) + cushion);
  bankOpen += Math.max(0, -minRun(brows, bankOpen - M.lastMonth) + cushion);
  bankOpen += rng.int(0, cushion / 10);
  const bookOpen = bankOpen - M.lastMonth;
  const bf = L.bank(D, lines, bankOpen);
  const lf = L.ledger(D, brows, bookOpen);
  checkSet(D, M, lines, brows, bf, lf);
  const dir = join(outDir, D.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bf.file), bf.bytes);
  writeFileSync(join(dir, lf.file), lf.bytes);

  const truthBank = lines.map((l) => {
    const t = l.t;
    const o = { ref: ref(bf.file, l, true), expect: null, decision: t.decision };
    o.expect = {
      auto: 'match',
      suggest: 'match',
      none: 'no-counterpart',
      'bank-only': 'bank-only',
      'reversal-pair': 'reversal-pair',
    }[t.decision];
    o.ledger = t.rows ? t.rows.map((r) => ref(lf.file, r)) : null;
    if (t.anyOf) o.ledgerAnyOf = t.anyOf.map((set) => set.map((r) => ref(lf.file, r)));
    o.group = t.group ?? null;
    o.evidence = t.ev ?? null;
    o.ambiguous = Boolean(t.anyOf);
    o.kind = t.kind ?? null;
    o.partner = t.partner ? ref(bf.file, t.partner, true) : null;
    if (t.decision === 'suggest') o.mustNotAuto = t.mustNotAuto;
    if (t.difference) o.difference = t.difference;
    o.traits = t.traits ?? [];
    return o;
  });
  const truth = {
    set: D.set,
    country: D.country,
    currency: D.currency,
    timezone: D.timezone,
    period: D.period,
    publicHolidays: D.publicHolidays,
    seed,
    notes: D.notes ?? [],
    bankFiles: [
      {
        file: bf.file,
        bank: L.bankName,
        headerRow: bf.headerRow,
        ledgerAccount: L.ledgerAccount,
        readOptions: bf.readOptions,
        order: bf.order,
        layout: bf.layout,
        openingBalance: dec(bankOpen),
        closingBalance: dec(bf.closing),
        ...(bf.nonEntryRows ? { nonEntryRows: bf.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: L.packageName,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        layout: lf.layout,
        openingBalance: dec(bookOpen),
        closingBalance: dec(lf.closing),
        ...(lf.nonEntryRows ? { nonEntryRows: lf.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: brows.filter((r) => r.ledgerOnly).map((r) => ({ ...ref(lf.file, r), why: r.ledgerOnly })),
  };
  const tPath = join(dir, 'truth.json');
  writeFileSync(tPath, await prettyJson(truth, tPath));
  const doc = {
    options: { timezone: D.timezone },
    bank: lines.map((l) => ({
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: dec(l.amount),
      currency: D.currency,
      narration: l.cellText,
      reference: l.cellRef || null,
      counterparty: null,
      balance: l.balance === null ? null : dec(l.balance),
    })),
    ledger: brows.map((r) => ({
      id: `${lf.file}#${r.row}`,
      date: r.date,
      amount: dec(r.amount),
      currency: D.currency,
      reference: r.ref || null,
      description: r.desc,
      party: lf.readOptions.mapping.party ? r.party || null : null,
      account: L.ledgerAccount,
    })),
    statement: { from: D.period.from, to: D.period.to, bankBalance: dec(bf.closing), bookBalance: dec(lf.closing) },
  };
  const dPath = join(dir, `reconcile.${bf.file}.json`);
  writeFileSync(dPath, await prettyJson(doc, dPath));
  const count = (k) => truthBank.filter((b) => b.decision === k).length;
  const matched = truthBank.filter((b) => b.expect === 'match');
  return {
    set: D.set,
    country: D.country,
    currency: D.currency,
    period: D.period,
    bank: L.bankName,
    package: L.packageName,
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: lines.length,
    ledgerRows: brows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((b) => b.mustNotAuto).length,
    autoWithDifference: truthBank.filter((b) => b.difference).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
}

/** refuse a set whose truth its own cells do not bear out */
function checkSet(D, M, lines, brows, bf, lf) {
  const fail = (m) => {
    throw new Error(`${D.set}: ${m}`);
  };
  const owned = new Map();
  const own = (r, who) => owned.set(r, [...(owned.get(r) ?? []), who]);
  const W = new Set(M.W);
  const rowCells = (rs) => rs.flatMap((r) => [r.ref, r.desc, lf.readOptions.mapping.party ? r.party : '']);
  const groups = new Map();
  for (const l of lines) {
    const t = l.t;
    if (!t) fail(`line ${l.row} undecided`);
    if (!W.has(l.date)) fail(`line ${l.row} not on a working day`);
    const bankCells = [l.cellText, l.cellRef];
    const sameAmountRows = brows.filter((r) => r.amount === l.amount);
    if (t.decision === 'auto' || t.decision === 'suggest') {
      const options = t.anyOf ?? [t.rows];
      for (const o of options) {
        const ev = evidence(bankCells, rowCells(o));
        if (ev !== t.ev) fail(`line ${l.row} "${l.text}" evidence ${ev}, meant ${t.ev}`);
      }
      if (t.decision === 'auto' && t.ev === 'amount') fail(`line ${l.row} auto on amount alone`);
      if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), l]);
      else if (t.rows) {
        const sum = t.rows.reduce((s, r) => s + r.amount, 0);
        const diff = l.amount - sum;
        if (t.decision === 'auto') {
          if (diff !== 0 && dec(diff) !== t.difference)
            fail(`line ${l.row} difference ${dec(diff)} vs ${t.difference}`);
          if (Math.abs(diff) * 10 > Math.abs(sum)) fail(`line ${l.row} difference over 10 %`);
          if (diff > 0 && !t.traits.includes('over-payment')) fail(`line ${l.row} positive difference`);
          if (diff < 0 && !t.traits.some((x) => x.startsWith('short-'))) fail(`line ${l.row} negative difference`);
        } else if (
          diff !== 0 &&
          !t.traits.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x))
        )
          fail(`line ${l.row} suggestion of another amount`);
      }
      if (t.decision === 'auto' && t.ev !== 'reference' && !t.anyOf) {
        const others = sameAmountRows.filter((r) => !t.rows.includes(r));
        if (others.length) fail(`line ${l.row} auto without reference has another row of its amount`);
      }
      for (const o of options) for (const r of o) own(r, l);
      if (t.ev === 'reference' && !t.traits.length) fail(`line ${l.row} no traits`);
    } else if (t.decision === 'none' || t.decision === 'bank-only') {
      if (sameAmountRows.length) fail(`line ${l.row} (${t.decision}) has a book row of its amount`);
    } else if (t.decision === 'reversal-pair') {
      if (t.partner.amount !== -l.amount || t.partner.t.partner !== l) fail(`line ${l.row} reversal partner`);
    }
  }
  for (const [g, ls] of groups) {
    const rows = ls[0].t.rows;
    const sum = ls.reduce((s, l) => s + l.amount, 0);
    if (sum !== rows.reduce((s, r) => s + r.amount, 0)) fail(`group ${g} does not sum`);
  }
  for (const r of brows) {
    if (!W.has(r.date)) fail(`row ${r.row} not on a working day`);
    const n = (owned.get(r) ?? []).length + (r.ledgerOnly ? 1 : 0);
    if (n === 0) fail(`row ${r.row} "${r.desc}" owned by nothing`);
    if (r.ledgerOnly && owned.get(r)) fail(`ledger-only row ${r.row} matched`);
  }
  if (lines.length < 55 || lines.length > 120) fail(`${lines.length} lines`);
  let b = 0;
  for (const l of lines) if (l.balance < 0) b++;
  for (const r of brows) if (r.balance < 0) b++;
  if (b) fail('overdraft');
}

const sets = [ng(), gh(), ke(), za()];
const index = {
  corpus: 'holdout38',
  seed: SEED,
  generator: 'bench/corpus/holdout38-tools/make-holdout38.mjs',
  validator: 'bench/corpus/holdout38-tools/validate-holdout38.mjs',
  sets: [],
};
for (let i = 0; i < sets.length; i++) index.sets.push(await makeSet(sets[i], i));
const iPath = join(outDir, 'index.json');
writeFileSync(iPath, await prettyJson(index, iPath));
for (const s of index.sets)
  console.log(`${s.set}: ${s.bankLines} bank lines, ${s.ledgerRows} ledger rows`, JSON.stringify(s.decisions));
