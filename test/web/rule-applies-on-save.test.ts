import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank } from '../reconciliation/seed.js';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, post, signIn, signInInBrowser } from './support/session.js';

// A rule created from a line said it classified N lines "from the next reconciliation run", and the app offers no way
// to start one: the lines stayed in the queue and Finish stayed blocked. Saving it classifies them now, as the engine's
// rule pass would, in one audited transaction, and only the lines the preview listed.

const rule = (line: number, fields: Record<string, string> = {}) => ({
  id: 'pos-fee',
  contains: 'POS TERMINAL',
  direction: 'debit',
  min: '',
  max: '',
  counterparty: '',
  ledgerAccount: 'Bank charges',
  line: String(line),
  ...fields,
});

/** What the preview hands the form for Save to check: the count and which lines. */
function previewed(body: string) {
  const expected = /name="expected" value="(\d+)"/.exec(body)?.[1];
  const digest = /name="previewed"\s+value="([0-9a-f]+)"/.exec(body)?.[1];
  if (expected === undefined || digest === undefined) throw new Error('the preview carries no count');
  return { expected, previewed: digest };
}

async function groupsOf(h: Harness, ruleId: string) {
  const rows = await h.db.db
    .selectFrom('match_groups')
    .selectAll()
    .where('rule_id', '=', ruleId)
    .orderBy('id')
    .execute();
  const items = await h.db.db.selectFrom('match_items').selectAll().execute();
  return rows.map((g) => ({
    ...g,
    items: items.filter((i) => Number(i.group_id) === Number(g.id)).map((i) => `${i.side}:${Number(i.item_id)}`),
  }));
}

const run = (h: Harness) =>
  createReconciliationService({ db: h.db.db }).reconcileAccount({
    accountId: h.accountId,
    ledgerSourceId: `books-${h.accountId}`,
    period: { from: '2026-09-01', to: '2026-11-30' },
    trigger: 'manual',
    options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
  });

