/** Why a Mono call failed, in the terms callers (Temporal activities) decide on: retry, wait, ask for reauth, stop. */
export type MonoErrorKind =
  | 'invalid_key'
  | 'not_found'
  | 'bad_request'
  | 'payment_required'
  | 'rate_limited'
  | 'unavailable'
  | 'reauth_required'
  | 'timeout'
  | 'protocol';

export interface MonoErrorInit {
  kind: MonoErrorKind;
  endpoint: string;
  status?: number;
  retryable?: boolean;
  retryAfterMs?: number;
  param?: string;
  detail?: string;
  /** A rate_limited answered by the client's Retry-After hold: no request was sent. */
  held?: boolean;
}

const RETRYABLE: Record<MonoErrorKind, boolean> = {
  invalid_key: false,
  not_found: false,
  bad_request: false,
  payment_required: false,
  rate_limited: true,
  unavailable: true,
  reauth_required: false,
  timeout: true,
  // Truncated bodies happen under load; a second read usually parses.
  protocol: true,
};

export class MonoError extends Error {
  readonly kind: MonoErrorKind;
  readonly status?: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly param?: string;
  /** Answered by the client's Retry-After hold without a request (Mono refused nothing: the call waits its turn). */
  readonly held: boolean;
  /** Method and path template, e.g. "GET /v2/accounts/{id}/transactions" (no ids, no query). */
  readonly endpoint: string;

  constructor(init: MonoErrorInit) {
    const status = init.status === undefined ? '' : ` (HTTP ${init.status})`;
    const detail = init.detail ? `: ${init.detail}` : '';
    super(`Mono ${init.endpoint}: ${init.kind}${status}${detail}`);
    this.name = 'MonoError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.retryable = init.retryable ?? RETRYABLE[init.kind];
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.param !== undefined) this.param = init.param;
    this.held = init.held ?? false;
  }

  /** Plain form for logs and Temporal failure details. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      kind: this.kind,
      status: this.status,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      param: this.param,
      endpoint: this.endpoint,
      ...(this.held ? { held: true } : {}),
    };
  }
}

export function isMonoError(e: unknown): e is MonoError {
  return e instanceof MonoError;
}

/**
 * Removes what must never reach a log or an error message: the secret key (if a server echoes it), and long digit
 * runs (10-digit NUBAN account numbers, 11-digit BVNs) that Mono messages sometimes carry. Caps the length at `max`
 * characters, with "…" where it was cut.
 */
export function sanitizeMessage(text: string, secrets: readonly string[] = [], max = 300): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
  out = out.replace(/(?:test|live)_sk_[A-Za-z0-9_-]+/g, '[redacted]');
  out = out.replace(/\d{8,}/g, (m) => `${'*'.repeat(m.length - 4)}${m.slice(-4)}`);
  out = out.replace(/\s+/g, ' ').trim();
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

/** Retry-After as delay seconds ("120") or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: Date = new Date()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined) return undefined;
  const s = v.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const at = Date.parse(s);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

// Parameters our requests send; a 400 message naming one of them tells the caller which input was refused.
const KNOWN_PARAMS = [
  'start',
  'end',
  'limit',
  'page',
  'type',
  'narration',
  'paginate',
  'period',
  'output',
  'code',
  'customer',
  'scope',
  'redirect_url',
  'institution',
  'allow_incomplete_statement',
  'ref',
  'email',
  'account',
  'name',
];

function isKnownParam(name: string): boolean {
  const lower = name.toLowerCase();
  return KNOWN_PARAMS.includes(lower) || KNOWN_PARAMS.includes(lower.split('.')[0]!);
}

/** Finds the request parameter a Mono error message complains about, if it names one. */
export function paramFromMessage(message: string): string | undefined {
  // Names in quotes or after "invalid"/"parameter" — but only ones we send: 'Invalid type "DEBIT"' is about `type`.
  const candidates: string[] = [];
  for (const m of message.matchAll(/["'`]([A-Za-z_][A-Za-z0-9_.]*)["'`]/g)) candidates.push(m[1]!);
  for (const m of message.matchAll(
    /\b(?:invalid|param(?:eter)?|field|query)\s*(?:value\s+for\s+)?[:=]?\s*([A-Za-z_][A-Za-z0-9_.]*)/gi,
  ))
    candidates.push(m[1]!);
  const named = candidates.find(isKnownParam);
  if (named) return named.toLowerCase();
  // Otherwise the known parameter mentioned first: "end date is before start date" is about `end`.
  const lower = message.toLowerCase();
  let best: { p: string; at: number } | undefined;
  for (const p of KNOWN_PARAMS) {
    const m = new RegExp(`(?:^|[^a-z_])(${p})(?:[^a-z_]|$)`).exec(lower);
    if (m && (!best || m.index < best.at)) best = { p, at: m.index };
  }
  return best?.p;
}

const REAUTH_MESSAGE = /re-?auth|reauthori[sz]|re-authori[sz]|mfa|multi-factor/i;

export interface ResponseFacts {
  status: number;
  endpoint: string;
  /** Mono's `message`, when the body had one. */
  message?: string;
  retryAfter?: string | string[];
  now?: Date;
  secrets?: readonly string[];
}

/** Classifies a refused call from its HTTP status and Mono's message (Mono has no machine-readable error codes). */
export function monoErrorFromResponse(f: ResponseFacts): MonoError {
  const message = f.message ? sanitizeMessage(f.message, f.secrets) : undefined;
  const base = { endpoint: f.endpoint, status: f.status, ...(message ? { detail: message } : {}) };
  const s = f.status;
  if (s === 401 || s === 403) return new MonoError({ ...base, kind: 'invalid_key' });
  if (s === 404) return new MonoError({ ...base, kind: 'not_found' });
  if (s === 429) {
    const retryAfterMs = parseRetryAfter(f.retryAfter, f.now);
    return new MonoError({ ...base, kind: 'rate_limited', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
  }
  if (s >= 500) {
    const retryAfterMs = parseRetryAfter(f.retryAfter, f.now);
    return new MonoError({ ...base, kind: 'unavailable', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
  }
  if (message && REAUTH_MESSAGE.test(message)) return new MonoError({ ...base, kind: 'reauth_required' });
  if (s === 402) return new MonoError({ ...base, kind: 'payment_required' });
  if (s >= 400) {
    const param = message ? paramFromMessage(message) : undefined;
    return new MonoError({ ...base, kind: 'bad_request', ...(param ? { param } : {}) });
  }
  // A 2xx/3xx with status "failed": an answer we cannot use.
  return new MonoError({ ...base, kind: 'protocol' });
}
