import { describe, expect, it } from 'vitest';
import {
  MonoError,
  monoErrorFromResponse,
  paramFromMessage,
  parseRetryAfter,
  sanitizeMessage,
} from '../../adapters/mono/errors.js';

const endpoint = 'GET /v2/accounts/{id}/transactions';
const secret = 'test_sk_very_secret_123';

describe('monoErrorFromResponse', () => {
  it('401 and 403 are an invalid key and never retried', () => {
    for (const status of [401, 403]) {
      const e = monoErrorFromResponse({ status, endpoint, message: 'Unauthorized request.' });
      expect(e).toBeInstanceOf(MonoError);
      expect([e.kind, e.retryable, e.status, e.endpoint]).toEqual(['invalid_key', false, status, endpoint]);
    }
  });

  it('404 is not found (unknown or unlinked account)', () => {
    expect(monoErrorFromResponse({ status: 404, endpoint, message: 'Account not found' }).kind).toBe('not_found');
  });

  it('400 names the parameter when the message does', () => {
    const cases: Array<[string, string | undefined]> = [
      ['"start" must be a valid date in DD-MM-YYYY format', 'start'],
      ["Invalid value for 'limit'", 'limit'],
      ['Invalid parameter: narration', 'narration'],
      ['end date is before start date', 'end'],
      ['Invalid type "DEBIT": expected debit or credit', 'type'],
      ['Invalid start date "32-01-2024": use DD-MM-YYYY', 'start'],
      ['Invalid institution.id "x": unknown institution', 'institution.id'],
      ['Something went wrong', undefined],
    ];
    for (const [message, param] of cases) {
      const e = monoErrorFromResponse({ status: 400, endpoint, message });
      expect(e.kind).toBe('bad_request');
      expect(e.retryable).toBe(false);
      expect(e.param).toBe(param);
    }
  });

  it('a message about re-authorisation on 400 or another 4xx is reauth_required', () => {
    for (const [status, message] of [
      [400, 'This account requires re-authorisation'],
      [400, 'Reauthorisation required for this account'],
      [422, 'Account needs reauth'],
      [409, 'This account can not be re-authorised.'],
    ] as const) {
      const e = monoErrorFromResponse({ status, endpoint, message });
      expect([e.kind, e.retryable]).toEqual(['reauth_required', false]);
    }
  });

  it('402 is payment required (empty wallet)', () => {
    const e = monoErrorFromResponse({ status: 402, endpoint, message: 'Insufficient wallet balance' });
    expect([e.kind, e.retryable]).toEqual(['payment_required', false]);
  });

  it('429 carries Retry-After in ms, as seconds or an HTTP date', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(monoErrorFromResponse({ status: 429, endpoint, retryAfter: '7', now }).retryAfterMs).toBe(7000);
    const dated = monoErrorFromResponse({ status: 429, endpoint, retryAfter: 'Thu, 01 Jan 2026 00:00:30 GMT', now });
    expect([dated.kind, dated.retryable, dated.retryAfterMs]).toEqual(['rate_limited', true, 30_000]);
    expect(monoErrorFromResponse({ status: 429, endpoint }).retryAfterMs).toBeUndefined();
  });

  it('5xx is unavailable and retryable', () => {
    for (const status of [500, 502, 503, 504]) {
      const e = monoErrorFromResponse({ status, endpoint });
      expect([e.kind, e.retryable]).toEqual(['unavailable', true]);
    }
  });

  it('a 200 whose envelope says failed is a protocol error unless it asks for reauth', () => {
    expect(monoErrorFromResponse({ status: 200, endpoint, message: 'failed' }).kind).toBe('protocol');
    expect(monoErrorFromResponse({ status: 200, endpoint, message: 'REAUTHORISATION_REQUIRED' }).kind).toBe(
      'reauth_required',
    );
  });

  it('never carries the secret key, account numbers or BVNs in its message or JSON', () => {
    const e = monoErrorFromResponse({
      status: 400,
      endpoint,
      message: `Bad key ${secret} for account 0131883461, bvn 22212345678, other live_sk_abc123`,
      secrets: [secret],
    });
    const text = `${e.message} ${JSON.stringify(e)}`;
    expect(text).not.toContain(secret);
    expect(text).not.toContain('live_sk_abc123');
    expect(text).not.toContain('0131883461');
    expect(text).not.toContain('22212345678');
    expect(text).toContain('3461');
  });
});

describe('helpers', () => {
  it('parseRetryAfter reads seconds and dates and refuses junk', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(['2'], now)).toBe(2000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('paramFromMessage prefers a quoted name', () => {
    expect(paramFromMessage('"page" must be greater than 0 (limit ok)')).toBe('page');
  });

  it('sanitizeMessage caps length', () => {
    expect(sanitizeMessage('x'.repeat(1000)).length).toBeLessThanOrEqual(301);
  });
});
