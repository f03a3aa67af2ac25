import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../worker/settings.js';

// The DirectPay settings are read with the others in worker/settings.ts: validated, with errors naming the variable.
describe('DirectPay settings', () => {
  it('are empty when unset or blank (the fee account then takes its default where it is used)', () => {
    expect(loadSettings({}).directPay).toEqual({});
    expect(loadSettings({ BANKFEED_DIRECTPAY_FEE_ACCOUNT: '   ' }).directPay).toEqual({});
  });

  it('take the fee account (trimmed) and the redirect URL', () => {
    const s = loadSettings({
      BANKFEED_DIRECTPAY_FEE_ACCOUNT: ' 6120 Bank charges ',
      BANKFEED_DIRECTPAY_REDIRECT_URL: 'https://books.example/paid',
    });
    expect(s.directPay).toEqual({ feeAccount: '6120 Bank charges', redirectUrl: 'https://books.example/paid' });
  });

  it('refuse a redirect that is not a URL and an over-long fee account, naming the variable', () => {
    expect(() => loadSettings({ BANKFEED_DIRECTPAY_REDIRECT_URL: 'books.example/paid' })).toThrow(ConfigError);
    expect(() => loadSettings({ BANKFEED_DIRECTPAY_REDIRECT_URL: 'books.example/paid' })).toThrow(
      /BANKFEED_DIRECTPAY_REDIRECT_URL: BANKFEED_DIRECTPAY_REDIRECT_URL must be a URL/,
    );
    expect(() => loadSettings({ BANKFEED_DIRECTPAY_FEE_ACCOUNT: 'x'.repeat(201) })).toThrow(
      /BANKFEED_DIRECTPAY_FEE_ACCOUNT: .*at most 200 characters/,
    );
  });
});
