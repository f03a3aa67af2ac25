/**
 * Mono DirectPay (one-time debit) as documented: `POST /v2/payments/initiate` answers a payment with its hosted
 * `mono_url`; the hosted page simulates the payer (pay, decline, close, cancel); Mono then sends
 * `direct_debit.payment_{successful,failed,abandoned,cancelled}` webhooks, `GET /v2/payments/verify/:reference`
 * tells the truth, and a successful payment is settled later into the business's settlement account (one of the
 * sandbox's linked accounts) as a credit whose narration carries Mono's payment id, less the fee when the business
 * bears it. Faults: a webhook that lies (verify disagrees), a delayed webhook, a duplicate webhook, a paid amount that
 * is not the one asked.
 */
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { SandboxBank } from './bank.js';
import type { SandboxClock } from './clock.js';
import { envelope, HttpError, type Reply } from './http-kit.js';
import type { Route, RouteRequest } from './mono-routes.js';
import { digits, hexId } from './prng.js';
import type { WebhookEmitter } from './webhooks.js';

type Outcome = 'successful' | 'failed' | 'abandoned' | 'cancelled';

interface Payment {
  id: string;
  txnId: string;
  amount: number;
  paidAmount: number | null;
  fee: number;
  feeBearer: 'business' | 'customer';
  currency: 'NGN';
  description: string;
  reference: string;
  redirectUrl: string | null;
  customer: { id: string; name: string; email: string };
  meta: unknown;
  status: 'pending' | Outcome;
  createdAt: number;
  updatedAt: number;
  settledAt: number | null;
}

export interface DirectPaySettings {
  /** The linked sandbox account settlements are credited to (null: nothing is settled). */
  settlementAccount: string | null;
  /** Sandbox ms between a successful payment and its settlement credit. */
  settlementDelayMs: number;
  /** Mono's fee on a payment: this percent, rounded half up to the kobo, capped (sandbox figures, not a price list). */
  feePercent: string;
  feeCapMinor: number;
  feeBearer: 'business' | 'customer';
  /** Sandbox ms before the payment webhook goes out. */
  webhookDelayMs: number;
  /** Deliver each payment webhook this many extra times (new event ids, same content). */
  duplicateWebhooks: number;
  /** The next N payments send a webhook claiming the opposite outcome; verify tells the truth. */
  lyingWebhooks: number;
  /** The next payment is paid with this many minor units more (or less) than asked. */
  amountDelta: number;
}

const settingsSchema = z
  .object({
    settlementAccount: z.string().nullable().optional(),
    settlementDelayMs: z.number().int().min(0).optional(),
    feePercent: z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .optional(),
    feeCapMinor: z.number().int().min(0).optional(),
    feeBearer: z.enum(['business', 'customer']).optional(),
    webhookDelayMs: z.number().int().min(0).optional(),
    duplicateWebhooks: z.number().int().min(0).max(10).optional(),
    lyingWebhooks: z.number().int().min(0).optional(),
    amountDelta: z.number().int().optional(),
  })
  .strict();

const initiateSchema = z.object({
  amount: z
    .number()
    .int('amount must be a whole number of kobo')
    .min(20_000, 'amount must be at least 20000 kobo (NGN 200)'),
  type: z.literal('onetime-debit', { message: 'type must be "onetime-debit"' }),
  method: z.enum(['account', 'transfer']).optional(),
  account: z.string().optional(),
  description: z.string().min(1, 'description is required').max(255),
  reference: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'reference must be 10 to 64 letters, digits, - or _'),
  redirect_url: z.string().url().optional(),
  customer: z.object({
    name: z.string().min(1, 'customer.name is required'),
    email: z.string().email('customer.email must be an email address'),
    phone: z.string().optional(),
    address: z.string().optional(),
    identity: z.object({ type: z.string(), number: z.string() }).optional(),
  }),
  meta: z.unknown().optional(),
});

const APP_ID = '6400aa11bb22cc33dd44ee55';
const BUSINESS_ID = '6400aa11bb22cc33dd44ee66';