describe('saving a rule from a line', () => {
  let h: Harness;
  let monthly: number;
  beforeAll(async () => {
    h = await createHarness();
    monthly = (
      await seedBank(h.db.db, h.accountId, [
        { date: '2026-10-20', amountMinor: -250_000, narration: 'POS TERMINAL MONTHLY FEE' },
      ])
    )[0]!;
  });
  afterAll(async () => h?.close());

  it('classifies the lines its preview listed at once, as the engine’s rule pass does, under the admin’s name', async () => {
    const ada = await signIn(h.app, 'ada');
    const annual = h.bank[6]!;
    const preview = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, rule(annual));
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('<b>2</b> of the');
    // the form's Save says what it does once the lines are counted
    expect(preview.body).toMatch(/id="rule-save-\d+"\s+hx-swap-oob="true"\s*>\s*Save and apply to 2 lines/);
    const saved = await post(h.app, ada, `/accounts/${h.accountId}/rules`, {
      ...rule(annual),
      ...previewed(preview.body),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers['hx-redirect']).toBe(`/accounts/${h.accountId}/review?view=suggested&rule=pos-fee`);

    const groups = await groupsOf(h, 'pos-fee');
    expect(groups.map((g) => g.items)).toEqual([[`bank:${monthly}`], [`bank:${annual}`]]);
    for (const g of groups) {
      // a rule that does not auto-confirm proposes: the person accepts, as for the engine's own rule suggestions
      expect(g).toMatchObject({ kind: 'rule', status: 'suggested', rank: 1, run_id: null, superseded_run_id: null });
      expect(Number(g.confidence)).toBe(0.7);
      expect(JSON.parse(g.proposed!)).toMatchObject({ account: 'Bank charges' });
    }
    const audit = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'in', ['rule.create', 'suggest'])
      .where('actor', '=', 'ada')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['rule.create', 'suggest', 'suggest']);
    expect(JSON.parse(audit[0]!.detail!)).toMatchObject({ previewMatches: 2, classified: 2 });

    // the queue the app goes to lists them, awaiting review under the rule, with the outcome said once
    const queue = await follow(h.app, ada, { headers: { location: saved.headers['hx-redirect'] as string } });
    expect(queue.body).toContain('POS TERMINAL MONTHLY FEE');
    expect(queue.body).toContain('POS TERMINAL ANNUAL SUBSCRIPTION');
    expect(queue.body).toContain('Rule pos-fee saved and applied: 2 lines now await review');
    const trail = await get(h.app, ada, `/audit?action=suggest`);
    expect(trail.body).toContain('Classified by a new rule (awaits review)');

    // the next run makes the same groups: it writes none again and replaces none
    await run(h);
    const after = await groupsOf(h, 'pos-fee');
    expect(after.map((g) => [Number(g.id), g.superseded_run_id])).toEqual(groups.map((g) => [Number(g.id), null]));
  });

  it('leaves the lines an earlier rule classifies to it, as a run does', async () => {
    const ada = await signIn(h.app, 'ada');
    const preview = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/rules/preview`,
      rule(h.bank[6]!, { id: 'pos-any', contains: 'POS' }),
    );
    expect(preview.body).toContain('<b>0</b> of the');
  });
});

describe('a rule whose lines changed since the preview', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  const nothingSaved = async () => {
    expect(await h.db.db.selectFrom('web_rules').selectAll().execute()).toEqual([]);
    expect(await groupsOf(h, 'diesel')).toEqual([]);
  };

  it('is refused, nothing saved, and the form comes back as typed with the lines it classifies now', async () => {
    const [first] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-21', amountMinor: -4_500_000, narration: 'GENERATOR DIESEL SUPPLY' },
    ]);
    const ada = await signIn(h.app, 'ada');
    const fields = rule(first!, { id: 'diesel', contains: 'DIESEL', ledgerAccount: 'Fuel' });
    const preview = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, fields);
    expect(preview.body).toContain('<b>1</b> of the');
    // meanwhile a reviewer explains the line
    const rita = await signIn(h.app, 'rita');
    await post(h.app, rita, `/accounts/${h.accountId}/lines/${first}/bank-only`, { line: first, account: 'Fuel' });

    const refused = await post(h.app, ada, `/accounts/${h.accountId}/rules`, { ...fields, ...previewed(preview.body) });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('it now classifies 0 lines, not the 1 line the preview listed');
    expect(refused.body).toContain('value="diesel"');
    expect(refused.body).toContain('<b>0</b> of the');
    await nothingSaved();

    // as many lines as before, but not the same ones: refused too
    const [second] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-22', amountMinor: -3_000_000, narration: 'DIESEL TOP UP' },
    ]);
    const again = await post(h.app, ada, `/accounts/${h.accountId}/rules`, { ...fields, ...previewed(preview.body) });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('are not the ones the preview listed');
    await nothingSaved();

    // saved against the fresh preview, it classifies the new line
    const fresh = previewed(again.body);
    expect(fresh.expected).toBe('1');
    expect((await post(h.app, ada, `/accounts/${h.accountId}/rules`, { ...fields, ...fresh })).statusCode).toBe(200);
    expect((await groupsOf(h, 'diesel')).map((g) => g.items)).toEqual([[`bank:${second}`]]);
  });
});

describe('a rule saved after a finished reconciliation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await decideEverything(h);
    const rita = await signIn(h.app, 'rita');
    const books = ((await booksBalance(h)) / 100).toFixed(2);
    const done = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-10-31', books },
      false,
    );
    expect(done.statusCode).toBe(303);
  });
  afterAll(async () => h?.close());

  it('never classifies a line the reconciliation locks', async () => {
    // a line the bank reported late, dated inside the signed period, and one after it
    const [late, november] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-25', amountMinor: -400, narration: 'SMS ALERT CHARGE' },
      { date: '2026-11-25', amountMinor: -400, narration: 'SMS ALERT CHARGE' },
    ]);
    const ada = await signIn(h.app, 'ada');
    const fields = rule(november!, { id: 'sms', contains: 'SMS ALERT', ledgerAccount: 'Bank charges' });
    const preview = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, fields);
    expect(preview.body).toContain('<b>1</b> of the');
    expect((await post(h.app, ada, `/accounts/${h.accountId}/rules`, fields)).statusCode).toBe(200);
    const groups = await groupsOf(h, 'sms');
    expect(groups.map((g) => g.items)).toEqual([[`bank:${november}`]]);
    expect(groups.flatMap((g) => g.items)).not.toContain(`bank:${late}`);
  });
});

describe('a rule that auto-confirms', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('matches its lines at once, as the engine does, audited under the person', async () => {
    const service = createReconciliationService({ db: h.db.db });
    const [fee] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-23', amountMinor: -5_375, narration: 'NIP TRANSFER FEE' },
    ]);
    const result = await service.createRule({
      accountId: h.accountId,
      actor: 'ada',
      rule: {
        id: 'nip-fee',
        when: { narrationContains: 'NIP TRANSFER FEE', direction: 'debit', amountMinMinor: 5_375 },
        then: { ledgerAccount: 'Bank charges', autoConfirm: true },
      },
      previewed: { count: 1 },
    });
    expect(result).toMatchObject({ classified: 1, status: 'auto' });
    const [g] = await groupsOf(h, 'nip-fee');
    expect(g).toMatchObject({ kind: 'rule', status: 'auto', items: [`bank:${fee}`] });
    expect(Number(g!.confidence)).toBe(1);
    const held = await h.db.db
      .selectFrom('match_items')
      .select('active')
      .where('group_id', '=', g!.id)
      .executeTakeFirstOrThrow();
    expect(Number(held.active)).toBe(1);
    const audit = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', String(g!.id))
      .executeTakeFirstOrThrow();
    expect([audit.action, audit.actor]).toEqual(['auto_match', 'ada']);
    await run(h);
    expect((await groupsOf(h, 'nip-fee')).map((x) => Number(x.id))).toEqual([Number(g!.id)]);
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('saving a rule in Chromium', () => {
  const t = browserHarness();

  it('says on Save how many lines it applies to, and then shows them awaiting review', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=unmatched`, 'ada');
    const line = h.bank[6]!;
    await openPanel(page, line, 'Create rule');
    await page.fill(`#panel-${line} input[name=id]`, 'pos-subscription');
    await page.fill(`#panel-${line} input[name=ledgerAccount]`, 'Subscriptions');
    await page.click(`#panel-${line} button:has-text("Preview")`);
    const save = page.locator(`#rule-save-${line}`, { hasText: 'Save and apply to 1 line' });
    await save.waitFor();
    await save.click();
    await page.waitForURL((u) => u.searchParams.get('rule') === 'pos-subscription');
    await page
      .locator('.notice', { hasText: 'Rule pos-subscription saved and applied: 1 line now awaits review' })
      .waitFor();
    await expect(page.locator(`#line-${line}`).innerText()).resolves.toContain('Subscriptions');
  });
});
