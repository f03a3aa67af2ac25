/**
 * An agreed starting point: an admin starts an account's reconciliation from a day agreed elsewhere, so that the first
 * statement does not run from the feed's first line. The harness's bank opens at ₦100,000.00 and runs 2 – 8 October;
 * the start here is 4 October: the bank at ₦348,000.00, the books (invoices SI-1001 … SI-1004 on top of the same
 * opening) at ₦358,000.00, SI-1004 the one deposit still in transit (the Okon line of 6 October pays it, ₦100 short).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { escapeHtml } from '../../web/html.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { databaseKinds } from '../support/databases.js';
import { decideEverything } from './support/decisions.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { follow, get, post, signIn, type Session, pageText } from './support/session.js';

const kinds = (await databaseKinds()).map((k) => k.name);
const START = '2026-10-04';
const text = pageText;
const figure = (page: string, name: string) =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];
const inputValue = (page: string, name: string) => new RegExp(`name="${name}"\\s+value="([^"]*)"`).exec(page)?.[1];
/** An entry's tick box on the starting point's form: absent, ticked or not. */
const tick = (page: string, id: number | string) => {
  const box = new RegExp(`<input[^>]*name="outstanding"[^>]*value="${id}"[^>]*>`).exec(page)?.[0];
  return box === undefined ? 'absent' : /\schecked\b/.test(box) ? 'ticked' : 'not ticked';
};

