// KE: a farmers' and teachers' savings and credit co-operative (SACCO) in Murang'a: employers' and tea factories'
// check-off remittances, members' deposits and loan repayments, M-PESA paybill sweeps, loan disbursements by
// PesaLink and RTGS, and the society's own costs. Family Bank charges carry 20 % excise duty on lines of their own.
import { bp, roundTo, workingDays } from './lib44.mjs';
import { monthBuilder } from './month44.mjs';

const KES = 100;
const MEMBERS = [
  'Peter Kamau Njoroge',
  'Jane Wanjiku Mwangi',
  'Samuel Mwangi Gitau',
  'Lucy Wairimu Kariuki',
  'John Maina Ndungu',
  'Esther Nyambura Waweru',
  'Joseph Kiprono Ngetich',
  'Ann Muthoni Githinji',
  'David Kinyua Macharia',
  'Faith Njambi Mugo',
  'Stephen Gachanja Irungu',
  'Beatrice Wangui Kimani',
  'Charles Mugambi Murithi',
  'Margaret Wambui Chege',
  'Francis Ndirangu Kahiga',
  'Rose Wanjeri Gathoni',
  'Patrick Kimotho Wachira',
  'Purity Wanjira Ngugi',
];
const BANKS = ['EQUITY BANK', 'KCB BANK', 'CO-OP BANK', 'NCBA BANK', 'ABSA KENYA', 'STANBIC BANK'];

