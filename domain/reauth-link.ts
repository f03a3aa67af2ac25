/**
 * Mono does not say how long a hosted re-authorisation link works: links are trusted this long after they were
 * issued unless BANKFEED_REAUTH_LINK_TTL_HOURS says otherwise.
 */
export const DEFAULT_REAUTH_LINK_TTL_MS = 24 * 3_600_000;
