// GH: a private clinic with a maternity ward at Kuntanase near Lake Bosomtwe. Most money comes from the NHIA and
// private health insurers, paying claims months late in batches with a remittance advice and short for disallowed
// claims; cash and MoMo from patients; a mining contractor's staff retainership. Books in Dinero (Danish interface:
// the clinic was founded with a Danish church's help and its Danish administrator keeps the books).

const INSURERS = [
  ['Acacia Health Insurance', 'ACACIA HEALTH INS'],
  ['GLICO Healthcare', 'GLICO HEALTHCARE'],
  ['Nationwide Medical Insurance', 'NATIONWIDE MEDICAL'],
  ['Premier Health Insurance', 'PREMIER HEALTH INS'],
];

export function ghClinic(r, m) {
  const last = m.days[m.days.length - 1];
  const n = m.days.length;
  // 1. NHIA claims: one transfer per claim month, short by the disallowed claims on the remittance advice
  for (const [mon, i] of [
    ['JUL', 0],
    ['AUG', 1],
  ]) {
    const batch = r.digits(7);
    const claimed = m.amount(4500000, 9500000, 100);
    const disallowed = Math.floor((claimed * r.int(25, 70)) / 1000);
    const d = m.day(4 + i * 6, 8 + i * 6);
    m.claim(claimed - disallowed);
    m.match({
      line: {
        day: d,
        amount: claimed - disallowed,
        text: `NHIA CLAIMS PAYMENT ${mon} 2028 BATCH ${batch}`,
        ref: `GIP${r.digits(9)}`,
      },
      // booked the day before, at the claimed amount, from the NHIA's payment notice
      row: {
        day: m.shift(d, -1),
        amount: claimed,
        desc: `NHIA betaling krav ${mon.toLowerCase()} 2028, batch ${batch} (betalingsmeddelelse)`,
        party: 'NHIA',
      },
      evidence: 'reference',
      difference: -disallowed,
      traits: ['short-disallowed-claims', 'remittance-advice', 'booked-early'],
    });
  }
  // 2. private insurers: one pays two months in one transfer; the others one month each; one short-pays
  INSURERS.forEach(([name, bank], i) => {
    const adv = `RA${r.digits(6)}`;
    const d = m.day(2, n - 3);
    if (i === 0) {
      const a1 = m.amount(800000, 2500000, 100);
      const a2 = m.amount(800000, 2500000, 100);
      m.match({
        line: { day: d, amount: a1 + a2, text: `INWARD GIP ${bank} ${adv} SEP+OCT CLAIMS`, ref: adv },
        rows: [
          { day: d, amount: a1, desc: `${name} krav september (${adv})`, party: name },
          { day: d, amount: a2, desc: `${name} krav oktober (${adv})`, party: name },
        ],
        evidence: 'reference',
        traits: ['remittance-advice', 'two-claim-months-one-transfer'],
      });
    } else if (i === 1) {
      const a = m.amount(900000, 2200000, 100);
      const short = Math.floor((a * r.int(40, 90)) / 1000);
      m.claim(a - short);
      m.match({
        line: { day: d, amount: a - short, text: `INWARD GIP ${bank} ${adv}`, ref: adv },
        row: { day: m.shift(d, -2), amount: a, desc: `${name} krav oktober (${adv})`, party: name },
        evidence: 'reference',
        difference: -short,
        traits: ['short-disallowed-claims', 'remittance-advice'],
      });
    } else if (i === 2) {
      // pays by name only; the advice came by e-mail and the books quote it, the bank line does not
      const a = m.amount(600000, 1800000, 100);
      m.match({
        line: { day: d, amount: a, text: `INWARD GIP ${bank} CLAIMS`, ref: '' },
        row: { day: d, amount: a, desc: `${name} krav oktober (${adv})`, party: name },
        evidence: 'counterparty',
        traits: ['name-only', 'remittance-advice'],
      });
    } else {
      const a = m.amount(600000, 1800000, 100);
      m.match({
        line: { day: d, amount: a, text: `INWARD GIP ${bank} ${adv}`, ref: adv },
        row: { day: m.shift(d, 2), amount: a, desc: `${name} krav oktober (${adv})`, party: name },
        evidence: 'reference',
        traits: ['remittance-advice', 'booked-late'],
      });
    }
  });
  // 3. the cashier lodges the week's cash takings with a deposit slip; the books quote the slip
  // twice a week: Tuesday's and Friday's lodgements
  for (let w = 0; w < 8; w++) {
    const slip = r.digits(6);
    const a = m.amount(300000, 1100000, 100);
    const d = m.days[Math.min(n - 2, Math.floor(w * 2.5) + 1)];
    m.match({
      line: { day: d, amount: a, text: `CASH DEPOSIT SLIP ${slip} - KUNTANASE`, ref: slip },
      row: { day: d, amount: a, desc: `Kontantindbetaling kasse, indbetalingsbilag ${slip}`, party: '' },
      evidence: 'reference',
      traits: ['cash-deposit'],
    });
  }
  // 4. MoMo merchant payouts net of 1 %: two with their id (gross booked), one without an id
  for (let i = 0; i < 6; i++) {
    const id = `MMP${r.digits(8)}`;
    const gross = m.amount(300000, 900000, 100);
    const fee = Math.floor(gross / 100);
    const d = m.day(3, n - 3);
    m.claim(gross - fee);
    m.match({
      line: {
        day: d,
        amount: gross - fee,
        text: i < 5 ? `MTN MOMO MERCHANT PAYOUT ${id}` : 'MTN MOMO MERCHANT PAYOUT',
        ref: i < 5 ? id : '',
      },
      row: {
        day: m.shift(d, -1),
        amount: gross,
        desc: i < 5 ? `MoMo betalinger patienter (${id})` : 'MoMo betalinger patienter',
        party: 'MTN MoMo',
      },
      decision: i < 5 ? 'auto' : 'suggest',
      mustNotAuto: i < 5 ? undefined : false,
      evidence: i < 5 ? 'reference' : 'counterparty',
      difference: i < 5 ? -fee : undefined,
      traits: ['short-net-of-fee', i < 5 ? 'settlement-id' : 'no-id'],
    });
  }
  // 5. the retainership: a contractor's monthly invoice for its staff's care, paid quoting our invoice
  {
    const inv = r.digits(5);
    const a = m.amount(1500000, 4000000, 100);
    const d = m.day(6, 12);
    m.match({
      line: { day: d, amount: a, text: `INWARD GIP ASANTE GOLDFIELDS SERVICES INV LC${inv}`, ref: `GIP${r.digits(9)}` },
      row: {
        day: d,
        amount: a,
        desc: `Faktura LC-${inv} personaleordning oktober`,
        party: 'Asante Goldfields Services Ltd',
      },
      evidence: 'reference',
      traits: ['retainership', 'invoice-number'],
    });
  }
  // 6. a patient's relative pays a maternity bill in two transfers; the clinic booked the bill once
  {
    const inv = r.digits(5);
    const a = m.amount(250000, 600000, 1000);
    const half = Math.floor(a / 2 / 1000) * 1000;
    const d = m.day(5, 10);
    m.match({
      lines: [
        { day: d, amount: half, text: `INWARD GIP YAW OSEI-BONSU BILL LC${inv}`, ref: `GIP${r.digits(9)}` },
        {
          day: m.shift(d, 6),
          amount: a - half,
          text: `INWARD GIP YAW OSEI-BONSU BAL LC${inv}`,
          ref: `GIP${r.digits(9)}`,
        },
      ],
      row: { day: m.shift(d, 6), amount: a, desc: `Faktura LC-${inv} fødselsafdeling`, party: 'Yaw Osei-Bonsu' },
      evidence: 'reference',
      traits: ['instalment'],
    });
  }
  // 7. an unknown receipt
  m.none(
    {
      day: m.day(8, 14),
      amount: m.amount(50000, 300000, 100),
      text: 'INWARD GIP FROM 0244 MOBILE',
      ref: `GIP${r.digits(9)}`,
    },
    ['unknown-payer'],
  );
  // 8. suppliers: drugs, lab reagents (cheques mostly, as a rural bank's customers do), oxygen
  const sup = [
    ['Kumasi Pharma Distributors Ltd', 'KUMASI PHARMA DISTRIB', 'medicin'],
    ['Labcare Diagnostics Ghana', 'LABCARE DIAGNOSTICS', 'laboratoriereagenser'],
    ['Ashanti Oxygen Supplies', 'ASHANTI OXYGEN', 'ilt'],
  ];
  sup.forEach(([name, bank, what], i) => {
    const a = m.amount(800000, 3500000, 100);
    const inv = r.digits(5);
    const chq = r.digits(6);
    const d = m.day(3, n - 6);
    if (i < 2) {
      m.match({
        line: { day: m.shift(d, 3), amount: -a, text: `CHEQUE ${chq} PAID`, ref: chq },
        row: { day: d, amount: -a, desc: `Check ${chq} ${name}, faktura ${inv} (${what})`, party: name },
        evidence: 'reference',
        traits: ['cheque', 'presented-later'],
      });
    } else {
      const ref = `BRB${r.digits(9)}`;
      m.match({
        line: {
          day: d,
          amount: -a,
          text: `OUTWARD GIP ${bank}`,
          ref,
          charges: [{ amount: -500, text: 'GIP TRANSFER FEE', ref, kind: 'charge' }],
        },
        row: { day: d, amount: -a, desc: `${name} faktura ${inv} (${what})`, party: name },
        evidence: 'counterparty',
        traits: ['name-only', 'supplier-invoice'],
      });
    }
  });
  // 9. last month's cheque to a supplier, presented now (the books paid it in October)
  m.none({ day: m.day(1, 4), amount: -m.amount(700000, 1500000, 100), text: `CHEQUE ${r.digits(6)} PAID`, ref: '' }, [
    'prior-period',
  ]);
  // 10. payroll by the bank's bulk service, SSNIT, GRA PAYE, ECG
  {
    const staff = r.int(22, 30);
    const net = m.amount(9000000, 14000000, 100);
    const blk = r.digits(7);
    const d = m.days[n - 3];
    m.match({
      line: {
        day: d,
        amount: -net,
        text: `SALARY BULK PAYMENT NOV 2028 ${staff} STAFF BLK${blk}`,
        ref: `BLK${blk}`,
        charges: [{ amount: -150 * staff, text: `BULK PAYMENT FEE (${staff})`, ref: `BLK${blk}`, kind: 'charge' }],
      },
      row: { day: d, amount: -net, desc: `Løn november, ${staff} ansatte (BLK${blk})`, party: '' },
      evidence: 'reference',
      traits: ['payroll'],
    });
    const empl = r.digits(9);
    const ss = m.amount(1200000, 2000000, 100);
    const d2 = m.day(6, 9);
    m.match({
      line: { day: d2, amount: -ss, text: `SSNIT CONTRIBUTION OCT 2028 EMP ${empl}`, ref: `BRB${r.digits(9)}` },
      row: { day: d2, amount: -ss, desc: `SSNIT oktober, arbejdsgivernr. ${empl}`, party: 'SSNIT' },
      evidence: 'reference',
      traits: ['statutory'],
    });
    const prn = r.digits(12);
    const paye = m.amount(700000, 1300000, 100);
    m.match({
      line: { day: m.shift(d2, 2), amount: -paye, text: `GRA PAYE OCT 2028 PRN ${prn}`, ref: prn },
      row: {
        day: m.shift(d2, 2),
        amount: -paye,
        desc: `A-skat (PAYE) oktober, GRA PRN ${prn}`,
        party: 'Ghana Revenue Authority',
      },
      evidence: 'reference',
      traits: ['statutory'],
    });
    const meter = r.digits(11);
    const ecg = m.amount(250000, 700000, 100);
    const d3 = m.day(10, 16);
    m.match({
      line: { day: d3, amount: -ecg, text: `ECG POSTPAID BILL ${meter}`, ref: `BRB${r.digits(9)}` },
      row: { day: d3, amount: -ecg, desc: `El (ECG) oktober, konto ${meter}`, party: 'ECG' },
      evidence: 'reference',
      traits: ['utility'],
    });
  }
  // 11. a standing order for the ultrasound machine's lease
  {
    const lease = r.digits(8);
    const a = m.amount(400000, 900000, 100);
    const d = m.day(0, 3);
    m.match({
      line: { day: d, amount: -a, text: `STANDING ORDER MEDIEQUIP LEASING ${lease}`, ref: `SO${lease}` },
      row: { day: d, amount: -a, desc: `Leasing ultralydsscanner, kontrakt ${lease}`, party: 'MediEquip Leasing Ltd' },
      evidence: 'reference',
      traits: ['standing-order'],
    });
  }
  // 12. a failed transfer to a locum doctor, reversed, and sent again
  {
    const a = m.amount(300000, 600000, 1000);
    const ref1 = `BRB${r.digits(9)}`;
    const ref2 = `BRB${r.digits(9)}`;
    const d = m.day(12, 16);
    m.reversal(
      { day: d, amount: -a, text: 'OUTWARD GIP DR KWAME ADJEI LOCUM', ref: ref1 },
      { day: m.shift(d, 1), amount: a, text: 'REVERSAL OUTWARD GIP DR KWAME ADJEI - NAME MISMATCH', ref: ref1 },
      ['failed-transfer'],
    );
    m.match({
      line: {
        day: m.shift(d, 2),
        amount: -a,
        text: 'OUTWARD GIP DR KWAME ADJEI LOCUM',
        ref: ref2,
        charges: [{ amount: -500, text: 'GIP TRANSFER FEE', ref: ref2, kind: 'charge' }],
      },
      row: { day: d, amount: -a, desc: 'Honorar vagtlæge Kwame Adjei', party: 'Kwame Adjei' },
      evidence: 'counterparty',
      traits: ['resent-after-reversal'],
    });
  }
  // 13. in the books only: two cheques not presented, the last day's cash lodged after hours
  for (const [name, what] of [
    ['Bosomtwe Medical Stores', 'forbindingsmaterialer'],
    ['Kuntanase Water Services', 'vandtank'],
  ]) {
    const chq = r.digits(6);
    m.bookOnly(
      {
        day: m.day(n - 5, n - 2),
        amount: -m.amount(200000, 900000, 100),
        desc: `Check ${chq} ${name} (${what})`,
        party: name,
      },
      'cheque issued, not yet presented',
    );
  }
  m.bookOnly(
    {
      day: last,
      amount: m.amount(400000, 1200000, 100),
      desc: `Kontantindbetaling kasse (sidste dag), indbetalingsbilag ${r.digits(6)}`,
      party: '',
    },
    'cash lodged on the last day, credited next month',
  );
  // 14. the bank's own lines
  m.bankOnly({ day: last, amount: -m.amount(3000, 9000), text: 'COMMISSION ON TURNOVER' }, 'charge');
  m.bankOnly({ day: last, amount: -3000, text: 'SMS ALERT CHARGES' }, 'charge');
  m.bankOnly({ day: last, amount: -2500, text: 'ACCOUNT MAINTENANCE FEE' }, 'charge');
  m.bankOnly({ day: m.day(2, 6), amount: -12000, text: 'CHEQUE BOOK ISSUE 50 LEAVES' }, 'charge');
}
