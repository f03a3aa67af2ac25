// NG: a private nursery, primary and secondary school in Lagos at the start of the first term (September).
// Parents pay termly fees by transfer, in cash at the branch and at the bursary's POS; some pay for two children in
// one transfer, some on an agreed instalment plan; a foundation pays its bursary pupils' share in one transfer.
// The bursar keeps the books in Fiken (Norwegian interface; the school's founders are a Norwegian-Nigerian trust).

const SURNAMES = [
  'Adeyemi',
  'Okonkwo',
  'Balogun',
  'Ezenwa',
  'Ogunleye',
  'Nwachukwu',
  'Bakare',
  'Ibekwe',
  'Oladipo',
  'Chukwuma',
  'Fashola',
  'Onyekachi',
  'Adebanjo',
  'Okafor',
  'Salami',
  'Uzodinma',
  'Akintola',
  'Obiora',
  'Lawal',
  'Nnamdi',
  'Ajayi',
  'Emenike',
  'Odunsi',
  'Anyanwu',
  'Oyelaran',
  'Ikechukwu',
  'Sowemimo',
  'Azikiwe',
  'Olatunji',
  'Mbanefo',
  'Durojaiye',
  'Ezeoke',
  'Kolawole',
  'Onwuzulike',
  'Ogundipe',
  'Iheanacho',
  'Adegoke',
  'Nwosu',
];
const PARENT = ['Funke', 'Chidi', 'Bola', 'Ngozi', 'Tunde', 'Amaka', 'Segun', 'Ifeoma', 'Kunle', 'Uche', 'Yemi'];
const CHILD = ['Tolu', 'Chiamaka', 'David', 'Esther', 'Daniel', 'Ada', 'Samuel', 'Tomi', 'Kelechi', 'Zainab', 'Ife'];
// termly tuition by section (naira): many families pay the very same amount
const FEES = [365000, 420000, 515000, 585000];
const NIP_FEE = (a) => (a <= 500000 ? 1000 : a <= 5000000 ? 2500 : 5000); // ₦10 / ₦25 / ₦50 by band
const VAT = (f) => Math.floor((f * 75 + 500) / 1000);

