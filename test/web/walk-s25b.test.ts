import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { seedLedger } from '../reconciliation/seed.js';
import { browserHarness, chromiumAvailable } from './support/browser.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { csrfFrom, follow, get, PASSWORD, post, signIn, signInInBrowser, type Session } from './support/session.js';

// Session 25's second walk through the review app, as an accountant and an administrator use it: the finished
// statement and its downloads, the next period, unlocking, signing in. Each test is a defect found on the walk,
// named by what the app should do.

/** "₦1,234.56", "-₦53.75" as signed minor units. */
function minorOf(text: string): number {
  const m = /^(-?)₦([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: "${text}"`);
  const minor = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] ? -minor : minor;
}

/** Every figure a page marks with data-figure, in minor units. */
function figures(page: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of page.matchAll(/data-figure="([a-z-]+)"[^>]*>\s*(?:<[^>]+>\s*)*(-?₦[\d,]+\.\d{2})/g))
    out[m[1]!] = minorOf(m[2]!);
  return out;
}

const text = (body: string) =>
  body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');

let h: Harness;
let rita: Session;
let books: string;

/** Registers a fresh harness per test in the calling describe, every October line decided. */
function octoberDecided() {
  beforeEach(async () => {
    h = await createHarness();
    // The ₦100.00 short receipt from Okon Ventures accepted within tolerance (a residual); the POS charge and the
    // unexplained credit explained to Suspense.
    await decideEverything(h);
    books = typed(await booksBalance(h));
    rita = await signIn(h.app, 'rita');
  });
  afterEach(async () => h?.close());
}

const finishOctober = async () => {
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', balance: '₦372,846.25', books },
    false,
  );
  expect(done.statusCode).toBe(303);
  expect(text((await follow(h.app, rita, done)).body)).toContain('Reconciliation #1 to 2026-10-31 finished');
};

describe('walk s25b: the signed statement and its downloads', () => {
  octoberDecided();
  // The workbook is rebuilt from the store on each download. The bookkeeper posting the short payment's ₦100.00
  // write-off dated 31 October after the month was signed (the usual month-end journal) changed the signed
  // reconciliation's workbook: an unpresented payment it never had, and a difference of -₦100.00 where ₦0.00 was
  // signed and its print page and CSV still say ₦0.00.
  it('keeps the workbook of a finished reconciliation as signed when the books later post an entry dated in its period', async () => {
    await finishOctober();
    const [journal] = await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-10-31', amountMinor: -10_000, party: 'Okon Ventures', description: 'Short payment written off' },
    ]);
    // posted after the month was signed (the seed's own timestamp is the books' first import)
    await h.db.db
      .updateTable('ledger_entries')
      .set({ ledger_account: '1010', created_at: new Date(Date.now() + 1000).toISOString() })
      .where('id', '=', journal!)
      .execute();
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/1/report.xlsx`);
    const rows = utils.sheet_to_json<unknown[]>(read(xlsx.rawPayload).Sheets.Summary!, { header: 1 });
    const at = (label: string) => Math.round(Number(rows.find((r) => r[0] === label)![2]) * 100);
    const print = figures((await get(h.app, rita, `/accounts/${h.accountId}/statement/1/print`)).body);
    expect(print['difference']).toBe(0);
    expect(at('Less: unpresented payments')).toBe(print['unpresented-payments']);
    expect(at('Adjusted bank balance')).toBe(print['adjusted-bank']);
    expect(at('Difference')).toBe(0);
  });
});

