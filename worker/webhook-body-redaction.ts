/**
 * The copy of a webhook body kept for audit and replay, without what must never be stored: Mono's account_updated
 * carries the full account number (and sometimes a BVN). Those values are masked to their last four digits, as the
 * accounts table stores them; everything else is kept as sent.
 */
const SENSITIVE_KEY = /^(account_?number|accountnumber|bvn|nuban)$/i;

function mask(v: string | number): string {
  const digits = String(v).replace(/\D/g, '');
  return digits.length <= 4 ? '****' : `******${digits.slice(-4)}`;
}

function redact(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(redact);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    out[k] = SENSITIVE_KEY.test(k) && (typeof x === 'string' || typeof x === 'number') ? mask(x) : redact(x);
  return out;
}

/** `text` has already been parsed as a Mono webhook, so it is valid JSON. */
export function redactWebhookBody(text: string): string {
  return JSON.stringify(redact(JSON.parse(text) as unknown));
}
