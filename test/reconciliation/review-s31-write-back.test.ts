import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markSignedMatchesCleared } from '../../activities/ledger-clearing.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { reopenStatementReconciliation } from '../../activities/statement-checkpoints.js';
import { joinWrittenPostings } from '../../activities/written-postings.js';
import type { LedgerAdapter } from '../../adapters/ledger/types.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { seedAccount, seedBank, seedSignedStatement } from './seed.js';

// Review of session 31's write-back join (activities/written-postings.ts, db/ledger-repository.ts findWrittenEntry)
// and clearing of signed matches in the books (activities/ledger-clearing.ts).
// Only defects: each test failed on the code as reviewed and passes since its fix.

const ACCOUNT = 'acc-review-s31';
const SOURCE = 'books';
const FEE = -5_375;
let h: TestDb;
beforeEach(async () => {
  h = await openSqliteTestDb();
  await seedAccount(h.db, ACCOUNT, 'NGN');
});
afterEach(async () => h.dispose());

async function ruleGroup(bankId: number) {
  return createMatchRepository(h.db).insertGroup({
    accountId: ACCOUNT,
    runId: null,
    kind: 'rule',
    status: 'auto',
    confidence: 1,
    currency: 'NGN',
    differenceMinor: 0,
    writeOff: null,
    evidence: [{ kind: 'rule', detail: 'rule ng-nip-fee (NIP transfer fee)', weight: 1 }],
    ruleId: 'ng-nip-fee',
    proposed: { account: 'Expenses:Bank charges', description: 'NIP transfer fee', amountMinor: FEE },
    rank: null,
    candidateSet: null,
    idempotencyKey: `rule-${bankId}`,
    decidedBy: null,
    decidedAt: null,
    createdAt: '2026-11-01T08:00:00Z',
    items: [{ side: 'bank', itemId: bankId, amountMinor: FEE }],
  });
}

/** The audit row writeBack records for a posting it wrote: the id the books gave it then, and what it wrote. */
async function written(groupId: number, externalId: string, reference: string) {
  await createAuditRepository(h.db).append({
    at: '2026-11-01T08:00:00Z',
    actor: 'system',
    action: 'ledger.post',
    entityType: 'ledger_posting',
    entityId: `bankfeed-group-${groupId}`,
    accountId: ACCOUNT,
    detail: { sourceId: SOURCE, externalId, created: true },
    after: { date: '2026-10-04', amountMinor: FEE, reference, description: 'NIP transfer fee' },
  });
}

