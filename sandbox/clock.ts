/**
 * The sandbox clock: sandbox time runs `timeScale` times faster than real time and can be pushed forward with
 * advance(). Timers are set in sandbox time and fire when the sandbox clock reaches them, whichever way it got there.
 */
export class SandboxClock {
  private readonly realStart = performance.now();
  private offset = 0;
  private timers: Array<{ at: number; seq: number; fn: () => void }> = [];
  private seq = 0;
  private handle: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly startMs: number,
    private readonly timeScale: number,
  ) {
    if (!(timeScale > 0)) throw new Error(`timeScale must be a positive number, got ${timeScale}`);
  }

  now(): number {
    return Math.floor(this.startMs + (performance.now() - this.realStart) * this.timeScale + this.offset);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`advance(ms) needs a non-negative number, got ${ms}`);
    this.offset += ms;
    this.runDue();
  }

  /** Runs fn when sandbox time reaches `at` (ms since epoch, sandbox clock). */
  at(at: number, fn: () => void): void {
    if (this.closed) return;
    this.timers.push({ at, seq: this.seq++, fn });
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.arm();
  }

  after(ms: number, fn: () => void): void {
    this.at(this.now() + ms, fn);
  }

  close(): void {
    this.closed = true;
    this.timers = [];
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
  }

  private runDue(): void {
    while (!this.closed && this.timers.length && this.timers[0]!.at <= this.now()) {
      const t = this.timers.shift()!;
      try {
        t.fn();
      } catch (err) {
        // A timer's failure must not stop the clock; the sandbox reports it and goes on.
        console.error('[sandbox] timer failed:', err);
      }
    }
    this.arm();
  }

  private arm(): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
    const next = this.timers[0];
    if (!next || this.closed) return;
    const realDelay = Math.max(0, (next.at - this.now()) / this.timeScale);
    this.handle = setTimeout(() => this.runDue(), Math.min(Math.ceil(realDelay), 2 ** 31 - 1));
    this.handle.unref();
  }
}
