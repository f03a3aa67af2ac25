import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, signIn, type Session } from './support/session.js';

// Find & match searched again keeps what was ticked: the search form sends the ticked boxes (hx-include), and the
// panel lists them first, ticked, adding them up on the Ticked line (session 40's walk lost the first invoice of a
// settlement paying two when the person searched for the second).

describe('Find & match searched again', () => {
  let h: Harness;
  let rita: Session;
  beforeAll(async () => {
    h = await createHarness();
    rita = await signIn(h.app, 'rita');
  });
  afterAll(async () => h?.close());

  const find = (query: string) =>
    get(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[5]}/find?amount=&from=&to=${query}`);
  const boxes = (body: string, name: string) =>
    [...body.matchAll(new RegExp(`<input\\s+type="checkbox"\\s+name="${name}"\\s+value="(\\d+)"[^>]*>`, 'g'))].map(
      (m) => ({ id: Number(m[1]), checked: /\schecked\b/.test(m[0]) }),
    );

  it('lists the ticked entries first and ticked, then the new results, and adds them up', async () => {
    // ticked CS-1 (₦18,000.00), now searching for CS-2
    const res = await find(`&text=CS-2&ledger=${h.ledger[4]}`);
    expect(res.statusCode).toBe(200);
    expect(boxes(res.body, 'ledger')).toEqual([
      { id: h.ledger[4], checked: true },
      { id: h.ledger[5], checked: false },
    ]);
    expect(pageText(res.body).replace(/\s+/g, ' ')).toContain(
      'Ticked: bank +₦30,000.00 · books +₦18,000.00 · difference +₦12,000.00 (bank minus books)',
    );
    expect(res.body).toContain('hx-include=');
  });

  it('lists an entry found again once, ticked, and keeps a ticked bank line', async () => {
    const res = await find(`&text=Lekki&ledger=${h.ledger[4]}&bank=${h.bank[4]}`);
    expect(boxes(res.body, 'ledger')).toEqual([
      { id: h.ledger[4], checked: true },
      { id: h.ledger[5], checked: false },
    ]);
    expect(boxes(res.body, 'bank')).toContainEqual({ id: h.bank[4], checked: true });
    expect(pageText(res.body).replace(/\s+/g, ' ')).toContain('Ticked: bank +₦39,900.00 · books +₦18,000.00');
  });

  it("keeps the ticks when the search typed is refused, and never lists another account's entry", async () => {
    const other = await h.db.db
      .selectFrom('ledger_entries')
      .select('id')
      .where('source_id', '=', `books-${h.otherAccountId}`)
      .executeTakeFirstOrThrow();
    const res = await get(
      h.app,
      rita,
      `/accounts/${h.accountId}/lines/${h.bank[5]}/find?amount=12,50&text=&from=&to=&ledger=${h.ledger[4]}&ledger=${other.id}`,
    );
    expect(res.statusCode).toBe(400);
    expect(boxes(res.body, 'ledger')).toEqual([{ id: h.ledger[4], checked: true }]);
    expect(res.body).toContain('Match selected');
  });
});
