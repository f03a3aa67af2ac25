import { z } from 'zod';
import { MonoError, monoErrorFromResponse } from './errors.js';
import { MonoTransport, type MonoRequest } from './http.js';
import { describeIssues, envelope, idOf } from './schemas.js';
import type { MonoClientOptions } from './types.js';

/**
 * Mono DirectPay, one-time debit: `POST /v2/payments/initiate` (our reference, amount in kobo, the customer) gives a
 * hosted payment link; `GET /v2/payments/verify/{reference}` is the truth about a payment, which a
 * `direct_debit.payment_*` webhook only announces. Amounts are integer kobo; fees too.
 */
export type DirectPayStatus = 'pending' | 'successful' | 'failed' | 'abandoned' | 'cancelled' | 'unknown';

export interface InitiateDirectPayInput {
  amountMinor: number;
  reference: string;
  description: string;
  customer: { name: string; email: string; phone?: string };
  redirectUrl?: string;
  /** A Mono account id of the payer, when they linked one already. */
  account?: string;
  meta?: Record<string, string>;
}

export interface InitiatedDirectPay {
  /** Mono's payment id (the hosted page's id). */
  id: string;
  /** The hosted payment page: a link that works on its own (never log it). */
  paymentLink: string;
  reference: string;
  amountMinor: number;
  customerId: string | null;
  createdAt: string | null;
  /** The body as sent, for the record. */
  request: Record<string, unknown>;
}

export interface VerifiedDirectPay {
  /** Mono's transaction id (`txd_…`), the one its settlement narrations carry. */
  transactionId: string | null;
  reference: string;
  status: DirectPayStatus;
  amountMinor: number;
  feeMinor: number;
  /** Who bears the fee: "business" (taken off the settlement) or "customer"; null when Mono does not say. */
  feeBearer: string | null;
  currency: string | null;
  message: string | null;
}

const REFERENCE = /^[A-Za-z0-9_-]{10,64}$/;
const kobo = z.number().int().refine(Number.isSafeInteger, 'not a safe integer of kobo');

const initiateData = z.object({
  id: z.string().nullish(),
  _id: z.string().nullish(),
  mono_url: z.string().nullish(),
  payment_link: z.string().nullish(),
  reference: z.string().nullish(),
  amount: z.union([kobo, z.string().regex(/^\d+$/).transform(Number)]).nullish(),
  customer: z.union([z.string(), z.object({ id: z.string().nullish(), _id: z.string().nullish() })]).nullish(),
  created_at: z.string().nullish(),
});

const statusWord = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .transform((s): DirectPayStatus => {
    if (s === 'successful' || s === 'success' || s === 'completed' || s === 'paid') return 'successful';
    if (s === 'pending' || s === 'processing' || s === 'initiated') return 'pending';
    if (s === 'failed' || s === 'abandoned' || s === 'cancelled') return s;
    if (s === 'canceled') return 'cancelled';
    return 'unknown';
  });

/** The payment object of `verify` and of the webhooks' `data.object` (the same fields). */
export const directPayObject = z.object({
  id: z.string().nullish(),
  _id: z.string().nullish(),
  status: statusWord,
  message: z.string().nullish(),
  amount: z.union([kobo, z.string().regex(/^\d+$/).transform(Number)]),
  fee: z.union([kobo, z.string().regex(/^\d+$/).transform(Number)]).nullish(),
  fee_bearer: z.string().nullish(),
  currency: z.string().nullish(),
  reference: z.string().min(1),
});

export function toVerified(o: z.infer<typeof directPayObject>): VerifiedDirectPay {
  const txd = [o.id, o._id].find((x) => x && /^txd_/i.test(x)) ?? o.id ?? o._id ?? null;
  return {
    transactionId: txd,
    reference: o.reference,
    status: o.status,
    amountMinor: o.amount,
    feeMinor: o.fee ?? 0,
    feeBearer: o.fee_bearer ? o.fee_bearer.toLowerCase() : null,
    currency: o.currency ?? null,
    message: o.message ?? null,
  };
}

