import { expect } from 'vitest';
import { createReconciliationService } from '../../../activities/reconciliation-service.js';
import { syncLedgerEntries } from '../../../db/ledger-sync-repository.js';
import type { LedgerEntryRow } from '../../../db/schema.js';
import { seedBank, seedLedger } from '../../reconciliation/seed.js';
import { booksBalance, decideEverything, typed } from './decisions.js';
import type { Harness } from './harness.js';
import { follow, get, pageText, post, type Session } from './session.js';

/** The bank's balance at the end of October (the harness's lines from ₦100,000.00). */
export const OCTOBER_CLOSE = 37_284_625;

/** A statement figure as the page shows it ("-₦2,500.00"), by its data-figure name. */
export const figure = (page: string, name: string): string | undefined =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];

/**
 * The statement months of a harness's account as one person works them: the statement page at a date, Finish,
 * October decided and finished, book entries of the bank's ledger account (1010), lines matched by hand. The tests of
 * items carried across months (statement-books-catch-up, walk-s29, review-s29, review-s29b, review-s29c) share them.
 */
export class Months {
  constructor(
    private readonly h: Harness,
    private readonly who: Session,
  ) {}

  async page(end: string, balanceMinor = OCTOBER_CLOSE): Promise<string> {
    return (
      await get(
        this.h.app,
        this.who,
        `/accounts/${this.h.accountId}/statement?end=${end}&balance=${typed(balanceMinor)}`,
      )
    ).body;
  }

  /** Finish at `end`; the page it leads to, in words. */
  async finish(end: string, balanceMinor = OCTOBER_CLOSE, books?: number): Promise<string> {
    const done = await post(
      this.h.app,
      this.who,
      `/accounts/${this.h.accountId}/statement/finish`,
      { end, balance: typed(balanceMinor), ...(books === undefined ? {} : { books: typed(books) }) },
      false,
    );
    return pageText((await follow(this.h.app, this.who, done)).body);
  }

  /** Every October line decided and October finished from the books' own balance (#1). */
  async octoberFinished(): Promise<void> {
    await decideEverything(this.h);
    expect(await this.finish('2026-10-31', OCTOBER_CLOSE, await booksBalance(this.h))).toContain(
      'Reconciliation #1 to 2026-10-31 finished',
    );
  }

  /** Book entries of the bank's ledger account (1010), recorded at `recordedAt` (the seed's old date by default). */
  async books(entries: Parameters<typeof seedLedger>[2], recordedAt?: string): Promise<number[]> {
    const ids = await seedLedger(this.h.db.db, `books-${this.h.accountId}`, entries);
    await this.h.db.db
      .updateTable('ledger_entries')
      .set({ ledger_account: '1010', ...(recordedAt ? { created_at: recordedAt } : {}) })
      .where('id', 'in', ids)
      .execute();
    return ids;
  }

  /** A bank line with its running balance, undecided (listed with the harness's lines, which decideEverything takes). */
  async line(date: string, amountMinor: number, narration: string, balanceMinor: number): Promise<number> {
    const [id] = await seedBank(this.h.db.db, this.h.accountId, [{ date, amountMinor, narration }]);
    await this.h.db.db
      .updateTable('bank_transactions')
      .set({ balance_minor: balanceMinor })
      .where('id', '=', id!)
      .execute();
    this.h.bank.push(id!);
    return id!;
  }

  /**
   * October finished (#1) with a transfer of its last day (−₦6,300.00, `narration`) explained bank-only and carried
   * as a debit the books lack: what a transfer failing just before the end leaves. Its line's id.
   */
  async octoberWithFailedTransfer(narration = 'NIP TRF TO AMA OWUSU FT26103099812'): Promise<number> {
    const close = OCTOBER_CLOSE - 630_000;
    const failed = await this.line('2026-10-31', -630_000, narration, close);
    await decideEverything(this.h);
    expect(await this.finish('2026-10-31', close, await booksBalance(this.h))).toContain(
      'Reconciliation #1 to 2026-10-31 finished',
    );
    return failed;
  }

  /** A bank line with its running balance, matched by hand to book entries (with a write-off account, when given). */
  async lineMatchedTo(
    line: { date: string; amountMinor: number; narration: string; balanceMinor: number },
    ledgerIds: number[],
    writeOffAccount?: string,
  ): Promise<number> {
    const [id] = await seedBank(this.h.db.db, this.h.accountId, [line]);
    await this.h.db.db
      .updateTable('bank_transactions')
      .set({ balance_minor: line.balanceMinor })
      .where('id', '=', id!)
      .execute();
    await createReconciliationService({ db: this.h.db.db }).manualMatch({
      accountId: this.h.accountId,
      bankIds: [id!],
      ledgerIds,
      actor: 'rita',
      ...(writeOffAccount ? { writeOffAccount, writeOffOverride: { reason: 'a test write-off' } } : {}),
    });
    return id!;
  }
}

/**
 * What the books' next pull says of an entry already stored: the same id, its date, amount or ledger account changed.
 * The row before and after, for the caller to say what the sync must have done with it.
 */
export async function booksNowSay(
  h: Harness,
  id: number,
  change: { date?: string; amountMinor?: number; account?: string },
): Promise<{ before: LedgerEntryRow; after: LedgerEntryRow }> {
  const row = () => h.db.db.selectFrom('ledger_entries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const before = await row();
  await syncLedgerEntries(h.db.db, {
    sourceId: before.source_id,
    label: 'books-now-say',
    entries: [
      {
        id: before.external_id,
        date: change.date ?? before.entry_date,
        amountMinor: change.amountMinor ?? Number(before.amount_minor),
        currency: 'NGN',
        reference: before.reference,
        description: before.description,
        party: before.party,
        account: change.account ?? before.ledger_account,
      },
    ],
  });
  return { before, after: await row() };
}

/** A harness row's id as a string, found by what it says (the seed's narrations and references are unique). */
export async function idOf(
  h: Harness,
  table: 'bank_transactions' | 'ledger_entries',
  column: 'narration' | 'reference',
  value: string,
): Promise<string> {
  return String((await h.db.db.selectFrom(table).select('id').where(column, '=', value).executeTakeFirstOrThrow()).id);
}
