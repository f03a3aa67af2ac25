/** What the sandbox saw: requests, data calls per account, rate-limit breaches (webhook numbers come from the emitter). */
import type { SandboxCounters } from './types.js';

export class Counters {
  requests = 0;
  byEndpoint: Record<string, number> = {};
  dataCallsByAccount: Record<string, number> = {};
  dataCallsWhileReauthRequired = 0;
  /** Data calls after the sandbox told the client (answer or webhook) that re-authorisation is required. */
  dataCallsAfterReauthAnswered = 0;
  breaches: SandboxCounters['breaches'] = [];

  request(endpoint: string): void {
    this.requests++;
    this.byEndpoint[endpoint] = (this.byEndpoint[endpoint] ?? 0) + 1;
  }
  dataCall(accountId: string, reauthRequired: boolean, told = false): void {
    this.dataCallsByAccount[accountId] = (this.dataCallsByAccount[accountId] ?? 0) + 1;
    if (reauthRequired) this.dataCallsWhileReauthRequired++;
    if (reauthRequired && told) this.dataCallsAfterReauthAnswered++;
  }
  breach(accountId: string, kind: 'realtime_window' | 'legacy_sync_window', at: number): void {
    this.breaches.push({ accountId, kind, at: new Date(at).toISOString() });
  }
  reset(): void {
    this.requests = 0;
    this.byEndpoint = {};
    this.dataCallsByAccount = {};
    this.dataCallsWhileReauthRequired = 0;
    this.dataCallsAfterReauthAnswered = 0;
    this.breaches = [];
  }
}
