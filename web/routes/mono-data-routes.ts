import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CollectionError, createCollectionActivities } from '../../activities/collection-activities.js';
import { whyNotCollectable } from '../../activities/collectable-invoice.js';
import { checkHolderName } from '../../activities/holder-name.js';
import { createIdentityActivities, EXPECTED_HOLDER_MAX } from '../../activities/identity-activities.js';
import { MonoError } from '../../adapters/mono/index.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { listCollections, type CollectionRow } from '../../db/collection-repository.js';
import { getIdentity } from '../../db/identity-repository.js';
import { getLedgerEntry, listOpenInvoices, sourceHoldsDocuments } from '../../db/ledger-repository.js';
import type { LedgerEntryRow } from '../../db/schema.js';
import { AmountParseError, formatMoney, money as moneyOf, parseAmount } from '../../domain/money.js';
import type { LedgerSourceKind } from '../../worker/running-settings.js';
import type { WebAppContext } from '../app.js';
import { booksKeepInvoices, noInvoicesText } from '../books-words.js';
import { hasRole, NotFoundError, requireRole, userOf } from '../auth/access.js';
import { ledgerSourceOf } from '../review-data.js';
import { actorNames } from '../people.js';
import { setFlash, takeFlash } from '../flash.js';
import { layout, notice } from '../views/layout.js';
import { accountDetailPage, collectForm, collectResult, HOLDER_VERDICT_WORDS } from '../views/mono-data-view.js';
import { accountOr404 } from './account-routes.js';
import { issuesInWords } from '../issue-words.js';

const collectBody = z.object({
  amount: z.string().trim().min(1, 'the amount is required').max(30),
  name: z.string().trim().min(1, "the customer's name is required").max(200),
  email: z
    .string()
    .trim()
    .max(320)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'a valid email is required'),
});

const expectedHolderBody = z.object({ expectedHolder: z.string().trim().min(1).max(EXPECTED_HOLDER_MAX) });

/** The identity service records the expected holder here; it asks Mono nothing for it. */
const NO_MONO = { getIdentity: () => Promise.reject(new Error('the expected holder asks Mono nothing')) };

function sendHtml(reply: FastifyReply, body: { value: string }, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(body.value);
}

/**
 * An open invoice of the account's books (a document owed to us, with a number to collect by): 404 when the books hold
 * no such entry, 409 in words when they hold it as something else (a receipt already recorded, a bill, a paid invoice).
 */
async function invoiceOr404(ctx: WebAppContext, sourceId: string | null, raw: string): Promise<LedgerEntryRow> {
  const id = Number(raw);
  const entry = sourceId !== null && Number.isSafeInteger(id) ? await getLedgerEntry(ctx.db, id) : undefined;
  if (!entry || entry.source_id !== sourceId) throw new NotFoundError(`No invoice ${raw} in this account's books.`);
  const why = whyNotCollectable(entry);
  if (why) throw Object.assign(new Error(why), { statusCode: 409 });
  return entry;
}

/**
 * Whether the account's books keep invoices: an accounting system does, an export or a journal of the bank account's
 * postings does not; a source this process has no configuration for (a plugin's, say) by whether it gave any.
 */
async function keepsInvoices(ctx: WebAppContext, sourceId: string, source: LedgerSourceKind | undefined) {
  return booksKeepInvoices(source) ?? (await sourceHoldsDocuments(ctx.db, sourceId));
}

