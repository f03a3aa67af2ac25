/**
 * A wallet or processor float topped up from, or swept to, the business's bank account, both sides writing that
 * account masked their own way ("EFT top-up from FNB 62**4471" against "Float top-up from FNB Business 62xxxx4471";
 * "Withdrawal to FNB 62**4471" against "Sweep to FNB Business 62xxxx4471"), the wallet's payer field the business's
 * own name. Missed before: the payer field was read as a payee's, and a withdrawal names no funding word. Another
 * account, or a person's account at the bank, is no such transfer.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const zar = { currency: 'ZAR' } as const;
const jhb = { timezone: 'Africa/Johannesburg' } as const;
const holder = 'Mfuleni Garden Services (Pty) Ltd';

describe('a float moved to or from the business’s bank account, the account masked on both sides', () => {
  it('is the transfer the books hold, either way', () => {
    const r = reconcile(
      [
        bankLine('in', '2026-04-07', 25_000_00, {
          ...zar,
          narration: 'EFT top-up from FNB 62**7719',
          counterpartyName: holder,
        }),
        bankLine('out', '2026-04-29', -8_000_00, {
          ...zar,
          narration: 'Withdrawal to FNB 62**7719',
          counterpartyName: holder,
        }),
      ],
      [
        entry('topup', '2026-04-07', 25_000_00, { ...zar, description: 'Float top-up from FNB Business 62xxxx7719' }),
        entry('sweep', '2026-04-29', -8_000_00, { ...zar, description: 'Sweep to FNB Business 62xxxx7719' }),
      ],
      jhb,
    );
    expect(ledgerIdsOf(r).sort()).toEqual(['sweep', 'topup']);
  });

  it('is not, when the account is another, or a person’s at the bank', () => {
    const r = reconcile(
      [
        bankLine('other', '2026-04-07', 25_000_00, {
          ...zar,
          narration: 'EFT top-up from FNB 62**5530',
          counterpartyName: holder,
        }),
        bankLine('out', '2026-04-29', -8_000_00, {
          ...zar,
          narration: 'Withdrawal to FNB 62**7719',
          counterpartyName: holder,
        }),
      ],
      [
        entry('topup', '2026-04-07', 25_000_00, { ...zar, description: 'Float top-up from FNB Business 62xxxx7719' }),
        entry('person', '2026-04-29', -8_000_00, { ...zar, description: 'Transfer to Thandi Mokoena FNB 62xxxx7719' }),
      ],
      jhb,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
