// The anchor cases: public reconcilers' tests restated with our own data (see ../README.md).
// Each case: the reconcile document's parts plus the answer key. make-anchors.mjs writes them out.

const ODOO = { repo: 'odoo/odoo', file: 'addons/account/tests/test_reconciliation_matching_rules.py' };
const ERP_BT = { repo: 'frappe/erpnext', file: 'erpnext/accounts/doctype/bank_transaction/test_bank_transaction.py' };
const ERP_PARTY = {
  repo: 'frappe/erpnext',
  file: 'erpnext/accounts/doctype/bank_transaction/test_auto_match_party.py',
};
const ERP_TOOL = {
  repo: 'frappe/erpnext',
  file: 'erpnext/accounts/doctype/bank_reconciliation_tool/bank_reconciliation_tool.py',
};
const ACTUAL = { repo: 'actualbudget/actual', file: 'packages/loot-core/src/server/accounts/sync.test.ts' };
const BEAN = { repo: 'jbms/beancount-import', file: 'beancount_import/matching_test.py' };
const BRIEF = { repo: 'bankfeed', file: 'shared reconciliation notes (principles and sample cases)' };

/** A bank line. `cp` is [name, account] or null. */
function b(id, date, amount, narration, cp = null, more = {}) {
  const line = { id, date, amount, currency: more.currency ?? 'NGN', narration };
  if (more.reference !== undefined) line.reference = more.reference;
  if (cp) line.counterparty = { name: cp[0], account: cp[1] ?? null };
  return line;
}

/** An open ledger entry. */
function l(id, date, amount, reference, party, more = {}) {
  const entry = { id, date, amount, currency: more.currency ?? 'NGN', reference, party };
  if (more.dueDate) entry.dueDate = more.dueDate;
  if (more.description !== undefined) entry.description = more.description;
  return entry;
}

const auto = (bank, ledger, extra = {}) => ({ bank: [].concat(bank), decision: 'auto', ledger, ...extra });
const suggest = (bank, ledger, mustNotAuto = false) => ({
  bank: [].concat(bank),
  decision: 'suggest',
  ledger,
  mustNotAuto,
});
const tie = (bank, ledgerAnyOf) => ({ bank: [].concat(bank), decision: 'suggest', ledgerAnyOf, mustNotAuto: true });
const none = (bank, extra = {}) => ({ bank: [].concat(bank), decision: 'none', ...extra });
const bankOnly = (bank, kind, extra = {}) => ({ bank: [].concat(bank), decision: 'bank-only', kind, ...extra });
const reversal = (bank, partner) => ({ bank: [bank], decision: 'reversal-pair', partner });

const bello = ['BELLO TRADERS LTD', null];
// Odoo's fixture: three open items of one customer (the third a refund-like receivable) and one of another.
const belloItems = [
  l('INV/2025/00001', '2025-02-25', '100000.00', 'INV/2025/00001', 'Bello Traders Ltd'),
  l('INV/2025/00002', '2025-02-25', '200000.00', 'INV/2025/00002', 'Bello Traders Ltd'),
  l('RBILL/2025/02/0013', '2025-02-25', '300000.00', 'RBILL/2025/02/0013', 'Bello Traders Ltd'),
  l('INV/2025/00005', '2025-02-25', '600000.00', 'INV/2025/00005', 'Chidi Ventures'),
];

