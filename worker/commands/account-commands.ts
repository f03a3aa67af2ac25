import { fileURLToPath } from 'node:url';
import { MonoClient } from '../../adapters/mono/index.js';
import { formatMoney } from '../../domain/money.js';
import { normalizeCurrency } from '../../domain/currency.js';
import { getAccount, listAccounts, updateAccount } from '../../db/account-repository.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { countLiveBankTransactionsByAccount } from '../../db/bank-transaction-repository.js';
import { loadLedgerSetup } from '../composition-root.js';
import { accountFeedWorkflowId, syncRequestedSignal, unlinkSignal, type FeedStatus } from '../../workflows/messages.js';
import { requestSync } from '../feed-client.js';
import type { CliContext } from '../cli-context.js';
import { startFeedOfNewLink } from '../account-link.js';
import { UsageError } from '../exit-codes.js';
import { ConfigError } from '../settings.js';
import { formatTable, shortTime } from '../table.js';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { issueReauthLink } from '../../activities/reauth-link-issuer.js';
import { liveReauthLink } from './reauth-links.js';
import { accountAlias, normalizeAlias, requireFreeAlias, requireLinked, resolveAccount } from './account-ref.js';

const demoLedgerConfig = fileURLToPath(new URL('../../examples/bankfeed.ledger.json', import.meta.url));

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

/** The account a person named (id, last four digits or name); exit 2 when none or several answer. */
async function requireAccount(ctx: CliContext, ref: string) {
  return resolveAccount((await ctx.db()).db, ref);
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
      await startFeedOfNewLink({ db: (await ctx.db()).db, client, taskQueue }, accountId, ctx.settings.feed);
      out(o.json ? `${JSON.stringify({ accountId })}\n` : `linked account ${accountId}; its feed is backfilling\n`);
      return 0;
    }
    const customer = o.customer ? { id: o.customer } : o.name && o.email ? { name: o.name, email: o.email } : null;
    if (!customer)
      throw new UsageError('give --customer <id>, or --name and --email, for the person linking the account');
    // Mono's hosted link needs a page to send the person back to; say how to give one before Mono refuses.
    const redirectUrl = o.redirectUrl ?? ctx.settings.reauthRedirectUrl;
    if (!redirectUrl)
      throw new UsageError(
        'a hosted link needs a page to return to after linking: pass --redirect-url <url>, or set BANKFEED_REAUTH_REDIRECT_URL (also used for re-authorisation links)',
      );
    const link = await mono.initiateLink({ customer, redirectUrl, ...(o.ref ? { ref: o.ref } : {}) });
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

