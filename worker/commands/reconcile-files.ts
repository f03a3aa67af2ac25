import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { normalizeCurrency, type CurrencyCode } from '../../domain/currency.js';
import { isBusinessDate } from '../../domain/dates.js';
import type { BankBalanceSource, BookBalanceSource } from '../../domain/statement.js';
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
  bankBalanceSourceText,
  bookBalanceSourceText,
  buildStatement,
  openBankLines,
  reportFormatOf,
  ReportFormatError,
  writeReconciliationReports,
  type ReconciliationReport,
  type ReportAuditEntry,
} from '../../adapters/reports/index.js';
import type { ReportLedgerEntry } from '../../adapters/reports/model.js';
import {
  chooseLedgerAccount,
  entriesOfAccount,
  explicitLedgerAccounts,
  InputError,
  ledgerAccountsOf,
} from './ledger-account-choice.js';
import { carryForwardFor, readPreviousReport } from './previous-report.js';
import { reconcile } from '../../matching/engine.js';
import { carriedReversalPairs, withoutProposalsFor } from '../../matching/carried-reversals.js';
import { parseRules, RuleFileError, type Rule } from '../../matching/rules.js';
import { parseReconcileDocument, ReconcileDocumentError } from './reconcile-document.js';

export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 2;

export interface FileReconcileOptions {
  /** Bank statements (repeat --bank): CSV/XLSX (read with the statement presets) or JSON arrays of canonical bank lines. */
  bank: string | string[];
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
  /** The ledger account of each statement: CODE (one statement) or FILE=CODE; detected when not given. */
  ledgerAccount?: string | string[];
  /** Balance per books at period end, major units: AMOUNT (one statement) or FILE=AMOUNT. */
  bookBalance?: string | string[];
  /** Reconciliation period (YYYY-MM-DD); default: the calendar months the statement's lines fall in. */
  periodFrom?: string;
  periodTo?: string;
  /** Closing balance per statement, major units (AMOUNT or FILE=AMOUNT), when the statement has no balance column. */
  statementBalance?: string | string[];
  /** The previous period's report document (.json): its book balance and outstanding items carry forward. */
  previous?: string;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

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
  file: string;
  lines: Array<BankLine & { ref: string | null }>;
  currency: CurrencyCode;
  openingMinor: number | null;
  closingMinor: number | null;
  accountNumberTail: string | null;
  describe: string;
  audit: string;
}

async function readBankSide(
  file: string,
  opts: FileReconcileOptions,
  currency: CurrencyCode | undefined,
): Promise<BankSide> {
  if (extname(file).toLowerCase() === '.json') {
    const doc = await readJsonFile(file, 'bank');
    const parsed = parseReconcileDocument({ bank: jsonList(doc, 'bank', file), ledger: [] }, file);
    const lines = [...parsed.bank]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((l) => ({ ...l, ref: l.reference ?? null }));
    const currencies = new Set(lines.map((l) => l.currency));
    if (currencies.size > 1)
      throw new InputError(`bank ${file}: one currency per statement, found ${[...currencies].join(', ')}`);
    const cur = lines[0]?.currency ?? currency;
    if (!cur) throw new InputError(`bank ${file}: no lines and no --currency`);
    const last = lines[lines.length - 1];
    const first = lines[0];
    return {
      file,
      lines,
      currency: cur,
      openingMinor: first?.balanceMinor != null ? first.balanceMinor - first.amountMinor : null,
      closingMinor: last?.balanceMinor ?? null,
      accountNumberTail: null,
      describe: `${basename(file)} (JSON, ${lines.length} lines)`,
      audit: `${lines.length} bank lines from ${basename(file)} (canonical JSON)`,
    };
  }
  const read: TabularReadOptions = {};
  if (opts.bankPreset) read.preset = opts.bankPreset;
  if (opts.dateOrder) read.dateOrder = opts.dateOrder;
  if (currency) read.currency = currency;
  const st = await readBankStatementFile(file, read);
  return {
    file,
    lines: st.lines.map(({ row, ...l }) => ({ ...l, ref: `row ${row}${l.reference ? ` ${l.reference}` : ''}` })),
    currency: st.currency,
    openingMinor: st.openingBalanceMinor,
    closingMinor: st.closingBalanceMinor,
    accountNumberTail: st.accountNumberTail,
    describe: `${basename(file)} (${st.preset}, ${st.lines.length} lines)`,
    audit: `${st.lines.length} bank lines from ${basename(file)} (preset ${st.preset}, sha256 ${st.fileHash.slice(0, 16)})`,
  };
}

