import { DEFAULT_DIRECTPAY_FEE_ACCOUNT } from '../activities/directpay-settlement.js';
import type { CurrencyCode } from '../domain/currency.js';
import { DEFAULT_REAUTH_LINK_TTL_MS } from '../domain/reauth-link.js';
import { resolveMatchOptions, type MatchOptions } from '../matching/options.js';
import { DEFAULT_FEED_CONFIG, type AccountFeedConfig } from '../workflows/feed-config.js';
import type { BankfeedSettings } from './settings.js';

/**
 * The engine options the feeds' reconciliation runs with. Each account adds its own timezone, the rules people
 * created for it and the pairs they rejected, so those are not here.
 */
export type EngineMatchOptions = Pick<
  MatchOptions,
  'dateWindowDays' | 'tolerance' | 'writeOffAccount' | 'maxSplitSize' | 'autoConfirmThreshold' | 'presets'
>;

/**
 * What the running process works with, resolved once by the composition root (`buildServices`, shared by `start`,
 * `worker` and the CLI): the worker's reconciliation and a one-off `reconcile --account` get `matching`, and the web
 * app shows all of it (its Settings page) and takes its write-off default and tolerance from it. No secret is held here: the bank feed is named by its kind, the books by their source ids.
 */
export interface RunningSettings {
  matching: EngineMatchOptions;
  /**
   * The currency of `matching.tolerance`'s fixed amounts (minor units); an account in another currency is matched
   * with its percentages only (`toleranceForCurrency`). Unset when the tolerance has no fixed amount.
   */
  toleranceCurrency?: CurrencyCode;
  /** Where the fee Mono keeps from a DirectPay collection is written off. */
  directPayFeeAccount: string;
  /** What a feed this process starts runs with (a feed already running keeps the values it was started with). */
  feed: Pick<AccountFeedConfig, 'pollIntervalMs' | 'historyDays' | 'overlapDays' | 'refreshMode'>;
  nightly: { cron: string; timezone: string };
  bankFeed: 'mono' | 'sandbox';
  ledgerSources: string[];
  /**
   * Each source's kind and, for an export, its layout, by id: the overview says what an account's books are ("Sage
   * export (CSV)") from them. Nothing else of a source's configuration (paths, URLs, credentials) is held.
   */
  ledgerSourceKinds: Record<string, LedgerSourceKind>;
  reauthLinkTtlMs: number;
}

/** A configured ledger source as the pages know it: its kind and, for an export, the layout it is read as. */
export interface LedgerSourceKind {
  kind: string;
  preset?: string;
}

/** The kind and layout of each source (a kind missing from a caller's list is unknown, never guessed). */
function sourceKinds(sources: ReadonlyArray<{ id: string; kind?: string; preset?: unknown }>) {
  const kinds: Record<string, LedgerSourceKind> = {};
  for (const s of sources)
    if (s.kind) kinds[s.id] = { kind: s.kind, ...(typeof s.preset === 'string' ? { preset: s.preset } : {}) };
  return kinds;
}

export function resolveRunningSettings(
  settings: BankfeedSettings,
  ledger: { config: { sources: Array<{ id: string; kind?: string; preset?: unknown }> } } | null,
): RunningSettings {
  // Validated and filled like any caller's options: the BANKFEED_MATCH_* values, the engine's defaults for the rest.
  const { toleranceCurrency, ...overrides } = settings.matching;
  const m = resolveMatchOptions(overrides);
  const feed = { ...DEFAULT_FEED_CONFIG, ...settings.feed };
  return {
    matching: {
      dateWindowDays: m.dateWindowDays,
      tolerance: m.tolerance,
      writeOffAccount: m.writeOffAccount,
      maxSplitSize: m.maxSplitSize,
      autoConfirmThreshold: m.autoConfirmThreshold,
      presets: m.presets,
    },
    ...(toleranceCurrency ? { toleranceCurrency } : {}),
    directPayFeeAccount: settings.directPay.feeAccount ?? DEFAULT_DIRECTPAY_FEE_ACCOUNT,
    feed: {
      pollIntervalMs: feed.pollIntervalMs,
      historyDays: feed.historyDays,
      overlapDays: feed.overlapDays,
      refreshMode: feed.refreshMode,
    },
    nightly: { cron: settings.nightly.cron, timezone: settings.nightly.timezone },
    bankFeed: settings.mono.mode === 'real' ? 'mono' : 'sandbox',
    ledgerSources: ledger?.config.sources.map((s) => s.id) ?? [],
    ledgerSourceKinds: sourceKinds(ledger?.config.sources ?? []),
    reauthLinkTtlMs: settings.reauthLinkTtlMs ?? DEFAULT_REAUTH_LINK_TTL_MS,
  };
}
