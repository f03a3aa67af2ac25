// South Africa, September 2025: a Gqeberha engineering firm's Nedbank business current account (CSV, documented
// za-nedbank preset) against a Sage 50cloud Pastel Partner general-ledger report of the bank account. Pastel has
// no preset in docs/ledger-files.md, so the report is written in the documented generic `general-ledger` layout.
// No cheques (South African banks stopped clearing them in 2021).
import { mkSet, finish, dmy, major, isoAdd, pctOf, pad } from './lib-holdout17.mjs';
import { stdReceipts, stdPayments } from './cases-holdout17.mjs';

const BF = 'nedbank-1187654321-sep2025.csv';
const LF = 'pastel-gl-8400-sep2025.csv';
const ACC = '8400/000';
const ACC_NAME = 'Nedbank Current Account';
const CO = 'KAROO RIDGE ENGINEERING (PTY) LTD';

const customers = [
  { book: 'Umhlanga Mining Supplies (Pty) Ltd', bank: 'UMHLANGA MINING SUP', code: 'UMH001' },
  { book: 'Sasolburg Fabrication CC', bank: 'SASOLBURG FAB CC', code: 'SAS002' },
  { book: 'Mthatha Construction (Pty) Ltd', bank: 'MTHATHA CONSTRUCTION', code: 'MTH001' },
  { book: 'Vaal Steel Traders', bank: 'VAAL STEEL TRADERS', code: 'VAA001' },
  { book: 'Kouga Local Municipality', bank: 'KOUGA MUNICIPALITY', code: 'KOU001' },
  {
    book: 'Tshwane Rail Maintenance (Pty) Ltd',
    bank: 'TSHWANE RAIL MAINT',
    far: 'TRM PTY LTD',
    farTraits: ['initials'],
    code: 'TSH001',
  },
  { book: 'Overberg Agri Co-operative', bank: 'OVERBERG AGRI', code: 'OVE001' },
  { book: 'Langeberg Canning (Pty) Ltd', bank: 'LANGEBERG CANNING', code: 'LAN001' },
  { book: 'Nelson Mandela Bay Auto Parts', bank: 'NELSON MANDELA BAY AUTO', code: 'NMB001' },
  { book: 'Zwelitsha Engineering Works', bank: 'ZWELITSHA ENG WORKS', code: 'ZWE001' },
  { book: 'Cape Agulhas Fisheries (Pty) Ltd', bank: 'CAPE AGULHAS FISHERIES', code: 'CAP001' },
  {
    book: 'Mokoena Plant Hire',
    bank: 'MOKOENA PLANT HIRE',
    far: 'T MOKOENA',
    farTraits: ['owner-account'],
    code: 'MOK001',
  },
  { book: 'Swartland Grain Handling', bank: 'SWARTLAND GRAIN', code: 'SWA001' },
  { book: 'Elandsfontein Mechanical CC', bank: 'ELANDSFONTEIN MECH CC', code: 'ELA001' },
  { book: 'Uitenhage Auto Components (Pty) Ltd', bank: 'UITENHAGE AUTO COMP', code: 'UIT001' },
  { book: 'Addo Citrus Packers', bank: 'ADDO CITRUS PACKERS', code: 'ADD001' },
  {
    book: 'Coega Logistics Park (Pty) Ltd',
    bank: 'COEGA LOGISTICS',
    role: 'twin',
    memo: 'KAROO RIDGE',
    code: 'COE001',
  },
  { book: 'Naidoo Brothers Electrical', bank: 'NAIDOO BROTHERS', role: 'tie', tieBank: 'NAIDOO', code: 'NAI001' },
  { book: 'Naidoo & Pillay Engineering', bank: 'NAIDOO & PILLAY', role: 'tie', code: 'NAI002' },
];
const sbill = (pre, lo, hi) => (S) => `${pre}${S.int(lo, hi)}`;
const suppliers = [
  { book: 'Macsteel Service Centres', bank: 'MACSTEEL SERVICE CEN', bill: sbill('MSC', 884000, 884999) },
  { book: 'Afrox Gas & Welding', bank: 'AFROX', bill: sbill('AFX-', 7710000, 7719999) },
  { book: 'Bearing Man Group', bank: 'BEARING MAN', bill: sbill('BMG', 45100, 45999) },
  { book: 'PE Hydraulics CC', bank: 'PE HYDRAULICS', bill: sbill('PEH', 2100, 2199) },
  { book: 'Eastern Cape Steel Cutting', bank: 'EASTERN CAPE STEEL CUT', bill: sbill('ECS-', 600, 699) },
  { book: 'Algoa Freight (Pty) Ltd', bank: 'ALGOA FREIGHT', bill: sbill('AF/', 10300, 10399) },
  { book: 'Coastal Paint & Coatings', bank: 'COASTAL PAINT', bill: sbill('CPC', 5000, 5099) },
  { book: 'Fidelity Secure Guarding', bank: 'FIDELITY GUARDING', bill: sbill('FSG-INV-', 3300, 3399) },
  { book: 'Gqeberha Tool Hire', bank: 'GQEBERHA TOOL HIRE', bill: sbill('GTH', 900, 999) },
  {
    book: 'Sterling Industrial Supplies (Pty) Ltd',
    bank: 'SIS PE',
    far: 'SIS PE',
    bill: sbill('SIS', 7000, 7099),
    role: 'far',
  },
];

