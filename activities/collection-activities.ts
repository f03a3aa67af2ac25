import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MonoDirectPay, VerifiedDirectPay } from '../adapters/mono/index.js';
import { listLinkedAccountBindings } from '../db/account-repository.js';
import {
  applyVerifiedState,
  collectionByReference,
  collectionEventByKey,
  compact,
  findSettlementCredit,
  insertCollection,
  listCollections,
  liveCollectionsOf,
  markSettled,
  matchStateOf,
  recordCollectionEvent,
  type CollectionRow,
} from '../db/collection-repository.js';
import { listEntriesByReference, listOpenInvoicesByReference } from '../db/ledger-repository.js';
import type { Database } from '../db/schema.js';
import { formatMoney, money } from '../domain/money.js';
import { whyNotCollectable } from './collectable-invoice.js';

/** Why a collection could not be made, in words (exit code 3 in the CLI). */
export class CollectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollectionError';
  }
}

export interface CollectionDeps {
  db: Kysely<Database>;
  directPay: Pick<MonoDirectPay, 'initiate' | 'verify'>;
  clock?: () => Date;
  /** Suffix source for references (tests pin it). */
  random?: () => string;
}

/**
 * Our DirectPay reference for an invoice: "BF-" + the invoice number's letters and digits + a random tail, so that a
 * new attempt after a failed one gets a new reference (Mono refuses a reference twice) and any reference names its
 * invoice to a person reading it.
 */
export function referenceFor(invoiceRef: string, tail: string): string {
  const core = invoiceRef
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  if (!core) throw new CollectionError(`invoice reference "${invoiceRef}" has no letters or digits`);
  return `BF-${core}-${tail}`;
}

export type CollectionStage = 'requested' | 'paid' | 'failed' | 'abandoned' | 'cancelled' | 'settled' | 'reconciled';

export interface CollectionReportRow {
  id: number;
  invoiceRef: string;
  reference: string;
  customer: string;
  amount: string;
  stage: CollectionStage;
  paid: string | null;
  fee: string | null;
  feeBearer: string | null;
  settledBankTxnId: number | null;
  matchStatus: string | null;
  flag: string | null;
  requestedBy: string;
  requestedAt: string;
}

