import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMatchRepository, type GroupStatus, type NewGroup } from '../../db/match-repository.js';
import { createReviewRepository, type QueueFilter, type QueueView } from '../../db/review-repository.js';
import { createReviewDecisions } from '../../activities/review-decisions.js';
import type { MatchKind } from '../../domain/reconciliation.js';
import { seedAccount, seedBank, seedLedger } from '../reconciliation/seed.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// The review queue's Rule filter narrows every tab to what the rule explains there: awaiting review, the lines with a
// live candidate of the rule; matched, the lines an active group of the rule holds; unmatched, none. The tab counts
// and the rules offered follow the same selection, and a bulk action still takes only pending candidates.
// The Confidence filter does the same: awaiting review, lines with a live candidate at it; matched, lines held by a
// match the engine scored at it (a person's own match carries no confidence); unmatched, none.

const kinds = await databaseKinds();
const ACC = 'acc-rules';
const OTHER = 'acc-elsewhere';

describe.each(kinds)('the queue under a rule on $name', ({ open }) => {
  let h: TestDb;
  let line: number[];
  beforeEach(async () => {
    h = await open();
    await seedAccount(h.db, ACC);
    await seedAccount(h.db, OTHER);
    line = await seedBank(h.db, ACC, [
      { date: '2026-10-01', amountMinor: -5_000, narration: 'EMTL LEVY' }, // 0: posted by ng-emtl
      { date: '2026-10-02', amountMinor: -5_000, narration: 'EMTL LEVY' }, // 1: ng-emtl's proposal, accepted
      { date: '2026-10-03', amountMinor: -5_375, narration: 'NIP TRANSFER FEE' }, // 2: posted by ng-nip-fee
      { date: '2026-10-04', amountMinor: 900_000, narration: 'TRF FROM KANO TRADERS' }, // 3: matched by hand
      { date: '2026-10-05', amountMinor: -5_000, narration: 'EMTL LEVY' }, // 4: ng-emtl's live candidate
      { date: '2026-11-05', amountMinor: -5_000, narration: 'EMTL LEVY NOV' }, // 5: ng-emtl's live candidate
      { date: '2026-10-06', amountMinor: -5_375, narration: 'NIP TRANSFER FEE' }, // 6: ng-emtl rejected: unmatched
      { date: '2026-10-07', amountMinor: 120_000, narration: 'CASH DEPOSIT' }, // 7: nothing
      { date: '2026-10-08', amountMinor: -5_000, narration: 'EMTL LEVY' }, // 8: ng-emtl stale (entry held)
    ]);
    const [entry, taken] = await seedLedger(h.db, 'books', [
      { date: '2026-10-04', amountMinor: 900_000, party: 'Kano Traders', description: 'Invoice' },
      { date: '2026-10-08', amountMinor: -5_000, party: 'FIRS', description: 'Levy' },
    ]);
    const elsewhere = await seedBank(h.db, OTHER, [{ date: '2026-10-01', amountMinor: -5_000, narration: 'EMTL' }]);
    const matches = createMatchRepository(h.db);
    const group = (
      accountId: string,
      bank: number,
      kind: MatchKind,
      status: GroupStatus,
      ruleId: string | null,
      ledger: number[] = [],
    ): NewGroup => ({
      accountId,
      runId: null,
      kind,
      status,
      confidence: 0.9,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [],
      ruleId,
      proposed: ruleId ? { account: 'Levies', description: 'levy', amountMinor: -5_000 } : null,
      rank: 1,
      candidateSet: null,
      idempotencyKey: null,
      decidedBy: status === 'suggested' ? null : 'rita',
      decidedAt: status === 'suggested' ? null : '2026-10-10T10:00:00Z',
      createdAt: '2026-10-10T09:00:00Z',
      items: [
        { side: 'bank', itemId: bank, amountMinor: -5_000 },
        ...ledger.map((id) => ({ side: 'ledger' as const, itemId: id, amountMinor: -5_000 })),
      ],
    });
    await matches.insertGroup(group(ACC, line[0]!, 'rule', 'auto', 'ng-emtl'));
    await matches.insertGroup(group(ACC, line[1]!, 'rule', 'confirmed', 'ng-emtl'));
    await matches.insertGroup(group(ACC, line[2]!, 'rule', 'auto', 'ng-nip-fee'));
    // matched by hand to the invoice and, say, a levy entry the books hold for it
    await matches.insertGroup(group(ACC, line[3]!, 'manual', 'confirmed', null, [entry!, taken!]));
    // a rule's live candidate beside a book entry's that another match took meanwhile
    await matches.insertGroup(group(ACC, line[4]!, 'rule', 'suggested', 'ng-emtl'));
    await matches.insertGroup(group(ACC, line[4]!, 'fuzzy', 'suggested', null, [taken!]));
    await matches.insertGroup(group(ACC, line[5]!, 'rule', 'suggested', 'ng-emtl'));
    await matches.insertGroup(group(ACC, line[6]!, 'rule', 'rejected', 'ng-emtl'));
    // a candidate whose book entry another match took: not live, so its line is unmatched
    await matches.insertGroup(group(ACC, line[8]!, 'rule', 'suggested', 'ng-emtl', [taken!]));
    // another account's group of the same rule is never this account's
    await matches.insertGroup(group(OTHER, elsewhere[0]!, 'rule', 'auto', 'ng-emtl'));
  });
  afterEach(async () => {
    await h.dispose();
  });

  const ids = (view: QueueView, f: Omit<QueueFilter, 'view'> = {}) =>
    createReviewRepository(h.db).queueIds(ACC, { view, ...f });

  it('narrows the Matched tab to the lines groups of the rule hold, posted or accepted', async () => {
    expect(await ids('matched', { ruleId: 'ng-emtl' })).toEqual([line[0], line[1]]);
    expect(await ids('matched', { ruleId: 'ng-nip-fee' })).toEqual([line[2]]);
    expect(await ids('matched', { ruleId: 'ng-emtl', from: '2026-10-02' })).toEqual([line[1]]);
    expect(await ids('matched')).toEqual([line[0], line[1], line[2], line[3]]);
  });

  it('narrows Awaiting review to lines with a live candidate of the rule, and lists no unmatched line under one', async () => {
    expect(await ids('suggested', { ruleId: 'ng-emtl' })).toEqual([line[4], line[5]]);
    expect(await ids('suggested', { ruleId: 'ng-emtl', to: '2026-10-31' })).toEqual([line[4]]);
    expect(await ids('unmatched')).toEqual([line[6], line[7], line[8]]);
    expect(await ids('unmatched', { ruleId: 'ng-emtl' })).toEqual([]);
    expect(await ids('matched', { ruleId: 'no-such-rule' })).toEqual([]);
    expect(await ids('suggested', { ruleId: 'no-such-rule' })).toEqual([]);
  });

  it("counts each tab under the rule as the tab lists it, and offers each tab's rules with their counts", async () => {
    const review = createReviewRepository(h.db);
    expect(await review.countViews(ACC, {})).toEqual({ suggested: 2, unmatched: 3, matched: 4 });
    expect(await review.countViews(ACC, { ruleId: 'ng-emtl' })).toEqual({ suggested: 2, unmatched: 0, matched: 2 });
    expect(await review.countViews(ACC, { ruleId: 'ng-nip-fee' })).toEqual({ suggested: 0, unmatched: 0, matched: 1 });
    expect(await review.countViews(ACC, { ruleId: 'ng-emtl', from: '2026-11-01' })).toEqual({
      suggested: 1,
      unmatched: 0,
      matched: 0,
    });

    expect(await review.queueRules(ACC, { view: 'matched' })).toEqual([
      { ruleId: 'ng-emtl', n: 2 },
      { ruleId: 'ng-nip-fee', n: 1 },
    ]);
    // the rule chosen does not narrow its own list; the rest of the filter does
    expect(await review.queueRules(ACC, { view: 'matched', ruleId: 'ng-nip-fee', to: '2026-10-01' })).toEqual([
      { ruleId: 'ng-emtl', n: 1 },
    ]);
    expect(await review.queueRules(ACC, { view: 'suggested' })).toEqual([{ ruleId: 'ng-emtl', n: 2 }]);
    expect(await review.queueRules(ACC, { view: 'suggested', minConfidence: 0.95 })).toEqual([]);
    expect(await review.queueRules(ACC, { view: 'unmatched' })).toEqual([]);
  });

  it('knows a rule that made any group of the account, whatever became of it, and no other', async () => {
    const review = createReviewRepository(h.db);
    expect(await review.ruleSeen(ACC, 'ng-emtl')).toBe(true);
    expect(await review.ruleSeen(ACC, 'ng-nip-fee')).toBe(true);
    expect(await review.ruleSeen(OTHER, 'ng-nip-fee')).toBe(false);
    expect(await review.ruleSeen(ACC, 'ng-emtlx')).toBe(false);
  });

  it('takes, in a bulk action under a rule, only the pending candidates of that rule, whatever tab it came from', async () => {
    const decisions = createReviewDecisions({ db: h.db });
    const pending = await decisions.preview(ACC, { view: 'matched', ruleId: 'ng-emtl' }, 'confirm');
    expect(pending.lines).toBe(2);
    expect((await createMatchRepository(h.db).getGroups(pending.groupIds)).map((g) => [g.status, g.ruleId])).toEqual([
      ['suggested', 'ng-emtl'],
      ['suggested', 'ng-emtl'],
    ]);
    // a rule that only posted lines leaves nothing to accept or reject
    expect((await decisions.preview(ACC, { view: 'matched', ruleId: 'ng-nip-fee' }, 'reject')).groupIds).toEqual([]);
    expect((await decisions.preview(ACC, { view: 'unmatched', ruleId: 'ng-emtlx' }, 'confirm')).groupIds).toEqual([]);
  });
});

