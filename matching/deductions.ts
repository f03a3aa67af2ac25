import { Decimal } from 'decimal.js';
import type { BankChargePresetSwitches } from './options.js';
import { percentText, withinPercent } from './ratio.js';
import { PLAUSIBLE_DEDUCTION_PERCENT } from './thresholds.js';

/**
 * What a payer or the bank commonly takes off a receipt before it lands: a fixed levy or fee, or a small percentage
 * (a merchant service charge, a gateway fee). A receipt short by one of these is still the same document: suggested
 * first with the gap and where it would be written off, never confirmed outside the configured tolerance.
 */
export interface Deduction {
  label: string;
  /** the ledger account the gap would be posted to; null: the run's write-off account */
  account: string | null;
  /**
   * `withholding`: tax the payer withheld at a statutory rate (the gap is fixed by law, so with a reference it is
   * evidence, not doubt); `fee`: a levy or charge of a known amount; `charge`: a small percentage of unknown origin.
   */
  kind: 'withholding' | 'fee' | 'charge';
  /** withholding only: where the gap goes when we are the payer (tax we owe), `account` being the tax we are owed */
  payableAccount?: string;
}

/** The account a deduction on a line of this direction goes to: tax withheld from a payment we make is owed by us. */
export function deductionAccount(d: Deduction, bankSign: number): string | null {
  return bankSign < 0 && d.payableAccount ? d.payableAccount : d.account;
}

/**
 * Withholding at source, by currency: the payer keeps a statutory share of the invoice and remits it to the tax
 * authority, so the receipt is short by exactly that share (of the gross, or of the amount before VAT where the law
 * computes it so) and the invoice is still paid in full. Rates in basis points; `vatBasisPoints` gives the
 * VAT-exclusive base too. Payers round the tax to the minor unit or to a whole unit.
 */
interface WithholdingModel {
  basisPoints: number;
  /** the VAT rates (with their levies) whose VAT-exclusive base the tax may be taken on; none: on the gross only */
  vatBasisPoints: readonly number[];
  deduction: Deduction;
}

const wht = (
  basisPoints: number,
  vatBasisPoints: readonly number[],
  label: string,
  [account, payableAccount]: readonly [string, string],
): WithholdingModel => ({
  basisPoints,
  vatBasisPoints,
  deduction: { label, account, kind: 'withholding', payableAccount },
});

const WHT = ['Taxes:Withholding tax receivable', 'Taxes:Withholding tax payable'] as const;
const WHVAT = ['Taxes:Withholding VAT receivable', 'Taxes:Withholding VAT payable'] as const;
const WITHHOLDING: Record<string, readonly WithholdingModel[]> = {
  // Nigeria: WHT on contracts and supplies 5%, on services, rent and commissions 10% (VAT 7.5%)
  NGN: [wht(500, [750], 'withholding tax at 5%', WHT), wht(1000, [750], 'withholding tax at 10%', WHT)],
  // Ghana: WHT on goods 3%, works 5%, services 7.5% (of the gross: VAT and its levies stack, and what they came to
  // changed in 2026, so no single base)
  GHS: [
    wht(300, [], 'withholding tax at 3% (goods)', WHT),
    wht(500, [], 'withholding tax at 5% (works)', WHT),
    wht(750, [], 'withholding tax at 7.5% (services)', WHT),
  ],
  // Kenya: withholding VAT 2% by appointed agents (VAT 16%), withholding income tax 5% on professional fees
  KES: [wht(200, [1600], 'withholding VAT at 2%', WHVAT), wht(500, [1600], 'withholding tax at 5%', WHT)],
};

// Fixed deductions by currency, in minor units (the same figures the Nigerian presets classify on their own lines).
const FIXED: Record<string, ReadonlyArray<readonly [number, Deduction]>> = {
  NGN: [
    [
      5000,
      {
        label: '₦50 electronic money transfer levy (or stamp duty)',
        account: 'Taxes:Electronic money transfer levy',
        kind: 'fee',
      },
    ],
    [1075, { label: '₦10.75 NIP transfer fee', account: 'Bank charges:Transfer fees', kind: 'fee' }],
    [2688, { label: '₦26.88 NIP transfer fee', account: 'Bank charges:Transfer fees', kind: 'fee' }],
    [5375, { label: '₦53.75 NIP transfer fee', account: 'Bank charges:Transfer fees', kind: 'fee' }],
  ],
};

