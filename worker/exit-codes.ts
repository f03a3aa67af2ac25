/**
 * The one error-to-exit-code map of the CLI (README, "CLI reference"): 0 done, 1 failure (a fault to retry or report),
 * 2 bad input or usage (the message names the file, row, field, option or id), 3 configuration (environment,
 * ledger configuration, an unreachable server). Errors are recognised by their `name`, so a command file can
 * register its own error class with one call and nothing here imports it.
 */
export const EXIT = { ok: 0, failure: 1, badInput: 2, config: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how a command was called: an unknown account or group, a bad option value. Exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const byName = new Map<string, ExitCode>([
  ['UsageError', EXIT.badInput],
  ['ReconciliationInputError', EXIT.badInput],
  ['ReconcileDocumentError', EXIT.badInput],
  ['LedgerFileError', EXIT.badInput],
  ['RuleFileError', EXIT.badInput],
  ['AmountParseError', EXIT.badInput],
  ['DateParseError', EXIT.badInput],
  ['ReportFormatError', EXIT.badInput],
  ['HledgerWebError', EXIT.badInput],
  ['ReconciliationCheckpointError', EXIT.badInput],
  // not found, invalid input, a decision the group's state refuses, a conflicting decision: none worth retrying
  ['ReconciliationError', EXIT.badInput],
  ['ConfigError', EXIT.config],
  ['LedgerConfigError', EXIT.config],
]);

/** Registers an error class's exit code by its `name` (one line in the command file that defines it). */
export function registerExitCode(errorName: string, code: ExitCode): void {
  byName.set(errorName, code);
}

/** The exit code for an error: its registered code by name, otherwise 1 (a failure to retry or report). */
export function exitCodeOf(err: unknown): ExitCode {
  if (!(err instanceof Error)) return EXIT.failure;
  return byName.get(err.name) ?? EXIT.failure;
}
