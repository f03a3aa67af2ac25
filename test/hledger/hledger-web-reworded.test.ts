/**
 * A journal posting the accountant re-words (its description only) is listed by the hledger-web adapter under a new
 * id, as the id hashes the description: the adapter's restateKey (everything the posting's transaction says but its
 * words, not its index) tells the stored entry it re-states, and db/restated-entries.ts re-keys that entry only when it
 * is the one on each side with the key, so a match holding it stands and it is not counted twice (walk-s31's re-worded
 * Cash sales). Real hledger-web, SQLite store.
 */
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { hledgerWebConfigSchema, hledgerWebLedgerAdapter } from '../../adapters/ledger/hledger-web.js';
import type { LedgerAdapter } from '../../adapters/ledger/types.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { requireComponent } from '../support/components.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { confirmMatchOn } from '../ledger/held-matches.js';
import { hledgerAvailable, startHledgerWeb, type RunningHledgerWeb } from './hledger-web-server.js';

const available = await requireComponent('hledger', hledgerAvailable, 'hledger and hledger-web (Debian packages)');
const BANK = 'Assets:Bank:GTBank';
const MARCH = { from: '2024-03-01', to: '2024-03-31' };

const IKEJA = `2024-03-05 Cash sales | Shop takings banked at Ikeja
    ${BANK}        ₦20,000.00
    Income:Sales
`;
const YABA = `2024-03-05 Cash sales | Shop takings banked at Yaba
    ${BANK}        ₦20,000.00
    Income:Sales
`;
const SUPPLIES = `2024-03-08 Officemart supplies
    Expenses:Supplies         ₦12,000.00
    ${BANK}
`;
const OPENING = `2024-02-28 * Opening balance
    ${BANK}        ₦1,000,000.00
    Equity:Opening
`;
/** A cheque written on 2 March and journalled later, in date order: every transaction below it is renumbered. */
const CHEQUE = `2024-03-02 (CHQ-000123) Gamma Ltd | Rent
    Expenses:Rent             ₦30,000.00
    ${BANK}
`;

let srv: RunningHledgerWeb | null = null;
let h: TestDb | null = null;
afterEach(async () => {
  await srv?.stop();
  await h?.dispose();
  srv = null;
  h = null;
});

async function start(journal: string): Promise<{ adapter: LedgerAdapter; db: TestDb; web: RunningHledgerWeb }> {
  srv = await startHledgerWeb(journal);
  h = await openSqliteTestDb();
  const config = hledgerWebConfigSchema.parse({ url: srv.url, bankAccount: BANK, journalPath: 'books.journal' });
  return { adapter: hledgerWebLedgerAdapter.create(config, { baseDir: srv.dir }), db: h, web: srv };
}

/** A complete pull (no cursor) stored as a sync stores it. */
async function pull(adapter: LedgerAdapter, db: TestDb) {
  const pulled = await adapter.pullOpenEntries({ ledgerAccount: BANK, period: MARCH, cursor: null });
  const synced = await syncLedgerEntries(db.db, {
    sourceId: 'books',
    label: 'hledger-web',
    entries: pulled.entries,
    closed: pulled.closed,
    complete: pulled.complete ?? null,
  });
  return { entries: pulled.entries, synced };
}

const rows = (db: TestDb) =>
  db.db
    .selectFrom('ledger_entries')
    .select(['id', 'external_id', 'status', 'closed_reason', 'description', 'amount_minor', 'restate_key'])
    .orderBy('id')
    .execute();

const edit = (web: RunningHledgerWeb, journal: string) => writeFile(web.journalPath, journal);

