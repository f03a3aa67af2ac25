import { z } from 'zod';
import { normalizeCurrency } from '../domain/currency.js';
import { DEFAULT_TIMEZONE } from '../domain/dates.js';
import { type Rule, ruleSchema } from './rules.js';

/** Built-in bank-charge rules per country; all on unless switched off. */
export interface BankChargePresetSwitches {
  nigerianBankCharges: boolean;
  ghanaianBankCharges?: boolean;
  kenyanBankCharges?: boolean;
  southAfricanBankCharges?: boolean;
}

/** Tolerances per direction; percents are decimal strings ("1", "0.5") so no float ever touches money. */
export interface Tolerance {
  underPercent?: string;
  underFixedMinor?: number;
  overPercent?: string;
  overFixedMinor?: number;
}

export interface MatchOptions {
  timezone: string;
  dateWindowDays: number;
  tolerance: Tolerance;
  writeOffAccount: string;
  maxSplitSize: number;
  autoConfirmThreshold: number;
  rules: Rule[];
  presets: BankChargePresetSwitches;
  /** confirm an exact amount with a clearly named counterparty and no rival without a reference (default true) */
  autoConfirmByCounterparty?: boolean;
  /** confirm an amount to the cent that one open entry and one bank line alone carry, close in date (default true) */
  autoConfirmUniqueAmount?: boolean;
  rejectedPairs: Array<{ bankId: string; ledgerId: string }>;
}

const percentString = z.string().regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal string such as "1" or "0.5"');
const minorAmount = z.number().int().nonnegative().refine(Number.isSafeInteger, 'expected a safe integer');

export const toleranceSchema = z
  .object({
    underPercent: percentString.optional(),
    underFixedMinor: minorAmount.optional(),
    overPercent: percentString.optional(),
    overFixedMinor: minorAmount.optional(),
  })
  .strict();

/** Which built-in bank-charge presets are on (shared with the canonical JSON document). */
export const presetsSchema = z
  .object({
    nigerianBankCharges: z.boolean(),
    ghanaianBankCharges: z.boolean().optional(),
    kenyanBankCharges: z.boolean().optional(),
    southAfricanBankCharges: z.boolean().optional(),
  })
  .strict();

export const matchOptionsSchema = z
  .object({
    timezone: z.string().min(1),
    dateWindowDays: z.number().int().min(0).max(366),
    tolerance: toleranceSchema,
    writeOffAccount: z.string().min(1),
    maxSplitSize: z.number().int().min(1).max(12),
    autoConfirmThreshold: z.number().min(0).max(1),
    rules: z.array(ruleSchema),
    presets: presetsSchema,
    autoConfirmByCounterparty: z.boolean().optional(),
    autoConfirmUniqueAmount: z.boolean().optional(),
    rejectedPairs: z.array(z.object({ bankId: z.string(), ledgerId: z.string() }).strict()),
  })
  .strict();

export const DEFAULT_MATCH_OPTIONS: Readonly<MatchOptions> = Object.freeze({
  timezone: DEFAULT_TIMEZONE,
  dateWindowDays: 7,
  tolerance: {},
  writeOffAccount: 'Bank charges',
  maxSplitSize: 5,
  autoConfirmThreshold: 0.9,
  rules: [],
  presets: { nigerianBankCharges: true },
  rejectedPairs: [],
});

/** Fills defaults and validates; throws a ZodError naming the offending option. */
export function resolveMatchOptions(input: Partial<MatchOptions> = {}): MatchOptions {
  const merged = {
    ...DEFAULT_MATCH_OPTIONS,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  };
  return matchOptionsSchema.parse(merged) as MatchOptions;
}

/**
 * A tolerance whose fixed amounts are minor units of `fixedCurrency`, as it applies to lines in `currency`: the
 * percentages always, the fixed amounts only in their own currency (5000 minor units are ₦50 but KSh 50 or R50).
 * Without a `fixedCurrency` the fixed amounts are in every line's own currency, as for a single-currency file.
 */
export function toleranceForCurrency(t: Tolerance, fixedCurrency: string | undefined, currency: string): Tolerance {
  if (!fixedCurrency || fixedCurrency === normalizeCurrencyOrSelf(currency)) return t;
  const { underFixedMinor: _u, overFixedMinor: _o, ...percentages } = t;
  return percentages;
}

function normalizeCurrencyOrSelf(currency: string): string {
  try {
    return normalizeCurrency(currency);
  } catch {
    return currency;
  }
}
