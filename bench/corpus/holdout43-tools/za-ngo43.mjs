// ZA: a non-profit running early-childhood centres and a food programme in Khayelitsha, Cape Town. Grant tranches
// arrive in SEK and EUR and are converted by the bank at its rate (the books hold the rand the donor's notice gave);
// local donors give by EFT and by a monthly debit-order run; field workers are paid per-diems in batches. Books in
// Bokio (Swedish interface: a Swedish foundation is the main funder and its seconded finance officer keeps them).

export function zaNgo(r, m) {
  const n = m.days.length;
  const last = m.days[n - 1];
  const eft = (ref) => [{ amount: -650, text: 'EFT PAYMENT FEE', ref, kind: 'charge' }];
  // 1. grant tranches in foreign currency: converted at the bank's rate, booked at the notice's rand amount
  for (const [cur, donor, bankName, contract, lo, hi] of [
    ['SEK', 'Stiftelsen Barnens Framtid', 'STIFTELSEN BARNENS FRAMTI', r.digits(6), 120000000, 220000000],
    ['EUR', 'Fondation Petite Enfance', 'FONDATION PETITE ENFANCE', r.digits(6), 80000000, 160000000],
  ]) {
    const booked = m.amount(lo, hi, 100);
    const fx = Math.floor((booked * r.int(-25, 25)) / 1000);
    const got = booked + fx;
    const d = m.day(2, 12);
    const swift = `SW${r.digits(10)}`;
    m.claim(got);
    m.match({
      line: {
        day: d,
        amount: got,
        text: `SWIFT INWARD ${cur} ${bankName} GRANT ${contract} TRANCHE 2`,
        ref: swift,
        charges: [
          { amount: -m.amount(20000, 40000), text: 'SWIFT INWARD FEE', ref: swift, kind: 'charge' },
          { amount: -m.amount(30000, 90000), text: 'FOREX COMMISSION', ref: swift, kind: 'charge' },
        ],
      },
      row: { day: m.shift(d, -2), amount: booked, desc: `Bidrag ${donor}, avtal ${contract}, delutbetalning 2` },
      evidence: 'reference',
      difference: fx,
      traits: [fx < 0 ? 'short-fx-conversion' : 'over-fx-conversion', 'foreign-currency-grant'],
    });
  }
  // 2. local donors by EFT: a company quoting its pledge, individuals by name (small, many)
  {
    const pledge = r.digits(5);
    const a = m.amount(5000000, 15000000, 10000);
    const d = m.day(3, 15);
    m.match({
      line: { day: d, amount: a, text: `CREDIT TRANSFER KHANYA RETAIL CSI PLEDGE ${pledge}`, ref: pledge },
      row: { day: d, amount: a, desc: `Gåva Khanya Retail CSI, löfte ${pledge}` },
      evidence: 'reference',
      traits: ['corporate-donation'],
    });
  }
  const donors = [
    'Mokoena',
    'Van der Merwe',
    'Naidoo',
    'Dlamini',
    'Petersen',
    'Botha',
    'Nkosi',
    'Jacobs',
    'Fortuin',
    'Khumalo',
    'Adams',
    'Mahlangu',
    'Pillay',
    'Steyn',
    'Ndlovu',
    'Hendricks',
  ];
  donors.forEach((s, i) => {
    const a = m.amount(20000, 250000, 5000);
    const d = m.day(0, n - 2);
    const up = s.toUpperCase();
    m.match({
      line: { day: d, amount: a, text: `CREDIT TRANSFER ${i % 3 === 0 ? 'MR' : 'MS'} ${up} DONATION`, ref: '' },
      row: { day: i % 2 ? m.shift(d, 1) : d, amount: a, desc: `Gåva privatperson ${s}` },
      evidence: 'counterparty',
      traits: ['individual-donor', 'name-only'],
    });
  });
  // 3. the monthly debit-order donations: the collection service pays the run net of its fees (gross booked)
  {
    const run = r.digits(6);
    const gross = m.amount(4000000, 9000000, 100);
    const fee = m.amount(150000, 350000);
    const d = m.day(1, 3);
    m.claim(gross - fee);
    m.match({
      line: { day: d, amount: gross - fee, text: `NETCASH COLLECTIONS BATCH ${run}`, ref: run },
      row: { day: m.shift(d, -1), amount: gross, desc: `Månadsgivare autogiro, körning ${run}` },
      evidence: 'reference',
      difference: -fee,
      traits: ['short-net-of-fee', 'settlement-id'],
    });
    // donors' debit orders returned unpaid a few days later: the books do not hold them yet
    m.none(
      { day: m.shift(d, 5), amount: -m.amount(60000, 200000, 5000), text: `NETCASH UNPAIDS BATCH ${run}`, ref: run },
      ['returned-debit-orders'],
    );
  }
  // 4. per-diems to field workers: one batch a fortnight, quoted in the books; payroll; SARS
  for (let i = 0; i < 2; i++) {
    const b = r.digits(7);
    const people = r.int(12, 20);
    const a = m.amount(1500000, 4000000, 10000);
    const d = m.days[Math.min(n - 2, 6 + i * 10)];
    m.match({
      line: {
        day: d,
        amount: -a,
        text: `BATCH PAYMENT PER DIEM ${b} (${people})`,
        ref: b,
        charges: [{ amount: -350 * people, text: `BATCH PAYMENT FEE (${people})`, ref: b, kind: 'charge' }],
      },
      row: { day: m.shift(d, -1), amount: -a, desc: `Traktamenten fältarbetare, ${people} personer, batch ${b}` },
      evidence: 'reference',
      traits: ['per-diem', 'booked-early'],
    });
  }
  {
    const b = r.digits(7);
    const staff = r.int(24, 32);
    const net = m.amount(38000000, 52000000, 100);
    const d = m.days[n - 2];
    m.match({
      line: {
        day: d,
        amount: -net,
        text: `SALARIES JUL 2028 BATCH ${b} (${staff})`,
        ref: b,
        charges: [{ amount: -350 * staff, text: `BATCH PAYMENT FEE (${staff})`, ref: b, kind: 'charge' }],
      },
      row: { day: d, amount: -net, desc: `Löner juli, ${staff} anställda, batch ${b}` },
      evidence: 'reference',
      traits: ['payroll'],
    });
    const prn = `7${r.digits(9)}`;
    const emp = m.amount(7000000, 11000000, 100);
    const d2 = m.day(4, 5);
    m.match({
      line: { day: d2, amount: -emp, text: `SARS EMP201 PRN ${prn}`, ref: prn, charges: eft(prn) },
      row: { day: d2, amount: -emp, desc: `EMP201 juni (PAYE, UIF, SDL), PRN ${prn}` },
      evidence: 'reference',
      traits: ['statutory'],
    });
  }
  // 5. suppliers: food parcels (two transfers the same day for one invoice, over the online limit), printing, vehicle hire
  {
    const inv = r.digits(5);
    const a1 = m.amount(24000000, 25000000, 100);
    const a2 = m.amount(8000000, 16000000, 100);
    const d = m.day(8, 14);
    const refs = [`OMB${r.digits(8)}`, `OMB${r.digits(8)}`];
    m.match({
      lines: [
        {
          day: d,
          amount: -a1,
          text: `EFT PAYMENT CAPE FRESH WHOLESALE INV ${inv}`,
          ref: refs[0],
          charges: eft(refs[0]),
        },
        {
          day: d,
          amount: -a2,
          text: `EFT PAYMENT CAPE FRESH WHOLESALE INV ${inv}`,
          ref: refs[1],
          charges: eft(refs[1]),
        },
      ],
      row: { day: d, amount: -(a1 + a2), desc: `Livsmedelspaket, Cape Fresh Wholesale faktura ${inv}` },
      evidence: 'reference',
      traits: ['over-transfer-limit', 'supplier-invoice'],
    });
    m.claim(a1 + a2);
    for (const [name, bank, what, quote] of [
      ['Mitchells Plain Printers', 'MITCHELLS PLAIN PRINTERS', 'trycksaker', true],
      ['Athlone Vehicle Hire', 'ATHLONE VEHICLE HIRE', 'hyrbil', false],
      ['Bellville Educational Toys', 'BELLVILLE EDU TOYS', 'lekmaterial', true],
    ]) {
      const inv2 = r.digits(5);
      const a = m.amount(800000, 6000000, 100);
      const d2 = m.day(3, n - 4);
      const ref = `OMB${r.digits(8)}`;
      m.match({
        line: {
          day: d2,
          amount: -a,
          text: `EFT PAYMENT ${bank}${quote ? ` INV ${inv2}` : ''}`,
          ref,
          charges: eft(ref),
        },
        row: { day: d2, amount: -a, desc: `${name} faktura ${inv2}, ${what}` },
        evidence: quote ? 'reference' : 'counterparty',
        traits: ['supplier-invoice', quote ? 'invoice-number' : 'name-only'],
      });
    }
  }
  // 6. debit orders: rent for the centre, the fibre line; an unbooked one for a security company
  {
    const acc = r.digits(8);
    const rent = m.amount(2500000, 4500000, 10000);
    m.match({
      line: {
        day: m.days[0],
        amount: -rent,
        text: `DEBIT ORDER KHAYELITSHA PROPERTY TRUST ${acc}`,
        ref: acc,
        charges: [{ amount: -450, text: 'DEBIT ORDER FEE', ref: acc, kind: 'charge' }],
      },
      row: { day: m.days[0], amount: -rent, desc: `Hyra lokal Site C juli, avtal ${acc}` },
      evidence: 'reference',
      traits: ['debit-order', 'rent'],
    });
    const acc2 = r.digits(9);
    const fib = m.amount(80000, 200000, 100);
    const d = m.day(1, 4);
    m.match({
      line: {
        day: d,
        amount: -fib,
        text: `DEBIT ORDER TELKOM ${acc2}`,
        ref: acc2,
        charges: [{ amount: -450, text: 'DEBIT ORDER FEE', ref: acc2, kind: 'charge' }],
      },
      row: { day: d, amount: -fib, desc: `Fiber internet juli, kundnr ${acc2}` },
      evidence: 'reference',
      traits: ['debit-order', 'utility'],
    });
    m.none(
      {
        day: m.day(5, 10),
        amount: -m.amount(90000, 250000, 100),
        text: `DEBIT ORDER FIDELITY ADT ${r.digits(8)}`,
        ref: '',
        charges: [{ amount: -450, text: 'DEBIT ORDER FEE', kind: 'charge' }],
      },
      ['unbooked-debit-order'],
    );
  }
  // 7. a tie: the City of Cape Town water account billed twice at the same amount (two sites); one paid by name
  {
    const w = m.amount(150000, 400000, 100);
    const d = m.day(10, 16);
    const ref = `OMB${r.digits(8)}`;
    m.tie(
      { day: d, amount: -w, text: 'EFT PAYMENT CITY OF CAPE TOWN WATER', ref, charges: eft(ref) },
      [
        { day: m.shift(d, -2), amount: -w, desc: 'City of Cape Town vatten juni, Site C' },
        { day: m.shift(d, -2), amount: -w, desc: 'City of Cape Town vatten juni, Site B' },
      ],
      'counterparty',
      ['tie'],
    );
  }
  // 8. interest on the account; the bank's monthly fees
  m.bankOnly({ day: last, amount: m.amount(50000, 200000), text: 'CREDIT INTEREST' }, 'interest');
  m.bankOnly({ day: last, amount: -19500, text: 'MONTHLY ACCOUNT FEE' }, 'charge');
  m.bankOnly({ day: last, amount: -m.amount(3000, 12000), text: 'CASH DEPOSIT FEE' }, 'charge');
  // 9. the books only: a payment captured, awaiting its second authoriser; a tranche booked from the donor's notice
  m.bookOnly(
    {
      day: m.days[n - 2],
      amount: -m.amount(1500000, 5000000, 100),
      desc: `Mitchells Plain Printers faktura ${r.digits(5)}, väntar på attest`,
    },
    'payment captured, released next month',
  );
  m.bookOnly(
    {
      day: last,
      amount: m.amount(30000000, 60000000, 100),
      desc: `Bidrag Stiftelsen Barnens Framtid, avtal ${r.digits(6)}, delutbetalning 3 (avisering)`,
    },
    'grant notice booked before the money',
  );
}
