import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { FileLedgerEntry } from './read-ledger-file.js';
import type { StatedPeriod } from './stated-period.js';
import { openLedgerFile } from './read-ledger-file.js';
import { tabularOptionsSchema } from './tabular-options.js';
import type {
  LedgerAdapter,
  LedgerAdapterFactory,
  LedgerBookBalance,
  LedgerPullQuery,
  LedgerPullResult,
} from './types.js';

const fileSourceShape = {
  id: z.string().min(1),
  /** File path, relative to the configuration file's folder. */
  path: z.string().min(1),
  /** The GL account whose entries are pulled when the query names none ("1010" or "Bank - GTBank"). */
  ledgerAccount: z.string().min(1).optional(),
};

export const csvSourceSchema = tabularOptionsSchema.extend({ ...fileSourceShape, kind: z.literal('csv') }).strict();
export const xlsxSourceSchema = tabularOptionsSchema.extend({ ...fileSourceShape, kind: z.literal('xlsx') }).strict();
export type CsvSourceConfig = z.infer<typeof csvSourceSchema>;
export type XlsxSourceConfig = z.infer<typeof xlsxSourceSchema>;

/**
 * The entries of one file that fall in the query: the period (inclusive) and, when given, the GL account (code or
 * name). An entry without an account — a file with no account column, such as a bank-feed upload — is the account.
 */
export function selectEntries(
  entries: Iterable<FileLedgerEntry>,
  q: LedgerPullQuery,
  defaultAccount?: string,
): FileLedgerEntry[] {
  const account = q.ledgerAccount ?? defaultAccount ?? null;
  const out: FileLedgerEntry[] = [];
  for (const e of entries) {
    if (e.date < q.period.from || e.date > q.period.to) continue;
    if (account !== null && e.account != null && e.account !== account && e.accountName !== account) continue;
    out.push(e);
  }
  return out;
}

export async function readSelected(
  path: string,
  config: CsvSourceConfig | XlsxSourceConfig | FolderLikeConfig,
  q: LedgerPullQuery,
) {
  const file = await openLedgerFile(path, config);
  const all: FileLedgerEntry[] = [];
  for await (const e of file.entries()) all.push(e);
  return {
    fileHash: file.fileHash,
    statedPeriod: file.statedPeriod,
    entries: selectEntries(all, q, config.ledgerAccount),
  };
}

export type FolderLikeConfig = z.infer<typeof tabularOptionsSchema> & { ledgerAccount?: string };

/**
 * The books' own balance at the end of a day, from the export's running-balance column: the balance after the
 * account's last entry dated on or before it (the file's order breaks ties within a day). Null without the column.
 */
export async function fileBookBalance(
  path: string,
  config: CsvSourceConfig | XlsxSourceConfig | FolderLikeConfig,
  q: { ledgerAccount?: string | null; asOf: string },
): Promise<LedgerBookBalance | null> {
  const { entries } = await readSelected(path, config, {
    ledgerAccount: q.ledgerAccount ?? null,
    period: { from: '0001-01-01', to: q.asOf },
  });
  let best: FileLedgerEntry | null = null;
  for (const e of entries) {
    if (e.balanceMinor == null) continue;
    if (!best || e.date > best.date || (e.date === best.date && e.row >= best.row)) best = e;
  }
  if (!best) return null;
  return {
    balanceMinor: best.balanceMinor!,
    currency: best.currency,
    asOf: best.date,
    detail: `the running balance of ${basename(path)} after row ${best.row}`,
  };
}

const EVERY_DATE = { from: '0001-01-01', to: '9999-12-31' };

/** The first and last dates of an export's entries. */
function spanOf(entries: readonly { date: string }[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of entries) {
    if (from === null || e.date < from) from = e.date;
    if (to === null || e.date > to) to = e.date;
  }
  return from && to ? { from, to } : null;
}

/**
 * One export read as the whole books: every row of the bound account, whatever period is asked (a row re-dated out
 * of the period is then still found), and a row gone from a changed export is gone from them. Only the dates the
 * export covers are vouched for, so a narrower export closes nothing outside its own span. The cursor is the
 * account and the file's hash, so an unchanged export yields nothing new.
 */
export async function pullWholeExport(
  path: string,
  config: CsvSourceConfig | XlsxSourceConfig | FolderLikeConfig,
  q: LedgerPullQuery,
): Promise<LedgerPullResult> {
  const { fileHash, statedPeriod, entries } = await readSelected(path, config, { ...q, period: EVERY_DATE });
  const cursor = `${q.ledgerAccount ?? ''}|${fileHash}`;
  if (q.cursor === cursor) return { entries: [], cursor };
  const span = widened(spanOf(entries), statedPeriod);
  // the account as its entries are stored: a binding may name it by name, and a file with no account column
  // stores none (the source is that one account)
  const stored = new Set(entries.map((e) => e.account ?? null));
  const ledgerAccount = stored.size === 1 ? [...stored][0]! : (q.ledgerAccount ?? config.ledgerAccount ?? null);
  return { entries, cursor, complete: span ? { ...span, ledgerAccount } : null };
}

/**
 * The rows' span, widened to the period the export's heading states: a row the books deleted from the first or last
 * day of the export leaves the rows' span but not the period the export vouches for. A heading alone, with no row of
 * the account, vouches for nothing (the binding may name an account the export does not hold).
 */
function widened(span: { from: string; to: string } | null, stated: StatedPeriod | null) {
  if (!span || !stated) return span;
  return { from: stated.from < span.from ? stated.from : span.from, to: stated.to > span.to ? stated.to : span.to };
}

/** A single exported file as a ledger. */
function fileAdapter(kind: 'csv' | 'xlsx', config: CsvSourceConfig | XlsxSourceConfig, baseDir: string): LedgerAdapter {
  const path = resolve(baseDir, config.path);
  return {
    kind,
    pullOpenEntries: (q) => pullWholeExport(path, config, q),
    bookBalance: (q) => fileBookBalance(path, config, q),
  };
}

export const csvLedgerAdapter: LedgerAdapterFactory<CsvSourceConfig> = {
  kind: 'csv',
  configSchema: csvSourceSchema,
  create: (config, ctx) => fileAdapter('csv', config, ctx.baseDir),
};

export const xlsxLedgerAdapter: LedgerAdapterFactory<XlsxSourceConfig> = {
  kind: 'xlsx',
  configSchema: xlsxSourceSchema,
  create: (config, ctx) => fileAdapter('xlsx', config, ctx.baseDir),
};
