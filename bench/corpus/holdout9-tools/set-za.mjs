// South Africa: a Germiston engineering-supplies company. Sasfin Business Account statement (CSV from Sasfin's
// online banking; signed amounts, narrations cut at 40 characters) against Sage Evolution's General Ledger
// "Transactions" report of the bank account, exported to CSV.
import { SetBuilder, businessDays, fmtDate, dec } from './core.mjs';

const FILE_BANK = 'sasfin-business-0891-jun2025.csv';
const FILE_LEDGER = 'sage-evolution-gl-8400-001-jun2025.csv';
const GL = '8400>001';

export function buildZa(r, seed) {
  const days = businessDays(2025, 6, ['2025-06-16']);
  const D = (i) => days[i];
  const sb = new SetBuilder();
  let rcNo = 3305;
  let pmNo = 1702;
  const bank = (date, amount, text, ref = '') => ({ date, amount, text: text.slice(0, 40), ref: ref.slice(0, 20) });
  const receipt = (date, amount, acc, name, reference) => ({
    date,
    amount,
    code: 'AR Receipt',
    reference: reference ?? `RC${rcNo++}`,
    desc: `${acc} - ${name}`,
  });
  const payment = (date, amount, acc, name, reference) => ({
    date,
    amount: -amount,
    code: 'AP Payment',
    reference: reference ?? `PM${pmNo++}`,
    desc: `${acc} - ${name}`,
  });
  const cb = (date, amount, reference, desc) => ({
    date,
    amount,
    code: amount < 0 ? 'CB Payment' : 'CB Receipt',
    reference,
    desc,
  });
  const eftFee = (date) => sb.bankOnly(bank(date, -r.money(6, 9, 0.5), 'EFT PAYMENT FEE'), 'charge');

  // --- customer EFTs quoting the invoice (Evolution's IN + six digits), in the customers' writings ---
  const refd = [
    [0, 'ACB CREDIT DRDGOLD ERGO', 'DRD001', 'DRDGOLD Ergo (Pty) Ltd', 104233, (n) => `IN${n}`, 'ref-canonical'],
    [1, 'RTC CREDIT BOSCH PROJECTS', 'BOS002', 'Bosch Projects (Pty) Ltd', 104237, (n) => `INV ${n}`, 'ref-spaces'],
    [
      3,
      'ACB CREDIT MURRAY & ROBERTS',
      'MUR001',
      'Murray & Roberts Cementation',
      104241,
      (n) => `in${n}`,
      'ref-lowercase',
    ],
    [
      5,
      'PAYSHAP CR SIPHO NDLOVU ELEC',
      'NDL003',
      'Ndlovu Electrical Contractors',
      104244,
      (n) => `${n}`,
      'ref-serial-only',
    ],
    [6, 'ACB CREDIT RAND WATER', 'RAN001', 'Rand Water', 104246, (n) => `PAY IN${n}`, 'ref-canonical'],
    [8, 'RTC CREDIT EKURHULENI MET', 'EKU001', 'City of Ekurhuleni', 104249, (n) => `IN ${n}`, 'ref-spaces'],
    [10, 'ACB CREDIT DRDGOLD ERGO', 'DRD001', 'DRDGOLD Ergo (Pty) Ltd', 104253, (n) => `IN${n}`, 'ref-canonical'],
    [12, 'ACB CREDIT SASOL MINING', 'SAS004', 'Sasol Mining (Pty) Ltd', 104256, (n) => `INV0${n}`, 'ref-canonical'],
    [14, 'RTC CREDIT BOSCH PROJECTS', 'BOS002', 'Bosch Projects (Pty) Ltd', 104260, (n) => `INV ${n}`, 'ref-spaces'],
    [
      17,
      'ACB CREDIT MURRAY & ROBERTS',
      'MUR001',
      'Murray & Roberts Cementation',
      104263,
      (n) => `in${n}`,
      'ref-lowercase',
    ],
    [
      4,
      'ACB CREDIT ARCELORMITTAL SA',
      'ARC001',
      'ArcelorMittal South Africa',
      104240,
      (n) => `REMIT IN${n}`,
      'ref-canonical',
    ],
    [
      9,
      'RTC CREDIT SIPHO NDLOVU ELEC',
      'NDL003',
      'Ndlovu Electrical Contractors',
      104248,
      (n) => `inv ${n}`,
      'ref-lowercase',
    ],
    [
      13,
      'ACB CREDIT EKURHULENI MET',
      'EKU001',
      'City of Ekurhuleni',
      104255,
      (n) => `PO 88812 IN${n}`,
      'ref-canonical',
    ],
    [16, 'ACB CREDIT DRDGOLD ERGO', 'DRD001', 'DRDGOLD Ergo (Pty) Ltd', 104262, (n) => `IN${n}`, 'ref-canonical'],
  ];
  for (const [di, head, acc, name, n, write, trait] of refd) {
    const amt = r.money(4500, 185000, 0.01);
    const late = r.next() < 0.3;
    sb.match(
      bank(D(di), amt, `${head} ${write(n)}`, write(n)),
      receipt(late ? D(di + 2) : D(di), amt, acc, name, `IN${n}`),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: late ? [trait, 'late-posting'] : [trait],
      },
    );
  }

  // Names only, cut to the statement's width.
  for (const [di, head, acc, name, trait] of [
    [2, 'ACB CREDIT VAAL ENGINEERING WORKS', 'VAA001', 'Vaal Engineering Works CC', 'name-only'],
    [7, 'RTC CREDIT THABO MOKOENA', 'MOK002', 'Mokoena Plant Hire (T Mokoena)', 'partner-name-fuzzy'],
    [11, 'ACB CREDIT GERMISTON PRECISION TOOLIN', 'GER001', 'Germiston Precision Tooling', 'name-only'],
    [15, 'RTC CREDIT ALBERTON HYDRAULIC SERVIC', 'ALB002', 'Alberton Hydraulic Services', 'name-only'],
    [18, 'PAYSHAP CR L PILLAY', 'PIL001', 'Pillay Fabrication (L Pillay)', 'partner-name-fuzzy'],
  ]) {
    const amt = r.money(3000, 60000, 0.01);
    sb.match(bank(D(di), amt, head), receipt(D(di), amt, acc, name), {
      decision: 'auto',
      evidence: 'counterparty',
      traits: [trait],
    });
  }

  // A payment for two invoices, both quoted within the 40 characters; Evolution allocated one receipt per invoice.
  {
    const a = r.money(8000, 30000, 0.01);
    const b = r.money(5000, 15000, 0.01);
    sb.match(
      bank(D(9), a + b, 'ACB CREDIT RAND WATER IN104247 IN104250', 'IN104247/250'),
      [receipt(D(9), a, 'RAN001', 'Rand Water', 'IN104247'), receipt(D(9), b, 'RAN001', 'Rand Water', 'IN104250')],
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical', 'split-one-to-many'],
      },
    );
  }

  // Paid less a credit note the customer took; receipt entered at the invoice amount.
  {
    const inv = r.money(20000, 40000, 0.01);
    const cn = r.money(1000, 3000, 0.01);
    sb.match(
      bank(D(13), inv - cn, 'ACB CREDIT SASOL MINING IN104258 CN', 'IN104258 LESS CN'),
      receipt(D(13), inv, 'SAS004', 'Sasol Mining (Pty) Ltd', 'IN104258'),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'reference',
        traits: ['ref-canonical', 'invoice-less-credit-note'],
      },
    );
  }

  // Card machine settlements (Sasfin merchant), net of the discount, against the counter's daily cash-up.
  for (const di of [1, 3, 5, 8, 10, 12, 15, 17]) {
    const gross = r.money(2500, 14000, 0.01);
    const fee = Math.round(gross * 0.0275);
    sb.match(
      bank(D(di + 1), gross - fee, `MERCHANT SETTLEMENT 0004417 ${fmtDate(D(di), 'YYYY-MM-DD').slice(5)}`),
      cb(
        D(di),
        gross,
        `CU${D(di).slice(5).replace('-', '')}`,
        `Counter sales card takings ${fmtDate(D(di), 'YYYY/MM/DD')}`,
      ),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'amount',
        traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
      },
    );
  }
  // Cash banked at the counter: the deposit matches the cash-up exactly; the bank charges its cash fee beside it.
  for (const di of [3, 6, 10, 13, 17]) {
    const amt = r.money(1500, 9000, 10);
    sb.match(
      bank(D(di), amt, 'CASH DEPOSIT GERMISTON'),
      cb(D(di), amt, `CD${D(di).slice(5).replace('-', '')}`, 'Cash banked - counter'),
      {
        decision: 'auto',
        evidence: 'amount',
        traits: ['amount-only'],
      },
    );
    sb.bankOnly(bank(D(di), -Math.max(2500, Math.round(amt * 0.0125)), 'CASH DEPOSIT FEE'), 'charge');
  }

  // Twins: a contractor paid two equal progress claims on one day.
  {
    const amt = r.money(10000, 20000, 100);
    sb.twins(
      [bank(D(18), amt, 'RTC CREDIT NDLOVU ELECTRICAL'), bank(D(18), amt, 'RTC CREDIT NDLOVU ELECTRICAL')],
      [
        receipt(D(18), amt, 'NDL003', 'Ndlovu Electrical Contractors'),
        receipt(D(18), amt, 'NDL003', 'Ndlovu Electrical Contractors'),
      ],
      { decision: 'suggest', mustNotAuto: false, evidence: 'counterparty', traits: ['twins'] },
    );
  }

  // --- supplier payments from internet banking: "IB PAYMENT TO" beneficiary + our reference ---
  const bills = [
    [0, 'BEARING MAN GROUP', 'BEA001', 'Bearing Man Group', 'INV 9920314'],
    [2, 'SKF SOUTH AFRICA', 'SKF001', 'SKF South Africa (Pty) Ltd', 'SI 2025-4471'],
    [5, 'MACSTEEL SERVICE CEN', 'MAC002', 'Macsteel Service Centres SA', 'MSC/JHB/81230'],
    [9, 'BEARING MAN GROUP', 'BEA001', 'Bearing Man Group', 'INV 9920588'],
    [13, 'HYDRAULIC ENG SUPPL', 'HYD001', 'Hydraulic Engineering Supplies', 'HES 40712'],
    [16, 'SKF SOUTH AFRICA', 'SKF001', 'SKF South Africa (Pty) Ltd', 'SI 2025-4590'],
    [3, 'AFROX GERMISTON', 'AFR001', 'Afrox (African Oxygen Ltd)', 'AFX7712094'],
    [8, 'HYDRAULIC ENG SUPPL', 'HYD001', 'Hydraulic Engineering Supplies', 'HES 40655'],
    [12, 'BEARING MAN GROUP', 'BEA001', 'Bearing Man Group', 'INV 9920801'],
  ];
  for (const [di, benef, acc, name, bill] of bills) {
    const amt = r.money(6000, 240000, 0.01);
    sb.match(bank(D(di), -amt, `IB PAYMENT TO ${benef}`, bill), payment(D(di), amt, acc, name, bill), {
      decision: 'auto',
      evidence: 'reference',
      traits: ['ref-canonical'],
    });
    eftFee(D(di));
  }
  // Payment entered in the books once but paid in two EFTs (the bank's daily limit).
  {
    const total = r.money(300000, 450000, 0.01);
    const first = 25000000;
    sb.match(
      [
        bank(D(6), -first, 'IB PAYMENT TO MACSTEEL SERVICE CEN', 'MSC/JHB/81377 PT1'),
        bank(D(7), -(total - first), 'IB PAYMENT TO MACSTEEL SERVICE CEN', 'MSC/JHB/81377 PT2'),
      ],
      payment(D(6), total, 'MAC002', 'Macsteel Service Centres SA', 'MSC/JHB/81377'),
      { decision: 'auto', evidence: 'reference', traits: ['ref-canonical', 'split-many-to-one'] },
    );
    eftFee(D(6));
    eftFee(D(7));
  }
  // Failed immediate payment, returned, paid again.
  {
    const amt = r.money(5000, 15000, 0.01);
    sb.reversal(
      bank(D(10), -amt, 'IB PAYMENT TO K MAHLANGU TRANSPORT', 'JUNE DELIVERIES'),
      bank(D(11), amt, 'UNPAID PAYMENT K MAHLANGU TRANSPORT', 'INVALID ACCOUNT'),
      'payment returned: wrong account number',
    );
    eftFee(D(10));
    sb.match(
      bank(D(11), -amt, 'IB PAYMENT TO KM TRANSPORT', 'JUNE DELIVERIES'),
      payment(D(10), amt, 'MAH001', 'K Mahlangu Transport'),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'amount',
        traits: ['partner-name-fuzzy'],
      },
    );
    eftFee(D(11));
  }

  // Debit orders: insurance, vehicle finance, telephone; the books post them from the schedule.
  for (const [di, text, ref, desc] of [
    [0, 'DEBIT ORDER SANTAM INS', 'SANT 4410982', 'Santam - business insurance June'],
    [0, 'DEBIT ORDER WESBANK', 'WB 88120455', 'WesBank - Hilux instalment June'],
    [4, 'DEBIT ORDER TELKOM SA', 'TKM 0114521', 'Telkom - lines June'],
  ]) {
    const amt = r.money(900, 9500, 0.01);
    sb.match(bank(D(di), -amt, text, ref), cb(D(di), -amt, 'DO', desc), {
      decision: 'auto',
      evidence: 'counterparty',
      traits: ['name-only'],
    });
    sb.bankOnly(bank(D(di), -450, 'DEBIT ORDER FEE'), 'charge');
  }
  // A debit order nobody has captured.
  sb.none(
    bank(D(2), -r.money(300, 900, 0.01), 'DEBIT ORDER MIWAY ASSIST', 'MW 55012'),
    'new debit order, not in the books',
  );

  // SARS and payroll.
  {
    const emp = r.money(40000, 70000, 0.01);
    sb.match(
      bank(D(4), -emp, 'SARS EMP201 7012345678', '7012345678LC052025'),
      cb(D(4), -emp, 'EMP201-05', 'SARS EMP201 May 2025 PAYE/UIF/SDL'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
      },
    );
    const vat = r.money(60000, 110000, 0.01);
    sb.match(
      bank(D(17), -vat, 'SARS VAT201 4450123456', '4450123456V0525'),
      cb(D(18), -vat, 'VAT-0525', 'SARS VAT201 Apr-May 2025'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only', 'late-posting'],
      },
    );
    const net = r.money(260000, 320000, 0.01);
    sb.match(
      bank(D(18), -net, 'IB BATCH SALARIES JUN25 (19)', 'SALARIES JUN25'),
      cb(D(18), -net, 'SAL-0625', 'Net salaries June 2025'),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    sb.bankOnly(bank(D(18), -19 * 650, 'BATCH PAYMENT FEE'), 'charge');
  }

  // Own transfer to the call account.
  {
    const amt = r.money(100000, 200000, 10000);
    sb.match(
      bank(D(14), -amt, 'TRF TO CALL ACC 0891-220', 'TO CALL'),
      cb(D(14), -amt, 'JNL0614', 'Transfer to Sasfin call account'),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['interbank-transfer'],
      },
    );
  }

  // Unknown receipt; cheque not presented; deposit in transit.
  sb.none(bank(D(15), r.money(700, 3000, 0.01), 'RTC CREDIT J VAN WYK'), 'unidentified receipt');
  sb.ledgerOnly(
    payment(D(17), r.money(3000, 8000, 0.01), 'VAA001', 'Vaal Engineering Works CC', 'CHQ 000412'),
    'cheque not yet presented',
  );
  sb.ledgerOnly(
    cb(D(19), r.money(2000, 6000, 10), 'CD0630', 'Cash banked - counter'),
    'deposit in transit: banked after the bank cut-off on 30 June',
  );

  // Month-end fees and interest.
  sb.bankOnly(bank(D(19), -r.money(280, 320, 0.5), 'MONTHLY ACCOUNT FEE'), 'charge');
  sb.bankOnly(bank(D(19), -r.int(30, 70) * 90, 'NOTIFICATION FEE SMS'), 'charge');
  sb.bankOnly(bank(D(19), r.money(40, 200, 0.01), 'CREDIT INTEREST'), 'interest');

  const cfg = {
    set: 'za-sasfin-evolution',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2025-06-01', to: '2025-06-30' },
    seed,
    ledgerAccount: GL,
    bankFile: {
      file: FILE_BANK,
      bank: 'Sasfin Bank',
      kind: 'csv',
      opening: r.money(180000, 420000, 0.01),
      preamble: ({ opening, closing }) => [
        ['Sasfin Bank Limited'],
        ['Business Transactional Account', '0891 0044 2211'],
        ['MOLEFE NAIDOO ENGINEERING (PTY) LTD'],
        ['Statement period', '2025/06/01', '2025/06/30'],
        ['Opening balance', dec(opening)],
        ['Closing balance', dec(closing)],
      ],
      header: ['Transaction Date', 'Effective Date', 'Description', 'Reference', 'Amount', 'Balance'],
      cells: (b) => [
        fmtDate(b.date, 'YYYY/MM/DD'),
        fmtDate(b.date, 'YYYY/MM/DD'),
        b.text,
        b.ref,
        dec(b.amount),
        dec(b.balance),
      ],
      text: (b) => b.text,
      json: (b) => ({ narration: b.text, reference: b.ref || null, counterparty: null }),
      readOptions: {
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Effective Date',
          description: 'Description',
          reference: 'Reference',
          amount: 'Amount',
          balance: 'Balance',
        },
        currency: 'ZAR',
      },
    },
    ledgerFile: {
      file: FILE_LEDGER,
      package: 'Sage Evolution (General Ledger > Transactions report, CSV)',
      kind: 'csv',
      render: (rows) => {
        const out = [
          { cells: ['Molefe Naidoo Engineering (Pty) Ltd'] },
          { cells: ['General Ledger Transactions'] },
          { cells: ['Period', '2025/06/01', 'to', '2025/06/30'] },
          { cells: ['Account', GL, 'Sasfin Bank - Current'] },
          {
            header: true,
            cells: ['Tx Date', 'Transaction Type', 'Reference', 'Description', 'Debit', 'Credit', 'Balance'],
          },
        ];
        let bal = cfg.bankFile.opening;
        out.push({
          cells: ['2025/06/01', '', '', 'Opening Balance', dec(bal), '', dec(bal)],
          nonEntry: 'opening balance of the account, not an entry',
        });
        let dr = 0;
        let cr = 0;
        for (const l of rows) {
          bal += l.amount;
          if (l.amount > 0) dr += l.amount;
          else cr -= l.amount;
          out.push({
            entry: l,
            cells: [
              fmtDate(l.date, 'YYYY/MM/DD'),
              l.code,
              l.reference,
              l.desc,
              l.amount > 0 ? dec(l.amount) : '',
              l.amount < 0 ? dec(-l.amount) : '',
              dec(bal),
            ],
          });
        }
        out.push({ cells: ['', '', '', 'Total for 8400>001', dec(dr), dec(cr), dec(bal)] });
        return out;
      },
      json: (l) => ({ reference: l.reference, description: l.desc, party: null, account: GL }),
      readOptions: {
        mapping: {
          date: 'Tx Date',
          reference: 'Reference',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
        currency: 'ZAR',
        dateOrder: 'YMD',
      },
    },
  };
  return { cfg, sb };
}
