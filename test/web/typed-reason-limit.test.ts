import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness, chromiumAvailable, openPanel } from './support/browser.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { post, signIn, signInInBrowser } from './support/session.js';

// The write-off form's reason stops at 200 characters, and the server cut anything longer to 200 without a word; the
// audit page then showed the cut reason, and one long unbroken reason widened the page to 2,165 px in a 1,400 px
// window. Every typed reason and account is held to the form's limit on the server (refused, the form kept as typed),
// and the audit trail wraps what people typed.

const tolerance = { matching: { tolerance: { underPercent: '0.5' } } };
const long = (n: number) => 'X'.repeat(n);

async function shortOf(h: Harness) {
  return (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;
}

describe('a reason or account longer than its form allows', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(tolerance);
  });
  afterAll(async () => h?.close());

  const handMatches = async () =>
    (await h.db.db.selectFrom('match_groups').select('id').where('status', '=', 'manual').execute()).length;

  it('is refused, naming the field and its limit, and nothing is written', async () => {
    const rita = await signIn(h.app, 'rita');
    const short = await shortOf(h);
    const line = short.bankIds[0]!;
    const writeOff = await post(h.app, rita, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
      line,
      account: 'Bank charges',
      override: '1',
      reason: long(201),
    });
    expect(writeOff.statusCode).toBe(400);
    expect(writeOff.body).toContain('Write-off: Reason: at most 200 characters (201 typed)');
    const account = await post(h.app, rita, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
      line,
      account: long(5_000),
      override: '1',
      reason: 'short',
    });
    expect(account.statusCode).toBe(400);
    expect(account.body).toContain('Write-off: Write-off account: at most 200 characters (5,000 typed)');
    const match = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line,
      ledger: h.ledger[3],
      override: '1',
      reason: long(300),
    });
    expect(match.statusCode).toBe(400);
    expect(match.body).toContain('Find &amp; match: Reason: at most 200 characters (300 typed)');
    const bankOnly = await post(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[6]}/bank-only`, {
      line: h.bank[6],
      account: long(201),
    });
    expect(bankOnly.statusCode).toBe(400);
    expect(bankOnly.body).toContain('Bank-only: Ledger account: at most 200 characters (201 typed)');
    expect(await handMatches()).toBe(0);
  });

  it('is refused in the rule form, which comes back as typed', async () => {
    const ada = await signIn(h.app, 'ada');
    const res = await post(h.app, ada, `/accounts/${h.accountId}/rules`, {
      id: 'pos-fee',
      contains: 'POS TERMINAL',
      direction: 'debit',
      ledgerAccount: long(250),
      line: String(h.bank[6]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('rule: Post to ledger account: at most 200 characters (250 typed)');
    expect(res.body).toContain(`value="${long(250)}"`);
    expect(await h.db.db.selectFrom('web_rules').selectAll().execute()).toEqual([]);
  });

  it('is kept whole at the limit: a 200-character reason is stored as typed', async () => {
    const rita = await signIn(h.app, 'rita');
    const short = await shortOf(h);
    const reason = `${long(199)}!`;
    const ok = await post(h.app, rita, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
      line: short.bankIds[0],
      account: 'Bank charges',
      override: '1',
      reason,
    });
    expect(ok.statusCode).toBe(200);
    const audit = await h.db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'manual_match')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toMatchObject({ writeOffOverride: { reason } });
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('a long reason in Chromium', () => {
  const t = browserHarness({ deps: tolerance });

  it('keeps the typed reason in the form when the server refuses it, and the audit trail fits the window', async () => {
    const { h, page, base } = t;
    await signInInBrowser(page, `${base}/accounts/${h.accountId}/review`, 'rita');
    const short = await shortOf(h);
    const line = short.bankIds[0]!;
    await openPanel(page, line, 'Accept…');
    const reason = page.locator(`#panel-${line} input[name=reason]`);
    await page.check(`#panel-${line} input[name=override]`);
    // past the form's own limit, as a script or an older page could send it
    await reason.evaluate((el) => (el as unknown as { removeAttribute(n: string): void }).removeAttribute('maxlength'));
    await reason.fill(long(250));
    await page.click(`#panel-${line} button:has-text("Accept with write-off")`);
    await page.locator(`#panel-${line} .notice`, { hasText: 'at most 200 characters (250 typed)' }).waitFor();
    await expect(reason.inputValue({ timeout: 2_000 })).resolves.toBe(long(250));

    // one unbroken reason at the limit: accepted, and the trail wraps it inside its cell
    await reason.fill(long(200));
    await page.click(`#panel-${line} button:has-text("Accept with write-off")`);
    await page.locator(`#line-${line}`, { hasText: 'Accepted with a write-off' }).waitFor();
    await page.goto(`${base}/audit`);
    await expect(page.locator('table.audit').innerText()).resolves.toContain(long(200));
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(1_400);
  });
});
