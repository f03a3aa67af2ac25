import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { reconcile } from '../../matching/engine.js';
import { ReconcileDocumentError, formatReconcileResult, parseReconcileDocument } from './reconcile-document.js';

export { formatReconcileResult, parseReconcileDocument, ReconcileDocumentError } from './reconcile-document.js';
export type { ParsedReconcileDocument, ReconcileOutput } from './reconcile-document.js';

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
 * `bankfeed reconcile --input case.json [--json] [--out report.json]`: reads the canonical input document, runs the
 * engine, prints or writes the output document. Returns the exit code: 0 ok, 2 invalid input (nothing written).
 * The output file is written to a temporary name beside it and renamed, so a reader never sees half a file.
 */
export async function runJsonReconcile(opts: {
  input: string;
  out?: string;
  json?: boolean;
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
    parsed = parseReconcileDocument(doc, sourceName);
  } catch (err) {
    if (err instanceof ReconcileDocumentError) {
      stderr.write(`${err.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    throw err;
  }
  let result = reconcile(parsed.bank, parsed.ledger, parsed.options);
  if (parsed.autoConfirmDisabled) result = demoteMatches(result);
  const output = formatReconcileResult(result, parsed.currencyById);
  const body = `${JSON.stringify(output, null, 2)}\n`;
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
    stdout.write(
      `${output.matches.length} matched, ${output.suggestions.length} suggested, ` +
        `${output.unmatchedBank.length} bank line(s) and ${output.unmatchedLedger.length} ledger entr(ies) open\n`,
    );
  }
  return EXIT_OK;
}
