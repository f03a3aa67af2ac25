// The four months of holdout66, written by hand: each line's narration, amount and decision, each book row, and the
// two file layouts. Amounts are major units here (converted to minor units by the generator).
import { dMonY, digits, dmy, grouped, letters } from './lib66.mjs';

/** A bank line. `o.L`: the right ledger keys; `o.any`: the right set of a line nothing may confirm (suggest). */
const b = (id, d, amt, text, o = {}) => ({
  id,
  d,
  amt: Math.round(amt * 100),
  text,
  exp: o.exp ?? (o.L || o.any ? 'match' : 'bank-only'),
  ...o,
  traits: o.traits ?? [],
});
const r = (key, d, amt, o = {}) => ({ key, d, amt: Math.round(amt * 100), ...o });
const us = (iso) => {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
};

// ───────────────────────────── NG: Amju Unique MFB / PCLaw ─────────────────────────────
export function ng(rand) {
  const lines = [
    b('n1', '2025-09-01', 1350000, 'NIP/FRM HARUNA LOGISTICS LTD/FN2025-0318 NET OF WHT', {
      L: ['fn318'],
      ev: 'reference',
      traits: ['ref-prefix-year-joined', 'short-withholding-tax-10pct'],
    }),
    b('n2', '2025-09-01', -50, 'ELECTRONIC MONEY TRANSFER LEVY', { kind: 'levy' }),
    b('n3', '2025-09-02', -186500, 'CLEARING CHQ 000412 IKEJA STATIONERS', {
      L: ['c412'],
      ev: 'reference',
      ref: '000412',
      traits: ['cheque-number'],
    }),
    b('n4', '2025-09-03', -420000, 'NIP TRF TO MAKINDE CHAMBERS/AGENCY FEE SUIT LD 1142 2025', {
      L: ['mk87'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('n5', '2025-09-03', -53.75, 'NIP TRANSFER CHARGE + VAT', { kind: 'fee-vat' }),
    b('n6', '2025-09-08', 500000, 'NIP/FRM CHIDINMA EZE/fn 2025 321 part', {
      L: ['fn321'],
      group: 'ng-g1',
      ev: 'reference',
      traits: ['ref-lowercase', 'ref-spaces', 'ref-no-padding', 'part-payment', 'split-many-to-one'],
    }),
    b('n7', '2025-09-08', -50, 'ELECTRONIC MONEY TRANSFER LEVY', { kind: 'levy' }),
    b('n8', '2025-09-09', -2500000, 'TRF TO 0071XXXX64 STERLING/OKAFOR BELLO CLIENT A/C', {
      L: ['client'],
      ev: 'counterparty',
      traits: ['own-account-transfer'],
    }),
    b('n9', '2025-09-09', -53.75, 'NIP TRANSFER CHARGE + VAT', { kind: 'fee-vat' }),
    b('n10', '2025-09-10', 450000, 'NIP/FRM ABIOLA ADEWALE', {
      L: ['fn322'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('n11', '2025-09-10', 300000, 'NIP/FRM ADEWALE T', {
      any: [['fn327']],
      ev: 'counterparty',
      traits: ['name-only', 'same-surname'],
      decoy: {
        tempting: ['fn324'],
        why: 'two clients called Adewale T. (Titilayo, the right one by her remittance e-mail, and Tunde) each owe 300,000.00; the line names the surname and an initial only',
      },
    }),
    b('n12', '2025-09-11', -350000, 'REMITA/LIRS PAYE AUG 2025/RRR 2905-1187-4406', {
      L: ['paye'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('n13', '2025-09-11', -161.25, 'REMITA SERVICE CHARGE', { kind: 'charge' }),
    b('n14', '2025-09-12', 2000000, 'NIP/FRM PINNACLE HOMES NIG LTD/DEPOSIT FOR STAMP DUTY & REGN PLOT 14', {
      exp: 'no-counterpart',
      ev: 'counterparty',
      traits: ['advance-not-invoice'],
      decoy: {
        tempting: ['fn319'],
        why: "client money deposited for stamp duty and registration of Plot 14 (to go to the client account, not yet entered); the books' 2,000,000.00 from Pinnacle is fee note FN/2025/0319, still unpaid",
      },
    }),
    b('n15', '2025-09-12', -50, 'ELECTRONIC MONEY TRANSFER LEVY', { kind: 'levy' }),
    b('n16', '2025-09-15', 980000, 'NIP/FRM KOLA-DANIELS FOODS LTD/INV 325 & 326', {
      L: ['fn325', 'fn326'],
      ev: 'reference',
      traits: ['ref-serial-only', 'split-one-to-many'],
    }),
    b('n17', '2025-09-16', -75000, 'POS PURCHASE 2033LAG1 TOTALENERGIES ALLEN AVE IKEJA', {
      L: ['fuel'],
      ev: 'counterparty',
      traits: ['pos-card'],
    }),
    b('n18', '2025-09-17', 520000, 'NIP/FRM ADEOLA OYELARAN/FN/2025/310', {
      L: ['fn310'],
      ev: 'reference',
      traits: ['ref-no-padding', 'over-payment'],
    }),
    b('n19', '2025-09-18', -262000, 'NIP TRF TO LEXIS PRINTS AND BINDERS/LPB 2207 LESS CN 41', {
      L: ['lpb', 'cn41'],
      ev: 'reference',
      traits: ['ref-spaces', 'invoice-less-credit-note'],
    }),
    b('n20', '2025-09-18', -53.75, 'NIP TRANSFER CHARGE + VAT', { kind: 'fee-vat' }),
    b('n21', '2025-09-19', -120000, 'NIP TRF TO ADEBAYO OKONKWO/PROCESS SERVICE', {
      exp: 'reversal-pair',
      partner: 'n22',
    }),
    b('n22', '2025-09-19', 120000, 'REV/NIP TRF TO ADEBAYO OKONKWO/BENEFICIARY BANK UNAVAILABLE', {
      exp: 'reversal-pair',
      partner: 'n21',
    }),
    b('n23', '2025-09-22', -120000, 'NIP TRF TO ADEBAYO OKONKWO/PROCESS SERVICE RETRY', {
      L: ['okon'],
      ev: 'counterparty',
      traits: ['name-only', 'resent-after-reversal'],
    }),
    b('n24', '2025-09-22', 750000, 'NIP/FRM CHIDINMA EZE/FN/2025/0321 BALANCE', {
      L: ['fn321'],
      group: 'ng-g1',
      ev: 'reference',
      traits: ['ref-canonical', 'split-many-to-one'],
    }),
    b('n25', '2025-09-23', 1800000, 'NIP/FRM EKO BOTTLERS LTD/PYMT INV FN20250329', {
      L: ['fn329'],
      ev: 'reference',
      traits: ['ref-year-serial-joined'],
    }),
    b('n26', '2025-09-24', -45000, 'NIP TRF TO IKEJA ELECTRIC PREPAID/MTR 45011822', {
      L: ['ikedc'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('n27', '2025-09-25', -2160000, 'BULK TRF/SALARY SEP 2025/6 BENEFICIARIES', {
      L: ['sal'],
      ev: 'amount',
      traits: ['payroll'],
    }),
    b('n28', '2025-09-25', -322.5, 'BULK TRANSFER CHARGE 6 X 50 + VAT', { kind: 'fee-vat' }),
    b('n29', '2025-09-26', 250000, 'NIP/FRM GRACE OKORO ENTERPRISES/OCTOBER RETAINER ADVANCE', {
      exp: 'no-counterpart',
      ev: 'counterparty',
      traits: ['other-month'],
      decoy: {
        tempting: ['grace'],
        why: "the client's October retainer paid in advance (no fee note raised yet); the books' 250,000.00 from her is September's retainer FN/2025/0331, which she disputes and has not paid",
      },
    }),
    b('n30', '2025-09-26', 85000, 'CASH DEP/IFEOMA', { exp: 'no-counterpart', ev: 'counterparty' }),
    b('n31', '2025-09-29', 3000000, 'NIP/FRM UNITY COURT ESTATES LTD/fn/2025/330', {
      L: ['fn330'],
      ev: 'reference',
      traits: ['ref-lowercase', 'ref-no-padding'],
    }),
    b('n32', '2025-09-29', -50, 'ELECTRONIC MONEY TRANSFER LEVY', { kind: 'levy' }),
    b('n33', '2025-09-30', -1343.75, 'ACCOUNT MAINTENANCE FEE SEP 2025 + VAT', { kind: 'fee-vat' }),
    b('n34', '2025-09-30', -120, 'SMS ALERT CHARGES SEP 2025', { kind: 'charge' }),
  ];
  const ledger = [
    r('c412', '2025-08-28', -186500, {
      src: 'Gen Chq',
      ref: '000412',
      party: 'Ikeja Stationers Ltd',
      desc: 'Office stationery and toner, August',
    }),
    r('fn310', '2025-09-01', 500000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0310',
      party: 'Adeola Oyelaran',
      desc: 'Fees - divorce petition, Ikeja High Court',
    }),
    r('fn318', '2025-09-01', 1500000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0318',
      party: 'Haruna Logistics Ltd',
      desc: 'Fees - debt recovery brief',
    }),
    r('mk87', '2025-09-02', -420000, {
      src: 'Gen Chq',
      ref: 'MC/087',
      party: 'Makinde Chambers',
      desc: 'Agency fee - suit LD/1142/2025 (their bill 87)',
    }),
    r('fn321', '2025-09-08', 1250000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0321',
      party: 'Chidinma Eze',
      desc: 'Fees - probate, estate of late J. Eze',
    }),
    r('client', '2025-09-09', -2500000, {
      src: 'Gen Chq',
      ref: 'TRF-0909',
      party: 'Okafor Bello & Co - Client Account',
      desc: 'Transfer to client account (Sterling)',
    }),
    r('fn327', '2025-09-09', 300000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0327',
      party: 'Titilayo Adewale',
      desc: 'Fees - deed of gift',
    }),
    r('fn322', '2025-09-10', 450000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0322',
      party: 'Abiola Adewale',
      desc: 'Fees - tenancy recovery',
    }),
    r('fn324', '2025-09-10', 300000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0324',
      party: 'Tunde Adewale',
      desc: 'Fees - company search and CAC filings',
      only: 'entered on the promise of payment; Tunde Adewale paid on 2 October',
    }),
    r('paye', '2025-09-11', -350000, {
      src: 'Gen Chq',
      ref: 'LIRS-AUG25',
      party: 'Lagos State Internal Revenue Service',
      desc: 'PAYE August 2025 (Remita)',
    }),
    r('fn319', '2025-09-12', 2000000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0319',
      party: 'Pinnacle Homes Nigeria Ltd',
      desc: 'Fees - conveyancing, Plot 14 Magodo',
      only: 'fee note entered as expected receipt; paid 3 October',
    }),
    r('fn325', '2025-09-15', 620000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0325',
      party: 'Kola-Daniels Foods Ltd',
      desc: 'Fees - NAFDAC registration advice',
    }),
    r('fn326', '2025-09-15', 360000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0326',
      party: 'Kola-Daniels Foods Ltd',
      desc: 'Fees - trademark filing',
    }),
    r('fuel', '2025-09-16', -75000, {
      src: 'Gen Chq',
      ref: 'DC-0916',
      party: 'TotalEnergies Allen Avenue',
      desc: 'Generator diesel (debit card)',
    }),
    r('lpb', '2025-09-17', -310000, {
      src: 'Gen Chq',
      ref: 'LPB-2207',
      party: 'Lexis Prints & Binders',
      desc: 'Printing of briefs and bound volumes',
    }),
    r('cn41', '2025-09-17', 48000, {
      src: 'Gen Rcpt',
      ref: 'LPB-CN-0041',
      party: 'Lexis Prints & Binders',
      desc: 'Credit note - rejected binding, 24 volumes',
    }),
    r('okon', '2025-09-19', -120000, {
      src: 'Gen Chq',
      ref: 'PS-0919',
      party: 'Adebayo Okonkwo',
      desc: 'Process server fees, September',
    }),
    r('fn329', '2025-09-23', 1800000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0329',
      party: 'Eko Bottlers Ltd',
      desc: 'Fees - distribution agreement review',
    }),
    r('ikedc', '2025-09-24', -45000, {
      src: 'Gen Chq',
      ref: 'IE-0924',
      party: 'Ikeja Electric',
      desc: 'Prepaid electricity - office meter',
    }),
    r('sal', '2025-09-25', -2160000, {
      src: 'Gen Chq',
      ref: 'PAY-0925',
      party: 'Staff salaries',
      desc: 'Salaries September 2025 (6 staff)',
    }),
    r('grace', '2025-09-01', 250000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0331',
      party: 'Grace Okoro Enterprises',
      desc: 'Monthly retainer - September 2025',
      only: "September's retainer, disputed by the client and unpaid at 30 September",
    }),
    r('c415', '2025-09-26', -60000, {
      src: 'Gen Chq',
      ref: '000415',
      party: 'Sunday Ajayi',
      desc: 'Court filing agent, September',
      only: 'cheque not yet presented',
    }),
    r('fn330', '2025-09-29', 3000000, {
      src: 'Fees Rcpt',
      ref: 'FN/2025/0330',
      party: 'Unity Court Estates Ltd',
      desc: 'Fees - lease documentation, Unity Court',
    }),
  ];
  const session = () => `100004${'2509'}${digits(rand, 20)}`;
  const bankFile = {
    file: 'amju-1100238457-sep2025.csv',
    bank: 'Amju Unique Microfinance Bank Ltd',
    ledgerAccount: '1010',
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    render(ls, opening) {
      const rows = [
        ['AMJU UNIQUE MICROFINANCE BANK LIMITED'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name:', 'OKAFOR BELLO & CO'],
        ['Account Number:', '1100238457'],
        ['Account Type:', 'CURRENT ACCOUNT - CORPORATE'],
        ['Currency:', 'NGN'],
        ['Period:', '01/09/2025 - 30/09/2025'],
        [],
        ['S/N', 'Transaction Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
        ['', '', '', '', 'Opening Balance', '', '', grouped(opening)],
      ];
      const headerRow = 9;
      let bal = opening;
      let dr = 0;
      let cr = 0;
      const at = new Map();
      ls.forEach((l, i) => {
        bal += l.amt;
        if (l.amt < 0) dr -= l.amt;
        else cr += l.amt;
        l.reference = l.ref ?? (/^NIP|^REV|^TRF/.test(l.text) ? session() : `FT${digits(rand, 10)}`);
        l.narration = l.text;
        l.balance = bal;
        rows.push([
          String(i + 1),
          dmy(l.d),
          dmy(l.d),
          l.reference,
          l.text,
          l.amt < 0 ? grouped(l.amt) : '',
          l.amt > 0 ? grouped(l.amt) : '',
          grouped(bal),
        ]);
        at.set(l.id, rows.length);
      });
      rows.push(['', '', '', '', 'Closing Balance', grouped(dr), grouped(cr), grouped(bal)]);
      rows.push([]);
      rows.push(['This statement is computer generated and requires no signature.']);
      return { body: csvOf(rows), headerRow, at, closing: bal };
    },
  };
  const ledgerFile = {
    file: 'pclaw-general-ledger-1010-sep2025.csv',
    package: 'PCLaw (Reports → General Ledger, account 1010, uncleared entries only, exported to CSV)',
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        journalId: 'Entry #',
        reference: 'Chq/Inv #',
        party: 'Client/Payee',
        description: ['Source', 'Explanation'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
    render(rows_) {
      const rows = [
        ['Okafor Bello & Co'],
        ['General Ledger'],
        ['Account: 1010 - Amju Unique MFB - Office Account'],
        ['Date range: 01/08/2025 to 30/09/2025; uncleared entries only'],
        [],
        ['Date', 'Source', 'Entry #', 'Chq/Inv #', 'Client/Payee', 'Explanation', 'Debit', 'Credit'],
      ];
      const at = new Map();
      let n = 4410;
      for (const e of [...rows_].sort((a, b) => a.d.localeCompare(b.d))) {
        e.reference = e.ref;
        e.description = `${e.src} — ${e.desc}`;
        e.journal = String(n++);
        rows.push([
          dmy(e.d),
          e.src,
          e.journal,
          e.ref,
          e.party,
          e.desc,
          e.amt > 0 ? grouped(e.amt) : '',
          e.amt < 0 ? grouped(e.amt) : '',
        ]);
        at.set(e.key, rows.length);
      }
      return { body: csvOf(rows), headerRow: 6, at };
    },
  };
  return {
    set: 'ng-amju-pclaw',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2025-09-01', to: '2025-09-30' },
    holidays: ['2025-09-05'],
    opening: 481235000,
    business:
      'a law firm in Ikeja, Lagos (fee notes for probate, conveyancing, debt recovery, corporate and family matters paid by NIP, some net of withholding tax; an agency fee to other chambers, process servers, printing of briefs, diesel by card, Ikeja Electric prepaid, PAYE by Remita, six staff; a transfer to the firm’s client account)',
    lines,
    ledger,
    bankFile,
    ledgerFile,
  };
}

const csvOf = (rows) =>
  rows
    .map((r) => r.map((c) => (/[",\r\n]/.test(c ?? '') ? `"${c.replace(/"/g, '""')}"` : (c ?? ''))).join(','))
    .join('\r\n') + '\r\n';
export { csvOf };

// ───────────────────────────── GH: Mumuadu Rural Bank / PowerChurch Plus ─────────────────────────────
export function gh() {
  const lines = [
    b('g1', '2025-06-02', 6240, 'MOMO TO BANK 0244XXX907 OSINO WESLEY MC', {
      L: ['sw1'],
      ev: 'counterparty',
      traits: ['own-account-transfer', 'mobile-money'],
    }),
    b('g2', '2025-06-02', 1500, 'CASH DEP BY ASIEDU FAMILY/HH-25-014', {
      L: ['hh14'],
      ev: 'reference',
      traits: ['ref-canonical'],
    }),
    b('g3', '2025-06-03', -4800, 'CHQ 300118 PAID', {
      L: ['c118'],
      ev: 'reference',
      ref: '300118',
      traits: ['cheque-number'],
    }),
    b('g4', '2025-06-03', -36100, 'GIP DR/ADOM ROOFING LTD/AR 457 CERT 3 LESS WHT', {
      L: ['roof'],
      ev: 'reference',
      traits: ['ref-spaces', 'ref-no-padding', 'short-withholding-tax-5pct'],
    }),
    b('g5', '2025-06-03', -2, 'GIP CHARGES', { kind: 'charge' }),
    b('g6', '2025-06-04', 1450, 'CASH DEP BY AMA FOSU/WMS T3 112', {
      L: ['f112'],
      ev: 'reference',
      traits: ['ref-spaces', 'ref-no-padding'],
    }),
    b('g7', '2025-06-05', -1200, 'ECG PREPAID/POWERAPP/MISSION HOUSE', {
      L: ['ecg'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('g8', '2025-06-09', 2900, 'CASH DEP BY YAW DARKO/wms t3 0120 & 0121', {
      L: ['f120', 'f121'],
      ev: 'reference',
      traits: ['ref-lowercase', 'ref-spaces', 'split-one-to-many'],
    }),
    b('g9', '2025-06-09', 2000, 'CASH DEP BY ASANTE/HARVEST PLEDGE', {
      any: [['akos']],
      ev: 'counterparty',
      traits: ['name-only', 'same-surname'],
      decoy: {
        tempting: ['kwab'],
        why: 'two members surnamed Asante (Akosua, who deposited at the branch, and Kwabena, who paid by MoMo but was entered against the bank) each redeemed a 2,000.00 harvest pledge; the slip names the surname only',
      },
    }),
    b('g10', '2025-06-10', -3480, 'GIP DR/SSNIT/EMPLOYER 1400XXXX/MAY 2025', {
      L: ['ssnit'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('g11', '2025-06-10', -1126.4, 'GIP DR/GRA PAYE/MAY 2025', {
      L: ['paye'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('g12', '2025-06-10', -4, 'GIP CHARGES', { kind: 'charge' }),
    b('g13', '2025-06-11', -2850, 'GIP DR/ABENA ODURO FOODS/inv aof93', {
      L: ['aof'],
      ev: 'reference',
      traits: ['ref-lowercase', 'ref-no-padding'],
    }),
    b('g14', '2025-06-12', 700, 'CASH DEP BY KOFI ANTWI/WMS/T3/0115 PART', {
      L: ['f115'],
      group: 'gh-g1',
      ev: 'reference',
      traits: ['ref-canonical', 'part-payment', 'split-many-to-one'],
    }),
    b('g15', '2025-06-13', -20000, 'TRF TO 0220XXXX1187 FIXED DEPOSIT/BUILDING FUND', {
      L: ['fd'],
      ev: 'counterparty',
      traits: ['own-account-transfer'],
    }),
    b('g16', '2025-06-16', 5870, 'MOMO TO BANK 0244XXX907 OSINO WESLEY MC', {
      L: ['sw2'],
      ev: 'counterparty',
      traits: ['own-account-transfer', 'mobile-money'],
    }),
    b('g17', '2025-06-17', 1500, 'GIP CR/EFUA MENSAH/HALL BOOKING DEPOSIT 12 JUL', {
      exp: 'no-counterpart',
      ev: 'counterparty',
      traits: ['advance-not-invoice'],
      decoy: {
        tempting: ['hh15'],
        why: "a deposit to book the hall for 12 July (not yet entered); the books' 1,500.00 from Efua Mensah is invoice HH-25-015 for the 21 June wedding, still unpaid",
      },
    }),
    b('g18', '2025-06-18', -950, 'GIP DR/KWAME TETTEH ELECTRICALS', { exp: 'reversal-pair', partner: 'g19' }),
    b('g19', '2025-06-18', 950, 'GIP REV/KWAME TETTEH ELECTRICALS/INVALID ACCT', {
      exp: 'reversal-pair',
      partner: 'g18',
    }),
    b('g20', '2025-06-19', -950, 'CHQ 300122 PAID', {
      L: ['tet'],
      ev: 'reference',
      ref: '300122',
      traits: ['cheque-number', 'resent-after-reversal'],
    }),
    b('g21', '2025-06-20', 1500, 'CASH DEP BY ESI BOATENG/WMS-T3-0118', {
      L: ['f118'],
      ev: 'reference',
      traits: ['ref-dashes', 'over-payment'],
    }),
    b('g22', '2025-06-23', -7500, 'GIP DR/KOFORIDUA DIOCESE/ASSESSMENT MAY 2025 ARREARS', {
      exp: 'no-counterpart',
      ev: 'counterparty',
      traits: ['other-month'],
      decoy: {
        tempting: ['dio6'],
        why: "May's diocesan assessment paid late (never entered); the books' 7,500.00 to the diocese is June's assessment, paid on 2 July",
      },
    }),
    b('g23', '2025-06-24', -18600, 'GIP BULK DR/STIPENDS JUNE 2025/4 BENEF', {
      L: ['stip'],
      ev: 'amount',
      traits: ['payroll'],
    }),
    b('g24', '2025-06-24', -8, 'GIP BULK CHARGES', { kind: 'charge' }),
    b('g25', '2025-06-25', 480, 'MOMO TO BANK 0559XXX114 A SARPONG', { exp: 'no-counterpart', ev: 'counterparty' }),
    b('g26', '2025-06-26', 750, 'CASH DEP BY KOFI ANTWI/WMS T3 0115 BAL', {
      L: ['f115'],
      group: 'gh-g1',
      ev: 'reference',
      traits: ['ref-spaces', 'split-many-to-one'],
    }),
    b('g27', '2025-06-26', 1000, 'CASH DEP BY AKUA NYARKO/WMS T3 0119', {
      L: ['f119'],
      ev: 'reference',
      traits: ['ref-spaces', 'part-payment'],
    }),
    b('g28', '2025-06-27', 3600, 'GIP CR/OSINO CIRCUIT WOMENS FELLOWSHIP/HH25016 + CHAIRS', {
      L: ['hh16'],
      ev: 'reference',
      traits: ['ref-year-serial-joined'],
    }),
    b('g29', '2025-06-27', -60, 'CHEQUE BOOK ISSUE 25 LEAVES', { kind: 'charge' }),
    b('g30', '2025-06-30', -15, 'ACCOUNT MAINTENANCE FEE JUN 2025', { kind: 'charge' }),
    b('g31', '2025-06-30', -2, 'SMS ALERT CHARGES', { kind: 'charge' }),
  ];
  const ledger = [
    r('c118', '2025-05-29', -4800, {
      jr: 'Checks',
      ref: '300118',
      desc: 'Kofi Boateng',
      memo: 'Plumbing repairs, mission house',
    }),
    r('hh14', '2025-06-02', 1500, {
      jr: 'Deposits',
      ref: 'HH-25-014',
      desc: 'Asiedu family',
      memo: 'Hall hire - funeral reception 31 May',
    }),
    r('sw1', '2025-06-02', 6240, {
      jr: 'Journal',
      ref: 'MM-0601',
      desc: 'Transfer from MoMo merchant wallet',
      memo: 'Sunday offerings 1 June',
    }),
    r('roof', '2025-06-02', -38000, {
      jr: 'Checks',
      ref: 'AR/0457',
      desc: 'Adom Roofing Ltd',
      memo: 'Chapel roof - certificate 3',
    }),
    r('f112', '2025-06-04', 1450, {
      jr: 'Deposits',
      ref: 'WMS/T3/0112',
      desc: 'Ama Fosu',
      memo: 'School fees term 3 - basic 4',
    }),
    r('ecg', '2025-06-05', -1200, { jr: 'Checks', ref: 'ECG-0605', desc: 'ECG prepaid', memo: 'Mission house meter' }),
    r('akos', '2025-06-08', 2000, {
      jr: 'Deposits',
      ref: 'HP-025',
      desc: 'Akosua Asante',
      memo: 'Harvest pledge redeemed',
    }),
    r('kwab', '2025-06-08', 2000, {
      jr: 'Deposits',
      ref: 'HP-026',
      desc: 'Kwabena Asante',
      memo: 'Harvest pledge redeemed',
      only: 'paid into the MoMo merchant wallet, entered against the bank by mistake',
    }),
    r('f120', '2025-06-09', 1450, {
      jr: 'Deposits',
      ref: 'WMS/T3/0120',
      desc: 'Yaw Darko',
      memo: 'School fees term 3 - basic 2',
    }),
    r('f121', '2025-06-09', 1450, {
      jr: 'Deposits',
      ref: 'WMS/T3/0121',
      desc: 'Yaw Darko',
      memo: 'School fees term 3 - basic 5',
    }),
    r('ssnit', '2025-06-10', -3480, { jr: 'Checks', ref: 'SSNIT-0525', desc: 'SSNIT', memo: 'Contributions May 2025' }),
    r('paye', '2025-06-10', -1126.4, {
      jr: 'Checks',
      ref: 'GRA-0525',
      desc: 'Ghana Revenue Authority',
      memo: 'PAYE May 2025',
    }),
    r('aof', '2025-06-10', -2850, {
      jr: 'Checks',
      ref: 'AOF-093',
      desc: 'Abena Oduro Foods',
      memo: 'Canteen supplies, May',
    }),
    r('f115', '2025-06-12', 1450, {
      jr: 'Deposits',
      ref: 'WMS/T3/0115',
      desc: 'Kofi Antwi',
      memo: 'School fees term 3 - basic 6',
    }),
    r('fd', '2025-06-13', -20000, {
      jr: 'Journal',
      ref: 'FD-0613',
      desc: 'Transfer to building fund fixed deposit',
      memo: 'Mumuadu RB FD 0220xxxx1187',
    }),
    r('sw2', '2025-06-16', 5870, {
      jr: 'Journal',
      ref: 'MM-0615',
      desc: 'Transfer from MoMo merchant wallet',
      memo: 'Sunday offerings 15 June',
    }),
    r('hh15', '2025-06-16', 1500, {
      jr: 'Deposits',
      ref: 'HH-25-015',
      desc: 'Efua Mensah',
      memo: 'Hall hire - wedding reception 21 June',
      only: 'invoice entered as expected deposit; paid on 4 July',
    }),
    r('tet', '2025-06-19', -950, {
      jr: 'Checks',
      ref: '300122',
      desc: 'Kwame Tetteh Electricals',
      memo: 'Rewiring of the vestry',
    }),
    r('f118', '2025-06-20', 1450, {
      jr: 'Deposits',
      ref: 'WMS/T3/0118',
      desc: 'Esi Boateng',
      memo: 'School fees term 3 - basic 1',
    }),
    r('stip', '2025-06-24', -18600, {
      jr: 'Checks',
      ref: 'STP-0625',
      desc: 'Stipends June 2025',
      memo: 'Minister, caretaker, organist, school bursar',
    }),
    r('c123', '2025-06-25', -2400, {
      jr: 'Checks',
      ref: '300123',
      desc: 'Osino Printing Press',
      memo: 'Hymn sheets and programmes',
      only: 'cheque not yet presented',
    }),
    r('f119', '2025-06-26', 1450, {
      jr: 'Deposits',
      ref: 'WMS/T3/0119',
      desc: 'Akua Nyarko',
      memo: 'School fees term 3 - basic 3',
    }),
    r('hh16', '2025-06-27', 3600, {
      jr: 'Deposits',
      ref: 'HH-25-016',
      desc: 'Osino Circuit Women’s Fellowship',
      memo: 'Hall hire and chairs - rally 28 June',
    }),
    r('dio6', '2025-06-30', -7500, {
      jr: 'Checks',
      ref: 'DIO-0625',
      desc: 'Koforidua Diocese',
      memo: 'Assessment June 2025',
      only: "June's assessment, paid on 2 July",
    }),
  ];
  const bankFile = {
    file: 'mumuadu-0220004418203-jun2025.xlsx',
    bank: 'Mumuadu Rural Bank PLC',
    ledgerAccount: '01-1020',
    readOptions: {
      currency: 'GHS',
      mapping: {
        date: 'Trans Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Cheque No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    render(ls, opening) {
      const rows = [
        ['MUMUADU RURAL BANK PLC'],
        ['OSINO BRANCH'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name', 'OSINO WESLEY METHODIST CHURCH'],
        ['Account No', '0220004418203'],
        ['Product', 'CURRENT ACCOUNT - SOCIETIES'],
        ['Period', '01-JUN-2025 TO 30-JUN-2025'],
        ['Currency', 'GHS'],
        [],
        ['Trans Date', 'Value Date', 'Particulars', 'Cheque No', 'Debit', 'Credit', 'Balance'],
        [null, null, 'BALANCE B/F', null, null, null, { n: opening }],
      ];
      let bal = opening;
      let dr = 0;
      let cr = 0;
      const at = new Map();
      for (const l of ls) {
        bal += l.amt;
        if (l.amt < 0) dr -= l.amt;
        else cr += l.amt;
        l.reference = l.ref ?? null;
        l.narration = l.text;
        l.balance = bal;
        rows.push([
          { d: l.d },
          { d: l.d },
          l.text,
          l.ref ?? null,
          l.amt < 0 ? { n: -l.amt } : null,
          l.amt > 0 ? { n: l.amt } : null,
          { n: bal },
        ]);
        at.set(l.id, rows.length);
      }
      rows.push([null, null, 'TOTALS', null, { n: dr }, { n: cr }, null]);
      rows.push([null, null, 'BALANCE C/F', null, null, null, { n: bal }]);
      return {
        xlsx: { rows, sheet: 'Statement', cols: [12, 12, 52, 10, 14, 14, 14] },
        headerRow: 10,
        at,
        closing: bal,
      };
    },
  };
  const ledgerFile = {
    file: 'powerchurch-gl-01-1020-jun2025.csv',
    package: 'PowerChurch Plus (Accounting → Reports → General Ledger, account 01-1020, uncleared only, Export → CSV)',
    readOptions: {
      currency: 'GHS',
      dateOrder: 'MDY',
      mapping: {
        date: 'Date',
        reference: 'Ref #',
        account: 'Account',
        description: ['Journal', 'Description', 'Memo'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
    render(rows_) {
      const rows = [
        ['Osino Wesley Methodist Church'],
        ['General Ledger Report'],
        ['Account 01-1020 Mumuadu Rural Bank - Current (uncleared transactions)'],
        ['Dates 05/01/2025 through 06/30/2025'],
        [],
        ['Date', 'Journal', 'Ref #', 'Account', 'Description', 'Memo', 'Debit', 'Credit'],
      ];
      const at = new Map();
      for (const e of [...rows_].sort((a, b) => a.d.localeCompare(b.d))) {
        e.reference = e.ref;
        e.description = `${e.jr} — ${e.desc} — ${e.memo}`;
        e.party = null;
        e.account = '01-1020';
        rows.push([
          us(e.d),
          e.jr,
          e.ref,
          '01-1020',
          e.desc,
          e.memo,
          e.amt > 0 ? grouped(e.amt) : '',
          e.amt < 0 ? grouped(e.amt) : '',
        ]);
        at.set(e.key, rows.length);
      }
      return { body: csvOf(rows).replace(/\r\n/g, '\n'), headerRow: 6, at };
    },
  };
  return {
    set: 'gh-mumuadu-powerchurch',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2025-06-01', to: '2025-06-30' },
    holidays: ['2025-06-06'],
    opening: 8642050,
    business:
      'a Methodist society at Osino, Fanteakwa North, with its basic school (term-3 school fees deposited at the branch by parents, hall hire for funerals, weddings and rallies, harvest pledges, Sunday offerings swept from a MoMo merchant wallet; the chapel roofer paid net of 5% withholding, canteen supplies, ECG prepaid, SSNIT, GRA PAYE, four stipends, the diocesan assessment, a building-fund fixed deposit)',
    lines,
    ledger,
    bankFile,
    ledgerFile,
  };
}

// ───────────────────────────── KE: Kimisitu Sacco FOSA / MRI Software ─────────────────────────────
export function ke(rand) {
  const mp = () => `U${letters(rand, 2)}${digits(rand, 1)}${letters(rand, 3)}${digits(rand, 1)}${letters(rand, 2)}`;
  const lines = [
    b('k1', '2026-02-02', 70000, 'MPESA C2B/WANJIRU NJOROGE/ACC SHOP1 INV261', {
      L: ['i261'],
      ev: 'reference',
      traits: ['ref-serial-only', 'over-payment', 'mobile-money'],
    }),
    b('k2', '2026-02-02', 23200, 'MPESA C2B/MAMA OLIECH EATERY/ACC SHOP 2 RENT', {
      L: ['i262'],
      group: 'ke-g1',
      ev: 'counterparty',
      traits: ['name-only', 'part-payment', 'split-many-to-one', 'mobile-money'],
    }),
    b('k3', '2026-02-03', -92800, 'RTGS OUT/BEDROCK SECURITY SERVICES/BSS-1142', {
      L: ['bss'],
      ev: 'reference',
      traits: ['ref-canonical'],
    }),
    b('k4', '2026-02-03', -300, 'RTGS CHARGE', { kind: 'charge' }),
    b('k5', '2026-02-03', -60, 'EXCISE DUTY ON RTGS CHARGE', { kind: 'tax' }),
    b('k6', '2026-02-04', 106000, 'EFT CR/TANGAZO MEDIA LTD/INV263 LESS WHT', {
      L: ['i263'],
      ev: 'reference',
      traits: ['ref-serial-only', 'short-withholding-tax-10pct-of-rent'],
    }),
    b('k7', '2026-02-05', 87000, 'RTGS IN/FARAJA INSURANCE AGENCY/KRP/INV/0264 & 0269', {
      L: ['i264', 'i269'],
      ev: 'reference',
      traits: ['ref-slashes', 'split-one-to-many'],
    }),
    b('k8', '2026-02-06', -500000, 'FT TO 0170XXXXX233 KIAMBU ROAD PLAZA LTD/EQUITY', {
      L: ['own'],
      ev: 'counterparty',
      traits: ['own-account-transfer'],
    }),
    b('k9', '2026-02-09', 63800, 'PESALINK IN/MWANGI/FEB RENT OFFICE 2', {
      any: [['i265']],
      ev: 'counterparty',
      traits: ['name-only', 'same-surname'],
      decoy: {
        tempting: ['i266'],
        why: 'offices 2A (Daniel Mwangi Advocates, the payer by the remittance e-mail) and 2B (Peter Mwangi & Associates) each owe 63,800.00 for February; the Pesalink names the surname and "office 2" only',
      },
    }),
    b('k10', '2026-02-10', -38450, 'KPLC POSTPAID/ACC 2193XXXX/COMMON AREAS', {
      L: ['kplc'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('k11', '2026-02-10', -18500, 'PESALINK OUT/GEORGE OTIENO/PLUMBING RISER', {
      exp: 'reversal-pair',
      partner: 'k12',
    }),
    b('k12', '2026-02-10', 18500, 'PESALINK REVERSAL/GEORGE OTIENO/INVALID ACCOUNT', {
      exp: 'reversal-pair',
      partner: 'k11',
    }),
    b('k13', '2026-02-10', -50, 'PESALINK CHARGE', { kind: 'charge' }),
    b('k14', '2026-02-10', -10, 'EXCISE DUTY ON PESALINK CHARGE', { kind: 'tax' }),
    b('k15', '2026-02-11', -18500, 'MPESA B2C/0722***118 GEORGE OTIENO', {
      L: ['oti'],
      ev: 'counterparty',
      traits: ['name-only', 'resent-after-reversal', 'mobile-money'],
    }),
    b('k16', '2026-02-11', -54, 'B2C CHARGE INCL EXCISE', { kind: 'fee-vat' }),
    b('k17', '2026-02-12', -12300, 'NAIROBI WATER/ACC 4401XXXX/FEB 2026', {
      L: ['water'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('k18', '2026-02-13', 23200, 'MPESA C2B/MAMA OLIECH EATERY/ACC SHOP 2 BAL', {
      L: ['i262'],
      group: 'ke-g1',
      ev: 'counterparty',
      traits: ['name-only', 'split-many-to-one', 'mobile-money'],
    }),
    b('k19', '2026-02-16', -30160, 'PESALINK OUT/SAFI CLEANERS/sc 512 less cn 14', {
      L: ['sc512', 'cn14'],
      ev: 'reference',
      traits: ['ref-lowercase', 'ref-no-padding', 'invoice-less-credit-note'],
    }),
    b('k20', '2026-02-16', -50, 'PESALINK CHARGE', { kind: 'charge' }),
    b('k21', '2026-02-16', -10, 'EXCISE DUTY ON PESALINK CHARGE', { kind: 'tax' }),
    b('k22', '2026-02-17', 40600, 'MPESA C2B/ZAWADI BOUTIQUE/ACC DEPOSIT SHOP 6', {
      exp: 'no-counterpart',
      ev: 'counterparty',
      traits: ['advance-not-invoice'],
      decoy: {
        tempting: ['i268'],
        why: "the new tenant's security deposit for shop 6 (a liability, not yet entered); the books' 40,600.00 from Zawadi Boutique is her first month's rent INV-0268, paid on 2 March",
      },
    }),
    b('k23', '2026-02-18', -48960, 'KRA PRN 2026021807731/VAT JAN 2026', {
      L: ['vat'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('k24', '2026-02-19', 3000, 'MPESA C2B/JOHN KAMAU/ACC PARKING', { exp: 'no-counterpart', ev: 'counterparty' }),
    b('k25', '2026-02-20', 52200, 'MPESA C2B/KIBE HARDWARE/ACC RENT FEB', {
      L: ['i267'],
      ev: 'counterparty',
      traits: ['name-only', 'mobile-money'],
    }),
    b('k26', '2026-02-24', -96000, 'SALARY PROCESSING/FEB 2026/3 STAFF', {
      L: ['sal'],
      ev: 'amount',
      traits: ['payroll'],
    }),
    b('k27', '2026-02-24', -150, 'SALARY PROCESSING FEE', { kind: 'charge' }),
    b('k28', '2026-02-24', -30, 'EXCISE DUTY ON SALARY PROCESSING FEE', { kind: 'tax' }),
    b('k29', '2026-02-25', 30000, 'MPESA C2B/MUTUA ELECTRONICS/ACC INV-0272', {
      L: ['i272'],
      ev: 'reference',
      traits: ['ref-canonical', 'part-payment', 'mobile-money'],
    }),
    b('k30', '2026-02-27', -200, 'LEDGER FEE FEB 2026', { kind: 'charge' }),
    b('k31', '2026-02-27', -40, 'EXCISE DUTY ON LEDGER FEE', { kind: 'tax' }),
  ];
  for (const l of lines) if (l.text.startsWith('MPESA')) l.ref = mp();
  const ledger = [
    r('i261', '2026-02-01', 69600, {
      src: 'CR',
      ref: 'INV-0261',
      party: 'Njoroge Chemists',
      desc: 'Rent & service charge Feb 2026 - Shop 1',
    }),
    r('i262', '2026-02-01', 46400, {
      src: 'CR',
      ref: 'INV-0262',
      party: 'Mama Oliech Eatery',
      desc: 'Rent Feb 2026 - Shop 2',
    }),
    r('i263', '2026-02-01', 116000, {
      src: 'CR',
      ref: 'INV-0263',
      party: 'Tangazo Media Ltd',
      desc: 'Rent Feb 2026 - Office 3A (incl VAT)',
    }),
    r('i264', '2026-02-01', 81200, {
      src: 'CR',
      ref: 'INV-0264',
      party: 'Faraja Insurance Agency',
      desc: 'Rent Feb 2026 - Office 3B (incl VAT)',
    }),
    r('i265', '2026-02-01', 63800, {
      src: 'CR',
      ref: 'INV-0265',
      party: 'Daniel Mwangi Advocates',
      desc: 'Rent Feb 2026 - Office 2A (incl VAT)',
    }),
    r('i266', '2026-02-01', 63800, {
      src: 'CR',
      ref: 'INV-0266',
      party: 'Peter Mwangi & Associates',
      desc: 'Rent Feb 2026 - Office 2B (incl VAT)',
      only: 'paid on 3 March',
    }),
    r('i267', '2026-02-01', 52200, {
      src: 'CR',
      ref: 'INV-0267',
      party: 'Kibe Hardware',
      desc: 'Rent Feb 2026 - Shop 5',
    }),
    r('i268', '2026-02-01', 40600, {
      src: 'CR',
      ref: 'INV-0268',
      party: 'Zawadi Boutique',
      desc: 'Rent Feb 2026 - Shop 6 (first month)',
      only: 'paid on 2 March',
    }),
    r('i269', '2026-02-01', 5800, {
      src: 'CR',
      ref: 'INV-0269',
      party: 'Faraja Insurance Agency',
      desc: 'Parking bays Feb 2026 (2)',
    }),
    r('i272', '2026-02-01', 58000, {
      src: 'CR',
      ref: 'INV-0272',
      party: 'Mutua Electronics',
      desc: 'Rent Feb 2026 - Shop 7',
    }),
    r('bss', '2026-02-03', -92800, {
      src: 'CD',
      ref: 'BSS-1142',
      party: 'Bedrock Security Services Ltd',
      desc: 'Guarding services Jan 2026',
    }),
    r('own', '2026-02-06', -500000, {
      src: 'JE',
      ref: 'JE-2602-04',
      party: 'Kiambu Road Plaza Ltd',
      desc: 'Transfer to Equity Bank operating account',
    }),
    r('kplc', '2026-02-10', -38450, {
      src: 'CD',
      ref: 'KPLC-0226',
      party: 'Kenya Power',
      desc: 'Electricity - common areas Jan 2026',
    }),
    r('oti', '2026-02-10', -18500, {
      src: 'CD',
      ref: 'PO-0455',
      party: 'George Otieno',
      desc: 'Plumbing - riser repairs',
    }),
    r('water', '2026-02-12', -12300, {
      src: 'CD',
      ref: 'NCWSC-0226',
      party: 'Nairobi City Water & Sewerage Co',
      desc: 'Water Jan 2026',
    }),
    r('sc512', '2026-02-13', -34800, { src: 'CD', ref: 'SC-0512', party: 'Safi Cleaners', desc: 'Cleaning Jan 2026' }),
    r('cn14', '2026-02-13', 4640, {
      src: 'CD',
      ref: 'SC-CN-014',
      party: 'Safi Cleaners',
      desc: 'Credit note - missed days Jan 2026',
    }),
    r('vat', '2026-02-18', -48960, {
      src: 'CD',
      ref: 'VAT-0126',
      party: 'Kenya Revenue Authority',
      desc: 'VAT return Jan 2026',
    }),
    r('sal', '2026-02-24', -96000, {
      src: 'CD',
      ref: 'PAY-0226',
      party: 'Payroll',
      desc: 'Salaries Feb 2026 - caretaker, 2 askaris',
    }),
    r('rates', '2026-02-26', -64000, {
      src: 'CD',
      ref: 'CHQ 001245',
      party: 'Nairobi City County',
      desc: 'Land rates 2026',
      only: 'cheque not yet presented',
    }),
  ];
  const bankFile = {
    file: 'kimisitu-fosa-0010448821-feb2026.csv',
    bank: 'Kimisitu Sacco Society Ltd (FOSA)',
    ledgerAccount: '1020',
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Date',
        valueDate: 'Value Date',
        description: ['Transaction Type', 'Narrative'],
        reference: 'Reference No.',
        moneyOut: 'Money Out',
        moneyIn: 'Money In',
        balance: 'Balance',
      },
    },
    render(ls, opening) {
      const type = (t) =>
        /^MPESA/.test(t)
          ? 'MPESA'
          : /^PESALINK/.test(t)
            ? 'PESALINK'
            : /^RTGS/.test(t)
              ? 'RTGS'
              : /EXCISE|CHARGE|FEE/.test(t)
                ? 'CHARGES'
                : 'TRANSFER';
      const rows = [
        ['KIMISITU SACCO SOCIETY LTD'],
        ['FOSA ACCOUNT STATEMENT'],
        ['Member Name', 'KIAMBU ROAD PLAZA LTD'],
        ['Account', '0010448821 - FOSA CURRENT'],
        ['Period', 'From 01-Feb-2026 To 28-Feb-2026'],
        [],
        ['Date', 'Value Date', 'Transaction Type', 'Narrative', 'Reference No.', 'Money Out', 'Money In', 'Balance'],
        ['', '', '', 'Balance B/F', '', '', '', grouped(opening)],
      ];
      let bal = opening;
      const at = new Map();
      for (const l of ls) {
        bal += l.amt;
        l.reference = l.ref ?? `FT26${digits(rand, 8)}`;
        l.narration = `${type(l.text)} — ${l.text}`;
        l.balance = bal;
        rows.push([
          dMonY(l.d),
          dMonY(l.d),
          type(l.text),
          l.text,
          l.reference,
          l.amt < 0 ? grouped(l.amt) : '',
          l.amt > 0 ? grouped(l.amt) : '',
          grouped(bal),
        ]);
        at.set(l.id, rows.length);
      }
      rows.push(['', '', '', 'Balance C/F', '', '', '', grouped(bal)]);
      return { body: '\ufeff' + csvOf(rows), headerRow: 7, at, closing: bal };
    },
  };
  const ledgerFile = {
    file: 'mri-gl-detail-1020-feb2026.xlsx',
    package:
      'MRI Software (MRI Commercial Management, GL Detail report, cash account 1020, open items, exported to Excel)',
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Date',
        account: 'Account',
        reference: 'Reference',
        party: 'Tenant/Vendor',
        description: ['Source', 'Description'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
    render(rows_) {
      const rows = [
        ['Kiambu Road Plaza Ltd'],
        ['GL Detail'],
        ['Book: Cash   Period: 02/2026   Account: 1020 Kimisitu Sacco FOSA   Status: open items'],
        [],
        [
          'Account',
          'Account Description',
          'Period',
          'Date',
          'Source',
          'Reference',
          'Tenant/Vendor',
          'Description',
          'Debit',
          'Credit',
        ],
      ];
      const at = new Map();
      for (const e of [...rows_].sort((a, b) => a.d.localeCompare(b.d))) {
        e.reference = e.ref;
        e.description = `${e.src} — ${e.desc}`;
        e.account = '1020';
        rows.push([
          '1020',
          'Kimisitu Sacco FOSA',
          '02/2026',
          { d: e.d },
          e.src,
          e.ref,
          e.party,
          e.desc,
          e.amt > 0 ? { n: e.amt } : null,
          e.amt < 0 ? { n: -e.amt } : null,
        ]);
        at.set(e.key, rows.length);
      }
      return { xlsx: { rows, sheet: 'GL Detail', cols: [8, 20, 8, 12, 7, 12, 28, 40, 14, 14] }, headerRow: 5, at };
    },
  };
  return {
    set: 'ke-kimisitu-mri',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2026-02-01', to: '2026-02-28' },
    holidays: [],
    opening: 41875060,
    business:
      'a family company owning a small mall with shops and offices on Kiambu Road, Nairobi (February rent invoices paid by M-PESA paybill to the Sacco account, Pesalink, EFT and RTGS, one net of withholding tax on rent; a new tenant’s deposit; guarding, cleaning, a plumber, KPLC, Nairobi Water, KRA VAT, a caretaker and two askaris; a transfer to the company’s Equity account)',
    lines,
    ledger,
    bankFile,
    ledgerFile,
  };
}

// ───────────────────────────── ZA: Netcash / Edupac ─────────────────────────────
export function za() {
  const lines = [
    b('z1', '2025-05-02', 8850, 'DEBIT ORDER COLLECTION BATCH DO-MAY-01 (4 ITEMS)', {
      L: ['do_khu', 'do_pil', 'do_vw', 'do_mth'],
      ev: 'reference',
      traits: ['batch-reference', 'split-one-to-many'],
      ref: 'DO-MAY-01',
    }),
    b('z2', '2025-05-02', -27.6, 'DEBIT ORDER FEES DO-MAY-01 4 X R6.90', { kind: 'charge', ref: 'DO-MAY-01' }),
    b('z3', '2025-05-05', -2150, 'UNPAID DEBIT ORDER VW0231 VAN WYK - INSUFFICIENT FUNDS (02)', {
      L: ['unp_vw'],
      ev: 'reference',
      traits: ['ref-canonical', 'returned-debit-order'],
      ref: 'VW0231',
    }),
    b('z4', '2025-05-05', -95, 'UNPAID FEE VW0231', { kind: 'charge', ref: 'VW0231' }),
    b('z5', '2025-05-05', 3450, 'PAY NOW INSTANT EFT - DLAMINI MAY FEES', {
      any: [['dla_n']],
      ev: 'counterparty',
      traits: ['name-only', 'same-surname'],
      decoy: {
        tempting: ['dla_t'],
        why: 'two Dlamini families (Nomvula, account DLA0146, the payer by the Pay Now e-mail, and Themba, DLA0152) each owe 3,450.00 for May; the reference names the surname only',
      },
    }),
    b('z6', '2025-05-05', -5.75, 'PAY NOW FEE INSTANT EFT', { kind: 'charge' }),
    b('z7', '2025-05-06', -8740.5, 'CREDITOR PAYMENT - MSUNDUZI STATIONERS - INV 40871', {
      L: ['stat'],
      ev: 'reference',
      traits: ['ref-spaces'],
    }),
    b('z8', '2025-05-07', 1000, 'PAY NOW CARD - MKH0301 MAY', {
      L: ['mkh'],
      group: 'za-g1',
      ev: 'reference',
      traits: ['ref-canonical', 'part-payment', 'split-many-to-one'],
    }),
    b('z9', '2025-05-07', -3300, 'CREDITOR PAYMENT - SIPHO NDLOVU PLUMBING - CLASSROOM BLOCK B', {
      exp: 'reversal-pair',
      partner: 'z10',
    }),
    b('z10', '2025-05-08', 3300, 'RETURNED CREDITOR PAYMENT - SIPHO NDLOVU PLUMBING - ACCOUNT CLOSED', {
      exp: 'reversal-pair',
      partner: 'z9',
    }),
    b('z11', '2025-05-09', -3300, 'CREDITOR PAYMENT - S NDLOVU PLUMBING (NEW ACC) - BLOCK B', {
      L: ['ndl'],
      ev: 'counterparty',
      traits: ['name-fuzzy', 'resent-after-reversal'],
    }),
    b('z12', '2025-05-09', -9.2, 'CREDITOR PAYMENT FEES 2 X R4.60', { kind: 'charge' }),
    b('z13', '2025-05-12', 1500, 'PAY NOW CARD - MOODLEY - 2026 GRADE R ENROLMENT DEPOSIT', {
      exp: 'no-counterpart',
      ev: 'counterparty',
      traits: ['advance-not-invoice'],
      decoy: {
        tempting: ['camp_moo'],
        why: "a deposit to hold a 2026 Grade R place for a younger child (not entered; a liability); the books' 1,500.00 from the Moodley family is the Grade 7 camp levy INV 5512, still unpaid",
      },
    }),
    b('z14', '2025-05-12', -52.5, 'PAY NOW FEE CARD', { kind: 'charge' }),
    b('z15', '2025-05-13', 3000, 'PAY NOW INSTANT EFT - pil208 camp levy 2 kids', {
      L: ['camp_p1', 'camp_p2'],
      ev: 'reference',
      traits: ['ref-lowercase', 'ref-no-padding', 'split-one-to-many'],
    }),
    b('z16', '2025-05-15', -150000, 'WITHDRAWAL TO BANK ACCOUNT - FNB ...4411', {
      L: ['own'],
      ev: 'counterparty',
      traits: ['own-account-transfer'],
    }),
    b('z17', '2025-05-15', -8.05, 'WITHDRAWAL FEE', { kind: 'charge' }),
    b('z18', '2025-05-16', 9700, 'DEBIT ORDER COLLECTION BATCH DO-MAY-15 (3 ITEMS)', {
      L: ['do_nai', 'do_zul', 'do_fou'],
      ev: 'reference',
      traits: ['batch-reference', 'split-one-to-many'],
      ref: 'DO-MAY-15',
    }),
    b('z19', '2025-05-16', -20.7, 'DEBIT ORDER FEES DO-MAY-15 3 X R6.90', { kind: 'charge', ref: 'DO-MAY-15' }),
    b('z20', '2025-05-19', 2000, 'PAY NOW CARD - OSMAN - ACC OSM-0077', {
      L: ['osm'],
      ev: 'reference',
      traits: ['ref-dashes', 'part-payment'],
    }),
    b('z21', '2025-05-20', 2250, 'PAY NOW INSTANT EFT - NGC 0222 MAY', {
      L: ['ngc'],
      ev: 'reference',
      traits: ['ref-spaces', 'over-payment'],
    }),
    b('z22', '2025-05-22', -86500, 'SALARY BATCH SGB STAFF MAY 2025 (7)', {
      L: ['sal'],
      ev: 'amount',
      traits: ['payroll'],
    }),
    b('z23', '2025-05-22', -48.3, 'SALARY BATCH FEES 7 X R6.90', { kind: 'charge' }),
    b('z24', '2025-05-23', -12650, 'CREDITOR PAYMENT - UMGENI CATERING - UC/2025/118 LESS CN 09', {
      L: ['uc118', 'cn09'],
      ev: 'reference',
      traits: ['ref-slashes', 'invoice-less-credit-note'],
    }),
    b('z25', '2025-05-26', 1150, 'PAY NOW INSTANT EFT - mkh 301 bal', {
      L: ['mkh'],
      group: 'za-g1',
      ev: 'reference',
      traits: ['ref-lowercase', 'ref-no-padding', 'split-many-to-one'],
    }),
    b('z26', '2025-05-26', 1200, 'PAY NOW INSTANT EFT - GR4 DONATION', { exp: 'no-counterpart', ev: 'amount' }),
    b('z27', '2025-05-27', -17825, 'CREDITOR PAYMENT - MSUNDUZI MUNICIPALITY - ACC 50021XXXX', {
      L: ['muni'],
      ev: 'counterparty',
      traits: ['name-only'],
    }),
    b('z28', '2025-05-30', 1850, 'PAY NOW CARD - BOTHA J - BOT0519', {
      L: ['bot'],
      ev: 'reference',
      traits: ['ref-canonical'],
    }),
    b('z29', '2025-05-30', -64.75, 'PAY NOW FEE CARD', { kind: 'charge' }),
    b('z30', '2025-05-30', -299, 'NETCASH MONTHLY SERVICE FEE MAY 2025', { kind: 'fee-vat' }),
  ];
  const ledger = [
    r('do_khu', '2025-05-02', 2150, {
      doc: 'DO-MAY-01',
      type: 'Receipt',
      acc: 'KHU0117',
      name: 'Khumalo S',
      desc: 'Debit order - school fees May',
    }),
    r('do_pil', '2025-05-02', 1850, {
      doc: 'DO-MAY-01',
      type: 'Receipt',
      acc: 'PIL0208',
      name: 'Pillay R',
      desc: 'Debit order - school fees May',
    }),
    r('do_vw', '2025-05-02', 2150, {
      doc: 'DO-MAY-01',
      type: 'Receipt',
      acc: 'VW0231',
      name: 'Van Wyk C',
      desc: 'Debit order - school fees May',
    }),
    r('do_mth', '2025-05-02', 2700, {
      doc: 'DO-MAY-01',
      type: 'Receipt',
      acc: 'MTH0114',
      name: 'Mthembu L',
      desc: 'Debit order - school fees May',
    }),
    r('dla_n', '2025-05-01', 3450, {
      doc: 'INV 5490',
      type: 'Receipt',
      acc: 'DLA0146',
      name: 'Dlamini N',
      desc: 'School fees May (2 learners)',
    }),
    r('dla_t', '2025-05-01', 3450, {
      doc: 'INV 5493',
      type: 'Receipt',
      acc: 'DLA0152',
      name: 'Dlamini T',
      desc: 'School fees May (2 learners)',
      only: 'entered as expected; paid on 3 June',
    }),
    r('unp_vw', '2025-05-05', -2150, {
      doc: 'RD-0505',
      type: 'Journal',
      acc: 'VW0231',
      name: 'Van Wyk C',
      desc: 'Returned debit order - insufficient funds',
    }),
    r('stat', '2025-05-06', -8740.5, {
      doc: 'INV 40871',
      type: 'Payment',
      acc: 'CR-MSS',
      name: 'Msunduzi Stationers',
      desc: 'Exercise books and toner',
    }),
    r('mkh', '2025-05-01', 2150, {
      doc: 'INV 5501',
      type: 'Receipt',
      acc: 'MKH0301',
      name: 'Mkhize P',
      desc: 'School fees May',
    }),
    r('ndl', '2025-05-07', -3300, {
      doc: 'PO 0788',
      type: 'Payment',
      acc: 'CR-SNP',
      name: 'Sipho Ndlovu Plumbing',
      desc: 'Classroom block B - toilets',
    }),
    r('camp_moo', '2025-05-09', 1500, {
      doc: 'INV 5512',
      type: 'Receipt',
      acc: 'MOO0233',
      name: 'Moodley K',
      desc: 'Grade 7 camp levy',
      only: 'camp levy still unpaid at 31 May',
    }),
    r('camp_p1', '2025-05-09', 1500, {
      doc: 'INV 5514',
      type: 'Receipt',
      acc: 'PIL0208',
      name: 'Pillay R',
      desc: 'Grade 7 camp levy - Anisha',
    }),
    r('camp_p2', '2025-05-09', 1500, {
      doc: 'INV 5515',
      type: 'Receipt',
      acc: 'PIL0208',
      name: 'Pillay R',
      desc: 'Grade 7 camp levy - Kiran',
    }),
    r('own', '2025-05-15', -150000, {
      doc: 'TRF 0515',
      type: 'Transfer',
      acc: '8400',
      name: 'FNB cheque account',
      desc: 'Transfer Netcash to FNB',
    }),
    r('do_nai', '2025-05-16', 3250, {
      doc: 'DO-MAY-15',
      type: 'Receipt',
      acc: 'NAI0310',
      name: 'Naicker V',
      desc: 'Debit order - school fees May',
    }),
    r('do_zul', '2025-05-16', 3250, {
      doc: 'DO-MAY-15',
      type: 'Receipt',
      acc: 'ZUL0115',
      name: 'Zulu B',
      desc: 'Debit order - school fees May',
    }),
    r('do_fou', '2025-05-16', 3200, {
      doc: 'DO-MAY-15',
      type: 'Receipt',
      acc: 'FOU0402',
      name: 'Fourie A',
      desc: 'Debit order - school fees May',
    }),
    r('osm', '2025-05-01', 3450, {
      doc: 'INV 5507',
      type: 'Receipt',
      acc: 'OSM0077',
      name: 'Osman F',
      desc: 'School fees May (2 learners)',
    }),
    r('ngc', '2025-05-01', 2150, {
      doc: 'INV 5505',
      type: 'Receipt',
      acc: 'NGC0222',
      name: 'Ngcobo T',
      desc: 'School fees May',
    }),
    r('sal', '2025-05-22', -86500, {
      doc: 'SAL 0525',
      type: 'Payment',
      acc: 'SGB-PAY',
      name: 'SGB staff salaries',
      desc: 'Salaries May 2025 (7 SGB posts)',
    }),
    r('uc118', '2025-05-20', -14950, {
      doc: 'UC/2025/118',
      type: 'Payment',
      acc: 'CR-UMC',
      name: 'Umgeni Catering',
      desc: 'Nutrition programme top-up, April',
    }),
    r('cn09', '2025-05-20', 2300, {
      doc: 'UC/CN/09',
      type: 'Journal',
      acc: 'CR-UMC',
      name: 'Umgeni Catering',
      desc: 'Credit note - short delivery',
    }),
    r('muni', '2025-05-27', -17825, {
      doc: 'MUN 0525',
      type: 'Payment',
      acc: 'CR-MSM',
      name: 'Msunduzi Municipality',
      desc: 'Rates, water and electricity April',
    }),
    r('bot', '2025-05-01', 1850, {
      doc: 'INV 5499',
      type: 'Receipt',
      acc: 'BOT0519',
      name: 'Botha J',
      desc: 'School fees May',
    }),
    r('sec', '2025-05-30', -6900, {
      doc: 'PO 0795',
      type: 'Payment',
      acc: 'CR-BSA',
      name: 'Blue Security',
      desc: 'Armed response May',
      only: 'creditor payment loaded for 2 June',
    }),
  ];
  const bankFile = {
    file: 'netcash-51xx2208-statement-may2025.csv',
    bank: 'Netcash (Pty) Ltd (merchant account)',
    ledgerAccount: '8410',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Date',
        description: ['Type', 'Description'],
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
    },
    render(ls, opening) {
      const type = (t) =>
        /FEE/.test(t)
          ? 'Fee'
          : /^DEBIT ORDER/.test(t)
            ? 'Debit order'
            : /^UNPAID/.test(t)
              ? 'Unpaid'
              : /^PAY NOW/.test(t)
                ? 'Pay Now'
                : /^SALARY/.test(t)
                  ? 'Salary'
                  : /^CREDITOR|^RETURNED/.test(t)
                    ? 'Creditor payment'
                    : 'Withdrawal';
      const rows = [
        ['Netcash Account Statement'],
        ['Account', '51XX2208 - UMGENI VALLEY PRIMARY SCHOOL'],
        ['Period', '2025/05/01 - 2025/05/31'],
        [],
        ['Date', 'Type', 'Reference', 'Description', 'Amount', 'Balance'],
        ['', '', '', 'Opening balance', '', (opening / 100).toFixed(2)],
      ];
      let bal = opening;
      const at = new Map();
      for (const l of ls) {
        bal += l.amt;
        l.reference = l.ref ?? null;
        l.narration = `${type(l.text)} — ${l.text}`;
        l.balance = bal;
        rows.push([
          l.d.replace(/-/g, '/'),
          type(l.text),
          l.ref ?? '',
          l.text,
          (l.amt / 100).toFixed(2),
          (bal / 100).toFixed(2),
        ]);
        at.set(l.id, rows.length);
      }
      rows.push(['', '', '', 'Closing balance', '', (bal / 100).toFixed(2)]);
      return { body: csvOf(rows), headerRow: 5, at, closing: bal };
    },
  };
  const zar = (m) => grouped(m, ' ').replace('.', ',');
  const ledgerFile = {
    file: 'edupac-cashbook-netcash-may2025.csv',
    package:
      'Edupac (Edupac Accounts, Cash Book report for bank account 8410 Netcash, unreconciled entries, export to CSV)',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      decimalSeparator: ',',
      mapping: {
        date: 'Date',
        reference: 'Doc No',
        party: 'Name',
        description: ['Type', 'Acc No', 'Description'],
        moneyIn: 'Receipts',
        moneyOut: 'Payments',
      },
    },
    render(rows_) {
      const rows = [
        ['UMGENI VALLEY PRIMARY SCHOOL'],
        ['EDUPAC ACCOUNTS - CASH BOOK'],
        ['Bank account: 8410 NETCASH   Unreconciled entries'],
        ['Period: 01/04/2025 - 31/05/2025'],
        [],
        ['Date', 'Doc No', 'Type', 'Acc No', 'Name', 'Description', 'Receipts', 'Payments'],
      ];
      const at = new Map();
      for (const e of [...rows_].sort((a, b) => a.d.localeCompare(b.d))) {
        e.reference = e.doc;
        e.party = e.name;
        e.description = `${e.type} — ${e.acc} — ${e.desc}`;
        rows.push([
          dmy(e.d),
          e.doc,
          e.type,
          e.acc,
          e.name,
          e.desc,
          e.amt > 0 ? zar(e.amt) : '',
          e.amt < 0 ? zar(e.amt) : '',
        ]);
        at.set(e.key, rows.length);
      }
      return { body: rows.map((r) => r.join(';')).join('\r\n') + '\r\n', headerRow: 6, at };
    },
  };
  return {
    set: 'za-netcash-edupac',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2025-05-01', to: '2025-05-31' },
    holidays: ['2025-05-01'],
    opening: 24831520,
    business:
      'a fee-charging public primary school in Pietermaritzburg (May school fees collected by Netcash debit-order batches and Pay Now card and Instant EFT payments, a returned debit order, camp levies, an enrolment deposit, a donation; creditor payments to a stationer, a caterer, a plumber and the municipality, SGB staff salaries, a withdrawal to the school’s FNB account, Netcash fees)',
    lines,
    ledger,
    bankFile,
    ledgerFile,
  };
}