describe.each(kinds)('the queue under a confidence on $name', ({ open }) => {
  let h: TestDb;
  let line: number[];
  beforeEach(async () => {
    h = await open();
    await seedAccount(h.db, ACC);
    line = await seedBank(h.db, ACC, [
      { date: '2026-10-01', amountMinor: 900_000, narration: 'TRF FROM KANO TRADERS' }, // 0: auto, 95%
      { date: '2026-10-02', amountMinor: -5_375, narration: 'NIP TRANSFER FEE' }, // 1: ng-nip-fee accepted, 70%
      { date: '2026-10-03', amountMinor: 400_000, narration: 'TRF FROM OKON' }, // 2: matched by hand (stored 1)
      { date: '2026-10-04', amountMinor: -5_000, narration: 'EMTL LEVY' }, // 3: posted by ng-emtl, 100%
      { date: '2026-10-05', amountMinor: 250_000, narration: 'TRF FROM ADA' }, // 4: candidates at 92% and 50%
      { date: '2026-11-06', amountMinor: 130_000, narration: 'TRF FROM BOLA' }, // 5: a candidate at 60%
      { date: '2026-10-07', amountMinor: 120_000, narration: 'CASH DEPOSIT' }, // 6: nothing
      { date: '2026-10-08', amountMinor: 330_000, narration: 'TRF FROM EZE' }, // 7: its 99% candidate rejected
    ]);
    const matches = createMatchRepository(h.db);
    const group = (bank: number, status: GroupStatus, confidence: number, ruleId: string | null = null) =>
      matches.insertGroup({
        accountId: ACC,
        runId: null,
        kind: ruleId ? 'rule' : status === 'manual' ? 'manual' : 'fuzzy',
        status,
        confidence,
        currency: 'NGN',
        differenceMinor: 0,
        writeOff: null,
        evidence: [],
        ruleId,
        proposed: ruleId ? { account: 'Charges', description: 'charge', amountMinor: -5_000 } : null,
        rank: 1,
        candidateSet: null,
        idempotencyKey: null,
        decidedBy: status === 'suggested' || status === 'auto' ? null : 'rita',
        decidedAt: status === 'suggested' || status === 'auto' ? null : '2026-10-10T10:00:00Z',
        createdAt: '2026-10-10T09:00:00Z',
        items: [{ side: 'bank', itemId: bank, amountMinor: 0 }],
      });
    await group(line[0]!, 'auto', 0.95);
    await group(line[1]!, 'confirmed', 0.7, 'ng-nip-fee');
    await group(line[2]!, 'manual', 1);
    await group(line[3]!, 'auto', 1, 'ng-emtl');
    await group(line[4]!, 'suggested', 0.92);
    await group(line[4]!, 'suggested', 0.5);
    await group(line[5]!, 'suggested', 0.6);
    await group(line[7]!, 'rejected', 0.99);
  });
  afterEach(async () => {
    await h.dispose();
  });

  const ids = (view: QueueView, f: Omit<QueueFilter, 'view'> = {}) =>
    createReviewRepository(h.db).queueIds(ACC, { view, ...f });

  it('narrows the Matched tab to lines whose match the engine scored at it, never one matched by hand', async () => {
    expect(await ids('matched')).toEqual([line[0], line[1], line[2], line[3]]);
    expect(await ids('matched', { minConfidence: 0.9 })).toEqual([line[0], line[3]]);
    expect(await ids('matched', { minConfidence: 0.5 })).toEqual([line[0], line[1], line[3]]);
    expect(await ids('matched', { minConfidence: 0 })).toEqual([line[0], line[1], line[3]]);
    expect(await ids('matched', { minConfidence: 0.9, ruleId: 'ng-emtl' })).toEqual([line[3]]);
    expect(await ids('matched', { minConfidence: 0.9, ruleId: 'ng-nip-fee' })).toEqual([]);
  });

  it('narrows Awaiting review to live candidates at it, and lists no unmatched line under one', async () => {
    expect(await ids('suggested', { minConfidence: 0.9 })).toEqual([line[4]]);
    expect(await ids('suggested', { minConfidence: 0.5 })).toEqual([line[4], line[5]]);
    expect(await ids('suggested', { minConfidence: 0.5, from: '2026-11-01' })).toEqual([line[5]]);
    expect(await ids('unmatched')).toEqual([line[6], line[7]]);
    // a rejected candidate is no confidence of the line's: it stays unlisted too
    expect(await ids('unmatched', { minConfidence: 0.5 })).toEqual([]);
    expect(await ids('unmatched', { minConfidence: 0 })).toEqual([]);
  });

  it('counts each tab under a confidence as the tab lists it', async () => {
    const review = createReviewRepository(h.db);
    expect(await review.countViews(ACC, {})).toEqual({ suggested: 2, unmatched: 2, matched: 4 });
    expect(await review.countViews(ACC, { minConfidence: 0.9 })).toEqual({ suggested: 1, unmatched: 0, matched: 2 });
    expect(await review.countViews(ACC, { minConfidence: 0.5 })).toEqual({ suggested: 2, unmatched: 0, matched: 3 });
    expect(await review.countViews(ACC, { minConfidence: 0.9, ruleId: 'ng-emtl' })).toEqual({
      suggested: 0,
      unmatched: 0,
      matched: 1,
    });
    for (const min of [0, 0.5, 0.9, 0.99]) {
      const counts = await review.countViews(ACC, { minConfidence: min });
      for (const view of ['suggested', 'unmatched', 'matched'] as const)
        expect(counts[view], `${view} at ${min}`).toBe((await ids(view, { minConfidence: min })).length);
    }
  });

  it("offers the Matched tab's rules with how many lines each holds at the confidence", async () => {
    const review = createReviewRepository(h.db);
    expect(await review.queueRules(ACC, { view: 'matched' })).toEqual([
      { ruleId: 'ng-emtl', n: 1 },
      { ruleId: 'ng-nip-fee', n: 1 },
    ]);
    expect(await review.queueRules(ACC, { view: 'matched', minConfidence: 0.9 })).toEqual([
      { ruleId: 'ng-emtl', n: 1 },
    ]);
    expect(await review.queueRules(ACC, { view: 'unmatched', minConfidence: 0.5 })).toEqual([]);
  });
});
