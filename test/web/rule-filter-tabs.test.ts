import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatchRepository } from '../../db/match-repository.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, post, type Session, signIn } from './support/session.js';

// The queue's Rule filter on every tab: it offers the rules that explain lines of the tab shown, with how many each,
// and narrows the tab to them; a rule typed into the address that names no rule says so and lists nothing. A bulk
// action under a rule, from whatever tab, takes only that rule's pending candidates.

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