export function ngSchool(r, m) {
  const fams = r.shuffle(SURNAMES).map((s, i) => ({
    sur: s,
    parent: `${PARENT[i % PARENT.length]} ${s}`,
    // NIP shows the sender's account name surname first with initials; first names repeat across families
    shown: `${s.toUpperCase()} ${PARENT[i % PARENT.length][0]} ${CHILD[(i * 5) % CHILD.length][0]}`,
    child: `${CHILD[(i * 7) % CHILD.length]} ${s}`,
    child2: `${CHILD[(i * 7 + 3) % CHILD.length]} ${s}`,
    adm: r.digits(4),
    adm2: r.digits(4),
    fee: FEES[r.int(0, 3)] * 100,
    fee2: FEES[r.int(0, 2)] * 100,
  }));
  let f = 0;
  const fam = () => fams[f++];
  const session = () => r.digits(30);
  const emtl = (ref) => ({ amount: -5000, text: 'ELECTRONIC MONEY TRANSFER LEVY', ref, kind: 'levy' });
  const nipOut = (a, ref) => [
    { amount: -NIP_FEE(a), text: 'NIP TRANSFER FEE', ref, kind: 'charge' },
    { amount: -VAT(NIP_FEE(a)), text: 'VAT ON NIP TRANSFER FEE', ref, kind: 'fee-vat' },
  ];
  const feeDesc = (c, adm) => `Skolepenger 1. termin – ${c} (elevnr. ${adm})`;
  const early = m.days.slice(0, 12).length - 1;
  // most of the term's fees come in the first two weeks
  const feeDay = () => (r.next() < 0.75 ? m.day(0, early) : m.day());
  const payerText = (fa, how) =>
    how === 'adm'
      ? r.pick([`SCH FEES ${fa.adm}`, `FEES ADM${fa.adm}`, `1ST TERM ${fa.adm}`, `ADM NO ${fa.adm} FEES`])
      : r.pick([`SCHOOL FEES ${fa.sur.toUpperCase()}`, `1ST TERM FEES ${fa.child[0]}. ${fa.sur.toUpperCase()}`]);

  // 1. full fees by transfer quoting the admission number (the usual case)
  for (let i = 0; i < 16; i++) {
    const fa = fam();
    const d = feeDay();
    const s = session();
    m.match({
      line: {
        day: d,
        amount: fa.fee,
        text: `NIP FRM ${fa.shown}/${payerText(fa, 'adm')}`,
        ref: s,
        charges: [emtl(s)],
      },
      row: { day: d, amount: fa.fee, desc: feeDesc(fa.child, fa.adm), party: fa.parent },
      evidence: 'reference',
      traits: ['termly-fee', 'admission-number'],
    });
  }
  // 2. full fees quoting only the child's name: the surname is the only link, and the amount is shared by others
  for (let i = 0; i < 5; i++) {
    const fa = fam();
    const d = feeDay();
    const s = session();
    m.match({
      line: {
        day: d,
        amount: fa.fee,
        text: `NIP FRM ${fa.shown}/${payerText(fa, 'name')}`,
        ref: s,
        charges: [emtl(s)],
      },
      row: { day: m.shift(d, 1), amount: fa.fee, desc: feeDesc(fa.child, fa.adm), party: fa.parent },
      evidence: 'counterparty',
      traits: ['termly-fee', 'name-only', 'same-amount-other-families'],
    });
  }
  // 3. two children in one transfer, one receipt per child
  for (let i = 0; i < 3; i++) {
    const fa = fam();
    const d = feeDay();
    const s = session();
    const quote = i < 2;
    m.match({
      line: {
        day: d,
        amount: fa.fee + fa.fee2,
        text: quote ? `NIP FRM ${fa.shown}/FEES ${fa.adm} AND ${fa.adm2}` : `NIP FRM ${fa.shown}/FEES FOR MY 2 KIDS`,
        ref: s,
        charges: [emtl(s)],
      },
      rows: [
        { day: d, amount: fa.fee, desc: feeDesc(fa.child, fa.adm), party: fa.parent },
        { day: d, amount: fa.fee2, desc: feeDesc(fa.child2, fa.adm2), party: fa.parent },
      ],
      evidence: quote ? 'reference' : 'counterparty',
      traits: ['siblings-one-transfer', quote ? 'admission-number' : 'name-only'],
    });
  }
  // 4. agreed instalment plans: the first instalment (40-60 %) quoting the plan; booked as received
  for (let i = 0; i < 4; i++) {
    const fa = fam();
    const d = feeDay();
    const part = m.amount(Math.floor(fa.fee * 0.4), Math.floor(fa.fee * 0.6), 500000);
    const s = session();
    m.match({
      line: {
        day: d,
        amount: part,
        text: `NIP FRM ${fa.shown}/1ST INSTALMENT ${fa.adm}`,
        ref: s,
        charges: [emtl(s)],
      },
      row: {
        day: d,
        amount: part,
        desc: `Avdrag 1 av 3 (betalingsavtale) – ${fa.child} (elevnr. ${fa.adm})`,
        party: fa.parent,
      },
      evidence: 'reference',
      traits: ['instalment-plan'],
    });
  }
  // 5. a part payment the bursar receipted as the full term's fee: the receipt must be corrected first
  {
    const fa = fam();
    const d = m.day(2, 8);
    const part = m.amount(Math.floor(fa.fee * 0.55), Math.floor(fa.fee * 0.8), 100000);
    const s = session();
    m.match({
      line: {
        day: d,
        amount: part,
        text: `NIP FRM ${fa.shown}/PART FEES ${fa.adm}`,
        ref: s,
        charges: [emtl(s)],
      },
      row: { day: d, amount: fa.fee, desc: feeDesc(fa.child, fa.adm), party: fa.parent },
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'reference',
      traits: ['part-payment'],
    });
  }
  // 6. fees plus the PTA levy in one transfer; the bursar receipts them apart
  for (let i = 0; i < 2; i++) {
    const fa = fam();
    const d = feeDay();
    const s = session();
    m.match({
      line: {
        day: d,
        amount: fa.fee + 1500000,
        text: `NIP FRM ${fa.shown}/FEES+PTA ${fa.adm}`,
        ref: s,
        charges: [emtl(s)],
      },
      rows: [
        { day: d, amount: fa.fee, desc: feeDesc(fa.child, fa.adm), party: fa.parent },
        { day: d, amount: 1500000, desc: `Foreldrelag (PTA) kontingent – elevnr. ${fa.adm}`, party: fa.parent },
      ],
      evidence: 'reference',
      traits: ['fee-and-levy-one-transfer'],
    });
  }
  // 7. cash lodged at the branch by a parent (odd amounts; no EMTL on cash)
  for (let i = 0; i < 3; i++) {
    const fa = fam();
    const d = m.day(0, 14);
    const a = m.amount(8000000, 30000000, 500000);
    m.match({
      line: { day: d, amount: a, text: `CASH DEPOSIT BY ${fa.shown} - IKEJA BRANCH` },
      row: { day: d, amount: a, desc: `Kontant innbetalt i bank – skolepenger ${fa.child}`, party: fa.parent },
      evidence: 'counterparty',
      traits: ['cash-deposit', 'name-only'],
    });
  }
  // 8. a foundation's bursary: its share for three pupils in one transfer, quoting its award letter
  {
    const award = r.digits(5);
    const kids = [fam(), fam(), fam()];
    const parts = kids.map((k) => Math.floor(k.fee / 2));
    const d = m.day(3, 9);
    const s = session();
    parts.forEach(m.claim);
    m.match({
      line: {
        day: d,
        amount: parts.reduce((a, b) => a + b, 0),
        text: `NIP FRM EKO EDUCATION TRUST/BURSARY AWARD ${award}`,
        ref: s,
        charges: [emtl(s)],
      },
      rows: kids.map((k, i) => ({
        day: m.shift(d, 1),
        amount: parts[i],
        desc: `Stipend 50 % (tildeling ${award}) – ${k.child}`,
        party: 'Eko Education Trust',
      })),
      evidence: 'reference',
      traits: ['bursary', 'one-transfer-three-pupils'],
    });
  }
  // 9. a parent's cheque, then returned unpaid; the bursar receipted it and reversed the receipt
  {
    const fa = fam();
    const chq = r.digits(6);
    const d = m.day(1, 5);
    const back = m.shift(d, 3);
    m.match({
      line: { day: d, amount: fa.fee, text: `CLEARING CHQ DEP ${chq} ${fa.shown}`, ref: chq },
      row: { day: d, amount: fa.fee, desc: `Sjekk ${chq} – skolepenger ${fa.child}`, party: fa.parent },
      evidence: 'reference',
      traits: ['cheque'],
    });
    m.match({
      line: {
        day: back,
        amount: -fa.fee,
        text: `RETURNED CHQ ${chq} - DAIF`,
        ref: chq,
        charges: [{ amount: -500000, text: 'RETURNED CHEQUE CHARGE', ref: chq, kind: 'charge' }],
      },
      row: { day: back, amount: -fa.fee, desc: `Sjekk ${chq} returnert (DAIF) – ${fa.child}`, party: fa.parent },
      evidence: 'reference',
      traits: ['returned-cheque'],
    });
  }
  // 10. the bursary's POS terminal: the acquirer settles the day's takings net of 0.5 % (capped ₦1,000 a card)
  for (let i = 0; i < 3; i++) {
    const tid = `2MTS${r.digits(4)}`;
    const gross = m.amount(35000000, 90000000, 500000);
    const fee = Math.floor(gross / 200 / 4);
    const d = m.day(1, 15);
    const withId = i < 2;
    m.claim(gross - fee);
    m.match({
      line: {
        day: m.shift(d, 1),
        amount: gross - fee,
        text: withId ? `POS SETTLEMENT TID ${tid}` : 'POS SETTLEMENT - INTERSWITCH',
        ref: withId ? session() : '',
        charges: [emtl('')],
      },
      row: {
        day: d,
        amount: gross,
        desc: withId ? `Kortinnbetalinger terminal ${tid}` : 'Kortinnbetalinger bursar (POS)',
        party: 'Interswitch',
      },
      decision: withId ? 'auto' : 'suggest',
      mustNotAuto: withId ? undefined : false,
      evidence: withId ? 'reference' : 'counterparty',
      difference: withId ? -fee : undefined,
      traits: ['short-net-of-fee', withId ? 'settlement-id' : 'no-id'],
    });
  }
  // 11. an unknown receipt, an unreceipted school-bus contribution: no book row yet
  {
    const s = session();
    m.none(
      {
        day: m.day(5, 15),
        amount: m.amount(5000000, 20000000, 100000),
        text: 'NIP FRM OPAY/0803 TRANSFER',
        ref: s,
        charges: [emtl(s)],
      },
      ['unknown-payer'],
    );
  }
  // 12. suppliers: uniforms, textbooks, catering, diesel for the generator, a bus repair (by name)
  const suppliers = [
    ['Yaba Uniform Makers Ltd', 'YABA UNIFORM MAKERS', 'uniformer', 150000000, 400000000],
    ['Alausa Educational Books', 'ALAUSA EDUCATIONAL BOOKS', 'lærebøker', 200000000, 600000000],
    ['Mama Tolu Catering Services', 'MAMA TOLU CATERING', 'skolemat august', 80000000, 200000000],
    ['Agidingbi Diesel Depot', 'AGIDINGBI DIESEL DEPOT', 'diesel til aggregat', 60000000, 150000000],
  ];
  suppliers.forEach(([name, bankName, what, lo, hi], i) => {
    const a = m.amount(lo, hi, 100000);
    const inv = r.digits(5);
    const d = m.day(4, 18);
    const ref = `MTF${r.digits(9)}`;
    const quote = i < 3;
    m.match({
      line: {
        day: d,
        amount: -a,
        text: `NIP TRF TO ${bankName}/${quote ? `INV ${inv}` : 'SUPPLY'}`,
        ref,
        charges: nipOut(a, ref),
      },
      row: { day: quote ? d : m.shift(d, -1), amount: -a, desc: `${name} – faktura ${inv}, ${what}`, party: name },
      evidence: quote ? 'reference' : 'counterparty',
      traits: ['supplier-invoice', quote ? 'invoice-number' : 'name-only'],
    });
  });
  // 13. payroll (one bulk debit), PAYE to LIRS, pension via Remita
  {
    const staff = r.int(38, 46);
    const net = m.amount(1400000000, 1900000000, 100);
    const bt = r.digits(8);
    const d = m.days[m.days.length - 3];
    m.match({
      line: {
        day: d,
        amount: -net,
        text: `BULK TRF - SALARY SEP 2028 - ${staff} BENEFICIARIES - BT${bt}`,
        ref: `BT${bt}`,
        charges: [
          { amount: -2000 * staff, text: `BULK TRANSFER FEE (${staff})`, ref: `BT${bt}`, kind: 'charge' },
          { amount: -VAT(2000 * staff), text: 'VAT ON BULK TRANSFER FEE', ref: `BT${bt}`, kind: 'fee-vat' },
        ],
      },
      row: { day: d, amount: -net, desc: `Lønn september, ${staff} ansatte (batch BT${bt})`, party: '' },
      evidence: 'reference',
      traits: ['payroll'],
    });
    const paye = m.amount(120000000, 190000000, 100);
    const prn = r.digits(12);
    const d2 = m.day(5, 9);
    m.match({
      line: { day: d2, amount: -paye, text: `LIRS ETAX PAYE AUG 2028 REF ${prn}`, ref: prn },
      row: {
        day: d2,
        amount: -paye,
        desc: `Forskuddstrekk (PAYE) august – LIRS ref ${prn}`,
        party: 'Lagos State Internal Revenue Service',
      },
      evidence: 'reference',
      traits: ['statutory'],
    });
    const pen = m.amount(90000000, 140000000, 100);
    const rrr = r.digits(12);
    m.match({
      line: { day: m.shift(d2, 1), amount: -pen, text: `REMITA PENSION AUG 2028 RRR ${rrr}`, ref: rrr },
      row: {
        day: m.shift(d2, 1),
        amount: -pen,
        desc: `Pensjon august via Remita RRR ${rrr.slice(0, 4)}-${rrr.slice(4, 8)}-${rrr.slice(8)}`,
        party: 'Remita',
      },
      evidence: 'reference',
      traits: ['statutory', 'reference-written-differently'],
    });
  }
  // 14. the school bus loan with the bank: a standing order the bursar journals at month end
  {
    const loan = r.digits(10);
    const a = m.amount(45000000, 60000000, 100);
    const d = m.day(10, 14);
    m.match({
      line: { day: d, amount: -a, text: `STANDING ORDER - LOAN REPAYMENT ${loan}`, ref: loan },
      row: {
        day: m.days[m.days.length - 1],
        amount: -a,
        desc: `Avdrag billån skolebuss (lån ${loan})`,
        party: 'Mutual Trust MFB',
      },
      evidence: 'reference',
      traits: ['standing-order', 'booked-late'],
    });
  }
  // 15. Eko Electricity (postpaid account)
  {
    const acct = r.digits(11);
    const a = m.amount(25000000, 60000000, 100);
    const d = m.day(6, 16);
    m.match({
      line: { day: d, amount: -a, text: `BILLS PAYMENT - EKO ELECTRIC POSTPAID - ${acct}`, ref: `MTF${r.digits(9)}` },
      row: { day: d, amount: -a, desc: `Strøm august, kundenr. ${acct}`, party: 'Eko Electricity Distribution' },
      evidence: 'reference',
      traits: ['utility'],
    });
  }
  // 16. in the books, not yet at the bank: two cheques to suppliers not presented, a POS day not yet settled
  const last = m.days[m.days.length - 1];
  for (const [name, what] of [
    ['Lagos Sports Outfitters', 'idrettsutstyr'],
    ['Ikeja Stationery Hub', 'kontorrekvisita'],
  ]) {
    const chq = r.digits(6);
    m.bookOnly(
      {
        day: m.day(m.days.length - 6, m.days.length - 2),
        amount: -m.amount(20000000, 90000000, 100000),
        desc: `Sjekk ${chq} – ${name}, ${what}`,
        party: name,
      },
      'cheque issued, not yet presented',
    );
  }
  m.bookOnly(
    {
      day: last,
      amount: m.amount(20000000, 60000000, 500000),
      desc: `Kortinnbetalinger terminal 2MTS${r.digits(4)} (siste dag)`,
      party: 'Interswitch',
    },
    'POS takings of the last day, settled next month',
  );
  // 17. bank lines the books lack: interest on the account and its withholding tax, SMS alerts, maintenance fee
  const interest = m.amount(800000, 2500000);
  m.bankOnly({ day: last, amount: interest, text: 'CREDIT INTEREST SEP 2028' }, 'interest');
  m.bankOnly({ day: last, amount: -Math.floor(interest / 10), text: 'WHT ON CREDIT INTEREST' }, 'tax');
  const sms = r.int(70, 110);
  m.bankOnly({ day: last, amount: -400 * sms, text: `SMS ALERT CHARGES (${sms})` }, 'charge');
  const maint = m.amount(150000, 400000);
  m.bankOnly({ day: last, amount: -maint, text: 'ACCOUNT MAINTENANCE FEE' }, 'charge');
  m.bankOnly({ day: last, amount: -VAT(maint), text: 'VAT ON ACCOUNT MAINTENANCE FEE' }, 'fee-vat');
}