describe.each(kinds)('an agreed starting point, on %s', (kind) => {
  let h: Harness;
  let ada: Session;
  beforeEach(async () => {
    h = await createHarness({}, kind);
    await h.db.db.updateTable('accounts').set({ synced_through: '2026-10-31' }).where('id', '=', h.accountId).execute();
    ada = await signIn(h.app, 'ada');
  });
  afterEach(async () => h?.close());

  const start = (fields: Record<string, string | string[]>, who = ada) =>
    post(h.app, who, `/accounts/${h.accountId}/statement/start`, fields, false);
  const agreed = { date: START, balance: '348,000.00', books: '₦358,000.00', reason: 'Reconciled to 4 Oct in Sage' };

  it("prefills the statement's balance from the feed at the date, and the next statement opens from both balances", async () => {
    const form = await get(h.app, ada, `/accounts/${h.accountId}/statement/start?date=${START}`);
    expect(form.statusCode).toBe(200);
    expect(inputValue(form.body, 'balance')).toBe('348,000.00');
    expect(text(form.body)).toContain("The feed's running balance at the end of 2026-10-04: ₦348,000.00");

    const set = await start(agreed);
    expect(set.statusCode).toBe(303);
    const page = (await follow(h.app, ada, set)).body;
    expect(text(page)).toContain('Starting point #1 at 2026-10-04 set by Ada');
    // the period runs from the day after, opening from the two agreed balances; the books' is no longer assumed
    expect(text(page)).toContain('Cleared 2026-10-05 – 2026-10-31');
    expect(figure(page, 'bank-opening')).toBe('₦348,000.00');
    expect(figure(page, 'books-opening')).toBe('₦358,000.00');
    expect(text(page)).toContain('the agreed opening');
    expect(text(page)).toContain('the agreed starting point #1 at 2026-10-04');
    expect(page).not.toContain('ASSUMED');
    expect(text(page)).toContain('starting point at 2026-10-04');
    expect(text(page)).toContain('the agreed starting point; not a signed statement');
    // it is no signed statement: it has no report of its own
    expect((await get(h.app, ada, `/accounts/${h.accountId}/statement/1/report.csv`)).statusCode).toBe(404);
  });

  it('keeps the lines dated up to it out of scope: none can be decided, none stands in the way of a finish', async () => {
    await start(agreed);
    const rita = await signIn(h.app, 'rita');
    const before = (await suggestions(h)).find((g) => g.bankIds.includes(h.bank[0]!))!;
    const refused = await post(h.app, rita, `/accounts/${h.accountId}/groups/${before.id}/confirm`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain(escapeHtml('is before the agreed starting point #1 at 2026-10-04, out of scope'));
    // nor are they the queue's work: the line before the start is not listed awaiting review
    const queue = await get(h.app, rita, `/accounts/${h.accountId}/review?view=suggested`);
    expect(queue.body).not.toContain(`id="line-${h.bank[0]}"`);

    await decideEverything(h, 'rita', START);
    // the books carried forward from the agreed opening with October's entries since (₦30,000.00 of cash sales)
    const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    expect(text(page)).not.toContain('Not ready to finish');
    expect(figure(page, 'balance-per-books')).toBe('₦388,000.00');
    expect(figure(page, 'difference')).toBe('₦0.00');
    const done = await post(h.app, rita, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31' }, false);
    expect(text((await follow(h.app, rita, done)).body)).toContain('Reconciliation #2 to 2026-10-31 finished by Rita');
    const saved = await h.db.db
      .selectFrom('statement_reconciliations')
      .select(['period_from', 'kind'])
      .where('id', '=', 2)
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({ period_from: '2026-10-05', kind: 'statement' });
    // the start cannot be undone under a statement finished after it
    const undo = await post(h.app, ada, `/accounts/${h.accountId}/statement/1/reopen`, { reason: 'wrong date' }, false);
    expect(text((await follow(h.app, ada, undo)).body)).toContain('Not reopened: reconciliation #1 is followed by #2');
  });

  it('leaves a book entry open at the date open: a later line matches it, and that statement takes it', async () => {
    // a cheque written on 1 October that the bank pays only on the 20th, after the start
    const [cheque] = await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-10-01', amountMinor: -500_000, description: 'Cheque 000451 to Kano Millers' },
    ]);
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
    const [paid] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-20', amountMinor: -500_000, narration: 'CHQ 000451 PAID' },
    ]);
    await h.db.db
      .updateTable('bank_transactions')
      .set({ balance_minor: 37_284_625 - 500_000 })
      .where('id', '=', paid!)
      .execute();
    await start({ ...agreed, books: '353000.00' });
    await decideEverything(h, 'rita', START);
    const service = createReconciliationService({ db: h.db.db });
    const held = await h.db.db
      .selectFrom('match_items')
      .select('group_id')
      .where('side', '=', 'bank')
      .where('item_id', '=', paid!)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (held) await service.unmatch(Number(held.group_id), 'rita');
    await service.manualMatch({ accountId: h.accountId, bankIds: [paid!], ledgerIds: [cheque!], actor: 'rita' });
    const page = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    expect(figure(page, 'books-opening')).toBe('₦353,000.00');
    expect(figure(page, 'unpresented-payments')).toBe('₦0.00');
    expect(figure(page, 'difference')).toBe('₦0.00');
    expect(text(page)).not.toContain('Not ready to finish');
  });

  describe('a cheque written on 1 October that the bank has not paid by the end of the month', () => {
    let cheque: number;
    beforeEach(async () => {
      [cheque] = (await seedLedger(h.db.db, `books-${h.accountId}`, [
        { date: '2026-10-01', amountMinor: -500_000, reference: 'CHQ 000451', description: 'Kano Millers' },
      ])) as [number];
      await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
    });
    const si1004 = async () =>
      String(
        (
          await h.db.db
            .selectFrom('ledger_entries')
            .select('id')
            .where('reference', '=', 'SI-1004')
            .executeTakeFirstOrThrow()
        ).id,
      );

    it('lists the book entries open at the date to tick; the ticked ones are the next statement’s outstanding items', async () => {
      const form = await get(
        h.app,
        ada,
        `/accounts/${h.accountId}/statement/start?date=${START}&books=353000.00&balance=348000.00`,
      );
      const t = text(form.body);
      expect(t).toContain('Book entries open at 2026-10-04');
      expect(tick(form.body, cheque)).toBe('not ticked');
      expect(tick(form.body, await si1004())).toBe('not ticked');
      // nothing ticked yet: the whole gap is left
      expect(t).toContain('The books less the statement: ₦5,000.00; ticked (0): ₦0.00; left unexplained: ₦5,000.00.');
      // the list kept for the date: what was ticked is what is added up
      const ticked = await get(
        h.app,
        ada,
        `/accounts/${h.accountId}/statement/start?date=${START}&books=353000.00&listed=${START}&outstanding=${cheque}&outstanding=${await si1004()}`,
      );
      expect(text(ticked.body)).toContain(
        'The books less the statement: ₦5,000.00; ticked (2): ₦5,000.00; left unexplained: ₦0.00.',
      );

      // posted as a browser posts a form: the two ticks are two fields of one name
      const set = await h.app.inject({
        method: 'POST',
        url: `/accounts/${h.accountId}/statement/start`,
        headers: { cookie: ada.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams([
          ['_csrf', ada.csrf],
          ['date', START],
          ['balance', '348,000.00'],
          ['books', '353,000.00'],
          ['reason', 'Reconciled to 4 Oct in Sage'],
          ['listed', START],
          ['outstanding', String(cheque)],
          ['outstanding', await si1004()],
        ]).toString(),
      });
      expect(set.statusCode).toBe(303);
      expect(text((await follow(h.app, ada, set)).body)).toContain(
        'Outstanding at it: 2 book entries, listed by the next statements until the bank clears them.',
      );
      const audit = await h.db.db
        .selectFrom('audit_log')
        .select('after')
        .where('action', '=', 'statement.start')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after!).outstanding).toEqual([
        { id: String(cheque), date: '2026-10-01', amountMinor: -500_000 },
        { id: await si1004(), date: '2026-10-04', amountMinor: 1_000_000 },
      ]);
      const trail = text((await get(h.app, ada, `/audit?account=${h.accountId}`)).body);
      expect(trail).toContain(
        'outstanding at it: 2026-10-01 -₦5,000.00 CHQ 000451 Kano Millers, 2026-10-04 ₦10,000.00 SI-1004 Okon Ventures',
      );

      await decideEverything(h, 'rita', START);
      const page = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
      // the cheque is still unpresented, listed with its own date; the difference is nil
      expect(figure(page, 'unpresented-payments')).toBe('-₦5,000.00');
      expect(text(page)).toContain('2026-10-01 CHQ 000451');
      expect(figure(page, 'difference')).toBe('₦0.00');
      expect(text(page)).not.toContain('Not ready to finish');
      // signed, its print says where it opened from
      const done = await post(h.app, ada, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31' }, false);
      expect(done.statusCode).toBe(303);
      const print = text((await get(h.app, ada, `/accounts/${h.accountId}/statement/2/print`)).body);
      expect(print).toContain(
        'Opens from the agreed starting point #1 at 2026-10-04, set by Ada: statement ₦348,000.00, books ₦353,000.00, 2 book entries outstanding at it.',
      );
      expect(print).toContain('2026-10-01 · CHQ 000451 Kano Millers -₦5,000.00');
      // and its CSV
      const csv = (await get(h.app, ada, `/accounts/${h.accountId}/statement/2/report.csv`)).body;
      expect(csv).toContain('Opens from the agreed starting point,#1,2026-10-04,348000.00,353000.00');
    });

    it('without the ticks, the cheque the bank has not paid is the next statement’s difference', async () => {
      expect((await start({ ...agreed, books: '353000.00' })).statusCode).toBe(303);
      await decideEverything(h, 'rita', START);
      const page = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
      expect(figure(page, 'unpresented-payments')).toBe('₦0.00');
      expect(figure(page, 'difference')).toBe('₦5,000.00');
    });

    it('refuses ticks that leave part of the gap, or an entry that is not open at the date, keeping the form', async () => {
      const part = await start({ ...agreed, books: '353000.00', listed: START, outstanding: [String(cheque)] });
      expect(part.statusCode).toBe(400);
      expect(text(part.body)).toContain(
        "Not set: the entries ticked outstanding come to -₦5,000.00, the books' balance less the statement's to ₦5,000.00: they differ by ₦10,000.00",
      );
      expect(tick(part.body, cheque)).toBe('ticked');
      const cs1 = String(
        (
          await h.db.db
            .selectFrom('ledger_entries')
            .select('id')
            .where('reference', '=', 'CS-1')
            .executeTakeFirstOrThrow()
        ).id,
      );
      for (const wrong of [cs1, '999999']) {
        const refused = await start({ ...agreed, books: '353000.00', outstanding: [wrong] });
        expect(refused.statusCode).toBe(400);
        expect(text(refused.body)).toContain(`Not set: book entry ${wrong} is not an open entry of the bank's ledger`);
      }
      const typedWrong = await start({ ...agreed, books: '353000.00', outstanding: ['12abc'] });
      expect(typedWrong.statusCode).toBe(400);
      expect(text(typedWrong.body)).toContain('Outstanding: "12abc" is not a book entry of the list');
      expect(await h.db.db.selectFrom('statement_reconciliations').selectAll().execute()).toEqual([]);
    });

    it('takes the ids a JSON client sends as numbers, never dropping them', async () => {
      const res = await post(
        h.app,
        ada,
        `/accounts/${h.accountId}/statement/start`,
        { ...agreed, books: '353000.00', outstanding: [cheque, Number(await si1004())] },
        false,
      );
      expect(res.statusCode).toBe(303);
      const saved = await h.db.db.selectFrom('statement_reconciliations').select('items').executeTakeFirstOrThrow();
      expect((JSON.parse(saved.items) as Array<{ id: string }>).map((i) => i.id)).toEqual([
        String(cheque),
        await si1004(),
      ]);
    });
  });

  it('names every figure typed wrong, keeping what was typed', async () => {
    const wrong = await start({ date: '2026-10-4', balance: '12,34x', books: '', reason: '' });
    expect(wrong.statusCode).toBe(400);
    const t = text(wrong.body);
    expect(t).toContain('Starting date: "2026-10-4" is not a day on the calendar');
    expect(t).toContain('Balance per statement: "12,34x" is not an amount such as -1,250.00 or (1,250.00)');
    expect(t).toContain("Balance per books: give the books' balance at the starting date");
    expect(t).toContain('Reason: say why');
    expect(inputValue(wrong.body, 'balance')).toBe('12,34x');
    expect(await h.db.db.selectFrom('statement_reconciliations').selectAll().execute()).toEqual([]);
  });

  it('refuses a date after the last sync, one before the first line, and a balance not the feed’s', async () => {
    const late = await start({ ...agreed, date: '2026-11-05' });
    expect(late.statusCode).toBe(400);
    expect(text(late.body)).toContain(
      "Not set: 2026-11-05 is after the feed's last sync (the bank's lines are in only through 2026-10-31)",
    );
    expect(inputValue(late.body, 'books')).toBe('₦358,000.00');
    expect(inputValue(late.body, 'reason')).toBe('Reconciled to 4 Oct in Sage');

    const early = await start({ ...agreed, date: '2026-09-15' });
    expect(text(early.body)).toContain("Not set: 2026-09-15 is before the feed's first line (2026-10-02)");

    const off = await start({ ...agreed, balance: '340000' });
    expect(off.statusCode).toBe(400);
    expect(text(off.body)).toContain(
      "Not set: the statement's balance at 2026-10-04 must be the bank's: the feed's running balance then is ₦348,000.00 (its line of 2026-10-04), not ₦340,000.00",
    );
    expect(inputValue(off.body, 'balance')).toBe('340000');
    expect(await h.db.db.selectFrom('statement_reconciliations').selectAll().execute()).toEqual([]);
  });

  it('is for an account with no finished reconciliation only', async () => {
    await start(agreed);
    const again = await start({ ...agreed, date: '2026-10-05', balance: '' });
    expect(again.statusCode).toBe(400);
    expect(text(again.body)).toContain('starting point #1 at 2026-10-04 is finished already');
    const form = await get(h.app, ada, `/accounts/${h.accountId}/statement/start`);
    expect(form.body).not.toContain('Set the starting point');
  });

  it('is for admins: a reviewer or a viewer can neither see the form nor post it', async () => {
    for (const who of ['rita', 'vera']) {
      const s = await signIn(h.app, who);
      expect((await get(h.app, s, `/accounts/${h.accountId}/statement/start`)).statusCode).toBe(403);
      expect((await start(agreed, s)).statusCode).toBe(403);
      expect((await get(h.app, s, `/accounts/${h.accountId}/statement`)).body).not.toContain('statement/start');
    }
    expect((await get(h.app, ada, `/accounts/${h.accountId}/statement`)).body).toContain('statement/start');
    expect(await h.db.db.selectFrom('statement_reconciliations').selectAll().execute()).toEqual([]);
  });

  it('keeps who set it, the balances and the reason in the audit log', async () => {
    await start(agreed);
    const row = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'statement.start')
      .executeTakeFirstOrThrow();
    expect(row.actor).toBe('ada');
    expect(row.account_id).toBe(h.accountId);
    expect(JSON.parse(row.detail!)).toEqual({ reason: 'Reconciled to 4 Oct in Sage' });
    expect(JSON.parse(row.after!)).toMatchObject({
      kind: 'opening',
      periodEnd: START,
      statementBalanceMinor: 34_800_000,
      statementBalanceSource: 'mono-running-balance',
      bookBalanceMinor: 35_800_000,
      bookBalanceSource: 'stated',
    });
    const trail = text((await get(h.app, ada, `/audit?account=${h.accountId}`)).body);
    expect(trail).toContain('Set an agreed starting point');
    expect(trail).toContain('reason: Reconciled to 4 Oct in Sage');
  });

  it('is undone by an admin with a reason: the statement runs from the first line again, its lines decidable', async () => {
    await start(agreed);
    const undo = await post(h.app, ada, `/accounts/${h.accountId}/statement/1/reopen`, { reason: 'wrong day' }, false);
    const page = (await follow(h.app, ada, undo)).body;
    expect(text(page)).toContain('Starting point #1 at 2026-10-04 undone by Ada');
    const now = text((await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body);
    expect(now).toContain('Cleared 2026-10-02 – 2026-10-31');
    const reopen = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'statement.reopen')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(reopen.detail!)).toEqual({ reason: 'wrong day' });
    const rita = await signIn(h.app, 'rita');
    const before = (await suggestions(h)).find((g) => g.bankIds.includes(h.bank[0]!))!;
    expect((await post(h.app, rita, `/accounts/${h.accountId}/groups/${before.id}/confirm`, {})).statusCode).toBe(200);
    // and a new one may be set again
    expect((await start({ ...agreed, date: '2026-10-03', balance: '' })).statusCode).toBe(303);
  });

  it('names a line dated before it that the bank reported after it was set', async () => {
    await start(agreed);
    const [late] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-03', amountMinor: -20_000, narration: 'SMS ALERT CHARGES' },
    ]);
    await h.db.db
      .updateTable('bank_transactions')
      .set({ first_seen_at: '2099-01-01T00:00:00.000Z' })
      .where('id', '=', late!)
      .execute();
    const page = text((await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body);
    expect(page).toContain(
      '1 bank line dated on or before 2026-10-04 arrived after the starting point #1 was set (2026-10-03 SMS ALERT CHARGES',
    );
  });
});
