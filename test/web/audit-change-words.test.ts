import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// The audit trail's Change column read "— → manual; bank 927; books 5000": stored statuses and row ids nobody on the
// page can look up. It names the lines and entries by date, amount and text, the statuses as the queue does, and a
// bank-only line (and its undo) as such; the CSV keeps the ids, for scripts.

const words = (body: string) =>
  body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The Change cell of the audit row whose action reads `label`. */
function changeOf(body: string, label: string): string {
  const row = body
    .split(/<tr[\s>]/)
    .map((r) => r.split('<td').map((c) => words(c.replace(/^[^>]*>/, '')).trim()))
    .find((cells) => cells.length > 8 && cells[4]!.startsWith(label));
  return row![7]!;
}

describe('the audit trail in words', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('names the lines and entries of a hand match, and a bank-only line and its undo', async () => {
    const rita = await signIn(h.app, 'rita');
    expect(
      (
        await post(h.app, rita, `/accounts/${h.accountId}/match`, {
          line: h.bank[5],
          ledger: [h.ledger[4], h.ledger[5]],
        })
      ).statusCode,
    ).toBe(200);
    const bankOnly = await post(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[6]}/bank-only`, {
      line: h.bank[6],
      account: 'Bank charges',
    });
    expect(bankOnly.statusCode).toBe(200);
    const auditId = /name="auditId" value="(\d+)"/.exec(bankOnly.body)![1]!;
    expect((await post(h.app, rita, `/accounts/${h.accountId}/undo`, { auditId, line: h.bank[6] })).statusCode).toBe(
      200,
    );

    const page = (await get(h.app, rita, `/audit?account=${h.accountId}`)).body;
    expect(changeOf(page, 'Matched by hand')).toBe(
      '— → matched by hand; bank: 2026-10-07 ₦30,000.00 CASH DEPOSIT LEKKI; books: 2026-10-06 ₦18,000.00 CS-1 Lekki Branch, 2026-10-06 ₦12,000.00 CS-2 Lekki Branch',
    );
    expect(changeOf(page, 'Explained a line as bank-only')).toBe(
      '— → matched by hand; bank: 2026-10-08 -₦15,000.00 POS TERMINAL ANNUAL SUBSCRIPTION; to the ledger account Bank charges',
    );
    const undo = changeOf(page, 'Undid a decision');
    expect(undo).toContain('matched by hand → undone; bank: 2026-10-08 -₦15,000.00 POS TERMINAL ANNUAL SUBSCRIPTION');
    expect(undo).toMatch(/undoes #\d+ \(explained a line as bank-only\)$/);
    // the undone decision links to the entry that undid it, which is on the page that link opens
    const undoneBy = /\(undone by\s*<a href="([^"]+)">#(\d+)<\/a/.exec(page)!;
    expect(undoneBy[1]).toBe(`/audit?before=${Number(undoneBy[2]) + 1}#audit-${undoneBy[2]}`);
    expect((await get(h.app, rita, undoneBy[1]!.split('#')[0]!)).body).toContain(`id="audit-${undoneBy[2]}"`);
    expect(words(page)).not.toMatch(/bank \d+|books \d+|→ manual|write-off ₦15,000.00/);

    const csv = (await get(h.app, rita, `/audit.csv?account=${h.accountId}`)).body;
    expect(csv).toContain(`— → manual; bank ${h.bank[5]}; books ${h.ledger[4]}, ${h.ledger[5]}`);
  });
});
