import type { ReconciliationReport } from '../../adapters/reports/model.js';

/**
 * A month of a Lagos business's GTBank account with every kind of reconciling item. Hand-computed figures:
 * statement closing 1,175,919.09; books 1,226,000.50; deposits in transit 125,000.00 (2); unpresented 30,000.00 (1);
 * adjusted bank 1,270,919.09; credits not in books 45,022.34 (3, one an over-payment residual of 10.00);
 * debits not in books 103.75 (2); adjusted book 1,270,919.09; difference 0.
 */
export function sampleReport(): ReconciliationReport {
  return {
    account: {
      id: 'acc_gtb_001',
      name: 'GTBank Current',
      currency: 'NGN',
      institution: 'GTBank',
      ledgerAccount: 'Assets:Bank:GTBank',
    },
    period: { from: '2024-03-01', to: '2024-03-31' },
    generatedAt: '2024-04-01T06:00:00.000Z',
    statementBalanceMinor: 117_591_909,
    bookBalanceMinor: 122_600_050,
    bankLines: [
      {
        id: 'b1',
        date: '2024-03-04',
        amountMinor: 25_000_050,
        currency: 'NGN',
        narration: 'NIP TRF FROM ACME LTD INV-1001',
        reference: 'INV-1001',
        category: 'Sales',
      },
      {
        id: 'b2',
        date: '2024-03-06',
        amountMinor: -12_000_000,
        currency: 'NGN',
        narration: 'TRF TO OFFICEMART',
        category: 'Supplies',
      },
      {
        id: 'b3',
        date: '2024-03-10',
        amountMinor: -5_375,
        currency: 'NGN',
        narration: 'NIP TRANSFER FEE',
        category: 'Bank charges',
      },
      {
        id: 'b4',
        date: '2024-03-12',
        amountMinor: -5_000,
        currency: 'NGN',
        narration: 'ELECTRONIC MONEY TRANSFER LEVY',
        category: 'Bank charges',
      },
      {
        id: 'b5',
        date: '2024-03-15',
        amountMinor: 101_000,
        currency: 'NGN',
        narration: '=HYPERLINK("http://evil.example","click")',
        category: 'Sales',
      },
      {
        id: 'b6',
        date: '2024-03-20',
        amountMinor: 4_500_000,
        currency: 'NGN',
        narration: 'POS SETTLEMENT',
        category: null,
      },
      {
        id: 'b7',
        date: '2024-03-25',
        amountMinor: 1_234,
        currency: 'NGN',
        narration: 'INTEREST',
        category: 'Interest',
      },
    ],
    ledgerEntries: [
      {
        id: 'l1',
        date: '2024-03-04',
        amountMinor: 25_000_050,
        currency: 'NGN',
        reference: 'INV-1001',
        description: 'Acme Ltd receipt',
        party: 'Acme Ltd',
      },
      {
        id: 'l2',
        date: '2024-03-05',
        amountMinor: -12_000_000,
        currency: 'NGN',
        description: 'Officemart supplies',
        party: 'Officemart',
      },
      {
        id: 'l3',
        date: '2024-03-14',
        amountMinor: 100_000,
        currency: 'NGN',
        description: '@SUM(1+1)',
        party: 'Beta Co',
      },
      { id: 'l4', date: '2024-03-19', amountMinor: 4_500_000, currency: 'NGN', description: 'POS sales week 12' },
      { id: 'l5', date: '2024-03-30', amountMinor: 8_000_000, currency: 'NGN', description: 'Cheque deposit 000123' },
      {
        id: 'l6',
        date: '2024-03-29',
        amountMinor: -3_000_000,
        currency: 'NGN',
        description: "-cmd|' /C calc'!A0",
        party: 'Gamma Ltd',
      },
    ],
    result: {
      matches: [
        {
          bankIds: ['b1'],
          ledgerIds: ['l1'],
          kind: 'reference',
          confidence: 0.98,
          currency: 'NGN',
          differenceMinor: 0,
          writeOff: null,
          evidence: [
            { kind: 'reference', detail: 'INV-1001 in narration', weight: 0.7 },
            { kind: 'amount_exact', detail: 'same amount', weight: 0.28 },
          ],
        },
        {
          bankIds: ['b2'],
          ledgerIds: ['l2'],
          kind: 'exact',
          confidence: 0.9,
          currency: 'NGN',
          differenceMinor: 0,
          writeOff: null,
          evidence: [],
        },
        {
          bankIds: ['b3'],
          ledgerIds: [],
          kind: 'rule',
          confidence: 1,
          currency: 'NGN',
          differenceMinor: -5_375,
          writeOff: null,
          evidence: [],
          ruleId: 'nip-fee',
          proposed: { account: 'Expenses:Bank Charges', description: 'NIP transfer fee', amountMinor: -5_375 },
        },
        {
          bankIds: ['b5'],
          ledgerIds: ['l3'],
          kind: 'fuzzy',
          confidence: 0.92,
          currency: 'NGN',
          differenceMinor: 1_000,
          writeOff: null,
          evidence: [],
        },
      ],
      suggestions: [
        {
          bankIds: ['b6'],
          candidates: [
            {
              ledgerIds: ['l4'],
              confidence: 0.6,
              differenceMinor: 0,
              evidence: [{ kind: 'amount_exact', detail: 'same amount', weight: 0.6 }],
            },
          ],
        },
      ],
      unmatchedBank: ['b4', 'b7'],
      unmatchedLedger: ['l5', 'l6'],
    },
    audit: [
      {
        at: '2024-04-01T05:59:00.000Z',
        actor: 'engine',
        action: 'auto-match',
        entity: 'b1',
        detail: 'reference INV-1001',
      },
      {
        at: '2024-04-01T05:59:01.000Z',
        actor: '+2348012345678',
        action: 'confirm',
        entity: 'b5',
        detail: 'over-payment left open',
      },
    ],
  };
}
