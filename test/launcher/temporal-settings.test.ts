import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pinnedCliPath, temporalSettings } from '../../temporal.config.js';

const dir = mkdtempSync(join(tmpdir(), 'bankfeed-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CERT = '-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nTOPSECRETKEYMATERIAL\n-----END PRIVATE KEY-----\n';
const CA = '-----BEGIN CERTIFICATE-----\nMIIBca\n-----END CERTIFICATE-----\n';
const certFile = join(dir, 'client.pem');
const keyFile = join(dir, 'client.key');
const caFile = join(dir, 'ca.pem');
writeFileSync(certFile, CERT);
writeFileSync(keyFile, KEY);
writeFileSync(caFile, CA);

const external = { TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233' };

describe('temporalSettings', () => {
  it('without TEMPORAL_ADDRESS: embedded, with defaults', () => {
    const s = temporalSettings({});
    expect(s).toMatchObject({ mode: 'embedded', namespace: 'default', taskQueue: 'bankfeed', readyTimeoutMs: 60_000 });
    expect(s.address).toBeUndefined();
    expect(s.tls).toBeUndefined();
    expect([pinnedCliPath(), 'temporal']).toContain(s.cliPath);
  });

  it('TEMPORAL_CLI_PATH, BANKFEED_TASK_QUEUE and the readiness timeout come from the environment', () => {
    const s = temporalSettings({
      TEMPORAL_CLI_PATH: '/opt/temporal',
      BANKFEED_TASK_QUEUE: 'q1',
      BANKFEED_TEMPORAL_READY_TIMEOUT_MS: '90000',
    });
    expect(s).toMatchObject({ cliPath: '/opt/temporal', taskQueue: 'q1', readyTimeoutMs: 90_000 });
  });

  it('refuses a readiness timeout that is not a positive number (it used to mean "do not wait")', () => {
    for (const bad of ['abc', '0', '-5', '1.5']) {
      expect(() => temporalSettings({ BANKFEED_TEMPORAL_READY_TIMEOUT_MS: bad })).toThrow(
        `BANKFEED_TEMPORAL_READY_TIMEOUT_MS must be a positive number of milliseconds, got "${bad}"`,
      );
    }
  });

  it('TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE: an external cluster, plain connection', () => {
    const s = temporalSettings({ TEMPORAL_ADDRESS: 'temporal.internal:7233', TEMPORAL_NAMESPACE: 'finance' });
    expect(s).toMatchObject({ mode: 'external', address: 'temporal.internal:7233', namespace: 'finance' });
    expect(s.apiKey).toBeUndefined();
    expect(s.tls).toBeUndefined();
  });

  it('TEMPORAL_API_KEY turns TLS on (Temporal Cloud), unless TEMPORAL_TLS says otherwise', () => {
    expect(temporalSettings({ ...external, TEMPORAL_API_KEY: 'k' })).toMatchObject({ apiKey: 'k', tls: true });
    expect(temporalSettings({ ...external, TEMPORAL_API_KEY: 'k', TEMPORAL_TLS: 'false' }).tls).toBeUndefined();
    expect(temporalSettings({ ...external, TEMPORAL_TLS: 'true' }).tls).toBe(true);
    expect(temporalSettings({ ...external, TEMPORAL_TLS: '1' }).tls).toBe(true);
    // envconfig: any value other than "1"/"true" means off
    expect(temporalSettings({ ...external, TEMPORAL_API_KEY: 'k', TEMPORAL_TLS: 'no' }).tls).toBeUndefined();
  });

  it('mTLS from certificate and key files, with CA and server name', () => {
    const s = temporalSettings({
      ...external,
      TEMPORAL_TLS_CLIENT_CERT_PATH: certFile,
      TEMPORAL_TLS_CLIENT_KEY_PATH: keyFile,
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: caFile,
      TEMPORAL_TLS_SERVER_NAME: 'ns.acct.tmprl.cloud',
    });
    expect(s.tls).toEqual({
      serverNameOverride: 'ns.acct.tmprl.cloud',
      serverRootCACertificate: Buffer.from(CA),
      clientCert: { crt: Buffer.from(CERT), key: Buffer.from(KEY) },
    });
  });

  it('mTLS from inline _DATA variables', () => {
    const s = temporalSettings({ ...external, TEMPORAL_TLS_CLIENT_CERT_DATA: CERT, TEMPORAL_TLS_CLIENT_KEY_DATA: KEY });
    expect(s.tls).toEqual({ clientCert: { crt: Buffer.from(CERT), key: Buffer.from(KEY) } });
  });

  it('errors clearly on a half-set client certificate and key', () => {
    expect(() => temporalSettings({ ...external, TEMPORAL_TLS_CLIENT_CERT_PATH: certFile })).toThrow(
      /client certificate and its key: TEMPORAL_TLS_CLIENT_KEY_PATH \(or _DATA\) is missing/,
    );
    expect(() => temporalSettings({ ...external, TEMPORAL_TLS_CLIENT_KEY_DATA: KEY })).toThrow(
      /TEMPORAL_TLS_CLIENT_CERT_PATH \(or _DATA\) is missing/,
    );
  });

  it('errors clearly on a missing file, or both _PATH and _DATA, without printing key material', () => {
    const missing = join(dir, 'nope.key');
    expect(() =>
      temporalSettings({ ...external, TEMPORAL_TLS_CLIENT_CERT_PATH: certFile, TEMPORAL_TLS_CLIENT_KEY_PATH: missing }),
    ).toThrow(`TEMPORAL_TLS_CLIENT_KEY_PATH: file ${missing} does not exist`);
    let message = '';
    try {
      temporalSettings({
        ...external,
        TEMPORAL_TLS_CLIENT_CERT_DATA: CERT,
        TEMPORAL_TLS_CLIENT_KEY_DATA: KEY,
        TEMPORAL_TLS_CLIENT_KEY_PATH: keyFile,
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('set TEMPORAL_TLS_CLIENT_KEY_PATH or TEMPORAL_TLS_CLIENT_KEY_DATA, not both');
    // Key data without a PEM header was once taken for a file name and echoed in the error.
    let echoed = '';
    try {
      temporalSettings({ ...external, TEMPORAL_TLS_CLIENT_KEY_DATA: 'TOPSECRETKEYMATERIAL' });
    } catch (e) {
      echoed = (e as Error).message;
    }
    expect(echoed).not.toBe('');
    expect(echoed).not.toContain('TOPSECRETKEYMATERIAL');
  });
});
