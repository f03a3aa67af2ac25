import type { Kysely } from 'kysely';
import type { MonoClient } from '../adapters/mono/index.js';
import { updateAccount } from '../db/account-repository.js';
import type { Database } from '../db/schema.js';
import { DEFAULT_REAUTH_LINK_TTL_MS } from '../domain/reauth-link.js';

/** A re-authorisation link a person can open, with when it was issued and when it stops being trusted. */
export interface LiveReauthLink {
  url: string;
  issuedAt: string;
  expiresAt: string;
}

export interface ReauthIssuer {
  db: Kysely<Database>;
  mono: Pick<MonoClient, 'initiateReauth'>;
  redirectUrl?: string;
  ttlMs?: number;
  now?: () => Date;
}

/**
 * Asks Mono for a fresh re-authorisation link for one account (`/v2/accounts/initiate`, scope reauth) and records
 * it with its expiry; the feed (markRequired) also records that the account waits for it. The link is a capability
 * URL: it goes to the store and to the caller, never to a log.
 */
export async function issueReauthLink(
  deps: ReauthIssuer,
  accountId: string,
  opts: { markRequired?: boolean } = {},
): Promise<LiveReauthLink> {
  const now = (deps.now ?? (() => new Date()))();
  const link = await deps.mono.initiateReauth(accountId, {
    ref: `reauth-${accountId}-${now.getTime()}`,
    ...(deps.redirectUrl ? { redirectUrl: deps.redirectUrl } : {}),
  });
  const issuedAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + (deps.ttlMs ?? DEFAULT_REAUTH_LINK_TTL_MS)).toISOString();
  await updateAccount(deps.db, accountId, {
    ...(opts.markRequired ? { state: 'REAUTH_REQUIRED' } : {}),
    reauth_url: link.monoUrl,
    reauth_required_at: issuedAt,
    reauth_expires_at: expiresAt,
    updated_at: issuedAt,
  });
  return { url: link.monoUrl, issuedAt, expiresAt };
}
