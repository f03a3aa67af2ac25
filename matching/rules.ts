import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { BankLine } from '../domain/reconciliation.js';
import { ghanaianBankChargePresets } from './ghanaian-presets.js';
import { kenyanBankChargePresets } from './kenyan-presets.js';
import { nigerianBankChargePresets } from './nigerian-presets.js';
import type { BankChargePresetSwitches } from './options.js';
import { southAfricanBankChargePresets } from './south-african-presets.js';

/**
 * A user's classification rule. Conditions all have to hold; rules are tried in order and the first match wins.
 * `counterparty` matches the bank line's counterparty name (case-insensitive substring); `account` the counterparty's
 * account number (exact, digits only).
 */
export interface Rule {
  id: string;
  name?: string;
  when: {
    narrationContains?: string | string[];
    narrationRegex?: string;
    amountMinMinor?: number;
    amountMaxMinor?: number;
    direction?: 'credit' | 'debit';
    counterparty?: string;
    account?: string;
    /** ISO currency of the bank line ("GHS"): lets country presets sit side by side */
    currency?: string;
  };
  then: { counterparty?: string; ledgerAccount?: string; category?: string; writeOff?: boolean; autoConfirm?: boolean };
  enabled?: boolean;
}

const minor = z.number().int().nonnegative().refine(Number.isSafeInteger, 'expected a safe integer of minor units');

export const ruleSchema = z
  .object({
    id: z.string().min(1, 'expected a non-empty rule id'),
    name: z.string().optional(),
    when: z
      .object({
        narrationContains: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
        narrationRegex: z
          .string()
          .min(1)
          .refine((s) => compiles(s), 'expected a valid regular expression')
          .optional(),
        amountMinMinor: minor.optional(),
        amountMaxMinor: minor.optional(),
        direction: z.enum(['credit', 'debit']).optional(),
        counterparty: z.string().min(1).optional(),
        account: z.string().min(1).optional(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'expected an ISO currency code such as "GHS"')
          .optional(),
      })
      .strict()
      .refine((w) => Object.keys(w).length > 0, 'expected at least one condition')
      .refine(
        (w) => w.amountMinMinor === undefined || w.amountMaxMinor === undefined || w.amountMinMinor <= w.amountMaxMinor,
        { message: 'amountMinMinor is above amountMaxMinor', path: ['amountMinMinor'] },
      ),
    then: z
      .object({
        counterparty: z.string().min(1).optional(),
        ledgerAccount: z.string().min(1).optional(),
        category: z.string().min(1).optional(),
        writeOff: z.boolean().optional(),
        autoConfirm: z.boolean().optional(),
      })
      .strict()
      .refine((t) => Object.keys(t).length > 0, 'expected at least one action'),
    enabled: z.boolean().optional(),
  })
  .strict();

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

export class RuleFileError extends Error {
  constructor(
    readonly sourceName: string,
    readonly issues: string[],
  ) {
    super(`${sourceName}: invalid rules:\n  ${issues.join('\n  ')}`);
    this.name = 'RuleFileError';
  }
}

/** Reads a rules file (a list, or `{ rules: [...] }`); every error names the rule (index and id) and the field. */
export function parseRules(text: string, format: 'json' | 'yaml', sourceName: string): Rule[] {
  let doc: unknown;
  try {
    doc = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new RuleFileError(sourceName, [`not valid ${format.toUpperCase()}: ${(err as Error).message}`]);
  }
  const list = Array.isArray(doc) ? doc : (doc as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) throw new RuleFileError(sourceName, ['expected a list of rules or { "rules": [...] }']);
  return validateRules(list, sourceName);
}