export function buildZA(seed) {
  const S = mkSet({
    id: 'za-nedbank-pastel',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    year: 2025,
    month: 9,
    seed,
  });
  let invNo = 10410;
  const k = {
    customers,
    suppliers,
    rLo: 2500,
    rHi: 180000,
    aLo: 1500,
    aHi: 12000,
    pLo: 1200,
    pHi: 120000,
    overRound: 100000,
    inv: () => {
      invNo += S.int(1, 3);
      return { serial: invNo, ref: `IN${invNo}` };
    },
    refStyles: [
      (v) => ['ref-canonical', v.ref],
      (v) => ['ref-other-prefix', `INV ${v.serial}`],
      (v) => ['ref-spaces', `IN ${v.serial}`],
      (v) => ['ref-lowercase', `in${v.serial}`],
      (v) => ['ref-bare-number', `${v.serial}`],
      (v) => ['ref-other-prefix', `INV${v.serial}`],
    ],
    billStyles: [
      (b) => ['bill-canonical', b],
      (b) => ['bill-canonical', `KRE ${b}`],
      (b) => ['bill-no-separators', b.replace(/[^A-Z0-9]/gi, '')],
      (b) => ['bill-lowercase', `inv ${b.toLowerCase()}`],
    ],
    memoRef: (t) => S.pick([t, `${t} KAROO`, `PMT ${t}`, `KRE ${t}`]),
    memoPlain: () => S.pick(['KAROO RIDGE', 'KAROO RIDGE ENG', 'PAYMENT', 'KRE', 'ACCOUNT']),
    memoPart: (t) => S.pick([`PART PMT ${t}`, `DEPOSIT ${t}`, `PART ${t}`]),
    memoBal: (t) => S.pick([`BAL ${t}`, `FINAL ${t}`]),
    memoWht: (t, w) => `${t} ${w}`,
    memoMulti: (vs) => `IN${vs[0].serial} IN${vs[1].serial} IN${vs[2].serial}`,
    memoPay: () => S.pick(['KAROO RIDGE', 'KRE PAYMENT', 'KAROO RIDGE ENG', '']),
    // No domestic withholding on supplier payments in South Africa; the short-paying customers here deduct
    // what their contracts allow: an early-settlement discount and a construction retention.
    wht: [
      (full) => ['short-settlement-discount-2.5pct', pctOf(full, 250), 'LESS 2.5% DISC'],
      (full) => ['short-retention-5pct', pctOf(full, 500), 'LESS 5% RETENTION'],
    ],
    inLine: (S2, { date, amt, payer, memo, plain }) => {
      const r = plain ? 0.1 : S.rand();
      let text;
      if (r < 0.35) text = `${payer} ${memo}`;
      else if (r < 0.55) text = `ACB CREDIT ${payer} ${memo}`;
      else if (r < 0.8) text = `IB PAYMENT FROM ${payer} ${memo}`;
      else text = `PAYSHAP CREDIT ${payer} ${memo}`;
      return S.B({ file: BF, date, amount: amt, text: text.trim() });
    },
    anonLine: (S2, { date, amt, i }) => {
      const texts = ['CASH DEPOSIT NEWTON PARK', 'ATM CASH DEPOSIT NEDBANK WALMER', 'CASH DEPOSIT GREENACRES'];
      const l = S.B({ file: BF, date, amount: amt, text: texts[i % texts.length] });
      S.fee(l, 'CASH DEPOSIT FEE', 2000 + pctOf(amt, 130), 'charge');
      return l;
    },
    outLine: (S2, { date, amt, payee, memo, failed }) => {
      const instant = !failed && S.chance(0.2);
      const text = `${instant ? 'IMMEDIATE PAYMENT TO' : 'IB PAYMENT TO'} ${payee} ${memo}`.trim();
      const l = S.B({ file: BF, date, amount: -amt, text });
      S.fee(l, instant ? 'IMMEDIATE PAYMENT FEE' : 'IB PAYMENT FEE', instant ? 1000 : 695, 'charge');
      return l;
    },
    reversalLine: (S2, l1, date) =>
      S.B({
        file: BF,
        date,
        amount: -l1.amount,
        text: `UNPAID ${l1.text.replace('IB PAYMENT TO ', '')} ACC NUMBER INVALID`,
      }),
    ledIn: (S2, { date, amt, cust, inv }) => {
      const r = S.rand();
      return S.L({
        file: LF,
        account: ACC,
        date,
        amount: amt,
        jk: 'rc',
        ref: r < 0.75 ? inv.ref : cust.code,
        desc: r < 0.75 ? `${cust.book}` : `${cust.book} - ${inv.ref}`,
      });
    },
    ledOut: (S2, { date, amt, sup, bill }) =>
      S.L({ file: LF, account: ACC, date, amount: -amt, jk: 'pm', ref: bill, desc: `${sup.book}` }),
  };

  stdReceipts(S, k, {
    ref: 28,
    name: 5,
    far: 2,
    anon: 3,
    part: 2,
    wht: 2,
    over: 1,
    multi: 1,
    two: 1,
    twins: 1,
    tie: 1,
  });
  stdPayments(S, k, { bill: 15, plain: 5, far: 1, failed: 1 });

  const L = (f) => S.L({ file: LF, account: ACC, ...f });
  const C = (lines, ledger, decision, evidence, traits, extra = {}) =>
    S.C({ lines, ledger, decision, evidence, traits, ...extra });

  // Card and gateway payouts.
  {
    const d = S.biz(5);
    const gross = S.amount(8000, 30000);
    const fee = pctOf(gross, 295);
    const ref = `YOCO ${S.alnum(6)}`;
    const l = S.B({ file: BF, date: d, amount: gross - fee, text: `${ref} PAYOUT` });
    const e = L({ date: isoAdd(d, -1), amount: gross, jk: 'rc', ref, desc: 'Yoco card sales - workshop counter' });
    C([l], [e], 'auto', 'reference', ['card-settlement', 'short-net-of-fee']);
  }
  {
    const d = S.biz(15);
    const gross = S.amount(10000, 40000);
    const fee = pctOf(gross, 320) + 200;
    S.claim(fee);
    const ref = `PF${S.digits(8)}`;
    const l = S.B({ file: BF, date: d, amount: gross - fee, text: `PAYFAST SETTLEMENT ${ref}` });
    const e1 = L({ date: d, amount: gross, jk: 'rc', ref, desc: 'PayFast online spares sales' });
    const e2 = L({ date: d, amount: -fee, jk: 'pm', ref, desc: 'PayFast fees' });
    C([l], [e1, e2], 'auto', 'reference', ['gateway-settlement', 'fee-booked-separately', 'split-one-to-many']);
  }
  {
    const d = S.biz(23);
    const gross = S.amount(6000, 25000);
    const fee = pctOf(gross, 180);
    const l = S.B({ file: BF, date: d, amount: gross - fee, text: 'CARD SETTLEMENT MERCHANT 47712039' });
    const e = L({ date: isoAdd(d, -2), amount: gross, jk: 'rc', ref: 'CARD', desc: 'Speedpoint takings 19-21 Sep' });
    C([l], [e], 'suggest', 'counterparty', ['card-settlement', 'short-net-of-fee', 'no-batch-number']);
  }

  // Debit orders (insurance, vehicle finance) with the contract number on both sides.
  {
    const amt = S.amount(3000, 9000);
    const l = S.B({ file: BF, date: S.biz(1), amount: -amt, text: 'SANTAM INS POL 4413877 DEBIT ORDER' });
    S.fee(l, 'DEBIT ORDER FEE', 450, 'charge');
    const e = L({ date: S.day(1), amount: -amt, jk: 'pm', ref: 'POL4413877', desc: 'Santam - business insurance Sep' });
    C([l], [e], 'auto', 'reference', ['debit-order', 'ref-no-separators']);
    const amt2 = S.amount(9000, 22000);
    const l2 = S.B({ file: BF, date: S.biz(3), amount: -amt2, text: 'WESBANK VEHICLE FIN 88123409 DEBIT ORDER' });
    S.fee(l2, 'DEBIT ORDER FEE', 450, 'charge');
    const e2 = L({ date: S.biz(3), amount: -amt2, jk: 'pm', ref: '88123409', desc: 'WesBank - Hilux instalment' });
    C([l2], [e2], 'auto', 'reference', ['debit-order', 'contract-number']);
  }

  // Payroll.
  {
    const d = S.biz(25);
    const amt = S.amount(280000, 420000);
    const l = S.B({ file: BF, date: d, amount: -amt, text: 'SALARIES SEP25 BATCH 0093' });
    S.fee(l, 'SALARY BATCH FEE', 22 * 450, 'charge');
    const e = L({ date: d, amount: -amt, jk: 'jnl', ref: 'SAL09/25', desc: 'Net salaries September 2025' });
    C([l], [e], 'auto', 'counterparty', ['payroll', 'bulk-payment']);
    const amt2 = S.amount(14000, 26000, 0);
    const l2 = k.outLine(S, { date: d, amt: amt2, payee: 'T NDLOVU', memo: 'SALARY SEP' });
    const e2 = L({
      date: d,
      amount: -amt2,
      jk: 'jnl',
      ref: 'SAL09/25-N',
      desc: 'Salary - Thandiwe Ndlovu (joined 15/09)',
    });
    C([l2], [e2], 'auto', 'counterparty', ['payroll', 'initial-and-surname']);
  }

  // Statutory: SARS EMP201 (PAYE, UIF, SDL) for August, VAT201 for Jul–Aug, MEIBC levies.
  {
    const emp = S.amount(60000, 110000);
    const l = S.B({ file: BF, date: S.biz(5), amount: -emp, text: 'SARS EMP201 7052183946LC202508' });
    const e = L({
      date: S.biz(5),
      amount: -emp,
      jk: 'pm',
      ref: '7052183946LC202508',
      desc: 'SARS - EMP201 August 2025',
    });
    C([l], [e], 'auto', 'reference', ['statutory', 'sars-prn']);
    const vat = S.amount(45000, 95000);
    const l2 = S.B({ file: BF, date: S.biz(25), amount: -vat, text: 'SARS VAT201 4150263781V20250800' });
    const e2 = L({
      date: S.biz(24),
      amount: -vat,
      jk: 'pm',
      ref: '4150263781 V 2025/08',
      desc: 'SARS - VAT201 Jul-Aug 2025',
    });
    C([l2], [e2], 'auto', 'reference', ['statutory', 'sars-prn', 'ref-spaces']);
    const mei = S.amount(2500, 6000);
    const l3 = k.outLine(S, { date: S.biz(12), amt: mei, payee: 'MEIBC', memo: 'LEVIES AUG25 KRE0412' });
    const e3 = L({
      date: S.biz(12),
      amount: -mei,
      jk: 'pm',
      ref: 'MEIBC',
      desc: 'Metal & Engineering Industries Bargaining Council - levies Aug',
    });
    C([l3], [e3], 'auto', 'counterparty', ['statutory', 'bargaining-council']);
    const uif = S.amount(1800, 4200);
    const l4 = S.B({ file: BF, date: S.biz(9), amount: -uif, text: 'DEPT OF LABOUR UIF U0412873/8' });
    const e4 = L({ date: S.biz(8), amount: -uif, jk: 'pm', ref: '', desc: 'UIF contributions August - uFiling' });
    C([l4], [e4], 'auto', 'counterparty', ['statutory', 'uif']);
  }

  // Own-account transfers with the call account.
  {
    const amt = S.amount(50000, 150000, 0);
    const l = S.B({ file: BF, date: S.biz(10), amount: -amt, text: 'IB TRANSFER TO NEDBANK CALL 037812445' });
    const e = L({ date: S.biz(10), amount: -amt, jk: 'jnl', ref: 'TRF', desc: 'Transfer to call account 8410/000' });
    C([l], [e], 'auto', 'counterparty', ['own-account-transfer', 'call-account']);
    const amt2 = S.amount(80000, 200000, 0);
    const l2 = S.B({ file: BF, date: S.biz(24), amount: amt2, text: 'IB TRANSFER FROM NEDBANK CALL 037812445' });
    const e2 = L({ date: S.biz(24), amount: amt2, jk: 'jnl', ref: 'TRF', desc: 'Transfer from call account 8410/000' });
    C([l2], [e2], 'auto', 'counterparty', ['own-account-transfer', 'call-account']);
  }

  // Genuine lines the books lack.
  {
    const l1 = k.inLine(S, {
      date: S.biz(17),
      amt: S.amount(800, 3000),
      payer: 'S VAN WYK',
      memo: 'REFUND',
      plain: true,
    });
    C([l1], [], 'none', null, ['unrecorded-receipt', 'unknown-payer']);
    const l2 = S.B({
      file: BF,
      date: S.biz(11),
      amount: -S.amount(600, 1800),
      text: 'CARD PURCHASE ENGEN WALMER GQEBERHA ZA',
    });
    C([l2], [], 'none', null, ['unrecorded-card-spend']);
    const l3 = S.B({ file: BF, date: S.biz(2), amount: -S.amount(900, 2500), text: 'VODACOM 0823**4417 DEBIT ORDER' });
    S.fee(l3, 'DEBIT ORDER FEE', 450, 'charge');
    C([l3], [], 'none', null, ['unrecorded-debit-order']);
  }

  // Books without a bank line.
  S.only(
    L({
      date: S.monthEnd(),
      amount: S.amount(8000, 40000),
      jk: 'rc',
      ref: k.inv().ref,
      desc: 'Addo Citrus Packers - remittance advice 30/09',
    }),
    'receipt booked from a remittance advice; the money arrives in October',
  );
  S.only(
    L({ date: S.monthEnd(), amount: -S.amount(5000, 30000), jk: 'pm', ref: 'GTH975', desc: 'Gqeberha Tool Hire' }),
    'payment loaded on 30 Sep for release on 1 Oct',
  );
  S.only(
    L({
      date: S.day(18),
      amount: -S.amount(2000, 8000),
      jk: 'pm',
      ref: 'REFUND',
      desc: 'Refund to Overberg Agri - credit note CN0212',
    }),
    'refund captured in the books, never paid',
  );

  // Month-end.
  {
    const anchor = { file: BF, date: S.monthEnd(), order: 0.999 };
    S.fee(anchor, 'MONTHLY MANAGEMENT FEE', 29500, 'charge');
    S.fee(anchor, 'NOTIFIC FEE SMS 46 @ R0.40', 1840, 'charge');
    const intr = S.B({
      file: BF,
      date: S.monthEnd(),
      amount: S.int(2000, 9000),
      text: 'CREDIT INTEREST',
      order: 0.9999,
    });
    C([intr], [], 'bank-only', null, ['bank-interest'], { kind: 'interest' });
  }

  const opening = 21846210;
  return finish(S, {
    notes: [
      'Nedbank business CSV in the documented za-nedbank layout (Transaction Date, Description, Amount, Balance), below a short preamble; readOptions is empty.',
      'Pastel (Sage 50cloud Pastel Partner) has no preset: the GL report of account 8400/000 is written in the documented generic general-ledger layout with its report preamble; the dated "Balance b/f" row is not an entry.',
      'South Africa has no domestic withholding on such payments: the short payments quoting the invoice are an early-settlement discount and a construction retention (auto with difference).',
      'No cheques: South African banks stopped clearing cheques in 2021. A returned (unpaid) IB payment stands for the failed transfer.',
    ],
    bankFiles: [
      {
        file: BF,
        bank: 'Nedbank',
        ledgerAccount: ACC,
        opening,
        eol: '\r\n',
        readOptions: {},
        write: (lines) => {
          const rows = [
            ['Account Number', '1187654321'],
            ['Account Description', 'BUSINESS CURRENT ACCOUNT'],
            ['Account Name', CO],
            ['Statement Period', '01/09/2025 - 30/09/2025'],
            [],
            ['Transaction Date', 'Description', 'Amount', 'Balance'],
          ];
          const headerRow = rows.length;
          for (const l of lines) {
            rows.push([dmy(l.date), l.text, major(l.amount), major(l.balance)]);
            l.row = rows.length;
          }
          return { rows, headerRow, nonEntryRows: [] };
        },
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'Sage 50cloud Pastel Partner',
        layout: 'general-ledger (documented generic layout; Pastel has no preset)',
        readOptions: { currency: 'ZAR', dateOrder: 'DMY' },
        accounts: [{ key: ACC, opening: opening + 1865000 }], // an August receipt booked from a remittance advice, still not received
        partyColumn: false,
        eol: '\r\n',
        accountLabel: () => ACC,
        write: (by, lf) => {
          const rows = [
            ['Karoo Ridge Engineering (Pty) Ltd'],
            ['General Ledger Report - 8400/000 Nedbank Current Account'],
            ['Period 07: 01/09/2025 to 30/09/2025 (financial year ending Feb 2026)'],
            [],
            ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
          ];
          const headerRow = rows.length;
          const a = lf.accounts[0];
          rows.push(['01/09/2025', '', ACC, ACC_NAME, 'Balance b/f', '', major(a.opening), '']);
          const nonEntryRows = [{ row: rows.length, why: 'balance brought forward, not an entry' }];
          const seq = { rc: 0, pm: 0, jnl: 0 };
          const batch = { rc: 'RC', pm: 'PM', jnl: 'GJ' };
          for (const e of by.get(ACC)) {
            seq[e.jk] += 1;
            rows.push([
              dmy(e.date),
              `${batch[e.jk]}07-${pad(seq[e.jk], 3)}`,
              ACC,
              ACC_NAME,
              e.desc,
              e.ref,
              e.amount > 0 ? major(e.amount) : '',
              e.amount < 0 ? major(-e.amount) : '',
            ]);
            e.row = rows.length;
          }
          return { rows, headerRow, nonEntryRows };
        },
      },
    ],
  });
}
