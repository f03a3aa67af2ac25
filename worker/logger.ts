import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { redactForLog, redactText } from './log-redaction.js';
import { ConfigError } from './settings.js';
import { StorageWriteError, storageWriteErrorOf } from './storage-errors.js';

export interface LoggerOptions {
  dataDir?: string;
  level?: string;
  console?: boolean;
  /** Every record on the console too, pretty-printed with its details and stack traces (`--verbose`). */
  verbose?: boolean;
  silent?: boolean;
  /** Write JSON lines here instead of the file and console targets (tests). */
  stream?: pino.DestinationStream;
  /** Where the quiet console writes its lines (default stderr; tests). */
  consoleOut?: (line: string) => void;
  /**
   * Called once when the log file cannot be written (a full disk): the long-running commands stop on it. Without it
   * the console is told once and the process goes on without its log.
   */
  onWriteError?: (err: StorageWriteError) => void;
}

/**
 * Every record passes through one deep redaction (worker/log-redaction.ts), its message included: pino's own path
 * redaction reaches only the nesting levels listed, and a secret one level deeper than foreseen would be logged.
 */
function redactingOptions(level: string): pino.LoggerOptions {
  return {
    level,
    formatters: {
      log: (obj) => redactForLog(obj) as Record<string, unknown>,
      bindings: (b) => redactForLog(b) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const redacted = args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>;
        method.apply(this, redacted);
      },
    },
  };
}

/**
 * Records that matter to a person, from modules that log them without a `notice` (the webhook receiver): one console
 * line each, made from the record.
 */
const NOTICE_RULES: Array<{ when: (r: LogRecord) => boolean; line: (r: LogRecord) => string }> = [
  {
    when: (r) => typeof r.msg === 'string' && /^webhook (rejected|refused)/.test(r.msg),
    line: (r) => `${r.msg}${r.reason ? ` (${String(r.reason)})` : ''}`,
  },
];

interface LogRecord {
  level: number;
  time?: number;
  msg?: string;
  notice?: string;
  err?: unknown;
  [k: string]: unknown;
}

const hhmmss = (t: number | undefined) => new Date(t ?? Date.now()).toTimeString().slice(0, 8);

/** The first line of an error's message, never its stack. */
function errorText(err: unknown): string | null {
  if (err === null || err === undefined) return null;
  const m = typeof err === 'object' && 'message' in err ? String((err as { message: unknown }).message) : String(err);
  return m.split('\n')[0]!.trim() || null;
}

/**
 * What the quiet console prints for one record, or null: a record carrying `notice` (a line written for a person),
 * a record a NOTICE_RULE recognises, and any error, each as one line with no stack trace. Everything else (SDK
 * internals, debug detail, expected warnings) goes to the JSON log file only.
 */
export function consoleLineFor(r: LogRecord): string | null {
  const at = hhmmss(r.time);
  if (typeof r.notice === 'string' && r.notice) return `${at} ${r.notice.split('\n')[0]}`;
  const rule = NOTICE_RULES.find((x) => x.when(r));
  if (rule) return `${at} ${rule.line(r)}`;
  if (r.level >= 50) {
    const e = errorText(r.err);
    // the account it is about, when it is about one: the line a person acts on says which
    const of =
      typeof r.accountId === 'string' && !(r.msg ?? '').includes(r.accountId) ? ` (account ${r.accountId})` : '';
    return `${at} error: ${r.msg ?? 'failed'}${of}${e && e !== r.msg ? `: ${e}` : ''}`;
  }
  return null;
}

/** A pino destination that turns JSON records into the quiet console's lines. */
function quietConsole(write: (line: string) => void): pino.DestinationStream {
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      for (const text of String(chunk).split('\n')) {
        if (!text) continue;
        try {
          const line = consoleLineFor(JSON.parse(text) as LogRecord);
          if (line) write(`${line}\n`);
        } catch {
          // Not a record of ours: nothing for a person.
        }
      }
      done();
    },
  });
}

const stderrLine = (line: string) => process.stderr.write(line);

