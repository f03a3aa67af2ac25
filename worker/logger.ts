import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { redactForLog, redactText } from './log-redaction.js';

export interface LoggerOptions {
  dataDir?: string;
  level?: string;
  console?: boolean;
  silent?: boolean;
  /** Write JSON lines here instead of the file and console targets (tests). */
  stream?: pino.DestinationStream;
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

/** JSON logs to <data dir>/logs/bankfeed.log and readable lines on the console, secrets redacted in both. */
export function createLogger(opts: LoggerOptions = {}): Logger {
  if (opts.silent) return pino({ level: 'silent' });
  const level = opts.level ?? process.env.BANKFEED_LOG_LEVEL ?? 'info';
  if (opts.stream) return pino(redactingOptions(level), opts.stream);
  const targets: pino.TransportTargetOptions[] = [];
  if (opts.dataDir) {
    mkdirSync(join(opts.dataDir, 'logs'), { recursive: true });
    targets.push({
      target: 'pino/file',
      level,
      options: { destination: join(opts.dataDir, 'logs', 'bankfeed.log'), mkdir: true },
    });
  }
  if (opts.console !== false) {
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
  return pino(redactingOptions(level), pino.transport({ targets }));
}
