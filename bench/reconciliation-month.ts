/**
 * A seeded generator of realistic bank months with ground truth, for the matching evaluation and benchmark (and any
 * test that wants realistic data). Businesses in Nigeria, Ghana, Kenya and South Africa: customer invoices paid with
 * references written in many ways (and sometimes with typos or none at all), part payments, batch deposits, supplier
 * bills, bank charges and levies, card purchases, reversals, time-zone day shifts and genuine twins.
 */
import type { CurrencyCode } from '../domain/currency.js';
import { addBusinessDays, businessDateOf } from '../domain/dates.js';
import type { LedgerEntry } from '../domain/ledger.js';
import { percentOfMinor } from '../domain/money.js';
import type { BankLine } from '../domain/reconciliation.js';
import type { Rule } from '../matching/rules.js';

/** What really happened to a bank line: the ledger entries it settles, or the charge account a rule should post to. */
export interface TruthGroup {
  bankIds: string[];
  ledgerIds: string[];
  ruleAccount?: string;
  /** the lines are a failed transaction and its reversal, which cancel each other */
  reversalPair?: boolean;
}

export interface GeneratedMonth {
  scenario: string;
  timezone: string;
  bank: BankLine[];
  ledger: LedgerEntry[];
  /** rules the business would have set up for its bank's charges (the Nigerian presets are built in) */
  rules: Rule[];
  nigerianPresets: boolean;
  truth: TruthGroup[];
}

export interface ScenarioSpec {
  name: string;
  country: 'NG' | 'GH' | 'KE' | 'ZA';
  /** first day of the month, YYYY-MM-DD */
  month: string;
  customers: number;
  paidInvoices: number;
  unpaidInvoices: number;
  bills: number;
  /** share of payments that quote the document reference */
  referenceRate: number;
  /** share of quoted references with a typo */
  typoRate: number;
  partialRate: number;
  batchRate: number;
  twinRate: number;
  cardPurchases: number;
  reversals: number;
  /** false: a general-ledger export without a party column; the payee is only named in the description */
  partyColumn?: boolean;
  /** same-amount traps for counterparty matching without a reference (see addTraps) */
  traps?: number;
}

const COUNTRY = {
  NG: { currency: 'NGN', timezone: 'Africa/Lagos', unit: 100 },
  GH: { currency: 'GHS', timezone: 'Africa/Accra', unit: 100 },
  KE: { currency: 'KES', timezone: 'Africa/Nairobi', unit: 100 },
  ZA: { currency: 'ZAR', timezone: 'Africa/Johannesburg', unit: 100 },
} as const satisfies Record<string, { currency: CurrencyCode; timezone: string; unit: number }>;

