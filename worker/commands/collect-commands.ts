import { userInfo } from 'node:os';
import { MonoDirectPay } from '../../adapters/mono/index.js';
import { writeFilesAtomically } from '../../adapters/reports/atomic-write.js';
import { csvPathFor, writeCsv } from '../../adapters/reports/csv-writer.js';
import type { Table } from '../../adapters/reports/table.js';
import { writeXlsx } from '../../adapters/reports/xlsx-writer.js';
import {
  CollectionError,
  createCollectionActivities,
  type CollectionReportRow,
} from '../../activities/collection-activities.js';
import { AmountParseError, parseAmount } from '../../domain/money.js';
import type { CliContext } from '../cli-context.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';
import { resolveAccount } from './account-ref.js';

function out(s: string): void {
  process.stdout.write(s);
}

function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

function directPayFor(ctx: CliContext): MonoDirectPay {
  if (ctx.settings.mono.mode !== 'real')
    throw new ConfigError(
      'collect talks to Mono: set MONO_SECRET_KEY and MONO_WEBHOOK_SECRET (and MONO_BASE_URL for a sandbox)',
    );
  return new MonoDirectPay({ baseUrl: ctx.settings.mono.baseUrl, secretKey: ctx.settings.mono.secretKey });
}

/** `bankfeed collect <invoice ref> --amount … --customer … --email …`: a DirectPay link for an invoice. */
export async function collectCommand(
  ctx: CliContext,
  invoiceRef: string,
  o: {
    amount: string;
    customer: string;
    email: string;
    account?: string;
    description?: string;
    redirectUrl?: string;
    json?: boolean;
  },
): Promise<number> {
  let amountMinor: number | null;
  try {
    amountMinor = parseAmount(o.amount, 'NGN');
  } catch (e) {
    if (e instanceof AmountParseError) throw new ConfigError(`--amount: ${e.message}`);
    throw e;
  }
  if (amountMinor === null || amountMinor <= 0)
    throw new ConfigError('--amount must be a positive naira amount such as 150000.00');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(o.email))
    throw new ConfigError(`--email "${o.email}" is not an email address`);
  const db = (await ctx.db()).db;
  // --account takes what any command takes: the id, the alias, the last four digits or the name.
  if (o.account) o = { ...o, account: (await resolveAccount(db, o.account)).id };
  const directPay = directPayFor(ctx);
  try {
    const collections = createCollectionActivities({ db, directPay });
    let r;
    try {
      r = await collections.initiateCollection({
        invoiceRef,
        amountMinor,
        currency: 'NGN',
        customer: { name: o.customer, email: o.email },
        requestedBy: actor(),
        ...(o.account ? { accountId: o.account } : {}),
        ...(o.description ? { description: o.description } : {}),
        ...((o.redirectUrl ?? ctx.settings.directPay.redirectUrl)
          ? { redirectUrl: o.redirectUrl ?? ctx.settings.directPay.redirectUrl! }
          : {}),
      });
    } catch (e) {
      if (e instanceof CollectionError) throw new ConfigError(e.message);
      throw e;
    }
    if (o.json)
      out(
        `${JSON.stringify({ reference: r.collection.reference, paymentLink: r.paymentLink, warnings: r.warnings })}\n`,
      );
    else {
      for (const w of r.warnings) process.stderr.write(`bankfeed: note: ${w}\n`);
      out(
        `DirectPay requested for invoice ${invoiceRef} (reference ${r.collection.reference}).\n` +
          `Send the payer this link:\n  ${r.paymentLink}\n` +
          'The collection is updated when Mono confirms the payment (webhook, then verify).\n',
      );
    }
    return 0;
  } finally {
    await directPay.close();
  }
}

function reportTable(rows: CollectionReportRow[]): Table {
  return {
    name: 'Collections',
    fileSuffix: null,
    layout: 'list',
    columns: [
      { header: 'Invoice', kind: 'text', width: 18 },
      { header: 'Reference', kind: 'text', width: 30 },
      { header: 'Customer', kind: 'text', width: 28 },
      { header: 'Amount', kind: 'text', width: 16 },
      { header: 'Stage', kind: 'text', width: 12 },
      { header: 'Paid', kind: 'text', width: 16 },
      { header: 'Fee', kind: 'text', width: 12 },
      { header: 'Fee bearer', kind: 'text', width: 10 },
      { header: 'Bank line', kind: 'number', width: 10 },
      { header: 'Match', kind: 'text', width: 10 },
      { header: 'Flag', kind: 'text', width: 50 },
      { header: 'Requested by', kind: 'text', width: 18 },
      { header: 'Requested at', kind: 'text', width: 24 },
    ],
    rows: rows.map((r) => [
      r.invoiceRef,
      r.reference,
      r.customer,
      r.amount,
      r.stage,
      r.paid,
      r.fee,
      r.feeBearer,
      r.settledBankTxnId,
      r.matchStatus,
      r.flag,
      r.requestedBy,
      r.requestedAt,
    ]),
  };
}

/** `bankfeed collections [--account id] [--out file]`: requested, paid, failed, settled and reconciled. */
export async function collectionsCommand(
  ctx: CliContext,
  o: { account?: string; out?: string; json?: boolean },
): Promise<number> {
  const db = (await ctx.db()).db;
  if (o.account) o = { ...o, account: (await resolveAccount(db, o.account)).id };
  const collections = createCollectionActivities({
    db,
    directPay: {
      initiate: () => Promise.reject(new Error('unused')),
      verify: () => Promise.reject(new Error('unused')),
    },
  });
  const report = await collections.collectionReport(o.account ? { accountId: o.account } : {});
  if (o.out) {
    if (!/\.(xlsx|csv)$/i.test(o.out)) throw new ConfigError('--out must end in .xlsx or .csv');
    const table = reportTable(report.rows);
    const [path] = await writeFilesAtomically([
      /\.xlsx$/i.test(o.out)
        ? { path: o.out, write: (tmp) => writeXlsx([table], tmp) }
        : { path: csvPathFor(o.out, null), write: (tmp) => writeCsv(table, tmp) },
    ]);
    out(`collections report written to ${path}\n`);
    return 0;
  }
  if (o.json) {
    out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const c = report.counts;
  out(
    `requested ${c.requested}, paid ${c.paid}, failed ${c.failed + c.abandoned + c.cancelled}, settled ${c.settled}, reconciled ${c.reconciled}\n`,
  );
  out(
    formatTable(
      ['INVOICE', 'REFERENCE', 'AMOUNT', 'STAGE', 'PAID', 'FEE', 'MATCH', 'FLAG'],
      report.rows.map((r) => [r.invoiceRef, r.reference, r.amount, r.stage, r.paid, r.fee, r.matchStatus, r.flag]),
    ),
  );
  return 0;
}
