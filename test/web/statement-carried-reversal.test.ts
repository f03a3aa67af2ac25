/**
 * A transfer that failed just before a finished reconciliation's end (explained then as bank-only, carried as a debit
 * the books lack) and the bank's reversal of it in the next period: the statement lists neither, and the reversal is
 * decided by the line it reverses (no decision that would post it, nothing blocking Finish). A reversal that names
 * no carried line stays a line to decide.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStatementRepository } from '../../db/statement-repository.js';
import { validateReportDocument } from '../reports/report-schema.js';
import { typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { figure, Months, OCTOBER_CLOSE } from './support/months.js';
import { get, pageText, type Session, signIn } from './support/session.js';

let h: Harness;
let m: Months;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  await h.db.db.updateTable('accounts').set({ synced_through: '2027-01-31' }).where('id', '=', h.accountId).execute();
  rita = await signIn(h.app, 'rita');
  m = new Months(h, rita);
});
afterEach(async () => h?.close());

const statementJson = async (end: string, balanceMinor: number) =>
  JSON.parse(
    (await get(h.app, rita, `/accounts/${h.accountId}/statement.json?end=${end}&balance=${typed(balanceMinor)}`)).body,
  );

describe('a carried failed transfer and its reversal in the next period', () => {
  it('lists neither, counts the reversal as cleared and lets November finish, carrying neither', async () => {
    const failed = await m.octoberWithFailedTransfer();
    const reversal = await m.line('2026-11-02', 630_000, 'REVERSAL NIP TRF TO AMA OWUSU FT26103099812', OCTOBER_CLOSE);
    const raw = await m.page('2026-11-30', OCTOBER_CLOSE);
    const nov = pageText(raw);
    expect(figure(raw, 'difference')).toBe('₦0.00');
    expect(nov).toContain('Cleared difference ₦0.00');
    expect(nov).not.toContain('not decided yet');
    expect(nov).not.toContain('Lines not cleared');
    // the note names the pair with the account-number-like run masked, as every other place on the page does
    expect(nov).toContain('Reversed by the bank, so neither is an item');
    expect(nov).toContain('NIP TRF TO AMA OWUSU FT••••9812 (-₦6,300.00) by 2026-11-02 REVERSAL');
    expect(nov).not.toContain('26103099812');

    const doc = await statementJson('2026-11-30', OCTOBER_CLOSE);
    validateReportDocument(doc);
    expect(doc.statements[0].statement.reversedByBank).toEqual([
      expect.objectContaining({ id: String(reversal), reverses: String(failed), signedAmountMinor: 630_000 }),
    ]);

    expect(await m.finish('2026-11-30', OCTOBER_CLOSE)).toContain('Reconciliation #2 to 2026-11-30 finished');
    // December: neither carried, and the reversal no line arriving late (November's reconciliation decided it)
    const dec = pageText(await m.page('2026-12-31', OCTOBER_CLOSE));
    expect(dec).not.toContain('AMA OWUSU');
    expect(dec).toContain('Everything is cleared and the books agree');
    // the queue says what decided it, not that the bank reported it after the reconciliation was finished
    const queue = pageText((await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched`)).body);
    expect(queue).toContain(
      'Reverses 2026-10-31 NIP TRF TO AMA OWUSU FT••••9812 -₦6,300.00, a line carried as not in the books: reconciliation #2 was finished with the two cancelling and listed neither.',
    );
    expect(queue).not.toContain('the bank reported it after');
  });

  it('pairs them again once November is reopened, the reopened reconciliation keeping nothing of it', async () => {
    await m.octoberWithFailedTransfer();
    await m.line('2026-11-02', 630_000, 'REVERSAL NIP TRF TO AMA OWUSU FT26103099812', OCTOBER_CLOSE);
    expect(await m.finish('2026-11-30', OCTOBER_CLOSE)).toContain('Reconciliation #2 to 2026-11-30 finished');
    const statements = createStatementRepository(h.db.db);
    expect([...(await statements.reversedLines(h.accountId)).values()]).toEqual([
      expect.objectContaining({ checkpointId: 2 }),
    ]);
    await statements.reopen(2, 'rita', new Date().toISOString());
    expect((await statements.reversedLines(h.accountId)).size).toBe(0);
    const nov = pageText(await m.page('2026-11-30', OCTOBER_CLOSE));
    expect(nov).toContain('Everything is cleared and the books agree');
  });

  it('says in the review queue what the reversal reverses, and that it needs no decision', async () => {
    await m.octoberWithFailedTransfer();
    await m.line('2026-11-02', 630_000, 'REVERSAL NIP TRF TO AMA OWUSU FT26103099812', OCTOBER_CLOSE);
    const queue = pageText((await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched`)).body);
    expect(queue).toContain(
      'Reverses 2026-10-31 NIP TRF TO AMA OWUSU FT••••9812 -₦6,300.00, carried from reconciliation #1 as not in the books: the two cancel and the books post neither',
    );
  });

  it('leaves a reversal naming no carried line to be decided', async () => {
    await m.octoberWithFailedTransfer();
    // same amount, but it names another transfer: nothing says it undoes the carried one
    await m.line('2026-11-02', 630_000, 'REVERSAL NIP TRF TO KOFI MENSAH FT26110255501', OCTOBER_CLOSE);
    const nov = pageText(await m.page('2026-11-30', OCTOBER_CLOSE));
    expect(nov).toContain('1 bank line of the period is not decided yet');
    expect(nov).toContain('NIP TRF TO AMA OWUSU FT••••9812 (bank-only: Suspense) (carried forward)');
    const queue = pageText((await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched`)).body);
    expect(queue).not.toContain('Reverses 2026-10-31');
  });
});
