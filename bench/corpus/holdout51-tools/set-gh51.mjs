// GH: Bia-Sefwi Cocoa Buying Company Ltd, a licensed buying company in Sefwi Wiawso — November 2032 (main crop).
// Sefwiman Rural Bank statement (CSV) against DacEasy (General Ledger account activity of 1020, saved to Excel).
import { Month, fmt, money } from './lib51.mjs';

const serial = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

export function buildGh(seed) {
  const m = new Month({ from: '2032-11-01', to: '2032-11-30', holidays: [], seed });
  const r = m.r;
  const book = (date, minor, journal, doc, description) => m.row(date, minor, { journal, doc, description });
  const line = (date, minor, text, chq = '') => m.line(date, minor, text, { chq });
  const charge = (date, minor, text, kind = 'charge', traits = []) =>
    m.decide(line(date, -minor, text), { decision: 'bank-only', kind, traits });
  /** ACH / GhIPSS transfers out carry a GHS 5 charge on the same day */
  const ach = (date, minor, text) => {
    const l = line(date, -minor, text);
    charge(date, 500, r.pick(['ACH CHARGES', 'GIP TRANSFER CHARGE', 'ACH CHGS']), 'charge', ['transfer-fee']);
    return l;
  };

  // last month's cheque to a purchasing clerk, presented on the 1st (booked in October)
  m.decide(line(m.day(0), -m.amount(2500000, 4000000, 10000), 'CHQ PAID - OSEI KWAME', '004497'), {
    decision: 'none',
    traits: ['last-month'],
  });

  // COCOBOD seed fund tranches for buying beans
  for (const [k, d] of [
    [3, 1],
    [4, 12],
  ]) {
    const a = m.amount(180000000, 260000000, 1000000);
    const row = book(
      m.shift(m.day(d), -1),
      a,
      'CR',
      `PF/32/01${16 + k}`,
      `Ghana Cocoa Board seed fund 2032/33 tranche ${k}`,
    );
    const l = line(
      m.day(d),
      a,
      r.pick([
        `GHIPSS CR GHANA COCOA BOARD SEED FUND TR${k} PF3201${16 + k}`,
        `INWARD TRF COCOBOD PURCHASE FUND PF/32/01${16 + k}`,
      ]),
    );
    m.decide(l, { decision: 'auto', rows: [row], traits: ['reference'] });
  }
  // CMC pays for beans taken over at Takoradi by waybill: one transfer for two waybills, one for one
  {
    const d = m.day(9);
    const w1 = book(
      m.shift(d, -4),
      m.amount(30000000, 45000000, 100),
      'SJ',
      'TKD/77815',
      'CMC - takeover Takoradi, waybill TKD/77815, 312 bags',
    );
    const w2 = book(
      m.shift(d, -3),
      m.amount(30000000, 45000000, 100),
      'SJ',
      'TKD/77841',
      'CMC - takeover Takoradi, waybill TKD/77841, 298 bags',
    );
    m.decide(line(d, w1.minor + w2.minor, 'ACH CR COCOA MARKETING CO GH LTD WB 77815/77841'), {
      decision: 'auto',
      rows: [w1, w2],
      traits: ['two-invoices', 'reference'],
    });
    const d2 = m.day(17);
    const w3 = book(
      m.shift(d2, -3),
      m.amount(30000000, 45000000, 100),
      'SJ',
      'TKD/78102',
      'CMC - takeover Takoradi, waybill TKD/78102, 305 bags',
    );
    m.decide(line(d2, w3.minor, 'ACH CR COCOA MARKETING CO GH LTD TKD-78102'), {
      decision: 'auto',
      rows: [w3],
      traits: ['reference'],
    });
    // a waybill less the quality claim credit note (wet beans), paid in one
    const d3 = m.day(20);
    const w4 = book(
      m.shift(d3, -5),
      m.amount(30000000, 45000000, 100),
      'SJ',
      'TKD/78230',
      'CMC - takeover Takoradi, waybill TKD/78230, 320 bags',
    );
    const cn = book(
      m.shift(d3, -1),
      -m.amount(800000, 1500000, 100),
      'SJ',
      'QC/0412',
      'CMC quality claim QC/0412 on TKD/78230 (moisture)',
    );
    m.decide(line(d3, w4.minor + cn.minor, 'ACH CR COCOA MARKETING CO GH LTD WB78230 LESS QC412'), {
      decision: 'auto',
      rows: [w4, cn],
      traits: ['invoice-less-credit-note', 'reference'],
    });
  }
  // farmer societies repaying fertiliser and spraying-chemical credit
  const soc = [
    [
      'AKONTOMBRA COCOA FARMERS SOC',
      'Akontombra Cocoa Farmers Society',
      117,
      (n) => `CASH DEP BY AKONTOMBRA COCOA FARMERS SOC IC${n}`,
    ],
    [
      'BOAKO NKWANTA FARMERS',
      'Boako Nkwanta Farmers Society',
      121,
      (n) => `MOMO TO BANK FRM 024***8811 BOAKO NKWANTA FARMERS input credit ${n}`,
    ],
    ['ASAWINSO COCOA SOCIETY', 'Asawinso Cocoa Society', 124, () => `CASH DEP BY ASAWINSO COCOA SOCIETY`],
    [
      'DWINASE FARMERS COOP',
      'Dwinase Farmers Cooperative',
      126,
      (n) => `GIP CR DWINASE FARMERS COOP inp cr no ${n} nov`,
    ],
    ['ANYINABRIM COCOA SOCIETY', 'Anyinabrim Cocoa Society', 140, () => `CASH DEP BY OPANIN KOFI ADU ANYINABRIM`],
    ['SUI FARMERS SOCIETY', 'Sui Farmers Society', 142, (n) => `GIP CR SUI FARMERS SOC REF IC-0${n}`],
    ['ESSAM COCOA COOP', 'Essam Cocoa Cooperative', 144, (n) => `MOMO TO BANK FRM 020***5512 ESSAM COCOA COOP ic/${n}`],
  ];
  soc.forEach(([, name, n, say], i) => {
    const d = m.day(3 + i * 2 + (i % 3));
    const a = m.amount(1500000, 6000000, 1000);
    const row = book(m.shift(d, -r.int(0, 2)), a, 'CR', `IC/${n}`, `${name} - repayment of input credit IC/${n}`);
    m.decide(line(d, a, say(n)), {
      decision: 'auto',
      rows: [row],
      traits: [/\d{3}/.test(say(n)) ? 'reference' : 'name-only'],
    });
  });
  {
    // a part repayment receipted as the whole instalment
    const d = m.day(14);
    const a = m.amount(3000000, 5000000, 10000);
    const row = book(d, a, 'CR', 'IC/129', 'Sefwi Bekwai Cocoa Society - repayment of input credit IC/129');
    m.decide(line(d, a / 2, 'CASH DEP BY SEFWI BEKWAI COCOA SOCIETY IC129 PART'), {
      decision: 'suggest',
      rows: [row],
      mustNotAuto: true,
      traits: ['part-payment'],
    });
    // a society with two equal instalments, paying one by name (tie)
    const d2 = m.day(18);
    const t = m.amount(2000000, 3500000, 10000);
    const t1 = book(m.shift(d2, -12), t, 'CR', 'IC/131-1', 'Nsawora Farmers Society - input credit instalment 1');
    const t2 = book(m.shift(d2, -2), t, 'CR', 'IC/131-2', 'Nsawora Farmers Society - input credit instalment 2');
    m.decide(line(d2, t, 'CASH DEP BY NSAWORA FARMERS SOCIETY'), {
      decision: 'suggest',
      anyOf: [[t1], [t2]],
      mustNotAuto: true,
      traits: ['tie'],
    });
    // twins: one society depositing two equal bundles the same day, receipted per village group
    const d3 = m.day(7);
    const tw = m.amount(1200000, 2000000, 10000);
    const a1 = book(d3, tw, 'CR', 'IC/133A', 'Kojina Farmers Society (Kojina A group) - input credit');
    const a2 = book(d3, tw, 'CR', 'IC/133B', 'Kojina Farmers Society (Kojina B group) - input credit');
    for (let k = 0; k < 2; k++)
      m.decide(line(d3, tw, 'CASH DEP BY KOJINA FARMERS SOCIETY'), {
        decision: 'auto',
        anyOf: [[a1], [a2]],
        ambiguous: true,
        traits: ['twins'],
      });
    // the real society pays quoting its number; a trader with a near name sends the same sum (decoy)
    const d4 = m.day(10);
    const dc = m.amount(1500000, 3000000, 1000);
    const rr = book(
      m.shift(d4, -1),
      dc,
      'CR',
      'IC/135',
      'Asempa Cocoa Farmers Society - repayment of input credit IC/135',
    );
    m.decide(line(d4, dc, 'GIP CR ASEMPA COCOA FARMERS SOC IC 135'), {
      decision: 'auto',
      rows: [rr],
      traits: ['reference'],
    });
    m.decide(line(m.shift(d4, 4), dc, 'GIP CR ASEMPA FARMS VENTURES'), { decision: 'none', traits: ['decoy'] });
    // an over-payment: the society pays its instalment and a little of the next
    const d5 = m.day(19);
    const op = m.amount(1500000, 2500000, 10000);
    const ro = book(m.shift(d5, -1), op, 'CR', 'IC/138', 'Abodom Farmers Society - repayment of input credit IC/138');
    m.decide(line(d5, op + 150000, 'CASH DEP BY ABODOM FARMERS SOC IC-138'), {
      decision: 'auto',
      rows: [ro],
      difference: 150000,
      traits: ['reference', 'over-payment'],
    });
  }
  {
    // purchasing clerks return unspent buying cash; three returns banked together by the district officer
    const d = m.day(21);
    const rows = ['Yaw Boateng (Asawinso)', 'Akosua Frimpong (Dwinase)', 'Kwabena Sarpong (Anyinabrim)'].map((who, k) =>
      book(
        m.shift(d, -1 - k),
        m.amount(400000, 1500000, 1000),
        'CR',
        `PCR/11/${String(40 + k)}`,
        `PC cash returned - ${who}`,
      ),
    );
    const total = rows.reduce((t, x) => t + x.minor, 0);
    m.decide(line(d, total, 'CASH DEP BY EMMANUEL ADJEI'), {
      decision: 'suggest',
      rows,
      mustNotAuto: false,
      traits: ['several-receipts-banked-together'],
    });
  }
  // buying cash to purchasing clerks by cheque (the cheque number in its own column)
  ['YAW BOATENG', 'AKOSUA FRIMPONG', 'KWABENA SARPONG', 'ABENA OWUSU', 'YAW BOATENG', 'KWAME DARKO'].forEach(
    (who, k) => {
      const d = m.day(2 + k * 3);
      const a = m.amount(15000000, 30000000, 100000);
      const chq = String(4512 + k * 3).padStart(6, '0');
      const row = book(
        m.shift(d, -1),
        -a,
        'CD',
        chq,
        `Buying cash to PC ${who.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())}`,
      );
      m.decide(line(d, -a, r.pick(['CHQ PAID', 'CLEARING CHQ', 'CHEQUE WDL']) + ` - ${who}`, chq), {
        decision: 'auto',
        rows: [row],
        traits: ['cheque-number'],
      });
    },
  );
  // haulage to the Takoradi takeover centre: invoice quoted, then by name; one ACH returned and sent again by GhIPSS
  {
    const d = m.day(6);
    const a = m.amount(4000000, 7000000, 100);
    const row = book(m.shift(d, -2), -a, 'CD', 'KAH-1183', 'Kofi Ansah Haulage - 3 trips Wiawso-Takoradi inv 1183');
    m.decide(ach(d, a, 'ACH DR KOFI ANSAH HAULAGE INV1183'), { decision: 'auto', rows: [row], traits: ['reference'] });
    const d2 = m.day(13);
    const b = m.amount(4000000, 7000000, 100);
    const row2 = book(d2, -b, 'CD', 'KAH-1201', 'Kofi Ansah Haulage - trips week 46');
    const first = ach(d2, b, 'ACH DR KOFI ANSAH HAULAGE');
    const back = line(m.shift(d2, 2), b, 'ACH RETURN - ACCOUNT CLOSED KOFI ANSAH HAULAGE');
    m.decide(first, { decision: 'reversal-pair', partner: back, traits: ['returned-transfer'] });
    m.decide(back, { decision: 'reversal-pair', partner: first, traits: ['returned-transfer'] });
    m.decide(ach(m.shift(d2, 3), b, 'GIP DR KOFI ANSAH HAULAGE NEW ACCT'), {
      decision: 'auto',
      rows: [row2],
      traits: ['resent', 'name-only'],
    });
  }
  {
    const d = m.day(8);
    const a = m.amount(600000, 1200000, 100);
    const row = book(
      d,
      -a,
      'CD',
      'GSA/WS/3318',
      'Ghana Standards Authority - calibration of 14 weighing scales, cert GSA/WS/3318',
    );
    m.decide(ach(d, a, 'ACH DR GHANA STANDARDS AUTHORITY WS 3318'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
    const d2 = m.day(15);
    const b = m.amount(1500000, 2600000, 100);
    const row2 = book(m.shift(d2, -1), -b, 'CD', 'TB-0917', 'Tarpaulins and drying mats - Sefwi Agro Supplies');
    m.decide(ach(d2, b, 'ACH DR SEFWI AGRO SUPPLIES'), { decision: 'auto', rows: [row2], traits: ['name-only'] });
  }
  {
    // fuel coupons for the buying-centre motorbikes, and the depot rent by standing order
    const d = m.day(4);
    const a = m.amount(1200000, 2000000, 100);
    const row = book(m.shift(d, -1), -a, 'CD', 'GOIL-77120', 'GOIL Wiawso - fuel coupons for 22 motorbikes, inv 77120');
    m.decide(ach(d, a, 'ACH DR GOIL PLC WIAWSO 77120'), { decision: 'auto', rows: [row], traits: ['reference'] });
    const d2 = m.day(0);
    const b = m.amount(800000, 1200000, 10000);
    const row2 = book(d2, -b, 'CD', 'RENT-11', 'Depot rent November - Nana Kwaku Bonsu');
    m.decide(line(d2, -b, 'STO NANA KWAKU BONSU DEPOT'), { decision: 'auto', rows: [row2], traits: ['name-only'] });
    charge(d2, 1000, 'STANDING ORDER CHARGE', 'charge', ['sto-fee']);
    const d3 = m.day(10);
    const c = m.amount(150000, 300000, 100);
    const row3 = book(d3, -c, 'CD', 'ECG-0441', 'ECG prepaid credit depot meter 0441-2290');
    m.decide(line(d3, -c, 'BILL PAYMENT ECG PREPAID 0441-2290'), {
      decision: 'auto',
      rows: [row3],
      traits: ['reference'],
    });
  }
  // payroll and statutory
  {
    const d = m.day(m.days.length - 3);
    const sal = m.amount(9000000, 12000000, 100);
    const row = book(d, -sal, 'CD', 'SAL-1132', 'November 2032 salaries - ACH bulk batch 1132 (19 staff)');
    m.decide(line(d, -sal, 'ACH BULK DR SALARIES NOV 2032 SAL1132'), {
      decision: 'auto',
      rows: [row],
      traits: ['payroll', 'reference'],
    });
    charge(d, 19 * 300, 'ACH BULK CHARGES 19 ITEMS', 'charge', ['bulk-fee']);
    const ss = Math.round((sal * 13) / 10000) * 100;
    const row2 = book(d, -ss, 'CD', 'SSNIT-11', 'SSNIT contributions Nov 2032 employer no 411-02-8871 (13.5%)');
    m.decide(line(m.shift(d, 1), -ss, 'ACH DR SSNIT CONTRIB 411028871 NOV'), {
      decision: 'auto',
      rows: [row2],
      traits: ['statutory', 'reference'],
    });
    const paye = Math.round((sal * 11) / 10000) * 100;
    const row3 = book(d, -paye, 'CD', 'GRA-11', 'GRA PAYE November 2032 TIN C0004418827');
    m.decide(line(m.shift(d, 1), -paye, 'GRA PAYE C0004418827 NOV32'), {
      decision: 'auto',
      rows: [row3],
      traits: ['statutory', 'reference'],
    });
  }
  {
    const d = m.day(16);
    const a = m.amount(50000000, 80000000, 5000000);
    const row = book(d, -a, 'GJ', 'FD-2291', 'Transfer to fixed deposit 2291 (91 days)');
    m.decide(line(d, -a, 'TRF TO FD A/C 2291'), {
      decision: 'auto',
      rows: [row],
      traits: ['own-transfer', 'reference'],
    });
  }
  // unknown receipt, an unbooked motorbike repair paid by MoMo, the bank's own charges
  m.decide(line(m.day(11), m.amount(500000, 900000, 1000), 'MOMO TO BANK FRM 055***2047'), {
    decision: 'none',
    traits: ['unknown'],
  });
  m.decide(line(m.day(12), -m.amount(80000, 200000, 100), 'BANK TO MOMO 024***6610 MOTOR REPAIRS'), {
    decision: 'none',
    traits: ['no-book-row'],
  });
  m.decide(line(m.day(18), -m.amount(300000, 500000, 10000), 'CASH WITHDRAWAL - SELF', '004521'), {
    decision: 'none',
    traits: ['no-book-row'],
  });
  charge(m.day(3), 6000, 'CHEQUE BOOK 50 LVS');
  charge(m.to, m.amount(300, 900, 10), 'SMS ALERT CHARGES NOV', 'charge', ['sms']);
  charge(m.to, m.amount(15000, 40000, 1), 'COMMISSION ON TURNOVER', 'charge', ['cot']);
  charge(m.to, 2000, 'ACCOUNT MAINTENANCE FEE');
  // ledger-only: a cheque written on the 29th not yet presented
  m.ledgerOnly(
    book(m.shift(m.to, -1), -m.amount(15000000, 25000000, 100000), 'CD', '004530', 'Buying cash to PC Kofi Amponsah'),
    'cheque not yet presented',
  );

  return {
    month: m,
    opening: 95000000,
    meta: {
      set: 'gh-sefwiman-daceasy',
      country: 'GH',
      currency: 'GHS',
      timezone: 'Africa/Accra',
      bank: 'Sefwiman Rural Bank PLC',
      package: 'DacEasy Accounting (General Ledger → Account Activity of 1020 Sefwiman RB Current, saved to Excel)',
      business:
        'a licensed cocoa buying company in Sefwi Wiawso, Western North (COCOBOD seed funds, buying cash to purchasing clerks by cheque, CMC payments by waybill, input credit to farmer societies, haulage to Takoradi)',
    },
    bankFile: {
      file: 'sefwiman-0931-nov2032.csv',
      layout:
        'Sefwiman Rural Bank CSV: preamble, Txn Date and Value Date (dd-Mon-yyyy), Description, Cheque No, Debit, Credit, Balance (grouped), an undated Balance B/F row above the lines',
      header: ['Txn Date', 'Value Date', 'Description', 'Cheque No', 'Debit', 'Credit', 'Balance'],
      preamble: (o) => [
        ['SEFWIMAN RURAL BANK PLC'],
        ['SEFWI WIAWSO BRANCH'],
        ['CUSTOMER STATEMENT'],
        ['Account Name:', 'BIA-SEFWI COCOA BUYING CO LTD'],
        ['Account No:', '0931***7706'],
        ['Currency:', 'GHS'],
        ['Period:', `01-Nov-2032 TO 30-Nov-2032 (opening ${money(o, { group: ',' })})`],
        [],
      ],
      firstRow: (o) => ['', '', 'BALANCE B/F', '', '', '', money(o, { group: ',' })],
      cells: (l, bal) => [
        fmt.dMonY(l.date),
        fmt.dMonY(l.date),
        l.text,
        l.chq,
        l.minor < 0 ? money(-l.minor, { group: ',' }) : '',
        l.minor > 0 ? money(l.minor, { group: ',' }) : '',
        money(bal, { group: ',' }),
      ],
      footer: [['', '', 'BALANCE C/F', '', '', '', ''], [], ['*** END OF STATEMENT ***']],
      reference: (l) => l.chq,
      ledgerAccount: '1020',
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'Txn Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Cheque No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    },
    bookFile: {
      file: 'daceasy-1020-activity-nov2032.xlsx',
      sheet: 'Account Activity',
      package: 'DacEasy Accounting',
      layout:
        'DacEasy account activity saved to Excel: four title rows, Date (date cells), Journal, Doc #, Description, Debit, Credit, Balance (number cells), an undated Beginning Balance row',
      header: ['Date', 'Journal', 'Doc #', 'Description', 'Debit', 'Credit', 'Balance'],
      dateColumn: 0,
      preamble: () => [
        ['Bia-Sefwi Cocoa Buying Company Ltd'],
        ['General Ledger - Account Activity'],
        ['Account 1020  Sefwiman RB Current'],
        ['From 11/01/2032 To 11/30/2032'],
      ],
      openingCells: (o) => ['', '', '', 'Beginning Balance', '', '', o / 100],
      cells: (x) => [
        serial(x.date),
        x.journal,
        x.doc,
        x.description,
        x.minor > 0 ? x.minor / 100 : '',
        x.minor < 0 ? -x.minor / 100 : '',
        x.balance / 100,
      ],
      description: (x) => x.description,
      reference: (x) => x.doc,
      party: () => null,
      readOptions: {
        currency: 'GHS',
        sheet: 'Account Activity',
        mapping: {
          date: 'Date',
          reference: 'Doc #',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
    },
  };
}
