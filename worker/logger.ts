import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';

/**
 * Keys whose values never reach a log line: secrets, BVNs, account numbers, raw bodies. pino's redaction works on
 * paths, so both top-level and one-level-nested spellings are listed.
 */
const SENSITIVE = [
  'secret',
  'secretKey',
  'webhookSecret',
  'apiKey',
  'password',
  'authorization',
  'mono-sec-key',
  'mono-webhook-secret',
  'bvn',
  'accountNumber',
  'account_number',
  'body',
  'rawBody',
  'raw',
  'headers',
];
export const REDACT_PATHS = [...SENSITIVE, ...SENSITIVE.map((k) => `*.${k}`), ...SENSITIVE.map((k) => `*["${k}"]`)];

export interface LoggerOptions {
  dataDir?: string;
  level?: string;
  console?: boolean;
  silent?: boolean;
}

/** JSON logs to <data dir>/logs/bankfeed.log and readable lines on the console, secrets redacted in both. */
export function createLogger(opts: LoggerOptions = {}): Logger {
  if (opts.silent) return pino({ level: 'silent' });
  const level = opts.level ?? process.env.BANKFEED_LOG_LEVEL ?? 'info';
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
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, pino.transport({ targets }));
}
