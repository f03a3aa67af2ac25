import { MonoError, type MonoClient } from '../adapters/mono/index.js';
import type { AccountConfirmer } from './webhook-relay.js';

/**
 * Asks Mono (GET /v2/accounts/{id}) whether an account the outbox relay has no record of exists. Not found means
 * unknown; an account that needs re-authorisation still exists; anything else (Mono down, rate limited, a bad key)
 * is thrown so the relay keeps the events and asks again later.
 */
export function monoAccountConfirmer(mono: Pick<MonoClient, 'getAccount'>): AccountConfirmer {
  return async (accountId) => {
    try {
      await mono.getAccount(accountId);
      return 'exists';
    } catch (e) {
      if (e instanceof MonoError && e.kind === 'not_found') return 'unknown';
      if (e instanceof MonoError && e.kind === 'reauth_required') return 'exists';
      throw e;
    }
  };
}
