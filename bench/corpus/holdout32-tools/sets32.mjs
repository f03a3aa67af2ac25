// holdout32 — the four businesses: who they deal with, how their bank writes a line, how their books write a row,
// the country's charges and settlements, and both file layouts.
import { csv, daysIn, dMonY, dmy, grouped, major, mdy, monthName, xlsxBytes, cellNumber, pad2 } from './lib32.mjs';
import { standardEvents } from './month32.mjs';

const P = (name, bank) => ({ name, bank: bank ?? name.toUpperCase() });
const sumOf = (xs) => xs.reduce((s, x) => s + x.amt, 0);
const byPosting = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);

/** charges helper: a bank-only line right after another */
const chargeLine = (m, date, amt, text, kind, traits, ref = null) => ({
  line: m.bank(date, -amt, text, ref),
  kind,
  traits,
});

// ------------------------------------------------------------------------------------------------------------------
// NG — Oakridge Family Clinic Ltd, Wuse II, Abuja; The Alternative Bank (AltBank) current account; Peachtree books
// ------------------------------------------------------------------------------------------------------------------
export function setNG(m) {
  const r = m.rng;
  const ym = `${monthName(m.month)} ${m.year}`;
  const session = (d) => `000017${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}${r.digits(6)}${r.digits(12)}`;
  const inv = (s) => `OFC-INV-${String(s).padStart(5, '0')}`;
  const nip = (amt) => (amt <= 500000 ? 1075 : amt <= 5000000 ? 2688 : 5375);
  const D = {
    range: [9500000, 240000000],
    payRange: [4500000, 380000000],
    limit: 1000000000,
    roundUnit: 100000,
    invStart: 1180,
    cnStart: 210,
    chequeNo: 412,
    refColumn: true,
    customers: [
      P('Crestline Health HMO Ltd'),
      P('SavannaCare HMO Ltd', 'SAVANNACARE HMO'),
      P('Meridian Health Partners Ltd'),
      P('Bluewater Energy Services Ltd', 'BLUEWATER ENERGY SVCS LTD'),
      P('Garki Cement Depot Ltd'),
      P('Zuba Agro Allied Ltd'),
      P('Kubwa Microfinance Bank Ltd', 'KUBWA MFB LTD'),
      P('Nnamdi Okereke & Co', 'NNAMDI OKEREKE AND CO'),
      P('Hallmark Schools Jabi', 'HALLMARK SCHOOLS'),
      P('Arewa Haulage Ltd'),
      P('Trident Security Services Ltd', 'TRIDENT SECURITY SERVICES'),
      P('Sahel Telecom Towers Ltd'),
      P('Maitama Heights Residents Association', 'MAITAMA HEIGHTS RESIDENTS ASSOC'),
      P('Lifespring Assurance Plc'),
      P('Ochendo Engineering Ltd'),
      P('Federal Staff Housing Cooperative', 'FED STAFF HOUSING COOP'),
      P('Wazobia Logistics Ltd'),
      P('Ikenna Umeh'),
      P('Durumi Textile Mills Ltd'),
      P('Patience Adeyemi-Bello', 'PATIENCE ADEYEMI-BELLO'),
      P('Jahi Gardens Estate Ltd'),
    ],
    suppliers: [
      P('Medisource Pharma Ltd'),
      P('Labcore Diagnostics Supplies Ltd', 'LABCORE DIAGNOSTICS'),
      P('Unity Oxygen & Gases Ltd', 'UNITY OXYGEN AND GASES'),
      P('Karu Diesel Depot Ltd'),
      P('Clearwave Linen Services', 'CLEARWAVE LINEN SERVICES'),
      P('Biomedix Equipment Ltd'),
      P('Sterimed Consumables Ltd'),
      P('Jabi Facility Cleaners Ltd'),
      P('Apex Radiology Partners Ltd'),
      P('Primecare Office Supplies', 'PRIMECARE OFFICE SUPPLIES'),
      P('Danjuma Plumbing Works', 'DANJUMA PLUMBING WORKS'),
      P('Lokoja Generator Services Ltd'),
    ],
    strangers: [P('?', 'USMAN BELLO ABDULLAHI'), P('?', 'GRACE O NWANKWO')],
    writings: [
      (s) => [`INV ${s}`, 'ref-no-padding'],
      (s) => [`ofc inv ${String(s).padStart(5, '0')}`, 'ref-lowercase'],
      (s) => [`OFCINV${String(s).padStart(5, '0')}`, 'ref-no-separators'],
      (s) => [`INVOICE NO ${s}`, 'ref-words'],
      (s) => [`OFC/INV/${s}`, 'ref-slashes'],
      (s) => [`INV#${String(s).padStart(5, '0')}`, 'ref-hash'],
    ],
    multi: (ss) => `INV ${ss.join('/')}`,
    instalment: (k) => (k === 1 ? 'PART PAYT' : 'BAL PAYT'),
    lessCn: (s, cn) => `INV ${s} LESS CN ${cn}`,
    theirOrder: (po) => `OUR LPO ${po}`,
    refundMemo: (cn) => `REFUND CN ${cn}`,
    supplierRefundMemo: 'REFUND OVERPAYMENT',
    billNo: (s, k) => `${s.name.slice(0, 3).toUpperCase()}-${r.digits(4)}${k}`,
    billWriting: (b, k) => [b, `BILL ${b}`, `INV ${b.split('-')[1]}`, `${b}`][k % 4],
    recv: (who, memo, o) =>
      o.refOnly
        ? { text: `NIP CR/${who.bank}/TRANSFER`, ref: memo }
        : { text: `NIP CR/${who.bank}/${memo || 'TRANSFER'}`, ref: null },
    pay: (who, memo) => ({ text: `NIP DR/${who.bank}/${memo || 'PAYMENT'}`, ref: null }),
    afterRecv: (mm, l) =>
      l.amt >= 1000000 ? [chargeLine(mm, l.date, 5000, 'ELECTRONIC MONEY TRANSFER LEVY', 'levy', ['emtl'])] : [],
    afterPay: (mm, l) => [chargeLine(mm, l.date, nip(-l.amt), 'NIP TRF FEE INCL VAT', 'charge', ['nip-charge'])],
    reversalText: (bad) => `RVSL ${bad.text.replace('NIP DR/', 'NIP DR ')}`,
    chequeText: (n) => `INWARD CLEARING CHQ NO ${String(n).padStart(8, '0')}`,
    short: { of: (a) => Math.round(a / 2000) * 100, trait: 'short-withholding-tax-5pct' },
    bookRecv: (who, invs, x) => ({
      ref: x.lodged ? 'DEP-SLIP 0931' : inv(invs[0]),
      desc:
        `${who.name}` +
        (invs.length > 1 ? ` - ${invs.map(inv).join(', ')}` : '') +
        (x.cn ? ` - ${inv(invs[0])} less CN ${x.cn}` : '') +
        (x.po ? ` - their LPO ${x.po}` : '') +
        (x.lodged ? ` - cheque lodged ${inv(invs[0])}` : ''),
      party: null,
      type: 'CRJ',
    }),
    bookPay: (who, bill, x) => ({
      ref: x.twin ? `PV${r.digits(4)}` : bill,
      desc: `${who.name}${bill ? ` - bill ${bill}` : ''}`,
      party: null,
      type: 'CDJ',
    }),
    bookRefundOut: (c, cn) => ({
      ref: `CN-${cn}`,
      desc: `Refund ${c.name} - credit note ${cn}`,
      party: null,
      type: 'CDJ',
    }),
    bookRefundIn: (s) => ({ ref: 'RFND', desc: `Refund from ${s.name} - overpayment`, party: null, type: 'CRJ' }),
    bookCheque: (s, n) => ({
      ref: `CHQ${String(n).padStart(6, '0')}`,
      desc: `${s.name} - cheque`,
      party: null,
      type: 'CDJ',
    }),
  };
  standardEvents(m, D);

  // settlements: Paystack net with its id (gross booked); POS gross and MSC booked as two rows; Interswitch, no id
  {
    const d = m.wd(6);
    const id = `PSTK-STL-${r.digits(7)}`;
    const gross = m.amount(30000000, 90000000, 100);
    const fee = Math.min(Math.round(gross / 6666), 200000);
    const l = m.bank(d, m.take(gross - fee), `PAYSTACK SETTLEMENT ${id}`, id);
    m.auto(
      [l],
      [m.book(m.before(d, 1), gross, { ref: id, desc: `Paystack online payments ${id}`, party: null, type: 'CRJ' })],
      ['gateway-settlement', 'short-net-of-fee'],
    );
    const d2 = m.wd(13);
    const batch = `${r.digits(4)}`;
    const g2 = m.amount(20000000, 60000000, 100);
    const f2 = m.take(Math.round((g2 * 5) / 1000));
    const l2 = m.bank(d2, m.take(g2 - f2), `POS SETTLEMENT TID 2KX1${r.digits(4)} BATCH ${batch}`, null);
    const rows = [
      m.book(d2, g2, { ref: `POS-${batch}`, desc: `POS takings batch ${batch}`, party: null, type: 'CRJ' }),
      m.book(d2, -f2, { ref: `POS-${batch}`, desc: `MSC on POS batch ${batch}`, party: null, type: 'GENJ' }),
    ];
    m.auto([l2], rows, ['card-settlement', 'gross-and-fee-booked']);
    const d3 = m.wd(20);
    const g3 = m.amount(15000000, 40000000, 100);
    const l3 = m.bank(d3, m.take(g3 - Math.round((g3 * 5) / 1000)), 'INTERSWITCH POS SETTLEMENT', null);
    m.suggest(
      [l3],
      [m.book(d3, g3, { ref: 'POS', desc: 'Card takings - outpatients', party: null, type: 'CRJ' })],
      false,
      ['card-settlement', 'no-settlement-id', 'short-net-of-fee'],
    );
  }
  // payroll with the bulk charge and its VAT
  {
    const d = m.wd(-2);
    const batch = r.digits(6);
    const a = m.amount(1400000000, 1900000000, 100);
    const l = m.bank(d, -a, `BULK PAYMENT SALARY ${ym} BATCH ${batch}`, null);
    m.auto(
      [l],
      [m.book(d, -a, { ref: `PR${batch}`, desc: `Net salaries ${ym} - batch ${batch}`, party: null, type: 'PRJ' })],
      ['payroll'],
    );
    m.bankOnly(m.bank(d, -m.take(75000), `BULK PAYMENT CHARGES (38) ${ym}`, null), 'charge', ['bulk-charge']);
    m.bankOnly(m.bank(d, -m.take(5625), 'VAT ON BULK PAYMENT CHARGES', null), 'fee-vat', ['bulk-charge']);
  }
  // statutory payments through Remita, the electricity bill through Quickteller
  const prev = `${monthName(m.month - 1)} ${m.year}`;
  for (const [k, body, what] of [
    [7, 'FIRS', `WHT ${prev}`],
    [8, 'FCT-IRS', `PAYE ${prev}`],
    [9, 'PENCOM', `PENSION ${prev}`],
    [12, 'NSITF', `ECS ${prev}`],
  ]) {
    const rrr = `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
    const a = m.amount(8000000, 260000000);
    const d = m.wd(k);
    const l = m.bank(d, -a, `REMITA/${body}/${what}/RRR ${rrr}`, null);
    m.auto(
      [l],
      [
        m.book(d, -a, {
          ref: `RRR${rrr.replace(/-/g, '')}`,
          desc: `${body} ${what.toLowerCase()} remittance`,
          party: null,
          type: 'CDJ',
        }),
      ],
      ['statutory'],
    );
  }
  {
    const acct = r.digits(10);
    const a = m.amount(60000000, 140000000);
    const d = m.wd(10);
    const l = m.bank(d, -a, `QUICKTELLER/AEDC POSTPAID/${acct}`, null);
    m.auto(
      [l],
      [
        m.book(m.before(d, 1), -a, {
          ref: 'AEDC',
          desc: `Abuja Electricity Distribution Co - acct ${acct}`,
          party: null,
          type: 'CDJ',
        }),
      ],
      ['utility', 'booked-before-bank'],
    );
  }
  m.none(m.bank(m.wd(11), -m.amount(2500000, 9000000), 'POS PURCHASE @ WUSE MARKET MEDICAL STORES ABUJA', null), [
    'unbooked-card-purchase',
  ]);
  {
    const d = m.wd(0);
    const amf = m.amount(180000, 900000);
    m.bankOnly(m.bank(d, -amf, `ACCOUNT MAINTENANCE CHARGE ${ym}`, null), 'charge', ['account-maintenance']);
    m.bankOnly(m.bank(d, -m.take(Math.round((amf * 75) / 1000)), `VAT ON ACCOUNT MAINTENANCE ${ym}`, null), 'fee-vat', [
      'account-maintenance',
    ]);
    m.bankOnly(m.bank(d, -m.take(4 * 22 * 100 + 400), `SMS ALERT CHARGES ${ym}`, null), 'charge', ['sms-alerts']);
  }

  const bankFile = `altbank-1004417823-${monthName(m.month).toLowerCase()}${m.year}.csv`;
  const bookFile = `peachtree-general-ledger-10200-${monthName(m.month).toLowerCase()}${m.year}.csv`;
  return {
    meta: {
      set: 'ng-altbank-peachtree',
      country: 'NG',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      bank: 'The Alternative Bank Limited (AltBank)',
      package: 'Peachtree Complete Accounting 2012 (General Ledger report of account 10200, exported to CSV)',
      ledgerAccount: '10200',
    },
    session,
    bankLayout: (lines, opening) => {
      const rowOf = new Map();
      const rows = [
        ['THE ALTERNATIVE BANK LIMITED'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['ACCOUNT NAME', 'OAKRIDGE FAMILY CLINIC LTD'],
        ['ACCOUNT NUMBER', '1004417823'],
        ['CURRENCY', 'NGN'],
        [
          'PERIOD',
          `${dMonY(`${m.year}-${pad2(m.month)}-01`)} TO ${dMonY(`${m.year}-${pad2(m.month)}-${pad2(daysIn(m.year, m.month))}`)}`,
        ],
        ['OPENING BALANCE', grouped(opening)],
        ['CLOSING BALANCE', grouped(opening + sumOf(lines))],
        [],
        ['TRANS. DATE', 'VALUE DATE', 'DESCRIPTION', 'REF. NO.', 'DEBIT', 'CREDIT', 'BALANCE'],
      ];
      let bal = opening;
      for (const l of lines) {
        bal += l.amt;
        if (!l.ref && /^NIP (CR|DR)\//.test(l.text)) l.ref = session(l.date);
        rows.push([
          dMonY(l.date),
          dMonY(l.date),
          l.text,
          l.ref ?? '',
          l.amt < 0 ? grouped(l.amt) : '',
          l.amt > 0 ? grouped(l.amt) : '',
          grouped(bal),
        ]);
        rowOf.set(l, rows.length);
        l.balance = bal;
      }
      rows.push([], ['*** END OF STATEMENT ***']);
      return {
        file: bankFile,
        bytes: csv(rows),
        headerRow: 10,
        rowOf,
        order: 'oldest-first',
        nonEntryRows: [],
        readOptions: {
          currency: 'NGN',
          mapping: {
            date: 'TRANS. DATE',
            valueDate: 'VALUE DATE',
            description: 'DESCRIPTION',
            reference: 'REF. NO.',
            moneyOut: 'DEBIT',
            moneyIn: 'CREDIT',
            balance: 'BALANCE',
          },
        },
        layout:
          "AltBank internet-banking statement download (CSV): eight label/value preamble rows and a blank, header in row 10, text dates 03-OCT-2025, grouped amounts, the NIP session id in REF. NO. (the payer's text there for one receipt), an end-of-statement line",
      };
    },
    bookLayout: (rows, opening) => {
      const rowOf = new Map();
      const out = [
        ['Oakridge Family Clinic Ltd'],
        ['General Ledger'],
        [
          `For the Period From ${monthName(m.month)[0]}${monthName(m.month).slice(1).toLowerCase()} 1, ${m.year} to ${monthName(m.month)[0]}${monthName(m.month).slice(1).toLowerCase()} ${m.wd(0).slice(8)}, ${m.year}`,
        ],
        ['Filter Criteria includes: 1) IDs: 10200. Report order is by ID. Report is printed in Detail Format.'],
        [
          'Account ID',
          'Account Description',
          'Date',
          'Reference',
          'Jrnl',
          'Trans Description',
          'Debit Amt',
          'Credit Amt',
          'Balance',
        ],
      ];
      const first = `${m.year}-${pad2(m.month)}-01`;
      const last = `${m.year}-${pad2(m.month)}-${m.wd(0).slice(8)}`;
      out.push([
        '10200',
        'AltBank Current 1004417823',
        mdy(first),
        '',
        '',
        'Beginning Balance',
        '',
        '',
        major(opening),
      ]);
      let bal = opening;
      for (const x of rows) {
        bal += x.amt;
        out.push([
          '',
          '',
          mdy(x.date),
          x.ref ?? '',
          x.type,
          x.desc,
          x.amt > 0 ? major(x.amt) : '',
          x.amt < 0 ? major(-x.amt) : '',
          major(bal),
        ]);
        rowOf.set(x, out.length);
      }
      const dr = rows.filter((x) => x.amt > 0).reduce((s, x) => s + x.amt, 0);
      const cr = -rows.filter((x) => x.amt < 0).reduce((s, x) => s + x.amt, 0);
      out.push(['', '', mdy(last), '', '', 'Current Period Change', major(dr), major(cr), major(dr - cr)]);
      const changeRow = out.length;
      out.push(['', '', mdy(last), '', '', 'Ending Balance', '', '', major(bal)]);
      return {
        file: bookFile,
        bytes: csv(out),
        headerRow: 5,
        rowOf,
        nonEntryRows: [
          {
            row: changeRow,
            why: "Peachtree's Current Period Change row: the month's debit and credit totals, not an entry",
          },
        ],
        readOptions: {
          currency: 'NGN',
          dateOrder: 'MDY',
          mapping: {
            date: 'Date',
            reference: 'Reference',
            description: 'Trans Description',
            moneyIn: 'Debit Amt',
            moneyOut: 'Credit Amt',
            balance: 'Balance',
          },
        },
        party: false,
        account: null,
        layout:
          "Peachtree General Ledger report (CSV): four title rows, header in row 5, the account id and name on the Beginning Balance row only, dates MM/DD/YYYY, Jrnl CRJ/CDJ/PRJ/GENJ, no party column (the customer or vendor is the Trans Description), a dated Current Period Change row with the month's totals and an Ending Balance row",
      };
    },
  };
}

// ------------------------------------------------------------------------------------------------------------------
// GH — Abrepo Hills Montessori School Ltd, Kumasi; Sinapi Aba Savings and Loans current account; Kashoo books
// ------------------------------------------------------------------------------------------------------------------
export function setGH(m) {
  const r = m.rng;
  const ym = `${monthName(m.month)} ${m.year}`;
  const bill = (s) => `AHM-FB-25-${String(s).padStart(4, '0')}`;
  const gip = (amt) => (amt <= 100000 ? 200 : amt <= 1000000 ? 500 : 1000);
  const D = {
    range: [180000, 1450000],
    payRange: [120000, 2400000],
    limit: 5000000,
    roundUnit: 1000,
    invStart: 380,
    cnStart: 140,
    chequeNo: 1127,
    refColumn: true,
    customers: [
      P('Kwabena Owusu-Ansah'),
      P('Adwoa Serwaa Mensah'),
      P('Yaw Boateng Agyeman'),
      P('Ashanti Goldfields Staff Welfare Fund', 'ASHANTI GOLDFIELDS STAFF WELFARE'),
      P('Comfort Asantewaa Frimpong'),
      P('Kofi Adu-Gyamfi'),
      P('Nana Akosua Darkwah'),
      P('Ebenezer Tetteh Quarshie'),
      P('Abena Pokuaa Sarpong'),
      P('Suame Auto Parts Traders Association', 'SUAME AUTO PARTS TRADERS'),
      P('Ibrahim Alhassan Mahama'),
      P('Akua Nyarkoa Opoku'),
      P('Kwame Ofori-Atta Bediako', 'KWAME OFORI ATTA BEDIAKO'),
      P('Bantama Timber Products Ltd'),
      P('Gifty Amponsah Yeboah'),
      P('Osei Kyeretwie Holdings Ltd', 'OSEI KYERETWIE HOLDINGS'),
      P('Richard Kwarteng Asamoah'),
      P('Veronica Nsiah Boadu'),
      P('Kejetia Traders Cooperative', 'KEJETIA TRADERS COOPERATIVE'),
      P('Samuel Appiah-Kubi', 'SAMUEL APPIAH KUBI'),
      P('Mavis Ampofo Duah'),
    ],
    suppliers: [
      P('Adum Educational Books Ltd', 'ADUM EDUCATIONAL BOOKS'),
      P('Kumasi Uniforms & Crests', 'KUMASI UNIFORMS AND CRESTS'),
      P('Santasi Foodstuff Suppliers', 'SANTASI FOODSTUFF SUPPLIERS'),
      P('Oforikrom Stationery Depot', 'OFORIKROM STATIONERY DEPOT'),
      P('Ahodwo Bus Services Ltd', 'AHODWO BUS SERVICES'),
      P('Nhyiaeso Cleaning Services', 'NHYIAESO CLEANING SERVICES'),
      P('Ejisu Furniture Works Ltd', 'EJISU FURNITURE WORKS'),
      P('Tafo Gas Refills', 'TAFO GAS REFILLS'),
      P('Asokwa ICT Solutions Ltd', 'ASOKWA ICT SOLUTIONS'),
      P('Krofrom Printing Press', 'KROFROM PRINTING PRESS'),
      P('Atonsu Plumbing & Electricals', 'ATONSU PLUMBING AND ELECTRICALS'),
      P('Danyame Borehole Drillers', 'DANYAME BOREHOLE DRILLERS'),
    ],
    strangers: [P('?', 'AKWASI BONSU'), P('?', 'LYDIA OWUSUWAA')],
    writings: [
      (s) => [`FEES BILL ${s}`, 'ref-words'],
      (s) => [`ahm fb ${String(s).padStart(4, '0')}`, 'ref-lowercase'],
      (s) => [`AHMFB25${String(s).padStart(4, '0')}`, 'ref-year-serial-joined'],
      (s) => [`BILL NO ${s}`, 'ref-no-padding'],
      (s) => [`AHM/FB/25/${String(s).padStart(4, '0')}`, 'ref-slashes'],
      (s) => [`FB#${String(s).padStart(4, '0')}`, 'ref-hash'],
    ],
    multi: (ss) => `FEES BILLS ${ss.join(' ')}`,
    instalment: (k) => (k === 1 ? '1ST INST' : '2ND INST'),
    lessCn: (s, cn) => `FEES BILL ${s} LESS CREDIT ${cn}`,
    theirOrder: (po) => `SPONSOR REF ${po}`,
    refundMemo: (cn) => `FEES REFUND CR NOTE ${cn}`,
    supplierRefundMemo: 'REFUND',
    billNo: (s, k) => `${r.digits(4)}${k}`,
    billWriting: (b, k) => [`INV ${b}`, `INVOICE ${b}`, `INV NO ${b}`, `INV${b}`][k % 4],
    recv: (who, memo, o) =>
      o.refOnly
        ? { text: `GIP CR FRM ${who.bank}`, ref: memo }
        : { text: `GIP CR FRM ${who.bank}${memo ? ` ${memo}` : ''}`, ref: `GIP${r.digits(12)}` },
    pay: (who, memo) => ({ text: `GIP TRF TO ${who.bank}${memo ? ` ${memo}` : ''}`, ref: `GIP${r.digits(12)}` }),
    afterPay: (mm, l) => [chargeLine(mm, l.date, gip(-l.amt), 'GIP TRANSFER CHARGE', 'charge', ['transfer-charge'])],
    reversalText: (bad) => `REVERSAL ${bad.text} - BENEFICIARY ACCOUNT INVALID`,
    chequeText: (n) => `CHQ PAID ${String(n).padStart(6, '0')} CLEARING`,
    short: { of: (a) => Math.round((a * 75) / 1000), trait: 'short-withholding-tax-7-5pct' },
    bookRecv: (who, invs, x) => ({
      ref: x.lodged ? 'LODG-0930' : bill(invs[0]),
      desc:
        (x.lodged ? `Cheque lodged - fees ${bill(invs[0])}` : `School fees ${invs.map(bill).join(', ')}`) +
        (x.cn ? ` less credit note CN-${x.cn}` : '') +
        (x.po ? ` (sponsor ref ${x.po})` : ''),
      party: who.name,
      type: 'Receipt',
    }),
    bookPay: (who, b, x) => ({
      ref: x.twin ? `PV-${r.digits(3)}` : `PV-${r.digits(3)}`,
      desc: b ? `Supplier invoice ${b}` : 'Supplies paid',
      party: who.name,
      type: 'Payment',
    }),
    bookRefundOut: (c, cn) => ({
      ref: `CN-${cn}`,
      desc: `Refund of fees - credit note ${cn}`,
      party: c.name,
      type: 'Payment',
    }),
    bookRefundIn: (s) => ({ ref: 'RFND', desc: 'Supplier refund', party: s.name, type: 'Receipt' }),
    bookCheque: (s, n) => ({
      ref: `CHQ ${String(n).padStart(6, '0')}`,
      desc: 'Cheque payment',
      party: s.name,
      type: 'Payment',
    }),
  };
  const { rcv, bookIn, inv, pay } = standardEvents(m, D);
  // eight more parents: four quote the bill, two by name, two pay cash at the branch
  const more = [
    P('Felicia Osei-Tutu'),
    P('Daniel Nkansah Amoako'),
    P('Rosemary Achiaa Boakye'),
    P('Isaac Kwadwo Fosu'),
    P('Patricia Agyapong'),
    P('Michael Asiedu Danso'),
    P('Hannah Dufie Antwi'),
    P('Joseph Oppong Manu'),
  ];
  more.forEach((p, k) => {
    const s = inv();
    const a = m.amount(D.range[0], D.range[1]);
    const d = m.wd(1 + k * 2);
    if (k < 4) {
      const [w, t] = D.writings[(k + 2) % 6](s);
      m.auto([rcv(d, a, p, w)], [bookIn(d, a, p, [s])], [t, 'term-fees']);
    } else if (k < 6) {
      m.auto([rcv(d, a, p, '')], [bookIn(d, a, p, [s])], ['name-only', 'term-fees']);
    } else {
      const l = m.bank(d, a, `CASH DEPOSIT BY ${p.bank}`, `CD${r.digits(8)}`);
      m.auto([l], [bookIn(d, a, p, [s])], ['cash-deposit', 'name-only']);
    }
  });
  {
    // the tier-2 pension trustee by transfer (with its charge) and a cheque book
    const t = P('Ashanti Pensions Trust Ltd', 'ASHANTI PENSIONS TRUST');
    const a = m.amount(300000, 900000);
    const d = m.wd(10);
    const l = pay(d, a, t, `TIER 2 ${monthName(m.month - 1)} ${m.year}`);
    m.auto(
      [l],
      [
        m.book(d, -a, {
          ref: `PV-${r.digits(3)}`,
          desc: `Tier 2 pension ${monthName(m.month - 1)} ${m.year}`,
          party: t.name,
          type: 'Payment',
        }),
      ],
      ['statutory', 'name-only'],
    );
    m.bankOnly(m.bank(m.wd(7), -m.take(12000), 'CHEQUE BOOK ISSUE FEE (50 LEAVES)', null), 'charge', ['cheque-book']);
  }
  // settlements: Hubtel net with its id; MTN MoMo gross and fee with the id; ExpressPay, no id
  {
    const d = m.wd(4);
    const id = `HBT-STL-${r.digits(8)}`;
    const g = m.amount(2500000, 6000000, 100);
    const f = m.take(Math.round(g / 100));
    m.auto(
      [m.bank(d, m.take(g - f), `HUBTEL SETTLEMENT ${id}`, id)],
      [m.book(d, g, { ref: id, desc: `Hubtel fee collections ${id}`, party: 'Hubtel', type: 'Receipt' })],
      ['gateway-settlement', 'short-net-of-fee'],
    );
    const d2 = m.wd(11);
    const id2 = `MMS${r.digits(9)}`;
    const g2 = m.amount(1500000, 4000000, 100);
    const f2 = m.take(Math.round(g2 / 200));
    m.auto(
      [m.bank(d2, m.take(g2 - f2), `MTN MOMO MERCHANT SETTLEMENT ${id2}`, id2)],
      [
        m.book(d2, g2, { ref: id2, desc: `MoMo fee collections ${id2}`, party: 'MTN Mobile Money', type: 'Receipt' }),
        m.book(d2, -f2, { ref: id2, desc: `MoMo merchant fee ${id2}`, party: 'MTN Mobile Money', type: 'Journal' }),
      ],
      ['mobile-money-settlement', 'gross-and-fee-booked'],
    );
    const d3 = m.wd(18);
    const g3 = m.amount(800000, 2500000, 100);
    m.suggest(
      [m.bank(d3, m.take(g3 - Math.round(g3 / 100)), 'EXPRESSPAY SETTLEMENT', null)],
      [m.book(d3, g3, { ref: 'EXP', desc: 'Online fee payments', party: 'ExpressPay', type: 'Receipt' })],
      false,
      ['gateway-settlement', 'no-settlement-id', 'short-net-of-fee'],
    );
  }
  // payroll, statutory, utilities
  {
    const d = m.wd(-1);
    const batch = r.digits(5);
    const a = m.amount(9000000, 14000000, 100);
    m.auto(
      [m.bank(d, -a, `ACH BULK DR SALARIES ${ym} BATCH ${batch}`, `ACH${batch}`)],
      [
        m.book(d, -a, {
          ref: `SAL-${batch}`,
          desc: `Staff salaries ${ym} batch ${batch}`,
          party: 'Staff',
          type: 'Payment',
        }),
      ],
      ['payroll'],
    );
    m.bankOnly(m.bank(d, -m.take(4600), 'ACH BULK PAYMENT CHARGE (46)', `ACH${batch}`), 'charge', ['bulk-charge']);
  }
  const prev = `${monthName(m.month - 1)} ${m.year}`;
  for (const [k, text, desc, party] of [
    [9, `GRA PAYE ${prev} REF ${r.digits(10)}`, 'PAYE', 'Ghana Revenue Authority'],
    [10, `SSNIT CONTRIBUTION ${prev} ER ${r.digits(9)}`, 'SSNIT tier 1', 'SSNIT'],
    [12, `ECG POSTPAID ACC ${r.digits(10)}`, 'Electricity', 'Electricity Company of Ghana'],
    [14, `GHANA WATER LTD ACC ${r.digits(8)}`, 'Water', 'Ghana Water Limited'],
  ]) {
    const a = m.amount(150000, 2200000);
    const d = m.wd(k);
    const num = text.match(/\d{8,}/)[0];
    m.auto(
      [m.bank(d, -a, text, null)],
      [m.book(d, -a, { ref: num, desc: `${desc} ${prev}`, party, type: 'Payment' })],
      [k < 12 ? 'statutory' : 'utility'],
    );
  }
  m.none(m.bank(m.wd(13), -m.amount(40000, 180000), 'POS PURCHASE ADUM STATIONERY WORLD KUMASI', null), [
    'unbooked-card-purchase',
  ]);
  {
    const d = m.wd(0);
    m.bankOnly(m.bank(d, -m.take(2500), `ACCOUNT MAINTENANCE FEE ${ym}`, null), 'charge', ['account-maintenance']);
    m.bankOnly(m.bank(d, -m.take(1800), `SMS ALERT CHARGES ${ym}`, null), 'charge', ['sms-alerts']);
  }

  const bankFile = `sinapiaba-0120043318701-${monthName(m.month).toLowerCase()}${m.year}.xlsx`;
  const bookFile = `kashoo-account-details-1010-${monthName(m.month).toLowerCase()}${m.year}.csv`;
  return {
    meta: {
      set: 'gh-sinapiaba-kashoo',
      country: 'GH',
      currency: 'GHS',
      timezone: 'Africa/Accra',
      bank: 'Sinapi Aba Savings and Loans Limited',
      package: 'Kashoo (Reports → Account Details of account 1010 Sinapi Aba Current, exported to CSV)',
      ledgerAccount: '1010',
    },
    bankLayout: (lines, opening) => {
      const rowOf = new Map();
      const closing = opening + sumOf(lines);
      let bal = opening;
      const body = lines.map((l) => {
        bal += l.amt;
        l.balance = bal;
        return l;
      });
      const rows = [
        ['SINAPI ABA SAVINGS AND LOANS LTD'],
        ['Statement of Account'],
        ['Account Name:', 'ABREPO HILLS MONTESSORI SCHOOL LTD'],
        ['Account No:', '0120043318701'],
        ['Currency:', 'GHS'],
        ['Opening Balance:', cellNumber(opening)],
        ['Closing Balance:', cellNumber(closing)],
        [],
        ['Post Date', 'Value Date', 'Description', 'Reference', 'Withdrawal', 'Deposit', 'Balance'],
      ];
      for (const l of body.slice().reverse()) {
        rows.push([
          { date: l.date },
          { date: l.date },
          l.text,
          l.ref ?? '',
          l.amt < 0 ? cellNumber(-l.amt) : '',
          l.amt > 0 ? cellNumber(l.amt) : '',
          cellNumber(l.balance),
        ]);
        rowOf.set(l, rows.length);
      }
      return {
        file: bankFile,
        bytes: xlsxBytes('Statement', rows, [12, 12, 60, 20, 14, 14, 16]),
        headerRow: 9,
        rowOf,
        order: 'newest-first',
        nonEntryRows: [],
        readOptions: {
          currency: 'GHS',
          sheet: 'Statement',
          mapping: {
            date: 'Post Date',
            valueDate: 'Value Date',
            description: 'Description',
            reference: 'Reference',
            moneyOut: 'Withdrawal',
            moneyIn: 'Deposit',
            balance: 'Balance',
          },
        },
        layout:
          'Sinapi Aba online-banking statement exported to Excel (sheet Statement), newest first: label/value preamble with numeric opening and closing balances, header in row 9, real date cells, the GhIPSS/ACH/cash-deposit reference in Reference',
      };
    },
    bookLayout: (rows, opening) => {
      const rowOf = new Map();
      const out = [
        ['Abrepo Hills Montessori School Ltd'],
        ['Account Details: 1010 - Sinapi Aba Current'],
        [`${monthName(m.month)[0]}${monthName(m.month).slice(1).toLowerCase()} 1 - ${m.wd(0).slice(8)}, ${m.year}`],
        [],
        ['Date', 'Type', 'Number', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
        ['', '', '', '', 'Opening Balance', '', '', major(opening)],
      ];
      let bal = opening;
      for (const x of rows) {
        bal += x.amt;
        out.push([
          x.date,
          x.type,
          x.ref ?? '',
          x.party ?? '',
          x.desc,
          x.amt > 0 ? major(x.amt) : '',
          x.amt < 0 ? major(-x.amt) : '',
          major(bal),
        ]);
        rowOf.set(x, out.length);
      }
      out.push(['', '', '', '', 'Closing Balance', '', '', major(bal)]);
      return {
        file: bookFile,
        bytes: csv(out),
        headerRow: 5,
        rowOf,
        nonEntryRows: [],
        readOptions: {
          currency: 'GHS',
          mapping: {
            date: 'Date',
            reference: 'Number',
            party: 'Contact',
            description: 'Description',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
            balance: 'Balance',
          },
        },
        party: true,
        account: null,
        layout:
          'Kashoo Account Details report (CSV): three title rows and a blank, header in row 5, ISO dates, Type (Receipt/Payment/Journal), Number, Contact, Description, Debit/Credit without grouping, running Balance, undated Opening Balance and Closing Balance rows (balance only)',
      };
    },
  };
}

