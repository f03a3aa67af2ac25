// Each business: its bank's narrations and charges, its books' wording, invoice numbering and statutory payments.
import { share, workingDays } from './lib41.mjs';
import { partiesOf } from './names41.mjs';

const WRITING_TRAITS = [
  'ref-canonical',
  'ref-lowercase',
  'ref-serial-only',
  'ref-digits-only',
  'ref-slashes',
  'ref-spaces',
];

function writingsOf(P) {
  return [
    (n) => `${P}-${n}`,
    (n) => `${P.toLowerCase()}${n}`,
    (n) => `INV ${n}`,
    (n) => `${n}`,
    (n) => `${P}/${n}`,
    (n) => `${P} ${n}`,
  ];
}

/** Invoice serials are five digits, unique within the month. */
function serials(r) {
  const seen = new Set();
  return () => {
    for (;;) {
      const n = r.digits(5);
      if (!seen.has(n)) {
        seen.add(n);
        return n;
      }
    }
  };
}

function base(country, r, extra) {
  const parties = partiesOf(country, r);
  const next = serials(r);
  const P = extra.prefix;
  return {
    ...parties,
    days: workingDays(extra.from, extra.to, extra.holidays),
    invNo: () => next(),
    inv: (n) => `${P}-${n}`,
    writings: writingsOf(P),
    writingTraits: WRITING_TRAITS,
    cnNo: () => `${extra.cnPrefix}${next()}`,
    chequeNo: () => `00${r.digits(4)}`,
    payerText: () => r.pick(extra.payerTexts),
    ourText: () => r.pick(extra.ourTexts),
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------------------------- NG
export function nigeria(r) {
  const D = base('NG', r, {
    prefix: 'AGQ',
    cnPrefix: 'NC-',
    from: '2028-06-01',
    to: '2028-06-30',
    holidays: ['2028-06-12'],
    payerTexts: ['SUPPLY PAYMENT', 'GOODS RECEIVED', 'JUNE SUPPLY', 'TRACTOR PARTS', 'PUMP SUPPLY'],
    ourTexts: ['JUNE SERVICES', 'SERVICES RENDERED', 'HAULAGE JUNE'],
  });
  const session = () => `${r.digits(6)}${r.digits(12)}${r.digits(12)}`;
  const emtl = (minor, ref) => (minor >= 1000000 ? [{ minor: 5000, text: 'EMTL CHARGE', ref, kind: 'levy' }] : []);
  const nipFee = (minor, ref) => {
    const [fee, vat] = minor <= 500000 ? [1000, 75] : minor <= 5000000 ? [2500, 188] : [5000, 375];
    return [
      { minor: fee, text: 'NIP TRANSFER FEE', ref, kind: 'charge' },
      { minor: vat, text: 'VAT ON NIP TRANSFER FEE', ref, kind: 'fee-vat' },
    ];
  };
  const out = (name, text, minor) => {
    const ref = `FTN${r.digits(10)}`;
    return { text: `NIP TRANSFER TO ${name} / ${text}`, ref, charges: nipFee(minor, ref) };
  };
  Object.assign(D, {
    invRange: [15000000, 480000000],
    billRange: [8000000, 260000000],
    roundTo: 100000,
    short: (m) => share(m, 50, 1075),
    shortWord: 'LESS WHT',
    shortTrait: 'short-withholding-tax-5pct',
    lessWord: 'LESS',
    poWord: 'LPO',
    tripWord: 'TRIP',
    refundWord: 'REFUND',
    supplierRefundText: 'REFUND OVERPAYMENT',
    limit: 500000000,
    bankIn: (p, text, minor, ref) => {
      const s = session();
      return { text: `NIP TRANSFER FROM ${p.bank} / ${text}`, ref: ref ?? s, charges: emtl(minor, ref ?? s) };
    },
    cash: (c) => ({ text: `CASH DEPOSIT BY ${c.bank} - IKEJA BRANCH`, ref: `CSH${r.digits(8)}` }),
    bankOut: (s, text, minor) => out(s.bank, text, minor),
    reversal: (s, failed) => ({ text: `REVERSAL - ${failed.text} - BENEFICIARY ACCOUNT DORMANT`, ref: failed.ref }),
    billNo: () => `FT-${r.digits(5)}`,
    book: {
      receipt: (doc) => `Recebimento ${doc}`,
      receiptNet: (doc, cn) => `Recebimento ${doc} líquido da ${cn}`,
      payment: (doc) => (doc ? `Pagamento ${doc}` : 'Pagamento a fornecedor'),
      refundOut: (cn) => `Devolução ao cliente ${cn}`,
      refundIn: () => 'Estorno de fornecedor',
      cheque: (ch) => `Cheque nº ${ch}`,
      lodged: (doc) => `Depósito de cheque ${doc}`,
      settlement: (st, id) => `Vendas ${st.name}${id ? ` ${id}` : ''}`,
      settlementFee: (st, id) => `Tarifa ${st.name} ${id}`,
    },
    ledgerOnlyWhy: [
      'cheque not yet presented',
      'transfer booked on the last day, paid by the bank next month',
      'cheque lodged on the last day, not yet credited',
    ],
    settlements: [
      {
        name: 'Paystack',
        party: 'Paystack',
        feePermille: 15,
        id: () => `PSK${r.digits(9)}`,
        bank: (id) => ({
          text: `PAYSTACK PAYOUT ${id}`,
          ref: id,
          charges: [{ minor: 5000, text: 'EMTL CHARGE', ref: id, kind: 'levy' }],
        }),
      },
      {
        name: 'Flutterwave',
        party: 'Flutterwave',
        feePermille: 14,
        id: () => `FLW${r.digits(9)}`,
        bank: (id) => ({
          text: `FLUTTERWAVE SETTLEMENT ${id}`,
          ref: id,
          charges: [{ minor: 5000, text: 'EMTL CHARGE', ref: id, kind: 'levy' }],
        }),
      },
      {
        name: 'Moniepoint POS',
        party: 'Moniepoint',
        feePermille: 5,
        evidence: 'counterparty',
        id: () => null,
        bank: () => ({
          text: 'MONIEPOINT POS SETTLEMENT',
          ref: '',
          charges: [{ minor: 5000, text: 'EMTL CHARGE', ref: '', kind: 'levy' }],
        }),
      },
    ],
    payrollRange: [900000000, 1600000000],
    payroll: () => {
      const batch = `BTC${r.digits(8)}`;
      return {
        batch,
        book: `Folha de pagamento jun/2028 lote ${batch}`,
        bankLine: () => ({
          text: `BULK TRANSFER - SALARY JUN 2028 - 23 BENEFICIARIES - ${batch}`,
          ref: batch,
          charges: [
            { minor: 46000, text: 'BULK TRANSFER FEE (23)', ref: batch, kind: 'charge' },
            { minor: 3450, text: 'VAT ON BULK TRANSFER FEE', ref: batch, kind: 'fee-vat' },
          ],
        }),
      };
    },
    statutory: () => {
      const lirs = r.digits(12);
      const rrr = r.digits(12);
      const prn = r.digits(13);
      return [
        {
          range: [90000000, 180000000],
          dayLo: 5,
          dayHi: 8,
          doc: lirs,
          book: 'PAYE LIRS mai/2028',
          party: 'Lagos State Internal Revenue Service',
          bankLine: () => ({ text: `LIRS E-TAX PAYE MAY 2028 REF ${lirs}`, ref: lirs }),
        },
        {
          range: [60000000, 120000000],
          dayLo: 5,
          dayHi: 9,
          doc: `${rrr.slice(0, 4)}-${rrr.slice(4, 8)}-${rrr.slice(8)}`,
          book: 'Pensão mai/2028 via Remita',
          party: 'PFA via Remita',
          bankLine: () => ({ text: `REMITA PENSION MAY 2028 RRR ${rrr}`, ref: rrr }),
        },
        {
          range: [150000000, 400000000],
          dayLo: 10,
          dayHi: 14,
          doc: prn,
          book: 'IVA/VAT mai/2028 NRS',
          party: 'Nigeria Revenue Service',
          bankLine: () => ({ text: `NRS VAT MAY 2028 PRN ${prn}`, ref: prn }),
        },
      ];
    },
    utilities: () => {
      const a = r.digits(10);
      const b = r.digits(8);
      return [
        {
          range: [18000000, 60000000],
          doc: a,
          book: `Energia EKEDC conta ${a}`,
          party: 'Eko Electricity Distribution',
          bankLine: () => ({ text: `BILLS PAYMENT - EKEDC POSTPAID - ${a}`, ref: `BP${r.digits(9)}` }),
        },
        {
          range: [5000000, 15000000],
          doc: b,
          book: `Internet Spectranet conta ${b}`,
          party: 'Spectranet',
          bankLine: () => ({ text: `BILLS PAYMENT - SPECTRANET - ${b}`, ref: `BP${r.digits(9)}` }),
        },
      ];
    },
    unbooked: {
      range: [3000000, 9000000],
      trait: 'card-purchase',
      bankLine: () => ({ text: 'POS PURCHASE - SHOPRITE LEKKI LAGOS', ref: `POS${r.digits(9)}` }),
    },
    lastMonth: () => {
      const ch = `00${r.digits(4)}`;
      return { trait: 'last-month-cheque', bankLine: () => ({ text: `INWARD CLEARING - CHQ NO ${ch}`, ref: ch }) };
    },
    monthEnd: (lines) => {
      const debits = lines.filter((l) => l.minor < 0 && l.decision !== 'bank-only').reduce((s, l) => s - l.minor, 0);
      const amf = share(debits, 1, 1000);
      return [
        { minor: 400 * lines.length, text: `SMS ALERT CHARGES (${lines.length})`, kind: 'charge' },
        { minor: amf, text: 'ACCOUNT MAINTENANCE FEE', kind: 'charge' },
        { minor: share(amf, 75, 1000), text: 'VAT ON ACCOUNT MAINTENANCE FEE', kind: 'fee-vat' },
      ];
    },
  });
  const acct = r.digits(10);
  D.own = {
    range: [300000000, 450000000],
    sign: -1,
    doc: acct,
    book: `Transferência para Zenith c/c ${acct}`,
    bankLine: (m) => out('AGROMAQ NIGERIA LTD', `OWN A/C ZENITH ${acct}`, m),
  };
  return D;
}

// ---------------------------------------------------------------------------------------------------------------- GH
export function ghana(r) {
  const D = base('GH', r, {
    prefix: 'GV',
    cnPrefix: 'CN-',
    from: '2028-03-01',
    to: '2028-03-31',
    holidays: ['2028-03-06'],
    payerTexts: ['SEEDS AND KITS', 'GREENHOUSE KIT', 'DRIP LINES', 'SUPPLIES', 'GOODS'],
    ourTexts: ['MARCH SERVICES', 'SERVICES', 'MARCH HAULAGE'],
  });
  const gipFee = (minor) => (minor <= 100000 ? 200 : minor <= 1000000 ? 800 : 1200);
  const out = (name, text, minor) => {
    const ref = `NRB${r.digits(9)}`;
    return {
      text: `GIP TRANSFER TO ${name} - ${text}`,
      ref,
      charges: [{ minor: gipFee(minor), text: 'GIP TRANSFER CHARGE', ref, kind: 'charge' }],
    };
  };
  Object.assign(D, {
    invRange: [300000, 6000000],
    billRange: [200000, 4000000],
    roundTo: 10000,
    short: (m) => share(m, 3, 120),
    shortWord: 'LESS WHT',
    shortTrait: 'short-withholding-tax-3pct',
    lessWord: 'LESS',
    poWord: 'PO',
    tripWord: 'WAYBILL',
    refundWord: 'REFUND',
    supplierRefundText: 'REFUND',
    limit: 5000000,
    bankIn: (p, text, minor, ref) => ({
      text: `GIP CREDIT FROM ${p.bank} - ${text}`,
      ref: ref ?? `GIP${r.digits(12)}`,
    }),
    cash: (c) => ({ text: `CASH DEPOSIT - ${c.bank} - ADUM BRANCH`, ref: `CD${r.digits(8)}` }),
    bankOut: (s, text, minor) => out(s.bank, text, minor),
    reversal: (s, failed) => ({ text: `REV ${failed.text} - INVALID ACCOUNT`, ref: failed.ref }),
    billNo: () => `INV${r.digits(5)}`,
    book: {
      receipt: (doc) => `Ontvangst factuur ${doc}`,
      receiptNet: (doc, cn) => `Ontvangst factuur ${doc} minus ${cn}`,
      payment: (doc) => (doc ? `Betaling factuur ${doc}` : 'Betaling leverancier'),
      refundOut: (cn) => `Terugbetaling creditnota ${cn}`,
      refundIn: () => 'Terugbetaling van leverancier',
      cheque: (ch) => `Cheque ${ch} uitgeschreven`,
      lodged: (doc) => `Cheque ontvangen ${doc}`,
      settlement: (st, id) => `Ontvangst ${st.name}${id ? ` ${id}` : ''}`,
      settlementFee: (st, id) => `Kosten ${st.name} ${id}`,
    },
    ledgerOnlyWhy: [
      'cheque not yet presented',
      'transfer booked on the last day, paid by the bank next month',
      'cheque lodged on the last day, not yet credited',
    ],
    settlements: [
      {
        name: 'MTN MoMo',
        party: 'MTN MoMo',
        feePermille: 10,
        id: () => `MMS${r.digits(10)}`,
        bank: (id) => ({ text: `MTN MOMO MERCHANT SETTLEMENT ${id}`, ref: id }),
      },
      {
        name: 'expressPay',
        party: 'expressPay',
        feePermille: 20,
        id: () => `EXP${r.digits(9)}`,
        bank: (id) => ({ text: `EXPRESSPAY SETTLEMENT ${id}`, ref: id }),
      },
      {
        name: 'Telecel Cash',
        party: 'Telecel Cash',
        feePermille: 10,
        evidence: 'counterparty',
        id: () => null,
        bank: () => ({ text: 'TELECEL CASH MERCHANT SWEEP', ref: '' }),
      },
    ],
    payrollRange: [9000000, 16000000],
    payroll: () => {
      const batch = `BLK${r.digits(8)}`;
      return {
        batch,
        book: `Salarissen maart 2028 batch ${batch}`,
        bankLine: () => ({
          text: `BULK SALARY PAYMENT MAR 2028 - 17 STAFF - ${batch}`,
          ref: batch,
          charges: [{ minor: 2550, text: 'BULK PAYMENT CHARGE (17)', ref: batch, kind: 'charge' }],
        }),
      };
    },
    statutory: () => {
      const paye = r.digits(12);
      const ssnit = r.digits(9);
      const vat = r.digits(12);
      return [
        {
          range: [1500000, 3000000],
          dayLo: 5,
          dayHi: 9,
          doc: `${paye.slice(0, 4)} ${paye.slice(4, 8)} ${paye.slice(8)}`,
          book: 'Loonheffing PAYE februari 2028 GRA',
          party: 'Ghana Revenue Authority',
          bankLine: () => ({ text: `GRA PAYE FEB 2028 PRN ${paye}`, ref: paye }),
        },
        {
          range: [1200000, 2500000],
          dayLo: 5,
          dayHi: 9,
          doc: ssnit,
          book: 'SSNIT premie februari 2028',
          party: 'SSNIT',
          bankLine: () => ({ text: `SSNIT CONTRIBUTION FEB 2028 ER NO ${ssnit}`, ref: `SSN${r.digits(8)}` }),
        },
        {
          range: [2500000, 6000000],
          dayLo: 12,
          dayHi: 16,
          doc: vat,
          book: 'Btw/VAT februari 2028 GRA',
          party: 'Ghana Revenue Authority',
          bankLine: () => ({ text: `GRA VAT FEB 2028 PRN ${vat}`, ref: vat }),
        },
      ];
    },
    utilities: () => {
      const a = r.digits(9);
      const b = r.digits(10);
      return [
        {
          range: [300000, 900000],
          doc: a,
          book: `Elektriciteit ECG ${a}`,
          party: 'Electricity Company of Ghana',
          bankLine: () => ({ text: `ECG POSTPAID BILL ${a}`, ref: `UB${r.digits(9)}` }),
        },
        {
          range: [50000, 200000],
          doc: b,
          book: `Water Ghana Water ${b}`,
          party: 'Ghana Water Limited',
          bankLine: () => ({ text: `GHANA WATER BILL ${b}`, ref: `UB${r.digits(9)}` }),
        },
      ];
    },
    unbooked: {
      range: [40000, 150000],
      trait: 'card-purchase',
      bankLine: () => ({ text: 'POS PURCHASE - SHOPRITE KUMASI CITY MALL', ref: `POS${r.digits(9)}` }),
    },
    lastMonth: () => {
      const ch = `00${r.digits(4)}`;
      return { trait: 'last-month-cheque', bankLine: () => ({ text: `INWARD CLEARING CHQ ${ch}`, ref: ch }) };
    },
    monthEnd: (lines) => {
      const debits = lines.filter((l) => l.minor < 0 && l.decision !== 'bank-only').reduce((s, l) => s - l.minor, 0);
      return [
        { minor: share(debits, 1, 1000), text: 'COMMISSION ON TURNOVER', kind: 'charge' },
        { minor: 20 * lines.length, text: `SMS ALERT CHARGES (${lines.length})`, kind: 'charge' },
        { minor: 2500, text: 'ACCOUNT SERVICE FEE', kind: 'charge' },
      ];
    },
  });
  const acct = r.digits(13);
  D.own = {
    range: [8000000, 12000000],
    sign: 1,
    doc: acct,
    book: `Overboeking van Ecobank ${acct}`,
    bankLine: () => ({ text: `GIP CREDIT FROM GROENVELD AGRI GHANA - ECOBANK A/C ${acct}`, ref: `GIP${r.digits(12)}` }),
  };
  return D;
}

// ---------------------------------------------------------------------------------------------------------------- KE
export function kenya(r) {
  const D = base('KE', r, {
    prefix: 'VS',
    cnPrefix: 'HL-',
    from: '2028-04-01',
    to: '2028-04-30',
    holidays: ['2028-04-14', '2028-04-17'],
    payerTexts: ['PUMP SUPPLY', 'WATER UNIT', 'SOLAR PUMP', 'FILTERS', 'SUPPLY'],
    ourTexts: ['APRIL SERVICES', 'SERVICES', 'APRIL TRANSPORT'],
  });
  const LIMIT = 99999900;
  const out = (name, text, minor) => {
    const ref = `CMB${r.digits(10)}`;
    if (minor > LIMIT) {
      return {
        text: `RTGS OUT - ${name} - ${text}`,
        ref,
        charges: [
          { minor: 30000, text: 'RTGS CHARGE', ref, kind: 'charge' },
          { minor: 6000, text: 'EXCISE DUTY ON RTGS CHARGE', ref, kind: 'tax' },
        ],
      };
    }
    const fee = minor <= 10000000 ? 5000 : minor <= 50000000 ? 10000 : 15000;
    return {
      text: `PESALINK OUT - ${name} - ${text}`,
      ref,
      charges: [
        { minor: fee, text: 'PESALINK CHARGE', ref, kind: 'charge' },
        { minor: share(fee, 20, 100), text: 'EXCISE DUTY ON PESALINK CHARGE', ref, kind: 'tax' },
      ],
    };
  };
  Object.assign(D, {
    invRange: [4000000, 60000000],
    billRange: [3000000, 45000000],
    roundTo: 100000,
    short: (m) => share(m, 2, 116),
    shortWord: 'LESS WHVAT',
    shortTrait: 'short-withholding-vat-2pct',
    lessWord: 'LESS',
    poWord: 'LPO',
    tripWord: 'TRIP',
    refundWord: 'REFUND',
    supplierRefundText: 'REFUND',
    limit: LIMIT,
    bankIn: (p, text, minor, ref) =>
      minor > LIMIT
        ? { text: `RTGS IN - ${p.bank} - ${text}`, ref: ref ?? `RTG${r.digits(10)}` }
        : { text: `PESALINK IN - ${p.bank} - ${text}`, ref: ref ?? `PLK${r.digits(10)}` },
    cash: (c) => ({ text: `CASH DEPOSIT - ${c.bank} - UPPER HILL`, ref: `CD${r.digits(8)}` }),
    bankOut: (s, text, minor) => out(s.bank, text, minor),
    reversal: (s, failed) => ({ text: `REVERSAL ${failed.text} - ACCOUNT CLOSED`, ref: failed.ref }),
    billNo: () => `SI${r.digits(5)}`,
    book: {
      receipt: (doc) => `Myyntilasku ${doc} suoritus`,
      receiptNet: (doc, cn) => `Myyntilasku ${doc} suoritus, hyvitys ${cn}`,
      payment: (doc) => (doc ? `Ostolasku ${doc} maksu` : 'Ostolaskun maksu'),
      refundOut: (cn) => `Hyvityslasku ${cn} palautus`,
      refundIn: () => 'Palautus toimittajalta',
      cheque: (ch) => `Shekki ${ch}`,
      lodged: (doc) => `Shekki vastaanotettu ${doc}`,
      settlement: (st, id) => `Tilitys ${st.name}${id ? ` ${id}` : ''}`,
      settlementFee: (st, id) => `Palvelumaksu ${st.name} ${id}`,
    },
    ledgerOnlyWhy: [
      'cheque not yet presented',
      'transfer booked on the last day, paid by the bank next month',
      'cheque lodged on the last day, not yet credited',
    ],
    settlements: [
      {
        name: 'M-PESA Paybill',
        party: 'Safaricom M-PESA',
        feePermille: 5,
        id: () => `MPB${r.digits(9)}`,
        bank: (id) => ({ text: `MPESA PAYBILL SETTLEMENT ${id}`, ref: id }),
      },
      {
        name: 'Cellulant Tingg',
        party: 'Cellulant',
        feePermille: 25,
        id: () => `TNG${r.digits(9)}`,
        bank: (id) => ({ text: `CELLULANT TINGG PAYOUT ${id}`, ref: id }),
      },
      {
        name: 'Airtel Money',
        party: 'Airtel Money',
        feePermille: 8,
        evidence: 'counterparty',
        id: () => null,
        bank: () => ({ text: 'AIRTEL MONEY MERCHANT SWEEP', ref: '' }),
      },
    ],
    payrollRange: [150000000, 260000000],
    payroll: () => {
      const batch = `SBP${r.digits(8)}`;
      return {
        batch,
        book: `Palkat huhtikuu 2028 erä ${batch}`,
        bankLine: () => ({
          text: `BULK PAYMENT - SALARIES APR 2028 - 12 STAFF - ${batch}`,
          ref: batch,
          charges: [
            { minor: 36000, text: 'BULK PAYMENT CHARGE (12)', ref: batch, kind: 'charge' },
            { minor: 7200, text: 'EXCISE DUTY ON BULK PAYMENT CHARGE', ref: batch, kind: 'tax' },
          ],
        }),
      };
    },
    statutory: () => {
      const paye = r.digits(13);
      const shif = r.digits(8);
      const nssf = r.digits(9);
      const hl = r.digits(13);
      return [
        {
          range: [25000000, 50000000],
          dayLo: 3,
          dayHi: 6,
          doc: paye,
          book: 'PAYE maaliskuu 2028 KRA',
          party: 'Kenya Revenue Authority',
          bankLine: () => ({ text: `KRA PAYE MAR 2028 PRN ${paye}`, ref: paye }),
        },
        {
          range: [3000000, 6000000],
          dayLo: 3,
          dayHi: 6,
          doc: shif,
          book: 'SHIF maaliskuu 2028',
          party: 'Social Health Authority',
          bankLine: () => ({ text: `SHA SHIF MAR 2028 EMPLOYER ${shif}`, ref: `SHA${r.digits(8)}` }),
        },
        {
          range: [1500000, 3000000],
          dayLo: 3,
          dayHi: 6,
          doc: nssf,
          book: 'NSSF maaliskuu 2028',
          party: 'NSSF',
          bankLine: () => ({ text: `NSSF CONTRIBUTION MAR 2028 EMPLOYER ${nssf}`, ref: `NSF${r.digits(8)}` }),
        },
        {
          range: [2500000, 5000000],
          dayLo: 3,
          dayHi: 6,
          doc: hl,
          book: 'Asuntovero (housing levy) maaliskuu 2028',
          party: 'Kenya Revenue Authority',
          bankLine: () => ({ text: `KRA HOUSING LEVY MAR 2028 PRN ${hl}`, ref: hl }),
        },
      ];
    },
    utilities: () => {
      const a = r.digits(11);
      const b = r.digits(7);
      return [
        {
          range: [3000000, 9000000],
          doc: a,
          book: `Sähkö Kenya Power ${a}`,
          party: 'Kenya Power',
          bankLine: () => ({ text: `KENYA POWER POSTPAID ${a}`, ref: `KP${r.digits(9)}` }),
        },
        {
          range: [500000, 2000000],
          doc: b,
          book: `Vesi Nairobi City Water ${b}`,
          party: 'Nairobi City Water',
          bankLine: () => ({ text: `NAIROBI WATER BILL ${b}`, ref: `NW${r.digits(9)}` }),
        },
      ];
    },
    unbooked: {
      range: [800000, 3000000],
      trait: 'card-purchase',
      bankLine: () => ({ text: 'VISA POS CARREFOUR TRM NAIROBI', ref: `POS${r.digits(9)}` }),
    },
    lastMonth: () => {
      const ch = `00${r.digits(4)}`;
      return { trait: 'last-month-cheque', bankLine: () => ({ text: `INWARD CHEQUE CLEARING CHQ ${ch}`, ref: ch }) };
    },
    monthEnd: (lines) => [
      { minor: 35000, text: 'MONTHLY LEDGER FEE', kind: 'charge' },
      { minor: 7000, text: 'EXCISE DUTY ON LEDGER FEE', kind: 'tax' },
      { minor: 500 * lines.length, text: `SMS ALERT CHARGES (${lines.length})`, kind: 'charge' },
      { minor: 100 * lines.length, text: 'EXCISE DUTY ON SMS CHARGES', kind: 'tax' },
    ],
  });
  const acct = r.digits(13);
  D.own = {
    range: [150000000, 250000000],
    sign: -1,
    doc: acct,
    book: `Siirto omalle tilille Equity ${acct}`,
    bankLine: (m) => out('VESI SOLUTIONS KENYA', `OWN A/C EQUITY ${acct}`, m),
  };
  return D;
}

// ---------------------------------------------------------------------------------------------------------------- ZA
export function southAfrica(r) {
  const D = base('ZA', r, {
    prefix: 'HX',
    cnPrefix: 'CR',
    from: '2028-05-01',
    to: '2028-05-31',
    holidays: ['2028-05-01'],
    payerTexts: ['STOCK', 'TOOLS', 'ORDER', 'FASTENERS', 'LOCKS'],
    ourTexts: ['MAY SERVICES', 'SERVICES', 'MAY DELIVERIES'],
  });
  const out = (name, text) => {
    const ref = `BC${r.digits(12)}`;
    return {
      text: `EFT DEBIT ${name} ${text}`,
      ref,
      charges: [{ minor: 750, text: 'EFT PAYMENT FEE', ref, kind: 'charge' }],
    };
  };
  Object.assign(D, {
    invRange: [500000, 18000000],
    billRange: [400000, 12000000],
    roundTo: 10000,
    short: (m) => share(m, 25, 1000),
    shortWord: 'LESS 2.5 DISC',
    shortTrait: 'short-settlement-discount',
    lessWord: 'LESS',
    poWord: 'PO',
    tripWord: 'WAYBILL',
    refundWord: 'REFUND',
    supplierRefundText: 'REFUND',
    limit: 50000000,
    bankIn: (p, text, minor, ref) => ({ text: `EFT CREDIT ${p.bank} ${text}`, ref: ref ?? `BC${r.digits(12)}` }),
    cash: (c) => ({
      text: `CASH DEPOSIT ${c.bank} SANDTON`,
      ref: `CD${r.digits(8)}`,
      charges: [{ minor: 8500, text: 'CASH DEPOSIT FEE', ref: '', kind: 'charge' }],
    }),
    bankOut: (s, text) => out(s.bank, text),
    reversal: (s, failed) => ({ text: `EFT RETURN ${failed.text} ACCOUNT CLOSED`, ref: failed.ref }),
    billNo: () => `IN${r.digits(5)}`,
    book: {
      receipt: (doc) => `收到货款 ${doc}`,
      receiptNet: (doc, cn) => `收到货款 ${doc} 扣红字发票 ${cn}`,
      payment: (doc) => (doc ? `支付货款 ${doc}` : '支付货款'),
      refundOut: (cn) => `退还客户款 ${cn}`,
      refundIn: () => '供应商退款',
      cheque: (ch) => `付款 ${ch} 待放行`,
      lodged: (doc) => `收到货款 ${doc} 汇款通知`,
      settlement: (st, id) => `${st.name} 收款${id ? ` ${id}` : ''}`,
      settlementFee: (st, id) => `${st.name} 手续费 ${id}`,
    },
    ledgerOnlyWhy: [
      'payment captured for release after the month end',
      'transfer booked on the last day, paid by the bank next month',
      'remittance advice booked before the money arrived',
    ],
    settlements: [
      {
        name: 'iKhokha',
        party: 'iKhokha',
        feePermille: 28,
        id: () => `IKH${r.digits(9)}`,
        bank: (id) => ({ text: `IKHOKHA PAYOUT ${id}`, ref: id }),
      },
      {
        name: 'Peach Payments',
        party: 'Peach Payments',
        feePermille: 30,
        id: () => `PCH${r.digits(9)}`,
        bank: (id) => ({ text: `PEACH PAYMENTS SETTLEMENT ${id}`, ref: id }),
      },
      {
        name: 'Zapper',
        party: 'Zapper',
        feePermille: 25,
        evidence: 'counterparty',
        id: () => null,
        bank: () => ({ text: 'ZAPPER SETTLEMENT', ref: '' }),
      },
    ],
    payrollRange: [40000000, 70000000],
    payroll: () => {
      const batch = `SAL${r.digits(8)}`;
      return {
        batch,
        book: `发放工资 2028年5月 ${batch}`,
        bankLine: () => ({
          text: `BULK PAYMENT SALARIES MAY 2028 - 18 PAYMENTS ${batch}`,
          ref: batch,
          charges: [{ minor: 7200, text: 'BULK PAYMENT FEE (18)', ref: batch, kind: 'charge' }],
        }),
      };
    },
    statutory: () => {
      const emp = r.digits(10);
      const vat = r.digits(10);
      const entry = r.digits(8);
      return [
        {
          range: [6000000, 12000000],
          dayLo: 3,
          dayHi: 5,
          doc: `${emp}EMP201`,
          book: '缴纳 EMP201 2028年4月',
          party: 'SARS',
          bankLine: () => ({ text: `SARS EFILING EMP201 PRN ${emp}`, ref: emp }),
        },
        {
          range: [12000000, 30000000],
          dayLo: 15,
          dayHi: 18,
          doc: `${vat}VAT201`,
          book: '缴纳增值税 VAT201 2028年3-4月',
          party: 'SARS',
          bankLine: () => ({ text: `SARS EFILING VAT201 PRN ${vat}`, ref: vat }),
        },
        {
          range: [8000000, 20000000],
          dayLo: 6,
          dayHi: 12,
          doc: entry,
          book: `海关进口税 ${entry}`,
          party: 'SARS Customs',
          bankLine: () => ({ text: `SARS CUSTOMS ENTRY ${entry}`, ref: entry }),
        },
      ];
    },
    utilities: () => {
      const a = r.digits(9);
      const b = r.digits(10);
      return [
        {
          range: [1500000, 4500000],
          doc: a,
          book: `电费水费 City of Johannesburg ${a}`,
          party: 'City of Johannesburg',
          bankLine: () => ({ text: `CITY OF JHB ACC ${a}`, ref: `BC${r.digits(12)}` }),
        },
        {
          range: [150000, 600000],
          doc: b,
          book: `电话网络费 Telkom ${b}`,
          party: 'Telkom',
          bankLine: () => ({
            text: `DEBIT ORDER TELKOM ${b}`,
            ref: `DO${r.digits(10)}`,
            charges: [{ minor: 500, text: 'DEBIT ORDER FEE', ref: '', kind: 'charge' }],
          }),
        },
      ];
    },
    unbooked: {
      range: [200000, 600000],
      trait: 'unbooked-debit-order',
      bankLine: () => ({
        text: `DEBIT ORDER HOLLARD INS ${r.digits(8)}`,
        ref: `DO${r.digits(10)}`,
        charges: [{ minor: 500, text: 'DEBIT ORDER FEE', ref: '', kind: 'charge' }],
      }),
    },
    lastMonth: () => {
      const bill = `IN${r.digits(5)}`;
      return {
        trait: 'last-month-payment',
        bankLine: () => ({
          text: `EFT DEBIT CITY DEEP LOGISTICS ${bill}`,
          ref: `BC${r.digits(12)}`,
          charges: [{ minor: 750, text: 'EFT PAYMENT FEE', ref: '', kind: 'charge' }],
        }),
      };
    },
    monthEnd: () => [
      { minor: 55000, text: 'MONTHLY ACCOUNT FEE', kind: 'charge' },
      { minor: 25000, text: 'INTERNET BANKING FEE', kind: 'charge' },
    ],
  });
  const acct = r.digits(11);
  D.own = {
    range: [30000000, 60000000],
    sign: 1,
    doc: acct,
    book: `内部转账 FNB ${acct}`,
    bankLine: () => ({ text: `EFT CREDIT HUAXIN HARDWARE FNB ${acct}`, ref: `BC${r.digits(12)}` }),
  };
  return D;
}
