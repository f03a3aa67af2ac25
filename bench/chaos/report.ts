import type { ChaosOptions } from './options.js';
import type { RunResult } from './verify.js';

/** The run's figures, one per line, in the order of issue 7. */
export function printReport(o: ChaosOptions, r: RunResult): void {
  const lines = [
    '',
    `chaos run, seed ${o.seed}: ${r.ok ? 'PASS' : 'FAIL'}  (${r.seconds} s)`,
    `  accounts: ${r.accounts.linked} linked (${r.accounts.late} mid-run), ${r.accounts.mfa} MFA, ${r.accounts.unlinked} unlinked mid-run, ${r.accounts.live} live at the end`,
    `  transactions: expected ${r.txns.expected}, stored ${r.txns.stored}, missing ${r.txns.missing}, duplicated ${r.txns.duplicated}, unexpected ${r.txns.unexpected}, repeated provider ids ${r.txns.repeatedIds}`,
    `  issue 19: ${r.feedData.staleAtLink} accounts stale at link; stored balances checked ${r.feedData.balancesChecked}, stale ${r.feedData.balancesStale}; windows stored with a running-balance break ${r.feedData.windowsWithBreaks}`,
    `  unlinked accounts: duplicated ${r.unlinked.duplicated}, unexpected ${r.unlinked.unexpected}, still pending when unlinked ${r.unlinked.pendingWhenUnlinked}, balance moved by a later back-dated posting ${r.unlinked.balanceMovedAfterUnlink}, feeds ended ${r.unlinked.ended}/${r.accounts.unlinked}`,
    `  final sync: ${r.finalSync.succeeded} succeeded, ${r.finalSync.failed.length} failed${r.finalSync.failed.length ? ` (${r.finalSync.failed.join(', ')})` : ''}; synced again by the feed itself after Mono fetched from the bank after their final sync: ${r.finalSync.syncedAgain}`,
    `  webhooks (stream): sent ${r.webhooks.requests} requests, ${r.webhooks.validEvents} events, duplicates ${r.webhooks.duplicatesSent} (${r.webhooks.duplicateShare}%), wrong secret ${r.webhooks.wrongSecretSent}, malformed ${r.webhooks.malformedSent}, bursts ${r.webhooks.bursts}`,
    `  webhooks (stream): accepted ${r.webhooks.accepted}, rejected ${r.webhooks.rejected}, refused then redelivered ${r.webhooks.refusedThenRetried} (${r.webhooks.refusedWhileTemporalDown} while Temporal was down), lost ${r.webhooks.lost}, hostile accepted ${r.webhooks.wronglyAccepted}, hostile stored ${r.webhooks.hostileStored}`,
    `  webhooks (sandbox): sent ${r.sandboxWebhooks.sent}, delivered ${r.sandboxWebhooks.delivered}, failed attempts retried ${r.sandboxWebhooks.failedAttempts}, lost ${r.sandboxWebhooks.lost}; sent while Temporal was down ${r.sandboxWebhooks.sentWhileDown}, refused then and handed off after it returned ${r.sandboxWebhooks.handedOffLater}`,
    `  outbox: ${r.outbox.pending} events left unhanded; ${r.outbox.feedsChecked} feeds: ${r.outbox.signalled} events signalled, ${r.outbox.processed} processed, lost ${r.outbox.lostInFeeds}, processed twice ${r.outbox.processedTwice}`,
    `  worker kills survived: ${r.kills} (restarts ${r.workerStarts - 1}, unplanned exits ${r.unexpectedExits}, median start ${r.medianStartMs} ms); Temporal restarts: ${o.temporalRestarts}`,
    `  limit breaches counted by the sandbox: ${r.breaches}; data calls while re-authorisation was pending: ${r.dataCallsWhileReauth} (the first call, which learns it, included; after Mono had said so: ${r.dataCallsAfterReauthAnswered})`,
    `  re-authorisations: completed at the sandbox ${r.reauth.completed}, handled by the feeds ${r.reauth.handled}, completed but not counted by the feed ${r.reauth.unhandled}`,
    `  secrets scan: ${r.secrets.files} files and ${r.secrets.histories} histories (${r.secrets.events} events) scanned for ${r.secrets.needles} values, found ${r.secrets.hits.length}${
      r.secrets.hits.length
        ? `: ${r.secrets.hits
            .slice(0, 5)
            .map((h) => `${h.label} in ${h.where}`)
            .join('; ')}`
        : ''
    }`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
