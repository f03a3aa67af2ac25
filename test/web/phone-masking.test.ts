import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveIdentity } from '../../db/identity-repository.js';
import { seedBank } from '../reconciliation/seed.js';
import { maskNumbers } from '../../web/format.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// A holder's phone and the mobile numbers narrations carry are masked as the account number beside them is: with a
// country code (13 digits for Nigeria, 12 for Kenya and Ghana) or written in groups they were shown in full.

describe('phone numbers on the pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await saveIdentity(h.db.db, {
      accountId: h.accountId,
      fullName: 'Adebayo Stores Ltd',
      bvnLast4: '5432',
      email: 'ops@adebayo.example',
      phone: '+2348039796712',
      gender: null,
      dob: null,
      address: null,
      fetchedAt: '2026-10-09T09:00:00.000Z',
      fetchedBy: 'test',
    });
    await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-09', amountMinor: 250_000, narration: 'MPESA C2B 254712345678 JOHN KAMAU' },
      { date: '2026-10-09', amountMinor: 150_000, narration: 'TRF FROM 0803 979 6712 AIRTIME RESALE' },
    ]);
  });
  afterAll(async () => h?.close());

  it("shows the holder's phone to its last four digits, as the account number", async () => {
    const vera = await signIn(h.app, 'vera');
    const page = await get(h.app, vera, `/accounts/${h.accountId}/details`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('••••6712');
    expect(page.body).not.toContain('8039796712');
    expect(page.body).not.toContain('803979');
  });

  it('masks mobile numbers in narrations on the review queue', async () => {
    const vera = await signIn(h.app, 'vera');
    const page = await get(h.app, vera, `/accounts/${h.accountId}/review?view=unmatched&from=2026-10-09`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('MPESA C2B ••••5678 JOHN KAMAU');
    expect(page.body).toContain('TRF FROM ••••6712 AIRTIME RESALE');
    expect(page.body).not.toContain('712345678');
    expect(page.body).not.toContain('979 6712');
  });

  it('leaves references, amounts and dates alone', () => {
    const kept = [
      'NIP/TRF/000058261025100002343855965844/TUNDE BAKARE',
      'INV 2025 3610',
      'PAYMENT 1,250,000.50 ON 2026-10-09',
    ];
    for (const text of kept) expect(maskNumbers(text), text).toBe(text);
    for (const [text, masked] of [
      ['+234 803 979 6712', '••••6712'],
      ['233241234567', '••••4567'],
      ['+27 82 123 4567', '••••4567'],
      ['0712 345 678', '••••5678'],
    ])
      expect(maskNumbers(text!)).toBe(masked);
  });
});
