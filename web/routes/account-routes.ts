import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { ReconciliationError } from '../../activities/reconciliation-errors.js';
import { MonoError } from '../../adapters/mono/index.js';
import { getAccount, listAccounts, updateAccount } from '../../db/account-repository.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { createReviewRepository } from '../../db/review-repository.js';
import type { AccountRow } from '../../db/schema.js';
import { createStatementRepository } from '../../db/statement-repository.js';
import { setFlash, takeFlash } from '../flash.js';
import type { WebAppContext } from '../app.js';
import { hasRole, NotFoundError, requireRole, userOf } from '../auth/access.js';
import { maskNumbers } from '../format.js';
import { html } from '../html.js';
import { ledgerSourceOf } from '../review-data.js';
import { accountsPage, bindPanel } from '../views/accounts-view.js';
import { layout, notice } from '../views/layout.js';
import { issuesInWords } from '../issue-words.js';
import { ledgerSourceText } from '../books-words.js';

export async function accountOr404(ctx: WebAppContext, id: string): Promise<AccountRow> {
  const account = await getAccount(ctx.db, id);
  if (!account) throw new NotFoundError(`No account "${id}".`);
  return account;
}

function isHtmx(request: FastifyRequest): boolean {
  return !!request.headers['hx-request'];
}

const bindBody = z.object({
  sourceId: z.string().trim().min(1, 'choose a ledger source').max(200),
  ledgerAccount: z.string().trim().min(1, 'name the bank account in the books (GL code or name)').max(200),
});
const linkBody = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  email: z.string().trim().email('a valid email is required').max(320),
});

/**
 * A link Mono refused, in Mono's words: "something went wrong on our side" left the admin nowhere. Without a
 * redirect URL Mono refuses every new link, so that case names the setting.
 */
async function throughMono<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof MonoError)) throw e;
    const setting = /redirect_url/i.test(e.message)
      ? ' An administrator sets BANKFEED_REAUTH_REDIRECT_URL (where Mono sends the holder back to) and restarts bankfeed.'
      : '';
    throw Object.assign(new Error(`Mono did not issue the ${what}: ${e.message}.${setting}`), {
      statusCode: 502,
      expose: true,
    });
  }
}

