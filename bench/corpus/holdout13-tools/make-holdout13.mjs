// Seeded generator of the holdout13 evaluation sets (bench/corpus/holdout13/).
// Written from the public input contracts and from how the banks and packages export; not from the engine.
// Usage: node bench/corpus/holdout13-tools/make-holdout13.mjs   (BANKFEED_CORPUS_SEED overrides the seed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'holdout13');
const BASE_SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20261301);
console.log(`holdout13 seed ${BASE_SEED}`);

// ---------- small helpers (money stays integer minor units throughout) ----------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rng = mulberry32(BASE_SEED);
const ri = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
const chance = (p) => rng() < p;
/** a round-ish amount in minor units between lo and hi major units */
const amt = (lo, hi, step = 50) => Math.round(ri(lo, hi) / step) * step * 100 + (chance(0.3) ? ri(0, 99) : 0);
const dec = (m) => {
  const s = m < 0 ? '-' : '';
  const a = Math.abs(m);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const grouped = (m) => {
  const a = Math.abs(m);
  return `${Math.floor(a / 100).toLocaleString('en-US')}.${String(a % 100).padStart(2, '0')}`;
};
const pad = (n, w) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (y, m, d) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;
const parts = (s) => s.split('-').map(Number);
const addDays = (s, n) => {
  const [y, m, d] = parts(s);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
};
const dmy = (s) => {
  const [y, m, d] = parts(s);
  return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
};
const dMonY = (s) => {
  const [y, m, d] = parts(s);
  return `${pad(d, 2)}-${MON[m - 1]}-${y}`;
};
const ymdSlash = (s) => s.replaceAll('-', '/');
const serial = (s) => {
  const [y, m, d] = parts(s);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
};
const csvCell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const isWeekend = (s) => {
  const [y, m, d] = parts(s);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 || w === 6;
};

// ---------- the four sets ----------
// Each set: country vocabulary + how its bank and package write. Events below use these.
const SETS = [
  {
    set: 'ng-unionbank-freshbooks',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    year: 2026,
    month: 4,
    bank: 'Union Bank of Nigeria',
    pkg: 'FreshBooks (General Ledger report, CSV)',
    company: 'KOLADE & SONS PACKAGING LTD',
    bankFile: 'unionbank-0071-apr2026.csv',
    ledgerFile: 'freshbooks-general-ledger-apr2026.csv',
    ledgerAccount: 'Union Bank Current',
    opening: 18452310_00,
    inv: (n) => pad(n, 7), // FreshBooks invoice numbers are 7-digit, zero padded
    invWritings: [
      (n) => `INV ${n}`,
      (n) => `inv${pad(n, 7)}`,
      (n) => `Invoice No ${pad(n, 7)}`,
      (n) => `INV-${pad(n, 7)}`,
      (n) => `inv ${n}`,
    ],
    invBase: 1184,
    customers: [
      ['Chivita Distribution Ltd', 'CHIVITA DISTRIBUTION LIMITED', 'CHIVITA DIST'],
      ['Ikeja Bottling Co', 'IKEJA BOTTLING COMPANY LTD', 'IKEJA BOTTLING'],
      ['Mama Cass Restaurants', 'MAMA CASS RESTAURANTS LTD', 'MAMACASS REST'],
      ['Oando Retail Hub', 'OANDO RETAIL HUB LTD', 'OANDO RTL HUB'],
      ['Sweet Sensation Confectionery', 'SWEET SENSATION CONF LTD', 'SWEET SENSATN'],
      ['Tantalizers Plc', 'TANTALIZERS PLC', 'TANTALIZERS'],
      ['Ebeano Supermarket', 'EBEANO SUPERMARKET LTD', 'EBEANO SUPERMKT'],
      ['Fan Milk Ikorodu Depot', 'FAN MILK PLC IKORODU', 'FANMILK IKD'],
      ['Grand Cereals Ltd', 'GRAND CEREALS LIMITED', 'GRAND CEREALS'],
      ['Olu Bakes & Pastries', 'OLUWAFEMI ADEYEMI', 'O ADEYEMI'], // sole trader pays from personal account
      ['Bukka Hut Lekki', 'BUKKA HUT LTD', 'BUKKAHUT'],
      ['Dangote Sugar Depot Apapa', 'DANGOTE SUGAR REFINERY PLC', 'DANGOTE SUGAR'],
    ],
    suppliers: [
      ['Lagos Paper Mills', 'LAGOS PAPER MILLS LTD', 'BILL-'],
      ['Nampak Nigeria', 'NAMPAK NIGERIA LTD', 'NPK/'],
      ['Ikeja Electric', 'IKEJA ELECTRIC PLC', 'IE-'],
      ['Total Energies Station Oregun', 'TOTALENERGIES MKTG NIG', 'TE'],
      ['Chemstar Inks', 'CHEMSTAR INKS & ADHESIVES', 'CS'],
      ['Kobo360 Logistics', 'KOBO360 LOGISTICS LTD', 'K360-'],
      ['Afolabi Properties (rent)', 'AFOLABI PROPERTIES LTD', 'RENT'],
      ['Glue Masters Ltd', 'GLUEMASTERS NIGERIA LTD', 'GM'],
    ],
    receiptText: (name, ref) =>
      pick([
        () => `NIP CR/${name}/${ref ?? 'TRANSFER'}`,
        () => `TRF FRM ${name} ${ref ? '/' + ref : ''}`.trim(),
        () => `NIP/${pick(['GTB', 'ZIB', 'FBN', 'UBA', 'ACC', 'FID'])}/${name}/${ref ?? 'PAYMENT'}`,
      ])(),
    payText: (name, ref) =>
      pick([() => `NIP DR/${name}/${ref ?? 'PAYMENT'}`, () => `TRF TO ${name} ${ref ?? ''}`.trim()])(),
    chargesOnPay: (m) => {
      // NIP transfer fee by band, VAT included (10.00/25.00/50.00 + 7.5%), one line as Union Bank posts it
      const a = Math.abs(m);
      return [
        { text: 'NIP CHARGE + VAT', amount: a <= 5000_00 ? -10_75 : a <= 50000_00 ? -26_88 : -53_75, kind: 'fee-vat' },
      ];
    },
    chargesOnReceipt: () => [],
    // the ₦50 EMTL on each receipt of ₦10,000 or more, collected by the bank in one line a week
    emtlWeekly: { min: 10000_00, each: 50_00, text: (n) => `ELECTRONIC MONEY TRANSFER LEVY X${n}` },
    monthly: [
      { text: 'SMS ALERT CHARGES APR 2026', amount: -ri(40, 90) * 4_00, kind: 'charge' },
      { text: 'ACCOUNT MAINTENANCE FEE', amount: -ri(1500, 4500) * 100, kind: 'charge' },
      { text: 'VAT ON ACCOUNT MAINTENANCE FEE', amount: null, kind: 'fee-vat' }, // filled from the fee above
      { text: 'STAMP DUTY CHARGE', amount: -50_00, kind: 'tax' },
    ],
    interest: null, // current account, no credit interest
    settlement: {
      name: 'PAYSTACK',
      text: (id) => `NIP CR/PAYSTACK PAYMENTS LTD/SETTLEMENT ${id}`,
      fee: (g) => Math.min(Math.round(g * 0.015), 2000_00),
      id: () => digits(9),
      book: 'Paystack settlement',
    },
    wht: { rate: 0.05, trait: 'short-withholding-tax-5pct' },
    payroll: { text: 'BULK SALARY APR2026 UNION PAY', book: 'Net salaries April 2026' },
    statutory: [
      {
        bank: (r) => `REMITA/LIRS PAYE MAR 2026/RRR ${r}`,
        book: 'PAYE March 2026 - LIRS',
        ref: () => `RRR ${digits(4)}-${digits(4)}-${digits(4)}`,
      },
      {
        bank: (r) => `REMITA/FIRS VAT MAR 2026/RRR ${r}`,
        book: 'VAT return March 2026 - FIRS',
        ref: () => `RRR ${digits(4)}-${digits(4)}-${digits(4)}`,
      },
      {
        bank: () => `NIP DR/STANBIC IBTC PENSION MGRS/PENSION MAR26`,
        book: 'Pension contributions March 2026',
        ref: () => 'PEN-0326',
      },
    ],
    cheque: { issued: (n) => `CHQ PAID ${n}`, deposit: (n, name) => `CLG CHQ DEP ${n} ${name}` },
    reversal: (t) => `REV: ${t}`,
    unknownIn: () => `NIP CR/${pick(['CHUKWUEMEKA OBI', 'ABDULLAHI MUSA', 'BLESSING OKON'])}/TRANSFER`,
    unknownOut: () => `POS PURCHASE SHOPRITE LEKKI ${digits(6)}`,
  },
  {
    set: 'gh-cbg-acumatica',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    year: 2026,
    month: 5,
    bank: 'Consolidated Bank Ghana',
    pkg: 'Acumatica (Account Details inquiry, Excel export)',
    company: 'VOLTA AGRO INPUTS LTD',
    bankFile: 'cbg-1402-may2026.csv',
    ledgerFile: 'acumatica-account-details-may2026.xlsx',
    ledgerAccount: '10200',
    opening: 386420_55,
    inv: (n) => `AR${pad(n, 6)}`,
    invWritings: [
      (n) => `AR${pad(n, 6)}`,
      (n) => `ar ${n}`,
      (n) => `INV ${n}`,
      (n) => `AR-${pad(n, 6)}`,
      (n) => `ar${pad(n, 6)}`,
    ],
    invBase: 7410,
    customers: [
      ['Ejura Farmers Cooperative', 'EJURA FARMERS COOP', 'EJURA FARMERS'],
      ['Techiman Agro Dealers', 'TECHIMAN AGRO DEALERS LTD', 'TECHIMAN AGRO'],
      ['Kumasi Poultry Farms', 'KUMASI POULTRY FARMS', 'KSI POULTRY'],
      ['Akate Farms & Trading', 'AKATE FARMS AND TRADING CO', 'AKATE FARMS'],
      ['Wenchi Grain Traders', 'WENCHI GRAIN TRADERS', 'WENCHI GRAIN'],
      ['Nkawkaw Agro Centre', 'KWABENA OWUSU-ANSAH', 'K OWUSU ANSAH'], // owner pays personally
      ['Ho Municipal Assembly', 'HO MUNICIPAL ASSEMBLY', 'HO MUN ASSEMBLY'],
      ['Sunyani Seed Company', 'SUNYANI SEED CO LTD', 'SUNYANI SEED'],
      ['Tamale Agric Ventures', 'TAMALE AGRIC VENTURES', 'TAMALE AGRIC'],
      ['Aflao Border Traders', 'AFLAO BORDER TRADERS', 'AFLAO TRADERS'],
      ['Koforidua Greenhouses', 'KOFORIDUA GREENHOUSES LTD', 'KOF GREENHOUSE'],
    ],
    suppliers: [
      ['Yara Ghana', 'YARA GHANA LTD', 'YG'],
      ['Chemico Ltd', 'CHEMICO LIMITED', 'CHM'],
      ['Wienco Ghana', 'WIENCO GHANA LTD', 'WNC-'],
      ['ECG Tema', 'ELECTRICITY CO OF GH', 'ECG'],
      ['Golden Exotics Haulage', 'GOLDEN EXOTICS HAULAGE', 'GEH'],
      ['Dizengoff Ghana', 'DIZENGOFF GHANA LTD', 'DZ'],
      ['Tema Warehouse Rent - Asante Estates', 'ASANTE ESTATES LTD', 'RNT'],
    ],
    receiptText: (name, ref) =>
      pick([
        () => `GIP TRANSFER FROM ${name}${ref ? ' ' + ref : ''}`,
        () => `ACH CR ${name}${ref ? ' REF ' + ref : ''}`,
        () => `INWARD TRF ${name} ${ref ?? 'PAYMENT'}`,
      ])(),
    payText: (name, ref) =>
      pick([() => `GIP TRF TO ${name} ${ref ?? ''}`.trim(), () => `ACH DR ${name}${ref ? ' ' + ref : ''}`])(),
    chargesOnPay: (m) => [
      {
        text: Math.abs(m) > 50000_00 ? 'RTGS CHARGE' : 'GIP TRANSFER CHARGES',
        amount: -(Math.abs(m) > 50000_00 ? 30_00 : 5_00),
        kind: 'charge',
      },
    ],
    chargesOnReceipt: () => [],
    monthly: [
      { text: 'ACCOUNT MAINTENANCE FEE MAY 2026', amount: -45_00, kind: 'charge' },
      { text: 'SMS ALERT CHARGES', amount: -ri(12, 30) * 50, kind: 'charge' },
      { text: 'CHEQUE BOOK CHARGE 50 LVS', amount: -120_00, kind: 'charge' },
    ],
    interest: { text: 'CREDIT INTEREST CAPITALISED', kind: 'interest' },
    settlement: {
      name: 'MTN MOMO',
      text: (id) => `MOMO MERCHANT SETTLEMENT ${id} MTN MOBILE MONEY`,
      fee: (g) => Math.round(g * 0.01),
      id: () => `MS${digits(8)}`,
      book: 'MoMo merchant takings',
    },
    wht: { rate: 0.03, trait: 'short-withholding-tax-3pct' },
    payroll: { text: 'SALARY PAYMENT MAY 2026 BULK', book: 'May 2026 net pay' },
    statutory: [
      {
        bank: (r) => `GIP TRF TO GHANA REVENUE AUTHORITY PAYE ${r}`,
        book: 'GRA PAYE April 2026',
        ref: () => `GRA-${digits(8)}`,
      },
      { bank: () => `ACH DR SSNIT TIER 1 APR 2026`, book: 'SSNIT Tier 1 April 2026', ref: () => 'SSNIT-0426' },
      {
        bank: () => `ACH DR AXIS PENSION TRUST TIER 2`,
        book: 'Tier 2 pension April 2026 - Axis',
        ref: () => 'T2-0426',
      },
      {
        bank: (r) => `GIP TRF TO GRA VAT APR26 ${r}`,
        book: 'VAT/NHIL/GETFund return April 2026',
        ref: () => `GRA-${digits(8)}`,
      },
    ],
    cheque: { issued: (n) => `CHQ WDL ${n}`, deposit: (n, name) => `CLEARING CHEQUE ${n} ${name}` },
    reversal: (t) => `REVERSAL ${t}`,
    unknownIn: () =>
      `MOMO TO BANK ${pick(['0244', '0554', '0201'])}${digits(6)} ${pick(['ABENA MENSAH', 'KOFI BOATENG', 'YAW DARKO'])}`,
    unknownOut: () => `ATM WDL ${pick(['ACCRA MALL', 'KANESHIE'])} ${digits(4)}`,
  },
  {
    set: 'ke-kingdom-dynamicsnav',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    year: 2026,
    month: 2,
    bank: 'Kingdom Bank Kenya',
    pkg: 'Microsoft Dynamics NAV 2018 (Bank Account Ledger Entries, Excel export)',
    company: 'RIFT VALLEY HARDWARE & TIMBER LTD',
    bankFile: 'kingdombank-5519-feb2026.csv',
    ledgerFile: 'nav-bank-ledger-entries-feb2026.xlsx',
    ledgerAccount: 'BNK-KINGDOM',
    opening: 2847115_40,
    inv: (n) => `PSI${pad(n, 6)}`,
    invWritings: [
      (n) => `PSI${pad(n, 6)}`,
      (n) => `psi ${n}`,
      (n) => `INV${n}`,
      (n) => `PSI-${pad(n, 6)}`,
      (n) => `Inv no ${n}`,
    ],
    invBase: 103412,
    customers: [
      ['Nakuru Builders Merchants', 'NAKURU BUILDERS MERCHANTS', 'NKR BUILDERS'],
      ['Eldoret Homecraft Ltd', 'ELDORET HOMECRAFT LIMITED', 'ELD HOMECRAFT'],
      ['Kericho Tea Estates (Maint)', 'KERICHO TEA ESTATES LTD', 'KERICHO TEA'],
      ['Naivasha Flower Farm', 'NAIVASHA FLOWER FARM', 'NAIVASHA FLWR'],
      ['County Govt of Nakuru', 'COUNTY GOVERNMENT OF NAKURU', 'CGN NAKURU'],
      ['Gilgil Contractors', 'PETER KAMAU NJOROGE', 'P K NJOROGE'], // director's own account
      ['Molo Timber Yard', 'MOLO TIMBER YARD', 'MOLO TIMBER'],
      ['Egerton University', 'EGERTON UNIVERSITY', 'EGERTON UNI'],
      ['Baringo Roofing Co', 'BARINGO ROOFING CO LTD', 'BARINGO ROOF'],
      ['Kabarak Construction', 'KABARAK CONSTRUCTION LTD', 'KABARAK CONST'],
      ['Salgaa Hardware', 'SALGAA HARDWARE', 'SALGAA HW'],
    ],
    suppliers: [
      ['Mabati Rolling Mills', 'MABATI ROLLING MILLS LTD', 'MRM'],
      ['Devki Steel', 'DEVKI STEEL MILLS', 'DSM'],
      ['Crown Paints Kenya', 'CROWN PAINTS KENYA PLC', 'CP'],
      ['Kenya Power', 'KENYA POWER & LIGHTING', 'KPLC'],
      ['Timsales Ltd', 'TIMSALES LIMITED', 'TS'],
      ['Basco Products', 'BASCO PRODUCTS KENYA', 'BSC'],
      ['Mwangi Transporters', 'MWANGI TRANSPORTERS', 'MT'],
    ],
    receiptText: (name, ref) =>
      pick([
        () => `PESALINK FROM ${name}${ref ? ' ' + ref : ''}`,
        () => `EFT CR ${name} ${ref ?? ''}`.trim(),
        () => `RTGS CR/${name}/${ref ?? 'PAYMENT'}`,
      ])(),
    payText: (name, ref) =>
      pick([() => `PESALINK TO ${name} ${ref ?? ''}`.trim(), () => `EFT DR ${name}${ref ? ' ' + ref : ''}`])(),
    chargesOnPay: (m) => {
      const a = Math.abs(m);
      const fee = a > 999999_00 ? 500_00 : a > 100000_00 ? 110_00 : 55_00;
      return [
        { text: a > 999999_00 ? 'RTGS CHARGES' : 'PESALINK CHARGES', amount: -fee, kind: 'charge' },
        { text: 'EXCISE DUTY', amount: -Math.round(fee * 0.2), kind: 'tax' },
      ];
    },
    chargesOnReceipt: () => [],
    monthly: [
      { text: 'LEDGER FEES', amount: -750_00, kind: 'charge' },
      { text: 'EXCISE DUTY', amount: -150_00, kind: 'tax' },
      { text: 'SMS ALERTS CHARGES FEB', amount: -ri(30, 60) * 5_00, kind: 'charge' },
    ],
    interest: null,
    settlement: {
      name: 'M-PESA',
      text: (id) => `MPESA B2B SETTLEMENT PAYBILL 4037121 ${id}`,
      fee: (g) => Math.min(Math.round(g * 0.0055), 200_00),
      id: () => `${pick(['SBA', 'SBB', 'SBC'])}${digits(1)}${'QWERTYUPASDFGHJKLZXCVBNM'[ri(0, 23)]}${digits(5)}`,
      book: 'M-Pesa paybill takings',
    },
    wht: { rate: 0.02, trait: 'short-withholding-vat-2pct' },
    payroll: { text: 'SALARY FEB 2026 BULK PESALINK', book: 'Net pay February 2026' },
    statutory: [
      { bank: (r) => `KRA PAYE ${r}`, book: 'PAYE January 2026', ref: () => `PRN 2026${digits(8)}` },
      { bank: (r) => `KRA AHL ${r}`, book: 'Affordable Housing Levy Jan 2026', ref: () => `PRN 2026${digits(8)}` },
      { bank: () => `NSSF CONTRIBUTIONS JAN26`, book: 'NSSF January 2026', ref: () => 'NSSF-0126' },
      { bank: () => `SHA CONTRIBUTIONS JAN 2026`, book: 'SHIF January 2026', ref: () => 'SHIF-0126' },
    ],
    cheque: { issued: (n) => `CHEQUE ${n} PAID`, deposit: (n, name) => `CHQ DEPOSIT ${n} ${name}` },
    reversal: (t) => `REVERSAL- ${t}`,
    unknownIn: () => `CASH DEPOSIT NAKURU BR ${digits(6)}`,
    unknownOut: () => `STANDING ORDER ${pick(['JUBILEE INSURANCE', 'BRITAM LIFE'])} ${digits(5)}`,
  },
  {
    set: 'za-albaraka-omni',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    year: 2026,
    month: 6,
    bank: 'Albaraka Bank South Africa',
    pkg: 'Omni Accounts (general ledger export in the documented generic layout)',
    company: 'MAYVILLE HALAAL MEAT WHOLESALERS (PTY) LTD',
    bankFile: 'albaraka-3306-jun2026.csv',
    ledgerFile: 'omni-general-ledger-jun2026.csv',
    ledgerAccount: '8400/000',
    opening: 612804_19,
    inv: (n) => `IN${pad(n, 6)}`,
    invWritings: [
      (n) => `IN${pad(n, 6)}`,
      (n) => `in ${n}`,
      (n) => `INV${n}`,
      (n) => `IN ${pad(n, 6)}`,
      (n) => `Inv${n}`,
    ],
    invBase: 20514,
    customers: [
      ['Durban Spice Emporium', 'DURBAN SPICE EMPORIUM', 'DBN SPICE'],
      ['Overport Butchery', 'OVERPORT BUTCHERY CC', 'OVERPORT BUTCH'],
      ['Pietermaritzburg Halaal Deli', 'PMB HALAAL DELI', 'PMB DELI'],
      ['Grey Street Restaurants', 'GREY STREET REST PTY LTD', 'GREY ST REST'],
      ['Chatsworth Spar', 'CHATSWORTH SPAR', 'SPAR CHATSWORTH'],
      ['Verulam Caterers', 'M I MOOSA', 'MI MOOSA'], // owner's personal account
      ['Phoenix Plaza Grill', 'PHOENIX PLAZA GRILL', 'PHOENIX GRILL'],
      ['Westville Boys High Tuckshop', 'WESTVILLE BOYS HIGH SGB', 'WBHS SGB'],
      ['Umhlanga Hotel Group', 'UMHLANGA HOTEL GROUP', 'UMHLANGA HTL'],
      ['Tongaat Cash & Carry', 'TONGAAT CASH N CARRY', 'TONGAAT C&C'],
      ['Pinetown Meat Market', 'PINETOWN MEAT MARKET', 'PTN MEAT MKT'],
    ],
    suppliers: [
      ['Karan Beef Feedlot', 'KARAN BEEF', 'KB'],
      ['Eskom / eThekwini Electricity', 'ETHEKWINI ELEC', 'ETK'],
      ['Crown National Spices', 'CROWN NATIONAL', 'CN'],
      ['Polyoak Packaging', 'POLYOAK PACKAGING', 'PO'],
      ['Imperial Cold Logistics', 'IMPERIAL COLD CHAIN', 'ICL'],
      ['Sanha Certification', 'SANHA', 'SAN'],
      ['Mayville Properties (rent)', 'MAYVILLE PROPERTIES', 'RNT'],
    ],
    receiptText: (name, ref) =>
      pick([
        () => `CREDIT TRANSFER ${name}${ref ? ' ' + ref : ''}`,
        () => `IB PAYMENT FROM ${name} ${ref ?? ''}`.trim(),
        () => `RTC CREDIT ${name}${ref ? ' ' + ref : ''}`,
      ])(),
    payText: (name, ref) =>
      pick([() => `IB PAYMENT TO ${name} ${ref ?? ''}`.trim(), () => `EFT PAYMENT ${name}${ref ? ' ' + ref : ''}`])(),
    chargesOnPay: () => [{ text: 'EFT PAYMENT FEE', amount: -ri(6, 9) * 100 - 50, kind: 'charge' }],
    chargesOnReceipt: () => [],
    monthly: [
      { text: 'MONTHLY ACCOUNT FEE', amount: -165_00, kind: 'charge' },
      { text: 'NOTIFICATION FEE SMS', amount: -ri(20, 60) * 70, kind: 'charge' },
      { text: 'CASH DEPOSIT FEE', amount: -ri(80, 160) * 100, kind: 'charge' },
    ],
    interest: null, // Islamic bank: no interest on a current account
    settlement: {
      name: 'CARD',
      text: (id) => `SPEEDPOINT SETTLEMENT MID ${id}`,
      fee: (g) => Math.round(g * 0.0275),
      id: () => `5410${digits(6)}`,
      book: 'Card takings (speedpoint)',
    },
    wht: null, // no withholding on trade receipts in ZA
    payroll: { text: 'SALARIES JUN 2026 BATCH', book: 'Salaries June 2026 - net' },
    statutory: [
      {
        bank: (r) => `SARS EMP201 ${r}`,
        book: 'SARS EMP201 May 2026 (PAYE/UIF/SDL)',
        ref: () => `7${digits(9)}LC2605`,
      },
      { bank: (r) => `SARS VAT201 ${r}`, book: 'SARS VAT201 Mar-Apr 2026', ref: () => `4${digits(9)}V0426` },
    ],
    cheque: null, // cheques are gone in South Africa (withdrawn by the banks in 2020–2021)
    reversal: (t) => `UNPAID ${t}`,
    unknownIn: () => `CASH DEPOSIT ATM ${digits(5)}`,
    unknownOut: () => `DEBIT ORDER ${pick(['DISCOVERY INSURE', 'SANTAM', 'MIWAY'])} ${digits(8)}`,
  },
];

// ---------- events ----------
// A bank line: { date, amount, text, ref? }; a ledger row: { date, amount, ref, desc, party, type }.
// A truth group: { bank: [lines], ledger: [rows], decision, expect, evidence, traits, ... }.
function buildEvents(S) {
  const { year, month } = S;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = (lo = 1, hi = last) => {
    for (;;) {
      const d = iso(year, month, ri(lo, hi));
      if (!isWeekend(d)) return d;
    }
  };
  const groups = [];
  const ledgerOnly = [];
  let invNo = S.invBase;
  let billNo = ri(300, 700);
  let chqNo = ri(120, 480);
  const nextInv = () => (invNo += ri(1, 3)); // unique, with gaps (drafts, voided numbers)
  const L = (date, amount, ref, desc, party, type) => ({ date, amount, ref, desc, party, type });
  const B = (date, amount, text, ref = null) => ({ date, amount, text, ref });
  const g = (o) => groups.push({ traits: [], evidence: 'amount', ambiguous: false, expect: 'match', ...o });
  const charges = (line, list) =>
    list.forEach((c, i) => {
      const b = B(line.date, c.amount, c.text);
      b.parentLine = line;
      b.nth = i + 1;
      g({ bank: [b], ledger: [], expect: 'bank-only', decision: 'bank-only', kind: c.kind });
    });
  const bookDate = (d) => (chance(0.75) ? d : addDays(d, -ri(1, 3)));
  const cust = () => pick(S.customers);

  // 1. customer receipts, written every way a payer writes them
  const plan = [];
  for (let i = 0; i < 40; i++) plan.push(pick(['ref', 'ref', 'ref', 'name', 'name', 'short']));
  const usedAmounts = new Set();
  const freshAmount = (lo, hi) => {
    for (;;) {
      const a = amt(lo, hi);
      if (!usedAmounts.has(a)) {
        usedAmounts.add(a);
        return a;
      }
    }
  };
  const scale = { NG: 1000, GH: 10, KE: 100, ZA: 10 }[S.country];
  for (const kind of plan) {
    const c = cust();
    const n = nextInv();
    const a = freshAmount(40 * scale, 2500 * scale);
    const d = day(2, last);
    const inv = S.inv(n);
    const bookRow = L(bookDate(d), a, inv, `Payment received - ${c[0]} - Invoice ${inv}`, c[0], 'Payment');
    if (kind === 'ref') {
      const w = pick(S.invWritings);
      const text = S.receiptText(pick([c[1], c[2]]), w(n));
      g({
        bank: [B(d, a, text)],
        ledger: [bookRow],
        decision: 'auto',
        evidence: 'reference',
        traits: [w === S.invWritings[0] ? 'ref-canonical' : 'ref-written-differently'],
      });
    } else {
      // payer written as the bank has it: full name or the bank's truncation; an owner paying from a personal
      // account shares no word with the customer's name in the books, and only someone who knows them can tell
      const payer = kind === 'name' ? c[1] : c[2];
      const personal = !c[1].split(' ').some((w) => w.length > 2 && c[0].toUpperCase().includes(w));
      g({
        bank: [B(d, a, S.receiptText(payer, null))],
        ledger: [bookRow],
        decision: personal ? 'suggest' : 'auto',
        evidence: 'counterparty',
        traits: kind === 'name' ? ['name-only'] : ['name-only', 'name-abbreviated'],
      });
    }
    charges(groups.at(-1).bank[0], S.chargesOnReceipt(a));
  }

  // 2. amount-only receipts: a deposit or a transfer that says nothing about the payer
  for (let i = 0; i < 3; i++) {
    const c = cust();
    const n = nextInv();
    const a = freshAmount(20 * scale, 400 * scale);
    const d = day(3, last - 1);
    const text = pick([
      `CASH DEPOSIT ${pick(['BY DRIVER', 'HEAD OFFICE', 'BR 014'])}`,
      `TRANSFER ${digits(10)}`,
      `INWARD TRANSFER ${digits(12)}`,
    ]);
    g({
      bank: [B(d, a, text)],
      ledger: [L(bookDate(d), a, S.inv(n), `Payment received - ${c[0]} - Invoice ${S.inv(n)}`, c[0], 'Payment')],
      decision: 'suggest',
      evidence: 'amount',
      traits: ['amount-only'],
    });
  }
  // 2b. amount-only with a rival: two customers' receipts booked at the same amount the same week;
  // the bare line belongs to one (known to the generator); picking by amount would be a guess.
  {
    const a = freshAmount(100 * scale, 300 * scale);
    const d = day(8, last - 8);
    const [c1, c2] = [S.customers[0], S.customers[3]];
    const n1 = nextInv();
    const n2 = nextInv();
    const r1 = L(d, a, S.inv(n1), `Payment received - ${c1[0]} - Invoice ${S.inv(n1)}`, c1[0], 'Payment');
    const r2 = L(addDays(d, 1), a, S.inv(n2), `Payment received - ${c2[0]} - Invoice ${S.inv(n2)}`, c2[0], 'Payment');
    g({
      bank: [B(addDays(d, 1), a, `CASH DEPOSIT ${pick(['BY SELF', 'TELLER 03'])}`)],
      ledger: [r1],
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'amount',
      traits: ['amount-only', 'same-amount-rival'],
    });
    ledgerOnly.push({ row: r2, why: 'booked from a remittance advice; the money had not arrived by month end' });
  }

  // 3. one transfer for several invoices (with and without the numbers)
  for (const withRefs of [true, true, false]) {
    const c = cust();
    const ns = [nextInv(), nextInv(), ...(chance(0.5) ? [nextInv()] : [])];
    const as = ns.map(() => freshAmount(30 * scale, 600 * scale));
    const d = day(5, last);
    const rows = ns.map((n, k) =>
      L(bookDate(d), as[k], S.inv(n), `Payment received - ${c[0]} - Invoice ${S.inv(n)}`, c[0], 'Payment'),
    );
    const text = withRefs
      ? S.receiptText(c[1], ns.map((n) => pick(S.invWritings)(n)).join(' '))
      : S.receiptText(c[1], 'SETTLEMENT OF ACCOUNT');
    const tot = as.reduce((x, y) => x + y, 0);
    g({
      bank: [B(d, tot, text)],
      ledger: rows,
      decision: withRefs ? 'auto' : 'suggest',
      evidence: withRefs ? 'reference' : 'counterparty',
      traits: ['split-one-to-many'],
    });
    charges(groups.at(-1).bank[0], S.chargesOnReceipt(tot));
  }

  // 4. two instalments for one invoice, both quoting it
  {
    const c = cust();
    const n = nextInv();
    const a = freshAmount(400 * scale, 1500 * scale);
    const first = Math.round(a / 200) * 100;
    const d1 = day(3, 12);
    const d2 = day(16, last);
    const w = pick(S.invWritings);
    g({
      bank: [B(d1, first, S.receiptText(c[1], `${w(n)} PART 1`)), B(d2, a - first, S.receiptText(c[1], `${w(n)} BAL`))],
      ledger: [L(d1, a, S.inv(n), `Payment received - ${c[0]} - Invoice ${S.inv(n)}`, c[0], 'Payment')],
      decision: 'auto',
      evidence: 'reference',
      traits: ['split-many-to-one', 'instalments'],
    });
  }

  // 5. part payment (rest still owed) and over-payment (credit left on account), both with the number
  {
    const c = cust();
    const n = nextInv();
    const a = freshAmount(300 * scale, 900 * scale);
    const paid = Math.round((a * 0.6) / 10000) * 10000;
    const d = day(4, last);
    g({
      bank: [B(d, paid, S.receiptText(c[1], pick(S.invWritings)(n) + ' PART PAYMENT'))],
      ledger: [L(bookDate(d), a, S.inv(n), `Payment received - ${c[0]} - Invoice ${S.inv(n)}`, c[0], 'Payment')],
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'reference',
      traits: ['part-payment'],
    });
  }
  for (let i = 0; i < 2; i++) {
    const c = cust();
    const n = nextInv();
    const a = freshAmount(200 * scale, 900 * scale);
    const extra = Math.round((a * (0.01 + rng() * 0.04)) / 100) * 100;
    const d = day(4, last);
    g({
      bank: [B(d, a + extra, S.receiptText(c[1], pick(S.invWritings)(n)))],
      ledger: [L(bookDate(d), a, S.inv(n), `Payment received - ${c[0]} - Invoice ${S.inv(n)}`, c[0], 'Payment')],
      decision: 'auto',
      difference: dec(extra),
      evidence: 'reference',
      traits: ['over-payment'],
    });
  }

  // 6. withholding: the customer pays net and sends the WHT certificate later
  if (S.wht) {
    for (let i = 0; i < 3; i++) {
      const c = S.customers[[6, 11, 4, 7, 2][i] % S.customers.length];
      const n = nextInv();
      const a = freshAmount(500 * scale, 3000 * scale);
      const net = a - Math.round(a * S.wht.rate);
      const d = day(4, last);
      const withRef = i < 2;
      g({
        bank: [B(d, net, S.receiptText(c[1], withRef ? pick(S.invWritings)(n) : null))],
        ledger: [L(bookDate(d), a, S.inv(n), `Payment received - ${c[0]} - Invoice ${S.inv(n)}`, c[0], 'Payment')],
        decision: 'suggest',
        evidence: withRef ? 'reference' : 'counterparty',
        traits: [S.wht.trait],
      });
    }
  }

  // 7. twins: two identical transfers from one customer for two invoices of the same amount, no numbers
  {
    const c = S.customers[1];
    const a = freshAmount(150 * scale, 400 * scale);
    const d = day(10, last - 3);
    const text = S.receiptText(c[1], 'MONTHLY SUPPLY');
    const n1 = nextInv();
    const n2 = nextInv();
    const r1 = L(d, a, S.inv(n1), `Payment received - ${c[0]} - Invoice ${S.inv(n1)}`, c[0], 'Payment');
    const r2 = L(d, a, S.inv(n2), `Payment received - ${c[0]} - Invoice ${S.inv(n2)}`, c[0], 'Payment');
    const b1 = B(d, a, text);
    const b2 = B(d, a, text);
    g({
      bank: [b1],
      ledger: [r1],
      twinOf: [r1, r2],
      decision: 'suggest',
      ambiguous: true,
      evidence: 'counterparty',
      traits: ['twins'],
    });
    g({
      bank: [b2],
      ledger: [r2],
      twinOf: [r1, r2],
      decision: 'suggest',
      ambiguous: true,
      evidence: 'counterparty',
      traits: ['twins'],
    });
  }

  // 8. settlements (gateway / mobile money / card) — most booked net from the provider's report, a few gross
  const nSet = 12;
  for (let i = 0; i < nSet; i++) {
    const d = day(2, last);
    const gross = freshAmount(50 * scale, 900 * scale);
    const net = gross - S.settlement.fee(gross);
    const id = S.settlement.id();
    const grossBooked = i % 5 === 4;
    const row = L(
      bookDate(d),
      grossBooked ? gross : net,
      grossBooked ? `${S.settlement.name} ${d}` : id,
      `${S.settlement.book} ${grossBooked ? dmy(d) + ' (gross)' : id}`,
      S.settlement.name,
      'Deposit',
    );
    g({
      bank: [B(d, net, S.settlement.text(id))],
      ledger: [row],
      decision: grossBooked ? 'suggest' : 'auto',
      evidence: grossBooked ? 'counterparty' : 'reference',
      traits: grossBooked ? ['pos-settlement', 'short-net-of-fee'] : ['pos-settlement'],
    });
    charges(groups.at(-1).bank[0], S.chargesOnReceipt(net));
  }
  // two settlement batches of one day booked as one deposit of the day
  {
    const d = day(5, last - 2);
    const a1 = freshAmount(50 * scale, 300 * scale);
    const a2 = freshAmount(50 * scale, 300 * scale);
    g({
      bank: [B(d, a1, S.settlement.text(S.settlement.id())), B(d, a2, S.settlement.text(S.settlement.id()))],
      ledger: [
        L(
          d,
          a1 + a2,
          `${S.settlement.name} ${dmy(d)}`,
          `${S.settlement.book} ${dmy(d)} (2 batches)`,
          S.settlement.name,
          'Deposit',
        ),
      ],
      decision: 'suggest',
      evidence: 'counterparty',
      traits: ['pos-settlement', 'split-many-to-one'],
    });
  }

  // 9. supplier payments
  for (let i = 0; i < 22; i++) {
    const s = pick(S.suppliers);
    const bill = `${s[2]}${billNo++ * 7 + ri(0, 6)}`;
    const a = -freshAmount(50 * scale, 2000 * scale);
    const d = day(2, last);
    const withRef = chance(0.6);
    const text = S.payText(s[1], withRef ? bill : null);
    g({
      bank: [B(d, a, text)],
      ledger: [L(bookDate(d), a, bill, `Supplier payment - ${s[0]} - ${bill}`, s[0], 'Payment')],
      decision: 'auto',
      evidence: withRef ? 'reference' : 'counterparty',
      traits: withRef ? ['ref-canonical'] : ['name-only'],
    });
    charges(groups.at(-1).bank[0], S.chargesOnPay(a));
  }
  // a bulk payment file: one debit for four suppliers booked separately
  {
    const d = day(12, last - 3);
    const rows = S.suppliers.slice(0, 4).map((s) => {
      const bill = `${s[2]}${billNo++ * 7}`;
      return L(d, -freshAmount(30 * scale, 400 * scale), bill, `Supplier payment - ${s[0]} - ${bill}`, s[0], 'Payment');
    });
    const tot = rows.reduce((x, r) => x + r.amount, 0);
    g({
      bank: [B(d, tot, `BULK PAYMENT BATCH ${digits(6)} 4 ITEMS`)],
      ledger: rows,
      decision: 'suggest',
      evidence: 'amount',
      traits: ['split-one-to-many', 'bulk-payment'],
    });
    charges(groups.at(-1).bank[0], S.chargesOnPay(tot));
  }
  // a failed transfer, its reversal, and the payment sent again
  for (let i = 0; i < 2; i++) {
    const s = S.suppliers[i + 1];
    const bill = `${s[2]}${billNo++ * 7}`;
    const a = -freshAmount(80 * scale, 700 * scale);
    const d = day(3, last - 6);
    const t = S.payText(s[1], bill);
    const out = B(d, a, t);
    const back = B(addDays(d, ri(0, 2)), -a, S.reversal(t));
    const p1 = { bank: [out], ledger: [], expect: 'reversal-pair', decision: 'reversal-pair' };
    const p2 = { bank: [back], ledger: [], expect: 'reversal-pair', decision: 'reversal-pair' };
    p1.partnerLine = back;
    p2.partnerLine = out;
    g(p1);
    g(p2);
    const again = B(addDays(back.date, ri(1, 3)), a, S.payText(s[1], bill));
    g({
      bank: [again],
      ledger: [L(d, a, bill, `Supplier payment - ${s[0]} - ${bill}`, s[0], 'Payment')],
      decision: 'auto',
      evidence: 'reference',
      traits: ['ref-canonical', 'resent-after-reversal'],
    });
    charges(again, S.chargesOnPay(a));
  }

  // 10. payroll and statutory remittances
  {
    const d = day(last - 4, last);
    const a = -freshAmount(3000 * scale, 9000 * scale);
    g({
      bank: [B(d, a, S.payroll.text)],
      ledger: [L(d, a, `PAY-${pad(month, 2)}${year}`, S.payroll.book, null, 'Journal')],
      decision: 'auto',
      evidence: 'counterparty',
      traits: ['payroll'],
    });
    charges(groups.at(-1).bank[0], S.chargesOnPay(a).slice(0, 1));
  }
  for (const st of S.statutory) {
    const d = day(8, 16);
    const a = -freshAmount(200 * scale, 2500 * scale);
    const r = st.ref();
    const inBank = /RRR|PRN|GRA-|^[47]\d/.test(r);
    g({
      bank: [B(d, a, st.bank(r.replace(/^(RRR|PRN) /, '')))],
      ledger: [L(bookDate(d), a, r, st.book, null, 'Payment')],
      decision: 'auto',
      evidence: inBank ? 'reference' : 'counterparty',
      traits: ['statutory'],
    });
  }

  // 11. cheques: issued and presented, one not yet presented, one customer cheque deposited
  if (S.cheque) {
    for (let i = 0; i < 4; i++) {
      const s = pick(S.suppliers);
      const no = pad(chqNo++, 6);
      const a = -freshAmount(20 * scale, 500 * scale);
      const issued = day(1, last - 8);
      const presented = addDays(issued, ri(3, 7));
      g({
        bank: [B(isWeekend(presented) ? addDays(presented, 2) : presented, a, S.cheque.issued(no))],
        ledger: [L(issued, a, `CHQ ${no}`, `Cheque ${no} - ${s[0]}`, s[0], 'Cheque')],
        decision: 'auto',
        evidence: 'reference',
        traits: ['cheque-number'],
      });
    }
    const s = pick(S.suppliers);
    const no = pad(chqNo, 6);
    ledgerOnly.push({
      row: L(
        day(last - 3, last),
        -freshAmount(40 * scale, 300 * scale),
        `CHQ ${no}`,
        `Cheque ${no} - ${s[0]}`,
        s[0],
        'Cheque',
      ),
      why: 'cheque issued, not yet presented',
    });
    const c = cust();
    const dn = pad(ri(100000, 999999), 6);
    const n = nextInv();
    const a = freshAmount(100 * scale, 900 * scale);
    const dd = day(5, last - 4);
    g({
      bank: [B(addDays(dd, 2), a, S.cheque.deposit(dn, c[2]))],
      ledger: [L(dd, a, S.inv(n), `Cheque ${dn} received - ${c[0]} - Invoice ${S.inv(n)}`, c[0], 'Payment')],
      decision: 'auto',
      evidence: 'reference',
      traits: ['cheque-number', 'settled-after-clearing'],
    });
  }

  // 11b. weekly EMTL batches (receipts of the week that qualify)
  if (S.emtlWeekly) {
    const perWeek = new Map();
    for (const gr of groups)
      for (const l of gr.bank)
        if (l.amount >= S.emtlWeekly.min) {
          // the Friday of the line's week (or the month's last day)
          const [y, m, d0] = parts(l.date);
          const wd = new Date(Date.UTC(y, m - 1, d0)).getUTCDay();
          let fri = addDays(l.date, (5 - wd + 7) % 7);
          if (fri > iso(year, month, last)) fri = iso(year, month, last);
          perWeek.set(fri, (perWeek.get(fri) ?? 0) + 1);
        }
    for (const [d, n] of perWeek)
      g({
        bank: [B(d, -n * S.emtlWeekly.each, S.emtlWeekly.text(n))],
        ledger: [],
        expect: 'bank-only',
        decision: 'bank-only',
        kind: 'levy',
      });
  }
  // 12. monthly charges, interest
  const mdate = iso(year, month, last);
  let prevFee = 0;
  for (const m of S.monthly) {
    const a = m.amount ?? -Math.round(prevFee * 0.075);
    prevFee = -a;
    g({ bank: [B(mdate, a, m.text)], ledger: [], expect: 'bank-only', decision: 'bank-only', kind: m.kind });
  }
  if (S.interest)
    g({
      bank: [B(mdate, ri(50, 400) * 100 + ri(0, 99), S.interest.text)],
      ledger: [],
      expect: 'bank-only',
      decision: 'bank-only',
      kind: 'interest',
    });

  // 13. no counterpart in the books: an unknown receipt, an unrecorded debit
  g({
    bank: [B(day(6, last), freshAmount(5 * scale, 80 * scale), S.unknownIn())],
    ledger: [],
    expect: 'no-counterpart',
    decision: 'none',
  });
  g({
    bank: [B(day(6, last), -freshAmount(5 * scale, 50 * scale), S.unknownOut())],
    ledger: [],
    expect: 'no-counterpart',
    decision: 'none',
  });
  g({
    bank: [B(day(12, last), -freshAmount(5 * scale, 50 * scale), S.unknownOut())],
    ledger: [],
    expect: 'no-counterpart',
    decision: 'none',
  });

  // 14. book entries with no bank line: deposit in transit, payment released after the cut-off
  {
    const c = cust();
    const n = nextInv();
    ledgerOnly.push({
      row: L(
        iso(year, month, last),
        freshAmount(100 * scale, 600 * scale),
        S.inv(n),
        `Payment received - ${c[0]} - Invoice ${S.inv(n)}`,
        c[0],
        'Payment',
      ),
      why: 'deposit in transit: booked on the last day, credited next month',
    });
    const s = pick(S.suppliers);
    const bill = `${s[2]}${billNo++ * 7}`;
    ledgerOnly.push({
      row: L(
        iso(year, month, last),
        -freshAmount(100 * scale, 600 * scale),
        bill,
        `Supplier payment - ${s[0]} - ${bill}`,
        s[0],
        'Payment',
      ),
      why: 'payment booked on the last day, released by the bank next month',
    });
  }
  return { groups, ledgerOnly };
}

// ---------- writers ----------
function writeBank(S, lines, dir) {
  // lines already in posting order, with balances; returns headerRow and row numbers
  let rows;
  let headerRow;
  const fmt = (m) => (m ? grouped(m) : '');
  if (S.country === 'NG') {
    // Union Bank internet banking CSV: account block, then the table; day-Mon-year dates
    rows = [
      ['UNION BANK OF NIGERIA PLC'],
      ['STATEMENT OF ACCOUNT'],
      ['Account Name', S.company],
      ['Account Number', '******0071'],
      ['Currency', 'NGN'],
      ['Period', `01-Apr-2026 To 30-Apr-2026`],
      [],
      ['Trans Date', 'Reference', 'Value Date', 'Narration', 'Debit', 'Credit', 'Balance'],
    ];
    headerRow = rows.length;
    rows.push(['', '', '', 'Opening Balance', '', '', grouped(S.opening)]);
    for (const l of lines) {
      l.row = rows.length + 1;
      rows.push([
        dMonY(l.date),
        l.bankRef,
        dMonY(l.date),
        l.text,
        l.amount < 0 ? fmt(l.amount) : '',
        l.amount > 0 ? fmt(l.amount) : '',
        grouped(l.balance),
      ]);
    }
    rows.push(['', '', '', 'Closing Balance', '', '', grouped(lines.at(-1).balance)]);
  } else if (S.country === 'GH') {
    rows = [
      ['CONSOLIDATED BANK GHANA LIMITED'],
      ['CUSTOMER STATEMENT'],
      ['Customer', S.company],
      ['Account', '********1402 CURRENT ACCOUNT GHS'],
      ['From', '01/05/2026', 'To', '31/05/2026'],
      [],
      ['Posting Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
    ];
    headerRow = rows.length;
    rows.push(['01/05/2026', '01/05/2026', 'BALANCE B/F', '', '', '', grouped(S.opening)]);
    for (const l of lines) {
      l.row = rows.length + 1;
      rows.push([
        dmy(l.date),
        dmy(l.date),
        l.text,
        l.bankRef,
        l.amount < 0 ? fmt(l.amount) : '',
        l.amount > 0 ? fmt(l.amount) : '',
        grouped(l.balance),
      ]);
    }
  } else if (S.country === 'KE') {
    rows = [
      ['KINGDOM BANK LIMITED'],
      ['Account Statement'],
      ['Account Name:', S.company],
      ['Account No:', 'XXXXXX5519'],
      ['Currency:', 'KES'],
      ['Statement Period:', '01/02/2026 - 28/02/2026'],
      [],
      ['Tran Date', 'Value Date', 'Particulars', 'Cheque No', 'Debit', 'Credit', 'Balance'],
    ];
    headerRow = rows.length;
    rows.push(['01/02/2026', '01/02/2026', 'OPENING BALANCE', '', '', '', grouped(S.opening)]);
    for (const l of lines) {
      l.row = rows.length + 1;
      rows.push([
        dmy(l.date),
        dmy(l.date),
        l.text,
        l.chequeNo ?? '',
        l.amount < 0 ? fmt(l.amount) : '',
        l.amount > 0 ? fmt(l.amount) : '',
        grouped(l.balance),
      ]);
    }
  } else {
    // Albaraka online banking: signed amount, year-first dates
    rows = [
      ['Albaraka Bank Limited'],
      ['Account Number', '****3306'],
      ['Account Type', 'Business Current Account'],
      ['Statement Period', '2026/06/01 - 2026/06/30'],
      [],
      ['Transaction Date', 'Description', 'Reference', 'Amount', 'Balance'],
    ];
    headerRow = rows.length;
    for (const l of lines) {
      l.row = rows.length + 1;
      rows.push([ymdSlash(l.date), l.text, l.bankRef, dec(l.amount), dec(l.balance)]);
    }
  }
  writeFileSync(join(dir, S.bankFile), csv(rows));
  return headerRow;
}

const READ_BANK = {
  NG: {},
  GH: {
    mapping: {
      date: 'Posting Date',
      valueDate: 'Value Date',
      description: 'Description',
      reference: 'Reference',
      moneyOut: 'Debit',
      moneyIn: 'Credit',
      balance: 'Balance',
    },
    currency: 'GHS',
    dateOrder: 'DMY',
  },
  KE: {
    mapping: {
      date: 'Tran Date',
      valueDate: 'Value Date',
      description: 'Particulars',
      reference: 'Cheque No',
      moneyOut: 'Debit',
      moneyIn: 'Credit',
      balance: 'Balance',
    },
    currency: 'KES',
    dateOrder: 'DMY',
  },
  ZA: {
    mapping: {
      date: 'Transaction Date',
      description: 'Description',
      reference: 'Reference',
      amount: 'Amount',
      balance: 'Balance',
    },
    currency: 'ZAR',
    dateOrder: 'YMD',
  },
};

function writeLedger(S, rows, dir) {
  // rows sorted; assigns .row; returns { headerRow, readOptions, nonEntryRows }
  const nonEntryRows = [];
  if (S.country === 'NG') {
    // FreshBooks General Ledger report as CSV: title block, then one account section with its starting balance
    const out = [['General Ledger'], ['Kolade & Sons Packaging Ltd'], ['01/04/2026 - 30/04/2026'], []];
    out.push(['Account', 'Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Balance']);
    const headerRow = out.length;
    out.push([S.ledgerAccount, '01/04/2026', '', 'Starting Balance', '', '', '', dec(S.bookOpening)]);
    nonEntryRows.push({ row: out.length, why: 'starting balance of the account section, not an entry' });
    let bal = S.bookOpening;
    for (const r of rows) {
      bal += r.amount;
      r.row = out.length + 1;
      out.push([
        S.ledgerAccount,
        dmy(r.date),
        r.type,
        r.desc,
        r.ref,
        r.amount > 0 ? dec(r.amount) : '',
        r.amount < 0 ? dec(-r.amount) : '',
        dec(bal),
      ]);
    }
    out.push(['Total ' + S.ledgerAccount, '', '', '', '', '', '', dec(bal)]);
    writeFileSync(join(dir, S.ledgerFile), csv(out));
    return {
      headerRow,
      nonEntryRows,
      readOptions: {
        mapping: {
          date: 'Date',
          description: ['Source', 'Description'],
          reference: 'Reference',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
          account: 'Account',
        },
        currency: 'NGN',
        dateOrder: 'DMY',
      },
    };
  }
  if (S.country === 'GH' || S.country === 'KE') {
    const aoa = [];
    let header;
    if (S.country === 'GH')
      header = [
        'Branch',
        'Module',
        'Batch Number',
        'Tran. Date',
        'Period',
        'Ref. Number',
        'Transaction Description',
        'Customer/Vendor',
        'Debit Amount',
        'Credit Amount',
        'Ending Balance',
      ];
    else
      header = [
        'Posting Date',
        'Document Type',
        'Document No.',
        'External Document No.',
        'Bank Account No.',
        'Description',
        'Amount',
        'Remaining Amount',
        'Open',
        'Entry No.',
      ];
    aoa.push(header);
    let bal = S.bookOpening;
    let batch = ri(3000, 5000);
    let entryNo = ri(40000, 60000);
    for (const r of rows) {
      bal += r.amount;
      r.row = aoa.length + 1;
      const dcell = { t: 'n', v: serial(r.date), z: 'dd/mm/yyyy' };
      const num = (m) => ({ t: 'n', v: m / 100, z: '#,##0.00' });
      if (S.country === 'GH') {
        const mod = r.amount > 0 ? 'AR' : r.type === 'Journal' ? 'GL' : 'AP';
        aoa.push([
          'HQ',
          mod,
          pad(batch++, 6),
          dcell,
          `05-2026`,
          r.ref,
          r.desc,
          r.party ?? '',
          r.amount > 0 ? num(r.amount) : num(0),
          r.amount < 0 ? num(-r.amount) : num(0),
          num(bal),
        ]);
      } else {
        aoa.push([
          dcell,
          r.amount > 0 ? 'Payment' : r.type === 'Journal' ? '' : 'Payment',
          `${r.amount > 0 ? 'BRCPT' : 'BPMT'}${pad(batch++, 5)}`,
          r.ref,
          S.ledgerAccount,
          r.desc,
          num(r.amount),
          num(r.amount),
          { t: 'b', v: true },
          entryNo++,
        ]);
      }
    }
    const ws = {};
    aoa.forEach((row, ri_) =>
      row.forEach((v, ci) => {
        const a = XLSX.utils.encode_cell({ r: ri_, c: ci });
        ws[a] =
          typeof v === 'object' && v !== null ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v: String(v) };
      }),
    );
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: aoa.length - 1, c: header.length - 1 } });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, S.country === 'GH' ? 'Account Details' : 'Bank Account Ledger Entries');
    writeFileSync(join(dir, S.ledgerFile), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
    const readOptions =
      S.country === 'GH'
        ? {
            mapping: {
              date: 'Tran. Date',
              description: 'Transaction Description',
              reference: 'Ref. Number',
              party: 'Customer/Vendor',
              moneyIn: 'Debit Amount',
              moneyOut: 'Credit Amount',
              balance: 'Ending Balance',
            },
            currency: 'GHS',
          }
        : {
            mapping: {
              date: 'Posting Date',
              description: 'Description',
              reference: 'External Document No.',
              journalId: 'Document No.',
              account: 'Bank Account No.',
              amount: 'Amount',
            },
            currency: 'KES',
          };
    return { headerRow: 1, nonEntryRows, readOptions };
  }
  // ZA: generic general-ledger layout (documented preset), with the petty-cash account's rows in the same export
  const out = [['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit']];
  let j = ri(8000, 9000);
  const petty = [];
  for (let i = 0; i < 6; i++)
    petty.push({
      date: iso(S.year, S.month, ri(2, 28)),
      amount: -ri(80, 900) * 100,
      ref: `PC${pad(i + 41, 3)}`,
      desc: pick([
        'Petty cash - cleaning materials',
        'Petty cash - staff refreshments',
        'Petty cash - courier',
        'Petty cash - fuel for bakkie',
      ]),
      petty: true,
    });
  const all = [...rows, ...petty].sort((a, b) => a.date.localeCompare(b.date));
  for (const r of all) {
    r.row = out.length + 1;
    const code = r.petty ? '8410/000' : S.ledgerAccount;
    const name = r.petty ? 'Petty Cash' : 'Albaraka Current Account';
    out.push([
      dmy(r.date),
      `${r.petty ? 'PCJ' : r.amount > 0 ? 'CBR' : 'CBP'}${j++}`,
      code,
      name,
      r.party ? `${r.desc}` : r.desc,
      r.ref,
      r.amount > 0 ? dec(r.amount) : '',
      r.amount < 0 ? dec(-r.amount) : '',
    ]);
  }
  writeFileSync(join(dir, S.ledgerFile), csv(out));
  return { headerRow: 1, nonEntryRows, readOptions: { currency: 'ZAR', dateOrder: 'DMY' } };
}

