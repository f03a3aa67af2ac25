import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoDirectPay } from '../../adapters/mono/index.js';
import { createCollectionActivities, referenceFor } from '../../activities/collection-activities.js';
import { prepareDirectPay } from '../../activities/directpay-settlement.js';
import { collectionByReference, collectionEvents } from '../../db/collection-repository.js';
import { reconcile } from '../../matching/engine.js';
import { collectionHandlers } from '../../worker/collection-events.js';
import { createLogger } from '../../worker/logger.js';
import { databaseKinds } from '../support/databases.js';
import { startMonoDataHarness, type MonoDataHarness } from './harness.js';

const kinds = await databaseKinds();

describe.each(kinds)('on $name', (kind) => {
  let h: MonoDataHarness;
  let directPay: MonoDirectPay;
  let seq = 0;

  beforeAll(async () => {
    h = await startMonoDataHarness({
      sandbox: { timeScale: 10 },
      openDb: kind.open,
      extra: ({ db, mono, sandbox }) => {
        directPay = new MonoDirectPay({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, timeoutMs: 10_000 });
        return collectionHandlers({ db: db.db, mono, logger: createLogger({ silent: true }), directPay });
      },
    });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await directPay?.close();
  });

  function collections() {
    return createCollectionActivities({ db: h.db.db, directPay, random: () => `T${++seq}X` });
  }

  async function collect(invoice: string, amountMinor = 5_000_000) {
    return collections().initiateCollection({
      invoiceRef: invoice,
      amountMinor,
      currency: 'NGN',
      customer: { name: 'Temi Okonjo Stores', email: 'accounts@temi.example' },
      requestedBy: 'test',
    });
  }

  async function payerDoes(link: string, action: 'pay' | 'decline' | 'close' | 'cancel'): Promise<void> {
    const res = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `action=${action}`,
      redirect: 'manual',
    });
    expect(res.status).toBe(200);
  }

  async function settled(reference: string, status: string) {
    return h.until(`collection ${reference} ${status}`, async () => {
      const c = await collectionByReference(h.db.db, reference);
      return c && c.status === status ? c : null;
    });
  }

  describe('DirectPay collection against the sandbox', () => {
    it('derives a reference from the invoice and refuses what Mono would', async () => {
      expect(referenceFor('inv/2026/0042', 'AB12')).toBe('BF-INV-2026-0042-AB12');
      await expect(collect('INV-X', 10_000)).rejects.toThrow(/at least NGN 200/);
      await expect(
        collections().initiateCollection({
          invoiceRef: 'INV-X',
          amountMinor: 50_000,
          currency: 'GHS',
          customer: { name: 'a', email: 'a@b.c' },
          requestedBy: 't',
        }),
      ).rejects.toThrow(/naira only/);
    });

    it('takes a paid webhook only once verify confirms it; a duplicate changes nothing', async () => {
      await h.control('/__sandbox/directpay', { duplicateWebhooks: 1, webhookDelayMs: 0, lyingWebhooks: 0 });
      const r = await collect('INV-2026-1001');
      expect(r.paymentLink).toMatch(/\/directpay\/[A-Z0-9]{12}$/);
      expect(JSON.parse(r.collection.request)).toMatchObject({
        amount: 5_000_000,
        reference: r.collection.reference,
        type: 'onetime-debit',
      });
      await expect(collect('INV-2026-1001')).rejects.toThrow(/already has a pending DirectPay collection/);
      await payerDoes(r.paymentLink, 'pay');
      const c = await settled(r.collection.reference, 'successful');
      expect(Number(c.paid_amount_minor)).toBe(5_000_000);
      expect(Number(c.fee_minor)).toBe(50_000);
      expect(c.fee_bearer).toBe('business');
      expect(c.mono_payment_id).toMatch(/^txd_/);
      expect(c.flag).toBeNull();
      const events = await h.until('both deliveries', async () => {
        const e = await collectionEvents(h.db.db, r.collection.reference);
        return e.length === 2 ? e : null;
      });
      expect(events.map((e) => e.outcome).sort()).toEqual(['applied', 'unchanged']);
    });

    it('lets verify win over a webhook that says otherwise', async () => {
      await h.control('/__sandbox/directpay', { duplicateWebhooks: 0, lyingWebhooks: 1 });
      const r = await collect('INV-2026-1002');
      await payerDoes(r.paymentLink, 'decline');
      const c = await settled(r.collection.reference, 'failed');
      const [e] = await h.until('event', async () => {
        const x = await collectionEvents(h.db.db, r.collection.reference);
        return x.length ? x : null;
      });
      expect(e!.webhook_status).toBe('successful');
      expect(e!.verified_status).toBe('failed');
      expect(e!.outcome).toBe('verify_disagrees');
      expect(c.paid_amount_minor).toBeNull();
    });

    it('records abandoned and cancelled payments, and a delayed webhook when it comes', async () => {
      await h.control('/__sandbox/directpay', { lyingWebhooks: 0, webhookDelayMs: 3_000 });
      const a = await collect('INV-2026-1003');
      const b = await collect('INV-2026-1004');
      await payerDoes(a.paymentLink, 'close');
      await payerDoes(b.paymentLink, 'cancel');
      expect((await collectionByReference(h.db.db, a.collection.reference))!.status).toBe('pending');
      await settled(a.collection.reference, 'abandoned');
      await settled(b.collection.reference, 'cancelled');
      // A failed attempt frees the invoice for a new collection with a new reference.
      const again = await collect('INV-2026-1003');
      expect(again.collection.reference).not.toBe(a.collection.reference);
      await h.control('/__sandbox/directpay', { webhookDelayMs: 0 });
    });

    it('flags a payment whose amount is not the one asked', async () => {
      await h.control('/__sandbox/directpay', { amountDelta: -25_000 });
      const r = await collect('INV-2026-1005');
      await payerDoes(r.paymentLink, 'pay');
      const c = await settled(r.collection.reference, 'successful');
      expect(c.flag).toMatch(/Mono reports ₦49,750.00 paid; ₦50,000.00 was asked/);
    });

    it('records and ignores a payment webhook whose reference we never issued', async () => {
      const eventId = await h.sandbox.emitWebhook('direct_debit.payment_successful', {
        type: 'onetime-debit',
        object: {
          id: 'txd_notours',
          status: 'successful',
          amount: 100_000,
          fee: 0,
          currency: 'NGN',
          reference: 'NOT-OURS-123456',
        },
      });
      const [e] = await h.until('unknown reference event', async () => {
        const x = await collectionEvents(h.db.db, 'NOT-OURS-123456');
        return x.length ? x : null;
      });
      expect(e!.outcome).toBe('unknown_reference');
      expect(e!.collection_id).toBeNull();
      expect(e!.event_key).toBe(eventId);
      expect(await collectionByReference(h.db.db, 'NOT-OURS-123456')).toBeNull();
    });
  });

  describe('DirectPay evidence for reconciliation', () => {
    it('matches a settlement to its invoice with the fee written off; flags and only suggests one that does not add up', async () => {
      const db = h.db.db;
      const rows = await db
        .selectFrom('collections')
        .selectAll()
        .where('status', '=', 'successful')
        .orderBy('id')
        .execute();
      const good = rows.find((c) => c.flag === null)!;
      const bank = [
        {
          id: '11',
          date: '2026-11-30',
          amountMinor: Number(good.paid_amount_minor) - Number(good.fee_minor),
          currency: 'NGN' as const,
          narration: `MONO SETTLEMENT ${good.mono_payment_id!.toUpperCase()}`,
        },
        // the same payment's code on a credit short by more than the fee
        {
          id: '12',
          date: '2026-11-30',
          amountMinor: 4_000_000,
          currency: 'NGN' as const,
          narration: 'MONO SETTLEMENT OTHER',
        },
      ];
      const ledger = [
        {
          id: '21',
          date: '2026-11-20',
          amountMinor: 5_000_000,
          currency: 'NGN' as const,
          reference: 'INV-2026-1001',
          description: 'Invoice INV-2026-1001 - Temi Okonjo Stores',
        },
        {
          id: '22',
          date: '2026-11-20',
          amountMinor: 5_000_000,
          currency: 'NGN' as const,
          reference: 'INV-2026-9999',
          description: 'Invoice INV-2026-9999 - Other',
        },
      ];
      const prepared = await prepareDirectPay(db, 'any-account', bank, ledger, {
        feeAccount: 'Bank charges:DirectPay fees',
      });
      expect(prepared.matches).toHaveLength(1);
      const m = prepared.matches[0]!;
      expect(m).toMatchObject({ bankIds: ['11'], ledgerIds: ['21'], kind: 'reference', confidence: 1 });
      expect(m.writeOff).toEqual({ account: 'Bank charges:DirectPay fees', amountMinor: 50_000 });
      expect(m.evidence.map((e) => e.kind)).toEqual(['reference', 'amount_exact', 'date']);
      expect(m.evidence[0]!.detail).toContain('INV-2026-1001');
      expect(prepared.bank.map((b) => b.id)).toEqual(['12']);
      expect(prepared.ledger.map((l) => l.id)).toEqual(['22']);

      // A settlement that does not add up: the collection is flagged, the engine sees the code and only suggests.
      const bad = {
        id: '13',
        date: '2026-11-30',
        amountMinor: Number(good.paid_amount_minor) - Number(good.fee_minor) - 300_000,
        currency: 'NGN' as const,
        narration: `MONO SETTLEMENT ${good.mono_payment_id!.toUpperCase()}`,
      };
      const p2 = await prepareDirectPay(db, 'any-account', [bad], [ledger[0]!]);
      expect(p2.matches).toHaveLength(0);
      expect(p2.ledger[0]!.description).toContain(good.mono_payment_id!);
      const flagged = await collectionByReference(db, good.reference);
      expect(flagged!.flag).toBe(
        'settlement credit of ₦46,500.00 is not the ₦49,500.00 expected (₦50,000.00 paid less ₦500.00 fee)',
      );
      const engine = reconcile(p2.bank, p2.ledger, {});
      expect(engine.matches).toHaveLength(0);
      const s = engine.suggestions.find((x) => x.bankIds[0] === '13');
      expect(s?.candidates[0]?.ledgerIds).toEqual(['21']);
      expect(s?.candidates[0]?.evidence.some((e) => e.kind === 'reference')).toBe(true);
    });
  });
});