/** An open entry of the books as a pull stores it: hledger-web's id, TXN.POSTING.FINGERPRINT. */
async function entry(externalId: string, reference: string): Promise<number> {
  const row = await h.db
    .insertInto('ledger_entries')
    .values({
      source_id: SOURCE,
      external_id: externalId,
      entry_date: '2026-10-04',
      amount_minor: FEE,
      currency: 'NGN',
      reference,
      description: 'NIP transfer fee',
      party: null,
      ledger_account: 'Assets:Bank:GTBank',
      status: 'open',
      row_fingerprint: `row-${externalId}`,
      created_at: '2026-11-02T08:00:00Z',
      updated_at: '2026-11-02T08:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

const ledgerOf = async (groupId: number) => (await createMatchRepository(h.db).getGroup(groupId))!.ledgerIds;

describe('review s31: a written charge joined to its rule group', () => {
  it("joins each written charge to the books' entry that carries its own bank line's reference, never to a twin that took its old number", async () => {
    // Saw: two NIP fees of ₦53.75 on one day, each explained by the same rule and written back by bankfeed as
    // hledger transactions 12 and 13 (ids 12.0.f and 13.0.f: hledger-web's fingerprint hashes date, description,
    // account and amount, which twins share). The accountant deleted a transaction above them before the next pull,
    // so the books now number them 11 and 12. The first posting's recorded id, 12.0.f, is now the second charge's
    // id: findWrittenEntry takes it by id without checking its reference, and joins the second charge (reference
    // txn-b) to the first line's group; the second group then finds its own entry held and is never joined.
    // Where: db/ledger-repository.ts findWrittenEntry (the id lookup trusts an id the books may have given to
    // another posting since), activities/written-postings.ts joinWrittenPostings (a held id hit ends the search).
    // Why it matters: line B's group holds nothing, so the statement lists line B as a debit not in the books and
    // the first charge's entry as an unpresented payment (the very double listing the join was made to end), the
    // wrong posting is later marked cleared in the journal, and the first charge's posting never is.
    const [lineA, lineB] = await seedBank(h.db, ACCOUNT, [
      { date: '2026-10-04', amountMinor: FEE, narration: 'NIP TRANSFER FEE', currency: 'NGN' },
      { date: '2026-10-04', amountMinor: FEE, narration: 'NIP TRANSFER FEE', currency: 'NGN' },
    ]);
    const a = await ruleGroup(lineA!);
    const b = await ruleGroup(lineB!);
    await written(a, '12.0.0f0f0f0f', 'txn-a');
    await written(b, '13.0.0f0f0f0f', 'txn-b');
    // the next pull, after a transaction above them was deleted: renumbered 11 and 12
    const entryA = await entry('11.0.0f0f0f0f', 'txn-a');
    const entryB = await entry('12.0.0f0f0f0f', 'txn-b');

    await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE });
    expect(await ledgerOf(a)).toEqual([entryA]);
    expect(await ledgerOf(b)).toEqual([entryB]);
  });

  it('joins the second of two twin charges when a transaction inserted above them renumbered both', async () => {
    // Saw: the same two written fees (13.0.f → txn-a, 14.0.f → txn-b after a back-dated transaction was inserted
    // above them). Charge A is found by its reference (its old id 12.0.f is nobody's now) and joined; charge B's old
    // id 13.0.f is now charge A's, already held by A's group, and joinWrittenPostings gives up on B there instead of
    // looking for B's own entry by its reference, amount and date. Every later pull repeats it.
    // Where: activities/written-postings.ts joinWrittenPostings (`if held … continue` after findWrittenEntry's id hit).
    // Why it matters: line B stays "not in the books" and its written charge an unpresented payment, forever.
    const [lineA, lineB] = await seedBank(h.db, ACCOUNT, [
      { date: '2026-10-04', amountMinor: FEE, narration: 'NIP TRANSFER FEE', currency: 'NGN' },
      { date: '2026-10-04', amountMinor: FEE, narration: 'NIP TRANSFER FEE', currency: 'NGN' },
    ]);
    const a = await ruleGroup(lineA!);
    const b = await ruleGroup(lineB!);
    await written(a, '12.0.0f0f0f0f', 'txn-a');
    await written(b, '13.0.0f0f0f0f', 'txn-b');
    const entryA = await entry('13.0.0f0f0f0f', 'txn-a');
    const entryB = await entry('14.0.0f0f0f0f', 'txn-b');

    expect(await joinWrittenPostings(h.db, { accountId: ACCOUNT, sourceId: SOURCE })).toBe(2);
    expect(await ledgerOf(a)).toEqual([entryA]);
    expect(await ledgerOf(b)).toEqual([entryB]);
  });
});

describe('review s31: entries marked cleared for a signed reconciliation', () => {
  it('leaves an entry open to match again when its match is undone after the statement was reopened', async () => {
    // Saw: October signed through the 31st; the run marked the entry its match held cleared in the books (hledger's
    // `*`) and reconciled in bankfeed. Akosua reopened October (the match was wrong: the cheque was another) and
    // undid the match. The entry stays `reconciled` in bankfeed and cleared in the journal: it is no candidate, a
    // person cannot match it (manualMatch: "ledger entry … is reconciled, not open"), and the next pull reads it
    // cleared and closes it as paid. Nothing takes the mark back on a reopening or an undo.
    // Where: activities/ledger-clearing.ts markSignedMatchesCleared (marks on the strength of a lock a reopening
    // lifts; "the mark is not taken back"), with reopenStatementReconciliation / unmatch leaving the mark and the
    // `reconciled` status in place (activities/statement-checkpoints.ts, reconciliation-service.ts).
    // Why it matters: an entry the bank never paid disappears from the reconciliation (neither matched nor listed as
    // outstanding), and the books call it cleared: no signed match holds it any more.
    const logger = createLogger({ silent: true });
    const [line, other] = await seedBank(h.db, ACCOUNT, [
      { date: '2026-10-20', amountMinor: -800_000, narration: 'CHQ 000218', currency: 'NGN' },
      { date: '2026-10-22', amountMinor: -800_000, narration: 'CHQ 000219', currency: 'NGN' },
    ]);
    const held = await entry('7.0.aaaabbbb', 'CHQ-000219');
    const repo = createMatchRepository(h.db);
    const group = await repo.insertGroup({
      accountId: ACCOUNT,
      runId: null,
      kind: 'exact',
      status: 'auto',
      confidence: 1,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [],
      ruleId: null,
      proposed: null,
      rank: null,
      candidateSet: null,
      idempotencyKey: 'chq-218',
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-11-01T08:00:00Z',
      items: [
        { side: 'bank', itemId: line!, amountMinor: -800_000 },
        { side: 'ledger', itemId: held, amountMinor: -800_000 },
      ],
    });
    const signed = await seedSignedStatement(h.db, {
      accountId: ACCOUNT,
      periodFrom: '2026-10-01',
      periodEnd: '2026-10-31',
      currency: 'NGN',
    });
    const books: LedgerAdapter = {
      kind: 'test-books',
      pullOpenEntries: async () => ({ entries: [], cursor: null }),
      markReconciled: async () => {},
    };
    expect(
      await markSignedMatchesCleared({ db: h.db, logger }, { accountId: ACCOUNT, sourceId: SOURCE, adapter: books }),
    ).toEqual({ marked: 1, unmarked: 0, refused: null });

    await reopenStatementReconciliation(h.db, { id: signed, by: 'akosua', reason: 'wrong cheque matched' });
    const service = createReconciliationService({ db: h.db });
    await service.unmatch(group, 'akosua');
    // the entry is the other cheque's: a person matches it, as any open entry
    await expect(
      service.manualMatch({ accountId: ACCOUNT, bankIds: [other!], ledgerIds: [held], actor: 'akosua' }),
    ).resolves.toBeDefined();
  });
});