/** `bankfeed accounts`: linked accounts with their feed state; never a full account number. */
export async function accountsCommand(ctx: CliContext, o: { json?: boolean; wide?: boolean }): Promise<number> {
  const db = (await ctx.db()).db;
  const rows = await listAccounts(db);
  const n = await countLiveBankTransactionsByAccount(db);
  const list = rows.map((a) => ({
    id: a.id,
    alias: accountAlias(a),
    name: a.name,
    bank: a.institution_name,
    number: a.account_number_masked,
    currency: a.currency,
    state: a.state,
    balance:
      a.balance_minor === null
        ? null
        : formatMoney({ minor: Number(a.balance_minor), currency: normalizeCurrency(a.currency) }),
    /** The moment the balance describes (Mono's balance endpoint at the last sync, or its newest running balance). */
    balanceAsOf: a.balance_as_of,
    transactions: n.get(a.id) ?? 0,
    syncedThrough: a.synced_through,
    ledger: a.ledger_binding ? (JSON.parse(a.ledger_binding) as { sourceId: string; ledgerAccount: string }) : null,
    reauthUrl: liveReauthLink(a, new Date(), ctx.settings.reauthLinkTtlMs)?.url ?? null,
  }));
  if (o.json) {
    out(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const ledgerOf = (a: (typeof list)[number]) =>
    a.ledger ? `${a.ledger.sourceId}:${a.ledger.ledgerAccount}` : 'not reconciled';
  if (o.wide)
    out(
      formatTable(
        [
          'ACCOUNT',
          'ALIAS',
          'NAME',
          'BANK',
          'NUMBER',
          'CCY',
          'STATE',
          'BALANCE',
          'AS OF',
          'TXNS',
          'SYNCED TO',
          'LEDGER',
        ],
        list.map((a) => [
          a.id,
          a.alias,
          a.name,
          a.bank,
          a.number,
          a.currency,
          a.state,
          a.balance,
          a.balanceAsOf ? `${shortTime(a.balanceAsOf)}Z` : null,
          a.transactions,
          a.syncedThrough,
          ledgerOf(a),
        ]),
        { maxWidth: null },
      ),
    );
  else
    out(
      formatTable(
        ['ALIAS', 'NAME', 'BANK', 'CCY', 'STATE', 'BALANCE', 'TXNS', 'SYNCED TO', 'LEDGER'],
        list.map((a) => [
          a.alias ?? a.id,
          a.name,
          a.bank,
          a.currency,
          a.state,
          a.balance,
          a.transactions,
          a.syncedThrough,
          ledgerOf(a),
        ]),
        { shrink: ['NAME', 'BANK', 'LEDGER'] },
      ),
    );
  return 0;
}

/** The ledger sources the worker knows: the configured file, or under the demo (no Mono key) the demo books. */
async function knownSources(ctx: CliContext): Promise<string[] | null> {
  const setup =
    (await ctx.ledger()) ?? (ctx.settings.mono.mode === 'sandbox' ? await loadLedgerSetup(demoLedgerConfig) : null);
  return setup ? setup.config.sources.map((s) => s.id) : null;
}

/** A binding to a source nobody configured would reconcile against nothing; refuse it and say what exists. */
async function requireKnownSource(ctx: CliContext, source: string): Promise<void> {
  const known = await knownSources(ctx);
  if (!known)
    throw new UsageError(
      `no ledger sources are configured, so "${source}" is unknown: set BANKFEED_LEDGER_CONFIG to a ledger configuration file (see examples/bankfeed.ledger.json) and bind again`,
    );
  if (!known.includes(source))
    throw new UsageError(
      `unknown ledger source "${source}": the ledger configuration has ${known.map((k) => `"${k}"`).join(', ')}`,
    );
}

/**
 * `bankfeed accounts bind`: say which ledger (source and GL account) an account reconciles against, and optionally
 * the alias it goes by in every command from then on.
 */
export async function bindCommand(
  ctx: CliContext,
  accountRef: string,
  o: { source: string; ledgerAccount: string; writeBack?: boolean; alias?: string },
): Promise<number> {
  const account = await requireAccount(ctx, accountRef);
  const accountId = account.id;
  await requireKnownSource(ctx, o.source);
  const db = (await ctx.db()).db;
  const alias = o.alias === undefined ? undefined : normalizeAlias(o.alias);
  if (alias) await requireFreeAlias(db, alias, accountId);
  const value = { sourceId: o.source, ledgerAccount: o.ledgerAccount, writeBack: o.writeBack ?? false };
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const before = await getAccount(trx, accountId);
    await updateAccount(trx, accountId, {
      ledger_binding: JSON.stringify(value),
      updated_at: now,
      ...(alias ? { alias } : {}),
    });
    await createAuditRepository(trx).append({
      at: now,
      actor: process.env.USER ?? 'cli',
      action: 'account.bind',
      entityType: 'account',
      entityId: accountId,
      accountId,
      detail: alias ? { alias, previousAlias: before?.alias ?? null } : null,
      // The stored binding is JSON text: parsed here so the audit row holds it once-encoded, as it always did.
      before: before?.ledger_binding ? (JSON.parse(before.ledger_binding) as unknown) : null,
      after: value,
    });
  });
  out(
    `account ${accountId} now reconciles against ${o.source} / ${o.ledgerAccount}${value.writeBack ? ' (write-back on)' : ''}${alias ? `; it answers to "${alias}"` : ''}\n`,
  );
  return 0;
}

/** How long `sync --wait` waits for the result by default. */
const SYNC_WAIT_SECONDS = 45;

