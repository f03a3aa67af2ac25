import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyMonoWebhook } from '../../adapters/mono/webhook-verify.js';

const secret = 'whsec_bankfeed_sandbox';
const body = JSON.stringify({ event: 'mono.events.account_connected', data: { id: '66141bbff58d2687e7d91234' } });
const hmac = (s: string, b: string) => createHmac('sha512', s).update(b).digest('hex');

describe('verifyMonoWebhook', () => {
  it('accepts the static secret (Mono’s documented scheme) by default', () => {
    expect(verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': secret }, secret })).toEqual({
      ok: true,
    });
  });

  it('reads the header whatever its casing and from a one-element array', () => {
    expect(verifyMonoWebhook({ rawBody: body, headers: { 'Mono-Webhook-Secret': secret }, secret }).ok).toBe(true);
    expect(verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': [secret] }, secret }).ok).toBe(true);
  });

  it('rejects a wrong secret, including prefixes, suffixes and different lengths, without throwing', () => {
    for (const wrong of ['x', secret.slice(0, -1), `${secret}x`, secret.toUpperCase(), 'a'.repeat(10_000)]) {
      expect(verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': wrong }, secret })).toEqual({
        ok: false,
        reason: 'signature_mismatch',
      });
    }
  });

  it('never accepts a missing or empty header in any mode', () => {
    for (const mode of ['static', 'hmac', 'either'] as const) {
      for (const headers of [
        {},
        { 'mono-webhook-secret': '' },
        { 'mono-webhook-secret': '   ' },
        { 'mono-webhook-secret': undefined },
        { 'mono-webhook-secret': [] },
      ]) {
        expect(verifyMonoWebhook({ rawBody: body, headers, secret, mode })).toEqual({
          ok: false,
          reason: 'missing_signature',
        });
      }
    }
  });

  it('refuses when no secret is configured, even if the header is empty too', () => {
    expect(verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': '' }, secret: '' })).toEqual({
      ok: false,
      reason: 'no_secret_configured',
    });
  });

  it('refuses two signature headers', () => {
    expect(verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': [secret, 'other'] }, secret }).ok).toBe(
      false,
    );
  });

  it('hmac mode wants the HMAC-SHA512 hex of the exact raw body, not the secret', () => {
    const sig = hmac(secret, body);
    expect(verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': sig }, secret, mode: 'hmac' }).ok).toBe(
      true,
    );
    expect(
      verifyMonoWebhook({
        rawBody: Buffer.from(body),
        headers: { 'mono-webhook-secret': sig.toUpperCase() },
        secret,
        mode: 'hmac',
      }).ok,
    ).toBe(true);
    expect(
      verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': `sha512=${sig}` }, secret, mode: 'hmac' })
        .ok,
    ).toBe(true);
    expect(
      verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': secret }, secret, mode: 'hmac' }).ok,
    ).toBe(false);
    expect(
      verifyMonoWebhook({ rawBody: `${body} `, headers: { 'mono-webhook-secret': sig }, secret, mode: 'hmac' }).ok,
    ).toBe(false);
    expect(
      verifyMonoWebhook({
        rawBody: body,
        headers: { 'mono-webhook-secret': hmac('other', body) },
        secret,
        mode: 'hmac',
      }).ok,
    ).toBe(false);
  });

  it('static mode does not accept an HMAC; either mode accepts both and nothing else', () => {
    const sig = hmac(secret, body);
    expect(
      verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': sig }, secret, mode: 'static' }).ok,
    ).toBe(false);
    expect(
      verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': sig }, secret, mode: 'either' }).ok,
    ).toBe(true);
    expect(
      verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': secret }, secret, mode: 'either' }).ok,
    ).toBe(true);
    expect(
      verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': 'nope' }, secret, mode: 'either' }).ok,
    ).toBe(false);
  });
});
