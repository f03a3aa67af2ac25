import type { ZodError } from 'zod';

/**
 * invalid_input: the call itself is wrong (bad id, mixed currencies); not_found: an id names nothing;
 * invalid_state: the group or decision is not in a state that allows it; conflict: a line is held by another
 * active group, or a concurrent change won. None of these is worth retrying unchanged.
 */
export type ReconciliationErrorCode = 'invalid_input' | 'not_found' | 'invalid_state' | 'conflict';

export class ReconciliationError extends Error {
  constructor(
    readonly code: ReconciliationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReconciliationError';
  }
}

/** "reconcileAccount: period.from: expected YYYY-MM-DD; trigger: …" — every issue with its path. */
export function fromZodError(operation: string, err: ZodError): ReconciliationError {
  const issues = err.issues.map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`);
  return new ReconciliationError('invalid_input', `${operation}: ${issues.join('; ')}`);
}
