import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_OPTIONS, toleranceForCurrency } from '../../matching/options.js';
import { EXIT, exitCodeOf } from '../../worker/exit-codes.js';
import { resolveRunningSettings } from '../../worker/running-settings.js';
import { ConfigError, loadSettings } from '../../worker/settings.js';

// The feeds reconciled with the engine's built-in options only: the finance team could not set its tolerance, its
// write-off account, the date window, the auto-confirm confidence or the country presets. BANKFEED_MATCH_* are read
// with every other variable (worker/settings.ts) and resolved once into the running settings.

const matchingOf = (env: Record<string, string>) => resolveRunningSettings(loadSettings(env), null);

/** The one line the configuration error has for `name`. */
function errorOf(env: Record<string, string>, name: string): string {
  try {
    loadSettings(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect(exitCodeOf(e)).toBe(EXIT.config);
    const message = (e as Error).message;
    expect(message.split('\n')[0]).toBe('invalid configuration:');
    return (
      message
        .split('\n')
        .find((l) => l.trim().startsWith(`${name}:`))
        ?.trim() ?? `(no line for ${name})`
    );
  }
  throw new Error('no error');
}

describe('the matching settings (BANKFEED_MATCH_*)', () => {
  it("are the engine's defaults when unset or blank, as before", () => {
    const defaults = {
      dateWindowDays: DEFAULT_MATCH_OPTIONS.dateWindowDays,
      tolerance: DEFAULT_MATCH_OPTIONS.tolerance,
      writeOffAccount: DEFAULT_MATCH_OPTIONS.writeOffAccount,
      maxSplitSize: DEFAULT_MATCH_OPTIONS.maxSplitSize,
      autoConfirmThreshold: DEFAULT_MATCH_OPTIONS.autoConfirmThreshold,
      presets: DEFAULT_MATCH_OPTIONS.presets,
    };
    expect(loadSettings({}).matching).toEqual({});
    expect(matchingOf({}).matching).toEqual(defaults);
    expect(matchingOf({}).toleranceCurrency).toBeUndefined();
    const blank = Object.fromEntries(
      [
        'BANKFEED_MATCH_TOLERANCE',
        'BANKFEED_MATCH_WRITE_OFF_ACCOUNT',
        'BANKFEED_MATCH_DATE_WINDOW_DAYS',
        'BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD',
        'BANKFEED_MATCH_PRESETS',
      ].map((n) => [n, '  ']),
    );
    expect(matchingOf(blank).matching).toEqual(defaults);
  });

  it('are what the running settings hand the reconciliation and the web app', () => {
    const r = matchingOf({
      BANKFEED_MATCH_TOLERANCE: '{"underPercent":"1","underFixedMinor":5000,"overPercent":"0.5","currency":"ngn"}',
      BANKFEED_MATCH_WRITE_OFF_ACCOUNT: ' 6120 Suspense ',
      BANKFEED_MATCH_DATE_WINDOW_DAYS: '10',
      BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: '0.95',
      BANKFEED_MATCH_PRESETS: 'NG, ke',
    });
    expect(r.matching).toEqual({
      dateWindowDays: 10,
      tolerance: { underPercent: '1', underFixedMinor: 5000, overPercent: '0.5' },
      writeOffAccount: '6120 Suspense',
      maxSplitSize: DEFAULT_MATCH_OPTIONS.maxSplitSize,
      autoConfirmThreshold: 0.95,
      presets: {
        nigerianBankCharges: true,
        ghanaianBankCharges: false,
        kenyanBankCharges: true,
        southAfricanBankCharges: false,
      },
    });
    expect(r.toleranceCurrency).toBe('NGN');
  });

  it('take a tolerance of percentages alone without a currency, "none" for no presets, and the bounds', () => {
    const r = matchingOf({
      BANKFEED_MATCH_TOLERANCE: '{"underPercent":"2"}',
      BANKFEED_MATCH_PRESETS: 'none',
      BANKFEED_MATCH_DATE_WINDOW_DAYS: '0',
      BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: '1',
    });
    expect(r.matching.tolerance).toEqual({ underPercent: '2' });
    expect(r.toleranceCurrency).toBeUndefined();
    expect(Object.values(r.matching.presets)).toEqual([false, false, false, false]);
    expect(r.matching.dateWindowDays).toBe(0);
    expect(r.matching.autoConfirmThreshold).toBe(1);
    expect(matchingOf({ BANKFEED_MATCH_PRESETS: 'za,' }).matching.presets.southAfricanBankCharges).toBe(true);
  });

  it('refuse a tolerance that is not the JSON of the engine option, naming the variable and the value', () => {
    const tol = (v: string) => errorOf({ BANKFEED_MATCH_TOLERANCE: v }, 'BANKFEED_MATCH_TOLERANCE');
    expect(tol('1%')).toBe(
      'BANKFEED_MATCH_TOLERANCE: must be a JSON object such as {"underPercent":"1","underFixedMinor":5000,"currency":"NGN"} (got "1%")',
    );
    expect(tol('{"underPercent":1}')).toMatch(
      /^BANKFEED_MATCH_TOLERANCE: underPercent: expected a percent as a decimal string such as "1" or "0.5"; expected e\.g\. .* \(got "\{\\"underPercent\\":1\}"\)$/,
    );
    expect(tol('{"underPercent":"1%"}')).toContain('underPercent: expected a non-negative decimal string');
    expect(tol('{"underFixedMinor":50.5,"currency":"NGN"}')).toContain(
      'underFixedMinor: expected a non-negative whole number of minor units, such as 5000 for 50.00',
    );
    expect(tol('{"overFixedMinor":-1,"currency":"NGN"}')).toContain('overFixedMinor: expected a non-negative whole');
    expect(tol('{"percent":"1","fixed":"50.00"}')).toContain(
      'unknown key "percent", "fixed": the keys are underPercent, underFixedMinor, overPercent, overFixedMinor and currency',
    );
    expect(tol('[]')).toContain('BANKFEED_MATCH_TOLERANCE: expected a JSON object');
  });

  it('want the currency of fixed amounts, and only with them', () => {
    const tol = (v: string) => errorOf({ BANKFEED_MATCH_TOLERANCE: v }, 'BANKFEED_MATCH_TOLERANCE');
    expect(tol('{"underFixedMinor":5000}')).toBe(
      'BANKFEED_MATCH_TOLERANCE: underFixedMinor and overFixedMinor are minor units of one currency: add "currency", e.g. "NGN" (got "{\\"underFixedMinor\\":5000}")',
    );
    expect(tol('{"underPercent":"1","currency":"NGN"}')).toContain(
      '"currency" is the currency of underFixedMinor/overFixedMinor; without either, leave it out',
    );
    expect(tol('{"overFixedMinor":5000,"currency":"NAIRAS"}')).toContain('currency: unknown currency "NAIRAS"');
  });

  it('refuse a bad write-off account, date window, confidence or preset list, each with its value', () => {
    const lines = [
      errorOf({ BANKFEED_MATCH_WRITE_OFF_ACCOUNT: 'x'.repeat(201) }, 'BANKFEED_MATCH_WRITE_OFF_ACCOUNT'),
      errorOf({ BANKFEED_MATCH_DATE_WINDOW_DAYS: '7.5' }, 'BANKFEED_MATCH_DATE_WINDOW_DAYS'),
      errorOf({ BANKFEED_MATCH_DATE_WINDOW_DAYS: '400' }, 'BANKFEED_MATCH_DATE_WINDOW_DAYS'),
      errorOf({ BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: '95' }, 'BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD'),
      errorOf({ BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: '-0.1' }, 'BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD'),
      errorOf({ BANKFEED_MATCH_PRESETS: 'ng,us' }, 'BANKFEED_MATCH_PRESETS'),
      errorOf({ BANKFEED_MATCH_PRESETS: 'none,ng' }, 'BANKFEED_MATCH_PRESETS'),
      errorOf({ BANKFEED_MATCH_PRESETS: ',' }, 'BANKFEED_MATCH_PRESETS'),
    ];
    expect(lines).toEqual([
      `BANKFEED_MATCH_WRITE_OFF_ACCOUNT: must be an account name or code of at most 200 characters, e.g. "Bank charges" (got "${'x'.repeat(117)}...")`,
      'BANKFEED_MATCH_DATE_WINDOW_DAYS: must be a whole number of days from 0 to 366, e.g. 7 (got "7.5")',
      'BANKFEED_MATCH_DATE_WINDOW_DAYS: must be a whole number of days from 0 to 366, e.g. 7 (got "400")',
      'BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: must be a confidence from 0 to 1, e.g. 0.95 (a match this sure is confirmed without review) (got "95")',
      'BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD: must be a confidence from 0 to 1, e.g. 0.95 (a match this sure is confirmed without review) (got "-0.1")',
      'BANKFEED_MATCH_PRESETS: list the countries whose bank-charge presets are on, any of "ng,gh,ke,za", or "none"; not a country code: "us" (got "ng,us")',
      'BANKFEED_MATCH_PRESETS: "none" stands alone: list the countries whose bank-charge presets are on, any of "ng,gh,ke,za", or "none" (got "none,ng")',
      'BANKFEED_MATCH_PRESETS: list the countries whose bank-charge presets are on, any of "ng,gh,ke,za", or "none" (got ",")',
    ]);
  });

  it('list every bad variable at once', () => {
    const message = (() => {
      try {
        loadSettings({ BANKFEED_MATCH_DATE_WINDOW_DAYS: 'week', BANKFEED_MATCH_PRESETS: 'uk', BANKFEED_WEB_PORT: 'x' });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(message.split('\n').map((l) => l.trim().split(':')[0])).toEqual([
      'invalid configuration',
      'BANKFEED_WEB_PORT',
      'BANKFEED_MATCH_DATE_WINDOW_DAYS',
      'BANKFEED_MATCH_PRESETS',
    ]);
  });
});

describe('a fixed tolerance with its currency', () => {
  const t = { underPercent: '1', underFixedMinor: 5000, overFixedMinor: 2000 };
  it('applies whole to lines in its currency (any writing of it), and only its percentages to others', () => {
    expect(toleranceForCurrency(t, 'NGN', 'NGN')).toEqual(t);
    expect(toleranceForCurrency(t, 'NGN', 'ngn')).toEqual(t);
    expect(toleranceForCurrency(t, 'GHS', 'GHC')).toEqual(t);
    expect(toleranceForCurrency(t, 'NGN', 'KES')).toEqual({ underPercent: '1' });
    expect(toleranceForCurrency(t, 'NGN', '???')).toEqual({ underPercent: '1' });
  });
  it("without a currency is in each line's own, as a single-currency file's", () => {
    expect(toleranceForCurrency(t, undefined, 'KES')).toEqual(t);
  });
});
