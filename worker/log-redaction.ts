/**
 * Deep redaction for log records: whatever the nesting, secrets, BVNs, account numbers and capability URLs (links
 * that grant access by being known: re-authorisation links, signed or tokened URLs) never reach a log line.
 *
 * - A key that names a secret or a raw payload has its whole value replaced.
 * - A key that names a capability link has its whole value replaced.
 * - In any other string, runs of 9 to 19 digits (account numbers, BVNs, card numbers) keep their last four digits,
 *   and URLs lose their query string and fragment and any path segment that looks like a token.
 */

const CENSOR = '[redacted]';
const MAX_DEPTH = 10;

/** Compared with the key lower-cased and stripped of everything but letters and digits. */
const SECRET_KEYS = new Set([
  'secret',
  'secretkey',
  'webhooksecret',
  'clientsecret',
  'apikey',
  'password',
  'passphrase',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'monoseckey',
  'monowebhooksecret',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'bvn',
  'nin',
  'accountnumber',
  'nuban',
  'iban',
  'pan',
  'cardnumber',
  'body',
  'rawbody',
  'raw',
  'headers',
]);
const SECRET_SUFFIXES = ['secret', 'password', 'token', 'apikey', 'accountnumber'];
/** Keys whose value is a link that grants access to whoever holds it. */
const CAPABILITY_KEY =
  /(reauth|hosted|connect|magic|invite|reset|signed|capability|redirect).*(url|link|uri)$|^(monourl|link|links)$/;

const DIGIT_RUN = /(?<![\p{L}\p{N}])\d{9,19}(?![\p{L}\p{N}])/gu;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/gi;
/** A path segment that is an opaque token rather than a word: long, and mixing letters and digits (or base64-ish). */
const TOKEN_SEGMENT = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_\-.~]{16,}$|^[A-Za-z0-9_-]{32,}$/;

function normalise(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function isSecretKey(key: string): boolean {
  const k = normalise(key);
  return SECRET_KEYS.has(k) || SECRET_SUFFIXES.some((s) => k.endsWith(s));
}

export function isCapabilityKey(key: string): boolean {
  return CAPABILITY_KEY.test(normalise(key));
}

function maskDigits(run: string): string {
  return `******${run.slice(-4)}`;
}

function redactUrl(url: string): string {
  const cut = url.search(/[?#]/);
  const base = cut >= 0 ? url.slice(0, cut) : url;
  const schemeEnd = base.indexOf('//') + 2;
  const slash = base.indexOf('/', schemeEnd);
  if (slash < 0) return cut >= 0 ? `${base}?${CENSOR}` : base;
  const host = base.slice(0, slash);
  const path = base
    .slice(slash)
    .split('/')
    .map((seg) => (TOKEN_SEGMENT.test(seg) ? CENSOR : seg))
    .join('/');
  return `${host}${path}${cut >= 0 ? `?${CENSOR}` : ''}`;
}

/** A free-text string with account numbers, BVNs and capability URLs masked. */
export function redactText(text: string): string {
  return text.replace(URL_IN_TEXT, redactUrl).replace(DIGIT_RUN, maskDigits);
}

/** A copy of `value` safe to log, however deeply the sensitive parts are nested. */
export function redactForLog(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  seen.add(value);
  if (value instanceof Error) {
    const out: Record<string, unknown> = {
      type: value.name,
      message: redactText(value.message),
      ...(value.stack ? { stack: redactText(value.stack) } : {}),
    };
    for (const [k, v] of Object.entries(value)) out[k] = redactEntry(k, v, depth, seen);
    if (value.cause !== undefined) out.cause = redactForLog(value.cause, depth + 1, seen);
    return out;
  }
  if (value instanceof Date) return value;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return CENSOR;
  if (Array.isArray(value)) return value.map((v) => redactForLog(v, depth + 1, seen));
  if (value instanceof Map) return redactForLog(Object.fromEntries(value), depth, seen);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactEntry(k, v, depth, seen);
  return out;
}

function redactEntry(key: string, v: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (v === null || v === undefined) return v;
  if (isSecretKey(key) || isCapabilityKey(key)) return CENSOR;
  return redactForLog(v, depth + 1, seen);
}