/** Whether a shortfall of `gapMinor` on `dueAbs` can be a deduction (no allocation: it runs for every pair). */
export function isDeduction(currency: string, dueAbs: number, gapMinor: number): boolean {
  if (gapMinor <= 0) return false;
  const fixed = FIXED_AMOUNTS.get(currency);
  if (fixed && fixed.includes(gapMinor)) return true;
  return (
    withinPercent(gapMinor, dueAbs, PLAUSIBLE_DEDUCTION_PERCENT) ||
    withholdingModelFor(currency, dueAbs, gapMinor) !== null
  );
}

/**
 * The statutory withholding a shortfall of `gapMinor` on `dueAbs` is exactly (rounded to the minor unit or to a whole
 * unit, either way), or null. Integer arithmetic, no allocation: it runs for every candidate pair. With the document's
 * `date`, also on the VAT-exclusive base the law had that day (DATED_VAT_BASES: Ghana's withholding agents take the tax
 * on the amount before VAT and its levies, whose rate changed in 2026).
 */
export function withholdingFor(currency: string, dueAbs: number, gapMinor: number, date?: string): Deduction | null {
  const m = withholdingModelFor(currency, dueAbs, gapMinor);
  if (m || date === undefined) return m?.deduction ?? null;
  return withheldOnDatedBase(currency, dueAbs, gapMinor, null, date);
}

/**
 * withholdingFor's model. isDeduction asks only whether there is one: optimised code that never read a model's
 * deduction has nothing to throw away when the first withholding turns up, well into a large run.
 */
function withholdingModelFor(currency: string, dueAbs: number, gapMinor: number): WithholdingModel | null {
  const models = WITHHOLDING[currency];
  if (!models || gapMinor <= 0) return null;
  for (let i = 0; i < models.length; i++) {
    const m = models[i]!;
    if (withheldBy(m, dueAbs, gapMinor)) return m;
  }
  return null;
}

/** Whether the gap is the model's tax on the gross or on one of its VAT-exclusive bases. */
function withheldBy(m: WithholdingModel, dueAbs: number, gapMinor: number): boolean {
  if (withheldAt(dueAbs, gapMinor, m.basisPoints, 10_000)) return true;
  for (let v = 0; v < m.vatBasisPoints.length; v++)
    if (withheldAt(dueAbs, gapMinor, m.basisPoints, 10_000 + m.vatBasisPoints[v]!)) return true;
  return false;
}

/**
 * The currency's statutory withholding a payer says it took that a shortfall of `gapMinor` on `dueAbs` is exactly, on
 * the gross or on an amount before VAT, or null: at the rate it states (`basisPoints`: "LESS 5% WHT" is 500), or at any
 * of the currency's rates when it states none ("LESS WHT", null).
 */
export function withheldAsStated(
  currency: string,
  dueAbs: number,
  gapMinor: number,
  basisPoints: number | null,
  date: string,
): Deduction | null {
  for (const m of WITHHOLDING[currency] ?? []) {
    if (basisPoints !== null && m.basisPoints !== basisPoints) continue;
    if (withheldBy(m, dueAbs, gapMinor)) return m.deduction;
  }
  return withheldOnDatedBase(currency, dueAbs, gapMinor, basisPoints, date);
}

/** The currency's withholding (at `basisPoints`, or any rate: null) on the VAT-exclusive base of `date`, or null. */
function withheldOnDatedBase(
  currency: string,
  dueAbs: number,
  gapMinor: number,
  basisPoints: number | null,
  date: string,
): Deduction | null {
  const vat = DATED_VAT_BASES[currency]?.(date);
  if (vat === undefined || gapMinor <= 0) return null;
  for (const m of WITHHOLDING[currency] ?? []) {
    if (basisPoints !== null && m.basisPoints !== basisPoints) continue;
    if (withheldAt(dueAbs, gapMinor, m.basisPoints, 10_000 + vat)) return m.deduction;
  }
  return null;
}

/**
 * The VAT-exclusive base a withholding is taken on, by the document's date (its VAT was charged then), where its rate
 * changed: Ghana's VAT with its NHIL, GETFund and COVID levies came to 21.9 % until 2026 and 20 % from then. One base a
 * day, so a gap is read against the gross and that one base, as the fixed bases of vatBasisPoints are.
 */
const DATED_VAT_BASES: Record<string, (date: string) => number> = {
  GHS: (date) => (date < '2026-01-01' ? 2190 : 2000),
};

