import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { booksBalance, explainTheRest, typed } from './support/decisions.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, post, signIn, signInInBrowser } from './support/session.js';

// A suggestion whose amount differs from the books (a receipt short by a fee or a levy) is accepted only by saying
// where the difference goes: the write-off, as Xero's and QuickBooks' reconcile screens make a person do. A plain
// Accept would store the match as if exact and leave the difference unexplained on the statement.

const groups = (h: Harness) =>
  h.db.db
    .selectFrom('match_groups')
    .select(['id', 'status', 'kind', 'difference_minor', 'write_off_account', 'write_off_minor'])
    .execute();
const shortOf = async (h: Harness) => (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;

describe('accepting a suggestion whose amount differs from the books', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('offers Accept… that opens the write-off, and refuses a plain accept, pointing to it', async () => {
    const s = await signIn(h.app, 'rita');
    const short = await shortOf(h);
    const line = short.bankIds[0]!;
    const queue = (await get(h.app, s, `/accounts/${h.accountId}/review?view=suggested`)).body;
    const block = queue.slice(queue.indexOf(`data-group="${short.id}"`));
    const acts = block.slice(0, block.indexOf('</div>\n  </div>'));
    expect(acts).not.toContain(`/groups/${short.id}/confirm`);
    expect(acts).toMatch(
      new RegExp(
        `data-key="accept"[^>]*hx-get="/accounts/${h.accountId}/groups/${short.id}/write-off\\?line=${line}"|hx-get="/accounts/${h.accountId}/groups/${short.id}/write-off\\?line=${line}"[^>]*data-key="accept"`,
      ),
    );
    const before = await groups(h);
    for (const htmx of [true, false]) {
      const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/confirm`, { line }, htmx);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('₦100.00');
      expect(res.body).toContain('Write off');
    }
    expect(await groups(h)).toEqual(before);
  });

  it('records the write-off through the panel: the match balances and the statement shows the amount written off', async () => {
    const s = await signIn(h.app, 'rita');
    const short = await shortOf(h);
    const line = short.bankIds[0]!;
    const panel = (await get(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off?line=${line}`)).body;
    expect(panel).toContain('value="Bank charges"');
    const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
      line,
      account: 'Bank charges',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Accepted with a write-off by Rita');
    const held = (await groups(h)).find((g) => g.status === 'manual')!;
    // Bank 9,900.00 against the books' 10,000.00: the 100.00 is written off, and the group balances.
    expect([Number(held.difference_minor), held.write_off_account, Number(held.write_off_minor)]).toEqual([
      -10_000,
      'Bank charges',
      10_000,
    ]);
    // Everything else decided; the books' own balance stated: the statement lists the write-off and balances.
    const service = createReconciliationService({ db: h.db.db });
    const taken = new Set([line]);
    for (const g of (await suggestions(h)).sort((a, b) => b.confidence - a.confidence)) {
      if (g.bankIds.some((b) => taken.has(b))) continue;
      await service.confirm(g.id, 'rita');
      g.bankIds.forEach((b) => taken.add(b));
    }
    await explainTheRest(h);
    const books = typed(await booksBalance(h));
    const page = (await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31&books=${books}`)).body;
    const debits = page.slice(page.indexOf('Less: debits not in the books'), page.indexOf('Adjusted book balance'));
    expect(debits).toMatch(/write-off to Bank charges: TRF FROM OKON VENTURES\s*<\/td>\s*<td class="num">₦100\.00/);
    expect(page).toMatch(/data-figure="difference"><span class="diff0">₦0\.00/);
    expect(page).toContain('Finish reconciliation to 2026-10-31');
  });
});

describe('a suggestion that writes off beyond the tolerance', () => {
  let h: Harness;
  beforeAll(async () => {
    // Half a per cent: the ₦100.00 short on ₦10,000.00 is beyond it (₦50.00).
    h = await createHarness({ matching: { tolerance: { underPercent: '0.5' } } });
    const short = await shortOf(h);
    // The engine names the account a known deduction goes to (withholding tax, a levy) on such a candidate.
    await h.db.db
      .updateTable('match_groups')
      .set({ write_off_account: 'WHT receivable', write_off_minor: 10_000 })
      .where('id', '=', short.id)
      .execute();
  });
  afterAll(async () => h?.close());

  it('asks for a reason, and writes off to the account the candidate names', async () => {
    const s = await signIn(h.app, 'rita');
    const short = await shortOf(h);
    const line = short.bankIds[0]!;
    expect((await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/confirm`, { line })).statusCode).toBe(
      400,
    );
    const panel = (await get(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off?line=${line}`)).body;
    expect(panel).toContain('value="WHT receivable"');
    expect(panel).toContain('name="reason"');
    const noReason = await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
      line,
      account: 'WHT receivable',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('beyond the tolerance');
    const ok = await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
      line,
      account: 'WHT receivable',
      override: '1',
      reason: 'WHT credit note 114 received',
    });
    expect(ok.statusCode).toBe(200);
    const held = (await groups(h)).find((g) => g.status === 'manual')!;
    expect([held.write_off_account, Number(held.write_off_minor)]).toEqual(['WHT receivable', 10_000]);
    const audit = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'manual_match')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toMatchObject({ writeOffOverride: { reason: 'WHT credit note 114 received' } });
    expect((await groups(h)).filter((g) => g.status === 'confirmed')).toEqual([]);
  });

  it('leaves it out of "Accept all matching" (counted as left for you)', async () => {
    const h2 = await createHarness();
    try {
      const s = await signIn(h2.app, 'rita');
      const short = await shortOf(h2);
      const preview = (await get(h2.app, s, `/accounts/${h2.accountId}/bulk?action=confirm&view=suggested`)).body;
      const expected = Number(/name="expected"\s+value="(\d+)"/.exec(preview)?.[1]);
      // One best candidate per line with a suggestion, but not the short one.
      const lines = new Set((await suggestions(h2)).flatMap((g) => g.bankIds));
      expect(expected).toBe(lines.size - 1);
      expect(preview).toContain('differs from the books');
      // said once, in words: how many are left and why (it read "30 lines have no candidate…; 30 of them: …")
      expect(preview.replace(/\s+/g, ' ')).toMatch(/left for you: 1 line whose best candidate differs from the books/);
      const run = await post(h2.app, s, `/accounts/${h2.accountId}/bulk`, {
        action: 'confirm',
        expected,
        view: 'suggested',
      });
      expect(run.statusCode).toBe(202);
      await h2.app.bulkJobs.settled(Number(/jobs\/(\d+)/.exec(run.body)![1]));
      const after = (await groups(h2)).find((g) => Number(g.id) === short.id)!;
      expect(after.status).toBe('suggested');
    } finally {
      await h2.close();
    }
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('accepting a short payment with the keyboard in Chromium', () => {
  const t = browserHarness();

  it('a opens the write-off on the line (nothing stored yet); Enter records it', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review?view=suggested`, 'rita');
    const short = await shortOf(h);
    const line = short.bankIds[0]!;
    await page.locator(`#line-${line} .narr`).click();
    await page.keyboard.press('a');
    const account = page.locator(`#panel-${line} input[name=account]`);
    await account.waitFor();
    // The focus stays on the line (a panel is not a decision) and nothing was stored.
    await expect(page.locator('.line.focus').getAttribute('data-line')).resolves.toBe(String(line));
    expect((await groups(h)).filter((g) => g.status === 'confirmed' || g.status === 'manual')).toEqual([]);
    await expect(account.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.locator(`#line-${line} .notice.ok`).waitFor();
    await expect(page.locator(`#line-${line}`).innerText()).resolves.toContain('Accepted with a write-off by Rita');
    const held = (await groups(h)).find((g) => g.status === 'manual')!;
    expect([held.write_off_account, Number(held.write_off_minor)]).toEqual(['Bank charges', 10_000]);
  });
});
