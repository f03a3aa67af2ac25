import { z } from 'zod';
import { type CurrencyCode, normalizeCurrency } from '../../domain/currency.js';
import {
  businessDateOf,
  DEFAULT_TIMEZONE,
  isBusinessDate,
  isIsoInstant,
  parseBusinessDate,
} from '../../domain/dates.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { parseMajorString } from '../../domain/money.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { DEFAULT_MATCH_OPTIONS, presetsSchema, type MatchOptions } from '../../matching/options.js';
import { RuleFileError, validateRules } from '../../matching/rules.js';

/**
 * The canonical JSON documents of `bankfeed reconcile --input` (docs/reconcile-json.md and the JSON Schemas in docs/
 * describe the same shapes; keep all three in step).
 */

const id = z.string().min(1, 'expected a non-empty id');
/** A calendar day that exists: "2024-02-30" is refused (with its JSON path), not rolled over into March. */
function isCalendarDate(s: string): boolean {
  if (!isBusinessDate(s)) return false;
  try {
    parseBusinessDate(s, 'YMD');
    return true;
  } catch {
    return false;
  }
}

const date = z.string().refine(isCalendarDate, 'expected a date "YYYY-MM-DD" that exists in the calendar');
// Mono dates bank lines with a UTC instant; the business date is that instant's day in options.timezone.
const bankDate = z
  .string()
  .refine(
    (s) => isCalendarDate(s) || isIsoInstant(s),
    'expected a date "YYYY-MM-DD" or an instant with its zone such as "2024-03-01T23:30:00.000Z"',
  );
const amount = z.string({ error: 'expected a signed decimal string in major units such as "-1470.85"' });
const currency = z.string({ error: 'expected a currency code such as "NGN"' });
const optText = z.string().nullish();
const percent = z.union([z.string().regex(/^\d+(\.\d+)?$/), z.number().nonnegative()], {
  error: 'expected a non-negative percent such as "1" or "0.5"',
});
const fixed = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal string in major units such as "10.00"');
const side = z.object({ percent: percent.optional(), fixed: fixed.optional() }).strict();

