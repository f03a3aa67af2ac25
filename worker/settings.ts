import { z } from 'zod';
import { dataDir, databaseUrl } from './config.js';

/** Every environment variable bankfeed reads, validated in one place; errors name the variable. */
const envSchema = z.object({
  BANKFEED_DATA_DIR: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  MONO_BASE_URL: z.string().url('MONO_BASE_URL must be a URL such as https://api.withmono.com').optional(),
  MONO_SECRET_KEY: z
    .string()
    .regex(/^(test|live)_sk_[A-Za-z0-9_-]+$/, 'MONO_SECRET_KEY must look like test_sk_… or live_sk_…')
    .optional(),
  MONO_WEBHOOK_SECRET: z.string().min(8, 'MONO_WEBHOOK_SECRET must be at least 8 characters').optional(),
  MONO_WEBHOOK_VERIFY: z.enum(['static', 'hmac', 'either']).default('static'),
  BANKFEED_WEBHOOK_HOST: z.string().default('127.0.0.1'),
  BANKFEED_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  BANKFEED_REAUTH_REDIRECT_URL: z.string().url().optional(),
  BANKFEED_POLL_INTERVAL_MINUTES: z.coerce.number().positive().optional(),
  BANKFEED_HISTORY_DAYS: z.coerce.number().int().positive().optional(),
  BANKFEED_OVERLAP_DAYS: z.coerce.number().int().min(0).optional(),
  BANKFEED_REFRESH_MODE: z.enum(['realtime', 'legacy', 'none']).optional(),
  BANKFEED_LEDGER_CONFIG: z.string().optional(),
  BANKFEED_NIGHTLY_CRON: z.string().default('0 2 * * *'),
  BANKFEED_NIGHTLY_TIMEZONE: z.string().default('Africa/Lagos'),
  BANKFEED_WEB_HOST: z.string().default('127.0.0.1'),
  BANKFEED_WEB_PORT: z.coerce.number().int().min(0).max(65535).default(8788),
  BANKFEED_WEB_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  // Mono does not state how long a hosted re-authorisation link works; we treat it as this many hours from issue.
  BANKFEED_REAUTH_LINK_TTL_HOURS: z.coerce
    .number()
    .positive('BANKFEED_REAUTH_LINK_TTL_HOURS must be a positive number of hours, e.g. 24')
    .default(24),
  // Mono DirectPay (invoice collection): the account its fee is written off to; blank means the default.
  BANKFEED_DIRECTPAY_FEE_ACCOUNT: z
    .string()
    .trim()
    .max(200, 'BANKFEED_DIRECTPAY_FEE_ACCOUNT must be an account name or code of at most 200 characters')
    .optional(),
  BANKFEED_DIRECTPAY_REDIRECT_URL: z
    .string()
    .url('BANKFEED_DIRECTPAY_REDIRECT_URL must be a URL such as https://example.com/paid')
    .optional(),
});

export type BankfeedEnv = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface BankfeedSettings {
  env: BankfeedEnv;
  dataDir: string;
  databaseUrl: string;
  /** Real Mono when a secret key is configured; otherwise the embedded sandbox. */
  mono: { mode: 'real'; baseUrl: string; secretKey: string; webhookSecret: string } | { mode: 'sandbox' };
  webhook: { host: string; port: number; verifyMode: 'static' | 'hmac' | 'either' };
  feed: {
    pollIntervalMs?: number;
    historyDays?: number;
    overlapDays?: number;
    refreshMode?: 'realtime' | 'legacy' | 'none';
  };
  reauthRedirectUrl?: string;
  ledgerConfigPath?: string;
  nightly: { cron: string; timezone: string };
  /** The review web app (web/): where it listens; Secure cookies when it is served behind HTTPS. */
  web?: { host: string; port: number; secureCookies: boolean };
  /** How long a re-authorisation link is shown and trusted after it was issued (BANKFEED_REAUTH_LINK_TTL_HOURS). */
  reauthLinkTtlMs?: number;
  /** Mono DirectPay: where its fee is written off (the default account when unset) and where payers go afterwards. */
  directPay: { feeAccount?: string; redirectUrl?: string };
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): BankfeedSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  let mono: BankfeedSettings['mono'] = { mode: 'sandbox' };
  if (e.MONO_SECRET_KEY) {
    if (!e.MONO_WEBHOOK_SECRET) {
      throw new ConfigError(
        'MONO_WEBHOOK_SECRET must be set with MONO_SECRET_KEY (copy it from the Mono dashboard, Webhooks)',
      );
    }
    mono = {
      mode: 'real',
      baseUrl: e.MONO_BASE_URL ?? 'https://api.withmono.com',
      secretKey: e.MONO_SECRET_KEY,
      webhookSecret: e.MONO_WEBHOOK_SECRET,
    };
  }
  return {
    env: e,
    dataDir: dataDir(env),
    databaseUrl: databaseUrl(env),
    mono,
    webhook: { host: e.BANKFEED_WEBHOOK_HOST, port: e.BANKFEED_WEBHOOK_PORT, verifyMode: e.MONO_WEBHOOK_VERIFY },
    feed: {
      ...(e.BANKFEED_POLL_INTERVAL_MINUTES ? { pollIntervalMs: e.BANKFEED_POLL_INTERVAL_MINUTES * 60_000 } : {}),
      ...(e.BANKFEED_HISTORY_DAYS ? { historyDays: e.BANKFEED_HISTORY_DAYS } : {}),
      ...(e.BANKFEED_OVERLAP_DAYS !== undefined ? { overlapDays: e.BANKFEED_OVERLAP_DAYS } : {}),
      ...(e.BANKFEED_REFRESH_MODE ? { refreshMode: e.BANKFEED_REFRESH_MODE } : {}),
    },
    ...(e.BANKFEED_REAUTH_REDIRECT_URL ? { reauthRedirectUrl: e.BANKFEED_REAUTH_REDIRECT_URL } : {}),
    ...(e.BANKFEED_LEDGER_CONFIG ? { ledgerConfigPath: e.BANKFEED_LEDGER_CONFIG } : {}),
    nightly: { cron: e.BANKFEED_NIGHTLY_CRON, timezone: e.BANKFEED_NIGHTLY_TIMEZONE },
    web: { host: e.BANKFEED_WEB_HOST, port: e.BANKFEED_WEB_PORT, secureCookies: e.BANKFEED_WEB_SECURE_COOKIES === '1' },
    reauthLinkTtlMs: Math.round(e.BANKFEED_REAUTH_LINK_TTL_HOURS * 3_600_000),
    directPay: {
      ...(e.BANKFEED_DIRECTPAY_FEE_ACCOUNT ? { feeAccount: e.BANKFEED_DIRECTPAY_FEE_ACCOUNT } : {}),
      ...(e.BANKFEED_DIRECTPAY_REDIRECT_URL ? { redirectUrl: e.BANKFEED_DIRECTPAY_REDIRECT_URL } : {}),
    },
  };
}
