import { z } from 'zod';
import { type CurrencyCode, normalizeCurrency } from '../../domain/currency.js';
import { isBusinessDate } from '../../domain/dates.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { minorToMajorString, parseMajorString } from '../../domain/money.js';
import type { BankLine, ReconcileResult } from '../../domain/reconciliation.js';
import { presetsSchema, type MatchOptions } from '../../matching/options.js';
import { RuleFileError, validateRules } from '../../matching/rules.js';

/**
 * The canonical JSON documents of `bankfeed reconcile --input` (docs/reconcile-json.md and the JSON Schemas in docs/
 * describe the same shapes; keep all three in step).
 */

const id = z.string().min(1, 'expected a non-empty id');
const date = z.string().refine(isBusinessDate, 'expected a date "YYYY-MM-DD"');
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
          date,
          amount,
          currency,
          narration: optText,
          reference: optText,
          counterparty: z.object({ name: optText, account: optText }).strict().nullish(),
          balance: z.string().nullish(),
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
}

/** Validates a parsed JSON document; every problem is reported with its JSON path and what was expected. */
export function parseReconcileDocument(doc: unknown, sourceName: string): ParsedReconcileDocument {
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
  const bank: BankLine[] = [];
  d.bank.forEach((b, i) => {
    const path = `$.bank[${i}]`;
    const cur = readCurrency(b.currency, `${path}.currency`);
    if (!cur) return;
    const minor = readAmount(b.amount, cur, `${path}.amount`);
    const balance = b.balance == null ? null : readAmount(b.balance, cur, `${path}.balance`);
    if (minor === null) return;
    if (currencyById.has(b.id)) issues.push(`${path}.id: duplicate id "${b.id}"`);
    currencyById.set(b.id, cur);
    bank.push({
      id: b.id,
      date: b.date,
      amountMinor: minor,
      currency: cur,
      narration: b.narration ?? null,
      reference: b.reference ?? null,
      counterpartyName: b.counterparty?.name ?? null,
      counterpartyAccount: b.counterparty?.account ?? null,
      balanceMinor: balance,
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
  if (issues.length) throw new ReconcileDocumentError(sourceName, issues);
  return { bank, ledger, options, currencyById, autoConfirmDisabled: o.autoConfirm === false };
}

export interface OutputEvidence {
  kind: string;
  detail: string;
  weight: number;
}

export interface ReconcileOutput {
  matches: Array<{
    bank: string[];
    ledger: string[];
    kind: string;
    confidence: number;
    difference: string;
    writeOff: { account: string; amount: string } | null;
    evidence: OutputEvidence[];
    rule?: string;
    proposed?: {
      account: string;
      category: string | null;
      counterparty: string | null;
      description: string;
      amount: string;
    };
  }>;
  suggestions: Array<{
    bank: string[];
    candidates: Array<{ ledger: string[]; confidence: number; difference: string; evidence: OutputEvidence[] }>;
  }>;
  unmatchedBank: string[];
  unmatchedLedger: string[];
}

/** The engine's result as the output document: ids, and amounts as decimal strings in major units. */
export function formatReconcileResult(
  result: ReconcileResult,
  currencyById: ReadonlyMap<string, CurrencyCode>,
): ReconcileOutput {
  const cur = (ids: string[]): CurrencyCode => currencyById.get(ids[0] ?? '') ?? 'NGN';
  const ev = (e: { kind: string; detail: string; weight: number }[]) =>
    e.map(({ kind, detail, weight }) => ({ kind, detail, weight }));
  return {
    matches: result.matches.map((m) => ({
      bank: m.bankIds,
      ledger: m.ledgerIds,
      kind: m.kind,
      confidence: m.confidence,
      difference: minorToMajorString(m.differenceMinor, m.currency),
      writeOff: m.writeOff
        ? { account: m.writeOff.account, amount: minorToMajorString(m.writeOff.amountMinor, m.currency) }
        : null,
      evidence: ev(m.evidence),
      ...(m.ruleId ? { rule: m.ruleId } : {}),
      ...(m.proposed
        ? {
            proposed: {
              account: m.proposed.account,
              category: m.proposed.category ?? null,
              counterparty: m.proposed.counterparty ?? null,
              description: m.proposed.description,
              amount: minorToMajorString(m.proposed.amountMinor, m.currency),
            },
          }
        : {}),
    })),
    suggestions: result.suggestions.map((s) => ({
      bank: s.bankIds,
      candidates: s.candidates.map((c) => ({
        ledger: c.ledgerIds,
        confidence: c.confidence,
        difference: minorToMajorString(c.differenceMinor, cur(s.bankIds)),
        evidence: ev(c.evidence),
      })),
    })),
    unmatchedBank: result.unmatchedBank,
    unmatchedLedger: result.unmatchedLedger,
  };
}