export const reconcileInputSchema = z
  .object({
    options: z
      .object({
        timezone: z.string().min(1).optional(),
        dateWindowDays: z.number().int().min(0).max(366).optional(),
        tolerance: z
          .object({
            percent: percent.optional(),
            fixed: fixed.optional(),
            under: side.optional(),
            over: side.optional(),
          })
          .strict()
          .optional(),
        writeOffAccount: z.string().min(1).optional(),
        maxSplitSize: z.number().int().min(1).max(12).optional(),
        autoConfirm: z.union([z.boolean(), z.number().min(0).max(1)]).optional(),
        presets: presetsSchema.optional(),
        autoConfirmByCounterparty: z.boolean().optional(),
      })
      .strict()
      .optional(),
    bank: z.array(
      z
        .object({
          id,
          date: bankDate,
          amount,
          currency,
          narration: optText,
          reference: optText,
          counterparty: z.object({ name: optText, account: optText }).strict().nullish(),
          balance: z.string().nullish(),
          fee: z.string().nullish(),
        })
        .strict(),
    ),
    ledger: z.array(
      z
        .object({
          id,
          date,
          dueDate: date.nullish(),
          amount,
          currency,
          reference: optText,
          description: optText,
          party: optText,
          account: optText,
        })
        .strict(),
    ),
    rules: z.array(z.unknown()).optional(),
    /** The statement's period and its two balances as the bank and the books state them (docs/statement.md). */
    statement: z
      .object({
        from: date.optional(),
        to: date.optional(),
        bankBalance: amount.optional(),
        bookBalance: amount.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ReconcileInput = z.infer<typeof reconcileInputSchema>;

export class ReconcileDocumentError extends Error {
  constructor(
    readonly sourceName: string,
    readonly issues: string[],
  ) {
    super(`${sourceName}: invalid reconcile document:\n  ${issues.join('\n  ')}`);
    this.name = 'ReconcileDocumentError';
  }
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

export interface ParsedReconcileDocument {
  bank: BankLine[];
  ledger: LedgerEntry[];
  options: Partial<MatchOptions>;
  /** the currency of every bank and ledger id, to format amounts of the result */
  currencyById: Map<string, CurrencyCode>;
  /** autoConfirm: false in the document: every match is handed to a person */
  autoConfirmDisabled: boolean;
  /** The statement's period and balances, when the document states them (major-unit strings, parsed per currency). */
  statement: { from?: string; to?: string; bankBalance?: string; bookBalance?: string };
}

/**
 * Validates a parsed JSON document; every problem is reported with its JSON path and what was expected. `defaults`
 * stand where the document is silent (`reconcile --input --account`: the account's time zone dates its instants).
 */
export function parseReconcileDocument(
  doc: unknown,
  sourceName: string,
  defaults: { timezone?: string } = {},
): ParsedReconcileDocument {
  const parsed = reconcileInputSchema.safeParse(doc);
  if (!parsed.success) {
    throw new ReconcileDocumentError(
      sourceName,
      parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`),
    );
  }
  const d = parsed.data;
  const issues: string[] = [];
  const currencyById = new Map<string, CurrencyCode>();
  const readCurrency = (label: string, path: string): CurrencyCode | null => {
    try {
      return normalizeCurrency(label);
    } catch (err) {
      issues.push(`${path}: ${(err as Error).message}`);
      return null;
    }
  };
  const readAmount = (value: string, cur: CurrencyCode, path: string): number | null => {
    try {
      return parseMajorString(value, cur);
    } catch (err) {
      issues.push(`${path}: ${(err as Error).message}`);
      return null;
    }
  };
  const timezone = d.options?.timezone ?? defaults.timezone ?? DEFAULT_TIMEZONE;
  try {
    businessDateOf(new Date(0), timezone);
  } catch (err) {
    issues.push(`$.options.timezone: ${(err as Error).message}`);
  }
  const bank: BankLine[] = [];
  d.bank.forEach((b, i) => {
    const path = `$.bank[${i}]`;
    let day = b.date;
    if (isIsoInstant(b.date)) {
      try {
        day = businessDateOf(b.date, timezone);
      } catch (err) {
        issues.push(`${path}.date: ${(err as Error).message}`);
        return;
      }
    }
    const cur = readCurrency(b.currency, `${path}.currency`);
    if (!cur) return;
    const minor = readAmount(b.amount, cur, `${path}.amount`);
    const balance = b.balance == null ? null : readAmount(b.balance, cur, `${path}.balance`);
    const fee = b.fee == null ? null : readAmount(b.fee, cur, `${path}.fee`);
    if (minor === null) return;
    if (currencyById.has(b.id)) issues.push(`${path}.id: duplicate id "${b.id}"`);
    currencyById.set(b.id, cur);
    bank.push({
      id: b.id,
      date: day,
      amountMinor: minor,
      currency: cur,
      narration: b.narration ?? null,
      reference: b.reference ?? null,
      counterpartyName: b.counterparty?.name ?? null,
      counterpartyAccount: b.counterparty?.account ?? null,
      balanceMinor: balance,
      // a magnitude, already in the amount (as a statement's Fee column is)
      ...(fee ? { feeMinor: Math.abs(fee) } : {}),
    });
  });
  const ledger: LedgerEntry[] = [];
  const ledgerIds = new Set<string>();
  d.ledger.forEach((l, i) => {
    const path = `$.ledger[${i}]`;
    const cur = readCurrency(l.currency, `${path}.currency`);
    if (!cur) return;
    const minor = readAmount(l.amount, cur, `${path}.amount`);
    if (minor === null) return;
    if (ledgerIds.has(l.id)) issues.push(`${path}.id: duplicate id "${l.id}"`);
    ledgerIds.add(l.id);
    ledger.push({
      id: l.id,
      date: l.date,
      dueDate: l.dueDate ?? null,
      amountMinor: minor,
      currency: cur,
      reference: l.reference ?? null,
      description: l.description ?? null,
      party: l.party ?? null,
      account: l.account ?? null,
    });
  });
  for (const l of ledger) if (!currencyById.has(l.id)) currencyById.set(l.id, l.currency);

  const o = d.options ?? {};
  const options: Partial<MatchOptions> = {};
  if (o.timezone !== undefined) options.timezone = o.timezone;
  if (o.dateWindowDays !== undefined) options.dateWindowDays = o.dateWindowDays;
  if (o.writeOffAccount !== undefined) options.writeOffAccount = o.writeOffAccount;
  if (o.maxSplitSize !== undefined) options.maxSplitSize = o.maxSplitSize;
  if (typeof o.autoConfirm === 'number') options.autoConfirmThreshold = o.autoConfirm;
  // stated, so it wins over an account's threshold under --account: `true` is documented as 0.9
  if (o.autoConfirm === true) options.autoConfirmThreshold = DEFAULT_MATCH_OPTIONS.autoConfirmThreshold;
  if (o.presets) options.presets = o.presets;
  if (o.autoConfirmByCounterparty !== undefined) options.autoConfirmByCounterparty = o.autoConfirmByCounterparty;
  if (o.tolerance) {
    // fixed amounts are in the document's currency; with several currencies in one document each needs its own run
    const currencies = [...new Set(bank.map((b) => b.currency))];
    const toMinor = (v: string | undefined, path: string) => {
      if (v === undefined) return undefined;
      if (currencies.length > 1) {
        issues.push(`${path}: a fixed tolerance needs a single-currency document (found ${currencies.join(', ')})`);
        return undefined;
      }
      return readAmount(v, currencies[0] ?? 'NGN', path) ?? undefined;
    };
    const t = o.tolerance;
    const under = t.under ?? { percent: t.percent, fixed: t.fixed };
    const over = t.over ?? { percent: t.percent, fixed: t.fixed };
    options.tolerance = {
      underPercent: under.percent === undefined ? undefined : String(under.percent),
      underFixedMinor: toMinor(under.fixed, `$.options.tolerance${t.under ? '.under' : ''}.fixed`),
      overPercent: over.percent === undefined ? undefined : String(over.percent),
      overFixedMinor: toMinor(over.fixed, `$.options.tolerance${t.over ? '.over' : ''}.fixed`),
    };
    options.tolerance = Object.fromEntries(Object.entries(options.tolerance).filter(([, v]) => v !== undefined));
  }
  if (d.rules) {
    try {
      options.rules = validateRules(d.rules, sourceName, '$.rules');
    } catch (err) {
      if (err instanceof RuleFileError) issues.push(...err.issues);
      else throw err;
    }
  }
  const statement = d.statement ?? {};
  const statementCurrencies = [...new Set([...bank, ...ledger].map((x) => x.currency))];
  for (const key of ['bankBalance', 'bookBalance'] as const) {
    const v = statement[key];
    if (v === undefined) continue;
    if (statementCurrencies.length > 1)
      issues.push(`$.statement.${key}: a statement balance needs a single-currency document`);
    else readAmount(v, statementCurrencies[0] ?? 'NGN', `$.statement.${key}`);
  }
  if (statement.from && statement.to && statement.from > statement.to)
    issues.push(`$.statement.to: ${statement.to} is before $.statement.from ${statement.from}`);
  if (issues.length) throw new ReconcileDocumentError(sourceName, issues);
  return {
    bank,
    ledger,
    options,
    currencyById,
    autoConfirmDisabled: o.autoConfirm === false,
    statement,
  };
}
