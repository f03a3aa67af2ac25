import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveRunningSettings, type RunningSettings } from '../../worker/running-settings.js';
import { loadSettings } from '../../worker/settings.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, signIn } from './support/session.js';

// The matching tolerance, the write-off account, the date window, the sync schedule and the country presets were
// environment variables and engine options only: nobody in the finance team could see what the engine ran with.
// The Settings page shows what the process resolved (never re-read from the environment), for every role, with no
// secret on it.

const SECRETS = {
  MONO_SECRET_KEY: 'live_sk_TOPsecretKEY123',
  MONO_WEBHOOK_SECRET: 'whsec-DoNotShowThis',
  DATABASE_URL: 'postgres://bankfeed:Pa55wordHere@db.internal:5432/bankfeed',
  BANKFEED_REAUTH_REDIRECT_URL: 'https://app.example/after-reauth?cap=Capability777',
  BANKFEED_DIRECTPAY_REDIRECT_URL: 'https://pay.example/thanks?cap=Capability888',
};

function running(): RunningSettings {
  const r = resolveRunningSettings(
    loadSettings({
      ...SECRETS,
      BANKFEED_DATA_DIR: '/tmp/bankfeed-settings-test',
      BANKFEED_POLL_INTERVAL_MINUTES: '90',
      BANKFEED_NIGHTLY_CRON: '30 1 * * *',
      BANKFEED_NIGHTLY_TIMEZONE: 'Africa/Nairobi',
      BANKFEED_HISTORY_DAYS: '180',
      BANKFEED_OVERLAP_DAYS: '5',
      BANKFEED_DIRECTPAY_FEE_ACCOUNT: 'Bank charges:Mono',
    }),
    { config: { sources: [{ id: 'xero-main' }, { id: 'gl-export' }] } },
  );
  // What a composition root with its own engine options would hand over: the page and the forms follow it.
  r.matching.tolerance = { underPercent: '1', underFixedMinor: 5_000 };
  r.matching.writeOffAccount = 'Suspense';
  r.matching.presets = { ...r.matching.presets, kenyanBankCharges: false };
  return r;
}

const words = (body: string) =>
  body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',');

/** The value a row shows, by its setting's name, in words. */
function valueOf(body: string, setting: string): string {
  const m = new RegExp(`data-setting="${setting}">([\\s\\S]*?)</td>`).exec(body);
  return m ? words(m[1]!).trim() : '(no such row)';
}

