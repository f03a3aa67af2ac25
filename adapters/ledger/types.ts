import type { z } from 'zod';
import type { CurrencyCode } from '../../domain/currency.js';
import type { LedgerEntry } from '../../domain/ledger.js';

export interface LedgerPullQuery {
  ledgerAccount?: string | null;
  period: { from: string; to: string };
  cursor?: string | null;
}

/** Entries whose ids are stable across pulls; `cursor` is handed back on the next pull to get only what is new. */
export interface LedgerPullResult {
  entries: LedgerEntry[];
  cursor: string | null;
}

export interface LedgerPosting {
  idempotencyKey: string;
  date: string;
  description: string;
  amountMinor: number;
  currency: CurrencyCode;
  bankAccount: string;
  contraAccount: string;
  reference?: string | null;
}

export interface LedgerAdapter {
  readonly kind: string;
  pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult>;
  /** Never posts a key twice. */
  postEntries?(
    postings: LedgerPosting[],
  ): Promise<Array<{ idempotencyKey: string; externalId: string; created: boolean }>>;
  markReconciled?(externalIds: string[]): Promise<void>;
  close?(): Promise<void>;
}

export interface LedgerAdapterContext {
  /** Directory that relative paths in the source configuration resolve against (the config file's folder). */
  baseDir: string;
}

export interface LedgerAdapterFactory<C = unknown> {
  kind: string;
  configSchema: z.ZodType<C>;
  create(config: C, ctx: LedgerAdapterContext): LedgerAdapter;
}
