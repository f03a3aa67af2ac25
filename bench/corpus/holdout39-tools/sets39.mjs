// The four businesses: names, numbering, the bank's narrations and charges, the books' words.
import { share } from './lib39.mjs';

const party = (pairs, width) =>
  pairs.map((book) => ({
    book,
    bank: book
      .toUpperCase()
      .replace(/[()&,.']/g, '')
      .replace(/\s+/g, ' ')
      .slice(0, width)
      .trim(),
  }));
const nameOf = (p) => (typeof p === 'string' ? p : p.bank);
const band = (amount, bands) => bands.find(([upto]) => amount <= upto * 100)[1];

export function makeNG(r) {
  const customers = party(
    [
      'Gwarinpa Royal Suites Ltd',
      'Kubwa Model College',
      'Jabi Lakeview Hotel Ltd',
      'Asokoro Diplomatic Residences Ltd',
      'Nile Crest Estates Ltd',
      'Katampe Heights Schools',
      'Bolingo Guest House Ltd',
      'Garki Medical Centre Ltd',
      'Musa Danladi Interiors',
      'Apo Legislative Quarters Coop',
      'Lifecamp Event Centre Ltd',
      'Mabushi Corporate Suites Ltd',
      'Utako Business Hub Ltd',
      'Central Area Facility Managers Ltd',
      'Durumi Primary Healthcare Trust',
      'Wuye Court Apartments Ltd',
      'Kado Fish Market Traders Assoc',
      'Dakibiyu Estate Managers',
      'Idu Rail Logistics Ltd',
      'Lugbe Grand Hotel Ltd',
      'Karu Royal Academy',
      'Lokogoma Gardens Bar Ltd',
      'Korede Adewale Properties Ltd',
      'Jahi Meadows Residents Assoc',
      'Sunnyvale Homes Ltd',
    ],
    30,
  );
  const suppliers = party(
    [
      'Kaduna Timber Merchants Ltd',
      'Lagos MDF Boards Ltd',
      'Mpape Foam Works Ltd',
      'Nyanya Upholstery Fabrics Ltd',
      'Bwari Hardware Depot',
      'Dutse Paint Centre',
      'Kasimpasa Makine Nigeria Ltd',
      'Zuba Haulage Services',
      'Deidei Glass and Aluminium Ltd',
      'Kuje Diesel Supplies Ltd',
      'Gudu Security Guards Ltd',
      'Jikwoyi Fasteners Ltd',
    ],
    30,
  );
  const session = () => `090${r.digits(3)}270${r.digits(9)}${r.digits(12)}`.slice(0, 30);
  const ourRef = () => `HMB${r.digits(12)}`;
  return {
    code: 'ng',
    set: 'ng-hasal-parasut',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2027-09-01', to: '2027-09-30' },
    holidays: [],
    k: 30000,
    limit: 5000000,
    roundTo: 10000,
    short: { num: 50, den: 1075, trait: 'short-withholding-tax-5pct' },
    invoiceStart: 30410,
    canon: (x) => `AMN-${x}`,
    writings: [
      ['ref-canonical', (x) => `AMN-${x}`],
      ['ref-lowercase', (x) => `amn${x}`],
      ['ref-serial-only', (x) => `INV ${x}`],
      ['ref-no-prefix', (x) => `${x}`],
      ['ref-slashes', (x) => `AMN/${x}`],
      ['ref-spaces', (x) => `${String(x).slice(0, 2)} ${String(x).slice(2)}`],
    ],
    customers,
    suppliers,
    thirdParty: 'ZUMA HOSPITALITY HOLDINGS LTD',
    tradingName: 'MAITAMA SERVICED FLATS',
    unknown: ['ADAMU SHEHU MUSA', 'GLORYLAND VENTURES'],
    unknownText: ['TRANSFER', 'PAYMENT'],
    noRefText: 'PAYMENT',
    payNoRef: 'PAYMENT',
    supRefundText: 'REFUND',
    party: (c) => c.book,
    inText: (M, p, their, refCol) =>
      refCol
        ? { text: `NIP TRANSFER FROM ${nameOf(p)}`, ref: their }
        : { text: `NIP TRANSFER FROM ${nameOf(p)} / ${their}`, ref: session() },
    outText: (M, p, our) => ({ text: `NIP TRANSFER TO ${nameOf(p)} / ${our}`, ref: ourRef() }),
    outCharges: (M, amount, ref) => {
      const fee = band(amount, [
        [5000, 1000],
        [50000, 2500],
        [Infinity, 5000],
      ]);
      const out = [
        { text: 'NIP TRANSFER FEE', amount: fee, kind: 'charge', ref },
        { text: 'VAT ON NIP TRANSFER FEE', amount: share(fee, 75, 1000), kind: 'fee-vat', ref },
      ];
      if (amount >= 1000000) out.push({ text: 'ELECTRONIC TRANSFER STAMP DUTY', amount: 5000, kind: 'levy', ref });
      return out;
    },
    cashText: (c) => `CASH DEPOSIT BY ${c.bank} - WUSE II BRANCH`,
    cashRef: () => `TLR${r.digits(8)}`,
    threeText: (xs) => `AMN-${xs[0]}, AMN-${xs[1]}, AMN-${xs[2]}`,
    instalText: (x, k) => `INSTALMENT ${k} OF AMN-${x}`,
    shortText: (x) => `AMN-${x} LESS WHT`,
    cnText: (x, cn) => `AMN-${x} LESS ${cn}`,
    poText: (po) => `LPO NO ${po}`,
    creditNote: (rr) => `CN-${rr.num(4)}`,
    billNo: (rr) => rr.num(r.int(5, 6)),
    billText: (b) => `INV ${b}`,
    limitText: (b, k) => `INV ${b} PART ${k}`,
    tripNo: (rr) => `TRIP ${rr.num(5)}`,
    tripText: (t) => t,
    reversalText: (t) => `REVERSAL - ${t} - BENEFICIARY ACCOUNT DORMANT`,
    refundText: (cn) => `REFUND ${cn}`,
    settlements: [
      {
        id: (rr) => rr.num(9),
        text: (id) => `PAYSTACK SETTLEMENT ${id}`,
        refCell: false,
        fee: [15, 1000],
        desc: 'Paystack web satışları',
        party: 'Paystack',
      },
      {
        id: (rr) => `FLW-${rr.num(8)}`,
        text: (id) => `FLUTTERWAVE PAYOUT ${id}`,
        fee: [14, 1000],
        desc: 'Flutterwave kart satışları',
        feeDesc: 'Flutterwave komisyonu',
        party: 'Flutterwave',
      },
      { text: () => 'MONIEPOINT POS SETTLEMENT', desc: 'Moniepoint POS satışları', party: 'Moniepoint' },
    ],
    settleRef: () => session(),
    batchNo: (rr) => `BLK${rr.num(7)}`,
    payrollText: (b) => `BULK PAYMENT - SALARY SEP 2027 - 34 BENEFICIARIES - ${b}`,
    payrollCharges: (b) => [
      { text: 'BULK PAYMENT CHARGE (34)', amount: 34 * 2500, kind: 'charge', ref: b },
      { text: 'VAT ON BULK PAYMENT CHARGE', amount: share(34 * 2500, 75, 1000), kind: 'fee-vat', ref: b },
    ],
    payrollRef: (b) => b,
    payrollDesc: 'Eylül 2027 maaş ödemesi',
    payrollParty: 'Personel',
    statutory: [
      {
        no: (rr) => rr.num(12),
        text: (no) => `REMITA - FCT-IRS PAYE AUG 2027 RRR ${no}`,
        bookRef: (no) => `${no.slice(0, 4)}-${no.slice(4, 8)}-${no.slice(8)}`,
        desc: 'FCT-IRS PAYE Ağustos 2027',
        party: 'FCT-IRS',
        lo: 6,
        hi: 12,
      },
      {
        no: (rr) => rr.num(12),
        text: (no) => `REMITA - PENCOM PENSION AUG 2027 RRR ${no}`,
        bookRef: (no) => `${no.slice(0, 4)}-${no.slice(4, 8)}-${no.slice(8)}`,
        desc: 'PenCom emeklilik katkısı Ağustos 2027',
        party: 'PenCom',
        lo: 5,
        hi: 9,
      },
      {
        no: (rr) => rr.num(11),
        text: (no) => `NRS VAT AUG 2027 PRN ${no}`,
        desc: 'KDV (VAT) Ağustos 2027',
        party: 'Nigeria Revenue Service',
        lo: 8,
        hi: 16,
      },
    ],
    utilities: (() => {
      const a1 = r.num(11);
      const a2 = r.num(8);
      return [
        {
          acct: a1,
          text: `BILLS PAYMENT - AEDC POSTPAID - ${a1}`,
          desc: 'AEDC elektrik faturası',
          party: 'AEDC',
          lo: 0.5,
          hi: 3,
        },
        {
          acct: a2,
          text: `BILLS PAYMENT - FCT WATER BOARD - ${a2}`,
          desc: 'FCT Su Kurulu faturası',
          party: 'FCT Water Board',
          lo: 0.2,
          hi: 1,
        },
      ];
    })(),
    own: (() => {
      const acct = r.num(10);
      return {
        direction: 'out',
        acct,
        payee: 'ANKARA MOBILYA NIGERIA LTD',
        our: `OWN ECOBANK ${acct}`,
        desc: `Ecobank ${acct} hesabına virman`,
        party: 'Ankara Mobilya (Ecobank)',
      };
    })(),
    ledgerOnly: [
      { ref: (rr) => `ÇEK ${rr.num(6)}`, desc: (s) => `Çek ödemesi - ${s.book}`, why: 'cheque not yet presented' },
      { why: 'payment booked on the last day, not yet through the bank' },
      {
        ref: (rr) => `ÇEK ${rr.num(6)}`,
        desc: (c) => `Müşteri çeki bankaya verildi - ${c.book}`,
        why: 'cheque lodged on the last days, not yet credited',
      },
    ],
    cardText: 'POS PURCHASE - SHOPRITE JABI LAKE ABUJA',
    lastMonthText: (rr) => `INWARD CLEARING - CHQ NO ${rr.num(6)}`,
    monthEnd: (M) => {
      const debits = M.bank.filter((l) => l.amount < 0 && l.decision !== 'bank-only').reduce((s, l) => s - l.amount, 0);
      const amf = share(debits, 1, 1000);
      return [
        { text: 'SMS ALERT CHARGES SEP 2027', amount: (M.bank.length + 4) * 400, kind: 'charge' },
        { text: 'ACCOUNT MAINTENANCE FEE', amount: amf, kind: 'charge' },
        { text: 'VAT ON ACCOUNT MAINTENANCE FEE', amount: share(amf, 75, 1000), kind: 'fee-vat' },
      ];
    },
    recDesc: (inv, c, x = {}) =>
      `Tahsilat ${inv}${x.cn ? ` (iade faturası ${x.cn} düşüldü)` : ''}${x.po ? ` - müşteri siparişi LPO ${x.po}` : ''}`,
    payDesc: (ref) => `Tedarikçi ödemesi${ref ? ` - fatura ${ref}` : ''}`,
    refundDesc: (cn) => `Müşteriye iade ${cn}`,
    supRefundDesc: () => 'Tedarikçiden iade',
  };
}

export function makeGH(r) {
  const customers = party(
    [
      'Damang Gold Contractors Ltd',
      'Prestea Sankofa Mining Ltd',
      'Bogoso Quarry Works Ltd',
      'Tarkwa Banso Mine Services',
      'Nsuta Manganese Haulage Ltd',
      'Teberebie Geotech Ltd',
      'Wassa Akropong Drillers',
      'Huni Valley Explorations Ltd',
      'Kofi Essel Borehole Works',
      'Aboso Underground Contractors',
      'Esuaso Small Scale Miners Assoc',
      'Apinto Gold Fields Ltd',
      'Iduapriem Catering Services',
      'Tamso Community Hospital',
      'Wassa East District Assembly',
      'Nkwantakrom Survey Ltd',
      'Benso Oil Palm Estate',
      'Abosso Technical Institute',
      'Simpa Engineering Works',
      'Dompim Diamond Drillers',
      'Ateiku Construction Ltd',
      'Kwabedu Hotel Annex',
      'Efua Mensah Logistics',
      'Bonsa Mining Cooperative',
      'Akoon Gold Services',
    ],
    25,
  );
  const suppliers = party(
    [
      'Takoradi Drill Bits Ltd',
      'Kumasi Hydraulics Centre',
      'Sekondi Tyre Services',
      'Nordic Rig Parts Ghana Ltd',
      'Tarkwa Welding Shop',
      'Apremdo Fuel Depot',
      'Tema Heavy Equipment Ltd',
      'Shama Haulage Ltd',
      'Agona Nkwanta Steel Ltd',
      'Prestea Lubricants Ltd',
      'Tarkwa Guards Ltd',
      'Axim Workwear Ltd',
    ],
    25,
  );
  const gip = () => `GIP${r.num(10)}`;
  const ft = () => `FT${r.num(10)}`;
  return {
    code: 'gh',
    set: 'gh-fiaseman-fortnox',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2027-10-01', to: '2027-10-31' },
    holidays: [],
    k: 400,
    limit: 50000,
    roundTo: 100,
    short: { num: 30, den: 1200, trait: 'short-withholding-tax-3pct' },
    invoiceStart: 7100,
    canon: (x) => String(x),
    writings: [
      ['ref-serial-only', (x) => `INV ${x}`],
      ['ref-lowercase', (x) => `inv${x}`],
      ['ref-invoice-no', (x) => `INVOICE NO.${x}`],
      ['ref-no-prefix', (x) => `${x}`],
      ['ref-hash', (x) => `INV#${x}`],
      ['ref-faktura', (x) => `FAKTURA ${x}`],
    ],
    customers,
    suppliers,
    thirdParty: 'ANKOBRA HOSPITALITY TRUST',
    tradingName: 'SUNRISE TIPPERS',
    unknown: ['KWAME ATTA', 'BLESSED HANDS VENTURES'],
    unknownText: ['PAYMENT', 'TRANSFER'],
    noRefText: 'PAYMENT',
    payNoRef: 'PAYMENT',
    supRefundText: 'REFUND',
    party: () => null,
    inText: (M, p, their, refCol) =>
      refCol
        ? { text: `GIP TRF FRM ${nameOf(p)}`, ref: their }
        : { text: `GIP TRF FRM ${nameOf(p)} ${their}`, ref: gip() },
    outText: (M, p, our) => ({ text: `GIP TRF TO ${nameOf(p)} ${our}`, ref: ft() }),
    outCharges: (M, amount, ref) => [
      {
        text: 'GIP TRANSFER CHARGE',
        amount: band(amount, [
          [5000, 500],
          [20000, 1000],
          [Infinity, 1500],
        ]),
        kind: 'charge',
        ref,
      },
    ],
    cashText: (c) => `CASH DEP BY ${c.bank} - TARKWA BRANCH`,
    threeText: (xs) => `INV ${xs[0]} ${xs[1]} ${xs[2]}`,
    instalText: (x, k) => `INV ${x} INSTALMENT ${k}`,
    shortText: (x) => `INV ${x} NET OF WHT`,
    cnText: (x, cn) => `INV ${x} LESS ${cn}`,
    poText: (po) => `OUR PO ${po}`,
    creditNote: (rr) => `KF ${rr.num(3)}`,
    billNo: (rr) => rr.num(r.int(5, 6)),
    billText: (b) => `BILL ${b}`,
    limitText: (b, k) => `BILL ${b} PT${k}`,
    tripNo: (rr) => `WAYBILL ${rr.num(5)}`,
    tripText: (t) => t,
    reversalText: (t) => `REVERSAL ${t} ACCOUNT CLOSED`,
    refundText: (cn) => `REFUND ${cn}`,
    settlements: [
      {
        id: (rr) => `MMS${rr.num(9)}`,
        text: (id) => `MTN MOMO MERCHANT SETTLEMENT ${id}`,
        refCell: true,
        fee: [1, 100],
        desc: 'MTN MoMo kundbetalningar',
        party: 'MTN MoMo',
      },
      {
        id: (rr) => `EXP-${rr.num(7)}`,
        text: (id) => `EXPRESSPAY SETTLEMENT ${id}`,
        fee: [2, 100],
        desc: 'ExpressPay kortbetalningar',
        feeDesc: 'ExpressPay avgift',
        party: 'ExpressPay',
      },
      { text: () => 'TELECEL CASH SWEEP', desc: 'Telecel Cash kundbetalningar', party: 'Telecel Cash' },
    ],
    settleRef: () => ft(),
    batchNo: (rr) => `BLK${rr.num(7)}`,
    payrollText: (b) => `BULK GIP SALARY OCT 2027 - 22 STAFF - ${b}`,
    payrollCharges: (b) => [{ text: 'BULK TRANSFER CHARGE (22)', amount: 22 * 200, kind: 'charge', ref: b }],
    payrollRef: (b) => b,
    payrollDesc: 'Löner oktober 2027',
    payrollParty: null,
    statutory: [
      {
        no: (rr) => rr.num(10),
        text: (no) => `GRA PAYE SEP 2027 PRN ${no}`,
        desc: 'GRA PAYE september 2027',
        lo: 5,
        hi: 12,
      },
      {
        no: (rr) => rr.num(10),
        text: (no) => `GRA VAT SEP 2027 PRN ${no}`,
        desc: 'GRA moms september 2027',
        lo: 10,
        hi: 25,
      },
      {
        no: (rr) => rr.num(9),
        text: (no) => `SSNIT CONTRIBUTION SEP 2027 ER NO ${no}`,
        desc: 'SSNIT pensionsavgift september 2027',
        lo: 4,
        hi: 9,
      },
    ],
    utilities: (() => {
      const a1 = r.num(12);
      const a2 = r.num(10);
      return [
        {
          acct: a1,
          bookAcct: `${a1.slice(0, 4)}-${a1.slice(4, 8)}-${a1.slice(8)}`,
          text: `ECG POSTPAID BILL ${a1}`,
          desc: 'ECG elräkning september',
          lo: 1,
          hi: 4,
        },
        { acct: a2, text: `GWCL BILL PAYMENT ${a2}`, desc: 'Ghana Water vattenräkning september', lo: 0.3, hi: 1 },
      ];
    })(),
    own: (() => {
      const acct = r.num(13);
      return {
        direction: 'in',
        acct,
        text: `GIP TRF FRM NORRSTEN DRILL SERVICES GCB ${acct}`,
        desc: `Överföring från eget konto GCB ${acct}`,
      };
    })(),
    ledgerOnly: [
      { ref: (rr) => `CHQ ${rr.num(6)}`, desc: (s) => `Check till ${s.book}`, why: 'cheque not yet presented' },
      { why: 'payment booked on the last day, not yet through the bank' },
      {
        ref: (rr) => `CHQ ${rr.num(6)}`,
        desc: (c) => `Kundcheck insatt - ${c.book}`,
        why: 'cheque lodged on the last days, not yet credited',
      },
    ],
    cardText: 'POS PURCHASE - CHINA MALL TARKWA',
    lastMonthText: (rr) => `INWARD CLEARING CHQ ${rr.num(6)}`,
    monthEnd: (M) => {
      const debits = M.bank.filter((l) => l.amount < 0 && l.decision !== 'bank-only').reduce((s, l) => s - l.amount, 0);
      return [
        { text: 'COT CHARGES', amount: share(debits, 1, 1000), kind: 'charge' },
        { text: 'SMS ALERT CHARGES', amount: (M.bank.length + 3) * 25, kind: 'charge' },
        { text: 'ACCOUNT MAINTENANCE FEE', amount: 3000, kind: 'charge' },
      ];
    },
    recDesc: (inv, c, x = {}) =>
      `Kundinbetalning faktura ${inv} - ${c.book}${x.cn ? ` (kreditfaktura ${x.cn} avräknad)` : ''}${x.po ? ` - kundens order ${x.po}` : ''}`,
    payDesc: (ref, s) => `Leverantörsbetalning${ref ? ` faktura ${ref}` : ''} - ${s.book}`,
    refundDesc: (cn, c) => `Återbetalning kreditfaktura ${cn} - ${c.book}`,
    supRefundDesc: (s) => `Återbetalning från ${s.book}`,
  };
}

export function makeKE(r) {
  const customers = party(
    [
      'Nyali Auto Bazaar Ltd',
      'Bamburi Taxi Sacco',
      'Likoni Shuttle Services',
      'Mtwapa Car Yard',
      'Kilifi Beach Resort Ltd',
      'Diani Safari Tours Ltd',
      'Changamwe Motors',
      'Kongowea Traders Sacco',
      'Hassan Omar Juma',
      'Mombasa Coast Tours Ltd',
      'Voi Highway Motors',
      'Malindi Logistics Ltd',
      'Shanzu Holiday Homes',
      'Pwani Supermarkets Ltd',
      'Ukunda Rent A Car',
      'Watamu Beach Club',
      'Mariakani Matatu Owners',
      'Port Reitz Academy',
      'Kipevu Container Depot Ltd',
      'Mazeras Quarry Transport',
      'Bombolulu Hardware Ltd',
      'Tiwi Beach Cottages',
      'Fatma Said Abdalla',
      'Mshomoroni Youth Group',
      'Jomvu Motors Ltd',
    ],
    20,
  );
  const suppliers = party(
    [
      'Kilindini Clearing Agents Ltd',
      'Shimanzi Container Freight Ltd',
      'Mombasa Auto Spares Ltd',
      'Jomvu Panel Beaters',
      'Miritini Tyre Centre',
      'Port Reitz Fuel Station',
      'Changamwe Inland Depot Ltd',
      'Coast Car Carriers Ltd',
      'Magongo Auto Electricals',
      'Likoni Paint Supplies',
      'Kisauni Security Services',
      'Nyali Signs and Printing',
    ],
    20,
  );
  const pl = () => `PL${r.num(10)}`;
  const our = () => `SMC${r.num(9)}`;
  const excise = (fee) => share(fee, 20, 100);
  return {
    code: 'ke',
    set: 'ke-sumac-freee',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2027-11-01', to: '2027-11-30' },
    holidays: [],
    k: 6000,
    limit: 999999,
    roundTo: 1000,
    short: { num: 20, den: 1160, trait: 'short-withholding-vat-2pct' },
    invoiceStart: 51200,
    canon: (x) => `TSB-${x}`,
    writings: [
      ['ref-canonical', (x) => `TSB-${x}`],
      ['ref-lowercase', (x) => `tsb${x}`],
      ['ref-serial-only', (x) => `INV ${x}`],
      ['ref-no-prefix', (x) => `${x}`],
      ['ref-slashes', (x) => `TSB/${x}`],
      ['ref-inv-no', (x) => `Inv No. TSB-${x}`],
    ],
    customers,
    suppliers,
    thirdParty: 'SWAHILI COAST HOSPITALITY',
    tradingName: 'MAKUPA PICKUP HIRE',
    unknown: ['JOSEPH KAMAU MWANGI', 'BARAKA ENTERPRISES'],
    unknownText: ['PAYMENT', 'TRANSFER'],
    noRefText: 'PAYMENT',
    payNoRef: 'PAYMENT',
    supRefundText: 'REFUND',
    party: (c) => c.book,
    inText: (M, p, their, refCol) =>
      refCol
        ? { text: `PESALINK CR ${nameOf(p)}`, ref: their }
        : { text: `PESALINK CR ${nameOf(p)} ${their}`, ref: pl() },
    outText: (M, p, o) => ({ text: `PESALINK DR ${nameOf(p)} ${o}`, ref: our() }),
    outCharges: (M, amount, ref) => {
      const fee = band(amount, [
        [100000, 6000],
        [500000, 12000],
        [Infinity, 20000],
      ]);
      return [
        { text: 'PESALINK TRANSFER FEE', amount: fee, kind: 'charge', ref },
        { text: 'EXCISE DUTY ON PESALINK FEE', amount: excise(fee), kind: 'tax', ref },
      ];
    },
    cashText: (c) => `CASH DEPOSIT - ${c.bank} - MOI AVENUE`,
    cashRef: () => `CD${r.num(8)}`,
    threeText: (xs) => `TSB-${xs[0]} TSB-${xs[1]} TSB-${xs[2]}`,
    instalText: (x, k) => `TSB-${x} INSTALMENT ${k}`,
    shortText: (x) => `TSB-${x} LESS WHVAT`,
    cnText: (x, cn) => `TSB-${x} LESS ${cn}`,
    poText: (po) => `LPO ${po}`,
    creditNote: (rr) => `CN-${rr.num(4)}`,
    billNo: (rr) => rr.num(r.int(5, 6)),
    billText: (b) => `INV ${b}`,
    limitText: (b, k) => `INV ${b} PT ${k}`,
    tripNo: (rr) => `LOT ${rr.num(5)}`,
    tripText: (t) => t,
    reversalText: (t) => `REVERSAL ${t} INVALID ACCOUNT`,
    refundText: (cn) => `REFUND ${cn}`,
    settlements: [
      {
        id: (rr) => `MPS${rr.num(8)}`,
        text: (id) => `MPESA PAYBILL SWEEP ${id}`,
        refCell: false,
        fee: [55, 10000],
        desc: 'M-PESA 売上入金',
        party: 'Safaricom M-PESA',
      },
      {
        id: (rr) => `JPG${rr.num(7)}`,
        text: (id) => `JENGA PGW SETTLEMENT ${id}`,
        fee: [29, 1000],
        desc: 'Jenga PGW カード売上',
        feeDesc: 'Jenga PGW 決済手数料',
        party: 'Jenga PGW',
      },
      { text: () => 'T-KASH COLLECTIONS SWEEP', desc: 'T-Kash 売上入金', party: 'Telkom T-Kash' },
    ],
    settleRef: () => `STL${r.num(9)}`,
    batchNo: (rr) => `BP${rr.num(7)}`,
    payrollText: (b) => `SALARY BULK PAYMENT NOV 2027 - 16 STAFF - ${b}`,
    payrollCharges: (b) => [
      { text: 'BULK PAYMENT CHARGE (16)', amount: 16 * 3000, kind: 'charge', ref: b },
      { text: 'EXCISE DUTY ON BULK PAYMENT CHARGE', amount: excise(16 * 3000), kind: 'tax', ref: b },
    ],
    payrollRef: (b) => b,
    payrollDesc: '11月分 給与振込',
    payrollParty: '従業員',
    statutory: [
      {
        no: (rr) => rr.num(10),
        text: (no) => `KRA PAYE OCT 2027 PRN ${no}`,
        desc: 'KRA PAYE 10月分',
        party: 'KRA',
        lo: 5,
        hi: 12,
      },
      {
        no: (rr) => rr.num(10),
        text: (no) => `KRA HOUSING LEVY OCT 2027 PRN ${no}`,
        desc: '住宅税 (Housing Levy) 10月分',
        party: 'KRA',
        lo: 1,
        hi: 3,
      },
      {
        no: (rr) => rr.num(8),
        text: (no) => `SHA SHIF OCT 2027 EMPLOYER ${no}`,
        desc: 'SHA SHIF 10月分',
        party: 'Social Health Authority',
        lo: 1,
        hi: 3,
      },
      {
        no: (rr) => rr.num(9),
        text: (no) => `NSSF OCT 2027 EMPLOYER ${no}`,
        desc: 'NSSF 10月分',
        party: 'NSSF',
        lo: 1,
        hi: 3,
      },
    ],
    utilities: (() => {
      const a1 = r.num(11);
      const a2 = r.num(7);
      return [
        { acct: a1, text: `KPLC POSTPAID ${a1}`, desc: 'Kenya Power 電気料金', party: 'Kenya Power', lo: 1, hi: 4 },
        { acct: a2, text: `MOWASCO WATER BILL ${a2}`, desc: 'MOWASCO 水道料金', party: 'MOWASCO', lo: 0.2, hi: 1 },
      ];
    })(),
    own: (() => {
      const acct = r.num(13);
      return {
        direction: 'out',
        acct,
        payee: 'TSUBASA MOTORS KENYA',
        our: `OWN AC NCBA ${acct}`,
        desc: `NCBA ${acct} へ資金移動`,
        party: 'Tsubasa Motors (NCBA)',
      };
    })(),
    ledgerOnly: [
      { ref: (rr) => `CHQ ${rr.num(6)}`, desc: () => '小切手振出', why: 'cheque not yet presented' },
      { why: 'payment booked on the last day, not yet through the bank' },
      {
        ref: (rr) => `CHQ ${rr.num(6)}`,
        desc: () => '受取小切手 預入',
        why: 'cheque lodged on the last days, not yet credited',
      },
    ],
    cardText: 'VISA POS CARREFOUR NYALI MSA',
    lastMonthText: (rr) => `INWARD CLEARING CHQ NO ${rr.num(6)}`,
    monthEnd: (M) => {
      const sms = (M.bank.length + 4) * 300;
      return [
        { text: 'MONTHLY LEDGER FEE', amount: 50000, kind: 'charge' },
        { text: 'EXCISE DUTY ON LEDGER FEE', amount: excise(50000), kind: 'tax' },
        { text: 'SMS ALERT CHARGES', amount: sms, kind: 'charge' },
        { text: 'EXCISE DUTY ON SMS CHARGES', amount: excise(sms), kind: 'tax' },
      ];
    },
    recDesc: (inv, c, x = {}) =>
      `売掛金入金 ${inv}${x.cn ? ` (返品 ${x.cn} 控除後)` : ''}${x.po ? ` 注文番号 LPO ${x.po}` : ''}`,
    payDesc: (ref) => `買掛金支払${ref ? ` 請求書 ${ref}` : ''}`,
    refundDesc: (cn) => `返金 ${cn}`,
    supRefundDesc: () => '仕入先より返金',
  };
}

export function makeZA(r) {
  const customers = party(
    [
      'Germiston Building Supplies (Pty) Ltd',
      'Soweto Hardware Centre',
      'Alberton Tool Hire cc',
      'Boksburg Bolt and Nut (Pty) Ltd',
      'Kyalami Construction Supplies',
      'Randburg Plumbing Merchants',
      'Tembisa Hardware',
      'Roodepoort Building Depot',
      'Sipho Dlamini Builders',
      'Vereeniging Steel Merchants',
      'Kempton Electrical Wholesalers',
      'Pretoria West Hardware',
      'Springs Agricultural Co-op',
      'Sandton Property Maintenance',
      'Krugersdorp Mining Supplies',
      'Edenvale Glass Centre',
      'Orange Farm Builders Co-op',
      'Lenasia Paint Centre',
      'Isando Industrial Maintenance',
      'Brakpan Hardware',
      'Randfontein Timber',
      'Diepsloot Build It',
      'T Nkosi Installations',
      'Bedfordview Kitchens',
      'Meyerton Hardware',
    ],
    22,
  );
  const suppliers = party(
    [
      'Harbour Clearing and Forwarding (Pty) Ltd',
      'City Deep Warehousing',
      'Jet Park Freight Services',
      'Wadeville Pallet Racking',
      'Heriotdale Forklift Hire',
      'Cleveland Security Services',
      'Formosa Trade Agency SA',
      'Reef Road Transport',
      'Denver Packaging',
      'Jeppestown Signage',
      'Marshalltown Printers',
      'Village Deep Cleaning',
    ],
    22,
  );
  return {
    code: 'za',
    set: 'za-bankoftaiwan-digiwin',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2027-09-01', to: '2027-09-30' },
    holidays: ['2027-09-24'],
    k: 1500,
    limit: 500000,
    roundTo: 100,
    short: { num: 25, den: 1000, trait: 'short-settlement-discount' },
    invoiceStart: 78300,
    canon: (x) => `YS-${x}`,
    writings: [
      ['ref-canonical', (x) => `YS-${x}`],
      ['ref-lowercase', (x) => `ys${x}`],
      ['ref-serial-only', (x) => `INV ${x}`],
      ['ref-no-prefix', (x) => `${x}`],
      ['ref-joined', (x) => `YS${x}`],
      ['ref-invoice', (x) => `Invoice YS-${x}`],
    ],
    customers,
    suppliers,
    thirdParty: 'MOLEFE FRANCHISE HOLDINGS',
    tradingName: 'ROCKVILLE PIPE MASTERS',
    unknown: ['MR L VAN WYK', 'NOMSA MOTLOUNG'],
    unknownText: ['PAYMENT', 'DEPOSIT'],
    noRefText: 'PAYMENT',
    payNoRef: 'PAYMENT',
    supRefundText: 'REFUND',
    party: (c) => c.book,
    inText: (M, p, their, refCol) =>
      refCol
        ? { text: `EFT CREDIT ${nameOf(p)}`, ref: their }
        : { text: `EFT CREDIT ${nameOf(p)} ${their}`, ref: null },
    outText: (M, p, o) => ({ text: `EFT DEBIT ${nameOf(p)} ${o}`, ref: null }),
    outCharges: () => [{ text: 'EFT PAYMENT FEE', amount: 750, kind: 'charge', ref: null }],
    cashText: (c) => `CASH DEPOSIT ${c.bank}`,
    cashCharges: (a) => [{ text: 'CASH DEPOSIT FEE', amount: 3000 + share(a, 15, 10000), kind: 'charge', ref: null }],
    threeText: (xs) => `YS-${xs[0]} YS-${xs[1]} YS-${xs[2]}`,
    instalText: (x, k) => `YS-${x} INSTALMENT ${k}`,
    shortText: (x) => `YS-${x} LESS DISC`,
    cnText: (x, cn) => `YS-${x} LESS ${cn}`,
    poText: (po) => `ORDER ${po}`,
    creditNote: (rr) => `CN${rr.num(5)}`,
    billNo: (rr) => rr.num(r.int(5, 6)),
    billText: (b) => `INV ${b}`,
    limitText: (b, k) => `INV ${b} PMT ${k}`,
    tripNo: (rr) => `WAYBILL ${rr.num(6)}`,
    tripText: (t) => t,
    reversalText: (t) => `UNPAID ${t} ACCOUNT CLOSED`,
    refundText: (cn) => `REFUND ${cn}`,
    settlements: [
      {
        id: (rr) => `PP${rr.num(8)}`,
        text: (id) => `PEACH PAYMENTS SETTLEMENT ${id}`,
        refCell: false,
        fee: [29, 1000],
        desc: 'Peach Payments 信用卡收款',
        party: 'Peach Payments',
      },
      {
        id: (rr) => `OZ${rr.num(7)}`,
        text: (id) => `OZOW SETTLEMENT ${id}`,
        fee: [15, 1000],
        desc: 'Ozow 即時EFT收款',
        feeDesc: 'Ozow 手續費',
        party: 'Ozow',
      },
      { text: () => 'ZAPPER PAYOUT', desc: 'Zapper 掃碼收款', party: 'Zapper' },
    ],
    batchNo: (rr) => rr.num(7),
    payrollText: (b) => `SALARIES SEP 2027 BATCH ${b}`,
    payrollCharges: () => [{ text: 'BATCH PAYMENT FEE (12)', amount: 12 * 400, kind: 'charge', ref: null }],
    payrollDesc: '9月薪資',
    payrollParty: '員工薪資',
    statutory: [
      {
        no: (rr) => `7${rr.digits(9)}`,
        text: (no) => `SARS EFILING EMP201 ${no}`,
        desc: 'SARS EMP201 8月',
        party: 'SARS',
        lo: 8,
        hi: 15,
      },
      {
        no: (rr) => `7${rr.digits(9)}`,
        text: (no) => `SARS EFILING VAT201 ${no}`,
        desc: 'SARS VAT201 7-8月',
        party: 'SARS',
        lo: 12,
        hi: 30,
      },
      {
        no: (rr) => `JNB${rr.num(8)}`,
        text: (no) => `SARS CUSTOMS PAYMENT ${no}`,
        desc: 'SARS 海關進口稅',
        party: 'SARS Customs',
        lo: 10,
        hi: 25,
      },
    ],
    utilities: (() => {
      const a1 = r.num(9);
      const a2 = r.num(10);
      return [
        {
          acct: a1,
          text: `CITY OF JHB ${a1}`,
          desc: '約翰尼斯堡市 水電費',
          party: 'City of Johannesburg',
          lo: 2,
          hi: 6,
        },
        { acct: a2, text: `DEBIT ORDER TELKOM ${a2}`, desc: 'Telkom 電話網路費', party: 'Telkom', lo: 0.3, hi: 1 },
      ];
    })(),
    own: (() => {
      const acct = r.num(10);
      return {
        direction: 'in',
        acct,
        text: `EFT CREDIT YUSHAN HARDWARE STD BANK ${acct}`,
        desc: `自有帳戶轉入 Standard Bank ${acct}`,
        party: 'Yushan Hardware (Standard Bank)',
      };
    })(),
    ledgerOnly: [
      {
        ref: (rr) => `PV${rr.num(6)}`,
        desc: () => '付款 (10月1日放行)',
        why: 'payment captured for release after the month end',
      },
      { why: 'payment booked on the last day, not yet through the bank' },
      {
        ref: (rr) => `RA${rr.num(6)}`,
        desc: () => '收款 (依匯款通知入帳)',
        why: 'remittance advice booked before the money arrived',
      },
    ],
    cardText: 'DEBIT ORDER DISCOVERY INSURE 4471',
    lastMonthText: (rr) => `EFT DEBIT SPRINGBOK FREIGHT AUG ${rr.num(6)}`,
    monthEnd: () => [{ text: 'MONTHLY SERVICE FEE', amount: 29500, kind: 'charge' }],
    recDesc: (inv, c, x = {}) => `收款 ${inv}${x.cn ? ` 扣除折讓 ${x.cn}` : ''}${x.po ? ` 客戶訂單 ${x.po}` : ''}`,
    payDesc: (ref) => `付款${ref ? ` 發票 ${ref}` : ''}`,
    refundDesc: (cn) => `退款 ${cn}`,
    supRefundDesc: () => '供應商退款',
  };
}
