import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { normalizeCurrency, type CurrencyCode } from '../../domain/currency.js';
import { isBusinessDate } from '../../domain/dates.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { formatMoney, parseMajorString } from '../../domain/money.js';
import type { BankLine, ReconcileResult } from '../../domain/reconciliation.js';
import { LedgerConfigError } from '../../adapters/ledger/config-error.js';
import { HledgerWebError } from '../../adapters/ledger/hledger-web-client.js';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import { createLedgerAdapter } from '../../adapters/ledger/registry.js';
import {
  columnMappingSchema,
  type ColumnMapping,
  type TabularReadOptions,
} from '../../adapters/ledger/tabular-options.js';
import {
  buildStatement,
  reportFormatOf,
  ReportFormatError,
  writeReconciliationReport,
  type ReconciliationReport,
  type ReportAuditEntry,
} from '../../adapters/reports/index.js';
import { reconcile } from '../../matching/engine.js';
import { parseRules, RuleFileError, type Rule } from '../../matching/rules.js';
import { parseReconcileDocument, ReconcileDocumentError } from './reconcile-document.js';

export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 2;

export interface FileReconcileOptions {
  /** Bank statement: CSV/XLSX (read with the statement presets) or a JSON array of canonical bank lines. */
  bank: string;
  /** Ledger: CSV/XLSX, a JSON array of canonical ledger entries, or an hledger-web URL (http://host:port/?account=Assets:Bank:GTBank). */
  ledger: string;
  /** Preset of the ledger file (default: detected). */
  preset?: string;
  /** Preset of the bank statement file (default: detected). */
  bankPreset?: string;
  /** JSON or YAML file with the ledger file's column mapping. */
  mapping?: string;
  /** JSON or YAML rules file (matching/rules.ts). */
  rules?: string;
  /** Report path: .xlsx, .csv (plus one file per detail sheet) or .json. */
  out: string;
  dateOrder?: 'DMY' | 'MDY' | 'YMD';
  currency?: string;
  /** The hledger account of the bank when the URL does not name it. */
  ledgerAccount?: string;
  /** Balance per books at the statement's last date, major units ("1226000.50"); see docs/reports.md for the default. */
  bookBalance?: string;
  /** Reconciliation period (YYYY-MM-DD); default: the calendar months the statement's lines fall in. */
  periodFrom?: string;
  periodTo?: string;
  /** Closing balance per statement, major units, when the statement file has no balance column. */
  statementBalance?: string;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

/** A problem with what the user gave us: reported in one line (or a list), exit code 2, nothing written. */
class InputError extends Error {}

const INPUT_ERRORS = [
  InputError,
  LedgerFileError,
  ReconcileDocumentError,
  RuleFileError,
  LedgerConfigError,
  HledgerWebError,
  ReportFormatError,
];

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(
      `${what} ${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = await readText(path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new InputError(`${what} ${path}: not valid JSON: ${(err as Error).message}`);
  }
}

async function readMapping(path: string): Promise<ColumnMapping> {
  const text = await readText(path, 'mapping');
  let doc: unknown;
  try {
    doc = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `mapping ${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  const parsed = columnMappingSchema.safeParse(doc);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(mapping)'}: ${i.message}`);
    throw new InputError(`mapping ${path}: ${issues.join('; ')}`);
  }
  return parsed.data as ColumnMapping;
}

async function readRulesFile(path: string): Promise<Rule[]> {
  const text = await readText(path, 'rules');
  return parseRules(text, /\.ya?ml$/i.test(path) ? 'yaml' : 'json', path);
}

/** The JSON inputs are the canonical documents' `bank` / `ledger` lists: a bare array, or an object holding one. */
function jsonList(doc: unknown, key: 'bank' | 'ledger', path: string): unknown[] {
  if (Array.isArray(doc)) return doc;
  const list = (doc as Record<string, unknown> | null)?.[key];
  if (Array.isArray(list)) return list;
  throw new InputError(
    `${path}: expected a JSON array of ${key === 'bank' ? 'bank lines' : 'ledger entries'} or an object with "${key}": [...]`,
  );
}

interface BankSide {
  lines: BankLine[];
  currency: CurrencyCode;
  openingMinor: number | null;
  closingMinor: number | null;
  describe: string;
  audit: string;
}

async function readBankSide(opts: FileReconcileOptions, currency: CurrencyCode | undefined): Promise<BankSide> {
  if (extname(opts.bank).toLowerCase() === '.json') {
    const doc = await readJsonFile(opts.bank, 'bank');
    const parsed = parseReconcileDocument({ bank: jsonList(doc, 'bank', opts.bank), ledger: [] }, opts.bank);
    const lines = [...parsed.bank].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const currencies = new Set(lines.map((l) => l.currency));
    if (currencies.size > 1)
      throw new InputError(`bank ${opts.bank}: one currency per statement, found ${[...currencies].join(', ')}`);
    const cur = lines[0]?.currency ?? currency;
    if (!cur) throw new InputError(`bank ${opts.bank}: no lines and no --currency`);
    const last = lines[lines.length - 1];
    const first = lines[0];
    return {
      lines,
      currency: cur,
      openingMinor: first?.balanceMinor != null ? first.balanceMinor - first.amountMinor : null,
      closingMinor: last?.balanceMinor ?? null,
      describe: `${basename(opts.bank)} (JSON, ${lines.length} lines)`,
      audit: `${lines.length} bank lines from ${basename(opts.bank)} (canonical JSON)`,
    };
  }
  const read: TabularReadOptions = {};
  if (opts.bankPreset) read.preset = opts.bankPreset;
  if (opts.dateOrder) read.dateOrder = opts.dateOrder;
  if (currency) read.currency = currency;
  const st = await readBankStatementFile(opts.bank, read);
  return {
    lines: st.lines,
    currency: st.currency,
    openingMinor: st.openingBalanceMinor,
    closingMinor: st.closingBalanceMinor,
    describe: `${basename(opts.bank)} (${st.preset}, ${st.lines.length} lines)`,
    audit: `${st.lines.length} bank lines from ${basename(opts.bank)} (preset ${st.preset}, sha256 ${st.fileHash.slice(0, 16)})`,
  };
}

interface LedgerSide {
  entries: LedgerEntry[];
  /** Entries are every book entry of the account (a file), not only the open ones (hledger-web pulls open postings). */
  complete: boolean;
  ledgerAccount: string | null;
  describe: string;
  audit: string;
}

async function readLedgerSide(
  opts: FileReconcileOptions,
  currency: CurrencyCode,
  periodEnd: string,
): Promise<LedgerSide> {
  if (isUrl(opts.ledger)) {
    const url = new URL(opts.ledger);
    const account = opts.ledgerAccount ?? url.searchParams.get('account');
    if (!account)
      throw new InputError(
        `ledger ${url.origin}: name the bank account, e.g. ${url.origin}/?account=Assets:Bank:GTBank`,
      );
    url.search = '';
    const adapter = createLedgerAdapter(
      { kind: 'hledger-web', url: url.href, bankAccount: account, currency },
      { baseDir: process.cwd() },
    );
    try {
      const { entries } = await adapter.pullOpenEntries({
        ledgerAccount: account,
        period: { from: '0001-01-01', to: periodEnd },
      });
      return {
        entries,
        complete: false,
        ledgerAccount: account,
        describe: `hledger-web ${url.host} ${account} (${entries.length} open postings)`,
        audit: `${entries.length} uncleared postings to ${account} from hledger-web at ${url.host}`,
      };
    } finally {
      await adapter.close?.();
    }
  }
  if (extname(opts.ledger).toLowerCase() === '.json') {
    const doc = await readJsonFile(opts.ledger, 'ledger');
    const parsed = parseReconcileDocument({ bank: [], ledger: jsonList(doc, 'ledger', opts.ledger) }, opts.ledger);
    return {
      entries: parsed.ledger,
      complete: true,
      ledgerAccount: null,
      describe: `${basename(opts.ledger)} (JSON, ${parsed.ledger.length} entries)`,
      audit: `${parsed.ledger.length} ledger entries from ${basename(opts.ledger)} (canonical JSON)`,
    };
  }
  const read: TabularReadOptions = { currency };
  if (opts.preset) read.preset = opts.preset;
  if (opts.mapping) read.mapping = await readMapping(opts.mapping);
  if (opts.dateOrder) read.dateOrder = opts.dateOrder;
  const file = await readLedgerFile(opts.ledger, read);
  return {
    entries: file.entries,
    complete: true,
    ledgerAccount: null,
    describe: `${basename(opts.ledger)} (${file.preset}, ${file.entries.length} entries)`,
    audit: `${file.entries.length} ledger entries from ${basename(opts.ledger)} (preset ${file.preset}, sha256 ${file.fileHash.slice(0, 16)})`,
  };
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function monthEnd(date: string): string {
  const last = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/**
 * Statements are monthly, and the ledger entries between the last bank line and the month's end are exactly the
 * deposits in transit and unpresented payments, so the default period is the whole months the statement touches.
 */
function reconciliationPeriod(opts: FileReconcileOptions, first: string, last: string): { from: string; to: string } {
  for (const [flag, v] of [
    ['--from', opts.periodFrom],
    ['--to', opts.periodTo],
  ] as const) {
    if (v !== undefined && !isBusinessDate(v)) throw new InputError(`${flag}: "${v}" is not a date YYYY-MM-DD`);
  }
  const period = { from: opts.periodFrom ?? monthStart(first), to: opts.periodTo ?? monthEnd(last) };
  if (period.from > period.to) throw new InputError(`the period ${period.from} to ${period.to} ends before it starts`);
  return period;
}

function parseBalanceOption(value: string, currency: CurrencyCode, flag: string): number {
  try {
    return parseMajorString(value, currency);
  } catch (err) {
    throw new InputError(`${flag}: ${(err as Error).message}`);
  }
}

/**
 * `bankfeed reconcile --bank <file|json> --ledger <file|json|hledger URL> --out report.xlsx|.csv|.json`: reconciles
 * two files (or a file and hledger-web) with no Temporal and no Mono, writes the report, prints a short summary.
 * Returns the exit code: 0 done, 2 bad input (the message names the file, row, column or key; nothing is written).
 */
export async function runFileReconcile(opts: FileReconcileOptions): Promise<number> {
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  try {
    return await run(opts, stdout);
  } catch (err) {
    if (INPUT_ERRORS.some((E) => err instanceof E)) {
      stderr.write(`bankfeed reconcile: ${(err as Error).message}\n`);
      return EXIT_INVALID_INPUT;
    }
    throw err;
  }
}

async function run(opts: FileReconcileOptions, stdout: NodeJS.WritableStream): Promise<number> {
  reportFormatOf(opts.out); // a wrong extension is refused before any reading
  let currency: CurrencyCode | undefined;
  if (opts.currency) {
    try {
      currency = normalizeCurrency(opts.currency);
    } catch (err) {
      throw new InputError(`--currency: ${(err as Error).message}`);
    }
  }
  const rules = opts.rules ? await readRulesFile(opts.rules) : [];
  const bank = await readBankSide(opts, currency);
  if (currency && bank.currency !== currency)
    throw new InputError(`bank ${opts.bank}: the statement is in ${bank.currency}, --currency says ${currency}`);
  if (bank.lines.length === 0) throw new InputError(`bank ${opts.bank}: no bank lines to reconcile`);
  const period = reconciliationPeriod(opts, bank.lines[0]!.date, bank.lines[bank.lines.length - 1]!.date);
  const outside = bank.lines.filter((l) => l.date < period.from || l.date > period.to).length;
  if (outside)
    throw new InputError(
      `bank ${opts.bank}: ${outside} line(s) fall outside the period ${period.from} to ${period.to}`,
    );
  const ledger = await readLedgerSide(opts, bank.currency, period.to);
  const wrong = ledger.entries.find((e) => e.currency !== bank.currency);
  if (wrong)
    throw new InputError(
      `ledger ${opts.ledger}: entry "${wrong.id}" is in ${wrong.currency}, the statement in ${bank.currency}`,
    );
  // Entries dated after the statement's last day belong to the next reconciliation, not to this one's items.
  const inPeriod = ledger.entries.filter((e) => e.date <= period.to);
  const later = ledger.entries.length - inPeriod.length;

  const statementBalance = opts.statementBalance
    ? parseBalanceOption(opts.statementBalance, bank.currency, '--statement-balance')
    : bank.closingMinor;
  const now = new Date().toISOString();
  const audit: ReportAuditEntry[] = [
    { at: now, actor: 'bankfeed reconcile', action: 'read', entity: 'bank', detail: bank.audit },
    {
      at: now,
      actor: 'bankfeed reconcile',
      action: 'read',
      entity: 'ledger',
      detail: ledger.audit + (later ? `; ${later} dated after ${period.to} left out` : ''),
    },
  ];
  let bookBalance: number | null = null;
  if (opts.bookBalance) {
    bookBalance = parseBalanceOption(opts.bookBalance, bank.currency, '--book-balance');
    audit.push({
      at: now,
      actor: 'bankfeed reconcile',
      action: 'balance',
      entity: 'books',
      detail: 'balance per books given with --book-balance',
    });
  } else if (ledger.complete && bank.openingMinor !== null) {
    // Without a stated book balance: the books are assumed to have agreed with the bank at the statement's opening
    // (the previous period reconciled), so the book balance is that opening plus every ledger entry in the file.
    bookBalance = bank.openingMinor + inPeriod.reduce((s, e) => s + e.amountMinor, 0);
    audit.push({
      at: now,
      actor: 'bankfeed reconcile',
      action: 'balance',
      entity: 'books',
      detail:
        'balance per books derived: statement opening balance plus the ledger file’s entries (assumes the previous period was reconciled); pass --book-balance to state it',
    });
  }

  const result = reconcile(bank.lines, inPeriod, { rules });
  const categories = categoriesByBankLine(result);
  const hash = createHash('sha256').update(basename(opts.bank)).digest('hex').slice(0, 12);
  const report: ReconciliationReport = {
    account: {
      id: `file:${hash}`,
      name: basename(opts.bank),
      currency: bank.currency,
      institution: null,
      ledgerAccount: ledger.ledgerAccount ?? basename(opts.ledger),
    },
    period,
    generatedAt: now,
    statementBalanceMinor: statementBalance,
    bookBalanceMinor: bookBalance,
    bankLines: bank.lines.map((l) => ({ ...l, category: categories.get(l.id) ?? null })),
    ledgerEntries: inPeriod,
    result,
    audit: [
      ...audit,
      {
        at: now,
        actor: 'bankfeed reconcile',
        action: 'reconcile',
        entity: 'result',
        detail: `${result.matches.length} matched, ${result.suggestions.length} suggested, ${result.unmatchedBank.length} bank and ${result.unmatchedLedger.length} ledger open`,
      },
    ],
  };
  const { files } = await writeReconciliationReport(report, opts.out);
  const s = buildStatement(report);
  const money = (m: number | null) => (m === null ? 'not known' : formatMoney({ minor: m, currency: bank.currency }));
  stdout.write(
    [
      `bank:   ${bank.describe}, ${period.from} to ${period.to}`,
      `ledger: ${ledger.describe}${later ? `, ${later} after the period left out` : ''}`,
      `${result.matches.length} matched, ${result.suggestions.length} suggested, ${result.unmatchedBank.length} bank line(s) and ${result.unmatchedLedger.length} ledger entr(ies) unmatched`,
      `adjusted bank balance ${money(s.adjustedBankBalanceMinor)}, adjusted book balance ${money(s.adjustedBookBalanceMinor)}: ` +
        (s.differenceMinor === null
          ? 'difference not known (a balance is missing)'
          : s.balanced
            ? 'balanced'
            : `NOT BALANCED, difference ${money(s.differenceMinor)}`),
      `report: ${files.join(', ')}`,
    ].join('\n') + '\n',
  );
  return EXIT_OK;
}

/** Bank line categories for the spending sheet: from the rule that classified the line, if any. */
function categoriesByBankLine(result: ReconcileResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of result.matches) {
    if (!g.proposed) continue;
    for (const id of g.bankIds) out.set(id, g.proposed.category ?? g.proposed.account);
  }
  return out;
}
