/**
 * Names written short on either side: the books' "Govt" for the bank's GOVERNMENT, "Co-op" as one word, and a
 * bookkeeper's "Rcpt <name>". Each with the look-alike it must still refuse.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { partyFromDescription } from '../../matching/prepared.js';
import { normalizeName } from '../../matching/counterparty.js';
import { bankLine, entry } from './build.js';

const matched = (r: ReturnType<typeof reconcile>, bankId: string) =>
  r.matches.find((m) => m.bankIds.includes(bankId))?.ledgerIds ?? [];

describe('names written short on either side', () => {
  it('reads the books\' "County Govt of Nakuru" in PESALINK FROM COUNTY GOVERNMENT OF NAKURU', () => {
    const r = reconcile(
      [
        bankLine('b1', '2026-02-24', 34_700_00, {
          currency: 'KES',
          narration: 'PESALINK FROM COUNTY GOVERNMENT OF NAKURU',
        }),
      ],
      [
        entry('l1', '2026-02-23', 34_700_00, {
          currency: 'KES',
          reference: 'PSI103438',
          description: 'Payment received - County Govt of Nakuru - Invoice PSI103438',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(matched(r, 'b1')).toEqual(['l1']);
  });

  it('does not read another county government as Nakuru', () => {
    const r = reconcile(
      [
        bankLine('b1', '2026-02-24', 34_700_00, {
          currency: 'KES',
          narration: 'PESALINK FROM COUNTY GOVERNMENT OF KIAMBU',
        }),
      ],
      [
        entry('l1', '2026-02-23', 34_700_00, {
          currency: 'KES',
          reference: 'PSI103438',
          description: 'Payment received - County Govt of Nakuru - Invoice PSI103438',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(matched(r, 'b1')).toEqual([]);
  });

  it('reads "Co-op" as one word, as banks write COOP', () => {
    expect(normalizeName('Nigel Agricultural Co-op')).toEqual(['NIGEL', 'AGRICULTURAL', 'COOP']);
    const r = reconcile(
      [bankLine('b1', '2025-04-18', 135_644_35, { currency: 'ZAR', narration: 'EFT CREDIT NIGEL AGRI COOP' })],
      [
        entry('l1', '2025-04-19', 135_644_35, {
          currency: 'ZAR',
          reference: 'PYMT2242',
          party: 'Nigel Agricultural Co-op',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(matched(r, 'b1')).toEqual(['l1']);
  });
});

describe('a bookkeeper\'s "Rcpt <name>"', () => {
  it('names the payer', () => {
    expect(partyFromDescription('Rcpt Mainland Hospital Kitchen')).toBe('Mainland Hospital Kitchen');
    expect(partyFromDescription('Pmt. Okon Freight Lines - March haulage')).toBe('Okon Freight Lines');
    expect(partyFromDescription('Rcpt Mainland Hospital Kitchen IN000561')).toBe('Mainland Hospital Kitchen');
  });

  it('names no one with a document, a number or a bookkeeping word after it', () => {
    expect(partyFromDescription('Rcpt INV-0045 balance')).toBeNull();
    expect(partyFromDescription('Rcpt 0045')).toBeNull();
    expect(partyFromDescription('Pmt cash sales')).toBeNull();
    expect(partyFromDescription('Rcpt mobile money transfer')).toBeNull();
  });

  it("confirms the payer's transfer of the exact amount", () => {
    const r = reconcile(
      [bankLine('b1', '2025-04-19', 226_825_00, { narration: 'ALAT/NIP FRM MAINLAND HOSPITAL KITCHEN' })],
      [entry('l1', '2025-04-17', 226_825_00, { reference: 'IN000561', description: 'Rcpt Mainland Hospital Kitchen' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(matched(r, 'b1')).toEqual(['l1']);
  });
});

describe('a description whose parts are set apart by an em dash', () => {
  const naivas = (narration: string, description: string) =>
    matched(
      reconcile(
        [bankLine('b1', '2026-03-18', 150_000_00, { currency: 'KES', narration })],
        [entry('l1', '2026-03-20', 150_000_00, { currency: 'KES', reference: 'INV-002225', description })],
        { timezone: 'Africa/Nairobi' },
      ),
      'b1',
    );

  it('reads "Naivas Limited — Customer Payment" as naming Naivas, as with a hyphen', () => {
    expect(naivas('PESALINK CR NAIVAS LIMITED', 'Naivas Limited — Customer Payment')).toEqual(['l1']);
  });

  it('reads no one in a part that only says the role, or in a one-word part beside a name', () => {
    expect(naivas('PESALINK CR CUSTOMER PAYMENT', 'Naivas Limited — Customer Payment')).toEqual([]);
    expect(naivas('PESALINK CR MAKINI SCHOOLS', 'Kilimani Dental Clinic — Pesalink')).toEqual([]);
  });
});

describe("a store's number in the party's name", () => {
  const pnp = (narration: string) =>
    matched(
      reconcile(
        [bankLine('b1', '2025-10-06', 1_035_02, { currency: 'ZAR', narration })],
        [
          entry('l1', '2025-10-06', 1_035_02, {
            currency: 'ZAR',
            reference: 'INV-0486',
            party: 'Pick n Pay Franchise 4412',
          }),
        ],
        { timezone: 'Africa/Johannesburg' },
      ),
      'b1',
    );

  it('is left out when the bank writes the name short (PNP FRANCHISE for Pick n Pay Franchise 4412)', () => {
    expect(pnp('Payment Received: PNP FRANCHISE')).toEqual(['l1']);
  });

  it('does not let the initials alone name the store', () => {
    expect(pnp('Payment Received: PNP')).toEqual([]);
  });

  it('reads the bank\'s VD as the surname particle "van der" the books write whole', () => {
    expect(normalizeName('RTC CREDIT VD MERWE BOERDERY')).toEqual(normalizeName('RTC CREDIT Van der Merwe Boerdery'));
    const r = reconcile(
      [
        bankLine('b1', '2026-07-04', 87_689_00, { currency: 'ZAR', narration: 'RTC CREDIT VD MERWE BOERDERY acc' }),
        bankLine('b2', '2026-07-06', 41_200_00, { currency: 'ZAR', narration: 'RTC CREDIT VD WALT TRANSPORT' }),
      ],
      [
        entry('l1', '2026-07-04', 87_689_00, {
          currency: 'ZAR',
          reference: 'INV/2026/00180',
          party: 'Van der Merwe Boerdery',
        }),
        // another farm of the same surname particle, owing the other line's amount: no name of its own is written
        entry('l2', '2026-07-06', 41_200_00, {
          currency: 'ZAR',
          reference: 'INV/2026/00181',
          party: 'Van der Berg Boerdery',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(matched(r, 'b1')).toEqual(['l1']);
    expect(matched(r, 'b2')).toEqual([]);
  });
});

describe("a party column of customer numbers and a Tally-like narration (Focus 9's ledger)", () => {
  it('reads the payer from "Being receipt from X against SINV/25/01250" when the party column holds C0101', () => {
    expect(partyFromDescription('Being receipt from Adeyemi Builders Merchants Ltd against SINV/25/01250')).toBe(
      'Adeyemi Builders Merchants Ltd',
    );
    expect(partyFromDescription('Being payment to Titanium Chem Imports Ltd for TIT/INV/3145')).toBe(
      'Titanium Chem Imports Ltd',
    );
    const r = reconcile(
      [
        bankLine('b1', '2025-10-20', 469_858_71, {
          narration: 'NIP FRM IKEJA FINISHES LIMITED/STANBIC IBTC',
        }),
      ],
      [
        entry('l1', '2025-10-20', 469_858_71, {
          reference: 'RCT2332',
          party: 'C0213',
          description: 'Being receipt from Ikeja Finishes Limited against SINV/25/01780',
        }),
        entry('l2', '2025-10-20', 469_858_71, {
          reference: 'RCT2333',
          party: 'C0214',
          description: 'Being receipt from Ogba Tiles Limited against SINV/25/01781',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(matched(r, 'b1')).toEqual(['l1']);
  });
});
