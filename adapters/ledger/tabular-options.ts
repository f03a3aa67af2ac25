import { z } from 'zod';
import { CURRENCIES, type CurrencyCode } from '../../domain/currency.js';

/**
 * Which column holds what, by header text (matched case- and punctuation-insensitively). Amounts come either from one
 * signed `amount` column or from separate `moneyIn`/`moneyOut` columns; the latter are read as magnitudes, so a bank
 * that writes its Debit column as negative numbers and one that writes it positive both work. Which header means
 * money in is the mapping's decision, never the header's wording ("Credit" means opposite things to a bank and a book).
 */
export interface ColumnMapping {
  date: string;
  valueDate?: string;
  amount?: string;
  /** Flip the sign of `amount` (exports where spending is positive). */
  invertAmount?: boolean;
  /**
   * For an unsigned `amount` (MTN MoMo's `AMOUNT`): where its direction is written. A column and the values in it that
   * mean money out (`{ column: 'TRANS. TYPE', out: ['TRANSFER', 'CASH_OUT'] }`), every other value being money in
   * unless `in` lists the values that mean money in, when any other value is refused; or `'balance'`: the sign of the
   * change from `balanceBefore` to `balance` on the same row. The amount is read as a magnitude.
   */
  direction?: AmountDirection;
  /**
   * The balance before the line (MTN MoMo's `BAL BEFORE`), beside `balance` after it: each line's movement must equal
   * the change, else the row is refused.
   */
  balanceBefore?: string;
  moneyIn?: string;
  moneyOut?: string;
  /**
   * Fee column (Capitec's Fee, MTN MoMo's Fee): money out on the same line, read as a magnitude and subtracted from the
   * line's movement, beside a signed `amount` as beside `moneyIn`/`moneyOut`.
   */
  fee?: string;
  /** One header or several joined with " — " (Xero's Payee + Description). */
  description?: string | string[];
  reference?: string;
  party?: string;
  account?: string;
  /** Journal / transaction id column, part of the row's identity. */
  journalId?: string;
  balance?: string;
  currency?: string;
  /**
   * A transaction-status column (M-PESA's "Transaction Status"): a row whose status is not Completed (or
   * Successful) is not money that moved and is skipped, and reported. Without it a "Transaction Status" column is
   * found by its header.
   */
  status?: string;
}

/** See `ColumnMapping.direction`. Values are compared without case or surrounding spaces. */
export type AmountDirection = 'balance' | { column: string; out: string[]; in?: string[] };

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export interface TabularReadOptions {
  preset?: string;
  mapping?: ColumnMapping;
  sheet?: string;
  dateOrder?: DateOrder;
  currency?: CurrencyCode;
  decimalSeparator?: '.' | ',';
  encoding?: 'utf8' | 'windows-1252';
  /** Refuse files larger than this many bytes (default 50 MB for XLSX; CSV is streamed and unlimited). */
  maxFileBytes?: number;
  /** Refuse XLSX files whose parts would inflate beyond this many bytes in total (default 256 MB). */
  maxDecompressedBytes?: number;
}

const header = z.string().min(1);

export const columnMappingSchema = z
  .object({
    date: header,
    valueDate: header.optional(),
    amount: header.optional(),
    invertAmount: z.boolean().optional(),
    direction: z
      .union([
        z.literal('balance'),
        z.object({ column: header, out: z.array(header).min(1), in: z.array(header).min(1).optional() }).strict(),
      ])
      .optional(),
    balanceBefore: header.optional(),
    moneyIn: header.optional(),
    moneyOut: header.optional(),
    fee: header.optional(),
    description: z.union([header, z.array(header).min(1)]).optional(),
    reference: header.optional(),
    party: header.optional(),
    account: header.optional(),
    journalId: header.optional(),
    balance: header.optional(),
    currency: header.optional(),
    status: header.optional(),
  })
  .strict()
  .refine((m) => m.amount !== undefined || m.moneyIn !== undefined || m.moneyOut !== undefined, {
    message: 'expected "amount" or "moneyIn"/"moneyOut" columns',
  })
  .refine((m) => !(m.amount !== undefined && (m.moneyIn !== undefined || m.moneyOut !== undefined)), {
    message: 'use either "amount" or "moneyIn"/"moneyOut", not both',
  })
  .refine((m) => m.direction === undefined || (m.amount !== undefined && !m.invertAmount), {
    message: '"direction" signs an unsigned "amount": it needs "amount" and is not used with "invertAmount"',
  })
  .refine((m) => m.direction !== 'balance' || (m.balanceBefore !== undefined && m.balance !== undefined), {
    message: '"direction: balance" needs the "balanceBefore" and "balance" columns',
  })
  .refine((m) => m.balanceBefore === undefined || m.balance !== undefined, {
    message: '"balanceBefore" needs the "balance" column (the balance after the line)',
  });

const currencyCodes = Object.keys(CURRENCIES) as [CurrencyCode, ...CurrencyCode[]];

/** The tabular options as they appear in a source of the configuration file. */
export const tabularOptionsSchema = z.object({
  preset: z.string().min(1).optional(),
  mapping: columnMappingSchema.optional(),
  sheet: z.string().min(1).optional(),
  dateOrder: z.enum(['DMY', 'MDY', 'YMD']).optional(),
  currency: z.enum(currencyCodes).optional(),
  decimalSeparator: z.enum(['.', ',']).optional(),
  encoding: z.enum(['utf8', 'windows-1252']).optional(),
  maxFileBytes: z.number().int().positive().optional(),
  maxDecompressedBytes: z.number().int().positive().optional(),
});