/**
 * The log's folder, made if missing. A data directory where it cannot be a folder (a file named `logs` in the way, no
 * permission) is a configuration error naming the path (exit 3), not a raw EEXIST; a full disk stays a storage failure.
 */
function makeLogFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file is in the way (it must be a folder)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'no permission to make or write it'
          : null;
    if (!why) throw storageWriteErrorOf(e, dir) ?? e;
    throw new ConfigError(
      `BANKFEED_DATA_DIR: the log folder ${dir} cannot be used: ${why} (${String(code)}); move that out of the way or set BANKFEED_DATA_DIR to another folder`,
    );
  }
}

/**
 * JSON logs to <data dir>/logs/bankfeed.log with every detail; on the console, one line per event that matters
 * (see consoleLineFor), or every record pretty-printed with `verbose`. Secrets are redacted in both.
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  if (opts.silent) return pino({ level: 'silent' });
  const level = opts.level ?? process.env.BANKFEED_LOG_LEVEL ?? 'info';
  if (opts.stream) return pino(redactingOptions(level), opts.stream);
  const targets: pino.TransportTargetOptions[] = [];
  if (opts.dataDir) {
    makeLogFolder(join(opts.dataDir, 'logs'));
    targets.push({
      target: 'pino/file',
      level,
      options: { destination: join(opts.dataDir, 'logs', 'bankfeed.log'), mkdir: true },
    });
  }
  const verbose = opts.verbose ?? process.env.BANKFEED_VERBOSE === '1';
  if (opts.console !== false && verbose) {
    targets.push({
      target: 'pino-pretty',
      level,
      options: {
        destination: 2,
        colorize: process.stderr.isTTY,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname',
      },
    });
  }
  const streams: pino.StreamEntry[] = [];
  if (targets.length) {
    const transport = pino.transport({ targets });
    // The file target runs in a worker thread that reports a failed write (ENOSPC) as an 'error' event here; with no
    // listener that event ended the process with a stack trace and no path (walk-ops-s37b). The stream is dead
    // after it: later records are dropped, and only the first failure is reported.
    const logPath = opts.dataDir ? join(opts.dataDir, 'logs', 'bankfeed.log') : 'the console';
    let reported = false;
    transport.on('error', (e: unknown) => {
      if (reported) return;
      reported = true;
      const err = storageWriteErrorOf(e, logPath);
      const say = opts.onWriteError ?? ((x: Error) => process.stderr.write(`bankfeed: ${x.message}\n`));
      say(err ?? new StorageWriteError(logPath, 'write failed', e instanceof Error ? e.message : String(e)));
    });
    streams.push({ level: level as pino.Level, stream: transport });
  }
  if (opts.console !== false && !verbose)
    streams.push({ level: level as pino.Level, stream: quietConsole(opts.consoleOut ?? stderrLine) });
  if (!streams.length) return pino({ level: 'silent' });
  return pino(redactingOptions(level), pino.multistream(streams));
}

/**
 * A line for the person at the console that must not pass through the log: it carries a link that grants access
 * (a re-authorisation link), which the log redacts. The JSON log gets the event without the link. When the console
 * is not a terminal (an unattended `worker` whose stderr goes to the system journal or a container log) the link is
 * left out there too, unless BANKFEED_CONSOLE_LINKS=1 says that stream is private; `bankfeed reauth` shows it.
 */
export function sayToPerson(logger: Logger, line: string, fields: Record<string, unknown> = {}): void {
  const link = /\bhttps?:\/\/\S+/g;
  logger.warn({ ...fields, person: true }, line.replace(link, '[link on the console]'));
  if (logger.level === 'silent') return;
  const shown = linksShownOn(process.stderr)
    ? line
    : line.replace(link, '(link not shown on a non-terminal console: `bankfeed reauth` shows it)');
  stderrLine(`${hhmmss(undefined)} ${shown}\n`);
}

/**
 * Whether a console stream may carry a link that grants access: a terminal, or a stream BANKFEED_CONSOLE_LINKS=1
 * says is private. Anything else may be a system journal or a container log.
 */
export function linksShownOn(stream: { isTTY?: boolean }): boolean {
  return stream.isTTY === true || process.env.BANKFEED_CONSOLE_LINKS === '1';
}