// ------------------------------------------------------------------------------------------------------------------
// KE — Kandara Avocado Growers Co-operative Society Ltd, Murang'a; Kenya Women Microfinance Bank (KWFT); metasfresh
// ------------------------------------------------------------------------------------------------------------------
export function setKE(m) {
  const r = m.rng;
  const ym = `${monthName(m.month)} ${m.year}`;
  const inv = (s) => `KAG/INV/2025/${String(s).padStart(4, '0')}`;
  const pl = (amt) => (amt <= 10000000 ? 5500 : amt <= 50000000 ? 9000 : 15000);
  const D = {
    range: [4500000, 98000000],
    payRange: [2500000, 64000000],
    limit: 99999900,
    roundUnit: 100000,
    invStart: 305,
    cnStart: 118,
    chequeNo: 220,
    refColumn: true,
    customers: [
      P('Highland Fresh Exporters Ltd', 'HIGHLAND FRESH EXPORTERS LTD'),
      P('Thika Greens Packers Ltd', 'THIKA GREENS PACKERS'),
      P('Kakuzi Road Fruit Processors Ltd', 'KAKUZI ROAD FRUIT PROCESSORS'),
      P('Mlolongo Oil Pressers Ltd', 'MLOLONGO OIL PRESSERS'),
      P('Green Valley Agro Exports Ltd', 'GREEN VALLEY AGRO EXPORTS'),
      P('Sagana Cold Chain Ltd', 'SAGANA COLD CHAIN LTD'),
      P('Kenol Fresh Produce Traders', 'KENOL FRESH PRODUCE'),
      P('Gatura Hotel & Lodges Ltd', 'GATURA HOTEL AND LODGES'),
      P('Makuyu Secondary School', 'MAKUYU SECONDARY SCHOOL'),
      P('Rift Coast Avocado Buyers Ltd', 'RIFT COAST AVOCADO BUYERS'),
      P('Kiganjo Supermarkets Ltd', 'KIGANJO SUPERMARKETS'),
      P('Wanjiru Kamau Enterprises', 'WANJIRU KAMAU ENTERPRISES'),
      P('Mathioya Juice Makers Ltd', 'MATHIOYA JUICE MAKERS'),
      P("Murang'a County Government", 'COUNTY GOVERNMENT OF MURANGA'),
      P('Nyeri Hill Farmers Market Ltd', 'NYERI HILL FARMERS MARKET'),
      P('Ruiru Organic Foods Ltd', 'RUIRU ORGANIC FOODS'),
      P('Kangema Traders Ltd', 'KANGEMA TRADERS LTD'),
      P('Blue Nile Fruit Importers LLC', 'BLUE NILE FRUIT IMPORTERS'),
      P('Karatina Grocers Ltd', 'KARATINA GROCERS'),
      P('Esther Njeri Mwangi', 'ESTHER NJERI MWANGI'),
      P('Gakoigo Produce Agents', 'GAKOIGO PRODUCE AGENTS'),
    ],
    suppliers: [
      P('Kandara Agrovet Supplies', 'KANDARA AGROVET SUPPLIES'),
      P('Crateline Plastics Ltd', 'CRATELINE PLASTICS LTD'),
      P('Mugoiri Transporters Ltd', 'MUGOIRI TRANSPORTERS'),
      P('Packwell Cartons Kenya Ltd', 'PACKWELL CARTONS KENYA'),
      P('Gikoe Seedlings Nursery', 'GIKOE SEEDLINGS NURSERY'),
      P('Muthithi Fuel Station', 'MUTHITHI FUEL STATION'),
      P('Sabasaba Cold Rooms Ltd', 'SABASABA COLD ROOMS LTD'),
      P('Kabati Casual Labour Agency', 'KABATI CASUAL LABOUR AGENCY'),
      P('Ithanga Irrigation Works', 'ITHANGA IRRIGATION WORKS'),
      P('Maragua Stationers Ltd', 'MARAGUA STATIONERS'),
      P('Kiria-ini Hardware Ltd', 'KIRIA-INI HARDWARE'),
      P('Gacharage Security Services', 'GACHARAGE SECURITY SERVICES'),
    ],
    strangers: [P('?', 'JOHN KARIUKI NDUNGU'), P('?', 'MARY WAIRIMU')],
    writings: [
      (s) => [`INV ${s}`, 'ref-no-padding'],
      (s) => [`kag inv ${String(s).padStart(4, '0')}`, 'ref-lowercase'],
      (s) => [`KAGINV2025${String(s).padStart(4, '0')}`, 'ref-year-serial-joined'],
      (s) => [`INVOICE NO. ${s}`, 'ref-words'],
      (s) => [`KAG-INV-2025-${s}`, 'ref-dashes'],
      (s) => [`INV/${String(s).padStart(4, '0')}`, 'ref-slashes'],
    ],
    multi: (ss) => `INV ${ss.join(',')}`,
    instalment: (k) => (k === 1 ? 'PART 1' : 'PART 2'),
    lessCn: (s, cn) => `INV ${s} LESS CN ${cn}`,
    theirOrder: (po) => `PO ${po}`,
    refundMemo: (cn) => `REFUND CN ${cn}`,
    supplierRefundMemo: 'REFUND',
    billNo: (s, k) => `${s.bank.split(' ')[0].slice(0, 3)}${r.digits(4)}${k}`,
    billWriting: (b, k) => [b, `INV ${b}`, `BILL ${b}`, b.toLowerCase()][k % 4],
    recv: (who, memo, o) =>
      o.refOnly
        ? { text: `PESALINK IN ${who.bank}`, ref: memo }
        : { text: `PESALINK IN ${who.bank}${memo ? ` ${memo}` : ''}`, ref: `PL${r.digits(11)}` },
    pay: (who, memo) => ({ text: `PESALINK OUT ${who.bank}${memo ? ` ${memo}` : ''}`, ref: `PL${r.digits(11)}` }),
    afterPay: (mm, l) => {
      const fee = pl(-l.amt);
      return [
        chargeLine(mm, l.date, fee, 'PESALINK CHARGES', 'charge', ['transfer-charge'], l.ref),
        chargeLine(mm, l.date, fee / 5, 'EXCISE DUTY ON PESALINK CHARGES', 'tax', ['excise-duty'], l.ref),
      ];
    },
    reversalText: (bad) => `PESALINK RETURN ${bad.text.replace('PESALINK OUT ', '')} ACCOUNT CLOSED`,
    chequeText: (n) => `CHQ PAID ${String(n).padStart(6, '0')}`,
    short: { of: (a) => Math.round((a * 2) / 116), trait: 'short-withholding-vat-2pct' },
    bookRecv: (who, invs, x) => ({
      ref: x.lodged ? 'DEP-0731' : inv(invs[0]),
      desc:
        (x.lodged ? `Cheque deposited ${inv(invs[0])}` : `Receipt ${invs.map(inv).join(' ')}`) +
        (x.cn ? ` less CN ${x.cn}` : '') +
        (x.po ? ` their PO ${x.po}` : ''),
      party: who.name,
      type: 'Payment Receipt',
    }),
    bookPay: (who, b, x) => ({
      ref: `PAY${r.digits(5)}`,
      desc: b ? `Payment vendor invoice ${b}` : x.twin ? 'Payment' : 'Payment',
      party: who.name,
      type: 'Payment',
    }),
    bookRefundOut: (c, cn) => ({ ref: `CN${cn}`, desc: `Refund credit memo ${cn}`, party: c.name, type: 'Payment' }),
    bookRefundIn: (s) => ({ ref: `RCP${r.digits(5)}`, desc: 'Vendor refund', party: s.name, type: 'Payment Receipt' }),
    bookCheque: (s, n) => ({
      ref: `CHQ${String(n).padStart(6, '0')}`,
      desc: 'Cheque payment',
      party: s.name,
      type: 'Payment',
    }),
  };
  standardEvents(m, D);
  // M-PESA paybill 522173 swept to the bank: net with the sweep id; gross and fee with the id; no id
  {
    const d = m.wd(5);
    const id = `TG${r.digits(2)}K${r.digits(5)}`;
    const g = m.amount(20000000, 60000000, 100);
    const f = m.take(Math.round(g / 200));
    m.auto(
      [m.bank(d, m.take(g - f), `MPESA PAYBILL 522173 SWEEP ${id}`, id)],
      [
        m.book(d, g, {
          ref: id,
          desc: `M-PESA paybill collections sweep ${id}`,
          party: 'Safaricom M-PESA',
          type: 'Payment Receipt',
        }),
      ],
      ['mpesa-settlement', 'short-net-of-fee'],
    );
    const d2 = m.wd(12);
    const id2 = `TG${r.digits(2)}M${r.digits(5)}`;
    const g2 = m.amount(15000000, 40000000, 100);
    const f2 = m.take(Math.round(g2 / 200));
    m.auto(
      [m.bank(d2, m.take(g2 - f2), `MPESA PAYBILL 522173 SWEEP ${id2}`, id2)],
      [
        m.book(d2, g2, {
          ref: id2,
          desc: `M-PESA paybill collections ${id2}`,
          party: 'Safaricom M-PESA',
          type: 'Payment Receipt',
        }),
        m.book(d2, -f2, { ref: id2, desc: `M-PESA charges ${id2}`, party: 'Safaricom M-PESA', type: 'GL Journal' }),
      ],
      ['mpesa-settlement', 'gross-and-fee-booked'],
    );
    const d3 = m.wd(19);
    const g3 = m.amount(10000000, 30000000, 100);
    m.suggest(
      [m.bank(d3, m.take(g3 - Math.round(g3 / 200)), 'MPESA PAYBILL 522173 SWEEP', null)],
      [
        m.book(d3, g3, {
          ref: 'MPESA',
          desc: 'Members input purchases via paybill',
          party: 'Safaricom M-PESA',
          type: 'Payment Receipt',
        }),
      ],
      false,
      ['mpesa-settlement', 'no-settlement-id', 'short-net-of-fee'],
    );
  }
  // members' payouts in bulk, with the bulk charge and its excise duty
  {
    const d = m.wd(-3);
    const batch = r.digits(6);
    const a = m.amount(450000000, 780000000, 100);
    m.auto(
      [m.bank(d, -a, `BULK PAYMENT MEMBER PAYOUTS ${monthName(m.month - 1)} BATCH ${batch}`, `BP${batch}`)],
      [
        m.book(d, -a, {
          ref: `MP${batch}`,
          desc: `Member payouts ${monthName(m.month - 1)} deliveries batch ${batch}`,
          party: 'Members',
          type: 'Payment',
        }),
      ],
      ['member-payouts'],
    );
    m.bankOnly(m.bank(d, -m.take(426000), 'BULK PAYMENT CHARGES (142)', `BP${batch}`), 'charge', ['bulk-charge']);
    m.bankOnly(m.bank(d, -m.take(85200), 'EXCISE DUTY ON BULK PAYMENT CHARGES', `BP${batch}`), 'tax', ['excise-duty']);
  }
  const prev = `${monthName(m.month - 1)} ${m.year}`;
  for (const [k, text, desc, party, trait] of [
    [6, `KRA PRN ${r.digits(13)} PAYE ${prev}`, 'PAYE', 'Kenya Revenue Authority', 'statutory'],
    [7, `KRA PRN ${r.digits(13)} AHL ${prev}`, 'Affordable housing levy', 'Kenya Revenue Authority', 'statutory'],
    [9, `SHA SHIF ${prev} EMPLOYER ${r.digits(7)}`, 'SHIF contributions', 'Social Health Authority', 'statutory'],
    [9, `NSSF ${prev} EMPLOYER NO ${r.digits(7)}`, 'NSSF contributions', 'NSSF', 'statutory'],
    [14, `KPLC POSTPAID ACC ${r.digits(8)}`, 'Electricity packhouse', 'Kenya Power', 'utility'],
    [16, `MURANGA COUNTY PRODUCE CESS RCPT ${r.digits(6)}`, 'Produce cess', "Murang'a County Government", 'statutory'],
  ]) {
    const a = m.amount(1500000, 30000000);
    const d = m.wd(k);
    const num = text.match(/\d{6,}/)[0];
    m.auto(
      [m.bank(d, -a, text, null)],
      [m.book(d, -a, { ref: num, desc: `${desc} ${prev} ${num}`, party, type: 'Payment' })],
      [trait],
    );
  }
  m.none(m.bank(m.wd(8), -m.amount(300000, 900000), 'VISA POS KENOL AGROVET CENTRE MURANGA', null), [
    'unbooked-card-purchase',
  ]);
  {
    const d = m.wd(0);
    m.bankOnly(m.bank(d, -m.take(30000), `LEDGER FEE ${ym}`, null), 'charge', ['ledger-fee']);
    m.bankOnly(m.bank(d, -m.take(6000), 'EXCISE DUTY ON LEDGER FEE', null), 'tax', ['excise-duty']);
    m.bankOnly(m.bank(d, -m.take(17600), `SMS ALERT CHARGES ${ym}`, null), 'charge', ['sms-alerts']);
  }
  // rows of the paybill clearing account 11040 in the same export (not this statement's)
  const other = [];
  for (const k of [3, 8, 15, 22]) {
    const a = m.amount(1000000, 9000000);
    other.push({
      date: m.wd(k),
      amt: a,
      ref: `TG${r.digits(8)}`,
      desc: 'Paybill receipts (members)',
      party: 'Safaricom M-PESA',
      type: 'Payment Receipt',
      seq: m.seq++,
      account: '11040',
    });
  }

  const bankFile = `kwft-0301827745001-${monthName(m.month).toLowerCase()}${m.year}.csv`;
  const bookFile = `metasfresh-accounting-transactions-11030-11040-${monthName(m.month).toLowerCase()}${m.year}.xlsx`;
  return {
    meta: {
      set: 'ke-kwft-metasfresh',
      country: 'KE',
      currency: 'KES',
      timezone: 'Africa/Nairobi',
      bank: 'Kenya Women Microfinance Bank PLC (KWFT)',
      package:
        'metasfresh 5 (Accounting → Accounting Transactions (Fact_Acct) of accounts 11030 and 11040, grid export to Excel)',
      ledgerAccount: '11030',
    },
    bankLayout: (lines, opening) => {
      const rowOf = new Map();
      const closing = opening + sumOf(lines);
      const rows = [
        ['KENYA WOMEN MICROFINANCE BANK PLC'],
        ['ACCOUNT STATEMENT'],
        ['Account Name', 'KANDARA AVOCADO GROWERS CO-OP SOCIETY LTD'],
        ['Account Number', '0301827745001', 'Currency', 'KES'],
        ['Statement Period', `${dmy(m.wd(1))} - ${dmy(m.wd(0))}`],
        ['Opening Balance', major(opening), 'Closing Balance', major(closing)],
        [],
        ['Txn Date', 'Value Date', 'Particulars', 'Reference No', 'Money Out', 'Money In', 'Ledger Balance'],
      ];
      let bal = opening;
      for (const l of lines) {
        bal += l.amt;
        l.balance = bal;
        rows.push([
          dmy(l.date),
          dmy(l.date),
          l.text,
          l.ref ?? '',
          l.amt < 0 ? major(-l.amt) : '',
          l.amt > 0 ? major(l.amt) : '',
          major(bal),
        ]);
        rowOf.set(l, rows.length);
      }
      return {
        file: bankFile,
        bytes: csv(rows, { quoteAll: false, bom: true }),
        headerRow: 8,
        rowOf,
        order: 'oldest-first',
        nonEntryRows: [],
        readOptions: {
          currency: 'KES',
          dateOrder: 'DMY',
          mapping: {
            date: 'Txn Date',
            valueDate: 'Value Date',
            description: 'Particulars',
            reference: 'Reference No',
            moneyOut: 'Money Out',
            moneyIn: 'Money In',
            balance: 'Ledger Balance',
          },
        },
        layout:
          'KWFT business online-banking statement (CSV with a UTF-8 BOM): six preamble rows (two label/value pairs on a row) and a blank, header in row 8, dd/mm/yyyy, ungrouped amounts in Money Out / Money In, the PesaLink id repeated on its charge and excise lines',
      };
    },
    bookLayout: (rows, opening) => {
      const all = [...rows.map((x) => ({ ...x, account: '11030', orig: x })), ...other].sort(byPosting);
      const rowOf = new Map();
      const out = [
        [
          'Accounting Date',
          'Document No',
          'Document Type',
          'Business Partner',
          'Description',
          'Account',
          'Account Name',
          'Accounted Debit',
          'Accounted Credit',
        ],
      ];
      for (const x of all) {
        out.push([
          { date: x.date, fmt: 'dd.mm.yyyy' },
          x.ref ?? '',
          x.type,
          x.party ?? '',
          x.desc,
          x.account,
          x.account === '11030' ? 'Bank KWFT Current' : 'M-PESA Paybill Clearing',
          x.amt > 0 ? cellNumber(x.amt) : '',
          x.amt < 0 ? cellNumber(-x.amt) : '',
        ]);
        if (x.orig) rowOf.set(x.orig, out.length);
      }
      void opening;
      return {
        file: bookFile,
        bytes: xlsxBytes('Fact_Acct', out, [14, 16, 16, 30, 50, 10, 24, 14, 14]),
        headerRow: 1,
        rowOf,
        nonEntryRows: [],
        readOptions: {
          currency: 'KES',
          sheet: 'Fact_Acct',
          mapping: {
            date: 'Accounting Date',
            reference: 'Document No',
            party: 'Business Partner',
            description: 'Description',
            moneyIn: 'Accounted Debit',
            moneyOut: 'Accounted Credit',
            account: 'Account',
          },
        },
        party: true,
        account: 'Account',
        layout:
          'metasfresh Accounting Transactions grid exported to Excel (sheet Fact_Acct): header in row 1, real date cells, Business Partner, Description, Account value 11030 (this bank) or 11040 (the M-PESA paybill clearing account, four rows), accounted Debit/Credit, no balance and no totals',
      };
    },
  };
}

