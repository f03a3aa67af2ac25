// The four businesses: invoice numbering and its writings, the bank's narrations and charges, settlements, payroll,
// statutory payments, utilities, the own-account transfer, and the books' wording (Japanese, Vietnamese, Hebrew,
// German). Layouts of the files are in layouts42.mjs.
import { people } from './names42.mjs';
import { share } from './lib42.mjs';

const MAJ = 100;

/** The six writings of an invoice number. */
const writer = (P, sep) => (n, w) =>
  ({
    canonical: `${P}${sep}${n}`,
    lowercase: `${P.toLowerCase()}${n}`,
    'serial-prefixed': `INV ${n}`,
    'digits-only': `${n}`,
    slashes: `${P}/${n}`,
    spaces: `${P} ${n}`,
  })[w];

/** A fee by amount band: bands [[upToMajor, feeMinor], …, [Infinity, feeMinor]]. */
const band = (bands, amt) => bands.find(([upTo]) => amt <= upTo * MAJ)[1];

function common(S, r) {
  const p = people(S.country, r);
  S.customers = p.customers;
  S.suppliers = p.suppliers;
  S.haulier = p.haulier;
  S.tradingName = { ...p.trade, trade: S.tradeName };
  S.cut = p.cut;
  return S;
}

// ---------------------------------------------------------------- NG: NPF Microfinance Bank, Yayoi Kaikei
export function ngSet(r) {
  const P = 'SPM';
  const session = () => `${r.pick(['000013', '000014', '000016', '000015', '100004'])}281${r.digits(21)}`;
  const nipFee = (amt) =>
    band(
      [
        [5000, 1000],
        [50000, 2500],
        [Infinity, 5000],
      ],
      amt,
    );
  const outCharges = (amt, ref) => {
    const fee = nipFee(amt);
    return [
      { amount: -fee, text: 'NIP TRF CHARGE', ref, kind: 'charge' },
      { amount: -share(fee, 75, 1000), text: 'VAT ON NIP TRF CHARGE', ref, kind: 'fee-vat' },
    ];
  };
  const emtl = (amt, ref) =>
    amt >= 10000 * MAJ ? [{ amount: -5000, text: 'ELECTRONIC MONEY TRANSFER LEVY', ref, kind: 'levy' }] : [];
  const S = {
    set: 'ng-npf-yayoi',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2028-10-01', to: '2028-10-31' },
    publicHolidays: ['2028-10-02'],
    scale: 120,
    roundStep: 10000,
    limit: 5000000 * MAJ,
    short: { num: 5 * 100, den: 107.5 * 100, trait: 'short-withholding-tax-5pct' },
    tradeName: 'GOLDEN ANCHOR',
    thirdParty: { bank: 'HERITAGE AGRIC CREDIT SCHEME' },
    unknown: [{ bank: 'IFEOMA C NWOSU' }, { bank: 'TEMITOPE A ALABI' }],
    refColumn: false,
    inv: (n) => `${P}-${n}`,
    writeInv: writer(P, '-'),
    billNo: (r) => `${r.pick(['SI', 'INV', 'BL'])}-${r.digits(5)}`,
    creditNote: (r) => `${P}-CN-${r.digits(4)}`,
    orderNo: (r) => `LPO/${r.digits(5)}`,
    tripNo: (r) => `WB ${r.digits(6)}`,
    chequeNo: (r) => r.digits(8),
    batchNo: (r) => `BT${r.digits(10)}`,
    multiInv: (ns) => `INV ${ns.join(' ')}`,
    vagueText: (r) => r.pick(['PAYMENT', 'GOODS', 'PAYMENT FOR GOODS', 'TRANSFER']),
    ourVague: (r) => r.pick(['PAYMENT', 'OCT PAYMENT', 'SUPPLIES']),
    partText: (w, k) => (k === 0 ? `PART PAYMENT ${w}` : `${w} ${k === 1 ? '1ST' : '2ND'} INSTALMENT`),
    shortText: (w) => `${w} LESS WHT`,
    lessCnText: (w, cn) => `${w} LESS ${cn}`,
    billText: (b) => `PAYT ${b}`,
    splitText: (b, k) => `${b} PART ${k}`,
    tripText: (t) => t,
    refundText: (cn) => `REFUND ${cn}`,
    supplierRefundText: (r) => r.pick(['REFUND', 'OVERPAYMENT REFUND']),
    bankIn(c, their, r, amt, refCell) {
      const id = session();
      const text = their ? `NIP/${c.bank}/${their}` : `NIP/${c.bank}`;
      return { text, ref: refCell ?? id, charges: emtl(amt, refCell ?? id) };
    },
    bankCash: (c) => ({ text: `CASH DEP BY ${c.bank} - IKEJA BRANCH`, ref: `CD${r.digits(8)}` }),
    bankOut(s, our, r, amt, resent) {
      const ref = `NPF${r.digits(10)}`;
      return { text: `NIP TRF TO ${s.bank}/${our}${resent ? ' RESENT' : ''}`, ref, charges: outCharges(amt, ref) };
    },
    reversal: (failed, s) => ({ text: `RVSL NIP TRF TO ${s.bank} - BENEFICIARY BANK NOT AVAILABLE`, ref: failed.ref }),
    settle: {
      idNet: {
        id: (r) => `PPM${r.digits(9)}`,
        feeNum: 1,
        feeDen: 100,
        party: 'PalmPay Limited',
        word: 'PalmPay',
        bank: (id, amt) => ({ text: `PALMPAY MERCHANT SETTLEMENT ${id}`, ref: id, charges: emtl(amt, id) }),
      },
      grossFee: {
        id: (r) => `OPS${r.digits(9)}`,
        feeNum: 5,
        feeDen: 1000,
        party: 'OPay Digital Services',
        word: 'OPay',
        bank: (id, amt) => ({ text: `OPAY POS SETTLEMENT ${id}`, ref: id, charges: emtl(amt, id) }),
      },
      noId: {
        feeNum: 5,
        feeDen: 1000,
        party: 'Interswitch Limited',
        word: 'Interswitch',
        bank: (amt) => ({ text: 'INTERSWITCH POS SETTLEMENT', ref: '', charges: emtl(amt, '') }),
      },
    },
    payroll(batch) {
      const n = 21;
      const fee = 20 * MAJ * n;
      return {
        text: `BULK TRF - SALARY OCT 2028 - ${n} BENEFICIARIES - ${batch}`,
        ref: batch,
        charges: [
          { amount: -fee, text: `BULK TRF CHARGE (${n})`, ref: batch, kind: 'charge' },
          { amount: -share(fee, 75, 1000), text: `VAT ON BULK TRF CHARGE (${n})`, ref: batch, kind: 'fee-vat' },
        ],
      };
    },
    statutory: [
      {
        lo: 1500,
        hi: 3500,
        from: 3,
        to: 6,
        ref: (r) => `LIRS${r.digits(9)}`,
        bank: (ref) => ({ text: `LIRS ETAX PAYE SEP 2028 REF ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `源泉所得税 LIRS PAYE 9月分 ${ref}`,
        party: 'Lagos State Internal Revenue Service',
      },
      {
        lo: 1200,
        hi: 2800,
        from: 2,
        to: 5,
        ref: (r) => r.digits(12),
        bank: (ref) => ({ text: `REMITA PENSION SEP 2028 RRR ${ref}`, ref: `RRR${ref}` }),
        bookRef: (ref) => `${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref.slice(8)}`,
        bookDesc: (ref) => `年金拠出金 9月分 RRR ${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref.slice(8)}`,
        party: 'PFA via Remita',
      },
      {
        lo: 4000,
        hi: 9000,
        from: 12,
        to: 15,
        ref: (r) => r.digits(11),
        bank: (ref) => ({ text: `NRS VAT SEP 2028 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `消費税 (VAT) 9月分 NRS PRN ${ref}`,
        party: 'Nigeria Revenue Service',
      },
    ],
    utilities: [],
    ownAccount: null,
    unbooked: () => ({ text: 'POS PURCHASE - SPAR ADMIRALTY WAY LEKKI LAGOS', ref: `POS${r.digits(9)}` }),
    priorItem: () => ({ text: `INWARD CLEARING - CHQ NO ${r.digits(8)}`, ref: `IC${r.digits(8)}` }),
    ledgerOnlyWhy: [
      'cheque issued in the last week, not yet presented',
      'transfer booked on the last working day; the bank pays it next month',
      'cheque lodged on the last working day, not yet cleared',
    ],
    monthEnd(debits, n) {
      const amf = Math.floor(debits / 1000);
      return [
        { amount: -400 * n, text: `SMS ALERT CHARGES (${n})`, kind: 'charge' },
        { amount: -amf, text: 'ACCOUNT MAINTENANCE FEE', kind: 'charge' },
        { amount: -share(amf, 75, 1000), text: 'VAT ON ACCOUNT MAINTENANCE FEE', kind: 'fee-vat' },
      ];
    },
  };
  const ikeja = r.digits(10);
  const water = r.digits(8);
  S.utilities = [
    {
      lo: 300,
      hi: 1200,
      account: ikeja,
      bookDesc: `電気料金 Ikeja Electric ${ikeja}`,
      party: 'Ikeja Electric Plc',
      bank: () => ({ text: `BILLS PAYMENT - IKEJA ELECTRIC POSTPAID - ${ikeja}`, ref: `BP${r.digits(10)}` }),
    },
    {
      lo: 60,
      hi: 250,
      account: water,
      bookDesc: `水道料金 Lagos Water ${water}`,
      party: 'Lagos Water Corporation',
      bank: () => ({ text: `BILLS PAYMENT - LAGOS WATER CORP - ${water}`, ref: `BP${r.digits(10)}` }),
    },
  ];
  const fbn = r.digits(10);
  S.ownAccount = {
    lo: 20000,
    hi: 40000,
    sign: -1,
    account: fbn,
    bookDesc: `資金移動 First Bank ${fbn}`,
    party: 'Sakura Power & Marine (First Bank)',
    bank: (amt) => {
      const ref = `NPF${r.digits(10)}`;
      return { text: `NIP TRF TO SAKURA POWER AND MARINE/FBN ${fbn}`, ref, charges: outCharges(amt, ref) };
    },
  };
  S.book = {
    receipt: (inv, c) => (inv ? `売掛金入金 ${inv} ${c.book}` : `売掛金入金 ${c.book}`),
    receiptNet: (inv, cn, c) => `売掛金入金 ${inv} 値引 ${cn} 控除後 ${c.book}`,
    receiptOrder: (po, c) => `売掛金入金 注文書 ${po} ${c.book}`,
    payment: (b, s) => (b ? `買掛金支払 ${b} ${s.book}` : `買掛金支払 ${s.book}`),
    haulage: (t, s) => `運賃 ${t} ${s.book}`,
    refundOut: (cn, c) => `返金 ${cn} ${c.book}`,
    refundIn: (s) => `返金受取 ${s.book}`,
    settlement: (id, st) => (id ? `カード売上入金 ${st.word} ${id}` : `カード売上入金 ${st.word}`),
    settlementFee: (id, st) => `決済手数料 ${st.word} ${id}`,
    payroll: (batch) => `給与支払 10月分 ${batch}`,
    payrollParty: null,
    chequeOut: (chq, s) => `小切手振出 No.${chq} ${s.book}`,
    chequeIn: (inv, c) => `小切手入金 ${inv} ${c.book}`,
  };
  return common(S, r);
}

// ---------------------------------------------------------------- GH: Kintampo Rural Bank, MISA SME
export function ghSet(r) {
  const P = 'MAM';
  const gipFee = (amt) =>
    band(
      [
        [1000, 200],
        [10000, 500],
        [Infinity, 1000],
      ],
      amt,
    );
  const outCharges = (amt, ref) => [{ amount: -gipFee(amt), text: 'GIP TRANSFER FEE', ref, kind: 'charge' }];
  const S = {
    set: 'gh-kintampo-misa',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2028-09-01', to: '2028-09-30' },
    publicHolidays: ['2028-09-21'],
    scale: 1,
    roundStep: 100,
    limit: 50000 * MAJ,
    short: { num: 3 * 100, den: 120 * 100, trait: 'short-withholding-tax-3pct' },
    tradeName: 'NYAME ADOM VENTURES',
    thirdParty: { bank: 'TECHIMAN CASHEW FARMERS UNION' },
    unknown: [{ bank: 'KOFI ADU-GYAMERAH' }, { bank: 'AKUA SERWAA BEDIAKO' }],
    refColumn: false,
    inv: (n) => `${P}${n}`,
    writeInv: (n, w) => (w === 'lowercase' ? `${P.toLowerCase()} ${n}` : writer(P, '')(n, w)),
    billNo: (r) => `${r.pick(['INV', 'BILL', 'SI'])} ${r.digits(5)}`,
    creditNote: (r) => `CN${r.digits(5)}`,
    orderNo: (r) => `PO-${r.digits(5)}`,
    tripNo: (r) => `TRIP ${r.digits(4)}`,
    chequeNo: (r) => r.digits(6),
    batchNo: (r) => `BLK${r.digits(8)}`,
    multiInv: (ns) => `${P}${ns[0]}, ${P}${ns[1]}, ${P}${ns[2]}`,
    vagueText: (r) => r.pick(['PAYMENT', 'GOODS', 'TRANSFER', 'PAYMENT FOR GOODS']),
    ourVague: (r) => r.pick(['PAYMENT', 'SEPT PAYMENT', 'SUPPLIES']),
    partText: (w, k) => (k === 0 ? `PART PAYMT ${w}` : `${w} INSTALMENT ${k}`),
    shortText: (w) => `${w} LESS WHT 3%`,
    lessCnText: (w, cn) => `${w} LESS ${cn}`,
    billText: (b) => b,
    splitText: (b, k) => `${b} PART ${k}`,
    tripText: (t) => t,
    refundText: (cn) => `REFUND ${cn}`,
    supplierRefundText: (r) => r.pick(['REFUND', 'OVERPAYMENT REFUND']),
    bankIn: (c, their, r, amt, refCell) => ({
      text: their ? `INWARD GIP - ${c.bank} - ${their}` : `INWARD GIP - ${c.bank}`,
      ref: refCell ?? `GIP${r.digits(12)}`,
    }),
    bankCash: (c) => ({ text: `CASH DEPOSIT BY ${c.bank} - TECHIMAN`, ref: `CD${r.digits(7)}` }),
    bankOut(s, our, r, amt, resent) {
      const ref = `KRB${r.digits(9)}`;
      return {
        text: `OUTWARD GIP - ${s.bank} - ${our}${resent ? ' (RESENT)' : ''}`,
        ref,
        charges: outCharges(amt, ref),
      };
    },
    reversal: (failed, s) => ({ text: `REVERSAL OUTWARD GIP - ${s.bank} - NAME MISMATCH`, ref: failed.ref }),
    settle: {
      idNet: {
        id: (r) => `HBT${r.digits(9)}`,
        feeNum: 195,
        feeDen: 10000,
        party: 'Hubtel Limited',
        word: 'Hubtel',
        bank: (id) => ({ text: `HUBTEL SETTLEMENT ${id}`, ref: id }),
      },
      grossFee: {
        id: (r) => `MMP${r.digits(9)}`,
        feeNum: 1,
        feeDen: 100,
        party: 'MTN Mobile Money',
        word: 'MoMo',
        bank: (id) => ({ text: `MTN MOMO MERCHANT PAYOUT ${id}`, ref: id }),
      },
      noId: {
        feeNum: 1,
        feeDen: 100,
        party: 'Zeepay Ghana',
        word: 'Zeepay',
        bank: () => ({ text: 'ZEEPAY MERCHANT SWEEP', ref: '' }),
      },
    },
    payroll(batch) {
      const n = 16;
      return {
        text: `SALARY BULK PAYMENT SEP 2028 - ${n} STAFF - ${batch}`,
        ref: batch,
        charges: [{ amount: -150 * n, text: `BULK PAYMENT FEE (${n})`, ref: batch, kind: 'charge' }],
      };
    },
    statutory: [
      {
        lo: 1800,
        hi: 4200,
        from: 6,
        to: 10,
        ref: (r) => r.digits(12),
        bank: (ref) => ({ text: `GRA PAYE AUG 2028 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `Nộp thuế TNCN (PAYE) tháng 8 PRN ${ref.slice(0, 4)} ${ref.slice(4, 8)} ${ref.slice(8)}`,
        party: 'Ghana Revenue Authority',
      },
      {
        lo: 2500,
        hi: 5000,
        from: 6,
        to: 10,
        ref: (r) => r.digits(9),
        bank: (ref) => ({ text: `SSNIT CONTRIBUTION AUG 2028 EMPLOYER ${ref}`, ref: `SS${ref}` }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `Nộp bảo hiểm xã hội SSNIT tháng 8 số ĐV ${ref}`,
        party: 'SSNIT',
      },
      {
        lo: 5000,
        hi: 11000,
        from: 15,
        to: 19,
        ref: (r) => r.digits(12),
        bank: (ref) => ({ text: `GRA VAT AUG 2028 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `Nộp thuế GTGT (VAT) tháng 8 PRN ${ref}`,
        party: 'Ghana Revenue Authority',
      },
    ],
    unbooked: () => ({ text: 'POS PURCHASE - MELCOM TECHIMAN', ref: `POS${r.digits(8)}` }),
    priorItem: () => ({ text: `INWARD CLEARING CHQ ${r.digits(6)}`, ref: `CLR${r.digits(7)}` }),
    ledgerOnlyWhy: [
      'cheque issued in the last week, not yet presented',
      'transfer booked on the last working day; the bank pays it next month',
      'cheque lodged on the last working day, not yet cleared',
    ],
    monthEnd: (debits, n) => [
      { amount: -30 * n, text: `SMS ALERT CHARGES (${n})`, kind: 'charge' },
      { amount: -Math.floor(debits / 2000), text: 'COMMISSION ON TURNOVER', kind: 'charge' },
      { amount: -2500, text: 'ACCOUNT SERVICE FEE', kind: 'charge' },
    ],
  };
  const ecg = r.digits(10);
  const gwl = r.digits(9);
  S.utilities = [
    {
      lo: 300,
      hi: 900,
      account: ecg,
      bookDesc: `Thanh toán tiền điện ECG ${ecg}`,
      party: 'Electricity Company of Ghana',
      bank: () => ({ text: `ECG BILL PAYMENT - ACCT ${ecg}`, ref: `BP${r.digits(9)}` }),
    },
    {
      lo: 80,
      hi: 300,
      account: gwl,
      bookDesc: `Thanh toán tiền nước Ghana Water ${gwl}`,
      party: 'Ghana Water Limited',
      bank: () => ({ text: `GHANA WATER BILL - ACCT ${gwl}`, ref: `BP${r.digits(9)}` }),
    },
  ];
  const gcb = r.digits(13);
  S.ownAccount = {
    lo: 15000,
    hi: 30000,
    sign: 1,
    account: gcb,
    bookDesc: `Chuyển tiền nội bộ từ GCB ${gcb}`,
    party: 'Mekong Agro & Motors (GCB)',
    bank: () => ({ text: `INWARD GIP - MEKONG AGRO MOTORS - FROM GCB ${gcb}`, ref: `GIP${r.digits(12)}` }),
  };
  const vn = (s) => `${s}`;
  S.book = {
    receipt: (inv, c) =>
      inv ? `Thu tiền khách hàng theo HĐ ${inv} - ${vn(c.book)}` : `Thu tiền khách hàng ${vn(c.book)}`,
    receiptNet: (inv, cn, c) => `Thu tiền HĐ ${inv} trừ giảm giá ${cn} - ${c.book}`,
    receiptOrder: (po, c) => `Thu tiền đơn hàng ${po} - ${c.book}`,
    payment: (b, s) => (b ? `Trả tiền nhà cung cấp HĐ ${b} - ${s.book}` : `Trả tiền nhà cung cấp ${s.book}`),
    haulage: (t, s) => `Cước vận chuyển ${t} - ${s.book}`,
    refundOut: (cn, c) => `Hoàn tiền ${cn} - ${c.book}`,
    refundIn: (s) => `Nhận hoàn tiền - ${s.book}`,
    settlement: (id, st) => (id ? `Thu tiền bán hàng qua ${st.word} ${id}` : `Thu tiền bán hàng qua ${st.word}`),
    settlementFee: (id, st) => `Phí thanh toán ${st.word} ${id}`,
    payroll: (batch) => `Trả lương nhân viên tháng 9 ${batch}`,
    payrollParty: null,
    chequeOut: (chq, s) => `Chi séc số ${chq} - ${s.book}`,
    chequeIn: (inv, c) => `Nộp séc HĐ ${inv} - ${c.book}`,
  };
  return common(S, r);
}

// ---------------------------------------------------------------- KE: Muungano Microfinance Bank, Hashavshevet
export function keSet(r) {
  const P = 'GDI';
  const plFee = (amt) =>
    band(
      [
        [100000, 4500],
        [500000, 9000],
        [Infinity, 16500],
      ],
      amt,
    );
  const withExcise = (fee, text, ref) => [
    { amount: -fee, text, ref, kind: 'charge' },
    { amount: -share(fee, 20, 100), text: 'EXCISE DUTY 20%', ref, kind: 'tax' },
  ];
  const S = {
    set: 'ke-muungano-hashavshevet',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2028-06-01', to: '2028-06-30' },
    publicHolidays: ['2028-06-01'],
    scale: 10,
    roundStep: 1000,
    limit: 999999 * MAJ,
    short: { num: 2 * 100, den: 116 * 100, trait: 'short-withholding-vat-2pct' },
    tradeName: 'BLUE HORIZON',
    thirdParty: { bank: 'RIFT VALLEY HORTI FUND' },
    unknown: [{ bank: 'JOSEPH K LELEI' }, { bank: 'MARY W GICHERU' }],
    refColumn: true,
    inv: (n) => `${P}-${n}`,
    writeInv: writer(P, '-'),
    billNo: (r) => `${r.pick(['INV', 'SI', 'BILL'])}/${r.digits(5)}`,
    creditNote: (r) => `${P}-CR-${r.digits(4)}`,
    orderNo: (r) => `LPO ${r.digits(6)}`,
    tripNo: (r) => `DN${r.digits(6)}`,
    chequeNo: (r) => r.digits(6),
    batchNo: (r) => `SBP${r.digits(8)}`,
    multiInv: (ns) => `${P} ${ns.join('/')}`,
    vagueText: (r) => r.pick(['PAYMENT', 'GOODS', 'TRANSFER', 'PAYMENT FOR GOODS']),
    ourVague: (r) => r.pick(['PAYMENT', 'JUNE PAYMENT', 'SUPPLIES']),
    partText: (w, k) => (k === 0 ? `PART PAYMENT ${w}` : `${w} INSTALMENT ${k}`),
    shortText: (w) => `${w} NET OF WHVAT`,
    lessCnText: (w, cn) => `${w} LESS ${cn}`,
    billText: (b) => b,
    splitText: (b, k) => `${b} PART ${k}`,
    tripText: (t) => t,
    refundText: (cn) => `REFUND ${cn}`,
    supplierRefundText: (r) => r.pick(['REFUND', 'OVERPAYMENT REFUND']),
    bankIn: (c, their, r, amt, refCell) => ({
      text: their ? `PESALINK CR ${c.bank}/${their}` : `PESALINK CR ${c.bank}`,
      ref: refCell ?? `PL${r.digits(10)}`,
    }),
    bankCash: (c) => ({ text: `CASH DEPOSIT ${c.bank} NAIVASHA`, ref: `CDN${r.digits(7)}` }),
    bankOut(s, our, r, amt, resent) {
      const ref = `MMB${r.digits(9)}`;
      return {
        text: `PESALINK DR ${s.bank}/${our}${resent ? ' RESEND' : ''}`,
        ref,
        charges: withExcise(plFee(amt), 'PESALINK CHARGE', ref),
      };
    },
    reversal: (failed, s) => ({ text: `REVERSAL PESALINK DR ${s.bank} - INVALID ACCOUNT`, ref: failed.ref }),
    settle: {
      idNet: {
        id: (r) => `MPB${r.digits(9)}`,
        feeNum: 55,
        feeDen: 10000,
        party: 'Safaricom M-PESA',
        word: 'M-PESA',
        bank: (id) => ({ text: `MPESA PAYBILL SETTLEMENT ${id}`, ref: id }),
      },
      grossFee: {
        id: (r) => `PSP${r.digits(8)}`,
        feeNum: 35,
        feeDen: 1000,
        party: 'Pesapal Limited',
        word: 'Pesapal',
        bank: (id) => ({ text: `PESAPAL PAYOUT ${id}`, ref: id }),
      },
      noId: {
        feeNum: 1,
        feeDen: 100,
        party: 'Telkom Kenya T-Kash',
        word: 'T-Kash',
        bank: () => ({ text: 'T-KASH MERCHANT SWEEP', ref: '' }),
      },
    },
    payroll(batch) {
      const n = 14;
      return {
        text: `BULK PAYMENT SALARIES JUN 2028 ${n} PAYMENTS ${batch}`,
        ref: batch,
        charges: withExcise(2500 * n, `BULK PAYMENT CHARGE (${n})`, batch),
      };
    },
    statutory: [
      {
        lo: 3000,
        hi: 7000,
        from: 5,
        to: 7,
        ref: (r) => `KRA2028${r.digits(10)}`,
        bank: (ref) => ({ text: `KRA PAYE MAY 2028 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: () => 'מס הכנסה PAYE מאי',
        party: 'Kenya Revenue Authority',
      },
      {
        lo: 600,
        hi: 1400,
        from: 4,
        to: 7,
        ref: (r) => r.digits(9),
        bank: (ref) => ({ text: `SHA SHIF MAY 2028 EMPLOYER ${ref}`, ref: `SHA${ref}` }),
        bookRef: (ref) => ref,
        bookDesc: () => 'ביטוח בריאות SHIF מאי',
        party: 'Social Health Authority',
      },
      {
        lo: 500,
        hi: 1200,
        from: 4,
        to: 7,
        ref: (r) => r.digits(8),
        bank: (ref) => ({ text: `NSSF MAY 2028 EMPLOYER NO ${ref}`, ref: `NSF${ref}` }),
        bookRef: (ref) => ref,
        bookDesc: () => 'ביטוח לאומי NSSF מאי',
        party: 'NSSF',
      },
      {
        lo: 700,
        hi: 1600,
        from: 5,
        to: 7,
        ref: (r) => `HL2028${r.digits(9)}`,
        bank: (ref) => ({ text: `KRA HOUSING LEVY MAY 2028 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: () => 'היטל דיור Housing Levy מאי',
        party: 'Kenya Revenue Authority',
      },
    ],
    unbooked: () => ({ text: 'VISA POS NAIVAS NAIVASHA', ref: `POS${r.digits(9)}` }),
    priorItem: () => ({ text: `CHEQUE CLEARING CHQ ${r.digits(6)}`, ref: `CLG${r.digits(7)}` }),
    ledgerOnlyWhy: [
      'cheque issued in the last week, not yet presented',
      'transfer booked on the last working day; the bank pays it next month',
      'cheque lodged on the last working day, not yet cleared',
    ],
    monthEnd: (debits, n) => [
      ...withExcise(30000, 'MONTHLY LEDGER FEE', ''),
      ...withExcise(400 * n, `SMS ALERTS (${n})`, ''),
    ],
  };
  const kplc = r.digits(11);
  const nws = r.digits(7);
  S.utilities = [
    {
      lo: 400,
      hi: 1500,
      account: kplc,
      bookDesc: 'חשמל Kenya Power',
      party: 'Kenya Power',
      bank: () => ({ text: `KPLC POSTPAID ACC ${kplc}`, ref: `UB${r.digits(9)}` }),
    },
    {
      lo: 80,
      hi: 350,
      account: nws,
      bookDesc: 'מים NAIVAWASS',
      party: 'Naivasha Water and Sanitation Co',
      bank: () => ({ text: `NAIVAWASS WATER ACC ${nws}`, ref: `UB${r.digits(9)}` }),
    },
  ];
  const coop = r.digits(14);
  S.ownAccount = {
    lo: 25000,
    hi: 50000,
    sign: -1,
    account: coop,
    bookDesc: 'העברה לחשבון Co-op Bank',
    party: 'Galil Drip Irrigation (Co-op Bank)',
    bank: (amt) => {
      const ref = `MMB${r.digits(9)}`;
      return {
        text: `PESALINK DR GALIL DRIP IRRIGATION/TO COOP ${coop}`,
        ref,
        charges: withExcise(plFee(amt), 'PESALINK CHARGE', ref),
      };
    },
  };
  S.book = {
    receipt: () => 'תקבול מלקוח',
    receiptNet: (inv, cn) => `תקבול בניכוי זיכוי ${cn}`,
    receiptOrder: () => 'תקבול לפי הזמנה',
    payment: () => 'תשלום לספק',
    haulage: () => 'הובלה',
    refundOut: () => 'החזר ללקוח',
    refundIn: () => 'החזר מספק',
    settlement: (id, st) => `תקבולי ${st.word}`,
    settlementFee: (id, st) => `עמלת ${st.word}`,
    payroll: () => 'משכורות יוני',
    payrollParty: 'Salaries',
    chequeOut: () => 'שיק לספק',
    chequeIn: () => 'הפקדת שיק',
  };
  return common(S, r);
}

// ---------------------------------------------------------------- ZA: Commerzbank Johannesburg, Lexware buchhaltung
export function zaSet(r) {
  const P = 'RE';
  const eft = (ref) => [{ amount: -1250, text: 'EFT PAYMENT FEE', ref, kind: 'charge' }];
  const S = {
    set: 'za-commerzbankjhb-lexware',
    partyColumn: false,
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2028-08-01', to: '2028-08-31' },
    publicHolidays: ['2028-08-09'],
    scale: 1.5,
    roundStep: 100,
    limit: 250000 * MAJ,
    short: { num: 2, den: 100, trait: 'short-settlement-discount' },
    tradeName: 'HIGHVELD PRO TOOLS',
    thirdParty: { bank: 'TSHWANE SUPPLIER DEV FUND' },
    unknown: [{ bank: 'J VAN DER MERWE' }, { bank: 'LINDIWE MASHABA' }],
    refColumn: true,
    inv: (n) => `${P}-${n}`,
    writeInv: writer(P, '-'),
    billNo: (r) => `${r.pick(['INV', 'IN', 'TAX INV'])} ${r.digits(6)}`,
    creditNote: (r) => `GS-${r.digits(5)}`,
    orderNo: (r) => `PO ${r.digits(7)}`,
    tripNo: (r) => `WAYBILL ${r.digits(7)}`,
    chequeNo: (r) => `ZA${r.digits(6)}`,
    batchNo: (r) => `SAL${r.digits(7)}`,
    multiInv: (ns) => `${P}-${ns[0]} ${P}-${ns[1]} ${P}-${ns[2]}`,
    vagueText: (r) => r.pick(['PAYMENT', 'GOODS', 'TRANSFER', 'PAYMENT FOR GOODS']),
    ourVague: (r) => r.pick(['PAYMENT', 'AUG PAYMENT', 'SUPPLIES']),
    partText: (w, k) => (k === 0 ? `PART PMT ${w}` : `${w} INSTALMENT ${k}`),
    shortText: (w) => `${w} LESS 2% DISC`,
    lessCnText: (w, cn) => `${w} LESS ${cn}`,
    billText: (b) => b,
    splitText: (b, k) => `${b} PART ${k}`,
    tripText: (t) => t,
    refundText: (cn) => `REFUND ${cn}`,
    supplierRefundText: (r) => r.pick(['REFUND', 'OVERPAYMENT REFUND']),
    bankIn: (c, their, r, amt, refCell) => ({
      text: their ? `EFT CREDIT ${c.bank} ${their}` : `EFT CREDIT ${c.bank}`,
      ref: refCell ?? `CBK${r.digits(10)}`,
    }),
    bankCash: null,
    bankOut(s, our, r, amt, resent) {
      const ref = `CBK${r.digits(10)}`;
      return { text: `EFT PAYMENT ${s.bank} ${our}${resent ? ' RESUBMIT' : ''}`, ref, charges: eft(ref) };
    },
    reversal: (failed, s) => ({ text: `UNPAID EFT ${s.bank} - ACCOUNT CLOSED`, ref: failed.ref }),
    settle: {
      idNet: {
        id: (r) => `PF${r.digits(9)}`,
        feeNum: 35,
        feeDen: 1000,
        party: 'PayFast',
        word: 'PayFast',
        bank: (id) => ({ text: `PAYFAST SETTLEMENT ${id}`, ref: id }),
      },
      grossFee: {
        id: (r) => `YC${r.digits(9)}`,
        feeNum: 295,
        feeDen: 10000,
        party: 'Yoco',
        word: 'Yoco',
        bank: (id) => ({ text: `YOCO PAYOUT ${id}`, ref: id }),
      },
      noId: {
        feeNum: 3,
        feeDen: 100,
        party: 'SnapScan',
        word: 'SnapScan',
        bank: () => ({ text: 'SNAPSCAN SETTLEMENT', ref: '' }),
      },
    },
    payroll(batch) {
      const n = 19;
      return {
        text: `SALARIES AUG 2028 BATCH ${batch} (${n})`,
        ref: batch,
        charges: [{ amount: -350 * n, text: `BATCH PAYMENT FEE (${n})`, ref: batch, kind: 'charge' }],
      };
    },
    statutory: [
      {
        lo: 12000,
        hi: 24000,
        from: 3,
        to: 5,
        ref: (r) => `7${r.digits(9)}LC0${r.digits(4)}`,
        bank: (ref) => ({ text: `SARS EMP201 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `Lohnsteuer/UIF/SDL Juli EMP201 ${ref}`,
        party: null,
      },
      {
        lo: 15000,
        hi: 30000,
        from: 15,
        to: 18,
        ref: (r) => `4${r.digits(9)}V0${r.digits(4)}`,
        bank: (ref) => ({ text: `SARS VAT201 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `Umsatzsteuer Juni-Juli VAT201 ${ref}`,
        party: null,
      },
      {
        lo: 20000,
        hi: 45000,
        from: 18,
        to: 21,
        ref: (r) => `9${r.digits(9)}P0${r.digits(4)}`,
        bank: (ref) => ({ text: `SARS PROVISIONAL TAX IRP6 PRN ${ref}`, ref }),
        bookRef: (ref) => ref,
        bookDesc: (ref) => `Vorauszahlung Koerperschaftsteuer IRP6 ${ref}`,
        party: null,
      },
    ],
    unbooked: () => ({
      text: `DEBIT ORDER SANTAM INSURANCE POL ${r.digits(8)}`,
      ref: `DO${r.digits(8)}`,
      charges: [{ amount: -600, text: 'DEBIT ORDER FEE', kind: 'charge' }],
    }),
    priorItem: () => ({ text: `EFT PAYMENT RELEASE JULY BATCH ${r.digits(6)}`, ref: `CBK${r.digits(10)}` }),
    ledgerOnlyWhy: [
      'payment captured for release after the month end',
      'transfer booked on the last working day; the bank pays it next month',
      'remittance advice booked on the last working day, money not yet received',
    ],
    monthEnd: () => [
      { amount: -65000, text: 'MONTHLY ACCOUNT FEE', kind: 'charge' },
      { amount: -29500, text: 'CASH MANAGEMENT ONLINE FEE', kind: 'charge' },
    ],
  };
  const tshwane = r.digits(10);
  const voda = r.digits(9);
  S.utilities = [
    {
      lo: 2000,
      hi: 6000,
      account: tshwane,
      bookDesc: `Strom/Wasser City of Tshwane ${tshwane}`,
      party: null,
      bank: () => ({ text: `CITY OF TSHWANE ${tshwane}`, ref: `CBK${r.digits(10)}`, charges: eft('') }),
    },
    {
      lo: 800,
      hi: 2500,
      account: voda,
      bookDesc: `Telefon Vodacom Business ${voda}`,
      party: null,
      bank: () => ({
        text: `DEBIT ORDER VODACOM BUSINESS ${voda}`,
        ref: `DO${r.digits(8)}`,
        charges: [{ amount: -600, text: 'DEBIT ORDER FEE', kind: 'charge' }],
      }),
    },
  ];
  const ned = r.digits(10);
  S.ownAccount = {
    lo: 60000,
    hi: 120000,
    sign: 1,
    account: ned,
    bookDesc: `Umbuchung von Nedbank ${ned}`,
    party: null,
    bank: () => ({ text: `EFT CREDIT SCHWARZWALD PRAEZ NEDBANK ${ned}`, ref: `CBK${r.digits(10)}` }),
  };
  S.book = {
    receipt: (inv, c) => `Zahlungseingang ${c.book}`,
    receiptNet: (inv, cn, c) => `Zahlungseingang abzgl. ${cn} ${c.book}`,
    receiptOrder: (po, c) => `Zahlungseingang Bestellung ${c.book}`,
    payment: (b, s) => `Zahlung ${s.book}`,
    haulage: (t, s) => `Fracht ${s.book}`,
    refundOut: (cn, c) => `Erstattung ${c.book}`,
    refundIn: (s) => `Erstattung von ${s.book}`,
    settlement: (id, st) => `Kartenumsatz ${st.word}`,
    settlementFee: (id, st) => `Gebühr ${st.word}`,
    payroll: () => 'Löhne und Gehälter August',
    payrollParty: null,
    chequeOut: (chq, s) => `Zahlung ${s.book}`,
    chequeIn: (inv, c) => `Zahlungsavis ${c.book}`,
  };
  return common(S, r);
}

export const SETS = [ngSet, ghSet, keSet, zaSet];
