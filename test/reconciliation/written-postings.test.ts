import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinWrittenPostings } from '../../activities/written-postings.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { seedAccount, seedBank, seedLedger } from './seed.js';

// A charge a rule explained and bankfeed wrote into the books comes back on the next pull as an open entry; it is
// joined to the rule's group, so the line is matched by the books' own entry (not listed as not in the books while
// the entry waits as an unpresented payment).

const ACCOUNT = 'acc-written';
const SOURCE = 'books';
let h: TestDb;
beforeEach(async () => {
  h = await openSqliteTestDb();
  await seedAccount(h.db, ACCOUNT, 'GHS');
});
afterEach(async () => h.dispose());

async function ruleGroup(bankId: number, status: 'auto' | 'confirmed' | 'undone' = 'auto') {
  return createMatchRepository(h.db).insertGroup({
    accountId: ACCOUNT,
    runId: null,
    kind: 'rule',
    status,
    confidence: 1,
    currency: 'GHS',
    differenceMinor: 0,
    writeOff: null,
    evidence: [{ kind: 'rule', detail: 'rule gh-elevy (E-Levy)', weight: 1 }],
    ruleId: 'gh-elevy',
    proposed: { account: 'Expenses:E-Levy', description: 'E-Levy', amountMinor: -4_200 },
    rank: null,
    candidateSet: null,
    idempotencyKey: `rule-${bankId}-${status}`,
    decidedBy: null,
    decidedAt: null,
    createdAt: '2026-11-01T08:00:00Z',
    items: [{ side: 'bank', itemId: bankId, amountMinor: -4_200 }],
  });
}

async function written(groupId: number, externalId: string, reference = 'gcb-4') {
  await createAuditRepository(h.db).append({
    at: '2026-11-01T08:00:00Z',
    actor: 'system',
    action: 'ledger.post',
    entityType: 'ledger_posting',
    entityId: `bankfeed-group-${groupId}`,
    accountId: ACCOUNT,
    detail: { sourceId: SOURCE, externalId, created: true },
    after: { date: '2026-10-04', amountMinor: -4_200, reference, description: 'E-Levy' },
  });
}

const ledgerOf = async (groupId: number) => (await createMatchRepository(h.db).getGroup(groupId))!.ledgerIds;

describe('a posting bankfeed wrote back, found in the books', () => {
  it('is joined to its rule group by the id the books gave it, though the books re-dated it', async () => {
    const [line] = await seedBank(h.db, ACCOUNT, [{ date: '2026-10-04', amountMinor: -4_200, narration: 'E-LEVY' }]);
    const [entry] = await seedLedger(h.db, SOURCE, [
      { date: '2026-10-05', amountMinor: -4_200, reference: 'gcb-4', currency: 'GHS' },
    ]);
    const externalId = (await h.db.selectFrom('ledger_entries').select('external_id').executeTakeFirstOrThrow())
      .external_id!;
    const g = await ruleGroup(line!);
    await written(g, externalId);
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(1);
    expect(await ledgerOf(g)).toEqual([entry]);
    // once joined, a second pull joins nothing more
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(0);
  });

  it('is found by its reference, amount and date when the books numbered it anew', async () => {
    const [line] = await seedBank(h.db, ACCOUNT, [{ date: '2026-10-04', amountMinor: -4_200, narration: 'E-LEVY' }]);
    const [entry] = await seedLedger(h.db, SOURCE, [
      { date: '2026-10-04', amountMinor: -4_200, reference: 'gcb-4', currency: 'GHS' },
    ]);
    const g = await ruleGroup(line!);
    await written(g, '9.0.renumbered');
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(1);
    expect(await ledgerOf(g)).toEqual([entry]);
  });

  it('recorded under an id the books no longer list it by, is the one entry the source names by that id', async () => {
    // Tryton before 230b06d: a charge reported as its statement line, listed now as that line's journal item
    const [line] = await seedBank(h.db, ACCOUNT, [{ date: '2026-10-04', amountMinor: -4_200, narration: 'E-LEVY' }]);
    const g = await ruleGroup(line!);
    const [entry, other] = await seedLedger(h.db, SOURCE, [
      { date: '2026-10-04', amountMinor: -4_200, reference: `bf:bankfeed-group-${g}`, currency: 'GHS' },
      { date: '2026-10-04', amountMinor: -4_200, reference: 'bf:bankfeed-group-0', currency: 'GHS' },
    ]);
    await h.db
      .updateTable('ledger_entries')
      .set({ restate_key: 'statement-line:7' })
      .where('id', '=', entry!)
      .execute();
    await h.db
      .updateTable('ledger_entries')
      .set({ restate_key: 'statement-line:70' })
      .where('id', '=', other!)
      .execute();
    await written(g, 'statement-line:7');
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(1);
    expect(await ledgerOf(g)).toEqual([entry]);
  });

  it('is not joined where two entries could be it, where another match holds it, or to a group a person undid', async () => {
    const [a, b] = await seedBank(h.db, ACCOUNT, [
      { date: '2026-10-04', amountMinor: -4_200, narration: 'E-LEVY' },
      { date: '2026-10-04', amountMinor: -4_200, narration: 'E-LEVY' },
    ]);
    // two entries answer the content: neither is taken
    await seedLedger(h.db, SOURCE, [
      { date: '2026-10-04', amountMinor: -4_200, reference: 'gcb-4', currency: 'GHS' },
      { date: '2026-10-04', amountMinor: -4_200, reference: 'gcb-4', currency: 'GHS' },
    ]);
    const g = await ruleGroup(a!);
    await written(g, 'gone');
    const undone = await ruleGroup(b!, 'undone');
    const [held] = await seedLedger(h.db, SOURCE, [
      { date: '2026-10-04', amountMinor: -4_200, reference: 'gcb-5', currency: 'GHS' },
    ]);
    await written(undone, 'x', 'gcb-5');
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(0);
    expect(await ledgerOf(g)).toEqual([]);

    // an entry another match holds is left to it
    const other = await ruleGroup(b!, 'confirmed');
    await h.db
      .insertInto('match_items')
      .values({ group_id: g, side: 'ledger', item_id: held!, amount_minor: -4_200, active: 1 })
      .execute();
    await written(other, 'x', 'gcb-5');
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(0);
    expect(await ledgerOf(other)).toEqual([]);
  });
});