// ------------------------------------------------------------------------------------------------------------------
// ZA — Sizwe & Lin Freight Forwarders (Pty) Ltd, Kempton Park; ICBC Johannesburg Branch; CargoWise books
// ------------------------------------------------------------------------------------------------------------------
export function setZA(m) {
  const r = m.rng;
  const ym = `${monthName(m.month)} ${m.year}`;
  const inv = (s) => `SLFI-25-${String(s).padStart(5, '0')}`;
  const D = {
    range: [850000, 16500000],
    payRange: [600000, 12500000],
    limit: 50000000,
    roundUnit: 10000,
    invStart: 8310,
    cnStart: 610,
    chequeNo: 0,
    refColumn: true,
    customers: [
      P('Ubuntu Home Appliances (Pty) Ltd', 'UBUNTU HOME APPLIANCES'),
      P('Golden Dragon Textiles CC', 'GOLDEN DRAGON TEXTILES'),
      P('Highveld Auto Spares (Pty) Ltd', 'HIGHVELD AUTO SPARES'),
      P('Mthatha Solar Distributors', 'MTHATHA SOLAR DIST'),
      P('Karoo Kitchenware (Pty) Ltd', 'KAROO KITCHENWARE'),
      P('Pretoria Tile Importers', 'PRETORIA TILE IMPORTERS'),
      P('Isando Electronics Wholesale', 'ISANDO ELECTRONICS'),
      P('Benoni Bicycle Traders', 'BENONI BICYCLE TRADERS'),
      P('Lotus Garden Furniture (Pty) Ltd', 'LOTUS GARDEN FURNITURE'),
      P('Mahlangu Medical Imports', 'MAHLANGU MEDICAL IMPORTS'),
      P('Sandton Toy Company (Pty) Ltd', 'SANDTON TOY COMPANY'),
      P('Vaal Packaging Supplies', 'VAAL PACKAGING SUPPLIES'),
      P('Durban Road Hardware', 'DURBAN ROAD HARDWARE'),
      P('Nkosi Beauty Products', 'NKOSI BEAUTY PRODUCTS'),
      P('Phoenix Footwear Importers', 'PHOENIX FOOTWEAR'),
      P('Polokwane Agri Machinery', 'POLOKWANE AGRI MACHINERY'),
      P('Rustenburg Mining Consumables', 'RUSTENBURG MINING CONSUM'),
      P('Chen & Naidoo Trading', 'CHEN AND NAIDOO TRADING'),
      P('Tembisa Fabric House', 'TEMBISA FABRIC HOUSE'),
      P('Edenvale Lighting Co', 'EDENVALE LIGHTING'),
      P('Germiston Steel Imports', 'GERMISTON STEEL IMPORTS'),
    ],
    suppliers: [
      P('Indian Ocean Container Line (SA)', 'INDIAN OCEAN CONTAINER LINE'),
      P('Gauteng Cartage Contractors', 'GAUTENG CARTAGE'),
      P('Bonded Warehouse Spartan (Pty) Ltd', 'BONDED WAREHOUSE SPARTAN'),
      P('Skyline Air Cargo Handling', 'SKYLINE AIR CARGO'),
      P('Zwane Customs Brokers Support', 'ZWANE CUSTOMS BROKERS'),
      P('Highway Fleet Maintenance', 'HIGHWAY FLEET MAINTENANCE'),
      P('Mpumalanga Haulage (Pty) Ltd', 'MPUMALANGA HAULAGE'),
      P('Kempton Office Solutions', 'KEMPTON OFFICE SOLUTIONS'),
      P('Cape Lashing & Securing', 'CAPE LASHING AND SECURING'),
      P('Atlas Pallet Suppliers', 'ATLAS PALLET SUPPLIERS'),
      P('Witfield Forklift Hire', 'WITFIELD FORKLIFT HIRE'),
      P('Reef Security Services', 'REEF SECURITY SERVICES'),
    ],
    strangers: [P('?', 'M DLAMINI'), P('?', 'T VAN WYK')],
    writings: [
      (s) => [`INV ${s}`, 'ref-serial-only'],
      (s) => [`slfi ${s}`, 'ref-lowercase'],
      (s) => [`SLFI25${String(s).padStart(5, '0')}`, 'ref-year-serial-joined'],
      (s) => [`INVOICE ${String(s).padStart(5, '0')}`, 'ref-words'],
      (s) => [`SLFI-25-${s}`, 'ref-no-padding'],
      (s) => [`SLFI/25/${String(s).padStart(5, '0')}`, 'ref-slashes'],
    ],
    multi: (ss) => `INV ${ss.join(' ')}`,
    instalment: (k) => (k === 1 ? 'DEP' : 'BAL'),
    lessCn: (s, cn) => `INV${s} LESS CN${cn}`,
    theirOrder: (po) => `ORDER ${po}`,
    refundMemo: (cn) => `SLF REFUND CN${cn}`,
    supplierRefundMemo: 'CREDIT REFUND',
    billNo: (s, k) => `${s.bank.split(' ')[0].slice(0, 2)}${r.digits(5)}${k}`,
    billWriting: (b, k) => [b, `INV ${b}`, `${b} SLF`, `ACC ${b}`][k % 4],
    // the payer's own reference travels in the Customer Reference column (20 characters at most)
    recv: (who, memo) => ({ text: `INWARD EFT CREDIT ${who.bank}`, ref: memo ? memo.slice(0, 20) : null }),
    pay: (who, memo) => ({ text: `OUTWARD EFT ${who.bank}`, ref: memo ? memo.slice(0, 20) : `SIZWE LIN FREIGHT` }),
    afterPay: (mm, l, o) =>
      o.failed ? [] : [chargeLine(mm, l.date, 750, 'EFT PAYMENT FEE', 'charge', ['payment-fee'])],
    reversalText: (bad) => `UNPAID EFT ${bad.text.replace('OUTWARD EFT ', '')} ACCOUNT CLOSED`,
    chequeText: () => 'OUTWARD EFT LIMPOPO TRUCK PARTS',
    chequeRef: () => `JUL RUN ${r.digits(4)}`,
    chequeWhy: 'payment booked on the last working day, released by the bank next month',
    priorTrait: 'previous-month-payment',
    short: { of: (a) => Math.round((a * 25) / 1000), trait: 'short-settlement-discount' },
    bookRecv: (who, invs, x) => ({
      ref: x.po ? `PO ${x.po}` : x.lodged ? 'EFT IN TRANSIT' : '',
      num: `AR${r.digits(6)}`,
      desc:
        (x.lodged ? `Receipt ${inv(invs[0])} (payer's proof of payment)` : `Receipt ${invs.map(inv).join(' ')}`) +
        (x.cn ? ` less credit ${'SLFC-'}${x.cn}` : ''),
      party: who.name,
      type: 'REC',
    }),
    bookPay: (who, b, x) => ({
      ref: b ?? '',
      num: `AP${r.digits(6)}`,
      desc: b ? `Payment creditor invoice ${b}` : x.twin ? 'Payment cartage' : 'Payment',
      party: who.name,
      type: 'PAY',
    }),
    bookRefundOut: (c, cn) => ({
      ref: `SLFC-${cn}`,
      num: `AP${r.digits(6)}`,
      desc: 'Refund of overpaid disbursements',
      party: c.name,
      type: 'PAY',
    }),
    bookRefundIn: (s) => ({ ref: '', num: `AR${r.digits(6)}`, desc: 'Creditor refund', party: s.name, type: 'REC' }),
    bookCheque: (s) => ({
      ref: '',
      num: `AP${r.digits(6)}`,
      desc: 'Payment scheduled for release',
      party: s.name,
      type: 'PAY',
    }),
  };
  const { rcv, bookIn, inv: nextInv, pay, bookOut } = standardEvents(m, D);
  // four more importers quote the invoice in their reference; two sub-contracted drivers are paid by name
  [
    P('Alberton Paint Importers', 'ALBERTON PAINT IMPORTERS'),
    P('Soweto Hair Supplies', 'SOWETO HAIR SUPPLIES'),
    P('Midrand Pharma Logistics', 'MIDRAND PHARMA LOGISTICS'),
    P('Boksburg Glassware Co', 'BOKSBURG GLASSWARE'),
  ].forEach((c, k) => {
    const s = nextInv();
    const a = m.amount(D.range[0], D.range[1]);
    const d = m.wd(2 + k * 5);
    const [w, t] = D.writings[(k + 1) % 6](s);
    m.auto([rcv(d, a, c, w)], [bookIn(d, a, c, [s])], [t, 'disbursement-recovery']);
  });
  [P('Sipho Mokoena'), P('Thabo Radebe')].forEach((c, k) => {
    const a = m.amount(450000, 1800000);
    const d = m.wd(9 + k * 7);
    m.auto([pay(d, a, c, '')], [bookOut(d, a, c, null, {})], ['name-only', 'sub-contractor']);
  });
  // gateways: PayFast payout net with its id; Ozow gross and fee with the id; Peach Payments without an id
  {
    const d = m.wd(5);
    const id = `PF${r.digits(8)}`;
    const g = m.amount(2500000, 9000000, 100);
    const f = m.take(Math.round((g * 35) / 1000));
    m.auto(
      [m.bank(d, m.take(g - f), `PAYFAST PAYOUT ${id}`, id)],
      [
        m.book(d, g, {
          ref: id,
          num: `AR${r.digits(6)}`,
          desc: `Online card receipts payout ${id}`,
          party: 'PayFast',
          type: 'REC',
        }),
      ],
      ['gateway-settlement', 'short-net-of-fee'],
    );
    const d2 = m.wd(12);
    const id2 = `OZ${r.digits(9)}`;
    const g2 = m.amount(1500000, 6000000, 100);
    const f2 = m.take(Math.round((g2 * 15) / 1000));
    m.auto(
      [m.bank(d2, m.take(g2 - f2), `OZOW SETTLEMENT ${id2}`, id2)],
      [
        m.book(d2, g2, {
          ref: id2,
          num: `AR${r.digits(6)}`,
          desc: `Instant EFT receipts ${id2}`,
          party: 'Ozow',
          type: 'REC',
        }),
        m.book(d2, -f2, { ref: id2, num: `JE${r.digits(6)}`, desc: `Ozow fees ${id2}`, party: 'Ozow', type: 'JNL' }),
      ],
      ['gateway-settlement', 'gross-and-fee-booked'],
    );
    const d3 = m.wd(19);
    const g3 = m.amount(1000000, 5000000, 100);
    m.suggest(
      [m.bank(d3, m.take(g3 - Math.round((g3 * 3) / 100)), 'PEACH PAYMENTS SETTLEMENT', null)],
      [
        m.book(d3, g3, {
          ref: '',
          num: `AR${r.digits(6)}`,
          desc: 'Card receipts - customs invoices',
          party: 'Peach Payments',
          type: 'REC',
        }),
      ],
      false,
      ['gateway-settlement', 'no-settlement-id', 'short-net-of-fee'],
    );
  }
  // payroll, SARS, customs duties paid for clients, bargaining council, fuel-card debit order, municipality
  {
    const d = m.wd(-1);
    const batch = r.digits(5);
    const a = m.amount(38000000, 52000000, 100);
    m.auto(
      [m.bank(d, -a, `SALARIES ${ym} BATCH ${batch}`, `SAL${batch}`)],
      [
        m.book(d, -a, {
          ref: `SAL${batch}`,
          num: `JE${r.digits(6)}`,
          desc: `Net salaries ${ym}`,
          party: 'Payroll',
          type: 'JNL',
        }),
      ],
      ['payroll'],
    );
  }
  const prev = `${monthName(m.month - 1)} ${m.year}`;
  for (const [k, text, ref, desc, party, trait] of [
    [5, 'SARS-EMP201', `PRN ${r.digits(10)}`, `EMP201 ${prev}`, 'SARS', 'statutory'],
    [
      17,
      'SARS-VAT201',
      `PRN ${r.digits(10)}`,
      `VAT201 ${monthName(m.month - 2)}-${monthName(m.month - 1)} ${m.year}`,
      'SARS',
      'statutory',
    ],
    [3, 'SARS CUSTOMS', `DA ${r.digits(9)}`, 'Import duty and VAT on behalf of client', 'SARS Customs', 'customs-duty'],
    [
      14,
      'SARS CUSTOMS',
      `DA ${r.digits(9)}`,
      'Import duty and VAT on behalf of client',
      'SARS Customs',
      'customs-duty',
    ],
    [8, 'NBCRFLI LEVIES', `REG ${r.digits(6)}`, `Bargaining council levies ${prev}`, 'NBCRFLI', 'statutory'],
    [10, 'CITY OF EKURHULENI', `ACC ${r.digits(10)}`, `Rates water lights ${prev}`, 'City of Ekurhuleni', 'utility'],
    [2, 'DEBIT ORDER ROADSTAR FLEET CARD', `RS${r.digits(8)}`, 'Fleet fuel card', 'Roadstar Fleet Card', 'debit-order'],
  ]) {
    const a = m.amount(1200000, 34000000);
    const d = m.wd(k);
    m.auto(
      [m.bank(d, -a, text, ref)],
      [m.book(d, -a, { ref: ref.replace(/^[A-Z]+ /, ''), num: `AP${r.digits(6)}`, desc, party, type: 'PAY' })],
      [trait],
    );
  }
  m.none(m.bank(m.wd(13), -m.amount(150000, 600000), 'CARD PURCHASE KEMPTON TYRE AND EXHAUST', `C${r.digits(9)}`), [
    'unbooked-card-purchase',
  ]);
  {
    const d = m.wd(0);
    m.bankOnly(m.bank(d, -m.take(29500), 'MONTHLY ACCOUNT FEE', null), 'charge', ['monthly-fee']);
    m.bankOnly(m.bank(d, -m.take(r.int(8000, 24000)), `SERVICE FEES ${ym}`, null), 'charge', ['service-fees']);
    m.bankOnly(m.bank(d, m.take(r.int(20000, 90000)), 'CREDIT INTEREST', null), 'interest', ['interest']);
  }

  const bankFile = `icbc-jhb-0100328841502-${monthName(m.month).toLowerCase()}${m.year}.xlsx`;
  const bookFile = `cargowise-gl-transactions-1100-000-${monthName(m.month).toLowerCase()}${m.year}.csv`;
  return {
    meta: {
      set: 'za-icbcjhb-cargowise',
      country: 'ZA',
      currency: 'ZAR',
      timezone: 'Africa/Johannesburg',
      bank: 'Industrial and Commercial Bank of China Limited, Johannesburg Branch (ICBC JHB)',
      package: 'CargoWise (Accounting → General Ledger → GL Transaction Enquiry of account 1100-000, exported to CSV)',
      ledgerAccount: '1100-000',
    },
    bankLayout: (lines, opening) => {
      const rowOf = new Map();
      const rows = [
        ['Industrial and Commercial Bank of China Limited, Johannesburg Branch'],
        ['Account Transaction Details'],
        ['Account', '0100328841502 SIZWE & LIN FREIGHT FORWARDERS (PTY) LTD'],
        ['Currency', 'ZAR'],
        ['Period', `${m.wd(1)} to ${m.wd(0)}`],
        [],
        [
          'Transaction Date',
          'Value Date',
          'Narrative',
          'Customer Reference',
          'Bank Reference',
          'Debit',
          'Credit',
          'Balance',
        ],
      ];
      let bal = opening;
      let n = 0;
      for (const l of lines) {
        bal += l.amt;
        l.balance = bal;
        n++;
        rows.push([
          { date: l.date, fmt: 'yyyy-mm-dd' },
          { date: l.date, fmt: 'yyyy-mm-dd' },
          l.text,
          l.ref ?? '',
          `ZA${l.date.replace(/-/g, '')}${String(n).padStart(5, '0')}`,
          l.amt < 0 ? cellNumber(-l.amt) : '',
          l.amt > 0 ? cellNumber(l.amt) : '',
          cellNumber(bal),
        ]);
        rowOf.set(l, rows.length);
      }
      return {
        file: bankFile,
        bytes: xlsxBytes('Sheet1', rows, [14, 14, 44, 22, 20, 14, 14, 16]),
        headerRow: 7,
        rowOf,
        order: 'oldest-first',
        nonEntryRows: [],
        readOptions: {
          currency: 'ZAR',
          sheet: 'Sheet1',
          mapping: {
            date: 'Transaction Date',
            valueDate: 'Value Date',
            description: 'Narrative',
            reference: 'Customer Reference',
            moneyOut: 'Debit',
            moneyIn: 'Credit',
            balance: 'Balance',
          },
        },
        layout:
          "ICBC Johannesburg corporate-banking Account Transaction Details exported to Excel (sheet Sheet1): five preamble rows and a blank, header in row 7, real date cells shown yyyy-mm-dd, the payer's or our reference in Customer Reference (20 characters at most), the bank's own id in Bank Reference (not mapped), Debit/Credit, no opening or closing balance row",
      };
    },
    bookLayout: (rows, opening) => {
      const rowOf = new Map();
      const out = [
        [
          'Posting Date',
          'Trans Num',
          'Trans Type',
          'Organisation',
          'Reference',
          'Narration',
          'GL Account',
          'Local Debit',
          'Local Credit',
        ],
      ];
      for (const x of rows) {
        out.push([
          dMonY(x.date, false),
          x.num,
          x.type,
          x.party ?? '',
          x.ref ?? '',
          x.desc,
          '1100-000',
          x.amt > 0 ? major(x.amt) : '',
          x.amt < 0 ? major(-x.amt) : '',
        ]);
        rowOf.set(x, out.length);
      }
      void opening;
      return {
        file: bookFile,
        bytes: csv(out, { quoteAll: true }),
        headerRow: 1,
        rowOf,
        nonEntryRows: [],
        readOptions: {
          currency: 'ZAR',
          mapping: {
            date: 'Posting Date',
            reference: 'Reference',
            party: 'Organisation',
            description: ['Trans Num', 'Narration'],
            moneyIn: 'Local Debit',
            moneyOut: 'Local Credit',
            account: 'GL Account',
          },
        },
        party: true,
        account: 'GL Account',
        layout:
          'CargoWise GL Transaction Enquiry exported to CSV (every cell quoted): header in row 1, dates 04-Aug-2025, Trans Num (AR/AP/JE), Trans Type, Organisation, Reference (their reference, invoice or PRN), Narration, GL Account 1100-000, Local Debit/Credit, no balance and no totals',
      };
    },
  };
}
