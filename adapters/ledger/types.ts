import type { z } from 'zod';
import type { CurrencyCode } from '../../domain/currency.js';
import type { LedgerCompleteScope, LedgerEntry } from '../../domain/ledger.js';

export interface LedgerPullQuery {
  ledgerAccount?: string | null;
  period: { from: string; to: string };
  cursor?: string | null;
  /**
   * The ids of the postings bankfeed holds open from this source dated outside `period` (stored by pulls over other
   * dates). A pull that reads postings over its period only would never learn that the books deleted one of them, or
   * moved it off the bank's account: an adapter that can look entries up by id reads these again, lists those the
   * books still hold and closes the rest (`gone`). Adapters that cannot may ignore it.
   */
  openPostingsOutside?: readonly string[];
  /**
   * The date each of `openPostingsOutside` is stored under (its entry date), for an adapter whose books are read by
   * date rather than by id (Zoho Books lists a bank account's transactions by date): it reads those dates again.
   */
  openPostingDates?: Readonly<Record<string, string>>;
}

/** Why the books no longer hold an entry open: paid (settled in full), cancelled, voided, or gone (deleted). */
export type LedgerCloseReason = 'paid' | 'cancelled' | 'voided' | 'gone';

/**
 * Entries whose ids are stable across pulls; `cursor` is handed back on the next pull to get only what is new (and
 * what changed: an entry pulled again replaces what was stored for its id).
 */
export interface LedgerPullResult {
  entries: LedgerEntry[];
  cursor: string | null;
  /** Entries pulled before that the books closed since (an incremental pull sees them change state). */
  closed?: Array<{
    id: string;
    reason: LedgerCloseReason;
    /** `id` is the start of the ids to close (a deletion reported without the party the id also names). */
    prefix?: boolean;
  }>;
  /**
   * Set when `entries` is every open entry the source holds dated in this range (of this ledger account, when
   * named; of this kind, when named): a full read of a file, a snapshot. A stored open entry in that scope missing
   * from `entries` is gone. Several scopes when parts of the books were read over different ranges (an accounting
   * system's bank-account postings over the period, its documents over what a sweep read).
   */
  complete?: LedgerCompleteScope | readonly LedgerCompleteScope[] | null;
  /**
   * The starts of the ids this source gives its documents (LedgerEntry.kind 'document': "invoice:", "bill:"): every
   * entry stored under one is a document, also one stored before the source said so and not listed again (paid,
   * voided), so an old match's invoice is not taken for money on the bank account.
   */
  documentIdPrefixes?: readonly string[];
  /**
   * What the pull left for later and a person may want to know (a cap on what one pull reads again was reached): the
   * run logs each as a warning; never a failure.
   */
  notes?: readonly string[];
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

/** A ledger account's balance as the books state it (never derived from the bank). */
export interface LedgerBookBalance {
  /** Signed as it affects the bank account: a bank account in funds is positive. */
  balanceMinor: number;
  currency: CurrencyCode;
  /** The date the balance is as of (on or before the date asked for). */
  asOf: string;
  /** Where it comes from, in words, for the statement ("the running balance of gl.csv after row 212"). */
  detail: string;
}

export interface LedgerAdapter {
  readonly kind: string;
  pullOpenEntries(q: LedgerPullQuery): Promise<LedgerPullResult>;
  /**
   * Optional: the ledger account's balance at the end of `asOf` as the books state it (an accounting system's
   * account balance, a running-balance column). Null when the books do not state one. The statement's balance per
   * books comes from here when the adapter has it (docs/statement.md).
   */
  bookBalance?(q: { ledgerAccount?: string | null; asOf: string }): Promise<LedgerBookBalance | null>;
  /** Never posts a key twice. */
  postEntries?(
    postings: LedgerPosting[],
  ): Promise<Array<{ idempotencyKey: string; externalId: string; created: boolean }>>;
  markReconciled?(externalIds: string[]): Promise<void>;
  /** Takes back what markReconciled marked (its match undone, its signed period reopened); absent: the mark stays. */
  unmarkReconciled?(externalIds: string[]): Promise<void>;
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
