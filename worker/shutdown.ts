/** Resolves on the first SIGINT or SIGTERM (Ctrl-C, a supervisor's stop). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (s: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(s);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** The exit code of a process stopped by a signal, as shells report it (Ctrl-C → 130, SIGTERM → 143). */
export const signalExitCode = (s: NodeJS.Signals): number => (s === 'SIGINT' ? 130 : s === 'SIGTERM' ? 143 : 1);

export interface ShutdownWatch {
  /** Resolves with the first signal; never rejects. */
  requested: Promise<NodeJS.Signals>;
  /** The first signal once it came, else null. */
  signal(): NodeJS.Signals | null;
  /**
   * The command is stopping for a reason of its own (a full disk, `--once` done): a Temporal client call still retrying
   * as its connection closes is then expected too, as after a signal. Kept until the process ends.
   */
  stopping(): void;
  /** Stops listening for signals (the command finished); the guard `stopping` set stays until the process ends. */
  dispose(): void;
}

/**
 * Graceful shutdown at any moment of a long command: the first SIGINT/SIGTERM resolves `requested` (the command then
 * stops its processes in order); a second one exits at once with the signal's code, for when a step hangs. Listening
 * from the very start matters: the Temporal SDK also reacts to these signals by stopping the worker, and a command
 * that does not notice would keep waiting for feeds nobody runs.
 */
export function watchShutdown(
  opts: { say?: (line: string) => void; forceExit?: (code: number) => void } = {},
): ShutdownWatch {
  const say = opts.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const forceExit = opts.forceExit ?? ((code: number) => process.exit(code));
  let first: NodeJS.Signals | null = null;
  let resolveRequested!: (s: NodeJS.Signals) => void;
  const requested = new Promise<NodeJS.Signals>((r) => (resolveRequested = r));
  let guarded = false;
  // set by stopping(): the guard then outlives dispose, as the process is about to end
  let kept = false;
  const guard = () => {
    if (guarded) return;
    guarded = true;
    process.on('uncaughtException', duringShutdown);
  };
  const on = (s: NodeJS.Signals) => {
    if (first === null) {
      first = s;
      say('stopping: worker, webhook receiver and servers, in order (Ctrl-C again to force)…');
      guard();
      resolveRequested(s);
      return;
    }
    say('forced stop: the next start resumes where the feeds left off');
    forceExit(signalExitCode(first));
  };
  // A Temporal client call already retrying when its connection closes throws from a timer: once we are stopping on
  // purpose that is expected, not a crash. Anything else still ends the process as Node would (exit 1).
  const duringShutdown = (err: Error) => {
    if (/Channel has been shut down/.test(err?.message ?? '')) return;
    process.stderr.write(`${err?.stack ?? String(err)}\n`);
    forceExit(1);
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return {
    requested,
    signal: () => first,
    stopping() {
      kept = true;
      guard();
    },
    dispose() {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      if (guarded && !kept) {
        process.off('uncaughtException', duringShutdown);
        guarded = false;
      }
    },
  };
}
