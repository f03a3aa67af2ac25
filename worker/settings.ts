import { z } from 'zod';
import { type CurrencyCode, normalizeCurrency } from '../domain/currency.js';
import {
  type BankChargePresetSwitches,
  matchOptionsSchema,
  presetsSchema,
  type Tolerance,
  toleranceSchema,
} from '../matching/options.js';
import { dataDir, databaseUrl } from './config.js';

/** The value as an error shows it: quoted, so a stray space or quote is seen, and cut short. */
const shown = (raw: string) => JSON.stringify(raw.length > 120 ? `${raw.slice(0, 117)}...` : raw);

/**
 * A matching setting: blank is unset (a compose file's `NAME=`), so the engine's default applies; otherwise `read`
 * gives the value or says what is wrong, and the error adds the value it got. These values are no secret.
 */
function matchSetting<T>(read: (raw: string) => { value: T } | { error: string }) {
  return z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().optional())
    .transform((raw, ctx): T | undefined => {
      if (raw === undefined) return undefined;
      const r = read(raw.trim());
      if ('value' in r) return r.value;
      ctx.addIssue({ code: 'custom', message: `${r.error} (got ${shown(raw)})` });
      return z.NEVER;
    });
}

/** Bounds and shapes are the engine's own (matching/options.ts), so a value the engine would refuse never starts. */
const engine = matchOptionsSchema.shape;

const TOLERANCE_EXAMPLE = '{"underPercent":"1","underFixedMinor":5000,"currency":"NGN"}';
/** The engine's tolerance, plus the currency its fixed amounts (minor units) are in. */
const envToleranceSchema = toleranceSchema.extend({ currency: z.string().optional() });

/** Zod's own wording for the mistakes a hand-written JSON value makes, said in this variable's terms. */
function toleranceIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const key = String(issue.path?.at(-1) ?? '');
  if (issue.code === 'unrecognized_keys')
    return `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: the keys are underPercent, underFixedMinor, overPercent, overFixedMinor and currency`;
  if (key.endsWith('Percent')) return 'expected a percent as a decimal string such as "1" or "0.5"';
  if (key.endsWith('FixedMinor')) return 'expected a non-negative whole number of minor units, such as 5000 for 50.00';
  if (key === 'currency') return 'expected a currency code such as "NGN"';
  if (issue.code === 'invalid_type') return 'expected a JSON object';
  return undefined;
}

function readTolerance(raw: string): { value: { tolerance: Tolerance; currency?: CurrencyCode } } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { error: `must be a JSON object such as ${TOLERANCE_EXAMPLE}` };
  }
  const r = envToleranceSchema.safeParse(json, { error: toleranceIssue });
  if (!r.success)
    return {
      error: `${r.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ')}; expected e.g. ${TOLERANCE_EXAMPLE}`,
    };
  const { currency, ...tolerance } = r.data;
  const fixed = tolerance.underFixedMinor !== undefined || tolerance.overFixedMinor !== undefined;
  // Minor units are only an amount with their currency: 5000 is ₦50 but also KSh 50, R50, or USh 5,000.
  if (fixed && currency === undefined)
    return { error: 'underFixedMinor and overFixedMinor are minor units of one currency: add "currency", e.g. "NGN"' };
  if (!fixed && currency !== undefined)
    return { error: '"currency" is the currency of underFixedMinor/overFixedMinor; without either, leave it out' };
  if (currency === undefined) return { value: { tolerance } };
  try {
    return { value: { tolerance, currency: normalizeCurrency(currency) } };
  } catch (e) {
    return { error: `currency: ${(e as Error).message}` };
  }
}

const PRESET_COUNTRIES: Record<string, keyof BankChargePresetSwitches> = {
  ng: 'nigerianBankCharges',
  gh: 'ghanaianBankCharges',
  ke: 'kenyanBankCharges',
  za: 'southAfricanBankCharges',
};
const PRESETS_HINT = 'list the countries whose bank-charge presets are on, any of "ng,gh,ke,za", or "none"';

