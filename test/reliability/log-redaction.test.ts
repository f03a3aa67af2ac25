import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logNotifier } from '../../activities/notifier.js';
import { redactForLog, redactText } from '../../worker/log-redaction.js';
import { createLogger } from '../../worker/logger.js';

// Secrets, BVNs, account numbers and capability URLs must not reach a log line at any nesting depth, in the message
// or in the fields; ids, keys, dates and amounts that operators need must survive.

const SECRET = 'live_sk_9f8e7d6c5b4a39281706';
const WEBHOOK_SECRET = 'whsec_0123456789abcdefABCDEF';
const ACCOUNT_NUMBER = '0123456789';
const BVN = '22198765432';
const REAUTH_URL = 'https://connect.mono.co/reauth/9dK2mQx7Lp4vZ8rT1yW6?token=abcDEF123456ghiJKL&account=acc_1';
const NEEDLES = [SECRET, WEBHOOK_SECRET, ACCOUNT_NUMBER, BVN, '9dK2mQx7Lp4vZ8rT1yW6', 'abcDEF123456ghiJKL'];

function capture(level = 'debug') {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ stream, level }), lines };
}

/** The same sensitive values nested `depth` objects deep (and inside an array at the bottom). */
function nested(depth: number): Record<string, unknown> {
  let o: Record<string, unknown> = {
    secretKey: SECRET,
    headers: { 'mono-webhook-secret': WEBHOOK_SECRET },
    account: { accountNumber: ACCOUNT_NUMBER, account_number: Number(ACCOUNT_NUMBER), bvn: BVN, name: 'Ada Stores' },
    customer: { identity: { BVN: BVN } },
    reauth_url: REAUTH_URL,
    links: [{ href: REAUTH_URL }],
    note: `transfer to ${ACCOUNT_NUMBER} verified by BVN ${BVN}`,
    clientSecret: 'cs_live_abcdef0123456789',
  };
  for (let i = 0; i < depth; i++) o = { [`level${i}`]: o, list: [o] };
  return o;
}

describe('deep log redaction', () => {
  for (const depth of [0, 1, 2, 5]) {
    it(`removes secrets, BVNs, account numbers and capability URLs ${depth} levels deep`, () => {
      const { logger, lines } = capture();
      logger.info(nested(depth), 'nested record');
      logger.warn({ event: { data: nested(depth) } }, 'wrapped');
      expect(lines).toHaveLength(2);
      for (const line of lines) for (const needle of NEEDLES) expect(line, `depth ${depth}`).not.toContain(needle);
      // What remains useful: the account's last four digits, the link's host and path, the account name.
      expect(lines[0]).toContain('******6789');
      expect(lines[0]).toContain('Ada Stores');
      expect(lines[0]).toContain('[redacted]');
    });
  }

  it('masks account numbers and capability URLs in messages and error messages too', () => {
    const { logger, lines } = capture();
    logger.warn(`account ${ACCOUNT_NUMBER} needs re-authorisation at ${REAUTH_URL}`);
    logger.error({ err: new Error(`POST ${REAUTH_URL} failed for BVN ${BVN}`) }, 'call failed');
    for (const line of lines) for (const needle of NEEDLES) expect(line).not.toContain(needle);
    expect(lines[0]).toContain('https://connect.mono.co/reauth/[redacted]?[redacted]');
  });

  it('never logs the re-authorisation link at warn (the notifier that operators see)', async () => {
    const { logger, lines } = capture('warn');
    await logNotifier(logger).reauthRequired({
      accountId: 'acc_5f8a0c2e9b1d4e7f',
      accountName: 'Ada Stores — GTBank',
      url: REAUTH_URL,
      reminder: 1,
    });
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(rec.level).toBe(40);
    expect(lines[0]).not.toContain('connect.mono.co/reauth/9dK2');
    for (const needle of NEEDLES) expect(lines[0]).not.toContain(needle);
    expect(rec.accountId).toBe('acc_5f8a0c2e9b1d4e7f');
  });

  it('keeps what operators need: ids, event keys, dates, amounts, timestamps', () => {
    const kept = {
      accountId: '5f8a0c2e9b1d4e7f6a5b4c3d',
      key: '4c6039e1-faf6-49c6-a081-cc3689893115',
      date: '2026-12-02',
      at: '2026-12-02T01:12:49.123Z',
      amountMinor: 1250075,
      ms: 1796173905317,
      endpoint: 'GET /v2/accounts/{id}/transactions',
      url: 'http://127.0.0.1:8080/webhooks/mono',
    };
    expect(redactForLog(kept)).toEqual(kept);
  });

  it("keeps a sync outcome's figures and masks a number or BVN its error quotes (feed-activities syncOutcomeRecord)", () => {
    const { logger, lines } = capture('info');
    const figures = {
      accountId: '5f8a0c2e9b1d4e7f6a5b4c3d',
      outcome: 'synced',
      added: 42,
      updated: 3,
      durationMs: 1873,
    };
    logger.info(figures, 'account sync: synced');
    logger.info(
      { ...figures, outcome: 'failed', attempt: 2, error: `bank refused ${ACCOUNT_NUMBER} (BVN ${BVN})` },
      'account sync: failed',
    );
    expect(JSON.parse(lines[0]!)).toMatchObject(figures);
    expect(JSON.parse(lines[1]!)).toMatchObject({ ...figures, outcome: 'failed', attempt: 2 });
    for (const line of lines) for (const needle of NEEDLES) expect(line).not.toContain(needle);
  });

  it('survives cycles and absurd depth', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    let deep: Record<string, unknown> = { bvn: BVN };
    for (let i = 0; i < 50; i++) deep = { d: deep };
    const out = JSON.stringify(redactForLog({ a, deep }));
    expect(out).toContain('[circular]');
    expect(out).not.toContain(BVN);
  });

  it('masks digit runs only when they stand alone', () => {
    expect(redactText('NUBAN 0123456789, ref INV-2024-007, id 5f8a1234567890ab')).toBe(
      'NUBAN ******6789, ref INV-2024-007, id 5f8a1234567890ab',
    );
  });
});
