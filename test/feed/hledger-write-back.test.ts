import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerConfig } from '../../adapters/ledger/config.js';
import { statusQuery, syncNowUpdate } from '../../workflows/messages.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';
import { requireComponent } from '../support/components.js';
import {
  hledgerAvailable,
  hledgerPrint,
  startHledgerWeb,
  type RunningHledgerWeb,
} from '../hledger/hledger-web-server.js';

const ACCOUNT = '6600000000000000000c0001';
const JOURNAL = `; bankfeed write-back test books
2025-01-01 * Opening balance
    Assets:Bank:GTBank        ₦5,000,000.00
    Equity:Opening
`;

let h: FeedHarness | undefined;
let web: RunningHledgerWeb | undefined;
let available = false;

beforeAll(async () => {
  available = await requireComponent('hledger', hledgerAvailable, 'hledger-web and hledger (Debian packages)');
  if (!available) return;
  web = await startHledgerWeb(JOURNAL);
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        {
          id: 'hledger',
          kind: 'hledger-web',
          url: web.url,
          bankAccount: 'Assets:Bank:GTBank',
          currency: 'NGN',
          journalPath: web.journalPath,
        },
      ],
      bindings: [{ accountId: ACCOUNT, sourceId: 'hledger', ledgerAccount: 'Assets:Bank:GTBank', writeBack: true }],
    }),
    'write-back test config',
  );
  h = await startFeedHarness({
    sandbox: { seed: 41 },
    ledger: { config, baseDir: web.dir },
    feedConfig: { reconcileAfterSync: true },
  });
  await h.sandbox.linkAccount({ id: ACCOUNT, institution: 'GTBank', kind: 'business', historyDays: 25, txnsPerDay: 6 });
}, 120_000);

afterAll(async () => {
  await h?.close();
  await web?.stop();
});

function levyPostings(): number {
  return (hledgerPrint(web!.journalPath, 'tag:bankfeed-key').match(/Taxes:Electronic money transfer levy/g) ?? [])
    .length;
}

describe('write-back to hledger-web', () => {
  it('posts each classified levy once, even when the write-back is retried after a crash', async (ctx) => {
    if (!available) ctx.skip();
    const levies = h!.sandbox
      .truth(ACCOUNT)
      .filter((t) => /EMTL|TRANSFER LEVY/i.test(t.narration) && t.type === 'debit');
    expect(levies.length).toBeGreaterThan(0);
    await h!.startFeed(ACCOUNT);
    await h!.waitFor(ACCOUNT, (s) => s.backfilled && !!s.lastReconciliation, 90_000);
    const posted = levyPostings();
    expect(posted).toBe(levies.length);
    const audits = await h!.db.db.selectFrom('audit_log').selectAll().where('action', '=', 'ledger.post').execute();
    expect(audits.length).toBeGreaterThanOrEqual(levies.length);

    // What a kill between the ledger's answer and our audit row leaves behind: the postings exist, our record does not.
    await h!.db.db.deleteFrom('audit_log').where('action', '=', 'ledger.post').execute();
    h!.sandbox.addTransactions(ACCOUNT, 2);
    const handle = h!.client.workflow.getHandle(`account-feed:${ACCOUNT}`);
    const before = (await handle.query(statusQuery)).lastReconciliation?.runId ?? 0;
    await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'retry after crash' }] });
    await h!.waitFor(ACCOUNT, (s) => (s.lastReconciliation?.runId ?? 0) > before, 60_000);
    expect(levyPostings()).toBe(posted);
    const keys = hledgerPrint(web!.journalPath, 'tag:bankfeed-key').match(/bankfeed-key:\s*\S+/g) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
    // The retry found the postings and recorded them as already there.
    const reRecorded = await h!.db.db.selectFrom('audit_log').selectAll().where('action', '=', 'ledger.post').execute();
    expect(reRecorded.every((a) => JSON.parse(a.detail!).created === false)).toBe(true);
  });
});
