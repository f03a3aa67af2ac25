import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatchRepository } from '../../db/match-repository.js';
import { seedBank } from '../reconciliation/seed.js';
import { databaseKinds } from '../support/databases.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, pageText, signIn, type Session } from './support/session.js';

// Find & match says which other bank line an entry is the engine's suggestion for: taking it by hand for this line
// strips that line's answer (it drops to unmatched), and session 40's walk took two invoices from two lines unawares.

// its query on both databases
const kinds = (await databaseKinds()).map((k) => k.name);

describe.each(kinds)("Find & match naming another line's suggestion (%s)", (kind) => {
  let h: Harness;
  let rita: Session;
  beforeAll(async () => {
    h = await createHarness({}, kind);
    rita = await signIn(h.app, 'rita');
  });
  afterAll(async () => h?.close());

  const find = (line: number, text: string, extra = '') =>
    get(h.app, rita, `/accounts/${h.accountId}/lines/${line}/find?amount=&from=&to=&text=${text}${extra}`);
  /** The panel's rows as text, an entry's row holding its note. */
  const rows = (body: string) =>
    [...body.matchAll(/<tr[^>]*>((?:(?!<tr)[\s\S])*?)<\/tr>/g)].map((m) => pageText(m[1]!).replace(/\s+/g, ' '));

  it('names the other line, its date and amount, on an entry found and on one ticked', async () => {
    const kano = (await suggestions(h)).find((g) => g.bankIds.includes(h.bank[1]!));
    expect(kano?.ledgerIds).toEqual([h.ledger[1]]);
    for (const res of [await find(h.bank[5]!, 'SI-1002'), await find(h.bank[5]!, 'CS-1', `&ledger=${h.ledger[1]}`)]) {
      expect(res.statusCode).toBe(200);
      expect(rows(res.body).find((r) => r.includes('SI-1002'))).toContain(
        'Suggested for bank line 2026-10-03 +₦80,000.00 TRF FROM KANO TRADERS: matching it here takes that suggestion away.',
      );
    }
  });

  it("says nothing of the line's own suggestion", async () => {
    const res = await find(h.bank[1]!, 'SI-1002');
    expect(rows(res.body).find((r) => r.includes('SI-1002'))).not.toContain('Suggested for');
  });

  it('escapes and masks the narration it quotes', async () => {
    const [line] = await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-09', amountMinor: 1_000_000, narration: '<script>alert(1)</script> FROM 0123456789' },
    ]);
    await createMatchRepository(h.db.db).insertGroup({
      accountId: h.accountId,
      runId: null,
      kind: 'fuzzy',
      status: 'suggested',
      confidence: 0.6,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [{ kind: 'amount_exact', detail: 'same amount', weight: 0.6 }],
      ruleId: null,
      proposed: null,
      rank: 1,
      candidateSet: null,
      idempotencyKey: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-10-09T10:00:00Z',
      items: [
        { side: 'bank', itemId: line!, amountMinor: 1_000_000 },
        { side: 'ledger', itemId: h.ledger[3]!, amountMinor: 1_000_000 },
      ],
    });
    const res = await find(h.bank[5]!, 'SI-1004');
    expect(rows(res.body).find((r) => r.includes('SI-1004'))).toContain(
      '; bank line 2026-10-09 +₦10,000.00 &lt;script&gt;alert(1)&lt;/script&gt; FROM ••••6789: matching it here takes those suggestions away.',
    );
    // the one it was already suggested for comes first, by date
    expect(rows(res.body).find((r) => r.includes('SI-1004'))).toContain(
      'Suggested for bank line 2026-10-06 +₦9,900.00 TRF FROM OKON VENTURES;',
    );
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