export const cases = [
  // ---------------------------------------------------------------- odoo
  {
    suite: 'odoo',
    slug: 'reference-hit',
    source: { ...ODOO, test: 'test_matching_fields (bank_line_1)' },
    behaviours: ['reference-hit', 'reference-written-differently'],
    note: 'The narration writes the invoice number as "2025-00001"; the open item is INV/2025/00001 for the same amount. Only that item is matched.',
    bank: [b('b1', '2025-03-03', '100000.00', 'NIP FRM BELLO TRADERS LTD invoice 2025-00001', bello)],
    ledger: belloItems,
    expect: [auto('b1', ['INV/2025/00001'])],
  },
  {
    suite: 'odoo',
    slug: 'partner-items-sum',
    source: { ...ODOO, test: 'test_matching_fields (bank_line_2)' },
    behaviours: ['partner-name', 'split-one-to-many'],
    note: "600,000 from Bello without a reference: the payer's three open items sum exactly to it; another customer's single 600,000 item is not the answer. A sum found without references is a suggestion.",
    bank: [b('b1', '2025-03-03', '600000.00', 'TRANSFER FROM BELLO TRADERS LTD', bello)],
    ledger: belloItems,
    expect: [suggest('b1', ['INV/2025/00001', 'INV/2025/00002', 'RBILL/2025/02/0013'], true)],
  },
  {
    suite: 'odoo',
    slug: 'exact-beats-combination',
    source: { ...ODOO, test: 'test_no_amount_check_exact_match' },
    behaviours: ['exact-beats-combination', 'partner-name'],
    note: '300,000 from Bello: the single 300,000 item is preferred to 100,000 + 200,000.',
    bank: [b('b1', '2025-03-03', '300000.00', 'TRANSFER FROM BELLO TRADERS LTD', bello)],
    ledger: belloItems,
    expect: [suggest('b1', ['RBILL/2025/02/0013'])],
  },
  {
    suite: 'odoo',
    slug: 'no-sum-without-tolerance',
    source: { ...ODOO, test: 'test_no_amount_check_keep_first' },
    behaviours: ['tolerance-none', 'split-one-to-many'],
    note: 'Odoo proposes the first items (100,000 + 200,000) with a write-off for a 250,000 receipt. Under our principles an under-payment needs a tolerance: with tolerance 0 nothing may be auto-confirmed.',
    options: { tolerance: { percent: '0' } },
    bank: [b('b1', '2025-03-03', '250000.00', 'TRANSFER FROM BELLO TRADERS LTD', bello)],
    ledger: belloItems,
    expect: [none('b1')],
  },
  {
    suite: 'odoo',
    slug: 'under-payment-zero-tolerance',
    source: { ...ODOO, test: 'test_zero_payment_tolerance (990)' },
    behaviours: ['tolerance-none', 'partner-name'],
    note: 'Invoice 1,000,000, receipt 990,000 from the same customer, tolerance 0: no match.',
    options: { tolerance: { percent: '0' } },
    bank: [b('b1', '2025-03-04', '990000.00', 'ADAMU FOODS PYMT', ['ADAMU FOODS NIG LTD', null])],
    ledger: [l('INV-2025-0101', '2025-03-01', '1000000.00', 'INV-2025-0101', 'Adamu Foods Nig Ltd')],
    expect: [none('b1')],
  },
  {
    suite: 'odoo',
    slug: 'over-payment-no-reference',
    source: { ...ODOO, test: 'test_zero_payment_tolerance (1010)' },
    behaviours: ['over-payment', 'partner-name'],
    note: 'Receipt 1,010,000 against a 1,000,000 invoice of the same customer, no reference: proposed, the extra stays on the bank line; without a reference it is not confirmed automatically.',
    options: { tolerance: { percent: '0' } },
    bank: [b('b1', '2025-03-04', '1010000.00', 'ADAMU FOODS PYMT', ['ADAMU FOODS NIG LTD', null])],
    ledger: [l('INV-2025-0101', '2025-03-01', '1000000.00', 'INV-2025-0101', 'Adamu Foods Nig Ltd')],
    expect: [suggest('b1', ['INV-2025-0101'], true)],
  },
  {
    suite: 'odoo',
    slug: 'over-payment-with-reference',
    source: { ...ODOO, test: 'test_zero_payment_tolerance_auto_reconcile (1010)' },
    behaviours: ['over-payment', 'reference-hit'],
    note: 'Over-payment of 10,000 carrying the payment reference: matched, the 10,000 stays as the difference, nothing written off.',
    options: { tolerance: { percent: '0' } },
    bank: [
      b('b1', '2025-03-04', '1010000.00', 'NIP FRM ADAMU FOODS NIG LTD PAYREF 734561', ['ADAMU FOODS NIG LTD', null]),
    ],
    ledger: [
      l('INV-2025-0101', '2025-03-01', '1000000.00', '734561', 'Adamu Foods Nig Ltd', {
        description: 'Invoice INV-2025-0101 payment reference 734561',
      }),
    ],
    expect: [auto('b1', ['INV-2025-0101'], { difference: '10000.00' })],
  },
  {
    suite: 'odoo',
    slug: 'under-payment-reference-zero-tolerance',
    source: { ...ODOO, test: 'test_zero_payment_tolerance_auto_reconcile (990)' },
    behaviours: ['tolerance-none', 'reference-hit'],
    note: 'Short by 10,000 with the payment reference, tolerance 0: not auto-confirmed (a part payment may be suggested).',
    options: { tolerance: { percent: '0' } },
    bank: [
      b('b1', '2025-03-04', '990000.00', 'NIP FRM ADAMU FOODS NIG LTD PAYREF 734561', ['ADAMU FOODS NIG LTD', null]),
    ],
    ledger: [
      l('INV-2025-0101', '2025-03-01', '1000000.00', '734561', 'Adamu Foods Nig Ltd', {
        description: 'Invoice INV-2025-0101 payment reference 734561',
      }),
    ],
    expect: [none('b1')],
  },
  {
    suite: 'odoo',
    slug: 'tolerance-too-small',
    source: { ...ODOO, test: 'test_not_enough_payment_tolerance' },
    behaviours: ['tolerance-under', 'reference-hit'],
    note: 'Short by 1% with a 0.5% tolerance: no auto-match.',
    options: { tolerance: { percent: '0.5' }, writeOffAccount: 'Discounts allowed' },
    bank: [b('b1', '2025-03-06', '990000.00', 'TRF/INV-2025-0102/OYO AGRO', ['OYO AGRO COOP', null])],
    ledger: [l('INV-2025-0102', '2025-03-02', '1000000.00', 'INV-2025-0102', 'Oyo Agro Cooperative')],
    expect: [none('b1')],
  },
  {
    suite: 'odoo',
    slug: 'tolerance-write-off',
    source: { ...ODOO, test: 'test_enough_payment_tolerance_auto_reconcile' },
    behaviours: ['tolerance-under', 'write-off', 'reference-hit'],
    note: 'Short by 1% with a 1% tolerance and the invoice number: matched, 10,000 written off.',
    options: { tolerance: { percent: '1' }, writeOffAccount: 'Discounts allowed' },
    bank: [b('b1', '2025-03-06', '990000.00', 'TRF/INV-2025-0102/OYO AGRO', ['OYO AGRO COOP', null])],
    ledger: [l('INV-2025-0102', '2025-03-02', '1000000.00', 'INV-2025-0102', 'Oyo Agro Cooperative')],
    expect: [auto('b1', ['INV-2025-0102'], { writeOff: '10000.00' })],
  },
  {
    suite: 'odoo',
    slug: 'tolerance-write-off-supplier',
    source: { ...ODOO, test: 'test_enough_payment_tolerance_auto_reconcile (in_invoice)' },
    behaviours: ['tolerance-under', 'write-off', 'reference-hit', 'direction'],
    note: 'The same on the supplier side: bill 1,000,000, paid 990,000 with the bill number, tolerance 1%.',
    options: { tolerance: { percent: '1' }, writeOffAccount: 'Discounts received' },
    bank: [b('b1', '2025-03-07', '-990000.00', 'TRF TO KOFI SUPPLIES BILL/2025/0044', ['KOFI SUPPLIES', null])],
    ledger: [l('BILL/2025/0044', '2025-03-01', '-1000000.00', 'BILL/2025/0044', 'Kofi Supplies')],
    expect: [auto('b1', ['BILL/2025/0044'], { writeOff: '10000.00' })],
  },
  {
    suite: 'odoo',
    slug: 'payment-above-small-invoice',
    source: { ...ODOO, test: 'test_allow_payment_tolerance_lower_amount' },
    behaviours: ['over-payment', 'partner-name'],
    note: 'Invoice 990,000, receipt 1,000,000 of the same customer, no reference: a suggestion, the extra stays open on the bank line.',
    bank: [b('b1', '2025-03-05', '1000000.00', 'FRM IKEJA PHARMA', ['IKEJA PHARMA LTD', null])],
    ledger: [l('INV-2025-0140', '2025-03-03', '990000.00', 'INV-2025-0140', 'Ikeja Pharma Ltd')],
    expect: [suggest('b1', ['INV-2025-0140'], true)],
  },
  {
    suite: 'odoo',
    slug: 'reference-field-shared-reference',
    source: { ...ODOO, test: 'setUpClass bank_line_5 / invoice_line_6, invoice_line_7' },
    behaviours: ['reference-in-reference-field', 'reference-hit'],
    note: 'The structured reference is only in the bank reference field. Two documents carry it (600,000 and 200,000); the exact amount decides. A third 600,000 item of the same customer has no reference.',
    bank: [
      b('b1', '2025-03-05', '600000.00', 'baaaah', ['OKON STORES', null], {
        reference: 'RF47 2025 0042',
      }),
    ],
    ledger: [
      l('INV/2025/00006', '2025-03-01', '600000.00', 'RF47 2025 0042', 'Okon Stores'),
      l('INV/2025/00007', '2025-03-01', '200000.00', 'RF47 2025 0042', 'Okon Stores'),
      l('INV/2025/00008', '2025-03-01', '600000.00', null, 'Okon Stores'),
    ],
    expect: [auto('b1', ['INV/2025/00006'])],
  },
  {
    suite: 'odoo',
    slug: 'partner-name-in-narration',
    source: { ...ODOO, test: 'test_partner_name_in_communication' },
    behaviours: ['partner-from-narration', 'partner-name-fuzzy'],
    note: 'No counterparty field; the narration names the customer surname-first. Her 100,000 item is the candidate.',
    bank: [b('b1', '2025-03-05', '100000.00', '1234//OKAFOR-Chiamaka')],
    ledger: [
      l('INV/2025/00020', '2025-03-01', '100000.00', 'INV/2025/00020', 'Chiamaka Okafor'),
      l('INV/2025/00021', '2025-03-01', '200000.00', 'INV/2025/00021', 'Chiamaka Okafor'),
      l('INV/2025/00022', '2025-03-01', '600000.00', 'INV/2025/00022', 'Emeka Obi'),
    ],
    expect: [suggest('b1', ['INV/2025/00020'])],
  },
  {
    suite: 'odoo',
    slug: 'partner-name-regex-characters',
    source: { ...ODOO, test: 'test_partner_name_with_regexp_chars' },
    behaviours: ['partner-from-narration'],
    note: 'A party name with "+" in it, written "YUSUF+SONS" in the narration; nothing breaks and the item is proposed.',
    bank: [b('b1', '2025-03-05', '100000.00', '1234//YUSUF+SONS')],
    ledger: [
      l('INV/2025/00030', '2025-03-01', '100000.00', 'INV/2025/00030', 'Yusuf + Sons'),
      l('INV/2025/00031', '2025-03-01', '200000.00', 'INV/2025/00031', 'Yusuf + Sons'),
    ],
    expect: [suggest('b1', ['INV/2025/00030'])],
  },
  {
    suite: 'odoo',
    slug: 'two-payments-same-memo',
    source: { ...ODOO, test: 'test_payment_similar_communications' },
    behaviours: ['split-one-to-many', 'reference-hit'],
    note: 'A 1,000,000 receipt with memo "a1b2c3"; two recorded receipts of 500,000 carry that memo, a third carries another. The two with the memo together.',
    options: { tolerance: { percent: '0' } },
    bank: [
      b('b1', '2025-03-10', '1000000.00', 'a1b2c3', ['GARBA HOLDINGS', null], {
        reference: 'a1b2c3',
      }),
    ],
    ledger: [
      l('PAY-0101', '2025-03-08', '500000.00', 'a1b2c3', 'Garba Holdings'),
      l('PAY-0102', '2025-03-08', '500000.00', 'a1b2c3', 'Garba Holdings'),
      l('PAY-0103', '2025-03-08', '500000.00', 'd1e2f3', 'Garba Holdings'),
    ],
    expect: [suggest('b1', ['PAY-0101', 'PAY-0102'])],
  },
  {
    suite: 'odoo',
    slug: 'different-currency',
    source: { ...ODOO, test: 'test_match_different_currencies (restated without rates)' },
    behaviours: ['currency', 'reference-hit'],
    note: 'The NGN receipt names a USD invoice; without an explicit rate lines of different currencies are never matched.',
    bank: [b('b1', '2025-03-10', '150000.00', 'PAYMENT INV-2025-0190', ['LAGOS IMPORTS', null])],
    ledger: [l('INV-2025-0190', '2025-03-05', '100.00', 'INV-2025-0190', 'Lagos Imports', { currency: 'USD' })],
    expect: [none('b1')],
  },
  {
    suite: 'odoo',
    slug: 'write-off-rule-auto',
    source: { ...ODOO, test: 'test_auto_reconcile (cash_line_1 via the write-off model)' },
    behaviours: ['bank-only', 'rule-condition', 'reference-hit'],
    note: 'A user rule books commission on turnover and says auto-confirm; the invoice receipt beside it is matched by reference.',
    rules: [
      {
        id: 'cot',
        name: 'Commission on turnover',
        when: { narrationContains: 'COMMISSION ON TURNOVER', direction: 'debit' },
        then: { ledgerAccount: 'Bank charges:COT', category: 'bank-charge', autoConfirm: true },
      },
    ],
    bank: [
      b('b1', '2025-03-31', '-1075.00', 'COMMISSION ON TURNOVER MAR 2025'),
      b('b2', '2025-03-12', '100000.00', 'NIP FRM BELLO TRADERS LTD INV/2025/00001', bello),
    ],
    ledger: belloItems.slice(0, 2),
    expect: [bankOnly('b1', 'charge', { rule: 'cot', ruleAuto: true }), auto('b2', ['INV/2025/00001'])],
  },
  {
    suite: 'odoo',
    slug: 'rule-order-first-wins',
    source: { ...ODOO, test: 'test_mixin_rules' },
    behaviours: ['rule-order', 'bank-only'],
    note: 'Two user rules both fit "POS FEE"; the first in order wins. "ACCOUNT FEE" only fits the second.',
    rules: [
      {
        id: 'r-pos',
        when: { narrationContains: 'POS' },
        then: { ledgerAccount: 'Bank charges:POS' },
      },
      {
        id: 'r-fee',
        when: { narrationContains: ['FEE', 'CHARGE'] },
        then: { ledgerAccount: 'Bank charges:Other' },
      },
    ],
    bank: [b('b1', '2025-03-14', '-53.75', 'POS FEE TID 2033LK41'), b('b2', '2025-03-14', '-100.00', 'ACCOUNT FEE')],
    ledger: [],
    expect: [bankOnly('b1', 'charge', { rule: 'r-pos' }), bankOnly('b2', 'charge', { rule: 'r-fee' })],
  },
  {
    suite: 'odoo',
    slug: 'rule-amount-range',
    source: { ...ODOO, test: 'test_matching_fields_match_amount' },
    behaviours: ['rule-condition', 'bank-only'],
    note: 'A rule for small charges (at most 150.00) explains a 100.00 SMS charge but not a 25,000 charge-back.',
    rules: [
      {
        id: 'small-charges',
        when: { narrationContains: 'CHARGE', direction: 'debit', amountMaxMinor: 15000 },
        then: { ledgerAccount: 'Bank charges', autoConfirm: true },
      },
    ],
    bank: [
      b('b1', '2025-03-15', '-100.00', 'SMS ALERT CHARGE'),
      b('b2', '2025-03-15', '-25000.00', 'CHARGE BACK DISPUTE REF 7781'),
    ],
    ledger: [],
    expect: [
      bankOnly('b1', 'charge', { rule: 'small-charges', ruleAuto: true }),
      none('b2', { notRule: ['small-charges'] }),
    ],
  },
  {
    suite: 'odoo',
    slug: 'rule-direction',
    source: { ...ODOO, test: 'test_matching_fields_match_nature' },
    behaviours: ['rule-condition', 'direction', 'bank-only'],
    note: 'A rule for interest received (credits only) must not claim overdraft interest charged.',
    rules: [
      {
        id: 'interest-in',
        when: { narrationContains: 'INTEREST', direction: 'credit' },
        then: { ledgerAccount: 'Interest income', autoConfirm: true },
      },
    ],
    bank: [
      b('b1', '2025-03-31', '1250.00', 'INTEREST PAID MAR 2025'),
      b('b2', '2025-03-31', '-1250.00', 'INTEREST CHARGED ON OVERDRAFT MAR 2025'),
    ],
    ledger: [],
    expect: [
      bankOnly('b1', 'interest', { rule: 'interest-in', ruleAuto: true }),
      bankOnly('b2', 'interest', { notRule: ['interest-in'] }),
    ],
  },
  {
    suite: 'odoo',
    slug: 'no-partner-reference-write-off',
    source: { ...ODOO, test: 'test_inv_matching_rule_auto_rec_no_partner_with_writeoff' },
    behaviours: ['reference-hit', 'tolerance-under', 'write-off'],
    note: 'No counterparty; the narration is exactly the document reference; 95,000 against 100,000 with a 10% tolerance: matched, 5,000 written off.',
    options: { tolerance: { percent: '10' }, writeOffAccount: 'Discounts allowed' },
    bank: [b('b1', '2025-03-17', '95000.00', 'KWRPO3555')],
    ledger: [
      l('INV/2025/00040', '2025-03-10', '100000.00', 'KWRPO3555', 'Kwara Polytechnic Stores'),
      l('INV/2025/00041', '2025-03-10', '200000.00', 'INV/2025/00041', 'Kwara Polytechnic Stores'),
    ],
    expect: [auto('b1', ['INV/2025/00040'], { writeOff: '5000.00' })],
  },
  {
    suite: 'odoo',
    slug: 'part-payment-with-reference',
    source: { ...ODOO, test: 'test_larger_invoice_auto_reconcile' },
    behaviours: ['part-payment', 'reference-hit'],
    note: '40,000 paid against a 100,000 invoice, quoting its payment reference: the invoice is the candidate (a part payment, nothing written off).',
    bank: [b('b1', '2025-03-18', '40000.00', 'PAY-ADX-0091')],
    ledger: [
      l('INV/2025/00050', '2025-03-11', '100000.00', 'PAY-ADX-0091', 'Adeola Textiles'),
      l('INV/2025/00051', '2025-03-11', '40000.00', 'INV/2025/00051', 'Ibadan Looms'),
    ],
    expect: [suggest('b1', ['INV/2025/00050'])],
  },
  {
    suite: 'odoo',
    slug: 'amount-only-outside-window',
    source: { ...ODOO, test: 'test_no_amount_check_keep_first (bank_line_1 without partner)' },
    behaviours: ['date-window', 'amount-date'],
    note: 'No counterparty, no reference; the only item of that amount was due seven weeks earlier: nothing to confirm.',
    bank: [b('b1', '2025-03-20', '100000.00', 'xxxxx')],
    ledger: [
      l('INV/2025/00001', '2025-01-05', '100000.00', 'INV/2025/00001', 'Bello Traders Ltd', { dueDate: '2025-02-04' }),
    ],
    expect: [none('b1')],
  },
  {
    suite: 'odoo',
    slug: 'rule-regex-anchor',
    source: { ...ODOO, test: 'test_matching_fields_match_label (match_regex)' },
    behaviours: ['rule-condition', 'bank-only', 'partner-from-narration'],
    note: 'A regex rule for card purchases applies to "WEB PURCHASE …" but not to a transfer to a supplier whose name contains those words; that transfer has its bill.',
    rules: [
      {
        id: 'card-purchases',
        when: { narrationRegex: '^(POS|WEB) PURCHASE\\b', direction: 'debit' },
        then: { ledgerAccount: 'Card purchases' },
      },
    ],
    bank: [
      b('b1', '2025-03-19', '-7500.00', 'WEB PURCHASE JUMIA NG LAGOS'),
      b('b2', '2025-03-19', '-7500.00', 'TRF TO WEB PURCHASE SERVICES LTD'),
    ],
    ledger: [l('BILL-2025-0311', '2025-03-18', '-7500.00', 'BILL-2025-0311', 'Web Purchase Services Ltd')],
    expect: [bankOnly('b1', 'unknown', { rule: 'card-purchases' }), suggest('b2', ['BILL-2025-0311'])],
  },

  // ---------------------------------------------------------------- erpnext
  {
    suite: 'erpnext',
    slug: 'payment-by-amount-and-name',
    source: { ...ERP_BT, test: 'test_linked_payments' },
    behaviours: ['amount-date', 'partner-from-narration'],
    note: 'A payment of 69,000 two days after it was recorded; another 69,000 payment to a different supplier exists. The narration names the payee.',
    bank: [b('b1', '2025-03-26', '-69000.00', 'Re 95282925234 FE/000004417 KANO AGRO DEPOT')],
    ledger: [
      l('PE-0001', '2025-03-24', '-69000.00', 'Kano Agro Mar 25', 'Kano Agro Depot'),
      l('PE-0002', '2025-03-24', '-120000.00', 'Garba Mar 25', 'Garba Musa'),
      l('PE-0003', '2025-03-28', '-69000.00', 'Poore Stores Mar 25', 'Poore Stores'),
    ],
    expect: [suggest('b1', ['PE-0001'])],
  },
  {
    suite: 'erpnext',
    slug: 'same-payer-amount-decides',
    source: { ...ERP_BT, test: 'test_reconcile' },
    behaviours: ['amount-date', 'partner-from-narration'],
    note: 'Two recorded receipts from the same payer (120,000 and 170,000); the 170,000 bank line goes with the 170,000 receipt.',
    bank: [b('b1', '2025-03-23', '170000.00', '1512567 BG/000003025 GARBA MUSA')],
    ledger: [
      l('PE-0011', '2025-03-21', '120000.00', 'Garba Mar 25', 'Garba Musa'),
      l('PE-0012', '2025-03-24', '170000.00', 'Garba Apr 25', 'Garba Musa'),
    ],
    expect: [suggest('b1', ['PE-0012'])],
  },
  {
    suite: 'erpnext',
    slug: 'direction-must-agree',
    source: { ...ERP_BT, test: 'test_debit_credit_output' },
    behaviours: ['direction', 'amount-date'],
    note: 'A 39,000 deposit; the books hold a 39,000 payment to and a 39,000 receipt from the same party. Only the receipt is a candidate.',
    bank: [b('b1', '2025-03-27', '39000.00', 'CASH DEP POORE STORES 27.03 14:07')],
    ledger: [
      l('PE-0021', '2025-03-28', '-39000.00', 'Poore Stores Mar 25', 'Poore Stores'),
      l('PE-0022', '2025-03-28', '39000.00', 'Poore Stores Mar 25 rcpt', 'Poore Stores'),
      l('PE-0023', '2025-03-28', '-6900.00', 'Poore Stores Mar 25 b', 'Poore Stores'),
    ],
    expect: [suggest('b1', ['PE-0022'])],
  },
  {
    suite: 'erpnext',
    slug: 'entry-used-once',
    source: { ...ERP_BT, test: 'test_already_reconciled (restated)' },
    behaviours: ['ledger-used-once', 'amount-date'],
    note: 'Two 120,000 receipts from the same payer a week apart, one recorded receipt dated the day before the first: the first takes it, the second stays open.',
    bank: [
      b('b1', '2025-03-23', '120000.00', '1512567 BG/000002918 GARBA MUSA'),
      b('b2', '2025-03-30', '120000.00', '1512567 BG/000002919 GARBA MUSA'),
    ],
    ledger: [l('PE-0031', '2025-03-22', '120000.00', 'Garba Mar 25', 'Garba Musa')],
    expect: [suggest('b1', ['PE-0031']), none('b2')],
  },
  {
    suite: 'erpnext',
    slug: 'invoice-year-serial-joined',
    source: { ...ERP_BT, test: 'test_clear_sales_invoice' },
    behaviours: ['reference-hit', 'reference-written-differently'],
    note: 'The narration writes invoice ACC-SINV-2025-00011 as "I2025000011" (year and serial run together); the amount is exact.',
    bank: [b('b1', '2025-03-27', '109080.00', 'I2025000011 VD/000002514 FAYVA STORES')],
    ledger: [
      l('ACC-SINV-2025-00011', '2025-03-20', '109080.00', 'ACC-SINV-2025-00011', 'Fayva Stores'),
      l('ACC-SINV-2025-00012', '2025-03-21', '54000.00', 'ACC-SINV-2025-00012', 'Fayva Stores'),
    ],
    expect: [auto('b1', ['ACC-SINV-2025-00011'])],
  },
  {
    suite: 'erpnext',
    slug: 'party-by-account-rule',
    source: { ...ERP_PARTY, test: 'test_match_by_account_number (restated through a rule)' },
    behaviours: ['partner-account', 'rule-condition'],
    note: 'The bank line only gives the payee account number; a user rule maps that account to the supplier, whose bill is then preferred to another supplier’s bill of the same amount.',
    rules: [
      {
        id: 'acct-okafor',
        when: { account: '0123456789' },
        then: { counterparty: 'Okafor & Sons Ltd' },
      },
    ],
    bank: [b('b1', '2025-03-10', '-1200000.00', 'NIP TRANSFER 000015250310114512000012345678', [null, '0123456789'])],
    ledger: [
      l('PINV-0101', '2025-03-09', '-1200000.00', 'PINV-0101', 'Okafor & Sons Ltd'),
      l('PINV-0102', '2025-03-11', '-1200000.00', 'PINV-0102', 'Eko Hardware'),
    ],
    expect: [suggest('b1', ['PINV-0101'])],
  },
  {
    suite: 'erpnext',
    slug: 'party-name-reordered',
    source: { ...ERP_PARTY, test: 'test_match_by_party_name' },
    behaviours: ['partner-name-fuzzy'],
    note: 'Bank counterparty "Ngozi Eze", supplier "Eze Ngozi A."; another supplier has a bill of the same amount.',
    bank: [b('b1', '2025-03-12', '-1200000.00', 'TRF 000015250312', ['Ngozi Eze', null])],
    ledger: [
      l('PINV-0111', '2025-03-11', '-1200000.00', 'PINV-0111', 'Eze Ngozi A.'),
      l('PINV-0112', '2025-03-11', '-1200000.00', 'PINV-0112', 'Adamu Bello'),
    ],
    expect: [suggest('b1', ['PINV-0111'])],
  },
  {
    suite: 'erpnext',
    slug: 'party-in-description',
    source: { ...ERP_PARTY, test: 'test_match_by_description' },
    behaviours: ['partner-from-narration'],
    note: 'No counterparty field; the card narration names the merchant. Another subscription of the same amount belongs to someone else.',
    bank: [b('b1', '2025-03-13', '-12000.00', 'WEB PURCHASE MICROSOFT*365 BUSINESS DUBLIN IE REF J375979555927627')],
    ledger: [
      l('PINV-0121', '2025-03-12', '-12000.00', 'PINV-0121', 'Microsoft', {
        description: 'Microsoft 365 subscription',
      }),
      l('PINV-0122', '2025-03-12', '-12000.00', 'PINV-0122', 'Zoom Video', { description: 'Zoom Pro monthly' }),
    ],
    expect: [suggest('b1', ['PINV-0121'])],
  },
  {
    suite: 'erpnext',
    slug: 'near-identical-suppliers-tie',
    source: { ...ERP_PARTY, test: 'test_skip_match_if_multiple_close_results' },
    behaviours: ['tie-refused', 'partner-name-fuzzy'],
    note: 'Two suppliers whose names differ only by "&" / "And", each with an open bill of the same amount: nothing decided.',
    bank: [
      b('b1', '2025-03-14', '-24850.00', 'Paracetamol consignment, SINV-0009', ['BALOGUN MEDICAL & GENERAL', null]),
    ],
    ledger: [
      l('PINV-0131', '2025-03-13', '-24850.00', 'PINV-0131', 'Balogun Medical & General Stores'),
      l('PINV-0132', '2025-03-13', '-24850.00', 'PINV-0132', 'Balogun Medical And General Stores'),
    ],
    expect: [tie('b1', [['PINV-0131'], ['PINV-0132']])],
  },
  {
    suite: 'erpnext',
    slug: 'settlement-net-of-fee',
    source: { ...ERP_BT, test: 'test_bank_transaction_fees (restated)' },
    behaviours: ['net-of-fee', 'tolerance-under', 'write-off', 'reference-hit'],
    note: 'A card-gateway settlement of a 50,000 invoice arrives net of a 750 fee; a fixed tolerance of 1,000 books the fee to bank charges.',
    options: { tolerance: { under: { fixed: '1000.00' } }, writeOffAccount: 'Bank charges:Gateway fees' },
    bank: [b('b1', '2025-03-17', '49250.00', 'PAYSTACK SETTLEMENT INV-2025-0330 LEKKI GARDENS')],
    ledger: [l('INV-2025-0330', '2025-03-15', '50000.00', 'INV-2025-0330', 'Lekki Gardens')],
    expect: [auto('b1', ['INV-2025-0330'], { writeOff: '750.00' })],
  },
  {
    suite: 'erpnext',
    slug: 'cheque-reference-number',
    source: { ...ERP_TOOL, test: 'auto_reconcile_vouchers (reference number in the description)' },
    behaviours: ['cheque-number', 'reference-hit'],
    note: 'Two cheque deposits of 250,000 from the same customer; the bank gives the cheque number, which only one voucher carries.',
    bank: [b('b1', '2025-03-18', '250000.00', 'CHQ DEP 004512 ZARIA MILLS', null, { reference: '004512' })],
    ledger: [
      l('PE-0041', '2025-03-15', '250000.00', '004512', 'Zaria Mills', { description: 'Cheque deposit' }),
      l('PE-0042', '2025-03-15', '250000.00', '004513', 'Zaria Mills', { description: 'Cheque deposit' }),
    ],
    expect: [auto('b1', ['PE-0041'])],
  },
  {
    suite: 'erpnext',
    slug: 'reference-with-part-amount',
    source: { ...ERP_TOOL, test: 'get_linked_payments (reference match, unallocated amount)' },
    behaviours: ['part-payment', 'reference-hit'],
    note: 'A tenth of the invoice paid, quoting it: the invoice is the candidate but not a confirmed match.',
    bank: [b('b1', '2025-03-19', '25000.00', 'PART PAYMENT INV-0451 ABA TEXTILES')],
    ledger: [
      l('INV-0451', '2025-03-10', '250000.00', 'INV-0451', 'Aba Textiles'),
      l('INV-0452', '2025-03-10', '25000.00', 'INV-0452', 'Onitsha Fabrics'),
    ],
    expect: [suggest('b1', ['INV-0451'], true)],
  },

  // ---------------------------------------------------------------- actual
  {
    suite: 'actual',
    slug: 'batch-closest-date-wins',
    source: { ...ACTUAL, test: 'given two same-amount incoming transactions in one sync batch, the closer date wins' },
    behaviours: ['global-assignment', 'amount-date', 'ledger-used-once'],
    note: 'One recorded 1,239.00 payment on 12 Apr; two bank lines of that amount on 8 Apr (listed first) and 12 Apr. The 12 Apr line takes it.',
    bank: [
      b('early', '2025-04-08', '-1239.00', 'POS PURCHASE ACME INC', ['ACME INC', null]),
      b('exact', '2025-04-12', '-1239.00', 'POS PURCHASE ACME INC', ['ACME INC', null]),
    ],
    ledger: [l('T-existing', '2025-04-12', '-1239.00', null, 'Acme Inc.')],
    expect: [none('early'), suggest('exact', ['T-existing'])],
  },
  {
    suite: 'actual',
    slug: 'batch-closest-date-wins-reversed',
    source: { ...ACTUAL, test: 'given two same-amount incoming transactions in one sync batch (input order reversed)' },
    behaviours: ['order-independence', 'global-assignment'],
    note: 'The previous case with the bank lines in the other order: same answer.',
    bank: [
      b('exact', '2025-04-12', '-1239.00', 'POS PURCHASE ACME INC', ['ACME INC', null]),
      b('early', '2025-04-08', '-1239.00', 'POS PURCHASE ACME INC', ['ACME INC', null]),
    ],
    ledger: [l('T-existing', '2025-04-12', '-1239.00', null, 'Acme Inc.')],
    expect: [suggest('exact', ['T-existing']), none('early')],
  },
  {
    suite: 'actual',
    slug: 'fuzzy-next-day',
    source: { ...ACTUAL, test: 'imported tx … within 7 days … reconciles with existing transaction from fuzzy match' },
    behaviours: ['amount-date', 'partner-name'],
    note: 'Recorded on 5 Apr, cleared on 6 Apr, same payee and amount.',
    bank: [b('b1', '2025-04-06', '-1239.00', 'TEST TRANSACTION ACME INC', ['ACME INC', null])],
    ledger: [l('T1', '2025-04-05', '-1239.00', null, 'Acme Inc.', { description: 'TEST TRANSACTION' })],
    expect: [suggest('b1', ['T1'])],
  },
  {
    suite: 'actual',
    slug: 'consecutive-day-twins-one-entry',
    source: { ...ACTUAL, test: "reconcile does not merge transactions with different 'imported_id' values" },
    behaviours: ['twins-never-merged', 'ledger-used-once'],
    note: 'Two genuine 1,239.00 payments to the same payee on 5 and 6 Apr; only the 5 Apr one is in the books. It takes the entry, the other stays open.',
    bank: [
      b('b1', '2025-04-05', '-1239.00', 'ACME INC', ['ACME INC', null]),
      b('b2', '2025-04-06', '-1239.00', 'ACME INC', ['ACME INC', null]),
    ],
    ledger: [l('T1', '2025-04-05', '-1239.00', null, 'Acme Inc.')],
    expect: [suggest('b1', ['T1']), none('b2')],
  },
  {
    suite: 'actual',
    slug: 'same-day-twins',
    source: { ...ACTUAL, test: 'addTransactions / fuzzy matching of identical transactions (restated)' },
    behaviours: ['twins-never-merged', 'ledger-used-once'],
    note: 'Two identical 550.00 card purchases at one shop on one day, both recorded: each bank line gets one entry (either pairing), never both on one.',
    bank: [
      b('b1', '2025-04-05', '-550.00', 'POS PURCHASE SHOPRITE LEKKI'),
      b('b2', '2025-04-05', '-550.00', 'POS PURCHASE SHOPRITE LEKKI'),
    ],
    ledger: [
      l('T1', '2025-04-05', '-550.00', null, 'Shoprite Lekki'),
      l('T2', '2025-04-05', '-550.00', null, 'Shoprite Lekki'),
    ],
    expect: [
      { bank: ['b1'], decision: 'suggest', ledgerAnyOf: [['T1'], ['T2']], mustNotAuto: false },
      { bank: ['b2'], decision: 'suggest', ledgerAnyOf: [['T1'], ['T2']], mustNotAuto: false },
    ],
  },
  {
    suite: 'actual',
    slug: 'payee-beats-closer-date',
    source: { ...ACTUAL, test: 'reconcile matches unmapped and mapped payees' },
    behaviours: ['partner-name', 'amount-date'],
    note: 'Same amount twice in the books: on 15 Oct for the payee, on 17 Oct with no payee. The 17 Oct bank line names the payee: the payee’s entry comes first, but with an anonymous rival in the window it is not confirmed.',
    bank: [b('b1', '2025-10-17', '-2947.00', 'BAKKERIJ VENTURES', ['BAKKERIJ VENTURES', null])],
    ledger: [
      l('one', '2025-10-15', '-2947.00', null, 'Bakkerij Ventures'),
      l('two', '2025-10-17', '-2947.00', null, null),
    ],
    expect: [suggest('b1', ['one'], true)],
  },
  {
    suite: 'actual',
    slug: 'different-amount',
    source: { ...ACTUAL, test: 'fuzzy matching requires the same amount (restated)' },
    behaviours: ['tolerance-none', 'partner-name'],
    note: '1,240.00 paid, 1,239.00 recorded, same payee and day, no reference: not confirmed.',
    bank: [b('b1', '2025-04-05', '-1240.00', 'ACME INC', ['ACME INC', null])],
    ledger: [l('T1', '2025-04-05', '-1239.00', null, 'Acme Inc.')],
    expect: [none('b1')],
  },
  {
    suite: 'actual',
    slug: 'beyond-seven-days',
    source: { ...ACTUAL, test: 'fuzzy match window of 7 days (restated)' },
    behaviours: ['date-window'],
    note: 'Same amount eleven days apart, no payee, no reference: outside the 7-day window.',
    options: { dateWindowDays: 7 },
    bank: [b('b1', '2025-04-12', '-1239.00', 'TRANSFER')],
    ledger: [l('T1', '2025-04-01', '-1239.00', null, null)],
    expect: [none('b1')],
  },
  {
    suite: 'actual',
    slug: 'bare-line',
    source: { ...ACTUAL, test: 'reconcile handles transactions with undefined fields' },
    behaviours: ['amount-date'],
    note: 'A bank line with only date and amount, the one entry of that amount on that date.',
    bank: [{ id: 'b1', date: '2025-01-01', amount: '2948.00', currency: 'NGN' }],
    ledger: [l('T1', '2025-01-01', '2948.00', null, null)],
    expect: [suggest('b1', ['T1'])],
  },
  {
    suite: 'actual',
    slug: 'strong-before-weak',
    source: { ...ACTUAL, test: 'matching order across a batch (global assignment)' },
    behaviours: ['global-assignment', 'reference-hit', 'order-independence'],
    note: 'An unreferenced 50,000 receipt is listed before one quoting INV-0077; two 50,000 invoices are open. The referenced line takes INV-0077 whatever the order; the other line can only be offered INV-0078.',
    bank: [
      b('b1', '2025-04-10', '50000.00', 'TRANSFER FROM CLIENT'),
      b('b2', '2025-04-10', '50000.00', 'INV-0077 PAYMENT'),
    ],
    ledger: [
      l('INV-0077', '2025-04-08', '50000.00', 'INV-0077', null),
      l('INV-0078', '2025-04-08', '50000.00', 'INV-0078', null),
    ],
    expect: [suggest('b1', ['INV-0078'], true), auto('b2', ['INV-0077'])],
  },

  // ---------------------------------------------------------------- beancount-import
  {
    suite: 'beancount-import',
    slug: 'date-within-three-days',
    source: { ...BEAN, test: 'test_cleared_matches_not_cleared_fuzzy' },
    behaviours: ['date-window', 'amount-date'],
    note: 'A transfer recorded on 1 Jan clears on 4 Jan; window 3 days.',
    options: { dateWindowDays: 3 },
    bank: [b('b1', '2025-01-04', '-10000.00', 'TRF TO SAVINGS 0044')],
    ledger: [l('J1', '2025-01-01', '-10000.00', null, null, { description: 'Transfer to savings' })],
    expect: [suggest('b1', ['J1'])],
  },
  {
    suite: 'beancount-import',
    slug: 'date-four-days-out',
    source: { ...BEAN, test: 'test_fail_cleared_matches_not_cleared_fuzzy' },
    behaviours: ['date-window'],
    note: 'The same a day later: four days apart with a 3-day window, no match.',
    options: { dateWindowDays: 3 },
    bank: [b('b1', '2025-01-05', '-10000.00', 'TRF TO SAVINGS 0044')],
    ledger: [l('J1', '2025-01-01', '-10000.00', null, null, { description: 'Transfer to savings' })],
    expect: [none('b1')],
  },
  {
    suite: 'beancount-import',
    slug: 'cheque-number-weeks-later',
    source: { ...BEAN, test: 'test_check_match' },
    behaviours: ['cheque-number', 'reference-hit', 'date-window'],
    note: 'A cheque written on 10 Jan is presented on 1 Mar: its number ties it to the entry despite the dates.',
    options: { dateWindowDays: 3 },
    bank: [b('b1', '2025-03-01', '-150000.00', 'CHQ 000123 CLEARING', null, { reference: '000123' })],
    ledger: [
      l('J1', '2025-01-10', '-150000.00', '000123', 'Musa Builders', { description: 'Cheque 000123 Musa Builders' }),
    ],
    expect: [auto('b1', ['J1'])],
  },
  {
    suite: 'beancount-import',
    slug: 'card-charge-four-orders',
    source: { ...BEAN, test: 'test_match_merged2' },
    behaviours: ['split-one-to-many', 'amount-date'],
    note: 'One card charge of 431.45 on 27 Mar; the order export holds four charges dated 29 Mar that add up to it, and a gift-card part that does not belong.',
    bank: [b('b1', '2025-03-27', '-431.45', 'AMAZON MKTPLACE PMTS', null, { currency: 'USD' })],
    ledger: [
      l('O1', '2025-03-29', '-94.31', null, 'Amazon.com', { currency: 'USD', description: 'Order 113-0041 charge 1' }),
      l('O2', '2025-03-29', '-161.55', null, 'Amazon.com', { currency: 'USD', description: 'Order 113-0041 charge 2' }),
      l('O3', '2025-03-29', '-43.52', null, 'Amazon.com', { currency: 'USD', description: 'Order 113-0041 charge 3' }),
      l('O4', '2025-03-29', '-132.07', null, 'Amazon.com', { currency: 'USD', description: 'Order 113-0041 charge 4' }),
      l('O5', '2025-03-29', '-15.01', null, 'Amazon.com', { currency: 'USD', description: 'Order 113-0041 gift card' }),
    ],
    expect: [suggest('b1', ['O1', 'O2', 'O3', 'O4'], true)],
  },
  {
    suite: 'beancount-import',
    slug: 'two-entries-one-charge',
    source: { ...BEAN, test: 'test_match_merged' },
    behaviours: ['split-one-to-many'],
    note: 'One 28,000 charge; two entries of 12,000 and 16,000 the same day.',
    bank: [b('b1', '2025-01-01', '-28000.00', 'CARD TXN')],
    ledger: [
      l('J1', '2025-01-01', '-12000.00', null, null, { description: 'Card: stationery' }),
      l('J2', '2025-01-01', '-16000.00', null, null, { description: 'Card: printer toner' }),
    ],
    expect: [suggest('b1', ['J1', 'J2'], true)],
  },
  {
    suite: 'beancount-import',
    slug: 'opposite-sign',
    source: { ...BEAN, test: 'test_self_match' },
    behaviours: ['direction'],
    note: 'A 10,000 withdrawal and a 10,000 receipt in the books, same day and wording: never a match.',
    bank: [b('b1', '2025-01-01', '-10000.00', 'Narration')],
    ledger: [l('J1', '2025-01-01', '10000.00', null, null, { description: 'Narration' })],
    expect: [none('b1')],
  },
  {
    suite: 'beancount-import',
    slug: 'two-bank-lines-one-invoice',
    source: { ...BEAN, test: 'test_match_split_unknown (restated as several bank lines for one entry)' },
    behaviours: ['split-many-to-one', 'reference-written-differently'],
    note: 'An invoice of 23,800 paid in two transfers that each quote it (written two ways).',
    bank: [
      b('b1', '2025-03-03', '16840.00', 'INV-0088 PART 1 UYO FARMS'),
      b('b2', '2025-03-05', '6960.00', 'INV 0088 BAL UYO FARMS'),
    ],
    ledger: [l('INV-0088', '2025-03-01', '23800.00', 'INV-0088', 'Uyo Farms')],
    expect: [{ bank: ['b1', 'b2'], decision: 'suggest', ledger: ['INV-0088'], mustNotAuto: false }],
  },
  {
    suite: 'beancount-import',
    slug: 'one-line-three-postings',
    source: { ...BEAN, test: 'test_match_split_unknown_2' },
    behaviours: ['split-one-to-many', 'reference-hit'],
    note: 'A 23.80 charge quoting the order number; the books hold it as three entries of that order.',
    bank: [b('b1', '2025-01-01', '-23.80', 'ORD-5521 NOVA SUPPLY', null, { currency: 'USD' })],
    ledger: [
      l('J1', '2025-01-01', '-16.84', 'ORD-5521', 'Nova Supply', { currency: 'USD' }),
      l('J2', '2025-01-01', '-4.99', 'ORD-5521', 'Nova Supply', { currency: 'USD' }),
      l('J3', '2025-01-01', '-1.97', 'ORD-5521', 'Nova Supply', { currency: 'USD' }),
    ],
    expect: [suggest('b1', ['J1', 'J2', 'J3'])],
  },
  {
    suite: 'beancount-import',
    slug: 'manual-entry-meets-statement',
    source: { ...BEAN, test: 'test_not_cleared_journal_matches_not_cleared_pending' },
    behaviours: ['amount-date', 'partner-from-narration'],
    note: 'A purchase entered by hand, then seen on the statement the same day.',
    bank: [b('b1', '2025-03-02', '-4500.00', 'POS PURCHASE TOTAL IKEJA')],
    ledger: [l('J1', '2025-03-02', '-4500.00', null, null, { description: 'Diesel - Total Ikeja' })],
    expect: [suggest('b1', ['J1'])],
  },

  // ---------------------------------------------------------------- brief (principles, fresh data)
  {
    suite: 'brief',
    slug: 'emtl-beside-receipt',
    source: { ...BRIEF, test: 'principle 7: the N50 electronic money transfer levy on receipts of N10,000 or more' },
    behaviours: ['bank-only', 'reference-hit'],
    note: 'A 250,000 receipt quoting its invoice, and the ₦50 EMTL the bank takes for it.',
    bank: [
      b('b1', '2025-03-04', '250000.00', 'NIP FRM OGUN FARMS LTD/INV-0501/000013250304101522000111222333'),
      b('b2', '2025-03-04', '-50.00', 'ELECTRONIC MONEY TRANSFER LEVY'),
    ],
    ledger: [l('INV-0501', '2025-03-01', '250000.00', 'INV-0501', 'Ogun Farms Ltd')],
    expect: [auto('b1', ['INV-0501']), bankOnly('b2', 'levy')],
  },
  {
    suite: 'brief',
    slug: 'nip-fee-bands',
    source: { ...BRIEF, test: 'principle 7: NIP transfer fees by amount band' },
    behaviours: ['bank-only'],
    note: 'The three NIP fee bands (VAT inclusive). There are no ledger entries.',
    bank: [
      b('b1', '2025-03-05', '-10.75', 'NIP CHARGE + VAT'),
      b('b2', '2025-03-05', '-26.88', 'NIP TRANSFER FEE'),
      b('b3', '2025-03-05', '-53.75', 'NIP CHARGE + VAT'),
    ],
    ledger: [],
    expect: [bankOnly('b1', 'charge'), bankOnly('b2', 'charge'), bankOnly('b3', 'charge')],
  },
  {
    suite: 'brief',
    slug: 'sms-alert-and-vat',
    source: { ...BRIEF, test: 'principle 7: SMS alert charges and VAT on fees' },
    behaviours: ['bank-only'],
    note: 'Monthly SMS alert charges and the VAT on them.',
    bank: [
      b('b1', '2025-03-31', '-120.00', 'SMS ALERT CHARGES FOR MAR 2025'),
      b('b2', '2025-03-31', '-9.00', 'VAT ON SMS ALERT CHARGES'),
    ],
    ledger: [],
    expect: [bankOnly('b1', 'charge'), bankOnly('b2', 'fee-vat')],
  },
  {
    suite: 'brief',
    slug: 'stamp-duty-and-maintenance',
    source: { ...BRIEF, test: 'principle 7: stamp duty, account maintenance fee and its VAT' },
    behaviours: ['bank-only'],
    note: 'Stamp duty on a receipt, the monthly account maintenance fee and its VAT; a supplier payment of the same size as the fee is in the books.',
    bank: [
      b('b1', '2025-03-06', '-50.00', 'STAMP DUTY CHARGE'),
      b('b2', '2025-03-31', '-1075.00', 'ACCOUNT MAINTENANCE FEE MAR 2025'),
      b('b3', '2025-03-31', '-80.63', 'VAT ON ACCOUNT MAINTENANCE FEE'),
    ],
    ledger: [l('PV-0090', '2025-03-30', '-1075.00', 'PV-0090', 'Ikeja Couriers')],
    expect: [bankOnly('b1', 'tax'), bankOnly('b2', 'charge'), bankOnly('b3', 'fee-vat')],
  },
  {
    suite: 'brief',
    slug: 'failed-transfer-reversed',
    source: { ...BRIEF, test: 'principle 7: reversals' },
    behaviours: ['reversal-pair', 'partner-from-narration'],
    note: 'A transfer to a supplier fails and is reversed the same day; it is sent again the next day and goes through. Only the second one pays the bill.',
    bank: [
      b('b1', '2025-03-10', '-150000.00', 'NIP TRANSFER TO EKO HARDWARE/000013250310093011000444555666'),
      b('b2', '2025-03-10', '150000.00', 'REVERSAL NIP TRANSFER TO EKO HARDWARE/000013250310093011000444555666'),
      b('b3', '2025-03-11', '-150000.00', 'NIP TRANSFER TO EKO HARDWARE/000013250311081544000777888999'),
    ],
    ledger: [
      l('PV-0101', '2025-03-10', '-150000.00', 'PV-0101', 'Eko Hardware', { description: 'Payment to Eko Hardware' }),
    ],
    expect: [reversal('b1', 'b2'), reversal('b2', 'b1'), suggest('b3', ['PV-0101'])],
  },
  {
    suite: 'brief',
    slug: 'credit-interest',
    source: { ...BRIEF, test: 'principle 7: interest' },
    behaviours: ['bank-only'],
    note: 'Interest credited at month end.',
    bank: [b('b1', '2025-03-31', '412.50', 'CREDIT INTEREST MAR 2025')],
    ledger: [],
    expect: [bankOnly('b1', 'interest')],
  },
  {
    suite: 'brief',
    slug: 'invoice-less-credit-note',
    source: { ...BRIEF, test: 'principle 5: one bank line = several items (invoice less its credit note)' },
    behaviours: ['credit-note', 'split-one-to-many', 'reference-hit'],
    note: 'The customer pays a 500,000 invoice less its 50,000 credit note in one transfer naming both.',
    bank: [b('b1', '2025-03-12', '450000.00', 'INV-0610 LESS CN-0044 OKON STORES')],
    ledger: [
      l('INV-0610', '2025-03-01', '500000.00', 'INV-0610', 'Okon Stores'),
      l('CN-0044', '2025-03-05', '-50000.00', 'CN-0044', 'Okon Stores'),
      l('INV-0611', '2025-03-02', '450000.00', 'INV-0611', 'Jos Plateau Foods'),
    ],
    expect: [suggest('b1', ['INV-0610', 'CN-0044'])],
  },
  {
    suite: 'brief',
    slug: 'supplier-payment-session-id',
    source: { ...BRIEF, test: 'principle 1: reference token in the narration' },
    behaviours: ['reference-hit', 'reference-written-differently'],
    note: 'A supplier payment whose narration carries the NIP session id and the bill number written "BILL 0789".',
    bank: [
      b('b1', '2025-03-12', '-320000.00', 'NIP TRANSFER TO EKO HARDWARE LTD 000013250312093015000456789012 BILL 0789'),
    ],
    ledger: [
      l('BILL-0789', '2025-03-11', '-320000.00', 'BILL-0789', 'Eko Hardware Ltd'),
      l('BILL-0790', '2025-03-11', '-320000.00', 'BILL-0790', 'Eko Hardware Ltd'),
    ],
    expect: [auto('b1', ['BILL-0789'])],
  },
  {
    suite: 'brief',
    slug: 'year-less-serial-two-years',
    source: { ...BRIEF, test: 'principle 1/4: a serial without its year must not pick between two years' },
    behaviours: ['reference-written-differently', 'tie-refused'],
    note: 'The narration says "Inv#3240"; INV-2024-3240 and INV-2025-3240 are both open for the same amount: a tie, nothing confirmed.',
    bank: [b('b1', '2025-03-13', '75000.00', 'Inv#3240 KADUNA TEXTILES')],
    ledger: [
      l('INV-2024-3240', '2024-12-20', '75000.00', 'INV-2024-3240', 'Kaduna Textiles'),
      l('INV-2025-3240', '2025-03-10', '75000.00', 'INV-2025-3240', 'Kaduna Textiles'),
    ],
    expect: [tie('b1', [['INV-2024-3240'], ['INV-2025-3240']])],
  },
];
