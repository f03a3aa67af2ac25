/**
 * Statement lines as banks in each country write them. Each builder returns one or more draft rows for a single
 * business event (a transfer and its fee, a credit and its levy...). Amounts are integer minor units.
 */
import { Decimal } from 'decimal.js';
import type { Country, Institution, MonoCurrency } from './institutions.js';
import { COMPANIES, EMPLOYERS, MERCHANTS, PEOPLE, UTILITIES } from './names.js';
import type { Rng } from './prng.js';

export interface InvoiceRef {
  number: string; // canonical "INV-2024-0012"
  written: string; // as the payer wrote it on the transfer
  customer: string;
  invoiceAmount: number;
  issueDate: string;
  dueDate: string;
  part: 'full' | 'short' | 'instalment' | 'open';
}

export interface DraftRow {
  amount: number;
  type: 'debit' | 'credit';
  narration: string;
  category: string;
  invoice?: InvoiceRef;
}

/** How much one Naira of "typical size" is worth in each currency, so one set of ranges serves all countries. */
const SIZE_FACTOR: Record<MonoCurrency, string> = { NGN: '1', GHC: '0.0095', KSH: '0.085', ZAR: '0.0115' };

export interface LineContext {
  rng: Rng;
  institution: Institution;
  currency: MonoCurrency;
  localDate: string; // YYYY-MM-DD
  minuteOfDay: number;
  /** What may still be debited today without the balance going negative. */
  debitBudget: number;
}

const rangeCache = new Map<string, [number, number]>();

/** Minor units for a typical-size range given in Naira, scaled to the account's currency, rounded to `step` minor units. */
export function sized(ctx: LineContext, ngnMin: number, ngnMax: number, step = 100): number {
  const cacheKey = `${ctx.currency}|${ngnMin}|${ngnMax}`;
  let range = rangeCache.get(cacheKey);
  if (!range) {
    // Scaling is done once per range with decimal.js; the draw below only interpolates integers.
    const factor = new Decimal(SIZE_FACTOR[ctx.currency]);
    range = [factor.mul(ngnMin).mul(100).toNumber(), factor.mul(ngnMax).mul(100).toNumber()];
    rangeCache.set(cacheKey, range);
  }
  const raw = range[0] + ctx.rng.next() * (range[1] - range[0]);
  return Math.max(step, Math.round(raw / step) * step);
}

/** Caps a debit at the remaining budget; returns 0 when nothing can be debited. */
export function capDebit(ctx: LineContext, amount: number): number {
  // Keep headroom for the fee rows that follow a debit.
  const room = Math.floor((ctx.debitBudget * 9) / 10);
  if (amount <= room) return amount;
  const capped = Math.floor(room / 2);
  return capped >= 100 ? capped : 0;
}

function maskPhone(rng: Rng, prefix: string): string {
  return `${prefix}${rng.int(10, 99)}*****${rng.int(10, 99)}`;
}

/** NIBSS session id: 30 digits (sender code, yyMMddHHmmss, 12-digit serial). */
function nipSession(ctx: LineContext): string {
  const [y, m, d] = ctx.localDate.split('-');
  const hh = String(Math.floor(ctx.minuteOfDay / 60)).padStart(2, '0');
  const mm = String(ctx.minuteOfDay % 60).padStart(2, '0');
  const serial = `${String(ctx.rng.int(0, 999_999)).padStart(6, '0')}${String(ctx.rng.int(0, 999_999)).padStart(6, '0')}`;
  return `${ctx.institution.bankCode.padStart(6, '0').slice(-6)}${y!.slice(2)}${m}${d}${hh}${mm}${String(ctx.rng.int(0, 59)).padStart(2, '0')}${serial}`;
}

/** NIP fee bands (₦10.75 / ₦26.88 / ₦53.75, VAT included) by transfer size. */
export function nipFee(amountKobo: number): number {
  if (amountKobo <= 500_000) return 1075;
  if (amountKobo <= 5_000_000) return 2688;
  return 5375;
}

