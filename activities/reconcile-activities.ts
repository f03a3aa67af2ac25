import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { heartbeat } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createLedgerAdapter } from '../adapters/ledger/registry.js';
import type { LedgerAdapter } from '../adapters/ledger/types.js';
import type { LedgerConfig } from '../adapters/ledger/config.js';
import { writeReconciliationReport } from '../adapters/reports/index.js';
import { normalizeCurrency } from '../domain/currency.js';
import { addBusinessDays, businessDateOf, DEFAULT_TIMEZONE } from '../domain/dates.js';
import { type MatchOptions, toleranceForCurrency } from '../matching/options.js';
import {
  getAccount,
  getAccountCurrency,
  getAccountLedgerBinding,
  recordLedgerBindingIfUnset,
} from '../db/account-repository.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { getBankTransaction, liveBusinessDateRange } from '../db/bank-transaction-repository.js';
import {
  getLedgerPullCursor,
  listOpenPostingsOutside,
  saveLedgerPullCursor,
  syncLedgerEntries,
} from '../db/ledger-sync-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';
import { buildAccountReport, type StatedBookBalance } from './report-builder.js';
import { asLedgerFailure } from './ledger-failures.js';
import {
  POST_ACTION,
  POST_REJECTED_ACTION,
  awaitsMapping,
  postAllowingRefusals,
  recordPostRefusals,
  settleHeldMatches,
} from './ledger-settlements.js';
import { markSignedMatchesCleared } from './ledger-clearing.js';
import { createReconciliationService } from './reconciliation-service.js';
import { joinBooksPayments } from './books-payments.js';
import { joinWrittenPostings, writtenPostings } from './written-postings.js';
import { storageReporter, type StorageRefusalDeps } from './storage-failures.js';

/** A binding of one linked bank account to a ledger source and the ledger (GL) account inside it. */
export interface LedgerBindingValue {
  sourceId: string;
  ledgerAccount: string;
  writeBack?: boolean;
}

/** Where reports go. The default writes under <data dir>/reports; a deployment can publish elsewhere. */
export interface ReportSink {
  pathFor(relative: string): string;
  published(files: string[]): Promise<void>;
}

export function fileReportSink(root: string): ReportSink {
  return {
    pathFor(relative) {
      const p = join(root, relative);
      mkdirSync(dirname(p), { recursive: true });
      return p;
    },
    async published() {},
  };
}

export interface ReconcileActivityDeps extends StorageRefusalDeps {
  db: Kysely<Database>;
  logger: Logger;
  dataDir: string;
  ledger?: { config: LedgerConfig; baseDir: string } | null;
  matchOptions?: Partial<MatchOptions>;
  /** The currency of `matchOptions.tolerance`'s fixed amounts; other accounts get its percentages only. */
  toleranceCurrency?: string;
  reportSink?: ReportSink;
  clock?: () => Date;
  /** Where a DirectPay fee is written off (settings.directPay.feeAccount). */
  directPayFeeAccount?: string;
}

export interface FeedReconcileOutcome {
  runId: number | null;
  matchedPercent: string | null;
  suggested: number;
  unmatchedBank: number;
}

/**
 * The running options as they apply to one account's stored run: a fixed tolerance only on accounts in its own
 * currency. The feeds and a one-off `reconcile --account` both go through here, so they cannot disagree.
 */
export async function accountMatchOptions(
  db: Kysely<Database>,
  accountId: string,
  o: Partial<MatchOptions>,
  toleranceCurrency: string | undefined,
): Promise<Partial<MatchOptions>> {
  if (!o.tolerance || !toleranceCurrency) return o;
  const currency = await getAccountCurrency(db, accountId);
  return { ...o, tolerance: toleranceForCurrency(o.tolerance, toleranceCurrency, currency) };
}

