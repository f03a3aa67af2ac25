import { Decimal } from 'decimal.js';
import type { BankChargePresetSwitches, Tolerance } from '../../matching/options.js';
import { builtInPresets } from '../../matching/rules.js';
import type { RunningSettings } from '../../worker/running-settings.js';
import { counted, money, percent } from '../format.js';
import { html, type Html } from '../html.js';
import { notice } from './layout.js';

interface Row {
  setting: string;
  value: string | Html;
  meaning: string;
  changedBy: Html;
}

const envVar = (...names: string[]) =>
  html`${names.map((n, i) => html`${i ? ', ' : ''}<code>${n}</code>`)}, then restart <code>bankfeed start</code> /
    <code>worker</code>`;

/**
 * An engine option: the feeds take it from the variable (unset, the engine's default), a file run from its document
 * (under --account, the account's where the document is silent).
 */
const engineOption = (name: string, option: string) =>
  html`${envVar(name)} (unset: the engine's default); a file run takes <code>${option}</code> from its
    <code>bankfeed reconcile --input</code> document, and with <code>--account</code> the account's setting where the
    document states none`;

/** "1% of the books' amount or ₦50.00, whichever is larger"; null for no allowance on that side. */
function toleranceSide(pct: string | undefined, fixedMinor: number | undefined, currency?: string): string | null {
  const parts: string[] = [];
  if (pct && !new Decimal(pct).isZero()) parts.push(`${pct}% of the books' amount`);
  // Without a currency the fixed amounts are minor units of each account's own; naira, cedi, shilling and rand all
  // have two decimals.
  if (fixedMinor)
    parts.push(
      currency
        ? money(fixedMinor, currency)
        : `${new Decimal(fixedMinor).dividedBy(100).toFixed(2)} in the account's currency`,
    );
  if (parts.length === 0) return null;
  return parts.length === 2 ? `${parts.join(' or ')}, whichever is larger` : parts[0]!;
}

/** The tolerance in words; `currency` is the one its fixed amounts are in (other accounts get the percentages). */
export function toleranceText(t: Tolerance, currency?: string): string {
  const under = toleranceSide(t.underPercent, t.underFixedMinor, currency);
  const over = toleranceSide(t.overPercent, t.overFixedMinor, currency);
  if (!under && !over) return "None: a difference is written off only with a reviewer's reason";
  const text =
    under === over
      ? `Up to ${under}, short or over`
      : `Short payments: ${under ?? 'none'}; over-payments: ${over ?? 'none'}`;
  if (!currency) return text;
  const others = toleranceText({
    ...(t.underPercent ? { underPercent: t.underPercent } : {}),
    ...(t.overPercent ? { overPercent: t.overPercent } : {}),
  });
  return `${currency} accounts: ${text}. Accounts in other currencies: ${others.startsWith('None') ? 'none' : others}`;
}

/** "6 hours", "90 minutes", "1 hour". */
function duration(ms: number): string {
  if (ms % 3_600_000 === 0) return counted(ms / 3_600_000, 'hour');
  if (ms % 60_000 === 0) return counted(ms / 60_000, 'minute');
  return counted(Math.round(ms / 1000), 'second');
}

/** "every 6 hours", "every hour". */
const every = (ms: number) => `every ${duration(ms).replace(/^1 /, '')}`;

/** A daily cron ("0 2 * * *") as "every day at 02:00"; any other expression as written. */
export function cronText(cron: string, timezone: string): string {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  if (m && Number(m[1]) < 60 && Number(m[2]) < 24)
    return `every day at ${m[2]!.padStart(2, '0')}:${m[1]!.padStart(2, '0')} (${timezone})`;
  return `cron "${cron}" (minute hour day month weekday, ${timezone})`;
}

const REFRESH: Record<string, string> = {
  realtime: "asks the bank for fresh lines first (Mono's real-time refresh)",
  legacy: "asks Mono to re-sync the account first (Mono's older sync)",
  none: 'reads what Mono already holds, without asking the bank',
};

const COUNTRIES: Array<{ name: string; key: keyof BankChargePresetSwitches; lines: string }> = [
  { name: 'Nigeria', key: 'nigerianBankCharges', lines: 'lines of any currency' },
  { name: 'Ghana', key: 'ghanaianBankCharges', lines: 'GHS lines' },
  { name: 'Kenya', key: 'kenyanBankCharges', lines: 'KES lines' },
  { name: 'South Africa', key: 'southAfricanBankCharges', lines: 'ZAR lines' },
];

/** Which countries' presets are on, asked of the engine's own switch logic (one country on, the others off). */
function presetsRow(presets: BankChargePresetSwitches): Row {
  const allOff: BankChargePresetSwitches = {
    nigerianBankCharges: false,
    ghanaianBankCharges: false,
    kenyanBankCharges: false,
    southAfricanBankCharges: false,
  };
  const countries = COUNTRIES.map((c) => {
    const rules = builtInPresets({ ...allOff, [c.key]: presets[c.key] });
    return html`<span data-preset="${c.name}"
        >${c.name}: ${rules.length ? `on, ${rules.length} rules, on ${c.lines}` : 'off'}</span
      ><br />`;
  });
  return {
    setting: 'Bank-charge presets',
    value: html`${countries}`,
    meaning: "Built-in rules that explain each country's bank charges, levies and interest without a book entry.",
    changedBy: engineOption('BANKFEED_MATCH_PRESETS', 'options.presets'),
  };
}