export function keSacco(r) {
  const m = monthBuilder();
  const days = workingDays(2029, 9, []);
  const used = new Set();
  const uniq = (minor) => {
    while (used.has(minor)) minor += 100 * KES;
    used.add(minor);
    return minor;
  };
  const bankRef = (p) => `${p}${r.digits(9)}`;
  /** a Family Bank charge and the excise duty on it, right below the line */
  const fee = (l, amount, text) => {
    m.charge(l, -amount, text, 'charge');
    m.charge(l, -bp(amount, 2000), `EXCISE DUTY ON ${text}`, 'tax');
  };
  const members = r.sample(MEMBERS, MEMBERS.length);
  let mi = 0;
  const member = () => members[mi++ % members.length];
  const memNo = () => `M${r.int(2100, 4999)}`; // never a 19xx/20xx that reads as a year
  const loanNo = () => `LN/2029/0${r.int(310, 699)}`;
  const receipt = (date, amount, desc, who, ref) => m.book(date, amount, desc, ref, '', { desc2: who, doc: 'OR' });
  const voucher = (date, amount, desc, who, ref) => m.book(date, -amount, desc, ref, '', { desc2: who, doc: 'PV' });

  // check-off remittances for August deductions, against the schedules sent to each employer
  {
    const sch = r.digits(5);
    const schedule = uniq(roundTo(r.int(3800000, 5200000) * KES, 100) + r.int(1, 99) * 100);
    const left = bp(schedule, 180); // three members' deductions were stopped: they left the service
    const l = m.bank(
      days[2],
      schedule - left,
      `RTGS CR TEACHERS SERVICE COMMISSION TSC/3P/AUG29/${sch}`,
      bankRef('FT'),
    );
    m.auto(
      l,
      receipt(days[0], schedule, `Check-off Aug 2029 TSC schedule ${sch}`, 'Teachers Service Commission', `SCH-${sch}`),
      'reference',
      ['short-checkoff'],
    );
    const csch = r.digits(5);
    const county = uniq(roundTo(r.int(900000, 1400000) * KES, 100));
    const paid = roundTo(bp(county, 5000), 100 * KES);
    const lc = m.bank(days[9], paid, `EFT CR COUNTY GOVT OF MURANGA CHECKOFF ${csch} PART`, bankRef('FT'));
    m.suggest(
      lc,
      receipt(days[0], county, `Check-off Aug 2029 County Govt schedule ${csch}`, 'County Government', `SCH-${csch}`),
      'reference',
      ['part-payment'],
      true,
    );
    for (const who of ['MUKANGU HILLS TEA FACTORY CO LTD', 'GITUGI RIDGE TEA FACTORY']) {
      const amount = uniq(r.int(600000, 1500000) * KES + r.int(0, 99) * 100);
      const l2 = m.bank(r.pick(days.slice(3, 8)), amount, `EFT CR ${who} AUG DEDUCTIONS`, bankRef('FT'));
      const name = who
        .replace(' CO LTD', '')
        .toLowerCase()
        .replace(/\b\w/g, (c) => c.toUpperCase());
      m.auto(l2, receipt(l2.date, amount, 'Check-off Aug 2029', name, ''), 'counterparty', ['name-only']);
    }
  }
  // M-PESA paybill sweeps to the bank, quoting the sweep's M-PESA receipt
  for (let i = 0; i < 4; i++) {
    const code = `SI${r.pick(['K', 'L', 'M'])}${r.digits(1)}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[r.int(0, 23)]}${r.digits(1)}X${r.digits(1)}PQ`;
    const amount = uniq(r.int(350000, 900000) * KES + r.int(0, 99) * 100);
    const d = days[1 + i * 5];
    const l = m.bank(d, amount, `MPESA B2B SWEEP FROM PAYBILL 4071${r.digits(2)}`, code);
    m.auto(l, receipt(d, amount, `M-Pesa paybill sweep week ${i + 1}`, 'M-Pesa clearing', code), 'reference');
  }
  // members' cash deposits at the branch, quoting the member number
  for (let i = 0; i < 8; i++) {
    const who = member();
    const no = memNo();
    const amount = uniq(r.int(30, 400) * 500 * KES);
    const d = r.pick(days.slice(0, 19));
    const l = m.bank(
      d,
      amount,
      `CASH DEP BY ${who.toUpperCase()} ${r.pick(['MEM', 'MNO', 'MEMBER'])} ${no.slice(1)}`,
      bankRef('CD'),
    );
    m.auto(l, receipt(d, amount, `Deposits ${no}`, who, ''), 'reference');
  }
  // one member deposits twice the same day (shares and deposits), two equal rows
  {
    const who = member();
    const no = memNo();
    const amount = uniq(r.int(20, 60) * 1000 * KES);
    const d = days[12];
    const la = m.bank(d, amount, `CASH DEP BY ${who.toUpperCase()} MEM ${no.slice(1)}`, bankRef('CD'));
    const lb = m.bank(d, amount, `CASH DEP BY ${who.toUpperCase()} MEM ${no.slice(1)}`, bankRef('CD'));
    const ra = receipt(d, amount, `Deposits ${no}`, who, '');
    const rb = receipt(d, amount, `Share capital ${no}`, who, '');
    m.twins(la, lb, ra, rb, 'reference');
  }
  // a deposit by a namesake member whose teller slip has not reached the office, beside an open row
  {
    const amount = uniq(r.int(15, 45) * 1000 * KES);
    const l = m.bank(days[16], amount, `CASH DEP BY MARY NJERI KAMAU MEM ${r.int(5000, 5999)}`, bankRef('CD'));
    m.none(l, ['decoy']);
    const row = receipt(days[18], amount, `Deposits M${r.int(2100, 4999)}`, 'Mary Wanjiru Kamau', '');
    m.ledgerOnly(row, "receipted at the branch from the member's cheque, which clears in October");
  }
  // loan repayments by PesaLink from members' own banks, loan numbers written their own way
  const writings = [
    (n) => n,
    (n) => n.replace(/\//g, '-'),
    (n) => n.replace(/\//g, '').replace('2029', ''),
    (n) => `loan ${n.slice(9)}`,
  ];
  for (let i = 0; i < 6; i++) {
    const who = member();
    const ln = loanNo();
    const amount = uniq(r.int(45, 320) * 100 * KES);
    const d = r.pick(days.slice(0, 19));
    const l = m.bank(
      d,
      amount,
      `PESALINK CR ${who.toUpperCase()} ${r.pick(BANKS)} ${r.pick(writings)(ln)}`,
      bankRef('PL'),
    );
    m.auto(l, receipt(d, amount, `Loan repayment ${ln}`, who, ln), 'reference');
  }
  // a member with two loans, equal instalments, paying one by name
  {
    const who = 'Grace Wambui Njuguna';
    const amount = uniq(r.int(40, 90) * 100 * KES);
    const a = receipt(days[13], amount, `Loan repayment ${loanNo()}`, who, '');
    const b = receipt(days[13], amount, `Loan repayment ${loanNo()}`, who, '');
    const l = m.bank(days[14], amount, `PESALINK CR GRACE WAMBUI NJUGUNA EQUITY BANK LOAN REPAYMT`, bankRef('PL'));
    m.tie(l, [a, b], 'counterparty');
  }
  // loan disbursements: PesaLink up to a million, RTGS above
  for (let i = 0; i < 7; i++) {
    const who = member();
    const ln = loanNo();
    const big = i < 2;
    const amount = uniq(big ? r.int(1200, 2500) * 1000 * KES : r.int(80, 650) * 1000 * KES);
    const d = r.pick(days.slice(2, 20));
    const text = big
      ? `RTGS TO ${who.toUpperCase()} ${r.pick(BANKS)} ${ln}`
      : `PESALINK DR ${who.toUpperCase()} ${ln.replace(/\//g, '-')}`;
    const l = m.bank(d, -amount, text, bankRef(big ? 'RT' : 'PL'));
    fee(l, big ? 500 * KES : 90 * KES, big ? 'RTGS CHARGE' : 'PESALINK CHARGE');
    m.auto(l, voucher(r.pick([d, days[days.indexOf(d) - 1]]), amount, `Loan disbursement ${ln}`, who, ln), 'reference');
  }
  // an RTGS disbursement returned for a wrong account name, then sent again
  {
    const who = member();
    const ln = loanNo();
    const amount = uniq(r.int(1100, 1800) * 1000 * KES);
    const a = m.bank(days[6], -amount, `RTGS TO ${who.toUpperCase()} KCB BANK ${ln}`, bankRef('RT'));
    fee(a, 500 * KES, 'RTGS CHARGE');
    const back = m.bank(days[7], amount, `RTGS RETURN ${ln} NAME MISMATCH`, a.ref);
    m.pair(a, back);
    const again = m.bank(days[8], -amount, `RTGS TO ${who.toUpperCase()} KCB BANK ${ln}`, bankRef('RT'));
    fee(again, 500 * KES, 'RTGS CHARGE');
    m.auto(again, voucher(days[5], amount, `Loan disbursement ${ln}`, who, ln), 'reference');
  }
  // last month's disbursement, executed on the first working day
  const lastMonth = uniq(r.int(150, 400) * 1000 * KES);
  const lm = m.bank(
    days[0],
    -lastMonth,
    `PESALINK DR ${member().toUpperCase()} LN2029${r.int(200, 299)}`,
    bankRef('PL'),
  );
  fee(lm, 90 * KES, 'PESALINK CHARGE');
  m.none(lm, ['booked-last-month']);
  // a disbursement approved on the 28th awaiting the second signatory
  m.ledgerOnly(
    voucher(days[days.length - 2], uniq(r.int(200, 600) * 1000 * KES), `Loan disbursement ${loanNo()}`, member(), ''),
    'awaiting the second signatory; the bank pays it on 1 October',
  );

  // board sitting allowances by M-PESA B2C bulk
  {
    const n = 9;
    const amount = uniq(n * r.int(5, 8) * 1000 * KES);
    const batch = r.digits(6);
    const l = m.bank(days[10], -amount, `MPESA B2C BULK PAYMENT BATCH ${batch} ${n} RECIPIENTS`, bankRef('MB'));
    fee(l, n * 33 * KES, `MPESA B2C CHARGES ${n} X 33`);
    m.auto(
      l,
      voucher(days[10], amount, `Board sitting allowances Sept - bulk ${batch}`, 'Board members', ''),
      'reference',
    );
  }
  // payroll, PAYE and housing levy by PRN, NSSF, SHIF
  {
    const batch = r.digits(5);
    const net = uniq(r.int(820000, 1100000) * KES + r.int(0, 99) * 100);
    const d = days[days.length - 3];
    const l = m.bank(d, -net, `BULK EFT SALARIES SEP 2029 BATCH ${batch}`, bankRef('BE'));
    fee(l, 14 * 50 * KES, 'BULK EFT CHARGES 14 X 50');
    m.auto(l, voucher(d, net, `Net salaries September 2029 (batch ${batch})`, 'Staff', ''), 'reference');
    for (const [what, lo, hi] of [
      ['PAYE', 180000, 260000],
      ['AHL', 20000, 35000],
    ]) {
      const prn = `2029${r.digits(6)}`;
      const amount = uniq(r.int(lo, hi) * KES + r.int(0, 99));
      const lp = m.bank(days[7], -amount, `KRA ITAX PAYMENT PRN ${prn}`, bankRef('TX'));
      m.auto(lp, voucher(days[6], amount, `${what} Aug 2029 PRN ${prn}`, 'Kenya Revenue Authority', prn), 'reference');
    }
    const emp = r.digits(8);
    const nssf = uniq(r.int(18, 30) * 1080 * KES);
    const ln = m.bank(days[7], -nssf, `NSSF CONTRIBUTION EMPLOYER ${emp}`, bankRef('TX'));
    m.auto(ln, voucher(days[7], nssf, `NSSF Aug 2029 employer ${emp}`, 'NSSF', ''), 'reference');
    const shif = uniq(r.int(28000, 40000) * KES + r.int(0, 99));
    const lsh = m.bank(days[7], -shif, 'SOCIAL HEALTH AUTHORITY SHIF AUG 2029', bankRef('TX'));
    m.auto(lsh, voucher(days[7], shif, 'SHIF contributions August', 'Social Health Authority', ''), 'counterparty');
  }
  // loan-protection premiums to the insurer, quoting the group policy
  {
    const pol = `GLP/${r.digits(6)}`;
    const amount = uniq(r.int(90000, 160000) * KES + r.int(0, 99) * 100);
    const l = m.bank(days[11], -amount, `EFT TO CIC LIFE ASSURANCE ${pol.replace('/', '')}`, bankRef('FT'));
    fee(l, 50 * KES, 'EFT CHARGE');
    m.auto(l, voucher(days[11], amount, `Loan protection premium Aug - ${pol}`, 'CIC Life', pol), 'reference');
  }
  // office rent by standing order, and electricity by meter number
  {
    const rent = uniq(85000 * KES);
    const l = m.bank(days[0], -rent, 'STO MURANGA TRADE CENTRE LTD OFFICE RENT', bankRef('SO'));
    fee(l, 100 * KES, 'STANDING ORDER CHARGE');
    m.auto(l, voucher(days[0], rent, 'Office rent September', 'Muranga Trade Centre', ''), 'counterparty', [
      'name-only',
    ]);
    const meter = r.digits(11);
    const kplc = uniq(r.int(6, 14) * 1000 * KES);
    const le = m.bank(days[4], -kplc, `KPLC PREPAID TOKEN ${meter}`, bankRef('UT'));
    m.auto(le, voucher(days[4], kplc, `Electricity token meter ${meter}`, 'Kenya Power', ''), 'reference');
  }
  // an unknown receipt to be held in suspense
  m.none(
    m.bank(days[17], uniq(r.int(7, 30) * 1000 * KES + 500 * KES), 'PESALINK CR 0722XXX418 NO NARRATIVE', bankRef('PL')),
    ['unknown-receipt'],
  );
  // the month's ledger fee and SMS alerts
  const end = days[days.length - 1];
  const ledgerFee = m.bank(end, -1000 * KES, 'LEDGER FEE SEP 2029', bankRef('CH'));
  m.bankOnly(ledgerFee, 'charge');
  m.charge(ledgerFee, -200 * KES, 'EXCISE DUTY ON LEDGER FEE', 'tax');
  m.bankOnly(m.bank(end, -r.int(120, 260) * 300, 'SMS ALERT CHARGES SEP 2029', bankRef('CH')), 'charge');

  return { m, openingBank: uniq(r.int(2400000, 3600000) * KES), lastMonth };
}