export function registerAccountRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  // what a bound source is, in words, from the configuration the process read
  const booksOf = (sourceId: string | undefined) =>
    sourceId === undefined ? null : ledgerSourceText(ctx.deps.ledgerSourceKinds?.[sourceId]);
  app.get('/', async (request, reply) => {
    const user = userOf(request);
    const [accounts, counts, runs] = await Promise.all([
      listAccounts(ctx.db),
      createReviewRepository(ctx.db).accountCounts(),
      createMatchRepository(ctx.db).latestRunPerAccount(),
    ]);
    // The latest finished checkpoint per account: its difference (zero when finished) and date.
    const statements = createStatementRepository(ctx.db);
    const latest = new Map<string, { differenceMinor: number; currency: string; end: string }>();
    for (const a of accounts) {
      const c = await statements.latest(a.id);
      if (c) latest.set(a.id, { differenceMinor: c.differenceMinor, currency: c.currency, end: c.periodEnd });
    }
    const flash = takeFlash(request);
    return reply.type('text/html; charset=utf-8').send(
      layout(
        { user, csrfToken: reply.generateCsrf(), section: 'accounts' },
        'Accounts',
        accountsPage({
          csrfToken: reply.generateCsrf(),
          canDecide: hasRole(user, 'reviewer'),
          canAdmin: hasRole(user, 'admin'),
          feedActions: !!ctx.deps.feed,
          accounts: accounts.map((a) => ({
            account: a,
            counts: counts.find((c) => c.accountId === a.id) ?? {
              accountId: a.id,
              lines: 0,
              matched: 0,
              awaitingReview: 0,
              unmatched: 0,
            },
            lastRunAt: runs.get(a.id)?.finished_at ?? null,
            binding: ledgerSourceOf(a),
            books: booksOf(ledgerSourceOf(a)?.sourceId),
            statement: latest.get(a.id) ?? null,
          })),
          flash,
        }),
      ).value,
    );
  });

  app.post('/accounts/:id/sync', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    if (!ctx.deps.feed) throw new NotFoundError('Feed actions are not available in this process.');
    // A paused feed fetches nothing until the holder re-authorises (it syncs by itself then): "new lines appear after
    // the feed's next pass" promised lines that would not come.
    const trouble = feedTrouble(account);
    if (trouble?.kind === 'reauth') throw new ReconciliationError('invalid_state', `${trouble.what} ${trouble.todo}`);
    await ctx.deps.feed.syncNow(account.id, user.username);
    // A failing feed takes the request, but its lines wait for the bank: the person is told so, since when and why.
    // So does a feed that set aside an unlink Mono reported: the sync asks Mono again; the person is told what to do.
    if (trouble) {
      const said = `Sync requested, but ${trouble.what} ${trouble.todo}`;
      if (isHtmx(request))
        return reply.type('text/html; charset=utf-8').send(
          html`${notice('warn', said)}
            <p class="sub">${trouble.reasonLabel}: ${maskNumbers(trouble.reason ?? '')}</p>`.value,
        );
      // the next page shows the error itself in the account's Feed cell
      setFlash(request, said, 'warn');
      return reply.redirect('/', 303);
    }
    const msg = `Sync requested for ${account.name}; new lines appear after the feed's next pass.`;
    if (isHtmx(request)) return reply.type('text/html; charset=utf-8').send(notice('ok', msg).value);
    setFlash(request, msg);
    return reply.redirect('/', 303);
  });

  app.post('/accounts/:id/reauth', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    if (!ctx.deps.feed) throw new NotFoundError('Feed actions are not available in this process.');
    const feed = ctx.deps.feed;
    const url = await throughMono('re-authorisation link', () => feed.freshReauthLink(account.id));
    await createAuditRepository(ctx.db).append({
      at: ctx.now().toISOString(),
      actor: user.username,
      action: 'account.reauth_link',
      entityType: 'account',
      entityId: account.id,
      accountId: account.id,
    });
    const body = html`${notice('ok', 'A fresh re-authorisation link was issued. Send it to the account holder; it works once.')}
      <p><a href="${url}" target="_blank" rel="noopener noreferrer">Open the re-authorisation page</a></p>`;
    if (isHtmx(request)) return reply.type('text/html; charset=utf-8').send(body.value);
    return reply
      .type('text/html; charset=utf-8')
      .send(layout({ user, csrfToken: reply.generateCsrf(), section: 'accounts' }, 'Re-authorise', body).value);
  });

  app.post('/accounts/link', async (request, reply) => {
    const user = requireRole(request, 'admin');
    if (!ctx.deps.feed) throw new NotFoundError('Feed actions are not available in this process.');
    const parsed = linkBody.safeParse(request.body);
    if (!parsed.success)
      return reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send(notice('error', issuesInWords(parsed.error)).value);
    const feed = ctx.deps.feed;
    const returnTo = `${request.protocol}://${request.host}/accounts/linked`;
    const url = await throughMono('link', () => feed.linkAccount(parsed.data, returnTo));
    const body = html`${notice('ok', 'Open the link to connect the bank account; its feed starts when Mono confirms the connection.')}
      <p><a href="${url}" target="_blank" rel="noopener noreferrer">Connect a bank account</a></p>`;
    if (isHtmx(request)) return reply.type('text/html; charset=utf-8').send(body.value);
    return reply
      .type('text/html; charset=utf-8')
      .send(layout({ user, csrfToken: reply.generateCsrf(), section: 'accounts' }, 'Link an account', body).value);
  });

  // Where Mono sends the holder back after linking (the demo's own redirect URL). Its query carries the one-time
  // exchange code: the request is not logged, the code is neither shown nor kept, and the notice rides in the session.
  app.get('/accounts/linked', { logLevel: 'warn' }, async (request, reply) => {
    userOf(request);
    const status = (request.query as { status?: unknown }).status;
    setFlash(
      request,
      status === 'linked'
        ? 'The bank account is linked at Mono. Its feed starts when Mono confirms the connection; the account appears here once its history is fetched (a minute or two in the demo).'
        : `Mono did not link the account${typeof status === 'string' && status ? ` (status "${status.slice(0, 40)}")` : ''}; nothing was added. Create a new link to try again.`,
    );
    return reply.redirect('/', 303);
  });

  app.get('/accounts/:id/bind', async (request, reply) => {
    requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    return reply
      .type('text/html; charset=utf-8')
      .send(bindPanel(account, reply.generateCsrf(), ctx.deps.ledgerSources ?? [], booksOf).value);
  });

  app.post('/accounts/:id/bind', async (request, reply) => {
    const user = requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const parsed = bindBody.safeParse(request.body);
    if (!parsed.success)
      return reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send(notice('error', issuesInWords(parsed.error)).value);
    const before = ledgerSourceOf(account);
    // the form binds the books and their account; write-back (set where the ledger is configured) stays as it was
    const value = {
      sourceId: parsed.data.sourceId,
      ledgerAccount: parsed.data.ledgerAccount,
      writeBack: before?.writeBack === true,
    };
    const at = ctx.now().toISOString();
    await ctx.db.transaction().execute(async (trx) => {
      await updateAccount(trx, account.id, { ledger_binding: JSON.stringify(value), updated_at: at });
      await createAuditRepository(trx).append({
        at,
        actor: user.username,
        action: 'account.bind',
        entityType: 'account',
        entityId: account.id,
        accountId: account.id,
        before,
        after: value,
      });
    });
    const msg = `${account.name} now reconciles against ${value.sourceId} / ${value.ledgerAccount}.`;
    if (isHtmx(request)) return reply.type('text/html; charset=utf-8').send(notice('ok', msg).value);
    setFlash(request, msg);
    return reply.redirect('/', 303);
  });
}