describe('the Settings page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ settings: running(), matching: undefined });
  });
  afterAll(async () => h?.close());
  afterEach(() => vi.unstubAllEnvs());

  it('is linked from the navigation and open to every signed-in role', async () => {
    for (const who of ['vera', 'rita', 'ada']) {
      const s = await signIn(h.app, who);
      const home = await get(h.app, s, '/');
      expect(home.body, who).toMatch(/<a href="\/settings" class="">Settings<\/a>/);
      const page = await get(h.app, s, '/settings');
      expect(page.statusCode, who).toBe(200);
      expect(page.body).toMatch(/<a href="\/settings" class="current">Settings<\/a>/);
    }
    const anonymous = await h.app.inject({ method: 'GET', url: '/settings' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/sign-in?next=%2Fsettings');
  });

  it("shows the values the process resolved, in words, with what changes each, and not the environment's", async () => {
    // The environment now says otherwise: the page shows what the process runs with, not a fresh reading.
    vi.stubEnv('BANKFEED_NIGHTLY_CRON', '0 5 * * *');
    vi.stubEnv('BANKFEED_POLL_INTERVAL_MINUTES', '10');
    const vera = await signIn(h.app, 'vera');
    const body = (await get(h.app, vera, '/settings')).body;
    expect(valueOf(body, 'Write-off tolerance')).toBe(
      "Short payments: 1% of the books' amount or 50.00 in the account's currency, whichever is larger; over-payments: none",
    );
    expect(valueOf(body, 'Default write-off account')).toBe('Suspense');
    expect(valueOf(body, 'Date window')).toBe('7 days');
    expect(valueOf(body, 'Confirm without review at')).toBe('90% confidence');
    expect(valueOf(body, 'Bank-charge presets')).toBe(
      'Nigeria: on, 21 rules, on lines of any currency Ghana: on, 9 rules, on GHS lines Kenya: off ' +
        'South Africa: on, 10 rules, on ZAR lines',
    );
    expect(valueOf(body, 'DirectPay fee account')).toBe('Bank charges:Mono');
    expect(valueOf(body, 'Sync')).toBe('every 90 minutes');
    expect(valueOf(body, 'Nightly run')).toBe('every day at 01:30 (Africa/Nairobi)');
    expect(valueOf(body, 'History fetched')).toBe('180 days');
    expect(valueOf(body, 'Re-read on each sync')).toBe('5 days');
    expect(valueOf(body, 'Bank feed')).toBe('Mono (live)');
    expect(valueOf(body, 'Books')).toBe('xero-main, gl-export');
    expect(valueOf(body, 'Re-authorisation links')).toBe('trusted for 24 hours after issue');
    const text = words(body);
    expect(text).toContain('BANKFEED_NIGHTLY_CRON, BANKFEED_NIGHTLY_TIMEZONE, then restart bankfeed start / worker');
    expect(text).toContain('BANKFEED_POLL_INTERVAL_MINUTES');
    expect(text).toContain('a file run takes options.tolerance from its bankfeed reconcile --input document');
  });

  it('never shows a secret, a database address or a capability URL', async () => {
    const ada = await signIn(h.app, 'ada');
    const body = (await get(h.app, ada, '/settings')).body;
    for (const [name, value] of Object.entries(SECRETS)) expect(body, name).not.toContain(value);
    for (const part of ['TOPsecretKEY', 'DoNotShowThis', 'Pa55word', 'db.internal', 'Capability', 'https://'])
      expect(body).not.toContain(part);
  });

  it('is what the write-off forms apply: the default account they offer is the one shown', async () => {
    const rita = await signIn(h.app, 'rita');
    const find = await get(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[0]}/find`);
    expect(find.statusCode).toBe(200);
    expect(find.body).toContain('name="writeOffAccount" placeholder="Suspense"');
  });

  it('is read-only: nothing posts to it', async () => {
    const ada = await signIn(h.app, 'ada');
    const res = await h.app.inject({
      method: 'POST',
      url: '/settings',
      headers: { cookie: ada.cookie },
      payload: { _csrf: ada.csrf, writeOffAccount: 'Elsewhere' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('the Settings page of an app started without the process settings', () => {
  it('says so, and shows only the write-off rules the app applies itself', async () => {
    const h = await createHarness();
    try {
      const vera = await signIn(h.app, 'vera');
      const body = (await get(h.app, vera, '/settings')).body;
      expect(words(body)).toContain("started without the running process's settings");
      expect(valueOf(body, 'Write-off tolerance')).toBe("Short payments: 2% of the books' amount; over-payments: none");
      expect(valueOf(body, 'Nightly run')).toBe('(no such row)');
    } finally {
      await h.close();
    }
  });
});

describe('the Settings page of a process started with BANKFEED_MATCH_* set', () => {
  const MATCH_ENV = {
    BANKFEED_DATA_DIR: '/tmp/bankfeed-settings-test',
    BANKFEED_MATCH_TOLERANCE: '{"underPercent":"1","underFixedMinor":15000,"currency":"NGN"}',
    BANKFEED_MATCH_WRITE_OFF_ACCOUNT: '6120 Short payments',
    BANKFEED_MATCH_DATE_WINDOW_DAYS: '10',
    BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: '0.95',
    BANKFEED_MATCH_PRESETS: 'ng,za',
  };
  const harness = (env: Record<string, string>) =>
    createHarness({ settings: resolveRunningSettings(loadSettings(env), null), matching: undefined });

  it('shows the values the variables set, each with its variable', async () => {
    const h = await harness(MATCH_ENV);
    try {
      const body = (await get(h.app, await signIn(h.app, 'vera'), '/settings')).body;
      expect(valueOf(body, 'Write-off tolerance')).toBe(
        "NGN accounts: Short payments: 1% of the books' amount or ₦150.00, whichever is larger; over-payments: none. " +
          "Accounts in other currencies: Short payments: 1% of the books' amount; over-payments: none",
      );
      expect(valueOf(body, 'Default write-off account')).toBe('6120 Short payments');
      expect(valueOf(body, 'Date window')).toBe('10 days');
      expect(valueOf(body, 'Confirm without review at')).toBe('95% confidence');
      expect(valueOf(body, 'Bank-charge presets')).toBe(
        'Nigeria: on, 21 rules, on lines of any currency Ghana: off Kenya: off South Africa: on, 10 rules, on ZAR lines',
      );
      const text = words(body);
      for (const name of [
        'BANKFEED_MATCH_TOLERANCE',
        'BANKFEED_MATCH_WRITE_OFF_ACCOUNT',
        'BANKFEED_MATCH_DATE_WINDOW_DAYS',
        'BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD',
        'BANKFEED_MATCH_PRESETS',
      ])
        expect(text).toContain(`${name}, then restart bankfeed start / worker (unset: the engine's default)`);
      expect(text).toContain('a file run takes options.dateWindowDays from its bankfeed reconcile --input document');
      expect(text).not.toContain('No setting for the feeds');
    } finally {
      await h.close();
    }
  });

  it('is what the write-off forms apply: the account offered, and the fixed allowance only in its currency', async () => {
    for (const [currency, allows] of [
      ['NGN', '₦150.00'],
      ['KES', '₦100.00'],
    ] as const) {
      const h = await harness({
        ...MATCH_ENV,
        BANKFEED_MATCH_TOLERANCE: `{"underPercent":"1","underFixedMinor":15000,"currency":"${currency}"}`,
      });
      try {
        const rita = await signIn(h.app, 'rita');
        // Short by ₦100.00 on ₦10,000.00 of books: 1% of them is ₦100.00, the fixed allowance ₦150.00 (naira only).
        const short = (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;
        const panel = (
          await get(h.app, rita, `/accounts/${h.accountId}/groups/${short.id}/write-off?line=${short.bankIds[0]}`)
        ).body;
        expect(words(panel), currency).toContain(`tolerance allows ${allows}.`);
        expect(panel).toContain('value="6120 Short payments"');
      } finally {
        await h.close();
      }
    }
  });
});