/** A ledger entry with what the report shows a person (GL row, journal id) and the books' running balance. */
type SourceEntry = ReportLedgerEntry & { accountName?: string | null; row?: number; balanceMinor?: number | null };

interface LedgerSource {
  /** Entries of every account (files, JSON); empty for hledger-web, which is pulled per statement. */
  entries: SourceEntry[];
  /** Every book entry of the account, not only the open ones (hledger-web pulls uncleared postings). */
  complete: boolean;
  describe: string;
  audit: string;
  /** hledger-web: pull one account's open postings up to a date. */
  pull?: (account: string, to: string) => Promise<SourceEntry[]>;
  urlAccount?: string | null;
  close?: () => Promise<void>;
}

async function openLedgerSource(opts: FileReconcileOptions, currency: CurrencyCode): Promise<LedgerSource> {
  if (isUrl(opts.ledger)) {
    const url = new URL(opts.ledger);
    const urlAccount = url.searchParams.get('account');
    url.search = '';
    const adapters = new Map<string, ReturnType<typeof createLedgerAdapter>>();
    return {
      entries: [],
      complete: false,
      urlAccount,
      describe: `hledger-web ${url.host}`,
      audit: `uncleared postings from hledger-web at ${url.host}`,
      async pull(account, to) {
        let adapter = adapters.get(account);
        if (!adapter) {
          adapter = createLedgerAdapter(
            { kind: 'hledger-web', url: url.href, bankAccount: account, currency },
            { baseDir: process.cwd() },
          );
          adapters.set(account, adapter);
        }
        const { entries } = await adapter.pullOpenEntries({
          ledgerAccount: account,
          period: { from: '0001-01-01', to },
        });
        return entries;
      },
      async close() {
        for (const a of adapters.values()) await a.close?.();
      },
    };
  }
  if (extname(opts.ledger).toLowerCase() === '.json') {
    const doc = await readJsonFile(opts.ledger, 'ledger');
    const parsed = parseReconcileDocument({ bank: [], ledger: jsonList(doc, 'ledger', opts.ledger) }, opts.ledger);
    return {
      entries: parsed.ledger.map((e) => ({ ...e, ref: e.reference ?? null })),
      complete: true,
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
    entries: file.entries.map((e) => ({
      ...e,
      ref: [`row ${e.row}`, e.journalId].filter(Boolean).join(' '),
    })),
    complete: true,
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

/** `--book-balance` / `--statement-balance`: AMOUNT for a single statement, FILE=AMOUNT for each of several. */
function perStatementValues(values: string | string[] | undefined, banks: string[], flag: string) {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  const out = new Map<string, string>();
  for (const v of list) {
    const m = /^(.+)=(-?[\d.,\s]+)$/.exec(v);
    if (!m) {
      if (banks.length !== 1) throw new InputError(`${flag} "${v}": with several statements, give FILE=AMOUNT`);
      out.set(banks[0]!, v);
      continue;
    }
    const hits = banks.filter((b) => b === m[1] || basename(b) === m[1]);
    if (hits.length !== 1) throw new InputError(`${flag} "${v}": no single --bank file is called "${m[1]}"`);
    out.set(hits[0]!, m[2]!.trim());
  }
  return out;
}

/**
 * The books' own balance at the period end, from the export's running-balance column: the balance after the last
 * entry of the account dated on or before it (file order breaks ties within a day).
 */
function ledgerClosingBalance(entries: SourceEntry[], to: string): { minor: number; entry: SourceEntry } | null {
  let best: SourceEntry | null = null;
  for (const e of entries) {
    if (e.date > to || e.balanceMinor == null) continue;
    if (!best || e.date > best.date || (e.date === best.date && (e.row ?? 0) >= (best.row ?? 0))) best = e;
  }
  return best ? { minor: best.balanceMinor!, entry: best } : null;
}

const sum = (xs: Array<{ amountMinor: number }>) => xs.reduce((s, x) => s + x.amountMinor, 0);

/**
 * `bankfeed reconcile --bank <file|json> [--bank …] --ledger <file|json|hledger URL> --out report.xlsx|.csv|.json`:
 * reconciles each statement against its own ledger account with no Temporal and no Mono, writes one report (a
 * statement per account plus an overview), prints a short summary. Returns the exit code: 0 done, 2 bad input (the
 * message names the file, row, column or key; nothing is written).
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
  const banks = Array.isArray(opts.bank) ? opts.bank : [opts.bank];
  if (banks.length === 0) throw new InputError('give at least one --bank statement');
  const dup = banks.find((b, i) => banks.findIndex((x) => resolve(x) === resolve(b)) !== i);
  if (dup) throw new InputError(`--bank ${dup} is given twice`);
  let currency: CurrencyCode | undefined;
  if (opts.currency) {
    try {
      currency = normalizeCurrency(opts.currency);
    } catch (err) {
      throw new InputError(`--currency: ${(err as Error).message}`);
    }
  }
  const explicit = explicitLedgerAccounts(
    opts.ledgerAccount === undefined
      ? []
      : Array.isArray(opts.ledgerAccount)
        ? opts.ledgerAccount
        : [opts.ledgerAccount],
    banks,
  );
  const bookBalances = perStatementValues(opts.bookBalance, banks, '--book-balance');
  const statementBalances = perStatementValues(opts.statementBalance, banks, '--statement-balance');
  const rules = opts.rules ? await readRulesFile(opts.rules) : [];
  const previous = opts.previous ? await readPreviousReport(opts.previous) : null;

  const sides: Array<{ bank: BankSide; period: { from: string; to: string } }> = [];
  for (const file of banks) {
    const bank = await readBankSide(file, opts, currency);
    if (currency && bank.currency !== currency)
      throw new InputError(`bank ${file}: the statement is in ${bank.currency}, --currency says ${currency}`);
    if (bank.lines.length === 0) throw new InputError(`bank ${file}: no bank lines to reconcile`);
    const period = reconciliationPeriod(opts, bank.lines[0]!.date, bank.lines[bank.lines.length - 1]!.date);
    const outside = bank.lines.filter((l) => l.date < period.from || l.date > period.to).length;
    if (outside)
      throw new InputError(`bank ${file}: ${outside} line(s) fall outside the period ${period.from} to ${period.to}`);
    sides.push({ bank, period });
  }

  const ledger = await openLedgerSource(opts, sides[0]!.bank.currency);
  const reports: ReconciliationReport[] = [];
  const lines: string[] = [];
  try {
    const accounts = ledgerAccountsOf(ledger.entries);
    const taken = new Map<string, string>();
    for (const { bank, period } of sides) {
      const now = new Date().toISOString();
      const explicitAccount =
        explicit.get(bank.file) ?? (ledger.pull && banks.length === 1 ? ledger.urlAccount : undefined);
      let account: string | null;
      let entries: SourceEntry[];
      if (ledger.pull) {
        if (!explicitAccount)
          throw new InputError(
            banks.length === 1
              ? `ledger ${opts.ledger}: name the bank account, e.g. ?account=Assets:Bank:GTBank or --ledger-account ACCOUNT`
              : `ledger ${opts.ledger}: give --ledger-account ${basename(bank.file)}=ACCOUNT for each statement`,
          );
        account = explicitAccount;
        entries = (await ledger.pull(account, period.to)).map((e) => ({ ...e, ref: e.reference ?? null }));
      } else {
        account = chooseLedgerAccount({
          bankFile: bank.file,
          explicit: explicitAccount ?? undefined,
          accounts,
          accountNumberTail: bank.accountNumberTail,
        });
        entries = entriesOfAccount(ledger.entries, account);
      }
      if (account !== null) {
        const other = taken.get(account);
        if (other)
          throw new InputError(
            `bank ${basename(bank.file)} and ${basename(other)} both resolve to ledger account ${account}; give --ledger-account FILE=CODE`,
          );
        taken.set(account, bank.file);
      }
      const wrong = entries.find((e) => e.currency !== bank.currency);
      if (wrong)
        throw new InputError(
          `ledger ${opts.ledger}: entry "${wrong.id}"${account ? ` of ${account}` : ''} is in ${wrong.currency}, the statement ${basename(bank.file)} in ${bank.currency}`,
        );

      // The last finished statement of this account: what it left outstanding comes back, what it cleared stays gone.
      const cf = previous
        ? carryForwardFor(previous, opts.previous!, {
            ledgerAccount: account ?? basename(opts.ledger),
            currency: bank.currency,
            statements: banks.length,
          })
        : null;
      if (cf && cf.periodEnd >= period.from)
        throw new InputError(
          `--previous ${opts.previous}: its statement ends ${cf.periodEnd}, not before this one starts (${period.from})`,
        );
      const have = new Set(entries.map((e) => e.id));
      const cfLedger = new Set(cf?.items.filter((i) => i.side === 'ledger').map((i) => i.id) ?? []);
      const restored: SourceEntry[] = (cf?.items ?? [])
        .filter((i) => i.side === 'ledger' && !have.has(i.id))
        .map((i) => ({
          id: i.id,
          date: i.date,
          amountMinor: i.amountMinor,
          currency: bank.currency,
          reference: i.reference,
          description: i.description,
          ref: i.reference,
        }));
      const openAtStart = (e: SourceEntry) =>
        cf ? e.date > cf.periodEnd || cfLedger.has(e.id) : e.date >= period.from;
      const considered = [...restored, ...entries.filter((e) => e.date <= period.to && openAtStart(e))];
      const later = entries.filter((e) => e.date > period.to).length;

      const audit: ReportAuditEntry[] = [
        { at: now, actor: 'bankfeed reconcile', action: 'read', entity: 'bank', detail: bank.audit },
        {
          at: now,
          actor: 'bankfeed reconcile',
          action: 'read',
          entity: 'ledger',
          detail:
            `${entries.length} entries of ${account ?? 'the ledger'} from ${ledger.audit}` +
            (later ? `; ${later} dated after ${period.to} left out` : ''),
        },
      ];

      // Balance per bank: the statement's own closing figure (or one stated for it).
      let statementBalance = bank.closingMinor;
      let statementSource: BankBalanceSource = bank.closingMinor === null ? 'unknown' : 'statement-closing';
      const statedBank = statementBalances.get(bank.file);
      if (statedBank) {
        statementBalance = parseBalanceOption(statedBank, bank.currency, '--statement-balance');
        statementSource = 'stated';
      }
      // Balance per books: the books' own figure; derived from the bank only as a labelled last resort.
      const notes: string[] = [];
      let bookBalance: number | null = null;
      let bookSource: BookBalanceSource = 'unknown';
      const statedBook = bookBalances.get(bank.file);
      const closing = ledgerClosingBalance(entries, period.to);
      if (statedBook) {
        bookBalance = parseBalanceOption(statedBook, bank.currency, '--book-balance');
        bookSource = 'stated';
        notes.push('Balance per books as stated with --book-balance.');
      } else if (closing) {
        bookBalance = closing.minor;
        bookSource = 'ledger-closing';
        notes.push(
          `Balance per books: the running balance of ${basename(opts.ledger)} after ${closing.entry.ref ?? closing.entry.id} (${closing.entry.date}).`,
        );
      } else if (cf) {
        const since = entries.filter((e) => e.date > cf.periodEnd && e.date <= period.to);
        bookBalance = cf.bookBalanceMinor + sum(since);
        bookSource = 'carried-forward';
        notes.push(
          `Balance per books: the finished statement to ${cf.periodEnd} (${basename(cf.from)}) carried forward with ${since.length} entries since.`,
        );
      } else if (ledger.complete && bank.openingMinor !== null) {
        bookBalance = bank.openingMinor + sum(considered);
        bookSource = 'assumed';
      } else {
        notes.push(
          ledger.complete
            ? 'The statement has no opening balance and the books state none: give --book-balance.'
            : 'Open postings alone do not give the books’ balance: give --book-balance.',
        );
      }
      if (!cf && bookSource !== 'assumed' && entries.some((e) => e.date < period.from))
        notes.push(
          `No earlier reconciliation given (--previous): book entries dated before ${period.from} are taken as cleared.`,
        );
      audit.push({
        at: now,
        actor: 'bankfeed reconcile',
        action: 'balance',
        entity: 'books',
        detail: `balance per books: ${bookBalanceSourceText(bookSource)}`,
      });

      // the lines reversing one the previous statement carried are the statement's to pair: no rule proposes posting them
      const reversedBy = cf ? carriedReversalPairs(cf.items, bank.lines) : [];
      const result = withoutProposalsFor(
        reconcile(bank.lines, considered, { rules }),
        new Set(reversedBy.map((p) => p.reversal)),
      );
      const categories = categoriesByBankLine(result);
      const hash = createHash('sha256').update(basename(bank.file)).digest('hex').slice(0, 12);
      const open = openBankLines(result);
      reports.push({
        account: {
          id: `file:${hash}`,
          name: basename(bank.file),
          currency: bank.currency,
          institution: null,
          ledgerAccount: account ?? basename(opts.ledger),
        },
        period,
        generatedAt: now,
        statementBalanceMinor: statementBalance,
        statementBalanceSource: statementSource,
        bookBalanceMinor: bookBalance,
        bookBalanceSource: bookSource,
        balanceNotes: notes,
        carriedForward: cf
          ? {
              periodEnd: cf.periodEnd,
              items: cf.items,
              adjustments: cf.adjustments,
              reversedBy,
            }
          : null,
        bankLines: bank.lines.map((l) => ({ ...l, category: categories.get(l.id) ?? null })),
        ledgerEntries: considered.map(({ accountName: _n, row: _r, balanceMinor: _b, ...e }) => e),
        result,
        audit: [
          ...audit,
          {
            at: now,
            actor: 'bankfeed reconcile',
            action: 'reconcile',
            entity: 'result',
            detail: `${result.matches.length} matched, ${open.awaitingReview.length} awaiting review, ${open.unmatched.length} bank and ${result.unmatchedLedger.length} ledger unmatched`,
          },
        ],
      });
      const s = buildStatement(reports[reports.length - 1]!);
      const money = (m: number | null) =>
        m === null ? 'not known' : formatMoney({ minor: m, currency: bank.currency });
      lines.push(
        `bank:   ${bank.describe}, ${period.from} to ${period.to}`,
        `ledger: ${
          ledger.pull
            ? `${ledger.describe} ${account} (${entries.length} open postings)`
            : `${ledger.describe}${account ? `, account ${account}` : ''}, ${considered.length} for this statement`
        }${later ? `, ${later} after the period left out` : ''}`,
        `${result.matches.length} matched, ${open.awaitingReview.length} bank line(s) awaiting review, ${open.unmatched.length} unmatched and ${result.unmatchedLedger.length} ledger entr(ies) unmatched`,
        `balance per bank ${money(s.statementBalanceMinor)} (${bankBalanceSourceText(s.statementBalanceSource)}), per books ${money(s.bookBalanceMinor)} (${bookBalanceSourceText(s.bookBalanceSource)})`,
        `adjusted bank balance ${money(s.adjustedBankBalanceMinor)}, adjusted book balance ${money(s.adjustedBookBalanceMinor)}: ` +
          (s.differenceMinor === null
            ? 'difference not known (a balance is missing)'
            : !s.verified
              ? `difference ${money(s.differenceMinor)} NOT VERIFIED (books assumed to open at the bank's opening balance; give the books' balance)`
              : s.balanced
                ? 'balanced'
                : `NOT BALANCED, difference ${money(s.differenceMinor)}`),
        '',
      );
    }
  } finally {
    await ledger.close?.();
  }
  const { files } = await writeReconciliationReports(reports, opts.out, { producedBy: 'reconcile --bank' });
  stdout.write(`${lines.join('\n')}report: ${files.join(', ')}\n`);
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
