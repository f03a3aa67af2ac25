import type { Logger } from 'pino';
import { issueReauthLink, type LiveReauthLink, type ReauthIssuer } from '../../activities/reauth-link-issuer.js';
import { listAccounts } from '../../db/account-repository.js';
import type { AccountRow } from '../../db/schema.js';
import { DEFAULT_REAUTH_LINK_TTL_MS } from '../../domain/reauth-link.js';

type LinkFields = Pick<AccountRow, 'state' | 'reauth_url' | 'reauth_required_at'> & {
  reauth_expires_at?: string | null;
};

/**
 * When an account's re-authorisation link stops working. The recorded expiry counts only when it was written for the
 * current link (after the link's issue time): the feed may record a new link without one, and then the link works
 * for the configured time from its issue.
 */
export function reauthLinkExpiry(a: LinkFields, ttlMs: number = DEFAULT_REAUTH_LINK_TTL_MS): Date | null {
  if (!a.reauth_url || !a.reauth_required_at) return null;
  const issued = Date.parse(a.reauth_required_at);
  if (Number.isNaN(issued)) return null;
  const byTtl = issued + ttlMs;
  const recorded = a.reauth_expires_at ? Date.parse(a.reauth_expires_at) : NaN;
  return new Date(!Number.isNaN(recorded) && recorded > issued ? Math.min(recorded, byTtl) : byTtl);
}

/** The link a person can still open, or null: not waiting for re-authorisation, no link, or the link expired. */
export function liveReauthLink(
  a: LinkFields,
  now: Date = new Date(),
  ttlMs: number = DEFAULT_REAUTH_LINK_TTL_MS,
): LiveReauthLink | null {
  if (a.state !== 'REAUTH_REQUIRED') return null;
  const expiry = reauthLinkExpiry(a, ttlMs);
  if (!expiry || expiry.getTime() <= now.getTime()) return null;
  return { url: a.reauth_url!, issuedAt: a.reauth_required_at!, expiresAt: expiry.toISOString() };
}

/**
 * On (re)start: every feed waiting for re-authorisation whose link is missing or expired gets a fresh one, so no
 * summary or command hands a person a dead link. `stale` marks links dead for another reason (the demo's sandbox
 * that issued them is gone). One account's failure is logged and does not stop the others; the next start retries.
 */
export async function reissueExpiredReauthLinks(
  deps: ReauthIssuer & { logger: Logger; stale?: (a: AccountRow) => boolean },
): Promise<Array<{ accountId: string; name: string } & LiveReauthLink>> {
  const now = (deps.now ?? (() => new Date()))();
  const issued: Array<{ accountId: string; name: string } & LiveReauthLink> = [];
  for (const a of await listAccounts(deps.db)) {
    if (a.state !== 'REAUTH_REQUIRED') continue;
    if (!deps.stale?.(a) && liveReauthLink(a, now, deps.ttlMs)) continue;
    try {
      issued.push({ accountId: a.id, name: a.name, ...(await issueReauthLink(deps, a.id)) });
    } catch (e) {
      deps.logger.error(
        { accountId: a.id, err: e instanceof Error ? e.message : String(e) },
        `could not issue a new re-authorisation link for "${a.name}"; \`bankfeed reauth ${a.id} --new\` tries again`,
      );
    }
  }
  for (const l of issued)
    deps.logger.info({ accountId: l.accountId, expiresAt: l.expiresAt }, 're-authorisation link issued again');
  return issued;
}
