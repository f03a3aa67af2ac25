/**
 * A payment the other bank returned, and the same payment sent again (seen blind in holdout49's South African set:
 * "EFT/DR/VETPATH LABORATORIES/STMT AUG", returned "EFT/RTN/… INVALID BRANCH CODE" four days later, sent again the day
 * after): the return's reason names nobody, so the two lines are a reversal pair; and the books date the payment the
 * day it was first sent, so the payment that got through is dated from that day.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const zar = { currency: 'ZAR' } as const;
const sent = bankLine('sent', '2031-09-04', -6_174_81, { ...zar, narration: 'EFT/DR/VETPATH LABORATORIES/STMT AUG' });
const returned = bankLine('returned', '2031-09-08', 6_174_81, {
  ...zar,
  narration: 'EFT/RTN/VETPATH LABORATORIES/INVALID BRANCH CODE',
});
const again = bankLine('again', '2031-09-09', -6_174_81, { ...zar, narration: 'EFT/DR/VETPATH LABORATORIES/STMT AUG' });
const bill = entry('bill', '2031-09-04', -6_174_81, {
  ...zar,
  party: 'Vetpath Laboratories',
  reference: 'PV/31-32/388',
  description: 'August statement VP-20831',
});

const matchOf = (r: ReturnType<typeof reconcile>, id: string) => r.matches.find((m) => m.bankIds.includes(id));

describe('a returned payment and the payment sent again', () => {
  it('pairs the return with the payment, its reason (a branch code, an account number) naming nobody', () => {
    const r = reconcile([sent, returned, again], [bill]);
    expect(matchOf(r, 'returned')).toMatchObject({ ruleId: 'reversal-pair', bankIds: ['sent', 'returned'] });
    const numberWrong = bankLine('returned', '2031-09-08', 6_174_81, {
      ...zar,
      narration: 'EFT/RTN/VETPATH LABORATORIES/ACCOUNT NUMBER INVALID',
    });
    expect(matchOf(reconcile([sent, numberWrong], []), 'returned')?.ruleId).toBe('reversal-pair');
  });

  it('confirms the payment sent again against the bill dated the day it was first sent, and says so', () => {
    const r = reconcile([sent, returned, again], [bill]);
    const m = matchOf(r, 'again')!;
    expect(m.ledgerIds).toEqual(['bill']);
    expect(m.evidence.map((e) => e.detail)).toContain(
      'sent again after it was returned: first sent on 2031-09-04, same date as the entry',
    );
  });

  it('without the return, a payment five days after the bill is only offered', () => {
    const r = reconcile([again], [bill]);
    expect(matchOf(r, 'again')).toBeUndefined();
    expect(r.suggestions.find((s) => s.bankIds.includes('again'))?.candidates[0]?.ledgerIds).toEqual(['bill']);
  });

  it('two lines sending the payment again, or one naming another payee, are not dated from the first', () => {
    const twice = bankLine('twice', '2031-09-10', -6_174_81, {
      ...zar,
      narration: 'EFT/DR/VETPATH LABORATORIES/STMT AUG',
    });
    const r = reconcile([sent, returned, again, twice], [bill]);
    expect(matchOf(r, 'again')).toBeUndefined();
    expect(matchOf(r, 'twice')).toBeUndefined();
    const other = bankLine('again', '2031-09-09', -6_174_81, {
      ...zar,
      narration: 'EFT/DR/VETPATH DIAGNOSTICS/STMT AUG',
    });
    const bill2 = { ...bill, party: 'Vetpath Diagnostics' };
    expect(matchOf(reconcile([sent, returned, other], [bill2]), 'again')).toBeUndefined();
  });

  it('dates a payment sent again past the date window from its first attempt too', () => {
    const late = bankLine('again', '2031-09-19', -6_174_81, {
      ...zar,
      narration: 'EFT/DR/VETPATH LABORATORIES/STMT AUG',
    });
    const m = matchOf(reconcile([sent, returned, late], [bill]), 'again');
    expect(m?.ledgerIds).toEqual(['bill']);
    expect(m?.evidence.map((e) => e.detail)).toContain(
      'sent again after it was returned: first sent on 2031-09-04, same date as the entry',
    );
  });
});
