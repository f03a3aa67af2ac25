// KE: Chemosot Tea Outgrowers Co-operative Society Ltd, Kericho — October 2032 (Mashujaa Day Wednesday 20 October).
// Daraja Microfinance Bank statement (CSV) against Ekylibre (journal entry items of 5121 and 5122, exported to CSV).
import { Month, fmt, money } from './lib51.mjs';

export function buildKe(seed) {
  const m = new Month({ from: '2032-10-01', to: '2032-10-31', holidays: ['2032-10-20'], seed });
  const r = m.r;
  const ft = () => `FT32${r.int(270, 305)}${String(r.int(0, 99999)).padStart(5, '0')}`;
  const mp = () =>
    `S${'JKL'[r.int(0, 2)]}${r.int(1, 9)}${Array.from({ length: 7 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[r.int(0, 33)]).join('')}`;
  let entry = 300;
  const book = (date, minor, journal, reference, label, account = '5121') =>
    m.row(date, minor, {
      journal,
      entry: `${journal}${String(++entry).padStart(5, '0')}`,
      account,
      reference,
      label,
      otherAccount: account !== '5121',
    });
  const line = (date, minor, text, ref = ft()) => m.line(date, minor, text, { ref });
  /** a fee with the 20 % excise duty on its own line */
  const fee = (date, minor, text, traits = []) => {
    m.decide(line(date, -minor, text), { decision: 'bank-only', kind: 'charge', traits });
    m.decide(line(date, -minor / 5, `EXCISE DUTY ON ${text}`), {
      decision: 'bank-only',
      kind: 'tax',
      traits: ['excise-duty'],
    });
  };
  const eft = (date, minor, text) => {
    const l = line(date, -minor, text);
    fee(date, 10000, r.pick(['EFT CHARGES', 'EFT CHGS']), ['transfer-fee']);
    return l;
  };
  const mem = (n) => `MEM/0${n}`;

  // last month's cheque to a leaf-collection clerk, presented on the 1st (booked in September)
  m.decide(line(m.day(0), -m.amount(1800000, 2600000, 10000), 'INWARD CLEARING CHQ 000318'), {
    decision: 'none',
    traits: ['last-month'],
  });

  // the estate factory pays for members' leaf and a mini bonus
  {
    const d = m.day(4);
    const a = m.amount(900000000, 1200000000, 100);
    const row = book(
      m.shift(d, -2),
      a,
      'VEN',
      'KTO/LF/0932',
      'Kipchebor Tea Factory - September green leaf 184,220 kg',
    );
    m.decide(line(d, a, 'RTGS CR KIPCHEBOR TEA FACTORY LTD LF0932 SEPT LEAF'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
    const d2 = m.day(15);
    const b = m.amount(150000000, 250000000, 100);
    const row2 = book(d2, b, 'VEN', 'KTO/BN/0932', 'Kipchebor Tea Factory - mini bonus Apr-Sep');
    m.decide(line(d2, b, 'EFT CR KIPCHEBOR TEA FACTORY LTD'), {
      decision: 'auto',
      rows: [row2],
      traits: ['name-only'],
    });
  }
  // members paid for their leaf: M-PESA B2C bulk and bulk EFT, each a batch
  {
    const d = m.day(6);
    const a = m.amount(500000000, 650000000, 100);
    const row = book(
      m.shift(d, -1),
      -a,
      'PAY',
      'BATCH 1041',
      'Members leaf payment Sept - M-PESA batch 1041 (412 members)',
    );
    m.decide(line(d, -a, 'B2C BULK M-PESA BATCH 1041 412 RECIPIENTS'), {
      decision: 'auto',
      rows: [row],
      traits: ['payroll', 'reference'],
    });
    m.decide(line(d, -412 * 3300, 'B2C BULK CHARGES 412 @ 33.00'), {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['bulk-fee'],
    });
    m.decide(line(d, -(412 * 3300) / 5, 'EXCISE DUTY B2C BULK CHARGES'), {
      decision: 'bank-only',
      kind: 'tax',
      traits: ['excise-duty'],
    });
    const b = m.amount(250000000, 350000000, 100);
    const row2 = book(
      m.shift(d, -1),
      -b,
      'PAY',
      'BATCH 1042',
      'Members leaf payment Sept - bank EFT batch 1042 (38 members)',
    );
    m.decide(line(m.shift(d, 1), -b, 'BULK EFT BATCH 1042 CHEMOSOT TOCS 38 ITEMS'), {
      decision: 'auto',
      rows: [row2],
      traits: ['payroll', 'reference'],
    });
    fee(m.shift(d, 1), 38 * 3000, 'BULK EFT CHARGES', ['bulk-fee']);
  }
  // members paying share capital and fertiliser loans through the bank's paybill, the member number typed as they please
  const payers = [
    ['2547***512 GEOFFREY KIRUI', 'Geoffrey Kirui', 412, 'ACC MEM0412'],
    ['2547***090 NANCY CHERUIYOT', 'Nancy Cheruiyot', 415, 'ACC 415'],
    ['2541***377 PHILIP LANGAT', 'Philip Langat', 417, 'ACC mem 0417 loan'],
    ['2547***204 ESTHER KOECH', 'Esther Koech', 421, 'ACC KOECH'],
    ['2547***651 DANIEL MUTAI', 'Daniel Mutai', 424, 'ACC shares'],
    ['2547***830 RUTH RONO', 'Ruth Rono', 426, 'ACC MEM-426'],
    ['2547***733 CHARLES KORIR', 'Charles Korir', 452, 'ACC MEMBER 452'],
    ['2541***019 LILIAN CHEPKEMOI', 'Lilian Chepkemoi', 455, 'ACC 0455 SHARES'],
    ['2547***488 JOSEPH KIPLAGAT', 'Joseph Kiplagat', 458, 'ACC KIPLAGAT J'],
  ];
  payers.forEach(([who, name, n, acc], i) => {
    const d = m.day(1 + i * 2);
    const a = m.amount(300000, 1500000, 5000);
    const row = book(
      m.shift(d, -r.int(0, 1)),
      a,
      'REC',
      mem(n),
      `${r.pick(['Share capital', 'Fertiliser loan repayment'])} - ${name} ${mem(n)}`,
    );
    const l = line(d, a, `MPESA C2B ${who} ${acc}`, mp());
    m.decide(l, { decision: 'auto', rows: [row], traits: [/\d{3}/.test(acc) ? 'reference' : 'name-only'] });
  });
  {
    // twins: one member, two equal payments the same day, booked as share top-up and loan instalment
    const d = m.day(8);
    const a = m.amount(200000, 600000, 5000);
    const x1 = book(d, a, 'REC', mem(433), `Share capital top-up - Joyce Chebet ${mem(433)}`);
    const x2 = book(d, a, 'REC', mem(433), `Fertiliser loan instalment - Joyce Chebet ${mem(433)}`);
    for (let k = 0; k < 2; k++)
      m.decide(line(d, a, 'MPESA C2B 2547***118 JOYCE CHEBET ACC MEM433', mp()), {
        decision: 'auto',
        anyOf: [[x1], [x2]],
        ambiguous: true,
        traits: ['twins'],
      });
    // a part payment of a loan receipted in full
    const d2 = m.day(13);
    const p = m.amount(1000000, 1600000, 10000);
    const rp = book(d2, p, 'REC', mem(437), `Fertiliser loan repayment - Wilson Sang ${mem(437)}`);
    m.decide(line(d2, p / 2, 'MPESA C2B 2547***742 WILSON SANG ACC MEM437', mp()), {
      decision: 'suggest',
      rows: [rp],
      mustNotAuto: true,
      traits: ['part-payment'],
    });
    // over-payment
    const d3 = m.day(16);
    const o = m.amount(400000, 900000, 5000);
    const ro = book(m.shift(d3, -1), o, 'REC', mem(440), `Share capital - Mercy Chepngetich ${mem(440)}`);
    m.decide(line(d3, o + 100000, 'MPESA C2B 2547***915 MERCY CHEPNGETICH ACC 0440', mp()), {
      decision: 'auto',
      rows: [ro],
      difference: 100000,
      traits: ['reference', 'over-payment'],
    });
    // the decoy: a hardware with nearly a member's name sends what Geoffrey Kirui paid
    const gk = m.rows.find((x) => x.label.includes('Geoffrey Kirui'));
    m.decide(line(m.day(18), gk.minor, 'PESALINK CR KIRUI G AND SONS HARDWARE'), {
      decision: 'none',
      traits: ['decoy'],
    });
    // a field clerk banks the cash of three members together
    const d4 = m.day(11);
    const rows = [
      [444, 'Stanley Ngeno'],
      [446, 'Alice Chelangat'],
      [447, 'Josphat Bett'],
    ].map(([n, who], k) =>
      book(
        m.shift(d4, -1 - k),
        m.amount(150000, 500000, 5000),
        'REC',
        mem(n),
        `Share capital (cash, Sosiot buying centre) - ${who} ${mem(n)}`,
      ),
    );
    m.decide(
      line(
        d4,
        rows.reduce((t, x) => t + x.minor, 0),
        'CASH DEPOSIT - SOSIOT CENTRE',
      ),
      { decision: 'suggest', rows, mustNotAuto: false, traits: ['several-receipts-banked-together'] },
    );
    // a tie: a member with two equal loan instalments booked, pays one by name
    const d5 = m.day(19);
    const t = m.amount(300000, 700000, 5000);
    const t1 = book(m.shift(d5, -8), t, 'REC', `${mem(450)}-L1`, 'Fertiliser loan instalment 1 - Kiprono Rotich');
    const t2 = book(m.shift(d5, -2), t, 'REC', `${mem(450)}-L2`, 'Fertiliser loan instalment 2 - Kiprono Rotich');
    m.decide(line(d5, t, 'MPESA C2B 2547***402 KIPRONO ROTICH ACC ROTICH', mp()), {
      decision: 'suggest',
      anyOf: [[t1], [t2]],
      mustNotAuto: true,
      traits: ['tie'],
    });
  }
  // the co-operative's input shop till, swept weekly net of the 0.5 % till charge
  for (const k of [0, 1]) {
    const wk = m.day(5 + k * 10);
    const gross = m.amount(8000000, 16000000, 100);
    const row = book(wk, gross, 'VEN', `SHOP/W${40 + k}`, `Input shop sales week ${40 + k} (M-PESA till 5544012)`);
    const l = line(m.shift(wk, 1), gross - Math.round(gross / 200), `MPESA TILL 5544012 SETTLEMENT WK${40 + k}`, mp());
    m.decide(l, { decision: 'suggest', rows: [row], mustNotAuto: false, traits: ['till-settlement', 'net-of-fee'] });
  }
  // suppliers
  {
    const d = m.day(9);
    const inv = m.amount(120000000, 160000000, 100);
    const cn = m.amount(2000000, 4000000, 100);
    const ri = book(m.shift(d, -6), -inv, 'ACH', 'MEA-INV-58817', 'Mea Ltd - NPK 26:5:5 640 bags');
    const rc = book(m.shift(d, -2), cn, 'ACH', 'MEA-CN-2210', 'Mea Ltd - credit note 12 torn bags (inv 58817)');
    m.decide(eft(d, inv - cn, 'EFT DR MEA LIMITED INV 58817 LESS CN 2210'), {
      decision: 'auto',
      rows: [ri, rc],
      traits: ['invoice-less-credit-note', 'reference'],
    });
    const d2 = m.day(12);
    const t = m.amount(15000000, 22000000, 100);
    const rt = book(d2, -t, 'ACH', 'CLT-SEP', 'Chepseon Leaf Transporters - leaf collection lorries Sept');
    const first = eft(d2, t, 'EFT DR CHEPSEON LEAF TRANSPORTERS');
    const back = line(m.shift(d2, 2), t, 'EFT RETURN INVALID ACCOUNT CHEPSEON LEAF TRANSPORTERS');
    m.decide(first, { decision: 'reversal-pair', partner: back, traits: ['returned-transfer'] });
    m.decide(back, { decision: 'reversal-pair', partner: first, traits: ['returned-transfer'] });
    const again = line(m.shift(d2, 3), -t, 'PESALINK DR CHEPSEON LEAF TRANSPORTERS');
    fee(m.shift(d2, 3), 5000, 'PESALINK CHARGE', ['transfer-fee']);
    m.decide(again, { decision: 'auto', rows: [rt], traits: ['resent', 'name-only'] });
    const d3 = m.day(17);
    const c = m.amount(6000000, 9000000, 100);
    const rk = book(
      m.shift(d3, -1),
      -c,
      'ACH',
      'TRI/CT/3391',
      'KALRO Tea Research Institute - 20,000 clone cuttings TRFK 306, inv CT3391',
    );
    m.decide(eft(d3, c, 'EFT DR KALRO TRI CT3391'), { decision: 'auto', rows: [rk], traits: ['reference'] });
  }
  // staff payroll and statutory: PAYE and the housing levy under one KRA PRN, NSSF, SHIF
  {
    const d = m.day(m.days.length - 3);
    const sal = m.amount(120000000, 160000000, 100);
    const rs = book(d, -sal, 'PAY', 'SAL-OCT32', 'Staff salaries October 2032 (clerks, graders, office)');
    m.decide(eft(d, sal, 'EFT BULK PAYMENT STAFF SALARIES OCT'), {
      decision: 'auto',
      rows: [rs],
      traits: ['payroll', 'name-only'],
    });
    const prn = `2032${r.int(1000000, 9999999)}`;
    const paye = Math.round((sal * 18) / 10000) * 100;
    const ahl = Math.round((sal * 3) / 10000) * 100;
    const r1 = book(d, -paye, 'OD', `PRN ${prn}`, 'KRA PAYE October 2032');
    const r2 = book(d, -ahl, 'OD', `PRN ${prn}`, 'Affordable housing levy October 2032 (1.5% + 1.5%)');
    m.decide(line(m.shift(d, 1), -(paye + ahl), `KRA TAX PMT PRN ${prn}`), {
      decision: 'auto',
      rows: [r1, r2],
      traits: ['statutory', 'reference'],
    });
    const nssf = m.amount(1200000, 1800000, 100);
    const r3 = book(d, -nssf, 'OD', 'NSSF-E0772104', 'NSSF Tier I & II October 2032 employer E0772104');
    m.decide(eft(m.shift(d, 1), nssf, 'EFT DR NSSF E0772104 OCT'), {
      decision: 'auto',
      rows: [r3],
      traits: ['statutory', 'reference'],
    });
    const shif = Math.round((sal * 275) / 1000000) * 100;
    const r4 = book(d, -shif, 'OD', 'SHA-OCT', 'SHIF contributions October 2032 (2.75%), employer SHA-E-30917');
    m.decide(eft(m.shift(d, 2), shif, 'EFT DR SOCIAL HEALTH AUTHORITY 30917'), {
      decision: 'auto',
      rows: [r4],
      traits: ['statutory', 'reference'],
    });
    const kp = m.amount(1500000, 2500000, 100);
    const r5 = book(
      m.shift(d, -4),
      -kp,
      'ACH',
      'KPLC-29918876',
      'Kenya Power - leaf shed and office, account 29918876',
    );
    m.decide(line(m.shift(d, -3), -kp, 'BILL PAY KENYA POWER POSTPAID 29918876'), {
      decision: 'auto',
      rows: [r5],
      traits: ['reference'],
    });
  }
  // a sweep to the call deposit (both sides in the books: 5121 and 5122)
  {
    const d = m.day(7);
    const a = m.amount(200000000, 300000000, 10000000);
    const out = book(d, -a, 'OD', 'CD-0442', 'Transfer to Daraja call deposit 0442');
    book(d, a, 'OD', 'CD-0442', 'Transfer from Daraja current 0931', '5122');
    m.decide(line(d, -a, 'TRF TO CALL DEPOSIT A/C ***0442'), {
      decision: 'auto',
      rows: [out],
      traits: ['own-transfer', 'reference'],
    });
    book(m.to, m.amount(500000, 900000, 1), 'OD', 'INT-OCT', 'Call deposit interest October', '5122');
  }
  // unknown receipt, an unbooked purchase, the bank's own fees
  m.decide(line(m.day(10), m.amount(200000, 500000, 5000), 'MPESA C2B 2547***266 SAMMY TOO ACC 9'), {
    decision: 'none',
    traits: ['unknown'],
  });
  m.decide(line(m.day(14), -m.amount(300000, 600000, 100), 'POS PURCHASE KERICHO HARDWARE & AGENCIES'), {
    decision: 'none',
    traits: ['no-book-row'],
  });
  fee(m.day(m.days.length - 1), 50000, 'LEDGER FEE OCT');
  fee(m.day(m.days.length - 1), m.amount(10000, 30000, 500), 'SMS ALERT CHARGES');
  // ledger-only: a cheque to a member's school fees not presented; a member's promised payment
  m.ledgerOnly(
    book(
      m.day(m.days.length - 1),
      -m.amount(2000000, 4000000, 10000),
      'PAY',
      'CHQ 000331',
      'Advance to member Paul Kiprotich - school fees (cheque 331)',
    ),
    'cheque not yet presented',
  );

  return {
    month: m,
    opening: 600000000,
    meta: {
      set: 'ke-daraja-ekylibre',
      country: 'KE',
      currency: 'KES',
      timezone: 'Africa/Nairobi',
      bank: 'Daraja Microfinance Bank Ltd',
      package: 'Ekylibre (Accountancy → Journal entry items of accounts 5121 and 5122, exported to CSV)',
      business:
        "a tea outgrowers' co-operative society near Kericho (leaf and bonus payments from an estate factory, members paid by M-PESA B2C and bulk EFT, share capital and fertiliser loans by paybill, an input shop on a till)",
    },
    bankFile: {
      file: 'daraja-0931-oct2032.csv',
      eol: '\n',
      layout:
        'Daraja MFB CSV: five preamble rows, Posting Date and Value Date (dd/mm/yyyy), Narrative, Reference (FT or M-PESA receipt), Debit, Credit, Book Balance (plain numbers)',
      header: ['Posting Date', 'Value Date', 'Narrative', 'Reference', 'Debit', 'Credit', 'Book Balance'],
      preamble: (o, c) => [
        ['Daraja Microfinance Bank Ltd - Account Statement'],
        ['Account', 'CHEMOSOT TEA OUTGROWERS CO-OP SOC LTD', '', 'A/C No', '0931****8810'],
        ['Currency', 'KES'],
        ['From', '01/10/2032', 'To', '31/10/2032'],
        ['Opening balance', money(o), 'Closing balance', money(c)],
        [],
      ],
      cells: (l, bal) => [
        fmt.dmy(l.date),
        fmt.dmy(l.date),
        l.text,
        l.ref,
        l.minor < 0 ? money(-l.minor) : '',
        l.minor > 0 ? money(l.minor) : '',
        money(bal),
      ],
      footer: [[], ['End of statement']],
      reference: (l) => l.ref,
      ledgerAccount: '5121',
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Narrative',
          reference: 'Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Book Balance',
        },
      },
    },
    bookFile: {
      file: 'ekylibre-journal-entry-items-oct2032.csv',
      eol: '\n',
      bom: true,
      package: 'Ekylibre',
      layout:
        'Ekylibre journal entry items: header on row 1, Date (yyyy-mm-dd), Journal, Entry number, Account number, Account name, Reference, Label, Debit, Credit; rows of the current account 5121 and the call deposit 5122',
      header: [
        'Date',
        'Journal',
        'Entry number',
        'Account number',
        'Account name',
        'Reference',
        'Label',
        'Debit',
        'Credit',
      ],
      preamble: () => [],
      cells: (x) => [
        x.date,
        x.journal,
        x.entry,
        x.account,
        x.account === '5121' ? 'Daraja MFB current' : 'Daraja MFB call deposit',
        x.reference,
        x.label,
        x.minor > 0 ? money(x.minor) : '',
        x.minor < 0 ? money(-x.minor) : '',
      ],
      description: (x) => x.label,
      reference: (x) => x.reference,
      party: () => null,
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Date',
          account: 'Account number',
          reference: 'Reference',
          description: 'Label',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
      },
    },
  };
}