function table(rows: Row[]): Html {
  return html`<table class="grid settings">
    <colgroup>
      <col class="setting" />
      <col class="value" />
      <col class="meaning" />
      <col />
    </colgroup>
    <thead>
      <tr>
        <th>Setting</th>
        <th>In effect</th>
        <th>What it means</th>
        <th>Changed by</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <th scope="row">${r.setting}</th>
            <td class="value" data-setting="${r.setting}">${r.value}</td>
            <td>${r.meaning}</td>
            <td class="sub">${r.changedBy}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The Settings page: what this process runs with, each value with what it means and the setting that changes it.
 * Read-only. Nothing secret is on it: the running settings hold none (see worker/running-settings.ts).
 */
export function settingsPage(
  s: RunningSettings | null,
  writeOff: { tolerance: Tolerance; account: string; currency?: string },
): Html {
  const writeOffRows: Row[] = [
    {
      setting: 'Write-off tolerance',
      value: toleranceText(writeOff.tolerance, writeOff.currency),
      meaning:
        "How far a payment may differ from the books and still be matched with the difference written off, without a reviewer's reason. Levies and bank fees the engine recognises are written off apart from it.",
      changedBy: engineOption('BANKFEED_MATCH_TOLERANCE', 'options.tolerance'),
    },
    {
      setting: 'Default write-off account',
      value: writeOff.account,
      meaning: 'Where a written-off difference is posted when nobody names another account.',
      changedBy: engineOption('BANKFEED_MATCH_WRITE_OFF_ACCOUNT', 'options.writeOffAccount'),
    },
  ];
  if (!s)
    return html`<h1>Settings</h1>
      ${notice(
        'warn',
        "This app was started without the running process's settings; only the write-off rules it applies itself are shown.",
      )}
      ${table(writeOffRows)}`;
  const m = s.matching;
  return html`<h1>Settings</h1>
    <p class="sub">
      What this bankfeed process runs with, read-only. Values set by an environment variable change when it is set and
      <code>bankfeed start</code> or <code>bankfeed worker</code> is restarted.
    </p>
    <h2>Matching</h2>
    <p class="sub">The feeds' reconciliation, after each sync and nightly, runs with these.</p>
    ${table([
      ...writeOffRows,
      {
        setting: 'Date window',
        value: `${m.dateWindowDays} days`,
        meaning:
          'A book entry that agrees with a bank line on the amount alone is a candidate only within this many days of its date (to its due date); a reference or a named payer reaches further.',
        changedBy: engineOption('BANKFEED_MATCH_DATE_WINDOW_DAYS', 'options.dateWindowDays'),
      },
      {
        setting: 'Confirm without review at',
        value: `${percent(m.autoConfirmThreshold)} confidence`,
        meaning: 'A match this sure is confirmed by the engine; anything less waits for a reviewer.',
        changedBy: engineOption('BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD', 'options.autoConfirm'),
      },
      presetsRow(m.presets),
      {
        setting: 'DirectPay fee account',
        value: s.directPayFeeAccount,
        meaning: 'Where the fee Mono keeps from a DirectPay collection is written off.',
        changedBy: envVar('BANKFEED_DIRECTPAY_FEE_ACCOUNT'),
      },
    ])}
    <h2>Sync schedule</h2>
    <p class="sub">A feed already running keeps the values it was started with.</p>
    ${table([
      {
        setting: 'Sync',
        value: every(s.feed.pollIntervalMs),
        meaning: 'How often each feed asks for new lines when no webhook has announced any.',
        changedBy: envVar('BANKFEED_POLL_INTERVAL_MINUTES'),
      },
      {
        setting: 'Each sync',
        value: REFRESH[s.feed.refreshMode] ?? s.feed.refreshMode,
        meaning: 'Whether a sync has the bank fetch fresh lines or reads what Mono already has.',
        changedBy: envVar('BANKFEED_REFRESH_MODE'),
      },
      {
        setting: 'Nightly run',
        value: cronText(s.nightly.cron, s.nightly.timezone),
        meaning: 'Syncs every account, reconciles it against its books and writes the reports.',
        changedBy: envVar('BANKFEED_NIGHTLY_CRON', 'BANKFEED_NIGHTLY_TIMEZONE'),
      },
      {
        setting: 'History fetched',
        value: `${s.feed.historyDays} days`,
        meaning: "How far back a newly linked account's lines are fetched.",
        changedBy: envVar('BANKFEED_HISTORY_DAYS'),
      },
      {
        setting: 'Re-read on each sync',
        value: `${s.feed.overlapDays} days`,
        meaning: 'Days before the newest line that every sync reads again, so a back-dated posting is still stored.',
        changedBy: envVar('BANKFEED_OVERLAP_DAYS'),
      },
    ])}
    <h2>Connections</h2>
    ${table([
      {
        setting: 'Bank feed',
        value: s.bankFeed === 'mono' ? 'Mono (live)' : 'The demo sandbox',
        meaning: "Where the accounts' lines come from. Keys are never shown.",
        changedBy: html`<code>MONO_SECRET_KEY</code> (without it, the demo)`,
      },
      {
        setting: 'Books',
        value: s.ledgerSources.length ? s.ledgerSources.join(', ') : 'None configured',
        meaning: 'The ledger sources an account can be bound to and reconciled against.',
        changedBy: envVar('BANKFEED_LEDGER_CONFIG'),
      },
      {
        setting: 'Re-authorisation links',
        value: `trusted for ${duration(s.reauthLinkTtlMs)} after issue`,
        meaning: 'How long a link for the account holder to sign in to their bank again is shown and offered.',
        changedBy: envVar('BANKFEED_REAUTH_LINK_TTL_HOURS'),
      },
    ])}`;
}
