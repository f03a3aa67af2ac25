import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MonoClient } from '../../adapters/mono/index.js';
import { formatMoney } from '../../domain/money.js';
import { normalizeCurrency } from '../../domain/currency.js';
import { getAccount, listAccounts, updateAccount } from '../../db/account-repository.js';
import {
  accountFeedWorkflowId,
  statusQuery,
  syncNowUpdate,
  syncRequestedSignal,
  unlinkSignal,
  type FeedStatus,
} from '../../workflows/messages.js';
import type { CliContext } from '../cli-context.js';
import { startAccountFeed } from '../feed-client.js';
import { UsageError } from '../exit-codes.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';

function out(s: string): void {
  process.stdout.write(s);
}

function monoClient(ctx: CliContext): MonoClient {
  if (ctx.settings.mono.mode !== 'real') {
    throw new ConfigError(
      'this command talks to Mono: set MONO_SECRET_KEY and MONO_WEBHOOK_SECRET (and MONO_BASE_URL for a sandbox)',
    );
  }
  return new MonoClient({ baseUrl: ctx.settings.mono.baseUrl, secretKey: ctx.settings.mono.secretKey });
}

async function requireAccount(ctx: CliContext, id: string) {
  const row = await getAccount((await ctx.db()).db, id);
  if (!row) throw new UsageError(`no linked account "${id}" (see \`bankfeed accounts\`)`);
  return row;
}

/** `bankfeed link`: print a hosted Mono Connect link, or exchange a widget code and start the account's feed. */
export async function linkCommand(
  ctx: CliContext,
  o: {
    code?: string;
    name?: string;
    email?: string;
    customer?: string;
    ref?: string;
    redirectUrl?: string;
    json?: boolean;
  },
): Promise<number> {
  const mono = monoClient(ctx);
  try {
    if (o.code) {
      const { accountId } = await mono.exchangeToken(o.code);
      const { client, taskQueue } = await ctx.client();
      await startAccountFeed(client, taskQueue, accountId, ctx.settings.feed);
      out(o.json ? `${JSON.stringify({ accountId })}\n` : `linked account ${accountId}; its feed is backfilling\n`);
      return 0;
    }
    const customer = o.customer ? { id: o.customer } : o.name && o.email ? { name: o.name, email: o.email } : null;
    if (!customer)
      throw new UsageError('give --customer <id>, or --name and --email, for the person linking the account');
    const link = await mono.initiateLink({
      customer,
      ...(o.ref ? { ref: o.ref } : {}),
      ...(o.redirectUrl ? { redirectUrl: o.redirectUrl } : {}),
    });
    out(
      o.json
        ? `${JSON.stringify(link)}\n`
        : `Open this link to connect a bank account:\n  ${link.monoUrl}\nThe account's feed starts when Mono sends account_connected to the webhook.\n`,
    );
    return 0;
  } finally {
    await mono.close();
  }
}

async function feedStatus(ctx: CliContext, accountId: string): Promise<FeedStatus | null> {
  try {
    const { client } = await ctx.client();
    return await client.workflow.getHandle(accountFeedWorkflowId(accountId)).query(statusQuery);
  } catch {
    return null;
  }
}

/** `bankfeed accounts`: linked accounts with their feed state; never a full account number. */
export async function accountsCommand(ctx: CliContext, o: { json?: boolean }): Promise<number> {
  const db = (await ctx.db()).db;
  const rows = await listAccounts(db);
  const counts = await db
    .selectFrom('bank_transactions')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'removed')
    .groupBy('account_id')
    .execute();
  const n = new Map(counts.map((c) => [c.account_id, Number(c.n)]));
  const list = rows.map((a) => ({
    id: a.id,
    name: a.name,
    bank: a.institution_name,
    number: a.account_number_masked,
    currency: a.currency,
    state: a.state,
    balance:
      a.balance_minor === null
        ? null
        : formatMoney({ minor: Number(a.balance_minor), currency: normalizeCurrency(a.currency) }),
    transactions: n.get(a.id) ?? 0,
    syncedThrough: a.synced_through,
    ledger: a.ledger_binding ? (JSON.parse(a.ledger_binding) as { sourceId: string; ledgerAccount: string }) : null,
    reauthUrl: a.reauth_url,
  }));
  if (o.json) out(`${JSON.stringify(list, null, 2)}\n`);
  else
    out(
      formatTable(
        ['ACCOUNT', 'NAME', 'BANK', 'NUMBER', 'CCY', 'STATE', 'BALANCE', 'TXNS', 'SYNCED TO', 'LEDGER'],
        list.map((a) => [
          a.id,
          a.name,
          a.bank,
          a.number,
          a.currency,
          a.state,
          a.balance,
          a.transactions,
          a.syncedThrough,
          a.ledger ? `${a.ledger.sourceId}:${a.ledger.ledgerAccount}` : 'not reconciled',
        ]),
      ),
    );
  return 0;
}

/** `bankfeed accounts bind`: say which ledger (source and GL account) an account reconciles against. */
export async function bindCommand(
  ctx: CliContext,
  accountId: string,
  o: { source: string; ledgerAccount: string; writeBack?: boolean },
): Promise<number> {
  await requireAccount(ctx, accountId);
  const db = (await ctx.db()).db;
  const value = { sourceId: o.source, ledgerAccount: o.ledgerAccount, writeBack: o.writeBack ?? false };
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('accounts')
      .select('ledger_binding')
      .where('id', '=', accountId)
      .executeTakeFirst();
    await updateAccount(trx, accountId, { ledger_binding: JSON.stringify(value), updated_at: now });
    await trx
      .insertInto('audit_log')
      .values({
        at: now,
        actor: process.env.USER ?? 'cli',
        action: 'account.bind',
        entity_type: 'account',
        entity_id: accountId,
        account_id: accountId,
        detail: null,
        before: before?.ledger_binding ?? null,
        after: JSON.stringify(value),
      })
      .execute();
  });
  out(
    `account ${accountId} now reconciles against ${o.source} / ${o.ledgerAccount}${value.writeBack ? ' (write-back on)' : ''}\n`,
  );
  return 0;
}

