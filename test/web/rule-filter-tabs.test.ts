import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, post, type Session, signIn } from './support/session.js';

// The queue's Rule filter on every tab: it offers the rules that explain lines of the tab shown, with how many each,
// and narrows the tab to them; a rule typed into the address that names no rule says so and lists nothing. A bulk
// action under a rule, from whatever tab, takes only that rule's pending candidates.
//
// The Confidence filter the same way: every tab where a line carries a confidence is narrowed by it and counted so
// (awaiting review, its live candidates; matched, the match the engine scored; a match made by hand has none), the
// Unmatched tab says it has nothing with a confidence, the filter rides along tabs and pages, and a bad figure is a 400
// naming it.

const FEE_RULE = 'ng-nip-fee-5375'; // the harness's run posts the NIP transfer fee (h.bank[3]) by this preset
const POS_RULE = 'pos-annual';
// the dropdown reads a rule by its name, its id the option's value; a rule of no known name (pos-annual here) by its id
const FEE_NAME = 'NIP transfer fee ₦53.75 (VAT inclusive)';
const EMTL_NAME = 'Electronic money transfer levy: ₦50 on receipts of ₦10,000 or more';

let h: Harness;
let rita: Session;
let posGroup: number;
let feeGroup: number;
beforeAll(async () => {
  h = await createHarness();
  // a person's rule proposes posting the POS subscription (h.bank[6]): a candidate awaiting review
  posGroup = await createMatchRepository(h.db.db).insertGroup({
    accountId: h.accountId,
    runId: null,
    kind: 'rule',
    status: 'suggested',
    confidence: 0.6,
    currency: 'NGN',
    differenceMinor: 0,
    writeOff: null,
    evidence: [{ kind: 'rule', detail: `rule ${POS_RULE}`, weight: 0.6 }],
    ruleId: POS_RULE,
    proposed: { account: 'POS charges', description: 'POS terminal subscription', amountMinor: -1_500_000 },
    rank: 1,
    candidateSet: null,
    idempotencyKey: null,
    decidedBy: null,
    decidedAt: null,
    createdAt: '2026-10-08T10:00:00Z',
    items: [{ side: 'bank', itemId: h.bank[6]!, amountMinor: -1_500_000 }],
  });
  feeGroup = Number(
    (
      await h.db.db
        .selectFrom('match_groups')
        .select('id')
        .where('rule_id', '=', FEE_RULE)
        .where('account_id', '=', h.accountId)
        .executeTakeFirstOrThrow()
    ).id,
  );
  rita = await signIn(h.app, 'rita');
});
afterAll(async () => h?.close());

