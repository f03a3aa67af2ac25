import type { StatementItem } from './model.js';

/**
 * One kind of bank line the books lack, as the statement groups them (a rule's code, `bank-only:<account>`,
 * `write-off:<account>`, `unexplained`, …), with how many there are and what they add up to.
 */
export interface SectionKind {
  group: string;
  /** A named rule's name (its code keeps the id), as its items carry it. */
  ruleName?: string;
  /** The account a rule posts its lines to, when every item of the kind says the same one. */
  postTo?: string;
  count: number;
  /** Positive, as the items' amounts: the section says whether it is added or subtracted. */
  totalMinor: number;
}

/**
 * Credits or debits not in the books broken down by kind, in the order each kind first appears among the items (the
 * statement's date order). The one breakdown every writer gives: the workbook's Summary counts these, the statement
 * page lists them with their subtotals, and the subtotals add up to the section's total, since each item is in one
 * kind. An item with no group is `unexplained`, as the Summary always said.
 */
export function sectionKinds(items: readonly StatementItem[]): SectionKind[] {
  const kinds = new Map<string, SectionKind & { accounts: Set<string | undefined> }>();
  for (const it of items) {
    const group = it.group ?? 'unexplained';
    const k = kinds.get(group) ?? {
      group,
      ...(it.ruleName ? { ruleName: it.ruleName } : {}),
      count: 0,
      totalMinor: 0,
      accounts: new Set<string | undefined>(),
    };
    k.count += 1;
    k.totalMinor += it.amountMinor;
    k.accounts.add(it.postTo);
    kinds.set(group, k);
  }
  return [...kinds.values()].map(({ accounts, ...k }) => {
    const [only] = accounts;
    return accounts.size === 1 && only ? { ...k, postTo: only } : k;
  });
}
