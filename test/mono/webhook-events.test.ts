import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseMonoWebhook, WebhookParseError } from '../../adapters/mono/webhook-events.js';

const ACC = '6972325w62ta67u33f88840a';
const raw = (o: unknown) => JSON.stringify(o);

// camelCase webhook account as documented on the account-update page: full of personal data the parser must drop.
const webhookAccount = {
  _id: ACC,
  name: 'Samuel Olamide',
  accountNumber: '0131883461',
  currency: 'NGN',
  balance: 10000000,
  type: 'SAVINGS_ACCOUNT',
  bvn: '22212345678',
  authMethod: 'internet_banking',
  institution: { name: 'GTBank', bankCode: '058', type: 'PERSONAL_BANKING' },
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
};

function assertNoPersonalData(parsed: unknown) {
  const s = JSON.stringify(parsed);
  for (const bad of ['Samuel', 'Olamide', '0131883461', '22212345678', '10000000']) expect(s).not.toContain(bad);
}

describe('parseMonoWebhook', () => {
  it('account_connected (Jan 2026 envelope) keeps ids, status and ref', () => {
    const body = raw({
      event: 'mono.events.account_connected',
      event_id: 'evt_1',
      timestamp: '2026-01-28T10:00:00.000Z',
      data: {
        id: ACC,
        customer: '682dd53a74682beb490a0ed4',
        meta: { data_status: 'PROCESSING', auth_method: 'internet_banking', ref: 'r-1' },
        app: 'a',
        business: 'b',
      },
    });
    expect(parseMonoWebhook(body)).toEqual({
      key: 'evt_1',
      eventName: 'mono.events.account_connected',
      eventId: 'evt_1',
      timestamp: '2026-01-28T10:00:00.000Z',
      event: {
        type: 'account_connected',
        accountId: ACC,
        customerId: '682dd53a74682beb490a0ed4',
        dataStatus: 'PROCESSING',
        ref: 'r-1',
      },
    });
  });

  it('older account_connected with only {id} and no event_id is keyed by the SHA-256 of the raw body', () => {
    const body = raw({ event: 'mono.events.account_connected', data: { id: ACC } });
    const p = parseMonoWebhook(Buffer.from(body));
    expect(p.key).toBe(createHash('sha256').update(body).digest('hex'));
    expect(p.eventId).toBeNull();
    expect(p.timestamp).toBeNull();
    expect(p.event).toEqual({ type: 'account_connected', accountId: ACC });
  });

  it('account_updated with camelCase account, lower-case data_status, sync fields — and no personal data', () => {
    const p = parseMonoWebhook(
      raw({
        event: 'mono.events.account_updated',
        event_id: 'evt_2',
        data: {
          account: webhookAccount,
          meta: {
            data_status: 'available',
            auth_method: 'internet_banking',
            retrieved_data: ['balance'],
            sync_status: 'reauthorisation_required',
            job_id: 'job_9',
            has_new_data: true,
          },
        },
      }),
    );
    expect(p.event).toEqual({
      type: 'account_updated',
      accountId: ACC,
      dataStatus: 'AVAILABLE',
      syncStatus: 'REAUTHORISATION_REQUIRED',
      hasNewData: true,
      jobId: 'job_9',
    });
    assertNoPersonalData(p);
  });

  it('the realtime page’s mis-named mono.accounts.account_updated is the same event', () => {
    const p = parseMonoWebhook(
      raw({
        event: 'mono.accounts.account_updated',
        data: { account: { _id: ACC }, meta: { data_status: 'PARTIAL' } },
      }),
    );
    expect(p.event).toEqual({ type: 'account_updated', accountId: ACC, dataStatus: 'PARTIAL' });
  });

  it('mono.accounts.jobs.update (account is a string id)', () => {
    const p = parseMonoWebhook(
      raw({
        event: 'mono.accounts.jobs.update',
        data: {
          account: ACC,
          business: 'b',
          app: 'a',
          id: 'job_1',
          name: 'jobs.accounts.sync_statement',
          status: 'FINISHED',
        },
      }),
    );
    expect(p.event).toEqual({
      type: 'job_update',
      accountId: ACC,
      jobId: 'job_1',
      name: 'jobs.accounts.sync_statement',
      status: 'finished',
    });
  });

  it('account events with {_id}, {id} or a string account', () => {
    const cases: Array<[string, unknown, string]> = [
      ['mono.events.account_reauthorized', { account: { _id: ACC }, app: 'a' }, 'account_reauthorized'],
      ['mono.events.reauthorisation_required', { account: { _id: ACC } }, 'reauthorisation_required'],
      ['mono.events.sync_failed', { account: { _id: ACC } }, 'sync_failed'],
      ['mono.events.account_unlinked', { account: { id: ACC } }, 'account_unlinked'],
      ['mono.events.account_unlinked', { account: { _id: ACC } }, 'account_unlinked'],
      ['mono.events.account_credit_worthiness', { account: ACC }, 'account_credit_worthiness'],
    ];
    for (const [event, data, type] of cases)
      expect(parseMonoWebhook(raw({ event, data })).event).toEqual({ type, accountId: ACC });
  });

  it('account_income keeps only the account id (name, number and income figures stay out)', () => {
    const p = parseMonoWebhook(
      raw({
        event: 'mono.events.account_income',
        data: {
          account: ACC,
          account_name: 'Samuel Olamide',
          account_number: '0131883461',
          income_summary: { total_income: 10000000 },
        },
      }),
    );
    expect(p.event).toEqual({ type: 'account_income', accountId: ACC });
    assertNoPersonalData(p);
  });

  it('direct debit payments keep status, reference and account id only', () => {
    const p = parseMonoWebhook(
      raw({
        event: 'direct_debit.payment_successful',
        event_id: 'evt_dd',
        data: {
          type: 'onetime-debit',
          object: { id: 'txd_1', status: 'successful', amount: 20000, reference: 'ref-42', account: webhookAccount },
        },
      }),
    );
    expect(p.event).toEqual({
      type: 'direct_debit_payment',
      status: 'successful',
      reference: 'ref-42',
      accountId: ACC,
    });
    assertNoPersonalData(p);
  });

  it('unknown events are "unknown", not errors', () => {
    expect(parseMonoWebhook(raw({ event: 'mono.events.statement_insights', data: { x: 1 } })).event).toEqual({
      type: 'unknown',
      eventName: 'mono.events.statement_insights',
    });
  });

  it('rejects malformed bodies with a reason and without echoing the body', () => {
    const bad = [
      '{"event": "mono.events.account_connected", "data": {"id": "0131883461"',
      '[1,2]',
      '"x"',
      raw({ data: {} }),
      raw({ event: '' }),
      raw({ event: 'mono.events.account_connected', data: 'x' }),
    ];
    for (const b of bad) {
      try {
        parseMonoWebhook(b);
        expect.unreachable(`accepted ${b}`);
      } catch (e) {
        expect(e).toBeInstanceOf(WebhookParseError);
        expect((e as Error).message).not.toContain('0131883461');
        expect((e as WebhookParseError).reason.length).toBeGreaterThan(0);
      }
    }
  });

  it('a known event without its account id is a parse error naming the field', () => {
    expect(() => parseMonoWebhook(raw({ event: 'mono.events.account_updated', data: { meta: {} } }))).toThrow(
      /data\.account/,
    );
    expect(() =>
      parseMonoWebhook(raw({ event: 'mono.accounts.jobs.update', data: { account: ACC, status: 'finished' } })),
    ).toThrow(/job id/);
  });
});
