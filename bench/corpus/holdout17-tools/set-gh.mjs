// Ghana, February 2025: a Tema cold-store operator's Stanbic Bank Ghana current account (Business Online CSV
// export) against an Odoo 17 general ledger of the bank account. Odoo has no preset in docs/ledger-files.md, so the
// ledger is written in the documented generic `general-ledger` layout (Date, Journal ID, Account Code, Account
// Name, Description, Reference, Debit, Credit), as a user would export it from Odoo's journal-items list.
import { mkSet, finish, dMonY, grouped, major, isoAdd, pctOf, pad } from './lib-holdout17.mjs';
import { stdReceipts, stdPayments } from './cases-holdout17.mjs';

const BF = 'stanbic-gh-9040001987654-feb2025.csv';
const LF = 'odoo-general-ledger-101401-feb2025.csv';
const ACC = '101401';
const ACC_NAME = 'Stanbic Bank GHS 9040001987654';
const CO = 'TEMA BAY COLD STORES LTD';

const customers = [
  { book: 'Kofi Mensah Enterprise', bank: 'KOFI MENSAH ENTERPRISE' },
  {
    book: 'Labadi Coast Hotel Ltd',
    bank: 'LABADI COAST HOTEL LTD',
    far: 'LCH ACCOUNTS PAYABLE',
    farTraits: ['department-name'],
  },
  { book: 'Ama Serwaa Trading', bank: 'AMA SERWAA TRADING' },
  { book: 'Kumasi Cold Chain Ltd', bank: 'KUMASI COLD CHAIN LIMITED' },
  { book: 'Tamale Agro Foods', bank: 'TAMALE AGRO FOODS' },
  { book: 'Osu Fresh Mart', bank: 'OSU FRESH MART' },
  { book: 'Adenta Supermart Ltd', bank: 'ADENTA SUPERMART LTD' },
  { book: 'Takoradi Fishing Company Ltd', bank: 'TAKORADI FISHING CO LTD' },
  { book: 'Ho Poultry Farms', bank: 'HO POULTRY FARMS' },
  { book: 'Nkawkaw Wholesalers', bank: 'NKAWKAW WHOLESALERS' },
  { book: 'Kasoa Meat Shop', bank: 'KASOA MEAT SHOP' },
  { book: 'Madina Frozen Foods', bank: 'MADINA FROZEN FOODS', far: 'MARIAMA ISSAH', farTraits: ['owner-account'] },
  { book: 'Teshie Catering Services', bank: 'TESHIE CATERING SERVICES' },
  { book: 'Spintex Hospitality Ltd', bank: 'SPINTEX HOSPITALITY LTD' },
  { book: 'Cape Coast Fishmongers Association', bank: 'CAPE COAST FISHMONGERS ASSOC' },
  { book: 'Dansoman Chop Bar', bank: 'DANSOMAN CHOP BAR' },
  { book: 'Koforidua Restaurants Ltd', bank: 'KOFORIDUA RESTAURANTS' },
  { book: 'Achimota Mall Food Court Ltd', bank: 'ACHIMOTA MALL FOOD COURT' },
  { book: 'Airport City Restaurants Ltd', bank: 'AIRPORT CITY RESTAURANTS LTD', role: 'twin', memo: 'SUPPLIES' },
  { book: 'Asante & Sons', bank: 'ASANTE & SONS', role: 'tie', tieBank: 'ASANTE' },
  { book: 'Asante Boateng Ventures', bank: 'ASANTE BOATENG VENTURES', role: 'tie' },
];
const sbill = (pre, lo, hi) => (S) => `${pre}${S.int(lo, hi)}`;
const suppliers = [
  { book: 'Blue Skies Packaging Ltd', bank: 'BLUE SKIES PACKAGING', bill: sbill('BSP-', 22800, 22999) },
  { book: 'Tema Refrigeration Engineering', bank: 'TEMA REFRIGERATION ENG', bill: sbill('TRE/INV/', 430, 499) },
  { book: 'Volta Ice Makers Ltd', bank: 'VOLTA ICE MAKERS LTD', bill: sbill('VIM', 1100, 1199) },
  { book: 'GhanaFresh Fisheries Ltd', bank: 'GHANAFRESH FISHERIES', bill: sbill('GFF-25-', 60, 140) },
  { book: 'Accra Diesel Depot', bank: 'ACCRA DIESEL DEPOT', bill: sbill('ADD/', 7700, 7799) },
  { book: 'Kpone Logistics Ltd', bank: 'KPONE LOGISTICS LTD', bill: sbill('KL-INV-', 3000, 3099) },
  { book: 'Akosombo Poultry Ltd', bank: 'AKOSOMBO POULTRY LTD', bill: sbill('APL', 900, 999) },
  { book: 'SecureGuard Ghana Ltd', bank: 'SECUREGUARD GHANA LTD', bill: sbill('SGG/25/', 100, 199) },
  { book: 'Ghana Cold Insulation Co', bank: 'GH COLD INSULATION CO', bill: sbill('GCI-', 500, 599) },
  {
    book: 'Meridian Meat Importers Ltd',
    bank: 'MMI GH',
    far: 'MMI GH',
    bill: sbill('MMI-IMP-', 300, 399),
    role: 'far',
  },
];