/** VAT at 7.5% on a fee, rounded half-up to the minor unit. */
export function vatOn(feeMinor: number): number {
  return new Decimal(feeMinor).mul('0.075').toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

const EMTL_THRESHOLD_KOBO = 1_000_000; // ₦10,000
const EMTL_KOBO = 5_000; // ₦50

/** The ₦50 electronic money transfer levy that Nigerian banks charge on credits of ₦10,000 or more. */
function withLevy(ctx: LineContext, credit: DraftRow): DraftRow[] {
  if (ctx.institution.country !== 'NG' || credit.amount < EMTL_THRESHOLD_KOBO) return [credit];
  return [
    credit,
    { amount: EMTL_KOBO, type: 'debit', narration: 'ELECTRONIC MONEY TRANSFER LEVY', category: 'bank_charges' },
  ];
}

/** The many ways payers write an invoice number on a transfer. */
export function writeInvoice(rng: Rng, year: number, seq: number): string {
  const p4 = String(seq).padStart(4, '0');
  const forms = [
    `INV-${year}-${p4}`,
    `inv ${year}/${seq}`,
    `PAYMT FOR INV${p4}`,
    `INVOICE NO ${year}-${p4}`,
    `INV ${p4}`,
    `Inv#${seq}`,
    `PYMT INV-${year}-${p4}`,
    `inv-${year}-${p4} settlement`,
  ];
  return rng.pick(forms);
}

function inboundTransfer(ctx: LineContext, payer: string, memo: string): string {
  const c: Country = ctx.institution.country;
  const { rng } = ctx;
  if (c === 'NG')
    return rng.chance(0.8)
      ? `NIP/TRF/${nipSession(ctx)}/${payer}${memo ? `/${memo}` : ''}`
      : `TRF FROM ${payer} ${memo}`.trim();
  if (c === 'GH')
    return ctx.institution.kind === 'mobile_money'
      ? `MOMO TRANSFER FROM ${maskPhone(rng, '024')} ${payer} ${memo}`.trim()
      : `GIP TRANSFER FROM ${payer} ${memo}`.trim();
  if (c === 'KE')
    return ctx.institution.kind === 'mobile_money'
      ? `Funds received from ${payer} ${maskPhone(rng, '07')} ${memo}`.trim()
      : `PESALINK TRF FROM ${payer} ${memo}`.trim();
  return rng.chance(0.5) ? `ACB CREDIT ${payer} ${memo}`.trim() : `MAGTAPE CREDIT ${payer} ${memo}`.trim();
}

function outboundTransfer(ctx: LineContext, payee: string, memo: string): string {
  const c = ctx.institution.country;
  const { rng } = ctx;
  if (c === 'NG') return `NIP/TRF/${nipSession(ctx)}/${payee}${memo ? `/${memo}` : ''}`;
  if (c === 'GH')
    return ctx.institution.kind === 'mobile_money'
      ? `MOMO TRANSFER TO ${maskPhone(rng, '055')} ${payee}`
      : `GIP TRANSFER TO ${payee} ${memo}`.trim();
  if (c === 'KE')
    return ctx.institution.kind === 'mobile_money'
      ? `Customer Transfer to ${maskPhone(rng, '07')} ${payee}`
      : `PESALINK TRF TO ${payee} ${memo}`.trim();
  return rng.chance(0.5) ? `FNB APP PAYMENT TO ${payee} ${memo}`.trim() : `INTERNET PMT TO ${payee} ${memo}`.trim();
}

/** Fee rows that follow an outgoing transfer, as each country's banks charge them. */
function transferFees(ctx: LineContext, amount: number, label: string): DraftRow[] {
  const c = ctx.institution.country;
  if (c === 'NG')
    return [
      { amount: nipFee(amount), type: 'debit', narration: `NIP TRANSFER FEE ${label}`, category: 'bank_charges' },
    ];
  if (c === 'KE') {
    const fee = amount <= 10_000_00 ? 3300 : amount <= 50_000_00 ? 10500 : 10800;
    return [
      {
        amount: fee,
        type: 'debit',
        narration: ctx.institution.kind === 'mobile_money' ? 'Customer Transfer of Funds Charge' : 'PESALINK CHARGE',
        category: 'bank_charges',
      },
    ];
  }
  if (c === 'ZA')
    return [
      { amount: ctx.rng.pick([750, 1000, 1250]), type: 'debit', narration: 'PAYMENT FEE', category: 'bank_charges' },
    ];
  return ctx.rng.chance(0.5)
    ? [{ amount: ctx.rng.pick([50, 75, 100]), type: 'debit', narration: 'TRANSFER CHARGE', category: 'bank_charges' }]
    : [];
}

export interface InvoiceSlot {
  year: number;
  seq: number;
  issueDate: string;
  dueDate: string;
}

/** A customer paying one invoice (in full, short by their bank's charge, or in two instalments). */
export function invoicePayment(ctx: LineContext, slot: InvoiceSlot): DraftRow[] {
  const { rng } = ctx;
  const customer = rng.pick(COMPANIES[ctx.institution.country]);
  const invoiceAmount = sized(ctx, 25_000, 1_200_000, 100);
  const number = `INV-${slot.year}-${String(slot.seq).padStart(4, '0')}`;
  const roll = rng.next();
  const base = { number, customer, invoiceAmount, issueDate: slot.issueDate, dueDate: slot.dueDate };
  const rows: DraftRow[] = [];
  if (roll < 0.78) {
    const written = writeInvoice(rng, slot.year, slot.seq);
    rows.push(
      ...withLevy(ctx, {
        amount: invoiceAmount,
        type: 'credit',
        narration: inboundTransfer(ctx, customer, written),
        category: 'income',
        invoice: { ...base, written, part: 'full' },
      }),
    );
  } else if (roll < 0.9) {
    // The payer's bank deducted its transfer charge from the amount sent.
    const short = invoiceAmount - sized(ctx, 25, 55, 1);
    const written = writeInvoice(rng, slot.year, slot.seq);
    rows.push(
      ...withLevy(ctx, {
        amount: short,
        type: 'credit',
        narration: inboundTransfer(ctx, customer, written),
        category: 'income',
        invoice: { ...base, written, part: 'short' },
      }),
    );
  } else {
    const first =
      new Decimal(invoiceAmount)
        .mul(rng.pick(['0.3', '0.4', '0.5', '0.6']))
        .div(100)
        .toDecimalPlaces(0)
        .toNumber() * 100;
    for (const part of [first, invoiceAmount - first]) {
      const written = `PART PAYMENT ${writeInvoice(rng, slot.year, slot.seq)}`;
      rows.push(
        ...withLevy(ctx, {
          amount: part,
          type: 'credit',
          narration: inboundTransfer(ctx, customer, written),
          category: 'income',
          invoice: { ...base, written, part: 'instalment' },
        }),
      );
    }
  }
  return rows;
}

export function cardSettlement(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const c = ctx.institution.country;
  const amount = sized(ctx, 15_000, 450_000, 1);
  const [y, m, d] = ctx.localDate.split('-');
  const narration =
    c === 'NG'
      ? rng.pick([
          `POS SETTLEMENT MID 2057LA${rng.int(100000, 999999)} ${d}${m}${y!.slice(2)}`,
          `PAYSTACK SETTLEMENT PSTK_${rng.int(10000000, 99999999)}`,
          `FLW SETTLEMENT ${rng.int(1000000, 9999999)}`,
        ])
      : c === 'KE'
        ? `MPESA TILL SETTLEMENT ${rng.int(100000, 999999)}`
        : c === 'ZA'
          ? `CARD SETTLEMENT YOCO ${rng.int(100000, 999999)}`
          : `HUBTEL SETTLEMENT ${rng.int(100000, 999999)}`;
  return withLevy(ctx, { amount, type: 'credit', narration, category: 'income' });
}

export function supplierPayment(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const payee = rng.pick(COMPANIES[ctx.institution.country]);
  const amount = capDebit(ctx, sized(ctx, 50_000, 2_000_000, 100));
  if (!amount) return [];
  const memo = rng.pick(['SUPPLIES', `PO ${rng.int(1000, 9999)}`, 'LOGISTICS', 'RENT', '']);
  return [
    { amount, type: 'debit', narration: outboundTransfer(ctx, payee, memo), category: 'transfer' },
    ...transferFees(ctx, amount, payee.split(' ')[0]!),
  ];
}

/** Tax remittances and treasury sweeps: large debits that keep a busy account's balance in a realistic range. */
export function treasuryRemittance(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const amount = capDebit(ctx, Math.floor((ctx.debitBudget * rng.int(20, 45)) / 100));
  if (amount < 100) return [];
  const c = ctx.institution.country;
  const narration =
    c === 'NG'
      ? rng.pick(['FIRS VAT REMITTANCE', 'LIRS PAYE REMITTANCE', `NIP/TRF/${nipSession(ctx)}/TREASURY CALL DEPOSIT`])
      : c === 'GH'
        ? rng.pick(['GRA VAT REMITTANCE', 'SSNIT CONTRIBUTION', 'TRANSFER TO FIXED DEPOSIT'])
        : c === 'KE'
          ? rng.pick(['KRA PAYE REMITTANCE', 'KRA VAT REMITTANCE', 'TRANSFER TO CALL ACCOUNT'])
          : rng.pick(['SARS VAT PAYMENT', 'SARS PAYE PAYMENT', 'TRANSFER TO NOTICE ACCOUNT']);
  return [{ amount, type: 'debit', narration, category: 'transfer' }];
}

export function personTransferOut(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const payee = rng.pick(PEOPLE[ctx.institution.country]);
  const amount = capDebit(ctx, sized(ctx, 1_000, 120_000, 100));
  if (!amount) return [];
  if (ctx.institution.country === 'NG' && rng.chance(0.35)) {
    return [
      {
        amount,
        type: 'debit',
        narration: `USSD TRF TO ${payee} *${rng.pick(['737', '901', '894', '919'])}#`,
        category: 'transfer',
      },
      ...transferFees(ctx, amount, 'USSD'),
    ];
  }
  return [
    { amount, type: 'debit', narration: outboundTransfer(ctx, payee, ''), category: 'transfer' },
    ...transferFees(ctx, amount, payee.split(' ')[0]!),
  ];
}

export function personTransferIn(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const payer = rng.pick(PEOPLE[ctx.institution.country]);
  const amount = sized(ctx, 2_000, 150_000, 100);
  return withLevy(ctx, {
    amount,
    type: 'credit',
    narration: inboundTransfer(ctx, payer, rng.pick(['', 'UPKEEP', 'REFUND', 'THANKS', 'CONTRIBUTION'])),
    category: 'transfer',
  });
}

export function cardPurchase(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const merchant = rng.pick(MERCHANTS[ctx.institution.country]);
  const amount = capDebit(ctx, sized(ctx, 800, 85_000, 1));
  if (!amount) return [];
  const online = /\.COM|\.EU|UBER|JUMIA|NETFLIX|TAKEALOT/.test(merchant);
  const card = `${rng.pick(['5399', '4187', '5061'])}********${rng.int(1000, 9999)}`;
  const narration =
    ctx.institution.country === 'KE' && ctx.institution.kind === 'mobile_money'
      ? `Buy Goods ${merchant}`
      : online
        ? `POS/WEB PMT ${card} ${merchant}`
        : `POS PURCHASE @ ${merchant}`;
  return [
    {
      amount,
      type: 'debit',
      narration,
      category: online ? 'online_transactions' : rng.pick(['food', 'shopping', 'transport']),
    },
  ];
}

export function airtime(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const c = ctx.institution.country;
  const network =
    c === 'NG'
      ? rng.pick(['MTN', 'AIRTEL', 'GLO', '9MOBILE'])
      : c === 'GH'
        ? rng.pick(['MTN', 'TELECEL', 'AT'])
        : c === 'KE'
          ? rng.pick(['SAFARICOM', 'AIRTEL'])
          : rng.pick(['VODACOM', 'MTN', 'CELL C']);
  const amount = capDebit(ctx, sized(ctx, 100, 10_000, 10_000));
  if (!amount) return [];
  return [
    { amount, type: 'debit', narration: `AIRTIME PURCHASE ${network} ${maskPhone(rng, '08')}`, category: 'airtime' },
  ];
}

export function utilityBill(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const biller = rng.pick(UTILITIES[ctx.institution.country]);
  const amount = capDebit(ctx, sized(ctx, 3_000, 60_000, 100));
  if (!amount) return [];
  const narration =
    ctx.institution.country === 'ZA'
      ? `DEBIT ORDER ${biller} ${rng.int(100000, 999999)}`
      : ctx.institution.country === 'KE'
        ? `Pay Bill to ${rng.int(100000, 999999)} - ${biller} Acc. ${rng.int(10000, 99999)}`
        : `BILLS PAYMENT ${biller} ${rng.int(1000000, 9999999)}`;
  return [{ amount, type: 'debit', narration, category: 'utilities' }];
}

export function cashWithdrawal(ctx: LineContext): DraftRow[] {
  const { rng } = ctx;
  const amount = capDebit(ctx, sized(ctx, 5_000, 100_000, 100_000));
  if (!amount) return [];
  const rows: DraftRow[] = [
    {
      amount,
      type: 'debit',
      narration: `ATM WDL ${rng.pick(['LEKKI', 'IKEJA', 'WUSE', 'ACCRA CENTRAL', 'WESTLANDS', 'SANDTON'])} ${rng.int(1000, 9999)}`,
      category: 'cash_withdrawal',
    },
  ];
  if (ctx.institution.country === 'ZA')
    rows.push({ amount: 1000, type: 'debit', narration: 'CASH WITHDRAWAL FEE', category: 'bank_charges' });
  if (ctx.institution.country === 'NG' && rng.chance(0.3))
    rows.push({ amount: 3500, type: 'debit', narration: 'ATM WDL CHARGE (REMOTE ON-US)', category: 'bank_charges' });
  return rows;
}

export function betting(ctx: LineContext): DraftRow[] {
  const amount = capDebit(ctx, sized(ctx, 500, 20_000, 10_000));
  if (!amount) return [];
  const brand = ctx.rng.pick(
    ctx.institution.country === 'KE' ? ['SPORTPESA', 'BETIKA'] : ['BET9JA', 'SPORTYBET', 'BETKING'],
  );
  return [
    {
      amount,
      type: 'debit',
      narration: `${brand} DEPOSIT ${ctx.rng.int(1000000, 9999999)}`,
      category: 'betting_deposit',
    },
  ];
}

/** A transfer that failed at the beneficiary bank and was reversed the same day. */
export function reversedTransfer(ctx: LineContext): DraftRow[] {
  const out = ctx.rng.chance(0.5) ? personTransferOut(ctx) : supplierPayment(ctx);
  const main = out[0];
  if (!main) return [];
  return [
    ...out,
    { amount: main.amount, type: 'credit', narration: `REVERSAL: ${main.narration}`, category: 'transfer' },
  ];
}

export function salaryIn(ctx: LineContext, monthLabel: string, employer: string): DraftRow[] {
  const amount = sized(ctx, 180_000, 1_400_000, 100);
  const narration =
    ctx.institution.country === 'ZA' ? `MAGTAPE CREDIT SALARY ${employer}` : `SALARY ${monthLabel} ${employer}`;
  return withLevy(ctx, { amount, type: 'credit', narration, category: 'salary' });
}

export function payroll(ctx: LineContext, monthLabel: string): DraftRow[] {
  const { rng } = ctx;
  const rows: DraftRow[] = [];
  const staff = PEOPLE[ctx.institution.country];
  const headcount = rng.int(3, 7);
  for (let i = 0; i < headcount; i++) {
    const amount = capDebit(ctx, sized(ctx, 120_000, 650_000, 100));
    if (!amount) break;
    ctx.debitBudget -= amount;
    const name = staff[(i * 3 + rng.int(0, staff.length - 1)) % staff.length]!;
    rows.push({
      amount,
      type: 'debit',
      narration: outboundTransfer(ctx, name, `SALARY ${monthLabel}`),
      category: 'salary',
    });
    rows.push(...transferFees(ctx, amount, 'SALARY'));
  }
  return rows;
}

/** Month-end charges: SMS alerts (+VAT) and account maintenance (+VAT) in Nigeria, a monthly fee elsewhere. */
export function monthEndCharges(ctx: LineContext, monthLabel: string): DraftRow[] {
  const { rng } = ctx;
  if (ctx.institution.country === 'NG') {
    const sms = 400 * rng.int(20, 90);
    const amf = rng.int(500, 5_000) * 100;
    return [
      { amount: sms, type: 'debit', narration: `SMS ALERT CHARGES ${monthLabel}`, category: 'bank_charges' },
      {
        amount: vatOn(sms),
        type: 'debit',
        narration: `VAT ON SMS ALERT CHARGES ${monthLabel}`,
        category: 'bank_charges',
      },
      { amount: amf, type: 'debit', narration: `ACCOUNT MAINTENANCE FEE ${monthLabel}`, category: 'bank_charges' },
      {
        amount: vatOn(amf),
        type: 'debit',
        narration: `VAT ON ACCOUNT MAINTENANCE FEE ${monthLabel}`,
        category: 'bank_charges',
      },
    ];
  }
  if (ctx.institution.kind === 'mobile_money') return [];
  return [
    {
      amount: sized(ctx, 1_500, 9_000, 100),
      type: 'debit',
      narration: `MONTHLY ACCOUNT FEE ${monthLabel}`,
      category: 'bank_charges',
    },
  ];
}

export { EMPLOYERS };