export function createReconcileActivities(deps: ReconcileActivityDeps) {
  const service = createReconciliationService({
    db: deps.db,
    ...(deps.directPayFeeAccount ? { directPayFeeAccount: deps.directPayFeeAccount } : {}),
  });
  const sink = deps.reportSink ?? fileReportSink(join(deps.dataDir, 'reports'));
  const clock = deps.clock ?? (() => new Date());
  const adapters = new Map<string, LedgerAdapter>();
  // A write the disk refuses (the run, its matches, the pulled books, the binding) is reported and retried, as the
  // feed's are: the process stops on it, and a worker with room runs the activity again.
  const reportingStorage = storageReporter(deps);

  async function bindingOf(accountId: string): Promise<LedgerBindingValue | null> {
    const row = await getAccountLedgerBinding(deps.db, accountId);
    if (row?.ledger_binding) return JSON.parse(row.ledger_binding) as LedgerBindingValue;
    const b = deps.ledger?.config.bindings?.find((x) => x.accountId === accountId);
    if (!b) return null;
    const value = { sourceId: b.sourceId, ledgerAccount: b.ledgerAccount, writeBack: b.writeBack ?? false };
    // A configured binding is recorded on the account the first time it is used, so `accounts`, `status` and the
    // web app show it under `worker` as under `start` (an account linked after the process started included).
    if (row) await recordLedgerBindingIfUnset(deps.db, accountId, JSON.stringify(value));
    return value;
  }

  function adapterFor(sourceId: string): LedgerAdapter {
    const cached = adapters.get(sourceId);
    if (cached) return cached;
    const index = deps.ledger?.config.sources.findIndex((s) => s.id === sourceId) ?? -1;
    if (!deps.ledger || index < 0) {
      throw new Error(`ledger source "${sourceId}" is not in the ledger configuration (BANKFEED_LEDGER_CONFIG)`);
    }
    const adapter = createLedgerAdapter(deps.ledger.config.sources[index]!, { baseDir: deps.ledger.baseDir }, [
      'sources',
      index,
    ]);
    adapters.set(sourceId, adapter);
    return adapter;
  }

  /** Pulls what is new in the ledger since the stored cursor and imports it, all or nothing. */
  async function pullLedger(
    accountId: string,
    b: LedgerBindingValue,
    period: { from: string; to: string },
  ): Promise<number> {
    const adapter = adapterFor(b.sourceId);
    const key = { sourceId: b.sourceId, ledgerAccount: b.ledgerAccount };
    const readAt = new Date().toISOString();
    // what earlier pulls stored outside this period, so the books' deletion of it is learnt too
    const outside = await listOpenPostingsOutside(deps.db, b.sourceId, period);
    const pulled = await adapter.pullOpenEntries({
      ledgerAccount: b.ledgerAccount,
      period,
      cursor: await getLedgerPullCursor(deps.db, key),
      openPostingsOutside: outside.map((p) => p.id),
      openPostingDates: Object.fromEntries(outside.map((p) => [p.id, p.date])),
    });
    // what the pull left for a later one (a cap reached): said, not failed
    for (const note of pulled.notes ?? []) deps.logger.warn({ accountId, sourceId: b.sourceId }, note);
    // New entries inserted, changed ones updated, closed ones (paid, cancelled, gone) closed; held matches stand.
    const synced = await syncLedgerEntries(deps.db, {
      sourceId: b.sourceId,
      label: `${adapter.kind}:${b.ledgerAccount}`,
      entries: pulled.entries,
      closed: pulled.closed,
      complete: pulled.complete ?? null,
      ...(pulled.documentIdPrefixes ? { documentIdPrefixes: pulled.documentIdPrefixes } : {}),
      readAt,
    });
    const inserted = synced.inserted;
    await saveLedgerPullCursor(deps.db, key, pulled.cursor, new Date().toISOString());
    deps.logger.info({ accountId, sourceId: b.sourceId, pulled: pulled.entries.length, ...synced }, 'ledger pulled');
    return inserted;
  }

  /** The books' own balance over the adapter, when it states one; a failure to ask is logged, not fatal. */
  async function statedBookBalance(b: LedgerBindingValue, asOf: string): Promise<StatedBookBalance | null> {
    let adapter: LedgerAdapter;
    try {
      adapter = adapterFor(b.sourceId);
    } catch {
      return null;
    }
    if (!adapter.bookBalance) return null;
    try {
      const bal = await adapter.bookBalance({ ledgerAccount: b.ledgerAccount, asOf });
      return bal ? { minor: bal.balanceMinor, asOf: bal.asOf, detail: bal.detail } : null;
    } catch (err) {
      deps.logger.warn({ sourceId: b.sourceId, err: String(err) }, 'ledger book balance unavailable');
      return null;
    }
  }

  async function accountReport(accountId: string, period: { from: string; to: string }) {
    const b = await bindingOf(accountId);
    return buildAccountReport(deps.db, {
      accountId,
      period,
      ledgerSourceId: b?.sourceId ?? null,
      ledgerAccount: b?.ledgerAccount ?? null,
      bookBalance: b ? await statedBookBalance(b, period.to) : null,
      now: clock(),
    });
  }

  async function accountPeriod(accountId: string): Promise<{ from: string; to: string }> {
    const r = await liveBusinessDateRange(deps.db, accountId);
    const today = businessDateOf(clock(), (await getAccount(deps.db, accountId))?.timezone ?? DEFAULT_TIMEZONE);
    return { from: r?.from ?? today, to: r?.to && r.to > today ? r.to : today };
  }

  /**
   * Posts bank-only lines that rules classified (charges, levies, interest) into ledgers that accept writes (matched
   * entries are marked cleared after, by markSignedMatchesCleared). Each posting carries an idempotency key (the
   * match group), recorded in the audit log, so a retried activity never posts twice.
   */
  async function writeBack(accountId: string, b: LedgerBindingValue): Promise<number> {
    const adapter = adapterFor(b.sourceId);
    if (!b.writeBack || !adapter.postEntries) return 0;
    const repo = createMatchRepository(deps.db);
    const groups = await repo.listGroups(accountId, { status: ['auto', 'confirmed'] });
    const currency = await getAccountCurrency(deps.db, accountId);
    const audit = createAuditRepository(deps.db);
    const history = await audit.listActionsOfAccount(accountId, [POST_ACTION, POST_REJECTED_ACTION]);
    // written, or refused by the books: never sent again. Refused for an account the source did not map: offered
    // again (the map may have it now), its refusal recorded once
    const done = new Set(history.filter((r) => !awaitsMapping(r)).map((r) => r.entity_id));
    const awaiting = new Set(history.filter(awaitsMapping).map((r) => r.entity_id));
    // a line whose charge was written once is never written again, even when a later run explains it by a new group
    const written = await writtenPostings(deps.db, accountId);
    const postedLines = new Set(
      (await repo.getGroups(written.map((p) => p.groupId))).flatMap((g) => g.bankIds.map((id) => String(id))),
    );
    const postings = [];
    for (const g of groups) {
      if (g.kind !== 'rule' || !g.proposed || g.ledgerIds.length > 0) continue;
      const key = `bankfeed-group-${g.id}`;
      if (done.has(key) || g.bankIds.some((id) => postedLines.has(String(id)))) continue;
      const line = await getBankTransaction(deps.db, g.bankIds[0]!);
      if (!line) continue;
      postings.push({
        idempotencyKey: key,
        date: line.business_date,
        description: g.proposed.description,
        amountMinor: Number(line.amount_minor),
        currency: normalizeCurrency(currency),
        bankAccount: b.ledgerAccount,
        contraAccount: g.proposed.account,
        reference: line.provider_txn_id,
      });
    }
    if (postings.length === 0) return 0;
    const { written: results, rejected } = await postAllowingRefusals(adapter, postings);
    const again = (r: (typeof rejected)[number]) => r.reason === 'unmapped-account' && awaiting.has(r.idempotencyKey);
    await recordPostRefusals(
      deps,
      { accountId, sourceId: b.sourceId },
      rejected.filter((r) => !again(r)),
    );
    const now = new Date().toISOString();
    for (const r of results) {
      await audit.append({
        at: now,
        actor: 'system',
        action: POST_ACTION,
        entityType: 'ledger_posting',
        entityId: r.idempotencyKey,
        accountId,
        detail: { sourceId: b.sourceId, externalId: r.externalId, created: r.created },
        after: postings.find((p) => p.idempotencyKey === r.idempotencyKey) ?? null,
      });
    }
    return results.filter((r) => r.created).length;
  }

  /** The books' own entries for what matches settle, joined to them once a pull lists them. */
  async function joinBooksSide(accountId: string, b: LedgerBindingValue): Promise<void> {
    await joinWrittenPostings(deps.db, { accountId, sourceId: b.sourceId });
    await joinBooksPayments(deps.db, { accountId, sourceId: b.sourceId });
  }

  /** Pull the books, reconcile, write back: the one path for after-sync, nightly and manual runs. */
  async function reconcileBound(accountId: string, b: LedgerBindingValue, trigger: 'sync' | 'nightly' | 'manual') {
    const period = await accountPeriod(accountId);
    // Invoices are issued before they are paid: pull the books from a quarter before the first bank line.
    await pullLedger(accountId, b, { from: addBusinessDays(period.from, -90), to: period.to });
    // what was written back last time, and payments the books recorded themselves, join the matches they settle
    await joinBooksSide(accountId, b);
    heartbeat();
    const r = await service.reconcileAccount({
      accountId,
      ledgerSourceId: b.sourceId,
      ledgerAccount: b.ledgerAccount,
      period,
      trigger,
      ...(deps.matchOptions
        ? { options: await accountMatchOptions(deps.db, accountId, deps.matchOptions, deps.toleranceCurrency) }
        : {}),
    });
    heartbeat();
    const posted = await writeBack(accountId, b);
    const settled = b.writeBack
      ? await settleHeldMatches(deps, {
          accountId,
          sourceId: b.sourceId,
          bankAccount: b.ledgerAccount,
          adapter: adapterFor(b.sourceId),
        })
      : null;
    const cleared = b.writeBack
      ? await markSignedMatchesCleared(deps, { accountId, sourceId: b.sourceId, adapter: adapterFor(b.sourceId) })
      : null;
    // What was written is in the books now: read it back and join it to its match, so the statement between runs
    // holds the books' own entry for it rather than a line "not yet in the books".
    if (posted > 0 || (settled !== null && settled.created + settled.writtenOff > 0)) {
      heartbeat();
      await pullLedger(accountId, b, { from: addBusinessDays(period.from, -90), to: period.to });
      await joinBooksSide(accountId, b);
    }
    deps.logger.info(
      { accountId, runId: r.runId, matched: r.stats.matchedPercent, posted, settled, cleared },
      'account reconciled',
    );
    return { ...r, period };
  }

  return {
    /** Reconciles an account against its bound ledger; null when the account has no ledger binding. */
    async reconcileAccountFeed(input: {
      accountId: string;
      trigger: 'sync' | 'nightly' | 'manual';
    }): Promise<FeedReconcileOutcome | null> {
      return reportingStorage(async () => {
        const b = await bindingOf(input.accountId);
        if (!b) return null;
        const r = await reconcileBound(input.accountId, b, input.trigger).catch((err: unknown) => {
          throw asLedgerFailure(err);
        });
        return {
          runId: r.runId,
          matchedPercent: r.stats.matchedPercent,
          suggested: r.stats.suggested,
          unmatchedBank: r.stats.unmatchedBank,
        };
      });
    },

    /** One account's report as of a period end (the one report shape; the web app renders it too). */
    accountReport: (accountId: string, period: { from: string; to: string }) =>
      reportingStorage(() => accountReport(accountId, period)),

    /** One account's workbook for a period (the whole synced range by default). */
    async writeAccountReport(input: {
      accountId: string;
      outPath?: string;
      period?: { from: string; to: string };
    }): Promise<{ files: string[] }> {
      return reportingStorage(async () => {
        const period = input.period ?? (await accountPeriod(input.accountId));
        const report = await accountReport(input.accountId, period);
        const out = input.outPath ?? sink.pathFor(`${period.to}/${input.accountId}.xlsx`);
        const r = await writeReconciliationReport(report, out, { producedBy: 'reconcile --account' });
        await sink.published(r.files);
        return r;
      });
    },
  };
}

export type ReconcileActivities = ReturnType<typeof createReconcileActivities>;