export const SCENARIOS: ScenarioSpec[] = [
  {
    name: 'NG typical SME month',
    country: 'NG',
    month: '2024-03-01',
    customers: 25,
    paidInvoices: 45,
    unpaidInvoices: 20,
    bills: 25,
    referenceRate: 0.93,
    typoRate: 0.03,
    partialRate: 0.05,
    batchRate: 0.05,
    twinRate: 0.04,
    cardPurchases: 4,
    reversals: 1,
  },
  {
    name: 'GH trading month',
    country: 'GH',
    month: '2024-05-01',
    customers: 20,
    paidInvoices: 35,
    unpaidInvoices: 15,
    bills: 20,
    referenceRate: 0.9,
    typoRate: 0.04,
    partialRate: 0.06,
    batchRate: 0.05,
    twinRate: 0.03,
    cardPurchases: 5,
    reversals: 1,
  },
  {
    name: 'KE services month',
    country: 'KE',
    month: '2024-07-01',
    customers: 30,
    paidInvoices: 40,
    unpaidInvoices: 25,
    bills: 18,
    referenceRate: 0.9,
    typoRate: 0.04,
    partialRate: 0.05,
    batchRate: 0.04,
    twinRate: 0.03,
    cardPurchases: 6,
    reversals: 1,
  },
  {
    name: 'ZA agency month',
    country: 'ZA',
    month: '2024-09-01',
    customers: 15,
    paidInvoices: 30,
    unpaidInvoices: 10,
    bills: 15,
    referenceRate: 0.92,
    typoRate: 0.03,
    partialRate: 0.05,
    batchRate: 0.05,
    twinRate: 0.03,
    cardPurchases: 5,
    reversals: 1,
  },
  {
    name: 'NG messy month (few references)',
    country: 'NG',
    month: '2024-11-01',
    customers: 30,
    paidInvoices: 50,
    unpaidInvoices: 30,
    bills: 25,
    referenceRate: 0.45,
    typoRate: 0.15,
    partialRate: 0.06,
    batchRate: 0.06,
    twinRate: 0.06,
    cardPurchases: 10,
    reversals: 2,
  },
  {
    name: 'KE GL export (no party column)',
    country: 'KE',
    month: '2025-02-01',
    customers: 20,
    paidInvoices: 35,
    unpaidInvoices: 20,
    bills: 20,
    referenceRate: 0.7,
    typoRate: 0.05,
    partialRate: 0.05,
    batchRate: 0.04,
    twinRate: 0.04,
    cardPurchases: 8,
    reversals: 1,
    partyColumn: false,
  },
  {
    name: 'GH same-amount traps',
    country: 'GH',
    month: '2025-03-01',
    customers: 15,
    paidInvoices: 20,
    unpaidInvoices: 10,
    bills: 10,
    referenceRate: 0.6,
    typoRate: 0.05,
    partialRate: 0.05,
    batchRate: 0.05,
    twinRate: 0.08,
    cardPurchases: 4,
    reversals: 1,
    traps: 6,
  },
  {
    name: 'NG same-amount traps, no party column',
    country: 'NG',
    month: '2025-04-01',
    customers: 15,
    paidInvoices: 20,
    unpaidInvoices: 10,
    bills: 10,
    referenceRate: 0.5,
    typoRate: 0.08,
    partialRate: 0.05,
    batchRate: 0.05,
    twinRate: 0.08,
    cardPurchases: 4,
    reversals: 1,
    traps: 6,
    partyColumn: false,
  },
];

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'ADEBAYO',
  'CHINEDU',
  'KWAME',
  'AMA',
  'WANJIRU',
  'OTIENO',
  'THABO',
  'NALEDI',
  'FUNMI',
  'EMEKA',
  'AKOSUA',
  'KIPCHOGE',
  'SIPHO',
  'ZANELE',
  'IFEOMA',
  'YAW',
  'AMINA',
  'BOLA',
  'KOFI',
  'MWANGI',
];
const BUSINESS_WORDS = [
  'STORES',
  'TRADING',
  'VENTURES',
  'LOGISTICS',
  'PHARMACY',
  'FOODS',
  'ENGINEERING',
  'SUPERMARKET',
  'TECHNOLOGIES',
  'MEDICAL',
  'AUTOS',
  'FARMS',
  'BUILDERS',
  'TEXTILES',
  'PRINTS',
];
const SUFFIX = ['LTD', 'LIMITED', 'ENTERPRISES', 'NIG LTD', '& SONS', 'PLC', ''];
const MERCHANTS = [
  'SHOPRITE',
  'TOTALENERGIES',
  'JUMIA',
  'SPAR',
  'GAME STORES',
  'PICK N PAY',
  'NAIVAS',
  'MELCOM',
  'CHICKEN REPUBLIC',
  'ULTRA MART',
];

