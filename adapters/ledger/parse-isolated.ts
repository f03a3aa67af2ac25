import { Worker } from 'node:worker_threads';
import { LedgerFileError } from './ledger-file-error.js';
import {
  iterKey,
  openKey,
  type FromParser,
  type SerializedError,
  type SourceMeta,
  type ToParser,
} from './parse-protocol.js';
import type { RawRow, TableSource } from './table-source.js';
import type { TabularReadOptions } from './tabular-options.js';

/**
 * Limits on parsing one file. A hostile workbook can make a parser loop or allocate without end; parsing runs in a
 * worker thread so that either is stopped here and reported against the file, while the process (and its Temporal
 * worker) keeps answering.
 */
export interface ParseLimits {
  /** Longest one step may take: opening the file (which parses a whole workbook) or producing the next batch of rows. */
  timeMs: number;
  /** Heap the parser thread may use, in MB (V8's old generation; the thread is stopped when it needs more). */
  memoryMb: number;
}

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** A 50 MB workbook (the size limit) parses in well under a minute and a gigabyte on ordinary hardware. */
export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  timeMs: envNumber('BANKFEED_PARSE_TIME_LIMIT_MS', 60_000),
  memoryMb: envNumber('BANKFEED_PARSE_MEMORY_MB', 1024),
};

const BOOT_TIMEOUT_MS = 60_000;
/** Idle parser threads kept warm (loading the TypeScript loader and SheetJS takes about a second) and for how long. */
const MAX_IDLE_THREADS = 2;
const IDLE_THREAD_MS = 15_000;
const ENTRY = new URL('./parse-worker-entry.mjs', import.meta.url);

function revive(e: SerializedError): Error {
  if (e.kind === 'ledger') {
    return new LedgerFileError({ file: e.file, sheet: e.sheet, row: e.row, column: e.column }, e.expected, {
      code: e.code ?? undefined,
    });
  }
  // Anything else is a defect in our code or a library, not the file's fault: it keeps its name so it stands out.
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

interface Waiter {
  resolve(m: FromParser): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/** One worker thread running the parser, with the replies it owes. */
class ParserThread {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  /** The session (file) the thread holds, and its path for error messages. */
  session: number | null = null;
  path = '';
  dead: Error | null = null;
  idleTimer: NodeJS.Timeout | null = null;
  private readonly waiting = new Map<string, Waiter>();

  constructor(
    private readonly limits: ParseLimits,
    private readonly onDead: (t: ParserThread) => void,
  ) {
    this.worker = new Worker(ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill(new Error(`parser thread did not start within ${BOOT_TIMEOUT_MS} ms`));
      }, BOOT_TIMEOUT_MS);
      this.waiting.set('ready', {
        resolve: () => resolve(),
        reject,
        timer,
      });
    });
    this.ready.catch(() => {});
    // A thread never keeps the process alive by itself: whoever waits on it holds a (referenced) deadline timer.
    this.worker.unref();
    this.worker.on('message', (m: FromParser) => this.receive(m));
    this.worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.kill(
          new LedgerFileError(
            { file: this.path },
            `a file that parses within ${this.limits.memoryMb} MB of memory; the parser needed more and was stopped (a hostile or oversized file; raise BANKFEED_PARSE_MEMORY_MB for a genuine one)`,
            { cause: err },
          ),
        );
      } else this.kill(err);
    });
    this.worker.on('exit', (code) => this.kill(new Error(`parser thread exited (code ${code})`)));
  }

  private receive(m: FromParser): void {
    const key =
      m.t === 'ready' ? 'ready' : m.t === 'opened' ? openKey(m.session) : m.t === 'rows' ? iterKey(m.it) : m.key;
    const w = this.waiting.get(key);
    if (!w) return;
    this.waiting.delete(key);
    clearTimeout(w.timer);
    if (m.t === 'failed') w.reject(revive(m.error));
    else w.resolve(m);
  }

  /** Sends a request and waits for its reply within the time limit; past it the thread is stopped. */
  request(key: string, msg: ToParser): Promise<FromParser> {
    if (this.dead) return Promise.reject(this.dead);
    const p = new Promise<FromParser>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill(
          new LedgerFileError(
            { file: this.path },
            `a file that parses within ${this.limits.timeMs / 1000} s per step; the parser was still working and was stopped (a hostile or oversized file; raise BANKFEED_PARSE_TIME_LIMIT_MS for a genuine one)`,
          ),
        );
      }, this.limits.timeMs);
      this.waiting.set(key, { resolve, reject, timer });
    });
    this.worker.postMessage(msg);
    return p;
  }

  /** Forgets a reply nobody will read (an iteration stopped early). */
  forget(key: string): void {
    const w = this.waiting.get(key);
    if (w) clearTimeout(w.timer);
    this.waiting.delete(key);
  }

  post(msg: ToParser): void {
    if (!this.dead) this.worker.postMessage(msg);
  }

  kill(reason: Error): void {
    if (this.dead) return;
    this.dead = reason;
    for (const w of this.waiting.values()) {
      clearTimeout(w.timer);
      w.reject(reason);
    }
    this.waiting.clear();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    void this.worker.terminate();
    this.onDead(this);
  }
}

