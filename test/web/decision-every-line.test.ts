import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMatchRepository } from '../../db/match-repository.js';
import { seedBank } from '../reconciliation/seed.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, post, signIn } from './support/session.js';

// A decision of several bank lines (two part payments matched by hand to one invoice, a settlement's suggestion of two
// lines) redraws every one of them, not only the line whose button was pressed: the other stayed awaiting review,
// its candidates' Accept and Reject on offer, until a reload (session 40's walk).

/** The rows of the answer, by line id, and whether each is swapped out of band. */
function rowsOf(body: string): Map<number, { oob: boolean; text: string }> {
  const out = new Map<number, { oob: boolean; text: string }>();
  const starts = [...body.matchAll(/<div\s+class="line"\s+id="line-(\d+)"[^>]*>/g)];
  starts.forEach((m, i) => {
    const end = starts[i + 1]?.index ?? body.length;
    out.set(Number(m[1]), {
      oob: m[0].includes('hx-swap-oob="true"'),
      text: pageText(body.slice(m.index, end)).replace(/\s+/g, ' '),
    });
  });
  return out;
}

describe('a decision of several bank lines', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  it('redraws the other line of a match by hand as matched, in place, and unmatching redraws both again', async () => {
    // Okon Ventures' ₦9,900.00 and the Lekki cash deposit's ₦30,000.00 to the two cash sales entries, beyond tolerance
    const [okon, lekki] = [h.bank[4]!, h.bank[5]!];
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line: lekki,
      bank: [lekki, okon],
      ledger: [h.ledger[4], h.ledger[5]],
      override: '1',
      reason: 'two receipts of one sale',
    });
    expect(res.statusCode).toBe(200);
    const rows = rowsOf(res.body);
    expect(rows.get(lekki)?.oob).toBe(false);
    expect(rows.get(okon)?.oob).toBe(true);
    expect(rows.get(okon)?.text).toMatch(/Matched by hand by Rita/);
    expect(rows.get(okon)?.text).not.toMatch(/Accept|Reject/);
    const group = /groups\/(\d+)\/unmatch/.exec(res.body)?.[1];
    const undone = await post(h.app, rita, `/accounts/${h.accountId}/groups/${group}/unmatch`, { line: lekki });
    expect(undone.statusCode).toBe(200);
    const again = rowsOf(undone.body);
    expect([...again.keys()].sort()).toEqual([okon, lekki].sort());
    expect(again.get(okon)?.text).not.toMatch(/Matched by hand/);
  });

  it('redraws both lines of an accepted suggestion pairing one invoice with two bank lines', async () => {
    const [a, b] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-20', amountMinor: 600_000, narration: 'NIP/TRF/SOKOTO AGRO/PART 1' },
      { date: '2026-10-21', amountMinor: 400_000, narration: 'NIP/TRF/SOKOTO AGRO/PART 2' },
    ]);
    const group = await createMatchRepository(h.db.db).insertGroup({
      accountId: h.accountId,
      runId: null,
      kind: 'split',
      status: 'suggested',
      confidence: 0.8,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [{ kind: 'split_sum', detail: 'two part payments add up to the invoice', weight: 0.8 }],
      ruleId: null,
      proposed: null,
      rank: 1,
      candidateSet: null,
      idempotencyKey: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-10-21T10:00:00Z',
      items: [
        { side: 'bank', itemId: a!, amountMinor: 600_000 },
        { side: 'bank', itemId: b!, amountMinor: 400_000 },
        { side: 'ledger', itemId: h.ledger[3]!, amountMinor: 1_000_000 },
      ],
    });
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/groups/${group}/confirm`, { line: a });
    expect(res.statusCode).toBe(200);
    const rows = rowsOf(res.body);
    expect(rows.get(b!)?.oob).toBe(true);
    expect(rows.get(b!)?.text).toMatch(/Accepted by Rita/);
    expect(rows.get(b!)?.text).not.toMatch(/Accept:|Reject/);
  });

  it('redraws the line whose suggestion a match by hand took, and gives it back on unmatch', async () => {
    // Kano Traders' invoice SI-1002, the engine's suggestion for their transfer, taken for the cash deposit
    const [kano, lekki] = [h.bank[1]!, h.bank[5]!];
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line: lekki,
      ledger: [h.ledger[1]],
      override: '1',
      reason: 'the deposit paid it',
    });
    expect(res.statusCode).toBe(200);
    const taken = rowsOf(res.body).get(kano);
    expect(taken?.oob).toBe(true);
    // no candidate to accept now; the row says where its suggested entry went (walk s43)
    expect(taken?.text).not.toMatch(/Accept/);
    expect(taken?.text).toMatch(/SI-1002 .*suggested for this line, was matched by hand/);
    const group = /groups\/(\d+)\/unmatch/.exec(res.body)?.[1];
    const undone = await post(h.app, rita, `/accounts/${h.accountId}/groups/${group}/unmatch`, { line: lekki });
    const back = rowsOf(undone.body).get(kano);
    expect(back?.oob).toBe(true);
    expect(back?.text).toMatch(/SI-1002/);
    expect(back?.text).toMatch(/Accept/);
  });

  it('without JavaScript, answers with the queue loaded again, where both lines are matched', async () => {
    const [okon, lekki] = [h.bank[4]!, h.bank[5]!];
    const rita = await signIn(h.app, 'rita');
    const back = `/accounts/${h.accountId}/review?view=matched`;
    const res = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/match`,
      { line: lekki, bank: [lekki, okon], ledger: [h.ledger[4], h.ledger[5]], override: '1', reason: 'one sale', back },
      false,
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(back);
    const page = await get(h.app, rita, back);
    const rows = rowsOf(page.body);
    expect(rows.get(okon)?.text).toMatch(/Matched by hand/);
    expect(rows.get(lekki)?.text).toMatch(/Matched by hand/);
  });
});
