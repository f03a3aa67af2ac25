import { describe, expect, it } from 'vitest';
import { clearPostingsInText, JournalEditError } from '../../adapters/ledger/hledger-web-journal-edit.js';
import type { HledgerTransaction } from '../../adapters/ledger/hledger-web-json.js';

function txn(tindex: number, startLine: number, endLine: number, accounts: string[]): HledgerTransaction {
  return {
    tindex,
    tdate: '2024-03-04',
    tdate2: null,
    tstatus: 'Unmarked',
    tcode: '',
    tdescription: 'x',
    tcomment: '',
    ttags: [],
    tpostings: accounts.map((a) => ({
      paccount: a,
      pamount: [],
      pstatus: 'Unmarked',
      pdate: null,
      pcomment: '',
      ptags: [],
      ptype: 'RegularPosting',
    })),
    tsourcepos: [
      { sourceName: 'j', sourceLine: startLine, sourceColumn: 1 },
      { sourceName: 'j', sourceLine: endLine, sourceColumn: 1 },
    ],
  };
}

describe('clearing a posting in journal text', () => {
  it('marks only the intended posting line, skipping comment lines, keeping CRLF and replacing a pending mark', () => {
    const text = [
      '2024-03-04 Receipt',
      '    ; note inside',
      '    Income:Sales   ₦-5.00',
      '\t! Assets:Bank:GTBank  ₦5.00',
      '',
      '',
    ].join('\r\n');
    const t = txn(1, 1, 5, ['Income:Sales', 'Assets:Bank:GTBank']);
    const out = clearPostingsInText(text, 'j', [{ transaction: t, postingIndex: 1 }]);
    expect(out).toBe(
      [
        '2024-03-04 Receipt',
        '    ; note inside',
        '    Income:Sales   ₦-5.00',
        '\t* Assets:Bank:GTBank  ₦5.00',
        '',
        '',
      ].join('\r\n'),
    );
  });

  it('recognises virtual postings and refuses a line that is not the expected account', () => {
    const text = '2024-03-04 x\n    (Assets:Bank:GTBank)  ₦5.00\n    Assets:Bank:GTBank Savings  ₦1\n';
    const virtualOut = clearPostingsInText(text, 'j', [
      { transaction: txn(1, 1, 4, ['Assets:Bank:GTBank', 'x']), postingIndex: 0 },
    ]);
    expect(virtualOut.split('\n')[1]).toBe('    * (Assets:Bank:GTBank)  ₦5.00');
    // "Assets:Bank:GTBank Savings" is another account, not a prefix match.
    expect(() =>
      clearPostingsInText(text, 'j', [{ transaction: txn(1, 1, 4, ['x', 'Assets:Bank:GTBank']), postingIndex: 1 }]),
    ).toThrow(JournalEditError);
    expect(() =>
      clearPostingsInText(text, 'j', [{ transaction: txn(1, 1, 4, ['a', 'b', 'c']), postingIndex: 2 }]),
    ).toThrow(/posting 2 of transaction 1 not found/);
  });
});