/** Warm parser threads shared by every file read in this process; a thread serves one file at a time. */
class ParserPool {
  private readonly idle: ParserThread[] = [];

  async acquire(limits: ParseLimits, preferSession: number): Promise<ParserThread> {
    let i = this.idle.findIndex((t) => t.session === preferSession && sameLimits(t, limits));
    if (i < 0) i = this.idle.findIndex((t) => sameLimits(t, limits));
    let t: ParserThread;
    if (i >= 0) {
      t = this.idle.splice(i, 1)[0]!;
      if (t.idleTimer) clearTimeout(t.idleTimer);
      t.idleTimer = null;
    } else {
      t = new ParserThread(limits, (dead) => this.drop(dead));
      limitsOf.set(t, limits);
    }
    await t.ready;
    return t;
  }

  release(t: ParserThread): void {
    if (t.dead) return;
    if (this.idle.length >= MAX_IDLE_THREADS) {
      t.kill(new Error('parser thread retired'));
      return;
    }
    // An idle thread is retired after a while.
    t.idleTimer = setTimeout(() => t.kill(new Error('parser thread retired')), IDLE_THREAD_MS);
    t.idleTimer.unref();
    this.idle.push(t);
  }

  private drop(t: ParserThread): void {
    const i = this.idle.indexOf(t);
    if (i >= 0) this.idle.splice(i, 1);
  }
}

const limitsOf = new WeakMap<ParserThread, ParseLimits>();
function sameLimits(t: ParserThread, l: ParseLimits): boolean {
  const mine = limitsOf.get(t);
  return mine !== undefined && mine.timeMs === l.timeMs && mine.memoryMb === l.memoryMb;
}

const pool = new ParserPool();
let nextSession = 0;
let nextIteration = 0;

/** One file opened in a parser thread; its tables' rows are fetched from that thread batch by batch. */
class IsolatedFile {
  readonly session = ++nextSession;
  private thread: ParserThread | null = null;
  private active = 0;
  metas: SourceMeta[] = [];

  constructor(
    readonly path: string,
    private readonly opts: TabularReadOptions,
    private readonly limits: ParseLimits,
  ) {}

  /** A thread holding this file: the one that opened it if it is still free, else another that opens it again. */
  private async hold(): Promise<ParserThread> {
    if (this.thread && !this.thread.dead) return this.thread;
    const t = await pool.acquire(this.limits, this.session);
    this.active++;
    this.thread = t;
    try {
      if (t.session !== this.session) {
        t.session = this.session;
        t.path = this.path;
        const reply = await t.request(openKey(this.session), {
          t: 'open',
          session: this.session,
          path: this.path,
          opts: this.opts,
        });
        if (reply.t !== 'opened') throw new Error(`parser thread answered ${reply.t} to open`);
        if (this.metas.length > 0 && !sameFile(this.metas, reply.sources)) {
          throw new LedgerFileError({ file: this.path }, 'a file that stays unchanged while it is read; it changed');
        }
        this.metas = reply.sources;
      }
      return t;
    } catch (err) {
      t.session = null;
      throw err;
    } finally {
      this.active--;
    }
  }

  private letGo(): void {
    if (this.active > 0 || !this.thread) return;
    const t = this.thread;
    this.thread = null;
    pool.release(t);
  }

  async open(): Promise<TableSource[]> {
    try {
      await this.hold();
    } finally {
      this.letGo();
    }
    return this.metas.map((m, i) => ({ file: this.path, ...m, rows: () => this.rows(i) }));
  }

  private async *rows(source: number): AsyncIterable<RawRow> {
    this.active++;
    const it = ++nextIteration;
    let pending: Promise<FromParser> | null = null;
    let t: ParserThread | null = null;
    try {
      t = await this.hold();
      pending = t.request(iterKey(it), { t: 'iterate', session: this.session, it, source });
      for (;;) {
        const batch: FromParser = await (pending as Promise<FromParser>);
        pending = null;
        if (batch.t !== 'rows') throw new Error(`parser thread answered ${batch.t} to a pull`);
        // The next batch is parsed while this one is consumed.
        if (!batch.done) pending = t.request(iterKey(it), { t: 'pull', it });
        for (const row of batch.rows) yield row;
        if (batch.done) return;
      }
    } finally {
      if (pending && t) {
        t.forget(iterKey(it));
        pending.catch(() => {});
        t.post({ t: 'stop', it });
      }
      this.active--;
      this.letGo();
    }
  }
}

function sameFile(a: SourceMeta[], b: SourceMeta[]): boolean {
  return a.length === b.length && a.every((m, i) => m.fileHash === b[i]!.fileHash && m.sheet === b[i]!.sheet);
}

/**
 * Opens a CSV or XLSX file in a parser thread under time and memory limits. The tables behave like in-process ones
 * (rows may be iterated more than once); a file that passes a limit fails with a LedgerFileError naming it.
 */
export function openTablesIsolated(
  path: string,
  opts: TabularReadOptions,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<TableSource[]> {
  return new IsolatedFile(path, opts, limits).open();
}
