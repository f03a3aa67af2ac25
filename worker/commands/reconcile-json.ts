import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CurrencyCode } from '../../domain/currency.js';
import { parseMajorString } from '../../domain/money.js';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { buildReportDocument, type ReconciliationReport, type ReportDocument } from '../../adapters/reports/index.js';
import { reconcile } from '../../matching/engine.js';
import { foreignBankLines, type InputAccountSettings, withAccountSettings } from './input-account-settings.js';
import { ReconcileDocumentError, parseReconcileDocument, type ParsedReconcileDocument } from './reconcile-document.js';

export { parseReconcileDocument, ReconcileDocumentError } from './reconcile-document.js';
export type { ParsedReconcileDocument } from './reconcile-document.js';

export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 2;

async function readInput(input: string): Promise<string> {
  if (input !== '-') return readFile(input, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** With `autoConfirm: false` nothing is confirmed without a person: every match becomes a one-candidate suggestion. */
function demoteMatches(result: ReconcileResult): ReconcileResult {
  const suggestions = [
    ...result.suggestions,
    ...result.matches.map((m) => ({
      bankIds: m.bankIds,
      candidates: [
        { ledgerIds: m.ledgerIds, confidence: m.confidence, differenceMinor: m.differenceMinor, evidence: m.evidence },
      ],
    })),
  ].sort((a, b) =>
    a.bankIds.join(',') < b.bankIds.join(',') ? -1 : a.bankIds.join(',') > b.bankIds.join(',') ? 1 : 0,
  );
  const matchedLedger = new Set(result.matches.flatMap((m) => m.ledgerIds));
  return {
    matches: [],
    suggestions,
    unmatchedBank: [...result.unmatchedBank, ...result.matches.flatMap((m) => m.bankIds)].sort(),
    unmatchedLedger: [...result.unmatchedLedger, ...matchedLedger].sort(),
  };
}

/**
 * The engine's result as the report document: one statement per currency of the input (the engine never mixes
 * currencies). Balances come from the document's `statement` block or the bank lines' running balance; an unstated
 * book balance stays unknown (never derived from the bank).
 */
export function inputReportDocument(
  parsed: ParsedReconcileDocument,
  result: ReconcileResult,
  opts: { sourceName: string; generatedAt: string; account?: InputAccountSettings },
): ReportDocument {
  const currencies = [
    ...new Set<CurrencyCode>([...parsed.bank.map((b) => b.currency), ...parsed.ledger.map((l) => l.currency)]),
  ];
  const cur = (id: string) => parsed.currencyById.get(id);
  const reports: ReconciliationReport[] = currencies.map((c) => {
    const bankLines = parsed.bank.filter((b) => b.currency === c).sort((a, b) => (a.date < b.date ? -1 : 1));
    const ledgerEntries = parsed.ledger.filter((l) => l.currency === c);
    const dates = [...bankLines, ...ledgerEntries].map((x) => x.date).sort();
    const period = {
      from: parsed.statement.from ?? dates[0] ?? opts.generatedAt.slice(0, 10),
      to: parsed.statement.to ?? dates[dates.length - 1] ?? opts.generatedAt.slice(0, 10),
    };
    const stated = (v: string | undefined) => (v === undefined ? null : parseMajorString(v, c));
    const bankStated = currencies.length === 1 ? stated(parsed.statement.bankBalance) : null;
    const bookStated = currencies.length === 1 ? stated(parsed.statement.bookBalance) : null;
    const last = [...bankLines].reverse().find((l) => l.date <= period.to && l.balanceMinor != null);
    const statementBalance = bankStated ?? last?.balanceMinor ?? null;
    return {
      account: { id: `input:${c}`, name: `${opts.sourceName} (${c})`, currency: c },
      period,
      generatedAt: opts.generatedAt,
      statementBalanceMinor: statementBalance,
      statementBalanceSource:
        bankStated !== null ? 'stated' : statementBalance !== null ? 'statement-closing' : 'unknown',
      bookBalanceMinor: bookStated,
      bookBalanceSource: bookStated !== null ? 'stated' : 'unknown',
      balanceNotes: bookStated === null ? ['Give "statement": {"bookBalance": …} for the books\u2019 balance.'] : [],
      bankLines: bankLines.map((l) => ({ ...l, ref: l.reference ?? null })),
      ledgerEntries: ledgerEntries.map((e) => ({ ...e, ref: e.reference ?? null })),
      result: {
        matches: result.matches.filter((m) => m.currency === c),
        suggestions: result.suggestions.filter((s) => cur(s.bankIds[0] ?? '') === c),
        unmatchedBank: result.unmatchedBank.filter((id) => cur(id) === c),
        unmatchedLedger: result.unmatchedLedger.filter((id) => cur(id) === c),
      },
      audit: [
        {
          at: opts.generatedAt,
          actor: 'bankfeed reconcile',
          action: 'reconcile',
          entity: 'input',
          detail:
            `${bankLines.length} bank lines and ${ledgerEntries.length} ledger entries from ${opts.sourceName}` +
            (opts.account
              ? `, with the matching settings of account ${opts.account.accountId} (${opts.account.accountName})`
              : ''),
        },
      ],
    };
  });
  return buildReportDocument(reports, { producedBy: 'reconcile --input', generatedAt: opts.generatedAt });
}

/**
 * `bankfeed reconcile --input case.json [--account id] [--json] [--out report.json]`: reads the canonical input
 * document, runs the engine (with the account's settings where the document states none), prints or writes the report
 * document (docs/report.schema.json). Returns the exit code: 0 ok, 2 invalid input (nothing written). The output file
 * is written to a temporary name beside it and renamed.
 */
export async function runJsonReconcile(opts: {
  input: string;
  out?: string;
  json?: boolean;
  account?: InputAccountSettings;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}): Promise<number> {
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  const sourceName = opts.input === '-' ? 'stdin' : opts.input;
  let text: string;
  try {
    text = await readInput(opts.input);
  } catch (err) {
    stderr.write(`${sourceName}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return EXIT_INVALID_INPUT;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    stderr.write(`${sourceName}: not valid JSON: ${(err as Error).message}\n`);
    return EXIT_INVALID_INPUT;
  }
  let parsed;
  try {
    parsed = parseReconcileDocument(doc, sourceName, opts.account ? { timezone: opts.account.timezone } : {});
    const foreign = opts.account ? foreignBankLines(parsed.bank, opts.account) : [];
    if (foreign.length) throw new ReconcileDocumentError(sourceName, foreign);
  } catch (err) {
    if (err instanceof ReconcileDocumentError) {
      stderr.write(`${err.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    throw err;
  }
  const options = opts.account ? withAccountSettings(parsed.options, opts.account) : parsed.options;
  let result = reconcile(parsed.bank, parsed.ledger, options);
  if (parsed.autoConfirmDisabled) result = demoteMatches(result);
  const report = inputReportDocument(parsed, result, {
    sourceName: basename(sourceName),
    generatedAt: new Date().toISOString(),
    ...(opts.account ? { account: opts.account } : {}),
  });
  const body = `${JSON.stringify(report, null, 2)}\n`;
  if (opts.out) {
    const tmp = join(dirname(opts.out), `.${basename(opts.out)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(tmp, body, 'utf8');
      await rename(tmp, opts.out);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }
  if (opts.json) stdout.write(body);
  else if (!opts.out) {
    const n = (f: (s: ReportDocument['statements'][number]) => number) =>
      report.statements.reduce((a, s) => a + f(s), 0);
    stdout.write(
      `${n((s) => s.matches.length)} matched, ${n((s) => new Set(s.suggestions.flatMap((g) => g.bank)).size)} bank line(s) awaiting review, ` +
        `${n((s) => s.unmatched.bank.length)} unmatched and ${n((s) => s.unmatched.ledger.length)} ledger entr(ies) unmatched\n`,
    );
  }
  return EXIT_OK;
}