/** Validates already-parsed rules (e.g. the `rules` of a JSON document). */
export function validateRules(list: unknown[], sourceName: string, pathPrefix = 'rules'): Rule[] {
  const issues: string[] = [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
    const label = `${pathPrefix}[${index}]${id ? ` (id "${id}")` : ''}`;
    const parsed = ruleSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? issue.path.join('.') : '(rule)';
        issues.push(`${label} field ${field}: ${issue.message}`);
      }
      return;
    }
    if (seen.has(parsed.data.id)) issues.push(`${label} field id: duplicate rule id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    rules.push(parsed.data as Rule);
  });
  if (issues.length) throw new RuleFileError(sourceName, issues);
  return rules;
}

/** A rule compiled once per run so regexes are not rebuilt for every line. */
export interface CompiledRule {
  rule: Rule;
  test(line: BankLine): boolean;
}

export function compileRule(rule: Rule): CompiledRule {
  const w = rule.when;
  const contains = w.narrationContains === undefined ? [] : [w.narrationContains].flat().map((s) => s.toUpperCase());
  const regex = w.narrationRegex ? new RegExp(w.narrationRegex, 'i') : null;
  const cpty = w.counterparty?.toUpperCase();
  const account = w.account?.replace(/\D/g, '');
  return {
    rule,
    test(line) {
      // cheap conditions first: most lines fail on direction or amount before any regex runs
      const abs = Math.abs(line.amountMinor);
      if (w.amountMinMinor !== undefined && abs < w.amountMinMinor) return false;
      if (w.amountMaxMinor !== undefined && abs > w.amountMaxMinor) return false;
      if (w.direction && directionOf(line) !== w.direction) return false;
      if (w.currency && line.currency !== w.currency) return false;
      if (account && (line.counterpartyAccount ?? '').replace(/\D/g, '') !== account) return false;
      if (cpty && !(line.counterpartyName ?? '').toUpperCase().includes(cpty)) return false;
      if (contains.length) {
        const upper = upperTextOf(line);
        if (!contains.some((c) => upper.includes(c))) return false;
      }
      // no bank writes a text this long: a hostile one is read by no pattern (none takes long on it, and a pattern
      // read on a cut text could take the line for what its end would deny)
      if (regex && (textOf(line).length > RULE_TEXT_MAX || !regex.test(textOf(line)))) return false;
      return true;
    },
  };
}

// The text rules read, for the last line asked: every rule is tried on one line before the next, so a line's text is
// built (and upper-cased) once rather than once per rule. Keyed by the line and its two texts, so a line object
// changed between calls is read afresh.
let textFor: BankLine | null = null;
let textNarration: string | null | undefined;
let textReference: string | null | undefined;
let text = '';
let upper: string | null = null;
/** How much of a line's text the rules read (banks' narrations run to a few hundred characters at most). */
export const RULE_TEXT_MAX = 1_000;

/**
 * The posting word some banks (SBI's and Bank of Baroda's statements) write before their own charges and interest:
 * "TO CHARGES-CASH DEPOSIT FEE", "BY INT.-CREDIT INTEREST". The rules read what follows, as other banks write it.
 */
const BANK_POSTING = /^\s*(?:TO\s+CHARGES?|BY\s+INT(?:EREST|\.)?)\s*[-–:.]+\s*/i;

/** A narration as the rules read it: a bank's posting word before its own charge or interest left out. */
export const withoutBankPosting = (narration: string): string => narration.replace(BANK_POSTING, '');

function textOf(line: BankLine): string {
  if (line !== textFor || line.narration !== textNarration || line.reference !== textReference) {
    textFor = line;
    textNarration = line.narration;
    textReference = line.reference;
    const narration = withoutBankPosting(line.narration ?? '');
    text = line.reference ? `${narration} ${line.reference}` : narration;
    upper = null;
  }
  return text;
}

function upperTextOf(line: BankLine): string {
  const t = textOf(line);
  upper ??= t.toUpperCase();
  return upper;
}

/** First enabled rule that matches, or null. */
export function firstMatchingRule(rules: readonly CompiledRule[], line: BankLine): Rule | null {
  for (const r of rules) if (r.rule.enabled !== false && r.test(line)) return r.rule;
  return null;
}

/**
 * A run's rules, each currency's lines tried only against the rules that can match them, in their order (worked out
 * once per currency and direction): a Ghanaian preset is never tried on a naira line, nor a debit-only one on a credit.
 */
export class RulesByCurrency {
  /** by currency: [rules for credits, rules for debits] */
  private readonly byCurrency = new Map<string, [CompiledRule[], CompiledRule[]]>();

  constructor(private readonly rules: readonly CompiledRule[]) {}

  firstMatching(line: BankLine): Rule | null {
    let forCurrency = this.byCurrency.get(line.currency);
    if (!forCurrency) {
      const c = line.currency;
      const mine = this.rules.filter((r) => r.rule.when.currency === undefined || r.rule.when.currency === c);
      forCurrency = [
        mine.filter((r) => r.rule.when.direction !== 'debit'),
        mine.filter((r) => r.rule.when.direction !== 'credit'),
      ];
      this.byCurrency.set(c, forCurrency);
    }
    return firstMatchingRule(forCurrency[directionOf(line) === 'credit' ? 0 : 1], line);
  }
}

/** The direction as the rules read it: a zero amount is a credit. */
function directionOf(line: BankLine): 'credit' | 'debit' {
  return line.amountMinor >= 0 ? 'credit' : 'debit';
}

export { nigerianBankChargePresets } from './nigerian-presets.js';
export { ghanaianBankChargePresets } from './ghanaian-presets.js';
export { kenyanBankChargePresets } from './kenyan-presets.js';
export { southAfricanBankChargePresets } from './south-african-presets.js';

/**
 * The built-in rules a run uses, after the user's rules: the currency-bound Ghanaian, Kenyan and South African presets
 * first (each on unless switched off), then the Nigerian ones (not bound to a currency, as before).
 */
export function builtInPresets(presets: BankChargePresetSwitches): Rule[] {
  const rules = [
    ...(presets.ghanaianBankCharges !== false ? ghanaianBankChargePresets() : []),
    ...(presets.kenyanBankCharges !== false ? kenyanBankChargePresets() : []),
    ...(presets.southAfricanBankCharges !== false ? southAfricanBankChargePresets() : []),
    ...(presets.nigerianBankCharges ? nigerianBankChargePresets() : []),
  ];
  for (const rule of rules) builtIn.add(rule);
  return rules;
}

/** The rules builtInPresets made (a user's rule says what its author meant; a preset reads a bank's words). */
const builtIn = new WeakSet<Rule>();

/** A preset's bank charge or the VAT on one: the bank's own, so not a line paid to a payee the statement names. */
export const isPresetBankCharge = (rule: Rule): boolean =>
  builtIn.has(rule) && (rule.then.category === 'bank-charge' || rule.then.category === 'vat');
