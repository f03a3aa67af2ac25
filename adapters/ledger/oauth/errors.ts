/**
 * Failures of a SaaS ledger source, by what the caller should do about them. Messages name the vendor and the
 * request (method and path) but never a token, a client secret or a query string that could carry one.
 */

/** Credentials expired, revoked or never granted: stop this source's reconciliation until someone reconnects it. */
export class LedgerAuthError extends Error {
  readonly code = 'LEDGER_AUTH';
  constructor(
    readonly vendor: string,
    message: string,
  ) {
    super(`${vendor}: ${message}`);
    this.name = 'LedgerAuthError';
  }
}

/** The vendor's rate limit cannot be waited out inside one activity (a daily limit, or a very long Retry-After). */
export class LedgerRateLimitError extends Error {
  readonly code = 'LEDGER_RATE_LIMIT';
  constructor(
    readonly vendor: string,
    message: string,
    /** When the limit lifts, if the vendor said. */
    readonly retryAt: Date | null,
  ) {
    super(`${vendor}: ${message}`);
    this.name = 'LedgerRateLimitError';
  }
}

/** The vendor is down or answering garbage; retried with backoff, then this is thrown so the activity retries later. */
export class LedgerVendorError extends Error {
  readonly code = 'LEDGER_VENDOR';
  constructor(
    readonly vendor: string,
    message: string,
    readonly status: number | null,
  ) {
    super(`${vendor}: ${message}`);
    this.name = 'LedgerVendorError';
  }
}

/**
 * The vendor refused one request on its merits (closed period, locked invoice, currency mismatch, validation). Not
 * retried: `vendorMessage` is the vendor's own wording, to be recorded on the match.
 */
export class LedgerRejectedError extends Error {
  readonly code = 'LEDGER_REJECTED';
  constructor(
    readonly vendor: string,
    readonly request: string,
    readonly status: number,
    readonly vendorMessage: string,
  ) {
    super(`${vendor} rejected ${request} (HTTP ${status}): ${vendorMessage}`);
    this.name = 'LedgerRejectedError';
  }
}

/** A failed HTTP exchange as each client sees it, before the retry policy decides what it means. */
export class VendorHttpError extends Error {
  constructor(
    readonly request: string,
    readonly status: number,
    readonly headers: Record<string, string>,
    readonly vendorMessage: string,
  ) {
    super(`${request}: HTTP ${status}${vendorMessage ? `: ${vendorMessage}` : ''}`);
    this.name = 'VendorHttpError';
  }
}

/**
 * One write refused. `reason` marks a refusal bankfeed made itself, before asking the vendor, from the source's
 * configuration (an account it does not map): that can change, so the write is offered again on later runs. Without
 * it the vendor refused on the merits, and the write is never sent again.
 */
export interface WriteRefusal {
  idempotencyKey: string;
  vendorMessage: string;
  reason?: 'unmapped-account';
}

/**
 * Some writes of a batch were refused by the vendor. The others are in `written` (record them); each refusal carries
 * the vendor's own message, to record on the match while our decision stands.
 */
export class LedgerPartialWriteError extends Error {
  readonly code = 'LEDGER_PARTIAL_WRITE';
  constructor(
    readonly vendor: string,
    readonly written: Array<{ idempotencyKey: string; externalId: string; created: boolean }>,
    readonly rejected: WriteRefusal[],
  ) {
    super(
      `${vendor} refused ${rejected.length} of ${written.length + rejected.length} write(s): ${rejected
        .slice(0, 3)
        .map((r) => `${r.idempotencyKey}: ${r.vendorMessage}`)
        .join('; ')}`,
    );
    this.name = 'LedgerPartialWriteError';
  }
}