/** `bankfeed sync`: ask the feed to sync; with --wait, the syncNow update returns the result. */
export async function syncCommand(
  ctx: CliContext,
  accountId: string,
  o: { wait?: boolean; json?: boolean },
): Promise<number> {
  await requireAccount(ctx, accountId);
  const { client } = await ctx.client();
  const handle = client.workflow.getHandle(accountFeedWorkflowId(accountId));
  if (!o.wait) {
    await handle.signal(syncRequestedSignal, { reason: 'cli' });
    out(`sync requested for ${accountId}\n`);
    return 0;
  }
  const r = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'cli' }] });
  if (o.json) out(`${JSON.stringify(r, null, 2)}\n`);
  else
    out(
      `${r.status}: ${r.fetched} fetched, ${r.inserted} new, ${r.updated} changed, ${r.removed} removed; synced through ${r.syncedThrough ?? '-'}${r.errors.length ? `\n  ${r.errors.join('\n  ')}` : ''}\n`,
    );
  return r.status === 'succeeded' ? 0 : 1;
}

/** `bankfeed reauth`: the re-authorisation link of an account the bank paused. */
export async function reauthCommand(ctx: CliContext, accountId: string, o: { json?: boolean }): Promise<number> {
  const row = await requireAccount(ctx, accountId);
  const status = await feedStatus(ctx, accountId);
  const url = status?.reauthUrl ?? row.reauth_url;
  if (o.json) out(`${JSON.stringify({ accountId, state: status?.state ?? row.state, reauthUrl: url })}\n`);
  else if (url) out(`${row.name} needs re-authorisation. Open:\n  ${url}\n`);
  else out(`${row.name} does not need re-authorisation (state ${status?.state ?? row.state})\n`);
  return 0;
}

/** `bankfeed unlink`: unlink at Mono and end the feed; stored data stays. */
export async function unlinkCommand(ctx: CliContext, accountId: string): Promise<number> {
  await requireAccount(ctx, accountId);
  const { client } = await ctx.client();
  const handle = client.workflow.getHandle(accountFeedWorkflowId(accountId));
  await handle.signal(unlinkSignal, { requestedBy: process.env.USER ?? 'cli', callMono: true });
  const final = (await handle.result()) as FeedStatus;
  out(`account ${accountId} unlinked (feed ended in state ${final.state}); its stored transactions are kept\n`);
  return 0;
}

/** The newest workbook written for an account (nightly or by `start`), if any. */
function latestReport(dataDir: string, accountId: string): string | null {
  const root = join(dataDir, 'reports');
  if (!existsSync(root)) return null;
  for (const day of readdirSync(root).sort().reverse()) {
    const p = join(root, day, 'accounts', `${accountId}.xlsx`);
    if (existsSync(p)) return p;
  }
  return null;
}

/** `bankfeed status`: per account, the feed's last sync and reconciliation. */
export async function statusCommand(ctx: CliContext, o: { json?: boolean }): Promise<number> {
  const db = (await ctx.db()).db;
  const rows = await listAccounts(db);
  const list = [];
  for (const a of rows) {
    const s = a.state === 'UNLINKED' ? null : await feedStatus(ctx, a.id);
    const run = await db
      .selectFrom('reconcile_runs')
      .selectAll()
      .where('account_id', '=', a.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const stats = run?.stats
      ? (JSON.parse(run.stats) as { matchedPercent?: string; suggested?: number; unmatchedBank?: number })
      : null;
    list.push({
      id: a.id,
      name: a.name,
      state: s?.state ?? a.state,
      lastSync: s?.lastSuccessfulSyncAt ?? a.last_synced_at,
      syncedThrough: s?.syncedThrough ?? a.synced_through,
      lastReconciliation: run?.finished_at ?? null,
      matchedPercent: stats?.matchedPercent ?? null,
      suggestionsWaiting: stats?.suggested ?? null,
      unmatched: stats?.unmatchedBank ?? null,
      reconciled: !!a.ledger_binding,
      reauthUrl: s?.reauthUrl ?? a.reauth_url,
      lastError: s?.lastError ?? a.last_error,
      reportPath: latestReport(ctx.settings.dataDir, a.id),
    });
  }
  if (o.json) out(`${JSON.stringify(list, null, 2)}\n`);
  else
    out(
      formatTable(
        [
          'ACCOUNT',
          'NAME',
          'STATE',
          'LAST SYNC',
          'RECONCILED',
          'MATCHED %',
          'SUGGESTIONS',
          'UNMATCHED',
          'REPORT',
          'NOTE',
        ],
        list.map((a) => [
          a.id,
          a.name,
          a.state,
          a.lastSync,
          a.reconciled ? (a.lastReconciliation ?? 'pending') : 'not bound',
          a.matchedPercent,
          a.suggestionsWaiting,
          a.unmatched,
          a.reportPath ?? '',
          a.reauthUrl ? `re-authorise: ${a.reauthUrl}` : (a.lastError ?? ''),
        ]),
      ),
    );
  return 0;
}