/** Identity of the account holder, and open invoices collected by DirectPay (issue 18's web half). */
export function registerMonoDataRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  app.get('/accounts/:id/details', async (request, reply) => {
    const user = userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const identity = await getIdentity(ctx.db, account.id);
    const binding = ledgerSourceOf(account);
    const source = binding ? ctx.deps.ledgerSourceKinds?.[binding.sourceId] : undefined;
    const keeps = binding ? await keepsInvoices(ctx, binding.sourceId, source) : false;
    const invoices = binding && keeps ? await listOpenInvoices(ctx.db, binding.sourceId, 500) : [];
    const collections = new Map<string, CollectionRow[]>();
    const refs = new Set(invoices.map((i) => i.reference));
    for (const c of await listCollections(ctx.db))
      if (refs.has(c.invoice_ref)) collections.set(c.invoice_ref, [...(collections.get(c.invoice_ref) ?? []), c]);
    const body = accountDetailPage({
      account,
      identity,
      holder: checkHolderName(identity?.full_name ?? account.name, identity?.expected_holder ?? null),
      invoices,
      collections,
      canCollect: hasRole(user, 'reviewer'),
      directPay: !!ctx.deps.directPay,
      bound: !!binding,
      noInvoices: binding && !keeps ? noInvoicesText(source) : null,
      nameOf: await actorNames(ctx.db, [identity?.fetched_by]),
      canAdmin: hasRole(user, 'admin'),
      canFetchIdentity: hasRole(user, 'reviewer') && !!ctx.deps.feed?.fetchIdentity,
      csrfToken: reply.generateCsrf(),
      flash: takeFlash(request),
    });
    return sendHtml(reply, layout({ user, csrfToken: reply.generateCsrf(), section: 'accounts' }, account.name, body));
  });

  // The holder's identity fetched from the bank now, by a person: bankfeed fetches it by itself only when Mono's
  // account_connected event arrives, which an account linked otherwise (the demo's, one linked before the event was
  // handled) never gets, and the expected-holder form needs it on record.
  app.post('/accounts/:id/identity/fetch', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const back = `/accounts/${encodeURIComponent(account.id)}/details`;
    const fetchIdentity = ctx.deps.feed?.fetchIdentity;
    let message: string;
    let kind: 'ok' | 'warn' = 'warn';
    if (!fetchIdentity) message = 'This process has no connection to Mono: the identity cannot be fetched from here.';
    else {
      try {
        if (await fetchIdentity(account.id, user.username)) {
          message = `Fetched the account holder's identity from the bank.`;
          kind = 'ok';
        } else message = 'The bank has not given a holder name for this account yet: try again later.';
      } catch (e) {
        if (!(e instanceof MonoError)) throw e;
        message = `Mono did not give the identity (${e.kind}); nothing was stored. Try again later.`;
      }
    }
    setFlash(request, message, kind);
    return reply.redirect(back, 303);
  });

  // The company or person the account should belong to, which the holder check compares the bank's holder name with:
  // an administrator's statement, kept with the identity and audited with what it replaced.
  app.post('/accounts/:id/expected-holder', async (request, reply) => {
    const user = requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const back = `/accounts/${encodeURIComponent(account.id)}/details`;
    const refuse = (message: string, status: number) => {
      if (request.headers['hx-request']) return sendHtml(reply, notice('error', message), status);
      setFlash(request, message, 'warn');
      return reply.redirect(back, 303);
    };
    const parsed = expectedHolderBody.safeParse(request.body);
    if (!parsed.success)
      return refuse(
        'Expected holder: name the company or person this account should belong to, in at most 200 characters.',
        400,
      );
    const name = parsed.data.expectedHolder;
    const identity = await getIdentity(ctx.db, account.id);
    const recorded = await createIdentityActivities({ db: ctx.db, mono: NO_MONO, clock: ctx.now }).setExpectedHolder({
      accountId: account.id,
      name,
      actor: user.username,
    });
    if (!identity || !recorded)
      return refuse(
        "The holder's identity is not on record yet: bankfeed fetches it from the bank after linking; record the expected holder once it is.",
        409,
      );
    const check = checkHolderName(identity.full_name ?? account.name, name);
    const msg = `Recorded: ${account.name} should belong to ${name}. Holder check: ${HOLDER_VERDICT_WORDS[check.verdict]}.`;
    if (request.headers['hx-request']) return sendHtml(reply, notice('ok', msg));
    setFlash(request, msg, check.verdict === 'differs' ? 'warn' : 'ok');
    return reply.redirect(back, 303);
  });

  app.get('/accounts/:id/invoices/:entryId/collect', async (request, reply) => {
    requireRole(request, 'reviewer');
    const p = request.params as { id: string; entryId: string };
    const account = await accountOr404(ctx, p.id);
    const entry = await invoiceOr404(ctx, ledgerSourceOf(account)?.sourceId ?? null, p.entryId);
    // Whole kobo to "1234.50" by integer arithmetic: money never passes through a float.
    const minor = Number(entry.amount_minor);
    const amount = `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
    return sendHtml(
      reply,
      collectForm(account, entry, reply.generateCsrf(), { amount, name: entry.party ?? '', email: '' }),
    );
  });

  app.post('/accounts/:id/invoices/:entryId/collect', async (request: FastifyRequest, reply) => {
    const user = requireRole(request, 'reviewer');
    const p = request.params as { id: string; entryId: string };
    const account = await accountOr404(ctx, p.id);
    const entry = await invoiceOr404(ctx, ledgerSourceOf(account)?.sourceId ?? null, p.entryId);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = {
      amount: typeof raw.amount === 'string' ? raw.amount.slice(0, 30) : '',
      name: typeof raw.name === 'string' ? raw.name.slice(0, 200) : '',
      email: typeof raw.email === 'string' ? raw.email.slice(0, 320) : '',
    };
    const again = (message: string, status: number) =>
      sendHtml(reply, collectForm(account, entry, reply.generateCsrf(), values, message), status);
    if (!ctx.deps.directPay) return again('DirectPay is not available: this process has no Mono secret key.', 409);
    const parsed = collectBody.safeParse(raw);
    if (!parsed.success) return again(issuesInWords(parsed.error), 400);
    let amountMinor: number | null;
    try {
      amountMinor = parseAmount(parsed.data.amount, 'NGN');
    } catch (e) {
      if (e instanceof AmountParseError) return again(`amount: ${e.message}`, 400);
      throw e;
    }
    if (amountMinor === null || amountMinor <= 0)
      return again('amount: a positive naira amount such as 150000.00', 400);
    const collections = createCollectionActivities({
      db: ctx.db,
      directPay: ctx.deps.directPay,
      clock: ctx.now,
    });
    let r;
    try {
      // The same service the `bankfeed collect` CLI calls; the invoice reference is the ledger entry's.
      r = await collections.initiateCollection({
        invoiceRef: entry.reference!,
        amountMinor,
        currency: entry.currency,
        customer: { name: parsed.data.name, email: parsed.data.email },
        accountId: account.id,
        requestedBy: `web:${user.username}`,
      });
    } catch (e) {
      if (e instanceof CollectionError) return again(e.message, 409);
      if (e instanceof MonoError)
        return again(`Mono did not start the payment (${e.kind}); nothing was requested. Try again later.`, 502);
      if (e instanceof RangeError) return again(e.message, 400);
      throw e;
    }
    // Audited without the payment link: it is a capability URL (whoever has it can pay), never logged.
    await createAuditRepository(ctx.db).append({
      at: ctx.now().toISOString(),
      actor: user.username,
      action: 'collection.request',
      entityType: 'ledger_entry',
      entityId: String(entry.id),
      accountId: account.id,
      after: {
        reference: r.collection.reference,
        invoiceRef: entry.reference,
        amount: formatMoney(moneyOf(amountMinor, 'NGN')),
      },
    });
    const body = collectResult(r.collection, r.paymentLink, r.warnings);
    if (request.headers['hx-request']) return sendHtml(reply, body);
    return sendHtml(
      reply,
      layout({ user, csrfToken: reply.generateCsrf(), section: 'accounts' }, 'Collect by DirectPay', body),
    );
  });
}
