import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository } from '../../db/audit-repository.js';
import { createMatchRepository, type StoredGroup } from '../../db/match-repository.js';
import { ReconciliationError } from '../../activities/reconciliation-errors.js';
import { createReconciliationService, type ReconciliationService } from '../../activities/reconciliation-service.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { ACCOUNT, OTHER_ACCOUNT, PERIOD, SOURCE, seedMonth } from './scenario.js';
import { seedBank, seedLedger, tableCounts } from './seed.js';

const kinds = await databaseKinds();
const PERSON = 'ada@firm.ng';
const CLOCK = new Date('2024-04-01T08:00:00.000Z');

async function rejects(p: Promise<unknown>, code: ReconciliationError['code'], message: RegExp): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expected the call to fail').toBeInstanceOf(ReconciliationError);
  expect((err as ReconciliationError).code).toBe(code);
  expect((err as ReconciliationError).message).toMatch(message);
}

describe.each(kinds)('reconciliation service on $name', ({ open }) => {
  let h: TestDb;
  let svc: ReconciliationService;
  let ids: Awaited<ReturnType<typeof seedMonth>>;
  const run = (trigger: 'sync' | 'nightly' | 'manual' = 'sync') =>
    svc.reconcileAccount({ accountId: ACCOUNT, ledgerSourceId: SOURCE, period: PERIOD, trigger });
  const groupsOfBank = async (bankId: number, status?: StoredGroup['status'][]) =>
    svc.listGroups(ACCOUNT, { bankId, ...(status ? { status } : {}) });

  beforeEach(async () => {
    h = await open();
    ids = await seedMonth(h.db);
    svc = createReconciliationService({ db: h.db, now: () => CLOCK });
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('stores auto matches and ranked suggestions with their evidence and audit rows', async () => {
    const { runId, stats, changes } = await run();
    expect(stats).toEqual({
      bankLines: 5,
      ledgerEntries: 8,
      autoMatched: 2,
      suggested: 2,
      unmatchedBank: 1,
      unmatchedLedger: 7,
      matchedPercent: '40.00',
    });
    expect(changes).toEqual({ groupsInserted: 5, suggestionsSuperseded: 0, autoMatchesDropped: 0 });

    const [ref] = await groupsOfBank(ids.bank.refPaid);
    expect(ref).toMatchObject({
      status: 'auto',
      kind: 'reference',
      ledgerIds: [ids.ledger.inv1],
      runId,
      confidence: 0.95,
      differenceMinor: 0,
    });
    expect(ref!.evidence.map((e) => e.kind)).toContain('reference');

    const [sms] = await groupsOfBank(ids.bank.sms);
    expect(sms).toMatchObject({ status: 'auto', kind: 'rule', ruleId: 'ng-sms-alert', ledgerIds: [] });
    expect(sms!.proposed).toMatchObject({ account: 'Bank charges:SMS alerts', amountMinor: -400 });

    const tie = await groupsOfBank(ids.bank.tiePaid);
    expect(tie.map((g) => [g.status, g.rank, g.candidateSet])).toEqual([
      ['suggested', 1, `bank:${ids.bank.tiePaid}`],
      ['suggested', 2, `bank:${ids.bank.tiePaid}`],
    ]);
    expect(tie.flatMap((g) => g.ledgerIds).sort()).toEqual([ids.ledger.t1, ids.ledger.t2].sort());
    expect(tie[0]!.evidence.map((e) => e.kind)).toContain('tie');
    const [split] = await groupsOfBank(ids.bank.p1Paid);
    expect(split).toMatchObject({
      status: 'suggested',
      kind: 'split',
      rank: 1,
      ledgerIds: [ids.ledger.a, ids.ledger.b, ids.ledger.c],
    });
    expect(await groupsOfBank(ids.bank.lonely)).toEqual([]);

    // auto groups hold their lines; suggestions hold nothing
    const held = await createMatchRepository(h.db).activeHolders([
      { side: 'bank', itemId: ids.bank.refPaid },
      { side: 'ledger', itemId: ids.ledger.inv1 },
      { side: 'bank', itemId: ids.bank.sms },
      { side: 'bank', itemId: ids.bank.tiePaid },
    ]);
    expect(Object.fromEntries(held)).toEqual({
      [`bank:${ids.bank.refPaid}`]: ref!.id,
      [`ledger:${ids.ledger.inv1}`]: ref!.id,
      [`bank:${ids.bank.sms}`]: sms!.id,
    });

    const audit = await createAuditRepository(h.db).listForAccount(ACCOUNT);
    expect(audit).toHaveLength(5);
    const refRow = audit.find((a) => a.entityId === String(ref!.id))!;
    expect(refRow).toMatchObject({
      actor: 'system',
      action: 'auto_match',
      entityType: 'match_group',
      before: null,
      at: CLOCK.toISOString(),
    });
    expect(refRow.after).toMatchObject({ status: 'auto', bankIds: [ids.bank.refPaid], ledgerIds: [ids.ledger.inv1] });
    expect(refRow.detail).toMatchObject({ runId, evidence: ref!.evidence });
    expect(audit.find((a) => a.entityId === String(sms!.id))).toMatchObject({
      actor: 'rule:ng-sms-alert',
      action: 'auto_match',
    });
    expect(audit.filter((a) => a.action === 'suggest')).toHaveLength(3);

    const runRow = await h.db
      .selectFrom('reconcile_runs')
      .selectAll()
      .where('id', '=', runId)
      .executeTakeFirstOrThrow();
    expect(runRow).toMatchObject({
      account_id: ACCOUNT,
      period_from: PERIOD.from,
      period_to: PERIOD.to,
      trigger: 'sync',
      finished_at: CLOCK.toISOString(),
    });
    expect(JSON.parse(runRow.stats!)).toMatchObject({ autoMatched: 2, groupsInserted: 5 });
  });

  it('is idempotent: a re-run over the same data writes no group, item or audit row', async () => {
    const first = await run();
    const before = await tableCounts(h.db);
    const second = await run('nightly');
    expect(await tableCounts(h.db)).toEqual(before);
    expect(second.changes).toEqual({ groupsInserted: 0, suggestionsSuperseded: 0, autoMatchesDropped: 0 });
    expect(second.stats).toEqual(first.stats);
    expect(second.runId).toBeGreaterThan(first.runId);
  });

  it('two runs at once on one account are serialised: one writes, the other finds everything stored', async () => {
    const [a, b] = await Promise.all([run('sync'), run('nightly')]);
    expect([a.changes.groupsInserted, b.changes.groupsInserted].sort()).toEqual([0, 5]);
    expect(await tableCounts(h.db)).toMatchObject({ match_groups: 5, audit_log: 5 });
  });

  it('confirm holds the lines, hides the other candidates, and survives re-runs', async () => {
    await run();
    const [top, other] = await groupsOfBank(ids.bank.tiePaid);
    const { group, auditId } = await svc.confirm(top!.id, PERSON);
    expect(group).toMatchObject({ status: 'confirmed', decidedBy: PERSON, decidedAt: CLOCK.toISOString() });
    const entry = await createAuditRepository(h.db).get(auditId);
    expect(entry).toMatchObject({ actor: PERSON, action: 'confirm', entityId: String(top!.id), accountId: ACCOUNT });
    expect(entry!.before).toMatchObject({ status: 'suggested', decidedBy: null });
    expect(entry!.after).toMatchObject({ status: 'confirmed', decidedBy: PERSON, ledgerIds: top!.ledgerIds });
    expect(entry!.detail).toMatchObject({ evidence: top!.evidence });

    // the sibling candidate is stale at once: its bank line is held now
    expect((await svc.listGroups(ACCOUNT, { status: ['suggested'] })).map((g) => g.id)).not.toContain(other!.id);
    expect((await svc.listGroups(ACCOUNT, { status: ['suggested'], includeStale: true })).map((g) => g.id)).toContain(
      other!.id,
    );
    await rejects(
      svc.confirm(other!.id, PERSON),
      'conflict',
      new RegExp(`bank line ${ids.bank.tiePaid} is already matched in active group ${top!.id}`),
    );

    const rerun = await run();
    expect(rerun.stats.bankLines).toBe(4); // the confirmed line is settled: not given to the engine again
    expect(rerun.changes.suggestionsSuperseded).toBe(1);
    expect((await createMatchRepository(h.db).getGroup(other!.id))!.supersededRunId).toBe(rerun.runId);
    expect(await createMatchRepository(h.db).getGroup(top!.id)).toMatchObject({
      status: 'confirmed',
      decidedBy: PERSON,
    });
    const supersede = (await createAuditRepository(h.db).listForEntity('match_group', String(other!.id))).at(-1);
    expect(supersede).toMatchObject({ actor: 'system', action: 'supersede', after: { supersededRunId: rerun.runId } });

    const counts = await tableCounts(h.db);
    await run();
    expect(await tableCounts(h.db)).toEqual(counts);
    await rejects(svc.confirm(other!.id, PERSON), 'invalid_state', /superseded by run/);
    await rejects(svc.confirm(top!.id, PERSON), 'invalid_state', /is confirmed; confirm needs suggested or auto/);
  });

  it('reject rules a pair out for good: later runs never propose it again', async () => {
    await run();
    const [top, second] = await groupsOfBank(ids.bank.tiePaid);
    const { group } = await svc.reject(top!.id, PERSON);
    expect(group.status).toBe('rejected');

    await run();
    const live = await groupsOfBank(ids.bank.tiePaid, ['suggested']);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ rank: 1, ledgerIds: second!.ledgerIds });
    expect(live[0]!.ledgerIds).not.toEqual(top!.ledgerIds);
    expect(await createMatchRepository(h.db).getGroup(top!.id)).toMatchObject({
      status: 'rejected',
      decidedBy: PERSON,
    });
    await rejects(svc.confirm(top!.id, PERSON), 'invalid_state', /is rejected/);
  });

  it('rejecting or unmatching an auto match frees its lines and the engine does not redo it', async () => {
    await run();
    const [ref] = await groupsOfBank(ids.bank.refPaid);
    const [sms] = await groupsOfBank(ids.bank.sms);
    await svc.reject(ref!.id, PERSON);
    const { group: unmatched } = await svc.unmatch(sms!.id, PERSON);
    expect(unmatched.status).toBe('undone');
    expect(await createMatchRepository(h.db).activeHolders(ref!.items.concat(sms!.items))).toEqual(new Map());

    const rerun = await run();
    expect(rerun.stats.autoMatched).toBe(0);
    expect(await groupsOfBank(ids.bank.refPaid, ['auto', 'suggested'])).toEqual([]);
    // a bank-only rule group cannot be a rejected pair: its stored key keeps it from coming back
    expect(await groupsOfBank(ids.bank.sms, ['auto', 'suggested'])).toEqual([]);
  });

  it('manualMatch validates every call and writes nothing when it refuses', async () => {
    await run();
    const counts = await tableCounts(h.db);
    const base = { accountId: ACCOUNT, actor: PERSON };
    await rejects(
      svc.manualMatch({ ...base, bankIds: [999_999], ledgerIds: [ids.ledger.inv2] }),
      'not_found',
      /no bank line 999999/,
    );
    await rejects(
      svc.manualMatch({ ...base, bankIds: [ids.bank.lonely], ledgerIds: [888_888] }),
      'not_found',
      /no ledger entry 888888/,
    );
    await rejects(
      svc.manualMatch({ ...base, bankIds: [ids.bank.otherLine], ledgerIds: [ids.ledger.inv2] }),
      'invalid_input',
      new RegExp(`bank line ${ids.bank.otherLine} is not a line of account ${ACCOUNT}`),
    );
    await rejects(
      svc.manualMatch({ ...base, bankIds: [ids.bank.lonely], ledgerIds: [ids.ledger.ghs] }),
      'invalid_input',
      /mixed currencies \(bank line \d+ is NGN, ledger entry \d+ is GHS\)/,
    );
    await rejects(
      svc.manualMatch({ ...base, bankIds: [ids.bank.refPaid], ledgerIds: [ids.ledger.inv2] }),
      'conflict',
      new RegExp(`bank line ${ids.bank.refPaid} is already matched in active group \\d+`),
    );
    await rejects(
      svc.manualMatch({ ...base, bankIds: [ids.bank.lonely, ids.bank.lonely], ledgerIds: [ids.ledger.inv2] }),
      'invalid_input',
      /bankIds lists \d+ more than once/,
    );
    await rejects(
      svc.manualMatch({ ...base, bankIds: [], ledgerIds: [ids.ledger.inv2] }),
      'invalid_input',
      /bankIds: name at least one bank line/,
    );
    await rejects(svc.manualMatch({ ...base, bankIds: [1.5], ledgerIds: [] }), 'invalid_input', /bankIds\.0/);
    await rejects(
      svc.manualMatch({ ...base, actor: 'system', bankIds: [ids.bank.lonely], ledgerIds: [ids.ledger.inv2] }),
      'invalid_input',
      /actor: is reserved/,
    );
    await rejects(
      svc.manualMatch({ ...base, bankIds: [ids.bank.lonely], ledgerIds: [] }),
      'invalid_input',
      /needs a writeOffAccount/,
    );
    await rejects(
      svc.manualMatch({ ...base, accountId: 'nope', bankIds: [ids.bank.lonely], ledgerIds: [], writeOffAccount: 'X' }),
      'not_found',
      /no account nope/,
    );
    await h.db.updateTable('ledger_entries').set({ status: 'void' }).where('id', '=', ids.ledger.inv2).execute();
    await rejects(
      svc.manualMatch({ ...base, bankIds: [ids.bank.lonely], ledgerIds: [ids.ledger.inv2] }),
      'invalid_state',
      /is void, not open/,
    );
    expect(await tableCounts(h.db)).toEqual(counts);
  });

  it('confirm, reject, unmatch and undo name the bad id or state', async () => {
    await run();
    await rejects(svc.confirm(999_999, PERSON), 'not_found', /confirm: no match group 999999/);
    await rejects(svc.reject(0, PERSON), 'invalid_input', /reject: groupId: Too small: expected number to be >0/);
    await rejects(svc.unmatch(1.5, PERSON), 'invalid_input', /unmatch: groupId: .*expected int/);
    await rejects(svc.undo(-3, PERSON), 'invalid_input', /undo: auditId: Too small/);
    await rejects(svc.confirm(1, 'rule:ng-sms-alert'), 'invalid_input', /confirm: actor: is reserved/);
    await rejects(svc.confirm(1, '   '), 'invalid_input', /confirm: actor: must not be empty/);
    const [tie] = await groupsOfBank(ids.bank.tiePaid);
    await rejects(
      svc.unmatch(tie!.id, PERSON),
      'invalid_state',
      /unmatch: group \d+ is suggested; unmatch needs auto or confirmed or manual/,
    );
    expect(await tableCounts(h.db)).toMatchObject({ match_groups: 5, audit_log: 5 });
  });

  it('a manual match holds its lines, records its write-off and is left alone by re-runs', async () => {
    await run();
    const { group, auditId } = await svc.manualMatch({
      accountId: ACCOUNT,
      bankIds: [ids.bank.lonely],
      ledgerIds: [ids.ledger.c],
      actor: PERSON,
      writeOffAccount: 'Suspense',
    });
    expect(group).toMatchObject({
      status: 'manual',
      kind: 'manual',
      currency: 'NGN',
      bankIds: [ids.bank.lonely],
      ledgerIds: [ids.ledger.c],
      differenceMinor: 123_456_00 - 300_000_00,
      writeOff: { account: 'Suspense', amountMinor: 300_000_00 - 123_456_00 },
      decidedBy: PERSON,
      runId: null,
    });
    expect(await createAuditRepository(h.db).get(auditId)).toMatchObject({
      action: 'manual_match',
      actor: PERSON,
      before: null,
      after: { status: 'manual' },
    });

    const rerun = await run();
    expect(rerun.stats.bankLines).toBe(4);
    expect(await createMatchRepository(h.db).getGroup(group.id)).toMatchObject({ status: 'manual' });
    // entry c was part of the split suggestion for P1's payment; the engine no longer sees it
    const split = await groupsOfBank(ids.bank.p1Paid, ['suggested']);
    expect(split.flatMap((g) => g.ledgerIds)).not.toContain(ids.ledger.c);
  });

  it('undo reverts exactly one decision, once, and only the latest one on a group', async () => {
    await run();
    const [top] = await groupsOfBank(ids.bank.tiePaid);
    const confirmed = await svc.confirm(top!.id, PERSON);
    const unmatched = await svc.unmatch(top!.id, 'kofi@firm.gh');
    expect(unmatched.group.status).toBe('undone');

    await rejects(
      svc.undo(confirmed.auditId, PERSON),
      'invalid_state',
      /is now undone, not confirmed .* undo the later decision first/,
    );
    const undoUnmatch = await svc.undo(unmatched.auditId, PERSON);
    expect(undoUnmatch.group).toMatchObject({ status: 'confirmed', decidedBy: PERSON });
    const audit = createAuditRepository(h.db);
    expect(await audit.get(undoUnmatch.auditId)).toMatchObject({
      action: 'undo',
      actor: PERSON,
      undoesId: unmatched.auditId,
      before: { status: 'undone' },
      after: { status: 'confirmed' },
    });
    expect((await audit.get(unmatched.auditId))!.undoneById).toBe(undoUnmatch.auditId);
    await rejects(
      svc.undo(unmatched.auditId, PERSON),
      'invalid_state',
      new RegExp(`already undone by entry ${undoUnmatch.auditId}`),
    );

    const undoConfirm = await svc.undo(confirmed.auditId, PERSON);
    expect(undoConfirm.group).toMatchObject({ status: 'suggested', decidedBy: null, decidedAt: null });
    expect(await createMatchRepository(h.db).activeHolders(top!.items)).toEqual(new Map());

    // the restored suggestion goes stale when a run no longer makes it: the undo of the undo is then refused
    await h.db.updateTable('ledger_entries').set({ status: 'void' }).where('id', '=', top!.ledgerIds[0]!).execute();
    await run();
    await rejects(
      svc.undo(undoConfirm.auditId, PERSON),
      'invalid_state',
      /superseded; decide on the current suggestions/,
    );

    const autoRow = (await audit.listForAccount(ACCOUNT)).find((a) => a.action === 'auto_match')!;
    await rejects(svc.undo(autoRow.id, PERSON), 'invalid_state', /not a person's decision/);
    await rejects(svc.undo(987_654, PERSON), 'not_found', /no audit entry 987654/);
  });

  it('undo of a manual match frees the lines; undoing that undo needs them free again', async () => {
    await run();
    const manual = await svc.manualMatch({
      accountId: ACCOUNT,
      bankIds: [ids.bank.tiePaid],
      ledgerIds: [ids.ledger.t2],
      actor: PERSON,
    });
    const undone = await svc.undo(manual.auditId, PERSON);
    expect(undone.group.status).toBe('undone');
    const other = await svc.manualMatch({
      accountId: ACCOUNT,
      bankIds: [ids.bank.tiePaid],
      ledgerIds: [ids.ledger.t1],
      actor: PERSON,
    });
    await rejects(
      svc.undo(undone.auditId, PERSON),
      'conflict',
      new RegExp(`bank line ${ids.bank.tiePaid} is already matched in active group ${other.group.id}`),
    );
    await svc.unmatch(other.group.id, PERSON);
    expect((await svc.undo(undone.auditId, PERSON)).group.status).toBe('manual');
  });

  it('a changed ledger supersedes stale suggestions and proposes the new ones', async () => {
    await run();
    const [top, second] = await groupsOfBank(ids.bank.tiePaid);
    await h.db.updateTable('ledger_entries').set({ status: 'void' }).where('id', '=', ids.ledger.t2).execute();
    const rerun = await run();
    expect(rerun.changes.suggestionsSuperseded).toBeGreaterThanOrEqual(1);
    const live = await groupsOfBank(ids.bank.tiePaid, ['suggested']);
    expect(live.map((g) => g.ledgerIds)).toEqual([[ids.ledger.t1]]);
    expect(live[0]!.evidence.map((e) => e.kind)).not.toContain('tie');
    const superseded = [top!, second!].filter((g) => g.ledgerIds[0] === ids.ledger.t2)[0]!;
    expect((await createMatchRepository(h.db).getGroup(superseded.id))!.supersededRunId).toBe(rerun.runId);
    // a brand-new open entry with the bank line's reference turns the line into an auto match
    await seedLedger(h.db, SOURCE, [{ date: '2024-03-09', amountMinor: 123_456_00, reference: 'DEP-7781' }]);
    await h.db
      .updateTable('bank_transactions')
      .set({ narration: 'CASH DEPOSIT DEP-7781' })
      .where('id', '=', ids.bank.lonely)
      .execute();
    const third = await run();
    expect(third.stats.autoMatched).toBe(3);
    expect(await groupsOfBank(ids.bank.lonely, ['auto'])).toHaveLength(1);
  });

  it('a bank-only line a rule explains without auto-confirming is a suggestion with no ledger side and its proposed entry', async () => {
    const [reversal, otherReversal] = await seedBank(h.db, ACCOUNT, [
      { date: '2024-03-12', amountMinor: 4_321_00, narration: 'REVERSAL OF NIP TRF 0001' },
      { date: '2024-03-13', amountMinor: 1_234_00, narration: 'RVSL POS 7781' },
    ]);
    await run();
    const [candidate] = await groupsOfBank(reversal!);
    expect(candidate).toMatchObject({
      status: 'suggested',
      kind: 'rule',
      rank: 1,
      ledgerIds: [],
      ruleId: 'ng-reversal',
      proposed: {
        account: 'Suspense:Reversals',
        category: 'reversal',
        amountMinor: 4_321_00,
        description: 'REVERSAL OF NIP TRF 0001',
      },
    });
    const suggestAudit = (await createAuditRepository(h.db).listForEntity('match_group', String(candidate!.id)))[0];
    expect(suggestAudit).toMatchObject({ actor: 'rule:ng-reversal', action: 'suggest' });

    const { group } = await svc.confirm(candidate!.id, PERSON);
    expect(group).toMatchObject({
      status: 'confirmed',
      bankIds: [reversal],
      ledgerIds: [],
      proposed: { account: 'Suspense:Reversals' },
    });
    const [other] = await groupsOfBank(otherReversal!);
    await svc.reject(other!.id, PERSON);

    const counts = await tableCounts(h.db);
    const rerun = await run();
    expect(rerun.stats).toMatchObject({ bankLines: 6, suggested: 2, unmatchedBank: 2 }); // the rejected one is not "suggested"
    // neither line comes back: one is settled, the other's rule proposal was rejected (its key is stored)
    expect(await tableCounts(h.db)).toEqual(counts);
    expect(await groupsOfBank(otherReversal!, ['suggested', 'auto'])).toEqual([]);
  });

  it('two accounts racing for one ledger entry: one wins, the other gets a conflict and writes nothing', async () => {
    const [mine] = await seedBank(h.db, ACCOUNT, [{ date: '2024-03-20', amountMinor: 9_999_00, narration: 'RACE A' }]);
    const [theirs] = await seedBank(h.db, OTHER_ACCOUNT, [
      { date: '2024-03-20', amountMinor: 9_999_00, narration: 'RACE B' },
    ]);
    const [shared] = await seedLedger(h.db, SOURCE, [{ date: '2024-03-20', amountMinor: 9_999_00 }]);
    const results = await Promise.allSettled([
      svc.manualMatch({ accountId: ACCOUNT, bankIds: [mine!], ledgerIds: [shared!], actor: PERSON }),
      svc.manualMatch({ accountId: OTHER_ACCOUNT, bankIds: [theirs!], ledgerIds: [shared!], actor: 'kofi@firm.gh' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ReconciliationError);
    expect((failed.reason as ReconciliationError).code).toBe('conflict');
    expect(await tableCounts(h.db)).toEqual({ match_groups: 1, match_items: 2, audit_log: 1 });
  });

  it('confirming an auto match does not mind that the write-back already reconciled its ledger entry', async () => {
    await run();
    const [ref] = await groupsOfBank(ids.bank.refPaid);
    await h.db.updateTable('ledger_entries').set({ status: 'reconciled' }).where('id', '=', ids.ledger.inv1).execute();
    expect((await svc.confirm(ref!.id, PERSON)).group.status).toBe('confirmed');
    const [split] = await groupsOfBank(ids.bank.p1Paid);
    await h.db.updateTable('ledger_entries').set({ status: 'reconciled' }).where('id', '=', ids.ledger.a).execute();
    await rejects(
      svc.confirm(split!.id, PERSON),
      'invalid_state',
      new RegExp(`ledger entry ${ids.ledger.a} is reconciled, not open`),
    );
  });

  it('a run over a narrower period leaves suggestions with lines outside it alone', async () => {
    const [part1, part2] = await seedBank(h.db, ACCOUNT, [
      { date: '2024-03-08', amountMinor: 40_000_00, narration: 'PART PAYMENT', counterpartyName: 'Zed Ventures' },
      { date: '2024-03-10', amountMinor: 60_000_00, narration: 'BALANCE', counterpartyName: 'Zed Ventures' },
    ]);
    await seedLedger(h.db, SOURCE, [{ date: '2024-03-01', amountMinor: 100_000_00, party: 'Zed Ventures' }]);
    await run();
    const parts = (await svc.listGroups(ACCOUNT, { status: ['suggested'] })).filter((g) => g.bankIds.length === 2);
    expect(parts.map((g) => g.bankIds)).toEqual([[part1, part2]]);
    const narrow = await svc.reconcileAccount({
      accountId: ACCOUNT,
      ledgerSourceId: SOURCE,
      period: { from: '2024-03-09', to: '2024-03-31' },
      trigger: 'manual',
    });
    expect((await createMatchRepository(h.db).getGroup(parts[0]!.id))!.supersededRunId).toBeNull();
    expect(narrow.stats.bankLines).toBe(2); // the lonely deposit and the balance payment
  });

  it('refuses bad reconcile input before writing anything', async () => {
    const base = { accountId: ACCOUNT, ledgerSourceId: SOURCE, period: PERIOD, trigger: 'sync' as const };
    await rejects(
      svc.reconcileAccount({ ...base, period: { from: '2024-02-30', to: '2024-03-31' } }),
      'invalid_input',
      /period\.from: expected a calendar date/,
    );
    await rejects(
      svc.reconcileAccount({ ...base, period: { from: '2024-03-31', to: '2024-03-01' } }),
      'invalid_input',
      /period\.to: from must not be after to/,
    );
    await rejects(svc.reconcileAccount({ ...base, accountId: 'missing' }), 'not_found', /no account missing/);
    await rejects(svc.reconcileAccount({ ...base, trigger: 'cron' as 'sync' }), 'invalid_input', /trigger/);
    await rejects(
      svc.reconcileAccount({ ...base, options: { dateWindowDays: -1 } }),
      'invalid_input',
      /options: dateWindowDays/,
    );
    await rejects(
      svc.reconcileAccount({ ...base, ledgerSourceId: ' ' }),
      'invalid_input',
      /ledgerSourceId: must not be empty/,
    );
    expect(await tableCounts(h.db)).toEqual({ match_groups: 0, match_items: 0, audit_log: 0 });
    expect(await h.db.selectFrom('reconcile_runs').selectAll().execute()).toEqual([]);
  });

  it('the database itself keeps a line in at most one active group', async () => {
    const repo = createMatchRepository(h.db);
    const group = (status: 'manual' | 'suggested') => ({
      accountId: OTHER_ACCOUNT,
      runId: null,
      kind: 'manual' as const,
      status,
      confidence: 1,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [],
      ruleId: null,
      proposed: null,
      rank: null,
      candidateSet: null,
      idempotencyKey: null,
      decidedBy: PERSON,
      decidedAt: CLOCK.toISOString(),
      createdAt: CLOCK.toISOString(),
      items: [{ side: 'bank' as const, itemId: ids.bank.otherLine, amountMinor: 50_00 }],
    });
    await repo.insertGroup(group('manual'));
    const inactive = await repo.insertGroup(group('suggested'));
    await expect(repo.insertGroup(group('manual'))).rejects.toThrow(/UNIQUE constraint failed|duplicate key value/);
    await expect(
      repo.setStatus(inactive, 'suggested', { status: 'confirmed', decidedBy: PERSON, decidedAt: null }),
    ).rejects.toThrow(/UNIQUE constraint failed|duplicate key value/);
  });
});
