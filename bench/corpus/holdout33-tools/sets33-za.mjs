// holdout33 — ZA: Thaba Electrical Contractors (Pty) Ltd, Polokwane. Finbond Mutual Bank (CSV) · AccountEdge Pro (XLSX)
import { dec, monName, ymdSlash } from './lib33.mjs';
import { pad, cust, digits, r4 } from './sets33.mjs';

export function za(rng, y, mo) {
  const M = monName(mo);
  const prevM = monName(mo === 1 ? 12 : mo - 1);
  const mm = pad(mo === 1 ? 12 : mo - 1, 2);
  const yy = String(y).slice(2);
  const month = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ][mo - 1];
  return {
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    cents: true,
    roundUnit: 100,
    refColumnOnly: true,
    range: { invoice: [6000, 95000], bill: [5000, 110000] },
    invStart: 4512,
    cnStart: 310,
    whtPermille: 50,
    whtTrait: 'short-retention-5pct',
    channelLimit: 150000,
    customers: cust([
      ['Polokwane Mall Management', 'POLOKWANE MALL MGMT'],
      ['Seshego Property Developers', 'SPD TRUST ACC'],
      ['Bendor Estate HOA', 'BENDOR ESTATE HOA'],
      ['Ivy Park Primary School SGB', 'IVY PARK PRIMARY'],
      ['Mokopane Platinum Services', 'MOKOPANE PLAT SERV'],
      ['Tzaneen Citrus Packhouse', 'TZANEEN CITRUS'],
      ['Bela-Bela Lodge (Pty) Ltd', 'BELA-BELA LODGE'],
      ['Makhado Fresh Retail', 'MAKHADO FRESH', { cash: true }],
      ['Nkosi Family Trust', 'NKOSI FAMILY TRUST'],
      ['Capricorn Business Park', 'CAPRICORN BUS PARK'],
      ['Flora Park Medical Centre', 'FLORA PARK MEDICAL'],
      ['Thohoyandou Shopping Centre', 'THOHOYANDOU SC'],
      ['Lebowakgomo Traders Association', 'LEBOWAKGOMO TRADERS'],
      ['Pietersburg Heights Developers', 'PBURG HEIGHTS DEV'],
      ['Ladanna Truck Stop', 'LADANNA TRUCK STOP'],
      ['Westenburg Community Church', 'WESTENBURG CHURCH'],
      ['Sipho Maluleke Plumbing', 'MALULEKE S'],
      ['Moletji Cash & Carry', 'MOLETJI CASH CARRY'],
      ['Peter Mokaba Stadium Operations', 'PMS OPERATIONS'],
      ['Fauna Park Guesthouse', 'FAUNA PARK GUESTHOUSE'],
    ]),
    suppliers: cust([
      ['Limpopo Cable & Switchgear', 'LIMPOPO CABLE SWITCH', { billPrefix: 'LCS' }],
      ['Northern Lighting Wholesalers', 'NORTHERN LIGHTING', { billPrefix: 'NLW-' }],
      ['Bakone Hardware & Tools', 'BAKONE HARDWARE', { billPrefix: 'BH/' }],
      ['Ga-Mothapo Trenching CC', 'MOTHAPO TRENCHING', { billPrefix: 'GMT-' }],
      ['Kgabo Scaffolding Hire', 'KGABO SCAFFOLDING', { billPrefix: 'KSH-' }],
      ['Mahlase Vehicle Repairs', 'MAHLASE VEHICLE REP', { billPrefix: 'MVR-' }],
      ['Transformer Supplies SA (Pty) Ltd', 'TRANSFORMER SUPPLIES', { billPrefix: 'TSA' }],
      ['Lesiba Sub-Contracting', 'LESIBA SUBCONTRACT', { billPrefix: 'LSC-' }],
      ['Polokwane Conduit & Trunking', 'PKW CONDUIT TRUNKING', { billPrefix: 'PCT-' }],
      ['Limpopo Safety Gear', 'LIMPOPO SAFETY GEAR', { billPrefix: 'LSG-' }],
    ]),
    writings: [
      { trait: 'ref-canonical', fn: (n) => pad(n, 8) },
      { trait: 'ref-no-padding', fn: (n) => `INV ${n}` },
      { trait: 'ref-lowercase', fn: (n) => `inv${pad(n, 8)}` },
      { trait: 'ref-other-prefix', fn: (n) => `TEC INV ${n}` },
      { trait: 'ref-hash', fn: (n) => `INVOICE#${n}` },
      { trait: 'ref-spaces', fn: (n) => `INV 0000 ${n}` },
    ],
    plainIn: ['ELECTRICAL WORK', 'PAYMENT', 'WIRING'],
    plainOut: ['SCAFFOLD', 'REPAIRS'],
    inbound(c, text, { nameOnly }) {
      if (c.cash) return { text: 'CASH DEPOSIT POLOKWANE', ref: c.bank };
      return {
        text: `ACB CREDIT ${c.bank}`,
        ref: nameOnly ? `${c.bank.split(' ')[0]} ${text}`.slice(0, 20) : text.slice(0, 20),
      };
    },
    outbound(s, text) {
      return { text: `INTERNET PAYMENT ${s.bank}`, ref: `THABA ${text}`.slice(0, 20) };
    },
    inFees: (a, { who }) =>
      who?.cash
        ? [{ amount: Math.max(2500, Math.floor((a * 12) / 1000)), text: 'CASH DEPOSIT FEE', kind: 'charge' }]
        : [],
    outFees: () => [{ amount: 850, text: 'EFT PAYMENT FEE', kind: 'charge' }],
    listText: (ns) => `INV ${ns[0]}, ${ns[1]}, ${ns[2]}`,
    instalmentText: (w, k) => `${w} P${k}`,
    lessCnText: (w, cn) => `${w} LESS CN${cn}`,
    customerPo: (r) => {
      const n = `45001${r.int(10000, 99999)}`;
      return { bank: `PO ${n}`, book: `PO ${n}` };
    },
    unknownPayers: [
      { bank: 'MR T MASHABA', text: 'DEPOSIT' },
      { bank: 'RAMOKGOPA HOLDINGS', text: 'ACC' },
    ],
    refundOutText: (cn) => `REFUND CN${cn}`,
    refundFields: (c, cn) => ({ src: 'CD', memo: `Refund; ${c.book}; credit note CN${cn}` }),
    gatewayFee: (g) => Math.floor((g * 295) / 10000),
    gateways: [
      {
        id: (r) => `YP${r.int(3000000, 3999999)}`,
        text: () => 'YOCO PAYOUT',
        ref: (id) => id,
        book: (id) => ({ src: 'GJ', memo: `Yoco card sales gross; payout ${id}` }),
      },
      {
        id: (r) => `IK${r.int(800000, 899999)}`,
        text: () => 'IKHOKHA SETTLEMENT',
        ref: (id) => id,
        book: (id, part) => ({
          src: 'GJ',
          memo: part === 'gross' ? `iKhokha card sales; settlement ${id}` : `iKhokha commission; settlement ${id}`,
        }),
      },
      {
        id: () => null,
        text: () => 'SNAPSCAN SETTLEMENT',
        ref: () => '',
        book: () => ({ src: 'GJ', memo: 'SnapScan QR payments gross' }),
      },
    ],
    billOurs: (k) => `${1544 + k}`,
    billText: (b) => `${b.theirs}`,
    paymentFields: (s, b) => ({ src: 'CD', memo: `Payment; ${s.book}; inv ${b.theirs}` }),
    receiptFields: (c, invs, x) => ({
      src: 'CR',
      memo:
        `Sale; ${c.book}; ` +
        invs.map((n) => `Inv ${pad(n, 8)}`).join(', ') +
        (x.creditNote ? ` less CN${x.creditNote}` : '') +
        (x.order ? `; ${x.order}` : ''),
    }),
    supplierRefundFields: (s) => ({ src: 'CR', memo: `Refund; ${s.book}; returned hard hats` }),
    partMark: (k) => ` ${k === 1 ? 'A' : 'B'}`,
    twinText: 'LABOUR',
    twinFields: (s) => ({ src: 'CD', memo: `Payment; ${s.book}; labour week` }),
    reversalText: (s) => `UNPAID INTERNET PAYMENT ${s.bank} ACCOUNT CLOSED`,
    reversalRef: (l) => l.ref,
    fixedPayments(r) {
      const prn1 = `7${digits(r, 9)}LC${mm}${yy}`;
      const prn2 = `4${digits(r, 9)}V${mm}${yy}`;
      const coid = `99${digits(r, 8)}`;
      const muni = `${r.int(3010000, 3019999)}${digits(r, 3)}`;
      const batch = r.int(100, 999);
      return [
        {
          day: 17,
          range: [165000, 210000],
          bankText: 'BATCH PAYMENT SALARIES',
          bankRef: `SAL ${month.slice(0, 3).toUpperCase()} BATCH ${batch}`,
          fees: [{ amount: 4250, text: 'BATCH PAYMENT FEE', kind: 'charge' }],
          book: { src: 'GJ', memo: `Net salaries ${month} ${y}; batch ${batch}` },
          traits: ['payroll'],
        },
        {
          day: 4,
          range: [38000, 56000],
          bankText: 'SARS EFILING PAYMENT',
          bankRef: prn1,
          book: { src: 'CD', memo: `Payment; SARS; EMP201 ${prevM} ${y} PRN ${prn1}` },
          traits: ['statutory'],
        },
        {
          day: 16,
          range: [42000, 88000],
          bankText: 'SARS EFILING PAYMENT',
          bankRef: prn2,
          book: { src: 'CD', memo: `Payment; SARS; VAT201 ${prevM} ${y} PRN ${prn2}` },
          traits: ['statutory'],
        },
        {
          day: 2,
          range: [2500, 6200],
          bankText: 'DEBIT ORDER COMPENSATION FUND',
          bankRef: `COID ${coid}`,
          book: { src: 'CD', memo: `Payment; Compensation Fund; COID assessment ${coid}` },
          traits: ['statutory', 'debit-order'],
        },
        {
          day: 9,
          range: [3200, 8900],
          bankText: 'POLOKWANE MUNICIPALITY',
          bankRef: `ACC ${muni}`,
          book: { src: 'CD', memo: `Payment; Polokwane Municipality; account ${muni}` },
          traits: ['utility'],
        },
      ];
    },
    cardPurchase: { range: [400, 3800], text: 'CARD PURCHASE BUILDERS WAREHOUSE POLOKWANE' },
    priorItem: () => ({
      text: 'INTERNET PAYMENT NORTHERN LIGHTING',
      ref: 'THABA FUTURE DATED',
      trait: 'prior-month-payment',
    }),
    outstanding: () => [
      {
        why: 'payment scheduled for release next month',
        sign: -1,
        range: [8000, 40000],
        book: { src: 'CD', memo: 'Payment; Limpopo Cable & Switchgear; future-dated EFT' },
      },
      {
        why: 'payment booked on the last day, sent by the bank next month',
        sign: -1,
        range: [6000, 30000],
        book: { src: 'CD', memo: 'Payment; Bakone Hardware & Tools; on account' },
      },
      {
        why: 'deposit not yet credited',
        sign: 1,
        range: [7000, 35000],
        book: { src: 'CR', memo: 'Sale; Bendor Estate HOA; deposit at branch after cut-off' },
      },
    ],
    monthEnd(m) {
      const last = m.days[m.days.length - 1];
      return [
        { date: last, amount: -9500, text: 'MONTHLY ACCOUNT FEE', kind: 'charge' },
        { date: last, amount: -m.take(r4(m, 'svc', 1800, 4800)), text: 'SERVICE FEES', kind: 'charge' },
        { date: last, amount: m.take(r4(m, 'int', 2100, 9900)), text: 'CREDIT INTEREST', kind: 'interest' },
      ];
    },
    numbering: { receipt: ['CR', 6, 231], payment: ['', 8, 1600], journal: ['GJ', 6, 118] },
    files: {
      bank: `finbond-2004418236-${M.toLowerCase()}${y}.csv`,
      ledger: `accountedge-gl-detail-1-1120-${M.toLowerCase()}${y}.xlsx`,
      bankName: 'Finbond Mutual Bank',
      package: 'AccountEdge Pro 2024 (Reports → Accounts → General Ledger [Detail] of account 1-1120, sent to Excel)',
      set: 'za-finbond-accountedge',
      ledgerAccount: '1-1120',
    },
    business: 'Thaba Electrical Contractors (Pty) Ltd',
    bankLayout(lines, meta) {
      const head = ['Tran Date', 'Effective Date', 'Description', 'Reference', 'Amount', 'Balance'];
      const rows = [
        ['Finbond Mutual Bank'],
        ['Statement of Account'],
        ['Account Holder:', 'THABA ELECTRICAL CONTRACTORS (PTY) LTD'],
        ['Account Number:', '2004418236'],
        ['Statement Period:', `${ymdSlash(meta.from)} to ${ymdSlash(meta.to)}`],
        [],
        head,
        [ymdSlash(meta.from), ymdSlash(meta.from), 'OPENING BALANCE', '', '', dec(meta.opening)],
      ];
      const out = [];
      for (const l of lines) {
        rows.push([ymdSlash(l.date), ymdSlash(l.date), l.text, l.ref, dec(l.amount), dec(l.balance)]);
        out.push({ l, row: rows.length, text: l.text, reference: l.ref || null });
      }
      rows.push([ymdSlash(meta.to), ymdSlash(meta.to), 'CLOSING BALANCE', '', '', dec(meta.closing)]);
      return {
        format: 'csv',
        csv: {},
        rows,
        headerRow: 7,
        lineRows: out,
        nonEntryRows: [],
        order: 'oldest-first',
        readOptions: {
          currency: 'ZAR',
          dateOrder: 'YMD',
          mapping: {
            date: 'Tran Date',
            valueDate: 'Effective Date',
            description: 'Description',
            reference: 'Reference',
            amount: 'Amount',
            balance: 'Balance',
          },
        },
        layout:
          "Finbond business online banking CSV: five preamble rows and a blank, header in row 7, yyyy/mm/dd dates, one signed Amount column, dated OPENING and CLOSING BALANCE rows carrying only a balance, the payer's or our reference (20 characters at most) in Reference",
      };
    },
    ledgerLayout(rows, meta) {
      const head = ['ID No.', 'Src', 'Date', 'Memo', 'Debit', 'Credit', 'Job No.', 'Net Activity', 'Ending Balance'];
      const out = [
        ['Thaba Electrical Contractors (Pty) Ltd'],
        ['General Ledger [Detail]'],
        [`${month} ${y}`],
        [],
        head,
        ['1-1120 Finbond Business Account'],
        [null, null, null, 'Beginning Balance', null, null, null, null, { n: meta.opening }],
      ];
      const entries = [];
      let dr = 0,
        cr = 0;
      for (const r of rows) {
        if (r.amount > 0) dr += r.amount;
        else cr -= r.amount;
        out.push([
          r.ref,
          r.src,
          { d: r.date },
          r.memo,
          r.amount > 0 ? { n: r.amount } : null,
          r.amount < 0 ? { n: -r.amount } : null,
          null,
          null,
          null,
        ]);
        entries.push({
          r,
          row: out.length,
          reference: r.ref || null,
          description: r.memo,
          party: null,
          account: '1-1120',
        });
      }
      out.push(['Total:', null, null, null, { n: dr }, { n: cr }, null, { n: dr - cr }, { n: meta.opening + dr - cr }]);
      return {
        format: 'xlsx',
        sheet: 'GL Detail',
        widths: [12, 5, 12, 62, 14, 14, 8, 14, 14],
        rows: out,
        headerRow: 5,
        entries,
        nonEntryRows: [
          { row: out.length, why: 'the account total (debits, credits, net activity and ending balance), no date' },
        ],
        readOptions: {
          currency: 'ZAR',
          sheet: 'GL Detail',
          mapping: { date: 'Date', reference: 'ID No.', description: 'Memo', moneyIn: 'Debit', moneyOut: 'Credit' },
        },
        layout:
          'AccountEdge General Ledger [Detail] sent to Excel: three title rows and a blank, header in row 5, the account as a section row, an undated Beginning Balance row, real date cells, Src codes (CR, CD, GJ), the card name inside Memo ("Sale; …", "Payment; …"), a Total: row',
      };
    },
  };
}