export function generateMonth(spec: ScenarioSpec, seed: number): GeneratedMonth {
  const r = rng(seed);
  const c = COUNTRY[spec.country];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const chance = (p: number) => r() < p;
  const bank: BankLine[] = [];
  const ledger: LedgerEntry[] = [];
  const truth: TruthGroup[] = [];
  let bankSeq = 0;
  let ledgerSeq = 0;
  const monthStart = spec.month;
  const year = monthStart.slice(0, 4);
  const monthName = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][
    +monthStart.slice(5, 7) - 1
  ]!;

  /** A booking instant on a day of the month; late-evening UTC bookings fall on the next business day east of UTC. */
  const bookedOn = (dayOffset: number): string => {
    const hour = chance(0.1) ? 23 : int(7, 20);
    const instant = `${addBusinessDays(monthStart, dayOffset)}T${String(hour).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:00Z`;
    return businessDateOf(instant, c.timezone);
  };
  const addBank = (date: string, amountMinor: number, narration: string, extra: Partial<BankLine> = {}): string => {
    const id = `B${String(++bankSeq).padStart(5, '0')}`;
    bank.push({ id, date, amountMinor, currency: c.currency, narration, ...extra });
    return id;
  };
  const addLedger = (e: Omit<LedgerEntry, 'id' | 'currency'>): string => {
    const id = `L${String(++ledgerSeq).padStart(5, '0')}`;
    // a general-ledger export: no party column, the bookkeeper named the party in the description (or not at all)
    const noParty = spec.partyColumn === false && e.party;
    const row = noParty
      ? {
          ...e,
          party: null,
          description: e.description?.toUpperCase().includes(e.party!.toUpperCase())
            ? e.description
            : `${e.description} - ${e.party}`,
        }
      : e;
    ledger.push({ id, currency: c.currency, ...row });
    return id;
  };
  // amounts in whole currency units, often round (so several open items share an amount, as in real books)
  const amount = (lo: number, hi: number): number => {
    const major = int(lo, hi);
    const rounded = chance(0.4) ? Math.max(lo, Math.round(major / 1000) * 1000) : chance(0.5) ? major : major;
    return rounded * c.unit + (chance(0.3) ? int(1, 99) : 0);
  };
  const scale = spec.country === 'NG' ? 1000 : spec.country === 'KE' ? 100 : 10;

  const customers = Array.from({ length: spec.customers }, () => {
    const name = `${pick(FIRST)} ${pick(BUSINESS_WORDS)} ${pick(SUFFIX)}`.trim();
    return { name, account: String(int(1_000_000_000, 1_999_999_999)) };
  });
  const suppliers = Array.from({ length: Math.max(3, Math.ceil(spec.bills / 3)) }, () => ({
    name: `${pick(FIRST)} ${pick(BUSINESS_WORDS)} ${pick(SUFFIX)}`.trim(),
    code: pick(['SUP', 'PO', 'BILL', 'SI', 'INV']),
  }));

  // this business's invoice numbering, one of the house styles seen in small-business books
  const style = int(0, 2);
  let invoiceNo = int(10, 900);
  const nextInvoiceRef = () => {
    invoiceNo++;
    return style === 0
      ? `INV-${year}-${String(invoiceNo).padStart(4, '0')}`
      : style === 1
        ? `INV/${year}/${String(invoiceNo).padStart(5, '0')}`
        : `SI-${String(invoiceNo).padStart(5, '0')}`;
  };

  /** The reference as a payer types it: other separators, padding, prefix dropped or spelt out, digits only; maybe a typo. */
  const writeRef = (ref: string): string => {
    const m = /^([A-Z]+)[-/](?:(\d{4})[-/])?(\d+)$/.exec(ref)!;
    const [, prefix, yr, num] = m;
    const n = String(+num!);
    const variants = yr
      ? [
          ref,
          `${prefix!.toLowerCase()} ${yr}/${num}`,
          `${yr}-${num}`,
          `${yr}${num}`,
          `Invoice ${yr}-${n}`,
          `${prefix}${yr}-${n}`,
          `${prefix} ${yr} ${num}`,
          `${prefix!.charAt(0)}${prefix!.slice(1).toLowerCase()}#${n}`,
          `${prefix} ${num}`,
          `PAYMT FOR ${prefix}${num}`,
        ]
      : [ref, `${prefix!.toLowerCase()} ${num}`, `${prefix}${num}`, `${prefix} ${n}`, `${prefix}/${num}`];
    let w = pick(variants);
    if (chance(spec.typoRate)) {
      const digits = [...w].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
      const i = digits[digits.length - 1 - int(0, Math.min(2, digits.length - 1))]!;
      const wrong = String((+w[i]! + int(1, 8)) % 10);
      w = w.slice(0, i) + wrong + w.slice(i + 1);
    }
    return w;
  };
  const nipSession = () =>
    `0000${int(10, 99)}${year.slice(2)}${monthStart.slice(5, 7)}${String(int(1e9, 9e9))}${String(int(1e9, 9e9))}`;
  const receiptNarration = (name: string, refText: string | null) => {
    const short = name.slice(0, 25);
    const templates = refText
      ? [
          `NIP FRM ${short}-${refText}`,
          `TRF FROM ${short} ${refText}`,
          `${refText} ${short}`,
          `NIP/${nipSession()}/${short}/${refText}`,
          `MOB TRF ${refText} FRM ${short}`,
        ]
      : [`NIP FRM ${short}`, `TRF FROM ${short}`, `NIP/${nipSession()}/${short}`, `DEPOSIT ${short}`];
    return pick(templates);
  };

  const levies: Array<() => void> = [];
  const addReceiptCharges = (date: string, amountMinor: number) => {
    if (spec.country === 'NG' && amountMinor >= 1_000_000) {
      levies.push(() => {
        const id = addBank(date, -5000, pick(['EMTL LEVY', 'ELECTRONIC MONEY TRANSFER LEVY', 'EMTL CHARGE']));
        truth.push({ bankIds: [id], ledgerIds: [], ruleAccount: 'Taxes:Electronic money transfer levy' });
      });
    }
  };
  const addTransferCharges = (date: string, amountMinor: number) => {
    const abs = Math.abs(amountMinor);
    levies.push(() => {
      if (spec.country === 'NG') {
        const fee = abs <= 500_000 ? 1075 : abs <= 5_000_000 ? 2688 : 5375;
        const id = addBank(date, -fee, pick(['NIP TRANSFER FEE', 'COMMISSION ON NIP TRANSFER', 'NIP CHARGE + VAT']));
        truth.push({ bankIds: [id], ledgerIds: [], ruleAccount: 'Bank charges:Transfer fees' });
      } else if (spec.country === 'GH') {
        const id = addBank(date, -percentOfMinor(abs, '1'), 'E-LEVY CHARGE');
        truth.push({ bankIds: [id], ledgerIds: [], ruleAccount: 'Taxes:E-levy' });
      } else if (spec.country === 'KE') {
        const fee = abs <= 1_000_000 ? 5500 : 10_500;
        const a = addBank(date, -fee, 'TRANSACTION CHARGE');
        const b = addBank(date, -percentOfMinor(fee, '20'), 'EXCISE DUTY ON CHARGES');
        truth.push(
          { bankIds: [a], ledgerIds: [], ruleAccount: 'Bank charges' },
          { bankIds: [b], ledgerIds: [], ruleAccount: 'Taxes:Excise duty' },
        );
      } else {
        const id = addBank(date, -850, 'PAYMENT FEE EFT');
        truth.push({ bankIds: [id], ledgerIds: [], ruleAccount: 'Bank charges' });
      }
    });
  };

  // customer invoices, paid this month (in full, in parts, several at once) or still open
  const paid: Array<{
    ref: string;
    id: string;
    amount: number;
    customer: (typeof customers)[number];
    date: string;
    offset: number;
  }> = [];
  for (let i = 0; i < spec.paidInvoices + spec.unpaidInvoices; i++) {
    const customer = pick(customers);
    const ref = nextInvoiceRef();
    const invOffset = i < spec.paidInvoices ? int(-40, 20) : int(-30, 27);
    const invDate = addBusinessDays(monthStart, invOffset);
    const amt = (amount(5, 2500) * scale) / 10;
    const twin = chance(spec.twinRate);
    const id = addLedger({
      date: invDate,
      dueDate: addBusinessDays(invDate, 30),
      amountMinor: amt,
      reference: ref,
      description: `Invoice ${ref}`,
      party: customer.name,
    });
    if (i < spec.paidInvoices) paid.push({ ref, id, amount: amt, customer, date: invDate, offset: invOffset });
    if (twin) {
      // same customer, same amount, same day: a genuine second invoice that must not be merged with the first
      const ref2 = nextInvoiceRef();
      const id2 = addLedger({
        date: invDate,
        dueDate: addBusinessDays(invDate, 30),
        amountMinor: amt,
        reference: ref2,
        description: `Invoice ${ref2}`,
        party: customer.name,
      });
      if (i < spec.paidInvoices)
        paid.push({ ref: ref2, id: id2, amount: amt, customer, date: invDate, offset: invOffset });
    }
  }
  for (let i = 0; i < paid.length; i++) {
    const inv = paid[i]!;
    // paid on or after the invoice date: most around the due date, some weeks late
    const day = Math.min(27, Math.max(0, inv.offset + int(0, 45)));
    const date = bookedOn(day);
    const quote = chance(spec.referenceRate);
    const base = { counterpartyName: inv.customer.name.slice(0, 25), counterpartyAccount: inv.customer.account };
    const next = paid[i + 1];
    if (next && next.customer === inv.customer && chance(spec.batchRate * 4)) {
      // one transfer settling two invoices of the same customer
      const text = quote ? `${writeRef(inv.ref)} ${writeRef(next.ref)}` : null;
      const bid = addBank(date, inv.amount + next.amount, receiptNarration(inv.customer.name, text), base);
      truth.push({ bankIds: [bid], ledgerIds: [inv.id, next.id] });
      addReceiptCharges(date, inv.amount + next.amount);
      i++;
      continue;
    }
    if (chance(spec.partialRate) && inv.amount > 2 * c.unit * 10) {
      const first = Math.floor((inv.amount * int(3, 7)) / 10 / c.unit) * c.unit;
      const ids = [first, inv.amount - first].map((a, k) => {
        const d = bookedOn(Math.min(27, day + k * int(1, 5)));
        addReceiptCharges(d, a);
        return addBank(d, a, receiptNarration(inv.customer.name, quote ? `PART ${writeRef(inv.ref)}` : null), base);
      });
      truth.push({ bankIds: ids, ledgerIds: [inv.id] });
      continue;
    }
    const bid = addBank(date, inv.amount, receiptNarration(inv.customer.name, quote ? writeRef(inv.ref) : null), base);
    truth.push({ bankIds: [bid], ledgerIds: [inv.id] });
    addReceiptCharges(date, inv.amount);
  }

  // supplier bills paid by transfer; the business types the bill reference itself, so it is quoted more often
  for (let i = 0; i < spec.bills; i++) {
    const s = pick(suppliers);
    const ref = `${s.code}-${String(int(100, 99_999)).padStart(5, '0')}`;
    const billOffset = int(-20, 20);
    const billDate = addBusinessDays(monthStart, billOffset);
    const amt = -(amount(10, 1500) * scale) / 10;
    const lid = addLedger({
      date: billDate,
      dueDate: addBusinessDays(billDate, 14),
      amountMinor: amt,
      reference: ref,
      description: `Bill ${ref}`,
      party: s.name,
    });
    const date = bookedOn(Math.min(27, Math.max(0, billOffset + int(0, 20))));
    const text = chance(Math.min(0.98, spec.referenceRate + 0.05)) ? writeRef(ref) : null;
    const bid = addBank(date, amt, text ? `NIP TO ${s.name.slice(0, 25)} ${text}` : `TRF TO ${s.name.slice(0, 25)}`, {
      counterpartyName: s.name.slice(0, 25),
    });
    truth.push({ bankIds: [bid], ledgerIds: [lid] });
    addTransferCharges(date, amt);
  }

  // payroll in one bulk payment with the payroll reference
  const payroll = -(amount(800, 3000) * scale);
  const payrollRef = `PAYROLL-${year}-${monthStart.slice(5, 7)}`;
  const payDate = bookedOn(int(24, 27));
  const payLid = addLedger({
    date: addBusinessDays(monthStart, 24),
    amountMinor: payroll,
    reference: payrollRef,
    description: `Salaries ${monthName} ${year}`,
    party: 'Staff',
  });
  const payBid = addBank(payDate, payroll, `BULK PAYMENT ${payrollRef.replace(/-/g, ' ')}`);
  truth.push({ bankIds: [payBid], ledgerIds: [payLid] });

  /**
   * Traps for matching on amount and counterparty without a reference; any auto-match that falls in one is counted
   * wrong by the evaluation. Payments carry no reference; the books post them 0–2 days before the bank.
   */
  const pay = (payee: string, day: number, amt: number) =>
    addBank(bookedOn(day), amt, `TRF TO ${payee.slice(0, 25)}`, { counterpartyName: payee.slice(0, 25) });
  const book = (payee: string, day: number, amt: number) =>
    addLedger({
      date: addBusinessDays(monthStart, day - int(0, 2)),
      amountMinor: amt,
      description: `Payment to ${payee}`,
      party: payee,
    });
  const distinctSuppliers = () => {
    const a = pick(suppliers);
    const others = suppliers.filter((s) => s.name.split(' ')[0] !== a.name.split(' ')[0]);
    return [a, others.length ? pick(others) : null] as const;
  };
  const addTrap = (kind: number) => {
    const amt = -(amount(10, 800) * scale) / 10;
    const day = int(3, 20);
    if (kind === 0) {
      // two payees, same amount, same day
      const [a, b] = distinctSuppliers();
      if (!b) return;
      for (const s of [a, b]) truth.push({ bankIds: [pay(s.name, day, amt)], ledgerIds: [book(s.name, day, amt)] });
    } else if (kind === 1) {
      // one payee, the same amount in consecutive weeks
      const s = pick(suppliers);
      for (let k = 0; k < 3; k++)
        truth.push({ bankIds: [pay(s.name, day - 3 + 5 * k, amt)], ledgerIds: [book(s.name, day - 3 + 5 * k, amt)] });
    } else if (kind === 2) {
      // a payment never booked, while another payee's entry of the same amount is still open (an unpresented payment)
      const [a, b] = distinctSuppliers();
      if (!b) return;
      pay(a.name, day, amt);
      book(b.name, day, amt);
    } else if (kind === 3) {
      // genuine twins: the same payee paid the same amount twice on one day, both booked
      const s = pick(suppliers);
      const l1 = book(s.name, day, amt);
      const l2 = book(s.name, day, amt);
      truth.push(
        { bankIds: [pay(s.name, day, amt)], ledgerIds: [l1] },
        { bankIds: [pay(s.name, day, amt)], ledgerIds: [l2] },
      );
    } else {
      // a customer with an older unpaid invoice of the same amount pays without a reference: the oldest is settled
      const cu = pick(customers);
      const amtIn = -amt;
      const old = addLedger({
        date: addBusinessDays(monthStart, day - 35),
        dueDate: addBusinessDays(monthStart, day - 5),
        amountMinor: amtIn,
        reference: nextInvoiceRef(),
        description: 'Invoice',
        party: cu.name,
      });
      addLedger({
        date: addBusinessDays(monthStart, day - 2),
        dueDate: addBusinessDays(monthStart, day + 28),
        amountMinor: amtIn,
        reference: nextInvoiceRef(),
        description: 'Invoice',
        party: cu.name,
      });
      truth.push({
        bankIds: [
          addBank(bookedOn(day), amtIn, `TRF FROM ${cu.name.slice(0, 25)}`, {
            counterpartyName: cu.name.slice(0, 25),
            counterpartyAccount: cu.account,
          }),
        ],
        ledgerIds: [old],
      });
    }
  };

  // card purchases the bookkeeper entered from receipts (no reference), and reversed card purchases (no entry)
  for (let i = 0; i < spec.cardPurchases; i++) {
    const merchant = pick(MERCHANTS);
    const day = int(0, 27);
    const amt = -(amount(2, 300) * scale) / 10;
    const lid = addLedger({
      date: addBusinessDays(monthStart, day),
      amountMinor: amt,
      description: `Purchase at ${merchant}`,
      party: merchant,
    });
    const bid = addBank(
      bookedOn(day + int(0, 2)),
      amt,
      `POS PURCHASE ${merchant} ${pick(['LAGOS', 'ACCRA', 'NAIROBI', 'SANDTON', 'IKEJA'])}`,
    );
    truth.push({ bankIds: [bid], ledgerIds: [lid] });
  }
  for (let i = 0; i < spec.reversals; i++) {
    const merchant = pick(MERCHANTS);
    const day = int(0, 24);
    const amt = (amount(5, 200) * scale) / 10;
    const did = addBank(bookedOn(day), -amt, `POS PURCHASE ${merchant}`);
    const rid = addBank(bookedOn(day + int(1, 3)), amt, `REVERSAL POS PURCHASE ${merchant}`);
    // a reversal pair cancels itself: the two lines belong together, never to the books
    truth.push({ bankIds: [did, rid], ledgerIds: [], reversalPair: true });
  }

  for (let i = 0; i < (spec.traps ?? 0); i++) addTrap(int(0, 4));

  for (const levy of levies) levy();
  // monthly charges
  const end = addBusinessDays(monthStart, 27);
  const rules: Rule[] = [];
  if (spec.country === 'NG') {
    const sms = -(int(20, 120) * 400);
    truth.push({
      bankIds: [addBank(end, sms, `SMS ALERT CHARGES ${monthName} ${year}`)],
      ledgerIds: [],
      ruleAccount: 'Bank charges:SMS alerts',
    });
    const amf = -(int(500, 20_000) * 100);
    truth.push({
      bankIds: [addBank(end, amf, `AMF CHARGE ${monthName} ${year}`)],
      ledgerIds: [],
      ruleAccount: 'Bank charges:Account maintenance',
    });
    truth.push({
      bankIds: [addBank(end, -percentOfMinor(-amf, '7.5'), `VAT ON AMF ${monthName} ${year}`)],
      ledgerIds: [],
      ruleAccount: 'Taxes:VAT on bank charges',
    });
  } else {
    const fee = -(int(50, 400) * 100);
    truth.push({ bankIds: [addBank(end, fee, 'MONTHLY SERVICE FEE')], ledgerIds: [], ruleAccount: 'Bank charges' });
    rules.push(
      {
        id: 'e-levy',
        when: { narrationContains: 'E-LEVY', direction: 'debit' },
        then: { ledgerAccount: 'Taxes:E-levy', autoConfirm: true },
      },
      {
        id: 'excise',
        when: { narrationContains: 'EXCISE DUTY', direction: 'debit' },
        then: { ledgerAccount: 'Taxes:Excise duty', autoConfirm: true },
      },
      {
        id: 'charges',
        when: { narrationRegex: 'TRANSACTION CHARGE|PAYMENT FEE|SERVICE FEE', direction: 'debit' },
        then: { ledgerAccount: 'Bank charges', autoConfirm: true },
      },
      { id: 'reversals', when: { narrationContains: 'REVERSAL' }, then: { ledgerAccount: 'Suspense:Reversals' } },
    );
  }
  // every other month outside Nigeria the business has set up no rules: the built-in country presets must explain its
  // charges, posting to their own accounts
  if (spec.country !== 'NG' && (seed & 1) === 1) {
    rules.length = 0;
    const narrationOf = new Map(bank.map((b) => [b.id, b.narration ?? '']));
    const presetAccount = (narration: string, account: string): string => {
      if (/SERVICE FEE/.test(narration))
        return spec.country === 'ZA' ? 'Bank charges:Account fees' : 'Bank charges:Account maintenance';
      if (/TRANSACTION CHARGE/.test(narration)) return 'Bank charges:Transfer fees';
      if (/PAYMENT FEE/.test(narration)) return 'Bank charges:Transaction fees';
      return account;
    };
    for (const t of truth)
      if (t.ruleAccount) t.ruleAccount = presetAccount(narrationOf.get(t.bankIds[0]!)!, t.ruleAccount);
  }
  return {
    scenario: spec.name,
    timezone: c.timezone,
    bank,
    ledger,
    rules,
    nigerianPresets: spec.country === 'NG',
    truth,
  };
}
