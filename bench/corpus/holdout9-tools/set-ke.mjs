// Kenya: a Nairobi agro-inputs wholesaler. Standard Chartered Kenya current account statement (CSV from
// SC Online Banking) against Akaunting's Banking > Transactions export (XLSX, every account of the company).
import { SetBuilder, businessDays, fmtDate, grouped } from './core.mjs';

const FILE_BANK = 'stanchart-ke-current-0102-may2025.csv';
const FILE_LEDGER = 'akaunting-transactions-may2025.xlsx';
const ACCOUNT = 'Standard Chartered KES Current';
const MPESA = 'M-PESA Paybill 522533';

export function buildKe(r, seed) {
  const days = businessDays(2025, 5, ['2025-05-01']);
  const D = (i) => days[i];
  const sb = new SetBuilder();
  let num = 1480; // Akaunting transaction numbers (TRA-...)
  const bank = (date, amount, text, ref = '') => ({ date, amount, text: text.slice(0, 70), ref });
  // Akaunting stores the amount unsigned; the type says which way it went.
  const tx = (date, amount, o) => ({
    date,
    amount,
    type: amount < 0 ? 'expense' : 'income',
    number: `TRA-${num++}`,
    account: ACCOUNT,
    document: o.document ?? '',
    contact: o.contact ?? '',
    category: o.category ?? (amount < 0 ? 'Purchase' : 'Sales'),
    description: o.description ?? '',
    method: o.method ?? 'Bank Transfer',
    reference: o.reference ?? '',
  });
  const inv = (n) => `INV-${String(n).padStart(5, '0')}`;
  const exciseOn = (date, fee) => sb.bankOnly(bank(date, -Math.round(fee * 0.2), 'EXCISE DUTY ON CHARGES'), 'tax');
  const pesalinkFee = (date) => {
    sb.bankOnly(bank(date, -5000, 'PESALINK TRANSFER CHARGE'), 'charge');
    exciseOn(date, 5000);
  };

  // --- customer receipts quoting the invoice (PesaLink, RTGS, EFT) ---
  const refd = [
    [
      0,
      'PESALINK IN',
      'JOHN KAMAU MWANGI',
      'Kamau Agrovet Limuru',
      'accounts@kamauagrovet.co.ke',
      412,
      (n) => `INV${n}`,
      'ref-no-padding',
    ],
    [1, 'RTGS IN', 'NAIVAS LIMITED', 'Naivas Ltd', 'payables@naivas.co.ke', 415, (n) => inv(n), 'ref-canonical'],
    [
      3,
      'EFT CR',
      'KAKUZI PLC',
      'Kakuzi PLC',
      'ap@kakuzi.co.ke',
      418,
      (n) => `inv ${String(n).padStart(5, '0')}`,
      'ref-lowercase',
    ],
    [
      5,
      'PESALINK IN',
      'MURANGA FARMERS COOP SOC',
      "Murang'a Farmers Co-operative Society",
      'treasurer@mfcs.co.ke',
      421,
      (n) => `INV-${n}`,
      'ref-no-padding',
    ],
    [
      7,
      'RTGS IN',
      'KAPA OIL REFINERIES LTD',
      'Kapa Oil Refineries',
      'creditors@kapa.co.ke',
      423,
      (n) => inv(n),
      'ref-canonical',
    ],
    [
      9,
      'PESALINK IN',
      'GRACE WANJIKU NJOROGE',
      'Njoroge Agro Stores Nyeri',
      'gwnjoroge@gmail.com',
      427,
      (n) => `${n}`,
      'ref-serial-only',
    ],
    [
      11,
      'EFT CR',
      'KAKUZI PLC',
      'Kakuzi PLC',
      'ap@kakuzi.co.ke',
      430,
      (n) => `inv ${String(n).padStart(5, '0')}`,
      'ref-lowercase',
    ],
    [13, 'RTGS IN', 'NAIVAS LIMITED', 'Naivas Ltd', 'payables@naivas.co.ke', 434, (n) => inv(n), 'ref-canonical'],
    [
      16,
      'PESALINK IN',
      'JOHN KAMAU MWANGI',
      'Kamau Agrovet Limuru',
      'accounts@kamauagrovet.co.ke',
      438,
      (n) => `INV${n}`,
      'ref-no-padding',
    ],
    [
      18,
      'EFT CR',
      'SUNRIPE (1976) LTD',
      'Sunripe 1976 Ltd',
      'finance@sunripe.co.ke',
      441,
      (n) => `INV ${String(n).padStart(5, '0')}`,
      'ref-spaces',
    ],
    [
      4,
      'PESALINK IN',
      'ELDORET GRAIN MILLERS',
      'Eldoret Grain Millers Ltd',
      'accounts@egm.co.ke',
      419,
      (n) => `INV.${n}`,
      'ref-no-padding',
    ],
    [
      10,
      'EFT CR',
      'MUMIAS SUGAR OUTGROWERS',
      'Mumias Outgrowers Company',
      'moco@gmail.com',
      432,
      (n) => inv(n),
      'ref-canonical',
    ],
    [
      15,
      'PESALINK IN',
      'MACHAKOS AGROVET AND HARDWARE',
      'Machakos Agrovet & Hardware',
      'machakosagrovet@gmail.com',
      437,
      (n) => `inv ${n}`,
      'ref-lowercase',
    ],
    [19, 'RTGS IN', 'KAKUZI PLC', 'Kakuzi PLC', 'ap@kakuzi.co.ke', 443, (n) => inv(n), 'ref-canonical'],
  ];
  for (const [di, head, sender, contactName, email, n, write, trait] of refd) {
    const amt = r.money(18000, 950000, 1);
    sb.match(
      bank(D(di), amt, `${head}-${sender}-${write(n)}`, `FT25${r.digits(8)}`),
      tx(D(di), amt, {
        document: inv(n),
        contact: email,
        description: `Payment for ${inv(n)} - ${contactName}`,
        reference: '',
      }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: [trait],
      },
    );
  }

  // Withholding VAT agents pay 2% of the taxable value short; Akaunting has the payment at the invoice total.
  for (const [di, sender, contactName, email, n] of [
    [8, 'KENYA SEED COMPANY LTD', 'Kenya Seed Company', 'ap@kenyaseed.co.ke', 425],
    [15, 'NEW KCC LTD', 'New KCC', 'payables@newkcc.co.ke', 436],
  ]) {
    const taxable = r.money(80000, 400000, 1);
    const total = Math.round(taxable * 1.16);
    const paid = total - Math.round(taxable * 0.02);
    sb.match(
      bank(D(di), paid, `RTGS IN-${sender}-${inv(n)} LESS WHVAT`, `FT25${r.digits(8)}`),
      tx(D(di), total, { document: inv(n), contact: email, description: `Payment for ${inv(n)} - ${contactName}` }),
      {
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'reference',
        traits: ['ref-canonical', 'short-withholding-vat-2pct'],
      },
    );
  }

  // Receipts that name the customer only.
  for (const [di, head, sender, contactName, email, trait] of [
    [2, 'PESALINK IN', 'PETER OTIENO OUMA', 'Otieno Ouma Peter - Kisumu', 'p.otieno@yahoo.com', 'partner-name-fuzzy'],
    [6, 'EFT CR', 'TWIGA FOODS LIMITED', 'Twiga Foods', 'ap@twiga.com', 'name-only'],
    [12, 'PESALINK IN', 'NAKURU GREEN GROWERS', 'Nakuru Green Growers Ltd', 'nakurugreen@gmail.com', 'name-only'],
    [
      16,
      'EFT CR',
      'KIRINYAGA RICE FARMERS SAC',
      'Kirinyaga Rice Farmers SACCO',
      'krfsacco@gmail.com',
      'partner-name-fuzzy',
    ],
    [
      20,
      'PESALINK IN',
      'ANN WAMBUI KARIUKI',
      'Wambui Ann (Thika Agro Point)',
      'thikaagropoint@gmail.com',
      'partner-name-fuzzy',
    ],
  ]) {
    const amt = r.money(25000, 300000, 10);
    sb.match(
      bank(D(di), amt, `${head}-${sender}-PAYMENT`, `FT25${r.digits(8)}`),
      tx(D(di), amt, { contact: email, description: `Receipt - ${contactName}` }),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: [trait],
      },
    );
  }

  // One RTGS for three invoices, all quoted; Akaunting has one payment per invoice.
  {
    const parts = [r.money(60000, 150000, 1), r.money(40000, 90000, 1), r.money(20000, 60000, 1)];
    const total = parts.reduce((a, b) => a + b, 0);
    sb.match(
      bank(D(10), total, `RTGS IN-KAPA OIL REFINERIES LTD-INV 428/429/431`, `FT25${r.digits(8)}`),
      [428, 429, 431].map((n, i) =>
        tx(D(10), parts[i], {
          document: inv(n),
          contact: 'creditors@kapa.co.ke',
          description: `Payment for ${inv(n)} - Kapa Oil Refineries`,
        }),
      ),
      { decision: 'auto', evidence: 'reference', traits: ['ref-no-padding', 'split-one-to-many'] },
    );
  }

  // A customer who overpaid, quoting the invoice.
  {
    const due = r.money(30000, 70000, 1) + 45;
    const paid = Math.ceil((due + 1) / 100000) * 100000;
    sb.match(
      bank(D(14), paid, `PESALINK IN-GRACE WANJIKU NJOROGE-${inv(433)}`, `FT25${r.digits(8)}`),
      tx(D(14), due, {
        document: inv(433),
        contact: 'gwnjoroge@gmail.com',
        description: `Payment for ${inv(433)} - Njoroge Agro Stores Nyeri`,
      }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical', 'over-payment'],
        difference: paid - due,
      },
    );
  }

  // M-PESA paybill swept to the bank: Akaunting records the sweep as a transfer between its two accounts.
  for (const di of [2, 4, 6, 8, 10, 12, 14, 17, 19]) {
    const amt = r.money(40000, 260000, 0.01);
    const receipt = `T${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}${r.digits(1)}${String.fromCharCode(65 + r.int(0, 25))}${r.digits(3)}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`;
    sb.match(
      bank(D(di), amt, `MPESA B2B SETTLEMENT 522533 WANJIRU OTIENO AGRO ${receipt}`, receipt),
      tx(D(di), amt, {
        category: 'Transfer',
        method: 'Bank Transfer',
        description: `Transfer from ${MPESA}`,
        reference: receipt,
      }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['interbank-transfer', 'ref-canonical'],
      },
    );
    sb.extraLedger.push({
      ...tx(D(di), -amt, { category: 'Transfer', description: `Transfer to ${ACCOUNT}`, reference: receipt }),
      account: MPESA,
    });
  }
  // Customer M-PESA receipts on the paybill itself (another account in the export, not this statement's).
  for (let i = 0; i < 6; i++) {
    sb.extraLedger.push({
      ...tx(D(r.int(0, 19)), r.money(1500, 40000, 1), {
        contact: '',
        category: 'Sales',
        method: 'M-PESA',
        description: `Paybill receipt acc ${inv(400 + i)}`,
        reference: `T${r.digits(9)}`,
      }),
      account: MPESA,
    });
  }

  // Twins: two identical RTGS receipts from the same county government on one day (two LPOs of equal value).
  {
    const amt = r.money(200000, 400000, 100);
    sb.twins(
      [
        bank(D(17), amt, 'RTGS IN-COUNTY GOVT OF KIAMBU-LPO PAYMENT', `FT25${r.digits(8)}`),
        bank(D(17), amt, 'RTGS IN-COUNTY GOVT OF KIAMBU-LPO PAYMENT', `FT25${r.digits(8)}`),
      ],
      [
        tx(D(17), amt, { contact: 'finance@kiambu.go.ke', description: 'Receipt - County Government of Kiambu' }),
        tx(D(17), amt, { contact: 'finance@kiambu.go.ke', description: 'Receipt - County Government of Kiambu' }),
      ],
      { decision: 'suggest', mustNotAuto: false, evidence: 'counterparty', traits: ['twins'] },
    );
    sb.bankOnly(bank(D(17), -20000, 'RTGS INWARD CHARGE'), 'charge');
    exciseOn(D(17), 20000);
    sb.bankOnly(bank(D(17), -20000, 'RTGS INWARD CHARGE'), 'charge');
    exciseOn(D(17), 20000);
  }

  // Cheque received and cleared; the book entry names the cheque.
  {
    const amt = r.money(45000, 120000, 1);
    sb.match(
      bank(D(4), amt, 'INWARD CLEARING CHQ 000341 EQUITY', '000341'),
      tx(D(2), amt, {
        contact: 'info@meruagrodealers.co.ke',
        description: 'Receipt - Meru Agro Dealers chq 341',
        method: 'Cheque',
      }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['cheque-number', 'ref-no-padding'],
      },
    );
  }

  // --- supplier payments ---
  const bills = [
    [1, 'PESALINK OUT', 'ELGON KENYA LIMITED', 'Elgon Kenya', 'EKL/SI/50211'],
    [4, 'RTGS OUT', 'SYNGENTA EAST AFRICA LTD', 'Syngenta East Africa', 'SEA9904512'],
    [7, 'PESALINK OUT', 'AMIRAN KENYA LTD', 'Amiran Kenya', 'AK-INV-77120'],
    [11, 'RTGS OUT', 'MEA LIMITED', 'MEA Ltd (Fertilizers)', 'MEA/25/03318'],
    [15, 'PESALINK OUT', 'ELGON KENYA LIMITED', 'Elgon Kenya', 'EKL/SI/50377'],
    [13, 'PESALINK OUT', 'TWIGA CHEMICAL INDUSTRIES', 'Twiga Chemical Industries', 'TCI-INV-33081'],
    [18, 'RTGS OUT', 'SYNGENTA EAST AFRICA LTD', 'Syngenta East Africa', 'SEA9904790'],
  ];
  for (const [di, head, benef, name, bill] of bills) {
    const amt = r.money(60000, 1400000, 0.01);
    sb.match(
      bank(D(di), -amt, `${head}-${benef}-${bill}`, `FT25${r.digits(8)}`),
      tx(D(di), -amt, { contact: name, description: `Bill ${bill} - ${name}`, document: `BILL-${bill}` }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    if (head === 'RTGS OUT') {
      sb.bankOnly(bank(D(di), -50000, 'RTGS OUTWARD CHARGE'), 'charge');
      exciseOn(D(di), 50000);
    } else pesalinkFee(D(di));
  }
  // A PesaLink that failed, came back, and went again.
  {
    const amt = r.money(40000, 90000, 1);
    const ref = `FT25${r.digits(8)}`;
    sb.reversal(
      bank(D(8), -amt, 'PESALINK OUT-OSHO CHEMICAL INDUSTRIES-PAYMENT', ref),
      bank(D(8), amt, `REVERSAL ${ref} PESALINK OUT-OSHO CHEMICAL IND`, ref),
      'failed PesaLink and its reversal',
    );
    pesalinkFee(D(8));
    sb.match(
      bank(D(9), -amt, 'PESALINK OUT-OSHO CHEMICAL INDUSTRIES-PAYMENT', `FT25${r.digits(8)}`),
      tx(D(8), -amt, { contact: 'Osho Chemical Industries', description: 'Payment - Osho Chemical Industries' }),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
      },
    );
    pesalinkFee(D(9));
  }

  // KRA, NSSF, SHIF, Housing Levy: paid by PRN; the bookkeeper writes the PRN or the month.
  {
    const prn = `2025${r.digits(6)}11`;
    const paye = r.money(80000, 140000, 1);
    sb.match(
      bank(D(5), -paye, `KRA PAYMENT PRN ${prn} PAYE`, prn),
      tx(D(5), -paye, {
        contact: 'Kenya Revenue Authority',
        category: 'Taxes',
        description: `PAYE April 2025 PRN ${prn}`,
      }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    const prn2 = `2025${r.digits(6)}12`;
    const vat = r.money(150000, 260000, 1);
    sb.match(
      bank(D(12), -vat, `KRA PAYMENT PRN ${prn2}`, prn2),
      tx(D(12), -vat, {
        contact: 'Kenya Revenue Authority',
        category: 'Taxes',
        description: `VAT April 2025 PRN ${prn2}`,
      }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    const shif = r.money(9000, 14000, 1);
    sb.match(
      bank(D(6), -shif, 'SHA/SHIF CONTRIBUTION APR25 EMP 0045512', `SHA${r.digits(7)}`),
      tx(D(7), -shif, { contact: 'Social Health Authority', category: 'Payroll', description: 'SHIF April 2025' }),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only', 'late-posting'],
      },
    );
    const nssf = r.money(6000, 9000, 1);
    sb.match(
      bank(D(6), -nssf, 'NSSF CONTRIBUTIONS APRIL 2025', `NSSF${r.digits(7)}`),
      tx(D(6), -nssf, { contact: 'NSSF', category: 'Payroll', description: 'NSSF Tier I & II April 2025' }),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
      },
    );
    // Housing levy: entered in Akaunting, paid on 9 June
    sb.ledgerOnly(
      tx(D(19), -r.money(5000, 8000, 1), {
        contact: 'Kenya Revenue Authority',
        category: 'Payroll',
        description: 'Affordable Housing Levy May 2025',
      }),
      'entered at month-end, paid in June',
    );
  }

  // Salaries: one bulk line against the payroll payment; a casual's salary advance by M-PESA B2C the books missed.
  {
    const net = r.money(700000, 900000, 0.01);
    sb.match(
      bank(D(19), -net, 'BULK PAYMENT SALARIES MAY 2025 31 TXNS', `BP${r.digits(8)}`),
      tx(D(19), -net, { contact: '', category: 'Payroll', description: 'Net salaries May 2025' }),
      {
        decision: 'auto',
        evidence: 'reference',
        traits: ['ref-canonical'],
      },
    );
    sb.bankOnly(bank(D(19), -31 * 3000, 'BULK PAYMENT CHARGES'), 'charge');
    exciseOn(D(19), 31 * 3000);
  }

  // Standing order for the Industrial Area godown rent; a debit for a tracking subscription nobody booked.
  {
    const rent = r.money(120000, 180000, 1000);
    sb.match(
      bank(D(0), -rent, 'STANDING ORDER TO MARAGWA PROPERTIES-GODOWN RENT'),
      tx(D(0), -rent, {
        contact: 'Maragwa Properties Ltd',
        category: 'Rent',
        description: 'Godown rent May 2025',
        method: 'Standing Order',
      }),
      {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
      },
    );
  }
  sb.none(
    bank(D(13), -r.money(4000, 9000, 1), 'DIRECT DEBIT-CARTRACK KENYA-SUBSCRIPTION', `DD${r.digits(8)}`),
    'vehicle tracking debit not booked',
  );
  sb.none(
    bank(D(16), r.money(5000, 20000, 1), 'PESALINK IN-SAMWEL KIPRONO-', `FT25${r.digits(8)}`),
    'unidentified receipt',
  );

  // A cheque paid out and not presented; a receipt booked before the money came.
  sb.ledgerOnly(
    tx(D(18), -r.money(30000, 60000, 1), {
      contact: 'Kenya Power',
      description: 'Kenya Power - chq 000117',
      method: 'Cheque',
      category: 'Utilities',
    }),
    'cheque not yet presented',
  );
  sb.ledgerOnly(
    tx(D(19), r.money(50000, 90000, 1), {
      document: inv(445),
      contact: 'payables@naivas.co.ke',
      description: `Payment for ${inv(445)} - Naivas Ltd`,
    }),
    'remittance advice received, funds arrived 2 June',
  );

  // Monthly charges.
  sb.bankOnly(bank(D(19), -150000, 'MONTHLY MAINTENANCE FEE'), 'charge');
  exciseOn(D(19), 150000);
  sb.bankOnly(bank(D(19), -r.int(40, 80) * 500, 'SMS ALERT CHARGES'), 'charge');
  sb.bankOnly(bank(D(3), -30000, 'CHEQUE BOOK ISSUE CHARGE'), 'charge');
  sb.bankOnly(bank(D(20), -50000, 'LEDGER FEE'), 'charge');
  exciseOn(D(20), 50000);
  exciseOn(D(3), 30000);

  const cfg = {
    set: 'ke-stanchart-akaunting',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2025-05-01', to: '2025-05-31' },
    seed,
    ledgerAccount: ACCOUNT,
    bankFile: {
      file: FILE_BANK,
      bank: 'Standard Chartered Bank Kenya',
      kind: 'csv',
      opening: r.money(1200000, 2500000, 0.01),
      preamble: ({ opening, closing }) => [
        ['Standard Chartered Bank Kenya Limited'],
        ['Account Statement'],
        ['Account Name', 'WANJIRU & OTIENO AGRO SUPPLIES LTD'],
        ['Account Number', '0102****4455'],
        ['Currency', 'KES'],
        ['From', '01/05/2025', 'To', '31/05/2025'],
        ['Opening Balance', grouped(opening)],
        ['Closing Balance', grouped(closing)],
        [],
      ],
      header: [
        'Transaction Date',
        'Value Date',
        'Description',
        'Cheque / Reference',
        'Debit Amount',
        'Credit Amount',
        'Running Balance',
      ],
      cells: (b) => [
        fmtDate(b.date, 'DD/MM/YYYY'),
        fmtDate(b.date, 'DD/MM/YYYY'),
        b.text,
        b.ref,
        b.amount < 0 ? grouped(-b.amount) : '',
        b.amount > 0 ? grouped(b.amount) : '',
        grouped(b.balance),
      ],
      text: (b) => b.text,
      json: (b) => ({ narration: b.text, reference: b.ref || null, counterparty: null }),
      readOptions: {
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Cheque / Reference',
          moneyOut: 'Debit Amount',
          moneyIn: 'Credit Amount',
          balance: 'Running Balance',
        },
        currency: 'KES',
        dateOrder: 'DMY',
      },
    },
    ledgerFile: {
      file: FILE_LEDGER,
      package: 'Akaunting (Banking > Transactions > Export, all accounts)',
      kind: 'xlsx',
      sheet: 'transactions',
      cols: [9, 10, 20, 12, 7, 7, 30, 14, 28, 12, 44, 14, 14, 10],
      render: (rows, extra) => {
        const out = [
          {
            header: true,
            cells: [
              'type',
              'number',
              'paid_at',
              'amount',
              'currency_code',
              'currency_rate',
              'account_name',
              'document_number',
              'contact_email',
              'category_name',
              'description',
              'payment_method',
              'reference',
              'reconciled',
            ],
          },
        ];
        // Akaunting exports by transaction number, both accounts interleaved
        const all = [...rows, ...extra].sort((a, b) =>
          a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.number.slice(4)) - Number(b.number.slice(4)),
        );
        for (const l of all) {
          out.push({
            entry: l.account === ACCOUNT ? l : undefined,
            cells: [
              l.type,
              l.number,
              `${l.date} 00:00:00`,
              { n: Math.abs(l.amount) / 100, z: '0.00' },
              'KES',
              { n: 1, z: '0' },
              l.account,
              l.document,
              l.contact,
              l.category,
              l.description,
              l.method,
              l.reference,
              { n: 0, z: '0' },
            ],
          });
        }
        return out;
      },
      // what the mapping reads: description and document number joined, the reference column as the reference
      json: (l) => ({
        reference: l.reference || null,
        description: l.document ? `${l.description} — ${l.document}` : l.description,
        party: l.contact || null,
        account: ACCOUNT,
      }),
      readOptions: {
        sheet: 'transactions',
        mapping: {
          date: 'paid_at',
          amount: 'amount',
          direction: { column: 'type', out: ['expense'], in: ['income'] },
          account: 'account_name',
          description: ['description', 'document_number'],
          reference: 'reference',
          party: 'contact_email',
          journalId: 'number',
        },
        currency: 'KES',
      },
    },
  };
  return { cfg, sb };
}
