/**
 * A command stopping for a reason of its own (a full disk, `--once` done) closes its Temporal connection while a client
 * call may still be retrying; the SDK's retry timer then throws "Channel has been shut down" where nobody can catch
 * it. Once the command is stopping that is expected, as after a signal, and must not print a stack trace.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { watchShutdown } from '../../worker/shutdown.js';

type Listener = NodeJS.UncaughtExceptionListener;
const added = (before: readonly Listener[]) =>
  process.listeners('uncaughtException').filter((l) => !before.includes(l)) as Array<(e: Error) => void>;

describe('the shutdown guard', () => {
  const disposers: Array<() => void> = [];
  afterEach(() => {
    for (const d of disposers.splice(0)) d();
  });

  it('is not on while the command runs', () => {
    const before = process.listeners('uncaughtException');
    const watch = watchShutdown({ say: () => undefined, forceExit: () => undefined });
    disposers.push(() => watch.dispose());
    expect(added(before)).toEqual([]);
  });

  it('once the command is stopping, takes the closed channel quietly and ends on anything else', () => {
    const before = process.listeners('uncaughtException');
    const exits: number[] = [];
    const watch = watchShutdown({ say: () => undefined, forceExit: (c) => void exits.push(c) });
    watch.stopping();
    watch.dispose();
    const [guard] = added(before);
    disposers.push(() => process.off('uncaughtException', guard!));
    expect(guard).toBeDefined();
    guard!(new Error('Channel has been shut down'));
    expect(exits).toEqual([]);
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      guard!(new Error('something else'));
    } finally {
      process.stderr.write = write;
    }
    expect(exits).toEqual([1]);
  });
});
