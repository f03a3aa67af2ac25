/** The bench's data: a large business's year of bank lines and open items, realistic enough to be hard. */
import type { LedgerEntry } from '../domain/ledger.js';
import type { BankLine } from '../domain/reconciliation.js';
import { rng } from './reconciliation-month.js';

/**
 * A line as a reader hands it over (JSON.parse of Mono's pages, a CSV or XLSX reader): every string flat. The template
 * literals here build concatenation trees that no real input has; the engine would pay for flattening them, and they
 * take more memory to hold. Same values, so the same data for the engine; done line by line, so the trees die young.
 */
const asRead = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * A large business's year, written the hard way: n open items and about n bank lines. Receipts quote their invoice in
 * varied writings (~70%) or only name the payer (~30%); some pay two invoices at once ("INV-… & …"), some are short by
 * a levy, some are genuine twins (same payer, amount and day), some are supplier payments that fail and are reversed and
 * re-sent; bank-only transfer fees and levies are interleaved. Customers are n/20, so each has about twenty open items.
 */
export function largeBook(n: number, seed = 42): { bank: BankLine[]; ledger: LedgerEntry[] } {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const bank: BankLine[] = [];
  const ledger: LedgerEntry[] = [];
  const customers = Math.max(10, Math.floor(n / 20));
  const base = Date.UTC(2024, 0, 1);
  const day = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
  const amount = () => int(5, 500_000) * 100 + (r() < 0.3 ? int(1, 99) : 0);
  let b = 0;
  const addBank = (date: string, amountMinor: number, narration: string, counterpartyName: string | null) =>
    bank.push(asRead({ id: `B${b++}`, date, amountMinor, currency: 'NGN', narration, counterpartyName }));
  const addLedger = (entry: LedgerEntry) => ledger.push(asRead(entry));
  for (let i = 0; i < n; i++) {
    const serial = String(i + 1).padStart(7, '0');
    const ref = `INV-2024-${serial}`;
    const invDay = int(0, 330);
    const amountMinor = amount();
    const party = `CUSTOMER ${String(i % customers).padStart(6, '0')} TRADING`;
    const kind = r();
    if (kind < 0.04) {
      // a supplier bill paid by transfer that fails, is reversed, and is sent again the next day
      addLedger({
        id: `L${i}`,
        date: day(invDay),
        amountMinor: -amountMinor,
        currency: 'NGN',
        reference: `BILL-${serial}`,
        party,
      });
      const session = `0000132403${serial}${int(100000, 999999)}`;
      addBank(day(invDay + 1), -amountMinor, `NIP TRF TO ${party}/BILL-${serial}/${session}`, null);
      addBank(day(invDay + 1), amountMinor, `REVERSAL NIP TRF TO ${party}/BILL-${serial}/${session}`, null);
      addBank(
        day(invDay + 2),
        -amountMinor,
        `NIP TRF TO ${party}/BILL-${serial}/0000132403${serial}${int(100000, 999999)}`,
        null,
      );
      continue;
    }
    addLedger({
      id: `L${i}`,
      date: day(invDay),
      dueDate: day(invDay + 30),
      amountMinor,
      currency: 'NGN',
      reference: ref,
      party,
    });
    const paid = day(invDay + int(0, 35));
    const writing = [ref, `inv 2024/${i + 1}`, `2024-${serial}`, `INV2024${serial}`, `inv ${i + 1}`][i % 5];
    if (kind < 0.09 && i + 1 < n) {
      // one transfer for this invoice and the next one of the same customer
      i++;
      const second = amount();
      addLedger({
        id: `L${i}`,
        date: day(invDay),
        dueDate: day(invDay + 30),
        amountMinor: second,
        currency: 'NGN',
        reference: `INV-2024-${String(i + 1).padStart(7, '0')}`,
        party,
      });
      addBank(paid, amountMinor + second, `NIP FRM ${party} ${ref} & ${String(i + 1).padStart(7, '0')}`, party);
    } else if (kind < 0.12) {
      // genuine twins: the same payer pays two equal invoices on the same day without a reference
      addLedger({
        id: `L${i}t`,
        date: day(invDay),
        dueDate: day(invDay + 30),
        amountMinor,
        currency: 'NGN',
        reference: `${ref}T`,
        party,
      });
      addBank(paid, amountMinor, `TRF FROM ${party}`, party);
      addBank(paid, amountMinor, `TRF FROM ${party}`, party);
    } else if (kind < 0.15) {
      // received net of the ₦50 electronic money transfer levy
      addBank(paid, amountMinor - 5000, `NIP FRM ${party} ${writing}`, party);
    } else if (kind < 0.42) {
      addBank(paid, amountMinor, `TRF FROM ${party}`, party);
    } else {
      addBank(paid, amountMinor, `NIP FRM ${party} ${writing}`, party);
    }
    // bank-only lines: the levy on receipts and transfer fees
    if (r() < 0.1) addBank(paid, -5000, 'ELECTRONIC MONEY TRANSFER LEVY', null);
    if (r() < 0.05) addBank(paid, -5375, 'NIP CHARGE + VAT', null);
  }
  return { bank, ledger };
}