export function buildGH(seed) {
  const S = mkSet({
    id: 'gh-stanbic-odoo',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    year: 2025,
    month: 2,
    seed,
  });
  let invNo = 71;
  const bankRef = (p) => `${p}${S.digits(2)}${S.alnum(8)}`;
  const k = {
    customers,
    suppliers,
    rLo: 1500,
    rHi: 95000,
    aLo: 800,
    aHi: 9000,
    pLo: 800,
    pHi: 60000,
    overRound: 50000,
    inv: () => {
      invNo += S.int(1, 3);
      return { serial: invNo, ref: `INV/2025/${pad(invNo, 5)}` };
    },
    refStyles: [
      (v) => ['ref-canonical', v.ref],
      (v) => ['ref-dashes', v.ref.replace(/\//g, '-')],
      (v) => ['ref-no-padding', `INV/2025/${v.serial}`],
      (v) => ['ref-lowercase', v.ref.toLowerCase()],
      (v) => ['ref-year-serial-joined', `INV2025${pad(v.serial, 5)}`],
      (v) => ['ref-serial-only', `INV ${v.serial}`],
      (v) => ['ref-spaces', `INV 2025 ${pad(v.serial, 5)}`],
    ],
    billStyles: [
      (b) => ['bill-canonical', b],
      (b) => ['bill-canonical', `PMT ${b}`],
      (b) => ['bill-no-separators', b.replace(/[^A-Z0-9]/gi, '')],
      (b) => ['bill-lowercase', `inv ${b.toLowerCase()}`],
    ],
    memoRef: (t) => S.pick([t, `PAYMT ${t}`, `PAYMENT OF ${t}`, `${t} SETTLEMENT`, `FOR ${t}`]),
    memoPlain: () => S.pick(['PAYMENT', 'FISH SUPPLY', 'SUPPLIES', 'COLD STORE', 'PYMT']),
    memoPart: (t) => S.pick([`PART PAYMT ${t}`, `PART PAYMENT ${t}`, `ADVANCE ON ${t}`]),
    memoBal: (t) => S.pick([`BAL OF ${t}`, `BALANCE ${t}`]),
    memoWht: (t, w) => `${t} ${w}`,
    memoMulti: (vs) => `INV ${vs[0].serial}, ${vs[1].serial} & ${vs[2].serial}`,
    memoPay: () => S.pick(['PAYMENT', 'SUPPLIER PAYMENT', 'SETTLEMENT OF ACCOUNT', '']),
    wht: [
      (full) => ['short-withholding-tax-3pct', pctOf(full, 300), 'LESS 3% WHT'],
      (full) => ['short-withholding-tax-7.5pct', pctOf(full, 750), 'WHT 7.5% DEDUCTED'],
    ],
    inLine: (S2, { date, amt, payer, memo, plain }) => {
      const r = plain ? 0 : S.rand();
      let text;
      let reference;
      if (r < 0.45) {
        text = `GIP INWARD TRF/${payer}/${memo}`;
        reference = plain ? 'GIP' : bankRef('GIP');
      } else if (r < 0.7) {
        text = `ACH CREDIT ${payer} ${memo}`;
        reference = bankRef('ACH');
      } else if (r < 0.85) {
        text = `FUNDS TRANSFER FROM ${payer} ${memo}`;
        reference = bankRef('FT');
      } else {
        text = `MOMO TO BANK ${S.pick(['024', '054', '055', '059'])}${S.digits(1)}***${S.digits(3)} ${payer} ${memo}`;
        reference = bankRef('MTB');
      }
      if (plain) reference = null;
      return S.B({ file: BF, date, amount: amt, text: text.trim(), reference });
    },
    anonLine: (S2, { date, amt, i }) => {
      const texts = ['CASH DEPOSIT - SPINTEX RD BRANCH', 'CASH DEPOSIT BY KWAKU', 'CDM DEPOSIT AIRPORT CITY'];
      return S.B({ file: BF, date, amount: amt, text: texts[i % texts.length], reference: bankRef('CD') });
    },
    outLine: (S2, { date, amt, payee, memo, failed, wallet }) => {
      if (wallet) {
        const l = S.B({
          file: BF,
          date,
          amount: -amt,
          text: `BANK TO WALLET ${wallet} ${payee} ${memo}`.trim(),
          reference: bankRef('BTW'),
        });
        S.fee(l, 'E-LEVY', pctOf(amt, 100), 'levy');
        return l;
      }
      const ach = !failed && S.chance(0.3);
      const text = (ach ? `ACH DEBIT ${payee} ${memo}` : `GIP OUTWARD TRF/${payee}/${memo}`).replace(/\/$/, '').trim();
      const l = S.B({ file: BF, date, amount: -amt, text, reference: bankRef(ach ? 'ACH' : 'GIP') });
      S.fee(l, ach ? 'ACH TRANSFER CHARGE' : 'GIP TRANSFER CHARGE', ach ? 300 : 800, 'charge');
      return l;
    },
    reversalLine: (S2, l1, date) =>
      S.B({
        file: BF,
        date,
        amount: -l1.amount,
        text: `REV: ${l1.text} - BENEFICIARY ACCOUNT INVALID`,
        reference: l1.reference,
      }),
    ledIn: (S2, { date, amt, cust, inv }) => {
      const r = S.rand();
      return S.L({
        file: LF,
        account: ACC,
        date,
        amount: amt,
        jk: 'pay',
        ref: r < 0.75 ? inv.ref : '',
        desc: r < 0.75 ? `Customer Payment - ${cust.book}` : `${cust.book}: payment of ${inv.ref}`,
      });
    },
    ledOut: (S2, { date, amt, sup, bill }) =>
      S.L({ file: LF, account: ACC, date, amount: -amt, jk: 'pay', ref: bill, desc: `Vendor Payment - ${sup.book}` }),
  };

  stdReceipts(S, k, {
    ref: 30,
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
  stdPayments(S, k, { bill: 16, plain: 5, far: 1, failed: 1 });

  const L = (f) => S.L({ file: LF, account: ACC, ...f });
  const C = (lines, ledger, decision, evidence, traits, extra = {}) =>
    S.C({ lines, ledger, decision, evidence, traits, ...extra });

  // Mobile-money merchant and gateway settlements.
  {
    const d = S.biz(7);
    const gross = S.amount(4000, 18000);
    const fee = pctOf(gross, 100);
    const ref = `MM${S.digits(10)}`;
    const l = S.B({
      file: BF,
      date: d,
      amount: gross - fee,
      text: `MTN MOMO MERCHANT SETTLEMENT ${ref}`,
      reference: ref,
    });
    const e = L({ date: isoAdd(d, -1), amount: gross, jk: 'bnk', ref, desc: 'MoMo merchant collections 03-06 Feb' });
    C([l], [e], 'auto', 'reference', ['mobile-money-settlement', 'short-net-of-fee']);
  }
  {
    const d = S.biz(14);
    const gross = S.amount(6000, 25000);
    const fee = pctOf(gross, 195);
    S.claim(fee);
    const ref = `HUB-SET-${S.digits(7)}`;
    const l = S.B({
      file: BF,
      date: d,
      amount: gross - fee,
      text: `HUBTEL SETTLEMENT ${ref}`,
      reference: bankRef('FT'),
    });
    const e1 = L({ date: d, amount: gross, jk: 'bnk', ref, desc: 'Hubtel online orders settlement' });
    const e2 = L({ date: d, amount: -fee, jk: 'bnk', ref, desc: 'Hubtel processing fee 1.95%' });
    C([l], [e1, e2], 'auto', 'reference', ['gateway-settlement', 'fee-booked-separately', 'split-one-to-many']);
  }
  {
    const d = S.biz(24);
    const gross = S.amount(3000, 12000);
    const fee = pctOf(gross, 195);
    const l = S.B({ file: BF, date: d, amount: gross - fee, text: 'PAYSTACK GH SETTLEMENT', reference: null });
    const e = L({ date: isoAdd(d, -3), amount: gross, jk: 'bnk', ref: '', desc: 'Paystack card sales 19-21 Feb' });
    C([l], [e], 'suggest', 'counterparty', ['gateway-settlement', 'short-net-of-fee', 'no-settlement-id']);
  }

  // Cheques: issued and presented, a customer's cheque that cleared, one that came back unpaid, one unpresented.
  {
    const d = S.biz(11);
    const amt = S.amount(2000, 15000);
    const l = S.B({ file: BF, date: d, amount: -amt, text: 'INWARD CLEARING CHQ 000231', reference: '000231' });
    const e = L({
      date: isoAdd(d, -3),
      amount: -amt,
      jk: 'pay',
      ref: 'Chq 231',
      desc: 'Vendor Payment - Ghana Cold Insulation Co (cheque)',
    });
    C([l], [e], 'auto', 'reference', ['cheque-number', 'ref-no-padding']);
    const d2 = S.biz(18);
    const amt2 = S.amount(500, 3000, 0);
    const l2 = S.B({ file: BF, date: d2, amount: -amt2, text: 'CHEQUE WITHDRAWAL 000234 - SELF', reference: '000234' });
    const e2 = L({ date: d2, amount: -amt2, jk: 'misc', ref: 'CHQ000234', desc: 'Petty cash replenishment' });
    C([l2], [e2], 'auto', 'reference', ['cheque-number', 'cash-cheque']);
    const d3 = S.biz(5);
    const amt3 = S.amount(5000, 30000);
    const l3 = S.B({
      file: BF,
      date: S.biz(7),
      amount: amt3,
      text: 'CHEQUE DEPOSIT - GCB CHQ 118803 CLEARED',
      reference: '118803',
    });
    const e3 = L({
      date: d3,
      amount: amt3,
      jk: 'pay',
      ref: 'GCB chq 118803',
      desc: 'Customer Payment - Kumasi Cold Chain Ltd (cheque)',
    });
    C([l3], [e3], 'auto', 'reference', ['cheque-number', 'cheque-deposit']);
    const d4 = S.biz(12);
    const amt4 = S.amount(6000, 20000);
    const la = S.B({
      file: BF,
      date: d4,
      amount: amt4,
      text: 'CHEQUE DEPOSIT - ECOBANK CHQ 455120',
      reference: '455120',
    });
    const lb = S.B({
      file: BF,
      date: S.biz(14),
      amount: -amt4,
      text: 'RETURNED CHEQUE 455120 - DRAWN AGAINST INSUFFICIENT FUNDS',
      reference: '455120',
    });
    S.fee(lb, 'RETURNED CHEQUE CHARGE', 5000, 'charge');
    C([la, lb], undefined, 'reversal-pair', null, ['returned-cheque', 'reversal']);
    S.only(
      L({
        date: d4,
        amount: amt4,
        jk: 'pay',
        ref: 'Ecobank chq 455120',
        desc: 'Customer Payment - Nkawkaw Wholesalers (cheque)',
      }),
      'cheque 455120 returned unpaid (DAIF); the receipt must be reversed in the books',
    );
    S.only(
      L({
        date: S.day(26),
        amount: -S.amount(3000, 9000),
        jk: 'pay',
        ref: 'Chq 000237',
        desc: 'Vendor Payment - Tema Refrigeration Engineering (cheque)',
      }),
      'cheque 000237 not yet presented',
    );
  }

  // Payroll: the salary batch, and a casual worker's wages to a mobile wallet (E-levy applies).
  {
    const d = S.biz(25);
    const amt = S.amount(85000, 130000);
    const l = S.B({
      file: BF,
      date: d,
      amount: -amt,
      text: 'BULK PAYMENT - SALARIES FEB 2025',
      reference: bankRef('BLK'),
    });
    S.fee(l, 'BULK PAYMENT CHARGES', 2600, 'charge');
    const e = L({ date: d, amount: -amt, jk: 'misc', ref: 'SLIP/2025/02', desc: 'Net salaries payable February 2025' });
    C([l], [e], 'auto', 'counterparty', ['payroll', 'bulk-payment']);
    const amt2 = S.amount(900, 2500, 0);
    const l2 = k.outLine(S, {
      date: S.biz(20),
      amt: amt2,
      payee: 'YAW DARKO',
      memo: 'CASUAL WAGES',
      wallet: '0244***119',
    });
    const e2 = L({ date: S.biz(20), amount: -amt2, jk: 'misc', ref: '', desc: 'Casual labour wages - Yaw Darko' });
    C([l2], [e2], 'auto', 'counterparty', ['payroll', 'mobile-wallet']);
  }

  // Statutory remittances for January.
  {
    const ss = S.amount(14000, 22000);
    const l1 = S.B({
      file: BF,
      date: S.biz(13),
      amount: -ss,
      text: 'SSNIT CONTRIBUTION JAN 2025 ER NO 8112045',
      reference: bankRef('FT'),
    });
    const e1 = L({
      date: S.biz(13),
      amount: -ss,
      jk: 'bnk',
      ref: 'SSNIT-01/2025',
      desc: 'SSNIT Tier 1 contributions January 2025',
    });
    C([l1], [e1], 'auto', 'counterparty', ['statutory', 'ssnit']);
    const t2 = S.amount(4000, 7000);
    const l2 = k.outLine(S, { date: S.biz(13), amt: t2, payee: 'AXIS PENSION TRUST', memo: 'TIER 2 JAN25 TBC0412' });
    const e2 = L({
      date: S.biz(12),
      amount: -t2,
      jk: 'bnk',
      ref: 'TIER2-01/2025',
      desc: 'Tier 2 pension - Axis Pension Trust - Jan 2025',
    });
    C([l2], [e2], 'auto', 'counterparty', ['statutory', 'pension']);
    const gra = [
      ['PAYE', 14, 'PAYE January 2025', [9000, 16000]],
      ['WHT', 14, 'Withholding tax deducted January 2025', [1500, 4000]],
      ['VAT', 27, 'VAT/NHIL/GETFund return January 2025', [20000, 45000]],
    ];
    gra.forEach(([tax, day, desc, [lo, hi]], i) => {
      const prn = `${S.digits(4)}${S.digits(4)}${S.digits(4)}`;
      const amt = S.amount(lo, hi);
      const written = i === 1 ? prn.replace(/(\d{4})(\d{4})(\d{4})/, '$1-$2-$3') : prn;
      const l = S.B({
        file: BF,
        date: S.biz(day),
        amount: -amt,
        text: `GRA ${tax} JAN 2025 TIN C0004512873 PRN ${written}`,
        reference: bankRef('GRA'),
      });
      const e = L({ date: S.biz(day - 1), amount: -amt, jk: 'bnk', ref: `GRA PRN ${prn}`, desc });
      C([l], [e], 'auto', 'reference', ['statutory', 'gra-prn', i === 1 ? 'ref-hyphenated' : 'ref-canonical']);
    });
  }

  // Own-account transfers.
  {
    const amt = S.amount(20000, 60000, 0);
    const l = k.outLine(S, { date: S.biz(4), amt, payee: CO, memo: 'TRF TO GCB OPERATING A/C' });
    const e = L({
      date: S.biz(4),
      amount: -amt,
      jk: 'pay',
      ref: 'Internal transfer',
      desc: 'Transfer to GCB Bank operating account (101402)',
    });
    C([l], [e], 'auto', 'counterparty', ['own-account-transfer']);
    const amt2 = S.amount(30000, 80000, 0);
    const l2 = S.B({
      file: BF,
      date: S.biz(19),
      amount: amt2,
      text: 'TRANSFER FROM CALL DEPOSIT A/C 9040001987700',
      reference: bankRef('FT'),
    });
    const e2 = L({
      date: S.biz(19),
      amount: amt2,
      jk: 'pay',
      ref: 'Internal transfer',
      desc: 'Transfer from Stanbic call deposit account (101405)',
    });
    C([l2], [e2], 'auto', 'counterparty', ['own-account-transfer', 'call-account']);
  }

  // Genuine lines the books lack.
  {
    const l1 = k.inLine(S, {
      date: S.biz(17),
      amt: S.amount(700, 2400),
      payer: 'EMMANUEL OTOO',
      memo: 'PAYMENT',
      plain: true,
    });
    C([l1], [], 'none', null, ['unrecorded-receipt', 'unknown-payer']);
    const l2 = S.B({
      file: BF,
      date: S.biz(10),
      amount: -S.amount(300, 900),
      text: 'POS PURCHASE SHELL TEMA COMM 1 GH',
      reference: bankRef('POS'),
    });
    C([l2], [], 'none', null, ['unrecorded-card-spend']);
    const l3 = S.B({
      file: BF,
      date: S.biz(3),
      amount: -S.amount(400, 800, 0),
      text: 'DIRECT DEBIT TELECEL BROADBAND 0302***881',
      reference: bankRef('DD'),
    });
    C([l3], [], 'none', null, ['unrecorded-direct-debit']);
  }

  // Books without a bank line.
  S.only(
    L({
      date: S.monthEnd(),
      amount: S.amount(5000, 20000),
      jk: 'pay',
      ref: k.inv().ref,
      desc: 'Customer Payment - Spintex Hospitality Ltd (cash lodged 28/02)',
    }),
    'cash lodged on the last day, credited in March',
  );
  S.only(
    L({
      date: S.day(27),
      amount: -S.amount(3000, 12000),
      jk: 'pay',
      ref: 'KL-INV-3111',
      desc: 'Vendor Payment - Kpone Logistics Ltd',
    }),
    'payment entered on 27 Feb, released by the bank in March',
  );

  // Month-end charges.
  {
    const anchor = { file: BF, date: S.monthEnd(), order: 0.999 };
    S.fee(anchor, 'SMS ALERT CHARGES FEB 2025', 1560, 'charge', { reference: bankRef('SMS') });
    S.fee(anchor, 'MONTHLY ACCOUNT MAINTENANCE FEE', 6000, 'charge', { reference: bankRef('MNT') });
  }

  const opening = 24531055;
  return finish(S, {
    notes: [
      'Stanbic Bank Ghana Business Online export is not a documented preset: readOptions gives the mapping a user would enter (Posting Date, Transaction Description, Reference, Debit Amount, Credit Amount, Running Balance) and currency GHS; dates are written 03-Feb-2025.',
      'Odoo has no preset: its journal items of account 101401 are exported in the documented generic general-ledger layout (Debit = money in), ISO dates, UTF-8 with BOM. No party column, so party is null and the partner is in the Description.',
      'The returned customer cheque (deposit + RETURNED CHEQUE) is a reversal pair; the Odoo receipt for it is ledger-only and must stay open.',
    ],
    bankFiles: [
      {
        file: BF,
        bank: 'Stanbic Bank Ghana',
        ledgerAccount: ACC,
        opening,
        readOptions: {
          mapping: {
            date: 'Posting Date',
            valueDate: 'Value Date',
            description: 'Transaction Description',
            reference: 'Reference',
            moneyOut: 'Debit Amount',
            moneyIn: 'Credit Amount',
            balance: 'Running Balance',
          },
          currency: 'GHS',
        },
        write: (lines, bf) => {
          const rows = [
            ['Stanbic Bank Ghana Limited'],
            ['Account Statement'],
            ['Account Name', CO],
            ['Account Number', '9040001987654'],
            ['Currency', 'GHS'],
            ['Statement Period', '01-Feb-2025 to 28-Feb-2025'],
            ['Opening Balance', grouped(bf.opening)],
            ['Closing Balance', grouped(bf.closing)],
            [],
            [
              'Posting Date',
              'Value Date',
              'Transaction Description',
              'Reference',
              'Debit Amount',
              'Credit Amount',
              'Running Balance',
            ],
          ];
          const headerRow = rows.length;
          for (const l of lines) {
            rows.push([
              dMonY(l.date),
              dMonY(l.date),
              l.text,
              l.reference ?? '',
              l.amount < 0 ? grouped(-l.amount) : '',
              l.amount > 0 ? grouped(l.amount) : '',
              grouped(l.balance),
            ]);
            l.row = rows.length;
          }
          return { rows, headerRow, nonEntryRows: [] };
        },
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'Odoo 17 (Accounting)',
        layout: 'general-ledger (documented generic layout; Odoo has no preset)',
        readOptions: { currency: 'GHS' },
        accounts: [{ key: ACC, opening: opening - 1240000 }], // cheque 000219 of January still unpresented
        partyColumn: false,
        bom: true,
        accountLabel: () => ACC,
        write: (by) => {
          const rows = [
            ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
          ];
          const seq = { pay: 40, bnk: 112, misc: 8 };
          for (const e of by.get(ACC)) {
            seq[e.jk] += 1;
            const jid =
              e.jk === 'pay'
                ? `PBNK1/2025/${pad(seq.pay, 5)}`
                : e.jk === 'bnk'
                  ? `BNK1/2025/${pad(seq.bnk, 5)}`
                  : `MISC/2025/02/${pad(seq.misc, 4)}`;
            rows.push([
              e.date,
              jid,
              ACC,
              ACC_NAME,
              e.desc,
              e.ref,
              e.amount > 0 ? major(e.amount) : '0.00',
              e.amount < 0 ? major(-e.amount) : '0.00',
            ]);
            e.row = rows.length;
          }
          return { rows, headerRow: 1, nonEntryRows: [] };
        },
      },
    ],
  });
}
