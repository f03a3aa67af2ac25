import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type WebhookVerifyMode = 'static' | 'hmac' | 'either';

export interface VerifyMonoWebhookInput {
  rawBody: Buffer | string;
  headers: Record<string, string | string[] | undefined>;
  secret: string;
  /**
   * 'static' (Mono's documented scheme): the header equals the webhook secret. 'hmac': the header is the hex
   * HMAC-SHA512 of the raw body (described by some integrations). 'either': one of the two. Default 'static'.
   */
  mode?: WebhookVerifyMode;
}

export type WebhookVerifyFailure =
  'no_secret_configured' | 'missing_signature' | 'multiple_signatures' | 'signature_mismatch';

export type WebhookVerifyResult = { ok: true } | { ok: false; reason: WebhookVerifyFailure };

export const MONO_WEBHOOK_HEADER = 'mono-webhook-secret';

// Comparing SHA-256 digests gives equal-length buffers whatever was sent, so timingSafeEqual never throws and the
// comparison time does not depend on the length or content of the guess.
function digest(value: string | Buffer): Buffer {
  return createHash('sha256').update(value).digest();
}

function sameSecret(provided: string, expected: string): boolean {
  return timingSafeEqual(digest(provided), digest(expected));
}

function headerValues(headers: VerifyMonoWebhookInput['headers']): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() !== MONO_WEBHOOK_HEADER || v === undefined) continue;
    if (Array.isArray(v)) out.push(...v);
    else out.push(v);
  }
  return out;
}

/** Checks a Mono webhook's `mono-webhook-secret` header; never accepts a missing or empty one. */
export function verifyMonoWebhook(input: VerifyMonoWebhookInput): WebhookVerifyResult {
  const mode = input.mode ?? 'static';
  if (!input.secret) return { ok: false, reason: 'no_secret_configured' };
  const values = headerValues(input.headers);
  if (values.length > 1) return { ok: false, reason: 'multiple_signatures' };
  const provided = values[0]?.trim() ?? '';
  if (provided === '') return { ok: false, reason: 'missing_signature' };

  let ok = false;
  if (mode === 'static' || mode === 'either') ok = sameSecret(provided, input.secret) || ok;
  if (mode === 'hmac' || mode === 'either') {
    const expected = createHmac('sha512', input.secret).update(input.rawBody).digest('hex');
    const hex = provided.replace(/^sha512=/i, '').toLowerCase();
    ok = sameSecret(hex, expected) || ok;
  }
  return ok ? { ok: true } : { ok: false, reason: 'signature_mismatch' };
}