describe.runIf(available)('hledger-web: a posting re-worded in the journal', () => {
  it('stays the entry a match holds when re-worded, though a transaction back-dated above it renumbered it', async () => {
    const { adapter, db, web } = await start(`${OPENING}\n${IKEJA}\n${SUPPLIES}`);
    const first = await pull(adapter, db);
    const takings = first.entries.find((e) => e.description === 'Shop takings banked at Ikeja')!;
    expect(takings.restateKey).toMatch(/^hw1:[0-9a-f]{32}$/);
    await confirmMatchOn(db.db, [takings.id]);
    const [held] = (await rows(db)).filter((r) => r.external_id === takings.id);

    await edit(
      web,
      `${OPENING}\n${CHEQUE}\n${IKEJA.replace('banked at Ikeja', 'of 5 March banked at Ikeja')}\n${SUPPLIES}`,
    );
    const second = await pull(adapter, db);
    const reworded = second.entries.find((e) => e.description === 'Shop takings of 5 March banked at Ikeja')!;
    // a new id (another transaction index, another description), the same key
    expect(reworded.id.split('.')[0]).not.toBe(takings.id.split('.')[0]);
    expect(reworded.id).not.toBe(takings.id);
    expect(reworded.restateKey).toBe(takings.restateKey);
    // the supplies re-keyed word for word, the takings by the key; the cheque new
    expect(second.synced).toMatchObject({ restated: 2, inserted: 1, closed: 0 });
    const after = await rows(db);
    expect(after.find((r) => r.id === held!.id)).toMatchObject({
      external_id: reworded.id,
      status: 'open',
      closed_reason: null,
    });
    expect(after.filter((r) => r.amount_minor === 2_000_000)).toHaveLength(1);
    expect(after.filter((r) => r.closed_reason !== null)).toEqual([]);
  });

  it('does not take one posting for another: of two takings alike but for their words, one deleted and the other re-worded', async () => {
    const { adapter, db, web } = await start(`${OPENING}\n${IKEJA}\n${YABA}\n${SUPPLIES}`);
    const first = await pull(adapter, db);
    const [ikeja, yaba] = first.entries.filter((e) => e.amountMinor === 2_000_000);
    // alike but for their words: one key, so the key tells neither from the other
    expect(ikeja!.restateKey).toBe(yaba!.restateKey);
    await confirmMatchOn(db.db, [ikeja!.id]);

    await edit(web, `${OPENING}\n${YABA.replace('banked at Yaba', 'banked at Yaba branch')}\n${SUPPLIES}`);
    const second = await pull(adapter, db);
    const reworded = second.entries.find((e) => e.description === 'Shop takings banked at Yaba branch')!;
    expect(second.synced.restated).toBe(1); // the supplies, renumbered, word for word
    const after = await rows(db);
    // the held Ikeja takings noted gone (its match stands), Yaba's closed, the re-worded one a new entry
    expect(after.find((r) => r.external_id === ikeja!.id)).toMatchObject({ status: 'open', closed_reason: 'gone' });
    expect(after.find((r) => r.external_id === yaba!.id)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(after.find((r) => r.external_id === reworded.id)).toMatchObject({ status: 'open', closed_reason: null });
  });

  it('is another entry when more than its words changed: re-worded and posted to another income account', async () => {
    const { adapter, db, web } = await start(`${OPENING}\n${IKEJA}\n${SUPPLIES}`);
    const first = await pull(adapter, db);
    const takings = first.entries.find((e) => e.amountMinor === 2_000_000)!;
    await confirmMatchOn(db.db, [takings.id]);

    await edit(
      web,
      `${OPENING}\n${IKEJA.replace('banked at Ikeja', 'of 5 March banked at Ikeja').replace('Income:Sales', 'Income:Services')}\n${SUPPLIES}`,
    );
    const second = await pull(adapter, db);
    const moved = second.entries.find((e) => e.amountMinor === 2_000_000)!;
    expect(moved.restateKey).not.toBe(takings.restateKey);
    expect(second.synced.restated).toBe(0);
    const after = await rows(db);
    expect(after.find((r) => r.external_id === takings.id)).toMatchObject({ status: 'open', closed_reason: 'gone' });
    expect(after.find((r) => r.external_id === moved.id)).toMatchObject({ status: 'open', closed_reason: null });
  });
});