// ---------- assemble one set ----------
const index = { generator: 'bench/corpus/holdout13-tools/make-holdout13.mjs', seed: BASE_SEED, sets: [] };
SETS.forEach((S, si) => {
  rng = mulberry32(BASE_SEED + si * 7919);
  const dir = join(OUT, S.set);
  mkdirSync(dir, { recursive: true });
  const { groups, ledgerOnly } = buildEvents(S);
  // bank lines in posting order: by date, shuffled within a day (receipts and debits interleave)
  const lines = [];
  groups.forEach((gr) => gr.bank.forEach((l) => ((l.group = gr), (l.k = rng()), lines.push(l))));
  for (const l of lines) if (l.parentLine) l.k = l.parentLine.k + l.nth * 1e-9;
  // a charge follows its transfer: keep each charge right after the line it came with
  lines.sort((a, b) => a.date.localeCompare(b.date) || a.k - b.k);
  // reversals post after the failed transfer on the same day
  for (const gr of groups)
    if (gr.partnerLine && gr.bank[0].text.startsWith(S.reversal(''))) {
      const i = lines.indexOf(gr.bank[0]);
      const j = lines.indexOf(gr.partnerLine);
      if (i < j) [lines[i], lines[j]] = [lines[j], lines[i]];
    }
  let bal = S.opening;
  for (const l of lines) {
    bal += l.amount;
    l.balance = bal;
    l.bankRef =
      S.country === 'NG'
        ? `UBN${digits(10)}`
        : S.country === 'GH'
          ? `FT26${digits(3)}${digits(5)}`
          : S.country === 'ZA'
            ? l.amount > 0
              ? ''
              : digits(8)
            : '';
    const cq = /(?:CHEQUE|CHQ DEPOSIT) (\d{6})/.exec(l.text);
    if (S.country === 'KE' && cq) l.chequeNo = cq[1];
  }
  const headerRow = writeBank(S, lines, dir);
  // ledger rows: every group's rows + ledger-only, in date order
  const lrows = [];
  groups.forEach((gr) => gr.ledger.forEach((r) => lrows.push(r)));
  ledgerOnly.forEach((x) => lrows.push(x.row));
  lrows.forEach((r) => (r.k = rng()));
  lrows.sort((a, b) => a.date.localeCompare(b.date) || a.k - b.k);
  S.bookOpening = S.opening + ri(-5000, 5000) * 100; // books and bank differ at the start by last month's items
  const led = writeLedger(S, lrows, dir);

  const lref = (r) => ({ file: S.ledgerFile, row: r.row, date: r.date, amount: dec(r.amount) });
  const bref = (l) => ({ file: S.bankFile, row: l.row, date: l.date, amount: dec(l.amount), text: l.text });
  let gid = 0;
  for (const gr of groups) if (gr.bank.length > 1) gr.gid = `g${pad(++gid, 3)}`;
  const bankTruth = lines.map((l) => {
    const gr = l.group;
    const e = {
      ref: bref(l),
      expect: gr.expect,
      decision: gr.decision,
      ledger: gr.ledger.map(lref),
      group: gr.gid ?? null,
      evidence: gr.expect === 'match' ? gr.evidence : 'amount',
      ambiguous: gr.ambiguous,
      kind: gr.kind ?? null,
      partner: gr.partnerLine ? bref(gr.partnerLine) : null,
      traits: gr.traits,
    };
    if (gr.twinOf) e.ledgerAnyOf = gr.twinOf.map((r) => [lref(r)]);
    if (gr.mustNotAuto) e.mustNotAuto = true;
    if (gr.difference) e.difference = gr.difference;
    return e;
  });
  const period = {
    from: iso(S.year, S.month, 1),
    to: iso(S.year, S.month, new Date(Date.UTC(S.year, S.month, 0)).getUTCDate()),
  };
  const truth = {
    set: S.set,
    country: S.country,
    currency: S.currency,
    timezone: S.timezone,
    period,
    seed: BASE_SEED,
    bankFiles: [
      {
        file: S.bankFile,
        bank: S.bank,
        headerRow,
        ledgerAccount: S.ledgerAccount,
        readOptions: READ_BANK[S.country],
        openingBalance: dec(S.opening),
        closingBalance: dec(lines.at(-1).balance),
      },
    ],
    ledgerFiles: [
      {
        file: S.ledgerFile,
        package: S.pkg,
        headerRow: led.headerRow,
        readOptions: led.readOptions,
        ...(led.nonEntryRows.length ? { nonEntryRows: led.nonEntryRows } : {}),
      },
    ],
    bank: bankTruth,
    ledgerOnly: ledgerOnly.map((x) => ({ ...lref(x.row), why: x.why })),
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  // the reconcile JSON: only what the files carry
  const hasParty = S.country === 'GH';
  const doc = {
    options: { timezone: S.timezone },
    statement: { from: period.from, to: period.to, bankBalance: dec(lines.at(-1).balance) },
    bank: lines.map((l) => ({
      id: `${S.bankFile}#${l.row}`,
      date: l.date,
      amount: dec(l.amount),
      currency: S.currency,
      narration: l.text,
      reference: S.country === 'KE' ? (l.chequeNo ?? null) : l.bankRef || null,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: lrows.map((r) => ({
      id: `${S.ledgerFile}#${r.row}`,
      date: r.date,
      dueDate: null,
      amount: dec(r.amount),
      currency: S.currency,
      reference: r.ref,
      description: S.country === 'NG' ? `${r.type} — ${r.desc}` : r.desc,
      party: hasParty ? (r.party ?? null) : null,
      account: S.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${S.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');

  const c = (f) => bankTruth.filter(f).length;
  index.sets.push({
    set: S.set,
    country: S.country,
    bank: S.bank,
    package: S.pkg,
    bankFile: `${S.set}/${S.bankFile}`,
    ledgerFile: `${S.set}/${S.ledgerFile}`,
    reconcileJson: `${S.set}/reconcile.${S.bankFile}.json`,
    counts: {
      bankLines: lines.length,
      ledgerRows: lrows.length,
      auto: c((e) => e.decision === 'auto'),
      suggest: c((e) => e.decision === 'suggest'),
      mustNotAuto: c((e) => e.mustNotAuto),
      bankOnly: c((e) => e.decision === 'bank-only'),
      none: c((e) => e.decision === 'none'),
      reversalPair: c((e) => e.decision === 'reversal-pair'),
      ledgerOnly: ledgerOnly.length,
      noReference: c((e) => e.expect === 'match' && e.evidence !== 'reference'),
    },
  });
});
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
for (const s of index.sets) console.log(s.set, JSON.stringify(s.counts));
