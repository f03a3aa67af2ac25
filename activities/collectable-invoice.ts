import type { LedgerEntryRow } from '../db/schema.js';
import { formatMoney, money } from '../domain/money.js';

type EntryFacts = Pick<
  LedgerEntryRow,
  'id' | 'kind' | 'status' | 'closed_reason' | 'amount_minor' | 'currency' | 'entry_date' | 'reference' | 'party_role'
>;

const CLOSED: Record<string, string> = {
  paid: 'the books show it paid',
  voided: 'the books show it voided',
  cancelled: 'the books show it cancelled',
  gone: 'the books no longer hold it',
};

/**
 * Why an entry of the books is not an invoice DirectPay may collect, in an accountant's words; null when it is one: a
 * customer's document (LedgerEntry.kind, partyRole) the books hold open, owed to us, with a number. A posting never
 * is: a receipt recorded on the bank account is money received already, and asking the customer for it would have
 * them pay twice. Nor is a supplier's credit note, positive as it is: the supplier owes it, no customer. `asked` is
 * the number as the person gave it.
 */
export function whyNotCollectable(e: EntryFacts, asked: string | null = e.reference): string | null {
  const name = asked ?? `Entry ${e.id}`;
  const amount = formatMoney(money(Math.abs(Number(e.amount_minor)), e.currency));
  if (e.kind !== 'document')
    return Number(e.amount_minor) > 0
      ? `${name} is not an open invoice: the books hold it as a receipt already recorded on the bank account ` +
          `(${e.entry_date}, ${amount}). Collecting it would ask the customer to pay money already received.`
      : `${name} is not an open invoice: the books hold it as a payment out of the bank account (${e.entry_date}, ${amount}).`;
  if (Number(e.amount_minor) <= 0)
    return `${name} is not a sales invoice: the books hold it as a bill or credit note (${amount}), money we owe, not money owed to us.`;
  if (e.party_role === 'supplier')
    return `${name} is not a sales invoice: the books hold it as a supplier's credit note (${amount}), money a supplier owes us, not a customer: it is settled with the supplier, not collected.`;
  if (e.status === 'reconciled')
    return `${name} is not an open invoice: it is matched to a payment on the bank account already.`;
  if (e.status !== 'open')
    return `${name} is not an open invoice: ${CLOSED[e.closed_reason ?? ''] ?? 'it is no longer open in the books'}.`;
  if (!e.reference) return `${name} has no invoice number to collect by.`;
  return null;
}
