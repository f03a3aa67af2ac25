import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createReconcileActivities } from '../../activities/reconcile-activities.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { buildReportDocument, type ReportDocument } from '../../adapters/reports/index.js';
import { money } from '../../web/format.js';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance as booksOf, decideEverything as decideAll } from './support/decisions.js';
import { follow, get, post, signIn } from './support/session.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const decideEverything = () => decideAll(h);
const booksBalance = () => booksOf(h);
const major = (minor: number) => (minor / 100).toFixed(2);

describe('statement checkpoint', () => {
  it('shows a difference while lines are undecided or the balance is wrong, and refuses to finish', async () => {
    const s = await signIn(h.app, 'rita');
    const page = await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Not ready to finish');
    expect(page.body).toContain('not decided yet');
    const refused = await post(
      h.app,
      s,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-10-31', books: '1.00' },
      false,
    );
    expect(refused.statusCode).toBe(303);
    expect((await follow(h.app, s, refused)).body).toContain('Not finished: ');
    await decideEverything();
    const books = await booksBalance();
    // One kobo off in the books: a real difference, shown and blocking.
    const off = await get(h.app, s, `/accounts/${h.accountId}/statement?end=2026-10-31&books=${major(books + 1)}`);
    expect(off.body).toContain('the books do not agree');
    // A mistyped statement balance: the cleared difference shows it.
    const typo = await get(
      h.app,
      s,
      `/accounts/${h.accountId}/statement?end=2026-10-31&balance=1.00&books=${major(books)}`,
    );
    expect(typo.body).toContain('the statement balance and the cleared lines differ');
  });

  it('finishes at zero, locks its lines, offers its report, and unlocks only by an audited admin action', async () => {
    await decideEverything();
    const books = await booksBalance();
    const rita = await signIn(h.app, 'rita');
    const ready = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&books=${major(books)}`);
    expect(
      /Not ready[^<]*/.exec(ready.body)?.[0] ?? '',
      ready.body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 3000),
    ).toBe('');
    expect(ready.body).toContain('Finish reconciliation to 2026-10-31');
    const done = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-10-31', books: major(books) },
      false,
    );
    expect(done.statusCode).toBe(303);
    const saved = await h.db.db.selectFrom('statement_reconciliations').selectAll().executeTakeFirstOrThrow();
    expect(saved.finished_by).toBe('rita');
    expect(Number(saved.difference_minor)).toBe(0);
    expect(saved.book_balance_source).toBe('stated');

    const [held] = await h.db.db.selectFrom('match_groups').selectAll().where('status', '=', 'confirmed').execute();
    const locked = await post(h.app, rita, `/accounts/${h.accountId}/groups/${held!.id}/unmatch`, {});
    expect(locked.statusCode).toBe(409);
    expect(locked.body).toContain('an admin must unlock it first');
    // The CLI acts through the same service: it is refused too.
    await expect(createReconciliationService({ db: h.db.db }).unmatch(Number(held!.id), 'cli-user')).rejects.toThrow(
      /an admin must unlock it first/,
    );

    const csv = await get(h.app, rita, `/accounts/${h.accountId}/statement/${saved.id}/report.csv`);
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body).toContain('Balance per books');
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/${saved.id}/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const { read } = await import('xlsx');
    const book = read(xlsx.rawPayload);
    expect(book.SheetNames.length).toBeGreaterThan(1);
    const home = await get(h.app, rita, '/');
    expect(home.body).toContain('to 2026-10-31');
    expect((await get(h.app, rita, `/accounts/${h.accountId}/statement/${saved.id}/print`)).body).toContain(
      'Bank reconciliation statement',
    );
    expect((await get(h.app, rita, `/accounts/${h.otherAccountId}/statement/${saved.id}/print`)).statusCode).toBe(404);

    expect(
      (await post(h.app, rita, `/accounts/${h.accountId}/statement/${saved.id}/reopen`, { reason: 'x' }, false))
        .statusCode,
    ).toBe(403);
    const ada = await signIn(h.app, 'ada');
    const reopened = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/${saved.id}/reopen`,
      { reason: 'bank corrected a line' },
      false,
    );
    expect(reopened.statusCode).toBe(303);
    const audit = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'statement.reopen')
      .executeTakeFirstOrThrow();
    expect(audit.actor).toBe('ada');
    expect(JSON.parse(audit.detail!)).toEqual({ reason: 'bank corrected a line' });
    expect((await post(h.app, rita, `/accounts/${h.accountId}/groups/${held!.id}/unmatch`, {})).statusCode).toBe(200);
  });

  it('shows the figures of the one report document: the same statement as the CLI report of the account', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bankfeed-web-statement-'));
    const cli = createReconcileActivities({ db: h.db.db, logger: pino({ level: 'silent' }), dataDir });
    const cliDocument = async (period: { from: string; to: string }) =>
      buildReportDocument([await cli.accountReport(h.accountId, period)], { producedBy: 'reconcile --account' });
    const rita = await signIn(h.app, 'rita');
    try {
      const compare = async (query: string, period: { from: string; to: string }) => {
        const web = JSON.parse(
          (await get(h.app, rita, `/accounts/${h.accountId}/statement.json?${query}`)).body,
        ) as ReportDocument;
        const expected = await cliDocument(period);
        expect(web.producedBy).toBe('web');
        expect(web.statements).toEqual(expected.statements);
        expect(web.overview).toEqual(expected.overview);
        // The page renders those figures, not figures of its own.
        const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement?${query}`)).body;
        const st = expected.statements[0]!.statement;
        for (const figure of [st.adjustedBankBalance, st.adjustedBookBalance, st.difference, st.balancePerBank])
          expect(page).toContain(money(figure.amountMinor!, 'NGN'));
        return st;
      };
      // Undecided: the lines awaiting review stand on the statement as such.
      const before = await compare('end=2026-10-31', { from: '2026-10-02', to: '2026-10-31' });
      expect(before.awaitingReviewBank.count).toBeGreaterThan(0);
      await decideEverything();
      // Decided, and finished to the 5th: the next period carries its books' balance forward, as the CLI's does.
      const books = await booksBalance();
      const ledgerTo5th = await h.db.db
        .selectFrom('ledger_entries')
        .select('amount_minor')
        .where('source_id', '=', `books-${h.accountId}`)
        .where('entry_date', '>', '2026-10-05')
        .execute();
      const booksAt5th = books - ledgerTo5th.reduce((t, r) => t + Number(r.amount_minor), 0);
      const finish = await post(
        h.app,
        rita,
        `/accounts/${h.accountId}/statement/finish`,
        { end: '2026-10-05', books: major(booksAt5th) },
        false,
      );
      expect(
        finish.statusCode,
        finish.body
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 2000),
      ).toBe(303);
      const after = await compare('end=2026-10-31', { from: '2026-10-06', to: '2026-10-31' });
      expect(after.balancePerBooks.source).toBe('carried-forward');
      expect(after.balanced).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