function readPresets(raw: string): { value: BankChargePresetSwitches } | { error: string } {
  // A trailing or doubled comma is no country; a list of nothing at all would switch every preset off unasked.
  const codes = raw
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  if (codes.length === 0) return { error: PRESETS_HINT };
  const none = codes.includes('none');
  if (none && codes.length > 1) return { error: `"none" stands alone: ${PRESETS_HINT}` };
  const unknown = none ? [] : codes.filter((c) => !(c in PRESET_COUNTRIES));
  if (unknown.length) return { error: `${PRESETS_HINT}; not a country code: ${unknown.map(shown).join(', ')}` };
  // Every switch explicit: a country left out is off, where the engine's own default leaves it on.
  const switches = Object.fromEntries(Object.values(PRESET_COUNTRIES).map((k) => [k, false]));
  for (const c of none ? [] : codes) switches[PRESET_COUNTRIES[c]!] = true;
  return { value: presetsSchema.parse(switches) };
}

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
  BANKFEED_NIGHTLY_SYNC_WAIT_SECONDS: z.coerce.number().int().min(0).optional(),
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
  // The feeds' reconciliation (after each sync and nightly) and the web app's write-offs; unset, the engine's defaults.
  BANKFEED_MATCH_TOLERANCE: matchSetting(readTolerance),
  BANKFEED_MATCH_WRITE_OFF_ACCOUNT: matchSetting((raw) =>
    raw.length <= 200 && engine.writeOffAccount.safeParse(raw).success
      ? { value: raw }
      : { error: 'must be an account name or code of at most 200 characters, e.g. "Bank charges"' },
  ),
  BANKFEED_MATCH_DATE_WINDOW_DAYS: matchSetting((raw) => {
    const r = /^\d+$/.test(raw) ? engine.dateWindowDays.safeParse(Number(raw)) : null;
    return r?.success ? { value: r.data } : { error: 'must be a whole number of days from 0 to 366, e.g. 7' };
  }),
  BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: matchSetting((raw) => {
    const r = /^\d+(\.\d+)?$/.test(raw) ? engine.autoConfirmThreshold.safeParse(Number(raw)) : null;
    return r?.success
      ? { value: r.data }
      : { error: 'must be a confidence from 0 to 1, e.g. 0.95 (a match this sure is confirmed without review)' };
  }),
  BANKFEED_MATCH_PRESETS: matchSetting(readPresets),
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
  /** `syncWaitMs`: how long the nightly run waits at most for its feeds' syncs (the run's own default when unset). */
  nightly: { cron: string; timezone: string; syncWaitMs?: number };
  /** The review web app (web/): where it listens; Secure cookies when it is served behind HTTPS. */
  web?: { host: string; port: number; secureCookies: boolean };
  /** How long a re-authorisation link is shown and trusted after it was issued (BANKFEED_REAUTH_LINK_TTL_HOURS). */
  reauthLinkTtlMs?: number;
  /** Mono DirectPay: where its fee is written off (the default account when unset) and where payers go afterwards. */
  directPay: { feeAccount?: string; redirectUrl?: string };
  /**
   * The engine options the feeds reconcile with (BANKFEED_MATCH_*); each one unset takes the engine's default. The
   * tolerance's fixed amounts are minor units of `toleranceCurrency`.
   */
  matching: {
    tolerance?: Tolerance;
    toleranceCurrency?: CurrencyCode;
    writeOffAccount?: string;
    dateWindowDays?: number;
    autoConfirmThreshold?: number;
    presets?: BankChargePresetSwitches;
  };
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
    nightly: {
      cron: e.BANKFEED_NIGHTLY_CRON,
      timezone: e.BANKFEED_NIGHTLY_TIMEZONE,
      ...(e.BANKFEED_NIGHTLY_SYNC_WAIT_SECONDS !== undefined
        ? { syncWaitMs: e.BANKFEED_NIGHTLY_SYNC_WAIT_SECONDS * 1_000 }
        : {}),
    },
    web: { host: e.BANKFEED_WEB_HOST, port: e.BANKFEED_WEB_PORT, secureCookies: e.BANKFEED_WEB_SECURE_COOKIES === '1' },
    reauthLinkTtlMs: Math.round(e.BANKFEED_REAUTH_LINK_TTL_HOURS * 3_600_000),
    directPay: {
      ...(e.BANKFEED_DIRECTPAY_FEE_ACCOUNT ? { feeAccount: e.BANKFEED_DIRECTPAY_FEE_ACCOUNT } : {}),
      ...(e.BANKFEED_DIRECTPAY_REDIRECT_URL ? { redirectUrl: e.BANKFEED_DIRECTPAY_REDIRECT_URL } : {}),
    },
    matching: {
      ...(e.BANKFEED_MATCH_TOLERANCE ? { tolerance: e.BANKFEED_MATCH_TOLERANCE.tolerance } : {}),
      ...(e.BANKFEED_MATCH_TOLERANCE?.currency ? { toleranceCurrency: e.BANKFEED_MATCH_TOLERANCE.currency } : {}),
      ...(e.BANKFEED_MATCH_WRITE_OFF_ACCOUNT ? { writeOffAccount: e.BANKFEED_MATCH_WRITE_OFF_ACCOUNT } : {}),
      ...(e.BANKFEED_MATCH_DATE_WINDOW_DAYS !== undefined ? { dateWindowDays: e.BANKFEED_MATCH_DATE_WINDOW_DAYS } : {}),
      ...(e.BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD !== undefined
        ? { autoConfirmThreshold: e.BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD }
        : {}),
      ...(e.BANKFEED_MATCH_PRESETS ? { presets: e.BANKFEED_MATCH_PRESETS } : {}),
    },
  };
}
