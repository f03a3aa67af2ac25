import { createHash } from 'node:crypto';

/**
 * The reference bankfeed writes on every document it creates in a vendor's books, derived from the idempotency key,
 * so a retry after a crash (the vendor answered, we never recorded it) finds the document instead of writing it
 * again. Short keys are kept readable; long or unusual ones become a digest. `max` is the vendor field's length.
 */
export function vendorReference(idempotencyKey: string, max = 50): string {
  const plain = `bf:${idempotencyKey}`;
  if (/^[A-Za-z0-9._:-]+$/.test(idempotencyKey) && plain.length <= max) return plain;
  return `bf:${createHash('sha256').update(idempotencyKey).digest('hex')}`.slice(0, max);
}

/** One idempotency key for a request carrying several writes (the vendor replays its answer if the request repeats). */
export function batchKey(keys: string[]): string {
  return `bankfeed-${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 48)}`;
}