describe('walk s25b: the next period', () => {
  octoberDecided();
  // October was signed with the ₦100.00 short receipt as a debit the books lack (the residual of its match). The
  // books have not written it off since, and November has no bank line and no book entry: it is October's
  // reconciliation again. The residual was not carried forward (the bank lines the books lack were), so November
  // showed an unexplained difference of -₦100.00 between the same bank balance and the same books.
  it('balances a period with no activity after a balanced one: the residual the books still lack is carried forward', async () => {
    await finishOctober();
    const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-11-30&balance=372846.25`)).body;
    const f = figures(page);
    expect(f['balance-per-bank']).toBe(37_284_625);
    expect(f['balance-per-books']).toBe(Math.round(Number(books) * 100));
    expect(f['difference']).toBe(0);
    expect(text(page)).toContain('Finish reconciliation to 2026-11-30');
  });
});

describe('walk s25b: unlocking a finished reconciliation', () => {
  octoberDecided();
  let ada: Session;
  beforeEach(async () => {
    await finishOctober();
    ada = await signIn(h.app, 'ada');
  });

  const unlock = (id: number, reason: string) =>
    post(h.app, ada, `/accounts/${h.accountId}/statement/${id}/reopen`, { reason }, false);

  // Unlock is a plain form: a double click, or a second admin who had the page open, got a bare "Conflict" page,
  // "reconciliation #1 is already reopened", whose one link goes to the accounts. A second Finish says it is done.
  it('answers a second Unlock (a double click, another admin first) on the statement with a notice, not a Conflict page', async () => {
    expect((await unlock(1, 'statement re-issued by the bank')).statusCode).toBe(303);
    const again = await unlock(1, 'books balance typed wrong');
    expect(again.statusCode).toBe(303);
    const page = text((await follow(h.app, ada, again)).body);
    expect(page).toContain('Statement checkpoint');
    expect(page).toMatch(/#1\b[^.]*(already reopened|reopened already)/i);
  });

  // Its print page says "Reopened by Ada on …"; its CSV, the one a firm files, still read as a signed reconciliation
  // (difference 0.00, finished by rita) with no word of the unlock.
  it('says in the CSV of a reopened reconciliation that it was reopened, by whom and when', async () => {
    expect((await unlock(1, 'statement re-issued by the bank')).statusCode).toBe(303);
    const print = text((await get(h.app, ada, `/accounts/${h.accountId}/statement/1/print`)).body);
    expect(print).toContain('Reopened by Ada');
    const csv = (await get(h.app, ada, `/accounts/${h.accountId}/statement/1/report.csv`)).body;
    expect(csv).toMatch(/^Reopened[^\n]*\b(ada|Ada)\b[^\n]*\d{4}-\d{2}-\d{2}/m);
  });

  // With November finished too, October cannot be reopened before November is: the history still offered Unlock on
  // October's row, and pressing it (a reason typed) led to a Conflict page saying so.
  it('offers Unlock only on the reconciliation that can be reopened: the latest', async () => {
    // The books wrote the ₦100.00 short payment off in November (the journal on the bank's account), so November's
    // balance is ₦100.00 lower: the carried residual and that entry cancel, and November balances.
    const [writeOff] = await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-11-05', amountMinor: -10_000, party: 'Okon Ventures', description: 'Short payment written off' },
    ]);
    await h.db.db
      .updateTable('ledger_entries')
      .set({ ledger_account: '1010', created_at: new Date(Date.now() + 1000).toISOString() })
      .where('id', '=', writeOff!)
      .execute();
    const nov = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-11-30', balance: '372,846.25', books: typed(Number(books.replace('.', '')) - 10_000) },
      false,
    );
    expect(text((await follow(h.app, rita, nov)).body)).toContain('Reconciliation #2 to 2026-11-30 finished');
    const page = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-11-30`)).body;
    expect(page).toContain(`/statement/2/reopen`);
    expect(page).not.toContain(`/statement/1/reopen`);
  });
});

describe('walk s25b: signing in', () => {
  let clock: number;
  let app: Harness;
  beforeEach(async () => {
    clock = Date.parse('2026-12-07T08:00:00.000Z');
    app = await createHarness({ now: () => new Date(clock) });
  });
  afterEach(async () => app?.close());

  // The sign-in page carries a CSRF token kept in a session that ends after 30 idle minutes, like any other. A
  // person sent there when their session ended ("sign in again to go back to the page you were on") who signed in
  // after lunch got "Not allowed: … missing or invalid CSRF token", the page to go back to lost.
  it('signs in from a sign-in page left open past the idle limit, or shows the form again: never a "Not allowed" page', async () => {
    const next = `/accounts/${app.accountId}/statement?end=2026-10-31`;
    const form = await app.app.inject({ method: 'GET', url: `/sign-in?next=${encodeURIComponent(next)}&ended=1` });
    const cookie = String(form.headers['set-cookie']).split(';')[0]!;
    clock += 45 * 60_000;
    const res = await app.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie },
      payload: { username: 'rita', password: PASSWORD, _csrf: csrfFrom(form.body), next },
    });
    expect(res.body).not.toContain('CSRF');
    expect(res.statusCode === 303 || res.body.includes('name="password"')).toBe(true);
    // Wherever it led, the page the person was on is still where signing in goes.
    if (res.statusCode === 303) expect(res.headers.location).toBe(next);
    else expect(res.body).toContain(`value="${next.replace(/&/g, '&amp;')}"`);
  });

  // Usernames are lower-case (the Users form and `bankfeed users add` refuse anything else), but the sign-in form
  // took "Ada", as a phone keyboard starts the field, for an unknown name: "Wrong username or password".
  it('signs in a person whose username is typed with a capital, as a phone keyboard starts it', async () => {
    const s = await signIn(app.app, 'Rita');
    expect((await get(app.app, s, '/')).statusCode).toBe(200);
  });
});

const available = await chromiumAvailable();

describe.runIf(available)('walk s25b: people', () => {
  const t = browserHarness();

  // Reset password answers the POST with the Users page itself, the new password on it, at /users/<id>/reset. A
  // reload of that page (F5, or Back then Forward, and "Continue" on the browser's question) posted the reset again:
  // a second password replaced the one the admin had just read out or sent, and the person could not sign in.
  it('a reload of the page after Reset password issues no other password: the one shown still signs the person in', async () => {
    const { h: hh, page, base } = t;
    await signInInBrowser(page, `${base}/users`, 'ada');
    page.on('dialog', (d) => void d.accept());
    await page.click('button[aria-label="Reset the password of Rita"]');
    const shown = /shown once: (\S+)/.exec(await page.locator('.notice.ok').innerText())![1]!;
    await page.reload();
    await page.locator('h1', { hasText: 'Users' }).waitFor();
    await expect(signIn(hh.app, 'rita', shown)).resolves.toMatchObject({ cookie: expect.any(String) });
  });
});