describe("a match's payment bankfeed wrote back, found in the books", () => {
  /** A bank line matched to an invoice (a document), and the audit of the payment written for it under `externalId`. */
  async function settledInvoice(externalId: string) {
    const [line] = await seedBank(h.db, ACCOUNT, [
      { date: '2026-10-09', amountMinor: 75_000, narration: 'GIP INV-103' },
    ]);
    const [invoice] = await seedLedger(h.db, SOURCE, [
      { date: '2026-10-01', amountMinor: 75_000, reference: 'INV-103', currency: 'GHS' },
    ]);
    await h.db.updateTable('ledger_entries').set({ kind: 'document' }).where('id', '=', invoice!).execute();
    const g = await createMatchRepository(h.db).insertGroup({
      accountId: ACCOUNT,
      runId: null,
      kind: 'reference',
      status: 'confirmed',
      confidence: 1,
      currency: 'GHS',
      differenceMinor: 0,
      writeOff: null,
      evidence: [],
      ruleId: null,
      proposed: null,
      rank: null,
      candidateSet: null,
      idempotencyKey: `m-${externalId}`,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-11-01T08:00:00Z',
      items: [
        { side: 'bank', itemId: line!, amountMinor: 75_000 },
        { side: 'ledger', itemId: invoice!, amountMinor: 75_000 },
      ],
    });
    await createAuditRepository(h.db).append({
      at: '2026-11-01T08:00:00Z',
      actor: 'system',
      action: 'ledger.settle',
      entityType: 'match_write_back',
      entityId: `bankfeed-match-${g}-${invoice}`,
      accountId: ACCOUNT,
      detail: { sourceId: SOURCE, groupId: g, externalId, created: true },
      after: { entryId: 'invoice:103', date: '2026-10-09', amountMinor: 75_000, currency: 'GHS' },
    });
    return { g, invoice: invoice! };
  }

  async function payment(externalId: string) {
    const [p] = await seedLedger(h.db, SOURCE, [{ date: '2026-10-09', amountMinor: 75_000, currency: 'GHS' }]);
    await h.db.updateTable('ledger_entries').set({ external_id: externalId }).where('id', '=', p!).execute();
    return p!;
  }

  it('is joined to the match by the id the books gave it', async () => {
    const { g, invoice } = await settledInvoice('txn:4600');
    const p = await payment('txn:4600');
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(1);
    expect(await ledgerOf(g)).toEqual([invoice, p]);
  });

  it('written before the source gave its ids a kind (a bare id), is the one posting listed under it with its kind', async () => {
    const { g, invoice } = await settledInvoice('4600');
    const p = await payment('txn:4600');
    await payment('txn:14600'); // another transaction whose id ends the same way is not it
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(1);
    expect(await ledgerOf(g)).toEqual([invoice, p]);
  });

  it('recorded under an id the books no longer list it by, is the one posting the source names by that id', async () => {
    // Tryton before 230b06d: the payment reported as the statement line it created, listed as that line's journal item
    const { g, invoice } = await settledInvoice('statement-line:41');
    const p = await payment('move-line:97');
    await h.db.updateTable('ledger_entries').set({ restate_key: 'statement-line:41' }).where('id', '=', p).execute();
    const other = await payment('move-line:98');
    await h.db
      .updateTable('ledger_entries')
      .set({ restate_key: 'statement-line:410' })
      .where('id', '=', other)
      .execute();
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(1);
    expect(await ledgerOf(g)).toEqual([invoice, p]);
    // joined: not looked for again
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(0);
  });

  it('is left apart when two postings carry the name it was recorded under', async () => {
    const { g, invoice } = await settledInvoice('statement-line:42');
    for (const id of ['move-line:99', 'move-line:100']) {
      const p = await payment(id);
      await h.db.updateTable('ledger_entries').set({ restate_key: 'statement-line:42' }).where('id', '=', p).execute();
    }
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(0);
    expect(await ledgerOf(g)).toEqual([invoice]);
  });

  it('is left apart when two postings of different kinds carry the bare id (QuickBooks numbers each kind apart)', async () => {
    const { g, invoice } = await settledInvoice('12');
    await payment('payment:12');
    await payment('purchase:12');
    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(0);
    expect(await ledgerOf(g)).toEqual([invoice]);
  });
});
