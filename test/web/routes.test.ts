import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { csrfFrom, follow, get, post, signIn } from './support/session.js';

// Every route on SQLite, and on PostgreSQL when a server answers (required in CI).
const kinds = (await databaseKinds()).map((k) => k.name);

describe.each(kinds)('on %s', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({}, kind);
  });
  afterEach(async () => {
    await h.close();
  });

  async function auditRows() {
    return h.db.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  }

  describe('sign-in and sessions', () => {
    it('redirects a request without a session to sign-in, GET and POST alike', async () => {
      const page = await h.app.inject({ method: 'GET', url: `/accounts/${h.accountId}/review` });
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/accounts/${h.accountId}/review`)}`);
      const [g] = await suggestions(h);
      const postRes = await h.app.inject({
        method: 'POST',
        url: `/accounts/${h.accountId}/groups/${g!.id}/confirm`,
        payload: {},
      });
      expect(postRes.statusCode).toBe(303);
      expect(postRes.headers.location).toMatch(/^\/sign-in/);
      const partial = await h.app.inject({ method: 'GET', url: '/audit', headers: { 'hx-request': 'true' } });
      expect(partial.headers['hx-redirect']).toMatch(/^\/sign-in/);
    });

    it('refuses a wrong password and a disabled person, and audits a sign-in under the person', async () => {
      await expect(signIn(h.app, 'rita', 'wrong password here')).rejects.toThrow(/401/);
      await expect(signIn(h.app, 'nobody')).rejects.toThrow(/401/);
      await signIn(h.app, 'rita');
      const rows = await auditRows();
      expect(rows.some((r) => r.action === 'sign_in' && r.actor === 'rita')).toBe(true);
    });

    it('signs a person out everywhere when an admin disables them', async () => {
      const rita = await signIn(h.app, 'rita');
      const ada = await signIn(h.app, 'ada');
      const users = await get(h.app, ada, '/users');
      const ritaId = /action="\/users\/(\d+)\/disable"/.exec(users.body.split('rita')[1] ?? '')?.[1];
      expect(ritaId).toBeDefined();
      const res = await post(h.app, ada, `/users/${ritaId}/disable`, {}, false);
      // done, the Users page loaded again with the notice (a reload asks nothing again)
      expect(res.statusCode).toBe(303);
      expect((await follow(h.app, ada, res)).body).toContain('rita is disabled and signed out everywhere.');
      expect((await get(h.app, rita, '/')).statusCode).toBe(303);
    });

    it('rate-limits sign-in attempts', async () => {
      const page = await h.app.inject({ method: 'GET', url: '/sign-in' });
      const cookie = String(page.headers['set-cookie']).split(';')[0]!;
      const csrf = csrfFrom(page.body);
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) {
        const r = await h.app.inject({
          method: 'POST',
          url: '/sign-in',
          headers: { cookie },
          payload: { username: 'rita', password: 'nope nope nope', _csrf: csrf },
        });
        codes.push(r.statusCode);
      }
      expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
      expect(codes.slice(10)).toEqual([429, 429]);
      // the form again, saying why in words
      const limited = await h.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { cookie },
        payload: { username: 'rita', password: 'nope nope nope', _csrf: csrf },
      });
      expect(limited.body).toContain('Too many sign-in attempts from here');
      expect(limited.body).toContain('name="password"');
    });

    it('ends an idle session and an old one', async () => {
      let t = Date.parse('2026-10-10T08:00:00Z');
      const h2 = await createHarness({
        now: () => new Date(t),
        session: { idleMs: 10 * 60_000, absoluteMs: 60 * 60_000 },
      });
      try {
        const s = await signIn(h2.app, 'rita');
        t += 9 * 60_000;
        expect((await get(h2.app, s, '/')).statusCode).toBe(200);
        t += 11 * 60_000;
        expect((await get(h2.app, s, '/')).statusCode).toBe(303);
        const s2 = await signIn(h2.app, 'rita');
        for (let i = 0; i < 7; i++) {
          t += 9 * 60_000;
          await get(h2.app, s2, '/');
        }
        expect((await get(h2.app, s2, '/')).statusCode).toBe(303);
      } finally {
        await h2.close();
      }
    });
  });

  describe('access control and request forgery', () => {
    it('refuses a POST without the CSRF token with 403, and writes nothing', async () => {
      const s = await signIn(h.app, 'rita');
      const [g] = await suggestions(h);
      const before = (await auditRows()).length;
      const res = await h.app.inject({
        method: 'POST',
        url: `/accounts/${h.accountId}/groups/${g!.id}/confirm`,
        headers: { cookie: s.cookie },
        payload: { line: String(g!.bankIds[0]) },
      });
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain('Not saved');
      const forged = await post(
        h.app,
        { ...s, csrf: 'forged-token' },
        `/accounts/${h.accountId}/groups/${g!.id}/confirm`,
        {},
      );
      expect(forged.statusCode).toBe(403);
      expect((await auditRows()).length).toBe(before);
    });

    it("answers a viewer's POST with 403", async () => {
      const s = await signIn(h.app, 'vera');
      const [g] = await suggestions(h);
      const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: g!.bankIds[0] });
      expect(res.statusCode).toBe(403);
      const page = await get(h.app, s, `/accounts/${h.accountId}/review`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('data-key="accept"');
      expect((await get(h.app, s, '/users')).statusCode).toBe(403);
    });

    it("answers a crafted id of another account's group, line or ledger entry with 404", async () => {
      const s = await signIn(h.app, 'rita');
      const [other] = await suggestions(h, h.otherAccountId);
      expect(other).toBeDefined();
      const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${other!.id}/confirm`, {});
      expect(res.statusCode).toBe(404);
      const line = await post(h.app, s, `/accounts/${h.accountId}/match`, {
        line: other!.bankIds[0],
        ledger: other!.ledgerIds[0],
      });
      expect(line.statusCode).toBe(404);
      const entry = await post(h.app, s, `/accounts/${h.accountId}/match`, {
        line: h.bank[5],
        ledger: other!.ledgerIds[0],
      });
      expect(entry.statusCode).toBe(404);
      expect((await get(h.app, s, `/accounts/${h.accountId}/lines/${other!.bankIds[0]}`)).statusCode).toBe(404);
      expect((await get(h.app, s, `/accounts/nope/review`)).statusCode).toBe(404);
      const g = (await h.db.db
        .selectFrom('match_groups')
        .select('status')
        .where('id', '=', other!.id)
        .executeTakeFirst())!;
      expect(g.status).toBe('suggested');
    });

    it('sends secure headers: CSP without inline scripts, frame-ancestors none', async () => {
      const res = await h.app.inject({ method: 'GET', url: '/sign-in' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
    });
  });

  describe('review decisions', () => {
    it('accepts a suggestion under the signed-in person, in place, and undoes it', async () => {
      const s = await signIn(h.app, 'rita');
      const [g] = await suggestions(h);
      const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: g!.bankIds[0] });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`id="line-${g!.bankIds[0]}"`);
      expect(res.body).toContain('Accepted by Rita');
      const row = (await h.db.db.selectFrom('match_groups').selectAll().where('id', '=', g!.id).executeTakeFirst())!;
      expect(row.status).toBe('confirmed');
      expect(row.decided_by).toBe('rita');
      const audit = (await auditRows()).filter((r) => r.action === 'confirm');
      expect(audit.map((r) => r.actor)).toEqual(['rita']);
      const undo = await post(h.app, s, `/accounts/${h.accountId}/undo`, {
        auditId: audit[0]!.id,
        line: g!.bankIds[0],
      });
      expect(undo.statusCode).toBe(200);
      expect(
        (await h.db.db.selectFrom('match_groups').select('status').where('id', '=', g!.id).executeTakeFirst())!.status,
      ).toBe('suggested');
    });

    it('answers a stale page with 409, the reason and the fresh state, never a double decision', async () => {
      const a = await signIn(h.app, 'rita');
      const b = await signIn(h.app, 'ada');
      const [g] = await suggestions(h);
      expect(
        (await post(h.app, a, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: g!.bankIds[0] })).statusCode,
      ).toBe(200);
      const stale = await post(h.app, b, `/accounts/${h.accountId}/groups/${g!.id}/reject`, { line: g!.bankIds[0] });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('since this page was loaded, this suggestion was accepted by Rita');
      expect(stale.body).toContain('Accepted');
      expect(stale.body).toContain('Accepted by <b>Rita</b>');
      const decisions = (await auditRows()).filter(
        (r) => r.entity_id === String(g!.id) && ['confirm', 'reject'].includes(r.action),
      );
      expect(decisions).toHaveLength(1);
    });

    it('matches a split by hand (one bank line, two ledger entries)', async () => {
      const s = await signIn(h.app, 'rita');
      const lekki = h.bank[5]!;
      const find = await get(h.app, s, `/accounts/${h.accountId}/lines/${lekki}/find?amount=&text=Lekki`);
      expect(find.statusCode).toBe(200);
      expect(find.body).toContain('Cash sales part 1');
      const res = await post(h.app, s, `/accounts/${h.accountId}/match`, {
        line: lekki,
        ledger: [h.ledger[4], h.ledger[5]],
      });
      expect(res.statusCode).toBe(200);
      const g = await h.db.db
        .selectFrom('match_groups')
        .selectAll()
        .where('kind', '=', 'manual')
        .executeTakeFirstOrThrow();
      expect(g.decided_by).toBe('rita');
      expect(Number(g.difference_minor)).toBe(0);
    });

    it('writes off a short payment within tolerance, and beyond it only with an audited override', async () => {
      const s = await signIn(h.app, 'rita');
      const short = (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;
      const res = await post(h.app, s, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
        line: short.bankIds[0],
        account: 'Discounts allowed',
      });
      expect(res.statusCode).toBe(200);
      const g = await h.db.db
        .selectFrom('match_groups')
        .selectAll()
        .where('kind', '=', 'manual')
        .executeTakeFirstOrThrow();
      expect(g.write_off_account).toBe('Discounts allowed');
      expect(Number(g.write_off_minor)).toBe(10_000);

      // 1,000,000 against 1,200,000 + 1,800,000 is far beyond 2%: refused without an override and a reason.
      const beyond = await post(h.app, s, `/accounts/${h.accountId}/match`, {
        line: h.bank[1],
        ledger: [h.ledger[4]],
        writeOffAccount: 'Sundry',
      });
      expect(beyond.statusCode).toBe(400);
      expect(beyond.body).toContain('beyond the tolerance');
      const ok = await post(h.app, s, `/accounts/${h.accountId}/match`, {
        line: h.bank[1],
        ledger: [h.ledger[4]],
        writeOffAccount: 'Sundry',
        override: '1',
        reason: 'agreed with customer',
      });
      expect(ok.statusCode).toBe(200);
      const row = (await auditRows()).filter((r) => r.action === 'manual_match').at(-1)!;
      expect(JSON.parse(row.detail!)).toMatchObject({ writeOffOverride: { reason: 'agreed with customer' } });
      expect(row.actor).toBe('rita');
    });

    it('marks a line bank-only to an account, and unmatches it', async () => {
      const s = await signIn(h.app, 'rita');
      const fee = h.bank[6]!;
      const res = await post(h.app, s, `/accounts/${h.accountId}/lines/${fee}/bank-only`, {
        line: fee,
        account: 'Bank charges',
      });
      expect(res.statusCode).toBe(200);
      const g = await h.db.db
        .selectFrom('match_groups')
        .selectAll()
        .where('kind', '=', 'manual')
        .executeTakeFirstOrThrow();
      expect(g.write_off_account).toBe('Bank charges');
      const un = await post(h.app, s, `/accounts/${h.accountId}/groups/${g.id}/unmatch`, { line: fee });
      expect(un.statusCode).toBe(200);
      expect(
        (await h.db.db.selectFrom('match_groups').select('status').where('id', '=', g.id).executeTakeFirst())!.status,
      ).toBe('undone');
    });

    it('bulk-accepts by filter after showing the count, in one transaction, and refuses a changed selection', async () => {
      const s = await signIn(h.app, 'rita');
      const live = await suggestions(h);
      const preview = await get(h.app, s, `/accounts/${h.accountId}/bulk?action=confirm&view=suggested&min=45`);
      // A candidate whose amounts differ is left out: it is accepted one by one, with its write-off.
      const expected = live.filter((g) => g.confidence >= 0.45 && g.differenceMinor === 0).length;
      expect(/name="expected"\s+value="(\d+)"/.exec(preview.body)?.[1]).toBe(String(expected));
      // Someone decides one of them meanwhile: the count no longer holds, nothing is written.
      const first = live.find((g) => g.confidence >= 0.45 && g.differenceMinor === 0)!;
      const ada = await signIn(h.app, 'ada');
      await post(h.app, ada, `/accounts/${h.accountId}/groups/${first.id}/reject`, { line: first.bankIds[0] });
      const before = (await auditRows()).length;
      const stale = await post(h.app, s, `/accounts/${h.accountId}/bulk`, {
        action: 'confirm',
        expected,
        view: 'suggested',
        min: '45',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('selection changed');
      expect((await auditRows()).length).toBe(before);
      const ok = await post(h.app, s, `/accounts/${h.accountId}/bulk`, {
        action: 'confirm',
        expected: expected - 1,
        view: 'suggested',
        min: '45',
      });
      // A server-side job: the answer is its progress panel, polled until the job's one transaction has committed.
      expect(ok.statusCode).toBe(202);
      const jobUrl = /hx-get="([^"]+\/bulk\/jobs\/\d+)"/.exec(ok.body)?.[1];
      expect(jobUrl).toBeDefined();
      expect(ok.body).toContain('<progress');
      let done = await get(h.app, s, jobUrl!);
      for (let i = 0; i < 200 && !done.headers.location; i++) {
        await new Promise((r) => setTimeout(r, 50));
        done = await get(h.app, s, jobUrl!);
      }
      expect(done.statusCode).toBe(303);
      // The outcome is the app's own notice, kept in the session for the next page (never in the URL).
      expect(done.headers.location).not.toContain('flash');
      expect((await get(h.app, s, done.headers.location as string)).body).toMatch(/Accepted \d+ suggestions?/);
      const confirmed = await h.db.db
        .selectFrom('match_groups')
        .selectAll()
        .where('status', '=', 'confirmed')
        .execute();
      expect(confirmed).toHaveLength(expected - 1);
      expect(confirmed.every((g) => g.decided_by === 'rita')).toBe(true);
    });

    it('previews a rule from a line before an admin saves it; reviewers cannot create rules', async () => {
      const rita = await signIn(h.app, 'rita');
      expect((await get(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[6]}/rule`)).statusCode).toBe(403);
      const ada = await signIn(h.app, 'ada');
      const form = await get(h.app, ada, `/accounts/${h.accountId}/lines/${h.bank[6]}/rule`);
      expect(form.body).toContain('value="POS TERMINAL ANNUAL"');
      const fields = {
        id: 'pos-fee',
        contains: 'POS TERMINAL',
        direction: 'debit',
        ledgerAccount: 'Bank charges',
        line: h.bank[6],
      };
      const preview = await post(h.app, ada, `/accounts/${h.accountId}/rules/preview`, fields);
      expect(preview.body).toContain('<b>1</b> of the');
      expect(await h.db.db.selectFrom('web_rules').selectAll().execute()).toHaveLength(0);
      const saved = await post(h.app, ada, `/accounts/${h.accountId}/rules`, fields);
      expect(saved.statusCode).toBe(200);
      const rules = await h.db.db.selectFrom('web_rules').selectAll().execute();
      expect(JSON.parse(rules[0]!.definition)).toMatchObject({
        id: 'pos-fee',
        then: { ledgerAccount: 'Bank charges' },
      });
    });
  });

  describe('hostile text', () => {
    it('escapes narrations, parties and descriptions everywhere, and neutralises formulas in exports', async () => {
      const s = await signIn(h.app, 'ada');
      const pages = [
        await get(h.app, s, `/accounts/${h.accountId}/review?view=unmatched`),
        await get(h.app, s, `/accounts/${h.accountId}/lines/${h.bank[2]}/find?amount=43000.00`),
        await get(
          h.app,
          s,
          `/accounts/${h.accountId}/review?view=unmatched&q=${encodeURIComponent('"><script>x</script>')}`,
        ),
      ];
      for (const p of pages) {
        expect(p.statusCode).toBe(200);
        expect(p.body).not.toContain('<script>alert(1)</script>');
        expect(p.body).not.toContain('<img src=x');
        expect(p.body).not.toContain('<b>Bold</b>');
        expect(p.body).not.toContain('"><script>x');
      }
      expect(pages[0]!.body).toContain(
        '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;',
      );
      expect(pages[1]!.body).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; Co');
      await post(h.app, s, `/accounts/${h.accountId}/match`, { line: h.bank[2], ledger: h.ledger[2] });
      const csv = await get(h.app, s, `/audit.csv?account=${h.accountId}`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).not.toMatch(/(^|,)[=@+-][A-Z]/m);
    });
  });

  describe('accounts overview', () => {
    it("shows the feed's error and the nightly run's failure apart, account numbers masked", async () => {
      await h.db.db
        .updateTable('accounts')
        .set({
          last_error: 'Mono: 503 from /transactions',
          nightly_error: 'nightly reconciliation 2026-12-01: ledger source books: refused account 0123456789',
          nightly_failed_at: '2026-12-01T01:30:00.000Z',
        })
        .where('id', '=', h.accountId)
        .execute();
      const s = await signIn(h.app, 'vera');
      const page = await get(h.app, s, '/');
      expect(page.statusCode).toBe(200);
      const main = page.body.split('acts-acc-main')[0]!;
      expect(main).toContain('Active · failing');
      expect(main).toContain('Mono: 503 from /transactions');
      expect(main).toContain('nightly reconciliation 2026-12-01: ledger source books: refused account ••••6789');
      expect(main).toContain('recorded 2026-12-01 02:30 Lagos time');
      expect(page.body).not.toContain('0123456789');
      // A nightly failure alone is not a failing feed; the other account has neither.
      await h.db.db.updateTable('accounts').set({ last_error: null }).where('id', '=', h.accountId).execute();
      const again = (await get(h.app, s, '/')).body;
      expect(again).not.toContain('failing');
      expect(again).toContain('refused account ••••6789');
      expect(again.split('acts-acc-main')[1]).not.toContain('nightly reconciliation');
    });

    // The list and "Sync now" judge the feed alike (feedTrouble): a bank that asked for re-authorisation while the
    // feed's state still said Active was listed "Active · failing" (or "Active") while Sync now said re-authorise.
    it('lists a feed whose bank asked for re-authorisation as needing it, as Sync now answers', async () => {
      await h.db.db
        .updateTable('accounts')
        .set({ state: 'ACTIVE', bank_reauth_required_at: '2026-12-01T09:00:00.000Z', last_error: 'reauth_required' })
        .where('id', '=', h.accountId)
        .execute();
      const s = await signIn(h.app, 'vera');
      const main = (await get(h.app, s, '/')).body.split('acts-acc-main')[0]!;
      expect(main).toContain('Needs re-authorisation');
      expect(main).not.toContain('Active · failing');
      await h.db.db
        .updateTable('accounts')
        .set({ bank_reauth_required_at: null, last_error: null })
        .where('id', '=', h.accountId)
        .execute();
    });
  });

  describe('audit screen', () => {
    it('filters by person and by line, and names the person on each decision', async () => {
      const s = await signIn(h.app, 'rita');
      const [g] = await suggestions(h);
      await post(h.app, s, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: g!.bankIds[0] });
      const byPerson = await get(h.app, s, `/audit?actor=rita&action=confirm`);
      expect(byPerson.body).toContain('<b>Rita</b>');
      expect(byPerson.body).toContain(`match #${g!.id}`);
      const byLine = await get(h.app, s, `/audit?account=${h.accountId}&line=${g!.bankIds[0]}`);
      expect(byLine.body).toContain('Accepted a suggestion');
      const bad = await get(h.app, s, `/audit?line=abc`);
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('line');
    });
  });

  describe('rules created in the app', () => {
    it('classify the line when saved, and the next reconciliation run keeps what they made', async () => {
      const ada = await signIn(h.app, 'ada');
      const fields = {
        id: 'pos-fee',
        contains: 'POS TERMINAL',
        direction: 'debit',
        ledgerAccount: 'Bank charges',
        line: h.bank[6],
      };
      expect((await post(h.app, ada, `/accounts/${h.accountId}/rules`, fields)).statusCode).toBe(200);
      const { createReconciliationService } = await import('../../activities/reconciliation-service.js');
      await createReconciliationService({ db: h.db.db }).reconcileAccount({
        accountId: h.accountId,
        ledgerSourceId: `books-${h.accountId}`,
        period: { from: '2026-09-01', to: '2026-10-31' },
        trigger: 'manual',
      });
      const ruled = await h.db.db
        .selectFrom('match_groups as g')
        .innerJoin('match_items as i', 'i.group_id', 'g.id')
        .select(['g.rule_id', 'i.item_id'])
        .where('g.rule_id', '=', 'pos-fee')
        .where('i.side', '=', 'bank')
        .execute();
      expect(ruled.map((r) => Number(r.item_id))).toEqual([h.bank[6]]);
    });
  });
});
