// KE: a haulage firm in Mombasa carrying containers and bulk cargo up the Northern Corridor. Freight invoices paid by
// clearing agents and manufacturers (some withholding 2 % VAT), weekly fuel-card debits, drivers' trip advances by
// M-PESA, weighbridge and expressway charges, a truck loan and insurance by standing order. Books in Alegra (Spanish
// interface: the firm's Spanish co-owner and its finance clerk work in Alegra).

const EXCISE = (f) => Math.floor((f * 20 + 50) / 100);

export function keHaulage(r, m) {
  const n = m.days.length;
  const last = m.days[n - 1];
  const rtgsOut = (ref) => [
    { amount: -50000, text: 'RTGS CHARGES', ref, kind: 'charge' },
    { amount: -EXCISE(50000), text: 'EXCISE DUTY', ref, kind: 'tax' },
  ];
  const customers = [
    ['Bandari Clearing & Forwarding Ltd', 'BANDARI CLEARING'],
    ['Kibarani Edible Oils Ltd', 'KIBARANI EDIBLE OILS'],
    ['Kilindini Freight Agencies', 'KILINDINI FREIGHT'],
    ['Mtwapa Cement Traders', 'MTWAPA CEMENT TRADERS'],
    ['Mlolongo Steel Mills', 'MLOLONGO STEEL MILLS'],
    ['Changamwe Grain Millers', 'CHANGAMWE GRAIN MILLERS'],
    ['Likoni Beverage Distributors', 'LIKONI BEVERAGE'],
    ['Rabai Salt Works', 'RABAI SALT WORKS'],
  ];
  // 1. freight invoices quoting our invoice (containers to Nairobi, Kampala, Kigali)
  customers.slice(0, 5).forEach(([name, bank], i) => {
    const inv = r.digits(4);
    const a = m.amount(18000000, 65000000, 100);
    const d = m.day(1, n - 2);
    const wht = i === 1 || i === 3;
    const held = wht ? Math.floor((Math.floor((a * 100) / 116) * 2) / 100) : 0;
    if (wht) m.claim(a - held);
    m.match({
      line: { day: d, amount: a - held, text: `RTGS CR ${bank} INV HL${inv}`, ref: `FT${r.digits(10)}` },
      row: {
        day: m.shift(d, -r.int(0, 2)),
        amount: a,
        desc: `Factura HL-${inv} flete contenedor`,
        ref: `HL-${inv}`,
        party: name,
      },
      evidence: 'reference',
      difference: wht ? -held : undefined,
      traits: wht ? ['short-withholding-vat-2pct', 'invoice-number'] : ['invoice-number'],
    });
  });
  // 2. one agent pays three trips in one transfer, with a remittance listing them
  {
    const [name, bank] = customers[5];
    const invs = [r.digits(4), r.digits(4), r.digits(4)];
    const as = invs.map(() => m.amount(9000000, 25000000, 100));
    const d = m.day(8, 14);
    m.match({
      line: {
        day: d,
        amount: as.reduce((x, y) => x + y, 0),
        text: `PESALINK CR ${bank} HL${invs.join(' HL')}`,
        ref: `PL${r.digits(10)}`,
      },
      rows: invs.map((v, i) => ({
        day: m.shift(d, -3),
        amount: as[i],
        desc: `Factura HL-${v} flete granel`,
        ref: `HL-${v}`,
        party: name,
      })),
      evidence: 'reference',
      traits: ['three-invoices-one-transfer'],
    });
  }
  // 3. a customer paying by name only, another part-paying an invoice the clerk marked paid in full
  {
    const [name, bank] = customers[6];
    const a = m.amount(12000000, 30000000, 100);
    const d = m.day(4, 12);
    m.match({
      line: { day: d, amount: a, text: `PESALINK CR ${bank}`, ref: `PL${r.digits(10)}` },
      row: { day: d, amount: a, desc: `Cobro factura HL-${r.digits(4)}`, ref: '', party: name },
      evidence: 'counterparty',
      traits: ['name-only'],
    });
    const [name2, bank2] = customers[7];
    const inv = r.digits(4);
    const full = m.amount(20000000, 40000000, 100);
    const part = m.amount(Math.floor(full * 0.5), Math.floor(full * 0.7), 100000);
    const d2 = m.day(10, 16);
    m.match({
      line: { day: d2, amount: part, text: `RTGS CR ${bank2} PART INV HL${inv}`, ref: `FT${r.digits(10)}` },
      row: { day: d2, amount: full, desc: `Cobro factura HL-${inv}`, ref: `HL-${inv}`, party: name2 },
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'reference',
      traits: ['part-payment'],
    });
  }
  // 4. fuel cards: the fleet-card company debits each week's statement
  for (let w = 0; w < 4; w++) {
    const st = r.digits(7);
    const a = m.amount(60000000, 140000000, 100);
    const d = m.days[Math.min(n - 1, w * 5 + 1)];
    m.match({
      line: { day: d, amount: -a, text: `DIRECT DEBIT RUBIS FLEETCARD STMT ${st}`, ref: `DD${st}` },
      row: {
        day: d,
        amount: -a,
        desc: `Combustible tarjetas flota, extracto ${st}`,
        ref: st,
        party: 'Rubis Energy Kenya',
      },
      evidence: 'reference',
      traits: ['fuel-card', 'direct-debit'],
    });
  }
  // 5. drivers' trip advances by M-PESA B2C, each quoting the trip sheet; one failed and sent again
  const drivers = [
    'OMAR HASSAN',
    'JOSEPH MUTUA',
    'PETER OTIENO',
    'ALI BAKARI',
    'JAMES KIPRONO',
    'SAID MWINYI',
    'DANIEL WAFULA',
  ];
  drivers.forEach((drv, i) => {
    const trip = r.digits(5);
    const a = m.amount(1500000, 4500000, 10000);
    const d = m.day(0, n - 2);
    const ref = `MB${r.digits(10)}`;
    const charges = [
      { amount: -3300, text: 'MPESA B2C CHARGE', ref, kind: 'charge' },
      { amount: -EXCISE(3300), text: 'EXCISE DUTY', ref, kind: 'tax' },
    ];
    const name = drv
      .split(' ')
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ');
    if (i === 6) {
      m.reversal(
        { day: d, amount: -a, text: `MPESA B2C ${drv} TRIP ${trip}`, ref },
        { day: m.shift(d, 1), amount: a, text: `REVERSAL MPESA B2C ${drv} - INVALID NUMBER`, ref },
        ['failed-transfer'],
      );
    }
    const d2 = i === 6 ? m.shift(d, 1) : d;
    m.match({
      line: {
        day: d2,
        amount: -a,
        text: `MPESA B2C ${drv} TRIP ${trip}`,
        ref: i === 6 ? `MB${r.digits(10)}` : ref,
        charges,
      },
      row: { day: d, amount: -a, desc: `Anticipo viaje ${trip} conductor`, ref: trip, party: name },
      evidence: 'reference',
      traits: i === 6 ? ['drivers-advance', 'resent-after-reversal'] : ['drivers-advance'],
    });
  });
  // 6. weighbridge overload charge and expressway e-tag top-ups (eCitizen / the expressway's till)
  {
    const bill = r.digits(8);
    const a = m.amount(800000, 2500000, 100);
    const d = m.day(6, 14);
    m.match({
      line: { day: d, amount: -a, text: `ECITIZEN KENHA WEIGHBRIDGE BILL ${bill}`, ref: `EC${bill}` },
      row: { day: d, amount: -a, desc: `Báscula Mariakani sobrecarga, factura ${bill}`, ref: bill, party: 'KeNHA' },
      evidence: 'reference',
      traits: ['weighbridge'],
    });
    for (let i = 0; i < 2; i++) {
      const tag = r.digits(7);
      const t = m.amount(1000000, 3000000, 100000);
      const d2 = m.day(2 + i * 9, 6 + i * 9);
      m.match({
        line: { day: d2, amount: -t, text: `MOJA EXPRESSWAY ETAG TOPUP ${tag}`, ref: `ET${r.digits(8)}` },
        row: { day: d2, amount: -t, desc: `Recarga peaje e-tag ${tag}`, ref: tag, party: 'Moja Expressway' },
        evidence: 'reference',
        traits: ['toll'],
      });
    }
  }
  // 7. suppliers: tyres, a garage, a container-yard (one by name; one two equal transfers for two equal invoices)
  {
    const inv = r.digits(5);
    const a = m.amount(30000000, 70000000, 100);
    const d = m.day(5, 15);
    const ref = `FT${r.digits(10)}`;
    m.match({
      line: { day: d, amount: -a, text: `RTGS DR JOMVU TYRE CENTRE INV ${inv}`, ref, charges: rtgsOut(ref) },
      row: {
        day: m.shift(d, -1),
        amount: -a,
        desc: `Neumáticos, factura proveedor ${inv}`,
        ref: inv,
        party: 'Jomvu Tyre Centre',
      },
      evidence: 'reference',
      traits: ['supplier-invoice', 'booked-early'],
    });
    const b = m.amount(8000000, 20000000, 100);
    const d2 = m.day(10, 18);
    const ref2 = `PL${r.digits(10)}`;
    m.match({
      line: {
        day: d2,
        amount: -b,
        text: 'PESALINK DR MIRITINI DIESEL GARAGE',
        ref: ref2,
        charges: [
          { amount: -9000, text: 'PESALINK CHARGE', ref: ref2, kind: 'charge' },
          { amount: -EXCISE(9000), text: 'EXCISE DUTY', ref: ref2, kind: 'tax' },
        ],
      },
      row: { day: d2, amount: -b, desc: 'Reparación motor camión KDA', ref: '', party: 'Miritini Diesel Garage' },
      evidence: 'counterparty',
      traits: ['name-only'],
    });
    // the container yard's two monthly stacking invoices, the same amount, paid the same day under one account no.
    const yard = r.digits(6);
    const y = m.amount(4000000, 9000000, 100);
    const d3 = m.day(12, 18);
    const refs = [`PL${r.digits(10)}`, `PL${r.digits(10)}`];
    m.twins(
      refs.map((rf) => ({
        day: d3,
        amount: -y,
        text: `PESALINK DR ICD YARD SERVICES ACC ${yard}`,
        ref: rf,
        charges: [
          { amount: -9000, text: 'PESALINK CHARGE', ref: rf, kind: 'charge' },
          { amount: -EXCISE(9000), text: 'EXCISE DUTY', ref: rf, kind: 'tax' },
        ],
      })),
      [0, 1].map(() => ({
        day: d3,
        amount: -y,
        desc: `Almacenaje contenedores, cuenta ${yard}`,
        ref: yard,
        party: 'ICD Yard Services',
      })),
      'reference',
      ['twins', 'same-amount-same-day'],
    );
  }
  // 8. standing orders: the truck loan (the clerk books it from the loan schedule) and insurance
  {
    const loan = r.digits(9);
    const a = m.amount(90000000, 150000000, 100);
    const d = m.day(3, 5);
    m.match({
      line: { day: d, amount: -a, text: `STANDING ORDER ASSET FINANCE LOAN ${loan}`, ref: `SO${loan}` },
      row: { day: d, amount: -a, desc: `Cuota préstamo camiones ${loan}`, ref: loan, party: 'I&M Bank' },
      evidence: 'reference',
      traits: ['standing-order', 'loan'],
    });
    const pol = r.digits(8);
    const p = m.amount(20000000, 40000000, 100);
    m.match({
      line: { day: m.shift(d, 1), amount: -p, text: `STANDING ORDER GIT INSURANCE POL ${pol}`, ref: `SO${pol}` },
      row: {
        day: m.shift(d, 1),
        amount: -p,
        desc: `Seguro mercancía en tránsito, póliza ${pol}`,
        ref: pol,
        party: 'Jubilee Allianz General Insurance',
      },
      evidence: 'reference',
      traits: ['standing-order', 'insurance'],
    });
  }
  // 9. payroll, KRA PAYE, NSSF, SHIF
  {
    const staff = r.int(30, 38);
    const net = m.amount(250000000, 380000000, 100);
    const b = r.digits(8);
    const d = m.days[n - 3];
    m.match({
      line: {
        day: d,
        amount: -net,
        text: `BULK EFT SALARIES MAR 2028 ${staff} PAYMENTS ${b}`,
        ref: `BP${b}`,
        charges: [
          { amount: -2500 * staff, text: 'BULK PAYMENT CHARGES', ref: `BP${b}`, kind: 'charge' },
          { amount: -EXCISE(2500 * staff), text: 'EXCISE DUTY', ref: `BP${b}`, kind: 'tax' },
        ],
      },
      row: { day: d, amount: -net, desc: `Nómina marzo, ${staff} empleados`, ref: `BP${b}`, party: '' },
      evidence: 'reference',
      traits: ['payroll'],
    });
    for (const [what, body, lo, hi] of [
      ['PAYE FEB 2028', 'Kenya Revenue Authority', 40000000, 70000000],
      ['NSSF FEB 2028', 'NSSF', 3000000, 6000000],
      ['SHIF FEB 2028', 'Social Health Authority', 4000000, 8000000],
    ]) {
      const prn = r.digits(11);
      const a = m.amount(lo, hi, 100);
      const d2 = m.day(5, 7);
      m.match({
        line: { day: d2, amount: -a, text: `${what} PRN ${prn}`, ref: prn },
        row: { day: d2, amount: -a, desc: `${what.split(' ')[0]} febrero`, ref: prn, party: body },
        evidence: 'reference',
        traits: ['statutory'],
      });
    }
  }
  // 10. bank lines the books lack: an unknown receipt, a card payment for a ferry crossing, the ledger fee
  m.none(
    {
      day: m.day(9, 15),
      amount: m.amount(1000000, 5000000, 100),
      text: 'PESALINK CR 0722 MOBILE',
      ref: `PL${r.digits(10)}`,
    },
    ['unknown-payer'],
  );
  m.none({ day: m.day(3, 15), amount: -m.amount(300000, 900000, 100), text: 'VISA POS KENYA FERRY SERVICES LIKONI' }, [
    'unbooked-card-purchase',
  ]);
  m.bankOnly({ day: last, amount: -30000, text: 'LEDGER FEE' }, 'charge');
  m.bankOnly({ day: last, amount: -EXCISE(30000), text: 'EXCISE DUTY ON LEDGER FEE' }, 'tax');
  // 11. the books only: a cheque to a spare-parts dealer not presented, a customer's RTGS booked from its advice
  m.bookOnly(
    {
      day: m.day(n - 4, n - 1),
      amount: -m.amount(5000000, 15000000, 100),
      desc: `Cheque ${r.digits(6)} repuestos`,
      ref: '',
      party: 'Kongowea Truck Spares',
    },
    'cheque issued, not yet presented',
  );
  m.bookOnly(
    {
      day: last,
      amount: m.amount(20000000, 50000000, 100),
      desc: `Cobro factura HL-${r.digits(4)} (aviso de pago)`,
      ref: '',
      party: 'Bandari Clearing & Forwarding Ltd',
    },
    'remittance advice booked before the money',
  );
}