/** `bankfeed sync`: ask the feed to sync; with --wait, the syncNow update returns the result (within --timeout). */
export async function syncCommand(
  ctx: CliContext,
  accountRef: string,
  o: { wait?: boolean; json?: boolean; timeout?: string },
): Promise<number> {
  const row = requireLinked(await requireAccount(ctx, accountRef));
  const accountId = row.id;
  const seconds = Number(o.timeout ?? SYNC_WAIT_SECONDS);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--timeout: a number of seconds above 0; found "${o.timeout}"`);
  // A feed already failing (or waiting for re-authorisation) takes the request but cannot do what it is for yet:
  // said on stderr, so the person knows and a script reading stdout reads what it always did.
  const trouble = feedTrouble(row);
  if (trouble) {
    const todo =
      trouble.kind === 'reauth'
        ? `${trouble.todo} \`bankfeed reauth ${accountAlias(row) ?? row.id}\` prints it.`
        : trouble.todo;
    const reason = trouble.reason ? ` ${trouble.reasonLabel}: ${trouble.reason}` : '';
    process.stderr.write(`bankfeed: ${trouble.what}${reason}\n  ${todo}\n`);
  }
  const { client } = await ctx.client();
  const handle = client.workflow.getHandle(accountFeedWorkflowId(accountId));
  if (!o.wait) {
    await handle.signal(syncRequestedSignal, { reason: 'cli' });
    out(`sync requested for ${accountId}\n`);
    return 0;
  }
  // A sync Mono keeps refusing is retried for as long as it refuses: the command waits a bounded time, then says so
  // (the sync goes on in the feed) and exits 1, so a script is never stuck behind an outage.
  // Given up, the call is aborted: a retry left behind would outlive the closed connection.
  const abort = new AbortController();
  const update = client.withAbortSignal(abort.signal, () => requestSync(handle, 'cli', { signal: abort.signal }));
  update.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), seconds * 1000)));
  const r = await Promise.race([update, late]).finally(() => clearTimeout(timer));
  if (r === null) abort.abort();
  if (r === null) {
    const text = `no result within ${seconds} s: the sync goes on in the feed (Mono may be slow or refusing; \`bankfeed status\` shows the feed's last error)`;
    if (o.json) out(`${JSON.stringify({ status: 'timed-out', seconds, message: text }, null, 2)}\n`);
    else out(`${text}\n`);
    return 1;
  }
  if (o.json) out(`${JSON.stringify(r, null, 2)}\n`);
  else
    out(
      `${r.status}: ${r.fetched} fetched, ${r.inserted} new, ${r.updated} changed, ${r.removed} removed; synced through ${r.syncedThrough ?? '-'}${r.errors.length ? `\n  ${r.errors.join('\n  ')}` : ''}\n`,
    );
  return r.status === 'succeeded' ? 0 : 1;
}

/**
 * `bankfeed reauth`: the re-authorisation link of an account the bank paused, from the database (the feed records it
 * there), so it answers without a running worker. A link past its expiry is never printed: `--new` asks Mono for a
 * fresh one and records it with its expiry.
 */
export async function reauthCommand(
  ctx: CliContext,
  accountRef: string,
  o: { json?: boolean; new?: boolean },
): Promise<number> {
  const row = requireLinked(await requireAccount(ctx, accountRef));
  const ttlMs = ctx.settings.reauthLinkTtlMs;
  let link = liveReauthLink(row, new Date(), ttlMs);
  if (o.new) {
    const mono = monoClient(ctx);
    try {
      link = await issueReauthLink(
        {
          db: (await ctx.db()).db,
          mono,
          ...(ctx.settings.reauthRedirectUrl ? { redirectUrl: ctx.settings.reauthRedirectUrl } : {}),
          ...(ttlMs ? { ttlMs } : {}),
        },
        row.id,
      );
    } finally {
      await mono.close();
    }
  }
  const expired = !link && row.state === 'REAUTH_REQUIRED' && !!row.reauth_url;
  if (o.json)
    out(
      `${JSON.stringify({
        accountId: row.id,
        state: row.state,
        reauthUrl: link?.url ?? null,
        issuedAt: link?.issuedAt ?? null,
        expiresAt: link?.expiresAt ?? null,
        linkExpired: expired,
      })}\n`,
    );
  else if (link)
    out(
      `${row.name} needs re-authorisation. Open (issued ${link.issuedAt}, works until ${link.expiresAt}):\n  ${link.url}\n`,
    );
  else if (row.state === 'REAUTH_REQUIRED')
    out(
      `${row.name} needs re-authorisation, but its link ${expired ? 'has expired' : 'is not issued yet'}: \`bankfeed reauth ${accountAlias(row) ?? row.id} --new\` asks Mono for a fresh one (a restart of the worker does too)\n`,
    );
  else out(`${row.name} does not need re-authorisation (state ${row.state})\n`);
  return 0;
}

/** `bankfeed unlink`: unlink at Mono and end the feed; stored data stays. */
export async function unlinkCommand(ctx: CliContext, accountRef: string): Promise<number> {
  const accountId = requireLinked(await requireAccount(ctx, accountRef)).id;
  const { client } = await ctx.client();
  const handle = client.workflow.getHandle(accountFeedWorkflowId(accountId));
  await handle.signal(unlinkSignal, { requestedBy: process.env.USER ?? 'cli', callMono: true });
  const final = (await handle.result()) as FeedStatus;
  out(`account ${accountId} unlinked (feed ended in state ${final.state}); its stored transactions are kept\n`);
  return 0;
}

/** `bankfeed status` lives in its own light module so it starts fast (./status-command.ts). */
export async function statusCommand(ctx: CliContext, o: { json?: boolean; wide?: boolean }): Promise<number> {
  const { statusReport } = await import('./status-command.js');
  return statusReport({ settings: ctx.settings, db: (await ctx.db()).db }, o);
}