/** DirectPay collection of invoices: initiate, take payment webhooks only as verify confirms them, report. */
export function createCollectionActivities(deps: CollectionDeps) {
  const now = () => (deps.clock ? deps.clock() : new Date()).toISOString();
  const tail = deps.random ?? (() => randomBytes(4).toString('hex').toUpperCase());

  /**
   * The invoice as an open document in the books: its ledger entry and the account its money lands in; null when the
   * books hold no single one (not pulled yet, or numbered twice). Refused when the books hold the number only as
   * something else: a receipt already recorded, a bill, an invoice paid or voided.
   */
  async function findInvoice(
    invoiceRef: string,
    accountId: string | undefined,
  ): Promise<{ invoice: { entryId: number; amountMinor: number; accountId: string | null } | null; note?: string }> {
    const entries = await listOpenInvoicesByReference(deps.db, invoiceRef);
    const bindings = await listLinkedAccountBindings(deps.db);
    const sourceOf = (a: (typeof bindings)[number] | undefined) =>
      a?.ledger_binding ? (JSON.parse(a.ledger_binding) as { sourceId?: string }).sourceId : undefined;
    if (entries.length === 0) {
      // What the books say of the number: only the books the money lands in when the account is bound (invoice numbers
      // repeat across organisations), else any one set of books holding it; and only an entry that can be this
      // invoice, ours (a sales document) or a receipt of it. A supplier's bill is filed under the supplier's own number
      // (INV-0042 too): it says nothing of ours, so it is a note, not a refusal.
      const bound = sourceOf(bindings.find((a) => a.id === accountId));
      const held = (await listEntriesByReference(deps.db, invoiceRef)).filter(
        (e) => bound === undefined || e.source_id === bound,
      );
      // a supplier's credit note (positive) is filed under the supplier's number as its bill is: nothing of ours
      const ours = held.filter((e) => Number(e.amount_minor) > 0 && e.party_role !== 'supplier');
      const first =
        new Set(ours.map((e) => e.source_id)).size === 1
          ? (ours.find((e) => e.kind === 'document') ?? ours[0])
          : undefined;
      const why = first ? whyNotCollectable(first, invoiceRef) : null;
      if (why) throw new CollectionError(why);
      const bill = ours.length === 0 ? held.find((e) => e.kind === 'document') : undefined;
      if (bill) {
        const amount = formatMoney(money(Math.abs(Number(bill.amount_minor)), bill.currency));
        const what =
          Number(bill.amount_minor) > 0
            ? `a supplier's credit note (${amount}), money a supplier owes us`
            : `a bill or credit note (${amount}), money we owe`;
        return {
          invoice: null,
          note: `the books hold ${invoiceRef} only as ${what}: if ${invoiceRef} is your invoice, it has not been pulled yet`,
        };
      }
    }
    if (entries.length !== 1) return { invoice: null };
    const e = entries[0]!;
    const accounts = bindings.filter((a) => sourceOf(a) === e.source_id);
    return {
      invoice: {
        entryId: Number(e.id),
        amountMinor: Number(e.amount_minor),
        accountId: accounts.length === 1 ? accounts[0]!.id : null,
      },
    };
  }

  async function stageOf(
    c: CollectionRow,
  ): Promise<{ stage: CollectionStage; matchStatus: string | null; settled: number | null }> {
    if (c.status === 'pending') return { stage: 'requested', matchStatus: null, settled: null };
    if (c.status !== 'successful') return { stage: c.status as CollectionStage, matchStatus: null, settled: null };
    let settled = c.settled_bank_txn_id === null ? null : Number(c.settled_bank_txn_id);
    if (settled === null && c.account_id) {
      const codes = [c.mono_payment_id, c.reference].filter((x): x is string => !!x).map(compact);
      settled = (await findSettlementCredit(deps.db, c.account_id, codes))?.id ?? null;
    }
    if (settled === null) return { stage: 'paid', matchStatus: null, settled };
    const matchStatus = await matchStateOf(
      deps.db,
      settled,
      c.ledger_entry_id === null ? null : Number(c.ledger_entry_id),
    );
    return { stage: matchStatus && c.ledger_entry_id !== null ? 'reconciled' : 'settled', matchStatus, settled };
  }

  return {
    /** Initiates a one-time DirectPay for an invoice, stores the request, returns the payment link to hand the payer. */
    async initiateCollection(input: {
      invoiceRef: string;
      amountMinor: number;
      currency: string;
      customer: { name: string; email: string };
      description?: string;
      accountId?: string;
      redirectUrl?: string;
      requestedBy: string;
    }): Promise<{ collection: CollectionRow; paymentLink: string; warnings: string[] }> {
      const warnings: string[] = [];
      if (input.currency !== 'NGN')
        throw new CollectionError(`DirectPay collects naira only; the invoice is in ${input.currency}`);
      if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor < 20_000)
        throw new CollectionError('--amount must be at least NGN 200.00 (Mono DirectPay minimum)');
      const live = await liveCollectionsOf(deps.db, input.invoiceRef);
      if (live.length > 0)
        throw new CollectionError(
          `invoice ${input.invoiceRef} already has a ${live[0]!.status === 'pending' ? 'pending' : 'paid'} DirectPay collection (${live[0]!.reference}); a second one would charge twice`,
        );
      const { invoice, note } = await findInvoice(input.invoiceRef, input.accountId);
      if (note) warnings.push(note);
      if (!invoice)
        warnings.push(
          `no single open invoice ${input.invoiceRef} in the books: the collection is kept, matching will look for it by reference`,
        );
      else if (invoice.amountMinor !== input.amountMinor)
        warnings.push(
          `the invoice is for ${formatMoney(money(invoice.amountMinor, 'NGN'))}; collecting ${formatMoney(money(input.amountMinor, 'NGN'))}`,
        );
      const reference = referenceFor(input.invoiceRef, tail());
      const description = (input.description ?? `Invoice ${input.invoiceRef}`).slice(0, 255);
      const started = await deps.directPay.initiate({
        amountMinor: input.amountMinor,
        reference,
        description,
        customer: input.customer,
        ...(input.redirectUrl ? { redirectUrl: input.redirectUrl } : {}),
        meta: { invoice: input.invoiceRef },
      });
      await insertCollection(deps.db, {
        invoiceRef: input.invoiceRef,
        reference,
        monoPaymentId: started.id,
        accountId: input.accountId ?? invoice?.accountId ?? null,
        ledgerEntryId: invoice?.entryId ?? null,
        amountMinor: input.amountMinor,
        currency: 'NGN',
        customerName: input.customer.name,
        customerEmail: input.customer.email,
        description,
        paymentLink: started.paymentLink,
        request: JSON.stringify(started.request),
        requestedBy: input.requestedBy,
        requestedAt: now(),
      });
      if (!input.accountId && !invoice?.accountId)
        warnings.push(
          'no linked account is bound to the books of this invoice: give --account to say where the money lands',
        );
      return {
        collection: (await collectionByReference(deps.db, reference))!,
        paymentLink: started.paymentLink,
        warnings,
      };
    },

    /**
     * A `direct_debit.payment_*` webhook: never trusted on its own. A reference we never issued is recorded and
     * ignored; otherwise Mono's verify decides (it wins when it disagrees with the webhook), an amount other than the
     * one asked flags the collection, and the same news twice changes nothing.
     */
    async applyPaymentEvent(input: { eventKey: string; event: string; announced: VerifiedDirectPay }): Promise<string> {
      const at = now();
      const ref = input.announced.reference;
      if (await collectionEventByKey(deps.db, input.eventKey)) return 'duplicate event: nothing changed';
      const c = await collectionByReference(deps.db, ref);
      if (!c) {
        await recordCollectionEvent(deps.db, {
          collectionId: null,
          reference: ref,
          eventKey: input.eventKey,
          event: input.event,
          webhookStatus: input.announced.status,
          verifiedStatus: null,
          outcome: 'unknown_reference',
          detail: 'a payment reference bankfeed never issued: recorded and ignored',
          at,
        });
        return 'ignored: unknown reference';
      }
      const v = await deps.directPay.verify(ref);
      // Mono still processing: the webhook got ahead of verify; the event is tried again later.
      if (v.status === 'pending' && input.announced.status !== 'pending')
        throw new Error(`verify still says pending for a ${input.announced.status} webhook; trying again`);
      const flags: string[] = [];
      if (v.status === 'successful' && v.amountMinor !== Number(c.amount_minor))
        flags.push(
          `Mono reports ${formatMoney(money(v.amountMinor, 'NGN'))} paid; ${formatMoney(money(Number(c.amount_minor), 'NGN'))} was asked`,
        );
      if (v.currency && v.currency.toUpperCase() !== c.currency)
        flags.push(`paid in ${v.currency}, asked in ${c.currency}`);
      const disagrees = v.status !== input.announced.status;
      const status = v.status === 'unknown' ? c.status : v.status;
      const changed = await applyVerifiedState(deps.db, Number(c.id), {
        status,
        paidAmountMinor: v.status === 'successful' ? v.amountMinor : null,
        feeMinor: v.status === 'successful' ? v.feeMinor : null,
        feeBearer: v.status === 'successful' ? (v.feeBearer ?? 'business') : null,
        flag: flags.length ? flags.join('; ') : c.flag,
        monoTransactionId: v.transactionId,
        at,
      });
      const outcome = disagrees ? 'verify_disagrees' : changed ? 'applied' : 'unchanged';
      await recordCollectionEvent(deps.db, {
        collectionId: Number(c.id),
        reference: ref,
        eventKey: input.eventKey,
        event: input.event,
        webhookStatus: input.announced.status,
        verifiedStatus: v.status,
        outcome,
        detail: disagrees ? `the webhook said ${input.announced.status}, verify says ${v.status}: verify wins` : null,
        at,
      });
      return `${outcome}: ${c.reference} is ${status}`;
    },

    /** Every collection at its stage: requested, paid, failed/abandoned/cancelled, settled, reconciled. */
    async collectionReport(
      input: { accountId?: string } = {},
    ): Promise<{ rows: CollectionReportRow[]; counts: Record<CollectionStage, number> }> {
      const rows: CollectionReportRow[] = [];
      const counts: Record<CollectionStage, number> = {
        requested: 0,
        paid: 0,
        failed: 0,
        abandoned: 0,
        cancelled: 0,
        settled: 0,
        reconciled: 0,
      };
      for (const c of await listCollections(deps.db, input)) {
        const s = await stageOf(c);
        if (s.settled !== null && c.settled_bank_txn_id === null)
          await markSettled(deps.db, Number(c.id), s.settled, now());
        counts[s.stage]++;
        const m = (minor: number | null) => (minor === null ? null : formatMoney(money(Number(minor), 'NGN')));
        rows.push({
          id: Number(c.id),
          invoiceRef: c.invoice_ref,
          reference: c.reference,
          customer: c.customer_name,
          amount: m(Number(c.amount_minor))!,
          stage: s.stage,
          paid: m(c.paid_amount_minor === null ? null : Number(c.paid_amount_minor)),
          fee: m(c.fee_minor === null ? null : Number(c.fee_minor)),
          feeBearer: c.fee_bearer,
          settledBankTxnId: s.settled,
          matchStatus: s.matchStatus,
          flag: c.flag,
          requestedBy: c.requested_by,
          requestedAt: c.requested_at,
        });
      }
      return { rows, counts };
    },
  };
}

export type CollectionActivities = ReturnType<typeof createCollectionActivities>;