/** Per currency, the largest share of the due amount any statutory withholding takes, in basis points. */
const LARGEST_WITHHOLDING = new Map(
  Object.entries(WITHHOLDING).map(([c, models]) => [c, Math.max(...models.map((m) => m.basisPoints))]),
);

/**
 * The largest amount due that a receipt of `receivedAbs` can settle once a statutory withholding is taken off it;
 * `receivedAbs` when the currency has none. The tax is at most due × bp / 10 000 (on the gross, the larger case) plus
 * one whole unit (100 minor) when the payer rounds it up, so due < (received + 100) × 10 000 / (10 000 − bp): the
 * whole unit grows by the same ratio. Exact integer arithmetic, decimal.js past safe integers.
 */
export function largestDueWithheld(currency: string, receivedAbs: number): number {
  const bp = LARGEST_WITHHOLDING.get(currency);
  if (bp === undefined) return receivedAbs;
  const numerator = (receivedAbs + 100) * 10_000;
  const divisor = 10_000 - bp;
  if (!Number.isSafeInteger(numerator))
    return new Decimal(receivedAbs + 100).mul(10_000).div(divisor).ceil().toNumber();
  // the float quotient may round across an integer; the product check puts the ceiling right
  const q = Math.floor(numerator / divisor);
  return q * divisor < numerator ? q + 1 : q;
}

/** Whether `gap` is `due × num / den` rounded down or up, to the minor unit or to a whole (hundred-minor) unit. */
function withheldAt(due: number, gap: number, num: number, den: number): boolean {
  const product = due * num;
  if (!Number.isSafeInteger(product)) {
    const exact = new Decimal(due).mul(num).div(den);
    const asMinor = [exact.floor(), exact.ceil()];
    const asMajor = [exact.div(100).floor().mul(100), exact.div(100).ceil().mul(100)];
    return [...asMinor, ...asMajor].some((v) => v.eq(gap));
  }
  const floor = Math.floor(product / den);
  const ceil = floor * den === product ? floor : floor + 1;
  if (gap === floor || gap === ceil) return true;
  if (gap % 100 !== 0) return false;
  const majorDen = den * 100;
  const majorFloor = Math.floor(product / majorDen);
  return gap === majorFloor * 100 || gap === (majorFloor * majorDen === product ? majorFloor : majorFloor + 1) * 100;
}

/**
 * The deduction a shortfall of `gapMinor` on `dueAbs` can be, or null when it is too large to be one; with the document's
 * `date`, a withholding on that day's VAT-exclusive base too (withholdingFor).
 */
export function deductionFor(currency: string, dueAbs: number, gapMinor: number, date?: string): Deduction | null {
  if (gapMinor <= 0) return null;
  for (const [amount, d] of FIXED[currency] ?? []) if (amount === gapMinor) return d;
  const withheld = withholdingFor(currency, dueAbs, gapMinor, date);
  if (withheld) return withheld;
  if (withinPercent(gapMinor, dueAbs, PLAUSIBLE_DEDUCTION_PERCENT))
    return {
      label: `a charge of ${percentText(gapMinor, dueAbs)}%`,
      account: null,
      kind: 'charge',
    };
  return null;
}

const NONE: readonly number[] = [];
const FIXED_AMOUNTS = new Map(Object.entries(FIXED).map(([c, list]) => [c, [...new Set(list.map(([a]) => a))]]));

/** The fixed deductions of a currency, in minor units (the candidate search looks these amounts up directly). */
export function fixedDeductions(currency: string): readonly number[] {
  return FIXED_AMOUNTS.get(currency) ?? NONE;
}

/** The largest fixed deduction of any currency (a bound for pre-filtering candidates by amount). */
export const MAX_FIXED_DEDUCTION = Math.max(0, ...[...FIXED_AMOUNTS.values()].flat());

const PRESET_OF_CURRENCY: Record<string, (p: BankChargePresetSwitches) => boolean> = {
  NGN: (p) => p.nigerianBankCharges,
  GHS: (p) => p.ghanaianBankCharges !== false,
  KES: (p) => p.kenyanBankCharges !== false,
  ZAR: (p) => p.southAfricanBankCharges !== false,
};

/**
 * Whether the country presets of a currency are on: its statutory withholding rates are part of them (the way an
 * accounting package's localisation ships its tax reconciliation models), and switch off with them.
 */
export function countryPresetsOn(presets: BankChargePresetSwitches, currency: string): boolean {
  return PRESET_OF_CURRENCY[currency]?.(presets) ?? false;
}
