// holdout31 — the receipts and payments every set has, written through the set's dialect (set-*.mjs).
// Amounts are drawn in "base units" and scaled by the set's currency (Month.scale).
import { share } from './lib.mjs';

/**
 * d: the dialect. cust/supp: parties ({ name: as the books name them, bank: as the bank writes them }); inv(serial):
 * the invoice number as booked; writings: [[trait, (serial) => text]]; receive/send: write a bank line (send also its
 * charges); bookIn/bookOut: a book row; wht: [num, den, trait] withheld by a customer.
 */
export function standardMonth(m, d) {
  const r = m.rng;
  const C = d.cust;
  const S = d.supp;
  let serial = d.firstInvoice;
  const nextInv = () => (serial += 1 + r.int(0, 2));
  const late = (date) => m.shift(date, r.int(2, 4));

  // 1. invoices quoted in the payer's own writing (two booked days late, one quoted in the reference field only)
  const writings = r.shuffle(d.writings).slice(0, 6);
  writings.forEach(([trait, write], i) => {
    const n = nextInv();
    const cust = C[i];
    const date = m.randDay(1, -3);
    const amt = m.amount(400, 6000);
    const inRef = i === 5 && d.hasRefField;
    const line = d.receive(m, date, amt, cust, write(n), { remarkInRef: inRef });
    const bdate = i === 1 || i === 3 ? late(date) : date;
    const row = d.bookIn(m, bdate, amt, cust, d.inv(n));
    const traits = [trait];
    if (bdate !== date) traits.push('late-posting');
    if (inRef) traits.push('reference-in-reference-field');
    m.auto(line, row, { traits });
  });

  // 2. three payers named as the books name them, no reference, amounts nobody else has
  for (let i = 6; i < 9; i++) {
    const date = m.randDay(1, -2);
    const amt = m.amount(300, 4000);
    const line = d.receive(m, date, amt, C[i], d.noRemark(C[i]));
    const row = d.bookIn(m, r.chance(0.5) ? date : m.shift(date, 1), amt, C[i], '');
    m.auto(line, row, { traits: ['name-only'] });
  }

  // 3. one transfer for three invoices, all quoted; the books hold a receipt per invoice
  {
    const ns = [nextInv(), nextInv(), nextInv()];
    const amts = [m.amount(300, 1500), m.amount(300, 1500), m.amount(300, 1500)];
    const date = m.randDay(3, -4);
    const total = amts.reduce((a, b) => a + b, 0);
    const line = d.receive(m, date, m.claim(total), C[9], d.several(ns));
    const rows = ns.map((n, k) => d.bookIn(m, date, amts[k], C[9], d.inv(n)));
    m.auto(line, rows, { traits: ['split-one-to-many'] });
  }

  // 4. one transfer for two invoices, no reference: the bookkeeper allocated it to two invoices
  {
    const amts = [m.amount(200, 1200), m.amount(200, 1200)];
    const date = m.randDay(2, -3);
    const line = d.receive(m, date, m.claim(amts[0] + amts[1]), C[10], d.noRemark(C[10]));
    const bdate = m.shift(date, 1);
    const rows = [
      d.bookIn(m, bdate, amts[0], C[10], d.inv(nextInv())),
      d.bookIn(m, bdate, amts[1], C[10], d.inv(nextInv())),
    ];
    m.suggest(line, rows, { mustNotAuto: false, traits: ['split-one-to-many', 'name-only'] });
  }

  // 5. one invoice paid in two instalments quoting it, booked once in full on the second
  {
    const n = nextInv();
    const a1 = m.amount(500, 2000);
    const a2 = m.amount(500, 2000);
    const d1 = m.randDay(1, 8);
    const d2 = m.randDay(10, -3);
    const l1 = d.receive(m, d1, a1, C[11], `${d.writings[0][1](n)} PART 1`);
    const l2 = d.receive(m, d2, a2, C[11], `BAL ${d.writings[0][1](n)}`);
    const row = d.bookIn(m, d2, m.claim(a1 + a2), C[11], d.inv(n), 'two instalments');
    m.auto([l1, l2], row, { traits: ['split-many-to-one', 'part-payment'] });
  }

  // 6. an over-payment rounded up
  {
    const n = nextInv();
    const inv = m.amount(800, 3000, { cents: true });
    const round = d.roundUp; // the payer rounds up to this many minor units
    const paid = m.claim(Math.ceil(inv / round) * round + (Math.ceil(inv / round) * round === inv ? round : 0));
    const date = m.randDay(2, -3);
    const line = d.receive(m, date, paid, C[12], d.writings[1][1](n));
    const row = d.bookIn(m, date, inv, C[12], d.inv(n));
    m.auto(line, row, { traits: ['over-payment'], difference: paid - inv });
  }

  // 7. a customer who withholds tax (or takes a discount) and pays the rest, quoting the invoice
  {
    const n = nextInv();
    const gross = m.amount(1000, 5000);
    const [num, den, trait] = d.wht;
    const paid = m.claim(gross - share(gross, num, den));
    const date = m.randDay(3, -3);
    const line = d.receive(m, date, paid, C[13], d.writings[2][1](n));
    const row = d.bookIn(m, date, gross, C[13], d.inv(n));
    m.auto(line, row, { traits: [trait], difference: paid - gross });
  }

  // 8. a part payment the bookkeeper booked as if in full
  {
    const n = nextInv();
    const full = m.amount(1500, 4000);
    const paid = m.claim(share(full, 2, 5) - (share(full, 2, 5) % (m.step * 100)));
    const date = m.randDay(3, -3);
    const line = d.receive(m, date, paid, C[14], d.writings[3][1](n));
    const row = d.bookIn(m, date, full, C[14], d.inv(n));
    m.suggest(line, row, { mustNotAuto: true, traits: ['part-payment', 'booked-in-full'] });
  }

  // 9. an invoice less a credit note; the books hold the net with both numbers
  {
    const n = nextInv();
    const inv = m.amount(1000, 4000);
    const cn = m.amount(50, 400);
    const net = m.claim(inv - cn);
    const date = m.randDay(2, -3);
    const line = d.receive(m, date, net, C[15], d.lessCredit(n, d.creditNote));
    const row = d.bookIn(m, date, net, C[15], `${d.inv(n)} less ${d.creditNote}`);
    m.auto(line, row, { traits: ['invoice-less-credit-note'] });
  }

  // 10. a tie: two equal monthly receipts of one payer booked, one payment by name arrives
  {
    const amt = m.amount(600, 1800);
    const da = m.randDay(2, 8);
    const r1 = d.bookIn(m, da, amt, C[16], d.inv(nextInv()), 'monthly supply');
    const r2 = d.bookIn(m, m.shift(da, 5), amt, C[16], d.inv(nextInv()), 'monthly supply');
    const line = d.receive(m, m.shift(da, 7), amt, C[16], d.noRemark(C[16]));
    m.tie(line, [r1, r2], ['name-only']);
  }

  // 11. a receipt whose amount the bookkeeper keyed with two digits swapped
  {
    let amt, keyed;
    do {
      amt = m.amount(1000, 5000, { cents: false });
      const s = String(amt / 100);
      let k = 1;
      while (k < s.length - 1 && s[k] === s[k + 1]) k++;
      keyed = Number(s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2)) * 100;
    } while (keyed === amt || m.usedAmounts.has(keyed));
    m.claim(keyed);
    const date = m.randDay(2, -3);
    const line = d.receive(m, date, amt, C[17], d.noRemark(C[17]));
    const row = d.bookIn(m, m.shift(date, 1), keyed, C[17], '');
    m.suggest(line, row, { mustNotAuto: true, traits: ['books-amount-transposed', 'name-only'] });
  }

  // 12. a payment quoting only the customer's own order number, which the bookkeeper copied into the receipt
  {
    const po = d.po();
    const amt = m.amount(500, 3000);
    const date = m.randDay(2, -3);
    const line = d.receive(m, date, amt, C[18], po);
    const row = d.bookIn(m, date, amt, C[18], d.inv(nextInv()), `cust PO ${po}`);
    m.auto(line, row, { traits: ['customer-po-number'] });
  }

  // 13. two receipts nobody can place
  for (const who of d.strangers) {
    const line = d.receive(m, m.randDay(2, -1), m.amount(100, 900), who, d.noRemark(who));
    m.none(line, ['unknown-receipt']);
  }

  // 14. supplier payments: four quote the bill, two name the supplier only
  for (let i = 0; i < 6; i++) {
    const bill = d.bill();
    const amt = -m.amount(300, 4000);
    const date = m.randDay(1, -2);
    const line = d.send(m, date, amt, S[i], i < 4 ? `${d.billWord} ${bill}` : d.payRemark(S[i]));
    const row = d.bookOut(m, i === 2 ? m.shift(date, -1) : date, amt, S[i], bill);
    m.auto(line, row, { traits: i < 4 ? ['bill-reference'] : ['name-only'] });
  }

  // 15. one bill paid in two transfers the same day (the channel's single-transfer limit), booked once
  {
    const bill = d.bill();
    const half = m.amount(d.limit * 0.8, d.limit * 0.95);
    const rest = m.amount(200, 900);
    const date = m.randDay(4, -4);
    const l1 = d.send(m, date, -half, S[6], `${d.billWord} ${bill} 1/2`);
    const l2 = d.send(m, date, -rest, S[6], `${d.billWord} ${bill} 2/2`);
    const row = d.bookOut(m, date, -m.claim(half + rest), S[6], bill);
    m.auto([l1, l2], row, { traits: ['transfer-limit-tranches', 'split-many-to-one'] });
  }

  // 16. twins: two equal transfers the same day to one haulier, booked as two equal rows
  {
    const amt = -m.amount(150, 600);
    const date = m.randDay(3, -3);
    const text = d.twinRemark;
    const l1 = d.send(m, date, amt, S[7], text);
    const l2 = d.send(m, date, amt, S[7], text);
    const r1 = d.bookOut(m, date, amt, S[7], '', text.toLowerCase());
    const r2 = d.bookOut(m, date, amt, S[7], '', text.toLowerCase());
    m.twins([l1, l2], [r1, r2]);
  }

  // 17. a failed transfer comes back; the payment is sent again and booked once
  {
    const bill = d.bill();
    const amt = -m.amount(300, 2000);
    const date = m.randDay(2, -6);
    const failed = d.send(m, date, amt, S[8], `${d.billWord} ${bill}`, { noCharge: true });
    const back = d.reverse(m, m.shift(date, 1), failed);
    m.reversal(failed, back, ['failed-transfer']);
    const again = d.send(m, m.shift(date, 2), amt, S[8], `${d.billWord} ${bill} RESEND`);
    const row = d.bookOut(m, date, amt, S[8], bill);
    m.auto(again, row, { traits: ['bill-reference', 'sent-again'] });
  }

  // 18. a refund to a customer and one from a supplier
  {
    const amt = -m.amount(50, 300);
    const date = m.randDay(3, -2);
    const line = d.send(m, date, amt, C[19], d.refundRemark(C[19]));
    const row = d.bookOut(m, date, amt, C[19], '', 'refund of over-payment');
    m.auto(line, row, { traits: ['refund', 'name-only'] });
    const amt2 = m.amount(40, 250);
    const date2 = m.randDay(3, -2);
    const line2 = d.receive(m, date2, amt2, S[9], d.refundFrom(S[9]));
    const row2 = d.bookIn(m, m.shift(date2, 1), amt2, S[9], '', 'supplier refund');
    m.auto(line2, row2, { traits: ['refund', 'name-only'] });
  }

  // 19. three book rows the bank has not seen by the month's end
  {
    const a = d.bookIn(m, m.day(-1), m.amount(300, 2000), C[20], d.inv(nextInv()), 'transfer promised');
    m.ledgerOnly(a, 'receipt booked on the last day, credited by the bank next month');
    const b = d.bookOut(m, m.day(-2), -m.amount(200, 1500), S[10], d.bill(), 'scheduled payment');
    m.ledgerOnly(b, 'payment booked on the scheduled date, released by the bank next month');
    const c = d.bookIn(m, m.day(-1), m.amount(100, 600), C[21], d.inv(nextInv()), 'deposit slip');
    m.ledgerOnly(c, 'deposit lodged after the bank cut-off, in transit');
  }
}