function page(title: string, body: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${body}</body></html>`;
}

export function directPayRoutes(deps: {
  seed: number;
  clock: SandboxClock;
  bank: SandboxBank;
  webhooks: WebhookEmitter;
  baseUrl: () => string;
}): { routes: Route[]; settings: DirectPaySettings; payments: () => Payment[] } {
  const settings: DirectPaySettings = {
    settlementAccount: null,
    settlementDelayMs: 60_000,
    feePercent: '1',
    feeCapMinor: 100_000,
    feeBearer: 'business',
    webhookDelayMs: 0,
    duplicateWebhooks: 0,
    lyingWebhooks: 0,
    amountDelta: 0,
  };
  const byId = new Map<string, Payment>();
  const byRef = new Map<string, Payment>();
  const now = () => deps.clock.now();
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  function verifyBody(p: Payment): Record<string, unknown> {
    const paid = p.status === 'successful';
    return {
      id: p.txnId,
      channel: 'account',
      type: 'onetime-debit',
      status: p.status,
      message: paid ? 'Payment was successful' : p.status === 'pending' ? 'Payment is pending' : `Payment ${p.status}`,
      amount: p.paidAmount ?? p.amount,
      fee: paid ? p.fee : 0,
      fee_bearer: p.feeBearer,
      currency: p.currency,
      description: p.description,
      reference: p.reference,
      live_mode: false,
      customer: p.customer.id,
      meta: p.meta ?? null,
      created_at: new Date(p.createdAt).toISOString(),
      updated_at: new Date(p.updatedAt).toISOString(),
    };
  }

  function webhookObject(p: Payment, status: Outcome): Record<string, unknown> {
    const acct = digits(10, deps.seed, p.id, 'payer');
    return {
      _id: hexId(deps.seed, 'dp-object', p.id),
      id: p.txnId,
      status,
      message: status === 'successful' ? 'Payment was successful' : `Payment ${status}`,
      description: p.description,
      amount: p.paidAmount ?? p.amount,
      fee: status === 'successful' ? p.fee : 0,
      fee_bearer: p.feeBearer,
      currency: p.currency,
      liveMode: false,
      account: {
        status: 'active',
        linked: true,
        _id: hexId(deps.seed, 'payer-account', p.id),
        name: p.customer.name.toUpperCase(),
        accountNumber: acct,
        currency: 'NGN',
        balance: 0,
        type: 'SAVINGS_ACCOUNT',
        bvn: `22${digits(9, deps.seed, p.id, 'payer-bvn')}`,
        authMethod: 'internet_banking',
        liveMode: false,
        app: APP_ID,
        institution: { _id: '5f2d08be60b92e2888287702', name: 'GTBank', bankCode: '058', type: 'PERSONAL_BANKING' },
        scope: ['payments'],
      },
      reference: p.reference,
      verified: true,
      business: BUSINESS_ID,
      created_at: new Date(p.createdAt).toISOString(),
      updated_at: new Date(p.updatedAt).toISOString(),
      method: 'account',
      flagged: false,
      flag_reasons: [],
      held_settlement: false,
    };
  }

  function complete(p: Payment, outcome: Outcome): void {
    if (p.status !== 'pending') throw new HttpError(409, `Payment is already ${p.status}`);
    p.status = outcome;
    p.updatedAt = now();
    if (outcome === 'successful') {
      p.paidAmount = p.amount + settings.amountDelta;
      settings.amountDelta = 0;
      const pct = new Decimal(p.paidAmount).mul(settings.feePercent).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      p.fee = Math.min(settings.feeCapMinor, pct.toNumber());
    }
    const lie = settings.lyingWebhooks > 0;
    if (lie) settings.lyingWebhooks--;
    const claimed: Outcome = lie ? (outcome === 'successful' ? 'failed' : 'successful') : outcome;
    const send = () => {
      const data = { type: 'onetime-debit', object: webhookObject(p, claimed) };
      for (let i = 0; i <= settings.duplicateWebhooks; i++) deps.webhooks.emit(`direct_debit.payment_${claimed}`, data);
    };
    if (settings.webhookDelayMs > 0) deps.clock.after(settings.webhookDelayMs, send);
    else send();
    if (outcome === 'successful' && settings.settlementAccount) {
      const account = settings.settlementAccount;
      const net = p.feeBearer === 'business' ? p.paidAmount! - p.fee : p.paidAmount!;
      deps.clock.after(settings.settlementDelayMs, () => {
        deps.bank.addTransactions(account, 1, {
          type: 'credit',
          amount: net,
          narration: `MONO SETTLEMENT ${p.txnId.toUpperCase()}`,
        });
        p.settledAt = now();
      });
    }
  }

  function payment(id: string): Payment {
    const p = byId.get(id);
    if (!p) throw new HttpError(404, 'Payment not found');
    return p;
  }

  const OUTCOMES: Record<string, Outcome> = {
    pay: 'successful',
    decline: 'failed',
    close: 'abandoned',
    cancel: 'cancelled',
  };

  const routes: Route[] = [
    {
      method: 'POST',
      pattern: /^\/v2\/payments\/initiate$/,
      endpoint: 'POST /v2/payments/initiate',
      auth: true,
      data: false,
      handle: async (req: RouteRequest): Promise<Reply> => {
        const r = initiateSchema.safeParse(await req.body());
        if (!r.success) {
          const i = r.error.issues[0]!;
          throw new HttpError(400, `${i.path.join('.') || 'body'}: ${i.message}`);
        }
        const b = r.data;
        if (byRef.has(b.reference)) throw new HttpError(400, `reference "${b.reference}" has already been used`);
        const t = now();
        const id = hexId(deps.seed, 'directpay', b.reference).slice(0, 12).toUpperCase();
        const p: Payment = {
          id,
          txnId: `txd_${hexId(deps.seed, 'txd', b.reference).slice(0, 20)}`,
          amount: b.amount,
          paidAmount: null,
          fee: 0,
          feeBearer: settings.feeBearer,
          currency: 'NGN',
          description: b.description,
          reference: b.reference,
          redirectUrl: b.redirect_url ?? null,
          customer: {
            id: hexId(deps.seed, 'customer', b.customer.email),
            name: b.customer.name,
            email: b.customer.email,
          },
          meta: b.meta ?? {},
          status: 'pending',
          createdAt: t,
          updatedAt: t,
          settledAt: null,
        };
        byId.set(id, p);
        byRef.set(b.reference, p);
        return {
          status: 200,
          body: envelope(t, 'Payment Initiated Successfully', {
            id,
            mono_url: `${deps.baseUrl()}/directpay/${id}`,
            type: 'onetime-debit',
            method: b.method ?? 'account',
            amount: b.amount,
            description: b.description,
            reference: b.reference,
            customer: p.customer.id,
            redirect_url: p.redirectUrl,
            created_at: new Date(t).toISOString(),
            updated_at: new Date(t).toISOString(),
            meta: p.meta,
            liveMode: false,
          }),
        };
      },
    },
    {
      method: 'GET',
      pattern: /^\/v2\/payments\/verify\/([A-Za-z0-9_-]+)$/,
      endpoint: 'GET /v2/payments/verify/:reference',
      auth: true,
      data: false,
      handle: (req) => {
        const p = byRef.get(req.params[0]!);
        if (!p) throw new HttpError(404, 'Payment not found');
        return { status: 200, body: envelope(now(), 'Payment retrieved successfully', verifyBody(p)) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/directpay\/([A-Z0-9]{12})$/,
      endpoint: 'GET /directpay/:id',
      auth: false,
      data: false,
      handle: (req) => {
        const p = payment(req.params[0]!);
        const naira = new Decimal(p.amount).div(100).toFixed(2);
        const buttons = Object.keys(OUTCOMES)
          .map((k) => `<button name="action" value="${k}">${k}</button>`)
          .join(' ');
        return {
          status: 200,
          html: page(
            'Mono DirectPay (sandbox)',
            `<h1>Pay NGN ${esc(naira)}</h1><p>${esc(p.description)}</p><p>Status: ${p.status}</p>` +
              (p.status === 'pending' ? `<form method="post">${buttons}</form>` : ''),
          ),
          body: null,
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/directpay\/([A-Z0-9]{12})$/,
      endpoint: 'POST /directpay/:id',
      auth: false,
      data: false,
      handle: async (req) => {
        const p = payment(req.params[0]!);
        const action = (await req.form()).get('action') ?? '';
        const outcome = OUTCOMES[action];
        if (!outcome) throw new HttpError(400, `action must be one of ${Object.keys(OUTCOMES).join(', ')}`);
        complete(p, outcome);
        if (p.redirectUrl) {
          const u = new URL(p.redirectUrl);
          u.searchParams.set('reference', p.reference);
          u.searchParams.set('status', outcome === 'successful' ? 'successful' : 'failed');
          if (outcome !== 'successful')
            u.searchParams.set('reason', outcome === 'abandoned' ? 'widget_closed' : outcome);
          return { status: 302, headers: { location: u.toString() }, html: '', body: null };
        }
        return { status: 200, html: page('Mono DirectPay (sandbox)', `<p>Payment ${outcome}.</p>`), body: null };
      },
    },
    {
      method: 'PUT',
      pattern: /^\/__sandbox\/directpay$/,
      endpoint: 'PUT /__sandbox/directpay',
      auth: true,
      data: false,
      handle: async (req) => {
        const r = settingsSchema.safeParse(await req.body());
        if (!r.success)
          throw new HttpError(
            400,
            `Invalid ${r.error.issues[0]!.path.join('.') || 'body'}: ${r.error.issues[0]!.message}`,
          );
        if (r.data.settlementAccount && !deps.bank.linked(r.data.settlementAccount))
          throw new HttpError(404, `no linked account ${r.data.settlementAccount}`);
        Object.assign(settings, r.data);
        return { status: 200, body: { ...settings } };
      },
    },
    {
      method: 'GET',
      pattern: /^\/__sandbox\/directpay\/payments$/,
      endpoint: 'GET /__sandbox/directpay/payments',
      auth: true,
      data: false,
      handle: () => ({
        status: 200,
        body: [...byId.values()].map((p) => ({ ...verifyBody(p), payment_id: p.id, settled_at: p.settledAt })),
      }),
    },
  ];
  return { routes, settings, payments: () => [...byId.values()] };
}