const review = (query: string) => get(h.app, rita, `/accounts/${h.accountId}/review?${query}`);
const options = (body: string) =>
  [...(/<select name="rule">([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '').matchAll(/<option[^>]*>([\s\S]*?)<\/option>/g)]
    .map((m) => pageText(m[1]!).trim())
    .filter((o) => o !== 'any');
const shown = (body: string) => [...body.matchAll(/id="line-(\d+)"/g)].map((m) => Number(m[1]));
const tabs = (body: string) =>
  pageText(/<div\s+class="tabs"[\s\S]*?<\/div>/.exec(body)?.[0] ?? '')
    .trim()
    .replace(/ (\d+)/g, ':$1');

describe('the Rule filter on each tab', () => {
  it("offers each tab's own rules with how many lines each explains there", async () => {
    expect(options((await review('view=matched')).body)).toEqual([`${FEE_NAME} (1)`]);
    expect(options((await review('view=suggested')).body)).toEqual([`${POS_RULE} (1)`]);
    // an unmatched line is one no rule explains
    expect(options((await review('view=unmatched')).body)).toEqual([]);
  });

  it('narrows each tab, and counts each tab, to what the rule explains there', async () => {
    const matched = await review(`view=matched&rule=${FEE_RULE}`);
    expect(matched.statusCode).toBe(200);
    expect(shown(matched.body)).toEqual([h.bank[3]]);
    expect(tabs(matched.body)).toBe('Awaiting review:0 Unmatched:0 Matched:1');
    const pending = await review(`view=suggested&rule=${POS_RULE}`);
    expect(shown(pending.body)).toEqual([h.bank[6]]);
    expect(tabs(pending.body)).toBe('Awaiting review:1 Unmatched:0 Matched:0');
    const unmatched = await review(`view=unmatched&rule=${POS_RULE}`);
    expect(unmatched.statusCode).toBe(200);
    expect(shown(unmatched.body)).toEqual([]);
    expect(pageText(unmatched.body)).toContain(`No unmatched line is listed under rule ${POS_RULE}`);
    // the tabs fetched again after a decision made in place count the same way
    const again = await get(h.app, rita, `/accounts/${h.accountId}/review/tabs?view=matched&rule=${FEE_RULE}`);
    expect(tabs(again.body)).toBe('Awaiting review:0 Unmatched:0 Matched:1');
  });

  it('keeps a rule that explains nothing in the tab, at 0, and lists nothing under it', async () => {
    // a Nigerian preset the engine runs, which explained no line of this account
    const res = await review('view=matched&rule=ng-emtl');
    expect(res.statusCode).toBe(200);
    expect(options(res.body)).toEqual([`${FEE_NAME} (1)`, `${EMTL_NAME} (0)`]);
    expect(res.body).toContain(`<option value="${FEE_RULE}"`);
    expect(shown(res.body)).toEqual([]);
    expect(pageText(res.body)).not.toContain('no such rule');
  });

  it('says a rule typed into the address names no rule, and lists nothing rather than everything', async () => {
    for (const view of ['matched', 'suggested', 'unmatched']) {
      const res = await review(`view=${view}&rule=ng-emtlx`);
      expect(res.statusCode).toBe(400);
      const text = pageText(res.body);
      expect(text).toContain('there is no rule “ng-emtlx” on this account');
      expect(text).toContain('No rule “ng-emtlx” on this account: nothing is listed under it.');
      expect(options(res.body)).toContain('ng-emtlx (no such rule)');
      expect(res.body).toContain('<option value="ng-emtlx" selected');
      expect(shown(res.body)).toEqual([]);
      expect(tabs(res.body)).toBe('Awaiting review:0 Unmatched:0 Matched:0');
      expect(text).not.toContain('Accept all matching');
    }
  });
});

describe('a bulk action under a rule', () => {
  it('takes only pending candidates of the rule, whatever tab the filter came from', async () => {
    // the Matched tab's rule: its lines are decided already, so there is nothing to accept or reject
    const posted = await get(h.app, rita, `/accounts/${h.accountId}/bulk?view=matched&rule=${FEE_RULE}&action=reject`);
    expect(pageText(posted.body)).toContain('Nothing to reject with this filter');
    const preview = await get(
      h.app,
      rita,
      `/accounts/${h.accountId}/bulk?view=matched&rule=${POS_RULE}&action=confirm`,
    );
    expect(pageText(preview.body)).toContain('Accept 1 suggestion covering 1 bank line');
    expect(preview.body).toContain('name="view" value="suggested"');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/bulk`, {
      action: 'confirm',
      expected: '1',
      view: 'matched',
      rule: POS_RULE,
    });
    expect(res.statusCode).toBe(202);
    await h.app.bulkJobs.settled(Number(/jobs\/(\d+)/.exec(res.body)![1]));
    const groups = await createMatchRepository(h.db.db).getGroups([feeGroup, posGroup]);
    expect(groups.map((g) => [g.ruleId, g.status, g.decidedBy])).toEqual([
      [FEE_RULE, 'auto', null],
      [POS_RULE, 'confirmed', 'rita'],
    ]);
    const others = await h.db.db
      .selectFrom('match_groups')
      .select('status')
      .where('account_id', '=', h.accountId)
      .where('id', 'not in', [posGroup, feeGroup])
      .execute();
    expect(others.every((g) => g.status === 'suggested')).toBe(true);
    // and the Matched tab now lists it under its rule
    expect(options((await review('view=matched')).body)).toEqual([`${FEE_NAME} (1)`, `${POS_RULE} (1)`]);
  });
});

describe('the Confidence filter on each tab', () => {
  // the harness's run suggests h.bank[0] and h.bank[1] at 49.5%, h.bank[4] at 47.5%, h.bank[5] (a split) at 38.75%,
  // and posts the NIP fee h.bank[3] by its preset at 100%
  let c: Harness;
  let ada: Session;
  beforeAll(async () => {
    c = await createHarness();
    const service = createReconciliationService({ db: c.db.db });
    // accepted at the engine's 49.5%
    const [first] = await c.db.db
      .selectFrom('match_items')
      .select('group_id')
      .where('side', '=', 'bank')
      .where('item_id', '=', c.bank[0]!)
      .execute();
    await service.confirm(Number(first!.group_id), 'rita');
    // matched by hand: stored at 1, scored by nobody
    await service.manualMatch({
      accountId: c.accountId,
      bankIds: [c.bank[2]!],
      ledgerIds: [c.ledger[2]!],
      actor: 'rita',
    });
    ada = await signIn(c.app, 'ada');
  });
  afterAll(async () => c?.close());

  const at = (query: string) => get(c.app, ada, `/accounts/${c.accountId}/review?${query}`);

  it('narrows every tab, and counts every tab, to what carries the confidence there', async () => {
    const all = await at('view=matched');
    expect(shown(all.body)).toEqual([c.bank[0], c.bank[2], c.bank[3]]);
    expect(tabs(all.body)).toBe('Awaiting review:3 Unmatched:1 Matched:3');
    for (const [min, expected] of [
      ['45', { suggested: [c.bank[1], c.bank[4]], unmatched: [], matched: [c.bank[0], c.bank[3]] }],
      ['50', { suggested: [], unmatched: [], matched: [c.bank[3]] }],
      ['0', { suggested: [c.bank[1], c.bank[4], c.bank[5]], unmatched: [], matched: [c.bank[0], c.bank[3]] }],
    ] as const) {
      const counts = `Awaiting review:${expected.suggested.length} Unmatched:0 Matched:${expected.matched.length}`;
      for (const view of ['suggested', 'unmatched', 'matched'] as const) {
        const res = await at(`view=${view}&min=${min}`);
        expect(res.statusCode, `${view} ${min}`).toBe(200);
        expect(shown(res.body), `${view} ${min}`).toEqual(expected[view]);
        expect(tabs(res.body), `${view} ${min}`).toBe(counts);
        // the figure stays chosen, though it is none of the choices
        expect(res.body).toMatch(new RegExp(`<option\\s+value="${min}"\\s+selected`));
        const again = await get(c.app, ada, `/accounts/${c.accountId}/review/tabs?view=${view}&min=${min}`);
        expect(tabs(again.body), `tabs ${view} ${min}`).toBe(counts);
      }
    }
  });

  it('says what confidence means on Matched, and that Unmatched has nothing with one', async () => {
    const matched = pageText((await at('view=matched&min=45')).body);
    expect(matched).toContain('Confidence ≥ 45%: lines whose match the engine scored at least that');
    expect(matched).toContain(
      'A match made by hand (find & match, bank-only, an accept with a write-off) carries no confidence',
    );
    const unmatched = pageText((await at('view=unmatched&min=90')).body);
    expect(unmatched).toContain(
      'No unmatched line is listed at ≥ 90% confidence: an unmatched line has no candidate, so nothing on this tab carries a confidence.',
    );
    expect(pageText((await at('view=unmatched')).body)).not.toContain('carries a confidence');
  });

  it('keeps the filter on the tabs, the pages and the forms', async () => {
    const res = await at('view=matched&min=45&q=trf');
    const hrefs = [...res.body.matchAll(/href="([^"]*\/review\?[^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    for (const view of ['suggested', 'unmatched', 'matched'])
      expect(
        hrefs.some((u) => u.includes(`view=${view}`) && u.includes('min=45') && u.includes('q=trf')),
        view,
      ).toBe(true);
    expect(res.body).toMatch(/hx-get="[^"]*review\/tabs\?view=matched&amp;min=45&amp;q=trf"/);
    // the lines' decisions come back to the queue as filtered
    expect(res.body).toContain('name="back"');
    expect(res.body).toMatch(/name="back"\s+value="[^"]*min=45/);
  });

  it('refuses a confidence that is no whole percentage from 0 to 100, naming it', async () => {
    for (const bad of ['abc', '150', '9.5', '-5', '90%']) {
      const res = await at(`view=matched&min=${encodeURIComponent(bad)}`);
      expect(res.statusCode, bad).toBe(400);
      expect(pageText(res.body), bad).toContain(
        `min: Confidence must be a whole percentage from 0 to 100, e.g. 90 (got “${bad}”)`,
      );
      const tabsOnly = await get(
        c.app,
        ada,
        `/accounts/${c.accountId}/review/tabs?view=matched&min=${encodeURIComponent(bad)}`,
      );
      expect(tabsOnly.statusCode, bad).toBe(400);
      expect(pageText(tabsOnly.body), bad).toContain('min: Confidence must be a whole percentage');
    }
    // twice in the address is no one figure either
    expect((await at('view=matched&min=50&min=90')).statusCode).toBe(400);
  });
});