/** Reads a `direct_debit.payment_*` webhook body (`data.object`, or a bare `data`); names a bad field, never a value. */
export function parseDirectPayWebhook(body: unknown): VerifiedDirectPay {
  const b = z.object({ data: z.object({ object: z.unknown().optional() }).passthrough() }).safeParse(body);
  if (!b.success)
    throw new MonoError({
      kind: 'protocol',
      endpoint: 'webhook direct_debit',
      detail: describeIssues(b.error, 'body'),
    });
  const o = directPayObject.safeParse(b.data.data.object ?? b.data.data);
  if (!o.success)
    throw new MonoError({
      kind: 'protocol',
      endpoint: 'webhook direct_debit',
      detail: describeIssues(o.error, 'data.object'),
    });
  return toVerified(o.data);
}

export class MonoDirectPay {
  private readonly http: MonoTransport;

  constructor(options: MonoClientOptions) {
    this.http = new MonoTransport({
      baseUrl: options.baseUrl,
      secretKey: options.secretKey,
      timeoutMs: options.timeoutMs ?? 30_000,
      connections: options.connections ?? 4,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.retryAfterHold ? { retryAfterHold: options.retryAfterHold } : {}),
    });
  }

  close(): Promise<void> {
    return this.http.close();
  }

  async initiate(input: InitiateDirectPayInput): Promise<InitiatedDirectPay> {
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
      throw new RangeError('amountMinor must be a positive whole number of kobo');
    if (!REFERENCE.test(input.reference)) throw new RangeError('reference must be 10 to 64 letters, digits, - or _');
    if (!input.customer.name.trim() || !input.customer.email.trim())
      throw new RangeError('the customer needs a name and an email');
    const body: Record<string, unknown> = {
      amount: input.amountMinor,
      type: 'onetime-debit',
      method: 'account',
      description: input.description,
      reference: input.reference,
      customer: {
        name: input.customer.name,
        email: input.customer.email,
        ...(input.customer.phone ? { phone: input.customer.phone } : {}),
      },
      ...(input.redirectUrl ? { redirect_url: input.redirectUrl } : {}),
      ...(input.account ? { account: input.account } : {}),
      ...(input.meta ? { meta: input.meta } : {}),
    };
    const endpoint = 'POST /v2/payments/initiate';
    const data = await this.call({ method: 'POST', path: '/v2/payments/initiate', endpoint, body });
    const d = this.parse(initiateData, data, endpoint);
    const id = idOf(d);
    const link = d.mono_url ?? d.payment_link;
    if (!id) throw this.protocol(endpoint, 'data.id: missing');
    if (!link) throw this.protocol(endpoint, 'data.mono_url: missing');
    if (d.reference && d.reference !== input.reference)
      throw this.protocol(endpoint, 'data.reference: not the one sent');
    return {
      id,
      paymentLink: link,
      reference: input.reference,
      amountMinor: d.amount ?? input.amountMinor,
      customerId:
        d.customer === null || d.customer === undefined
          ? null
          : typeof d.customer === 'string'
            ? d.customer
            : idOf(d.customer),
      createdAt: d.created_at ?? null,
      request: body,
    };
  }

  async verify(reference: string): Promise<VerifiedDirectPay> {
    if (!REFERENCE.test(reference)) throw new RangeError('reference must be 10 to 64 letters, digits, - or _');
    const endpoint = 'GET /v2/payments/verify/{reference}';
    const data = await this.call({
      method: 'GET',
      path: `/v2/payments/verify/${encodeURIComponent(reference)}`,
      endpoint,
    });
    const v = toVerified(this.parse(directPayObject, data, endpoint));
    if (v.reference !== reference) throw this.protocol(endpoint, 'data.reference: not the one asked');
    return v;
  }

  private async call(req: MonoRequest): Promise<unknown> {
    const res = await this.http.send(req);
    const env = envelope.safeParse(res.body);
    if (!env.success) throw this.protocol(req.endpoint, describeIssues(env.error, 'body'));
    if ((env.data.status ?? '').toLowerCase() === 'failed')
      throw this.http.logged(
        monoErrorFromResponse({
          status: res.status,
          endpoint: req.endpoint,
          ...(env.data.message ? { message: env.data.message } : {}),
          secrets: this.http.secrets,
        }),
      );
    return env.data.data;
  }

  private parse<S extends z.ZodType>(schema: S, value: unknown, endpoint: string): z.infer<S> {
    const r = schema.safeParse(value);
    if (!r.success) throw this.protocol(endpoint, describeIssues(r.error, 'data'));
    return r.data;
  }

  private protocol(endpoint: string, detail: string): MonoError {
    return this.http.logged(new MonoError({ kind: 'protocol', endpoint, status: 200, detail }));
  }
}
