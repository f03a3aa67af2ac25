// ZA: a veterinary practice in Lenasia, Johannesburg, banking with ICICI Bank's Johannesburg branch and keeping its
// books in Refrens.
import { csv, dateText, grouped, later, xlsx } from './lib49.mjs';

export default {
  set: 'za-icici-refrens',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  year: 2031,
  mon: 9,
  holidays: ['2031-09-24'],
  bankName: 'ICICI Bank Ltd, Johannesburg Branch',
  packageName: 'Refrens (ledger of the bank account ICICI Bank Current A/c, exported to CSV)',
  business:
    'a small-animal and farm-call veterinary practice in Lenasia, Johannesburg (consultations, surgery, vaccinations, pet-insurance claims, an SPCA sterilisation contract, livestock call-outs)',
  bankFile: 'icici-7702-sep2031.xlsx',
  ledgerFile: 'refrens-icici-current-sep2031.csv',
  ledgerAccount: 'ICICI Bank Current A/c',

  notes: [
    "iKhokha payouts are net of 2.75 % against the week's card takings posted gross: suggest, not auto.",
    'The Vetpath Laboratories EFT was returned for an invalid branch code and paid again; the book row is dated at the first attempt.',
    'Mokoena Livestock rounded its payment up: auto with the over-payment as the difference.',
    "24 September (Heritage Day) is a closed day. The books open below the bank by August's Vetmed payment, released on 1 September.",
  ],

  build(b) {
    const { m, draw, fixed, line, row, say, onlyInBooks } = b;
    const eftFee = (L) => {
      say(line({ date: L.date, text: 'CHG/EFT PAYMENT FEE', amount: -750 }), {
        decision: 'bank-only',
        kind: 'charge',
        traits: ['bank-only'],
      });
      return L;
    };
    let rv = 612;
    let pv = 388;
    const rec = (date, party, narration, amount) =>
      row({ date, ref: `RV/31-32/${rv++}`, type: 'Receipt', party, desc: narration, amount });
    const pay = (date, party, narration, amount, type = 'Payment') =>
      row({ date, ref: `PV/31-32/${pv++}`, type, party, desc: narration, amount });
    const auto = (L, rows, evidence, traits, extra = {}) =>
      say(L, { decision: 'auto', ledger: rows, evidence, traits, ...extra });
    const cr = (d, text, amount, extra = {}) => line({ date: m.wd(d), text: `EFT/CR/${text}`, amount, ...extra });
    const dr = (d, text, amount) => eftFee(line({ date: m.wd(d), text: `EFT/DR/${text}`, amount }));

    // last month's supplier payment, released on the first working day
    const lm = -draw(9000, 14000, 1);
    say(dr(1, 'VETMED DISTRIBUTORS/AUG STMT', lm), { decision: 'none', traits: ['prior-period'] });

    // pet insurers pay claims: one EFT for two claims, another for one
    const c1 = draw(2500, 4800, 1);
    const c2 = draw(1200, 2600, 1);
    auto(
      cr(3, `DOTSURE PET INSURANCE/CLM 44102 44117`, c1 + c2),
      [
        rec(m.wd(3), 'Dotsure Pet Insurance', 'Claim 44102 - Max (Govender) TPLO follow-up', c1),
        rec(m.wd(3), 'Dotsure Pet Insurance', 'Claim 44117 - Luna (Naidoo) dental', c2),
      ],
      'reference',
      ['reference-hit', 'split-one-to-many'],
    );
    const c3 = draw(3000, 6500, 1);
    auto(
      cr(12, 'MEDIPET/CLAIM MP-887103', c3),
      [rec(m.wd(12), 'Medipet', 'Claim MP-887103 - Simba (Patel) fracture repair', c3)],
      'reference',
      ['reference-hit'],
    );
    const c4 = draw(1500, 3500, 1);
    auto(
      cr(22, 'DOTSURE PET INSURANCE/CLM 44209', c4),
      [rec(m.wd(22), 'Dotsure Pet Insurance', 'Claim 44209 - Coco (Moosa) skin biopsy', c4)],
      'reference',
      ['reference-hit'],
    );

    // the SPCA pays its sterilisation invoice in two EFTs (its payment run splits at R20,000); one receipt in the books
    const spca = draw(26000, 34000, 100);
    const s1 = fixed(2000000);
    const S1 = cr(15, 'SOWETO SPCA/INV 23141 PMT 1', s1);
    const S2 = cr(16, 'SOWETO SPCA/INV 23141 PMT 2', spca - s1);
    const SR = rec(S2.date, 'Soweto SPCA', 'Invoice 23141 August sterilisation campaign (two EFTs)', spca);
    for (const L of [S1, S2]) auto(L, [SR], 'reference', ['split-many-to-one'], { group: 'spca-23141' });

    // clients by invoice, and by name
    for (const [d, who, inv, lo, hi] of [
      [2, 'R GOVENDER', '23126', 1500, 3500],
      [9, 'F MOOSA', '23138', 800, 1900],
      [17, 'T DLAMINI', '23152', 2500, 5500],
      [24, 'S ISMAIL', '23155', 700, 1400],
    ]) {
      const a = draw(lo, hi, 1);
      const L = cr(d, `${who}/INV${inv}`, a);
      auto(
        L,
        [
          rec(
            L.date,
            who.replace(/^(\w) (\w)(\w+)$/, (_, i, f, r) => `${f}${r.toLowerCase()}, ${i}.`),
            `Invoice ${inv}`,
            a,
          ),
        ],
        'reference',
        ['reference-hit', 'reference-written-differently'],
      );
    }
    for (const [d, who, party, desc, lo, hi] of [
      [8, 'BELLA NAIDOO', 'Naidoo, Kumaran', 'Bella - spay and microchip', 1800, 2600],
      [19, 'ZAHEER CASSIM', 'Cassim, Zaheer', 'Rex - consultation and bloods', 900, 1500],
      [30, 'NOMSA KHUMALO', 'Khumalo, Nomsa', 'Tiger - cat bite abscess, follow-up', 650, 1100],
    ]) {
      const a = draw(lo, hi, 1);
      auto(cr(d, who, a), [rec(m.wd(d), party, desc, a)], 'counterparty', ['partner-name', 'name-only']);
    }

    // a farmer rounds up his call-out bill
    const farm = draw(3100, 3900, 1);
    const farmPaid = fixed((Math.floor(farm / 10000) + 1) * 10000);
    auto(
      cr(10, 'MOKOENA LIVESTOCK/INV23144', farmPaid),
      [rec(m.wd(10), 'Mokoena Livestock', 'Invoice 23144 herd TB test call-out', farm)],
      'reference',
      ['reference-hit', 'over-payment'],
      { difference: farmPaid - farm },
    );

    // a breeder pays part; the receipt was captured as the whole invoice
    const brInv = draw(7000, 9500, 100);
    const brPaid = fixed(Math.round(brInv / 2 / 50000) * 50000);
    say(cr(18, 'GOLDCREST KENNELS/PART', brPaid), {
      decision: 'suggest',
      ledger: [rec(m.wd(18), 'Goldcrest Kennels', 'Invoice 23149 litter vaccinations and microchips', brInv)],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['part-payment', 'partner-name'],
    });

    // a tie: two dogs' equal vaccination bills, one paid by name
    const vac = draw(600, 900, 1);
    const V1 = rec(m.wd(2), 'Moodley, Anisha', 'Invoice 23129 Zeus annual vaccination', vac);
    const V2 = rec(m.wd(2), 'Moodley, Anisha', 'Invoice 23130 Hera annual vaccination', vac);
    say(cr(23, 'A MOODLEY', vac), {
      decision: 'suggest',
      ledger: null,
      anyOf: [[V1], [V2]],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['tie-refused', 'partner-name'],
    });

    // twins: a boarding kennel pays two equal sterilisations the same day, separately
    const st = draw(1100, 1500, 1);
    const K1 = cr(11, 'RIDGEVIEW BOARDING KENNELS', st);
    const K2 = cr(11, 'RIDGEVIEW BOARDING KENNELS', st);
    const KR1 = rec(m.wd(11), 'Ridgeview Boarding Kennels', 'Invoice 23145 castration (Bruno)', st);
    const KR2 = rec(m.wd(11), 'Ridgeview Boarding Kennels', 'Invoice 23146 castration (Duke)', st);
    for (const L of [K1, K2])
      say(L, {
        decision: 'auto',
        ledger: null,
        anyOf: [[KR1], [KR2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['twins-never-merged', 'partner-name'],
      });

    // the decoy: a family trust of the same surname sends a client's exact amount
    const kp = draw(2000, 3200, 1);
    auto(
      cr(25, 'KAVITHA PILLAY/INV 23158', kp),
      [rec(m.wd(25), 'Pillay, Kavitha', 'Invoice 23158 Milo - cruciate consult', kp)],
      'reference',
      ['reference-hit'],
    );
    say(cr(26, 'PILLAY FAMILY TRUST', kp), { decision: 'none', decoy: true, traits: ['decoy', 'same-amount'] });

    // an unknown deposit
    say(cr(29, 'MAGIC TYRES', draw(400, 900, 1)), { decision: 'none', traits: ['unknown-receipt'] });

    // card takings: iKhokha pays out weekly net of its fee; the books post the week's card sales gross
    for (const [d, span] of [
      [1, '25-31 Aug'],
      [8, '1-7 Sep'],
      [15, '8-14 Sep'],
      [22, '15-21 Sep'],
      [29, '22-28 Sep'],
    ]) {
      const g = draw(14000, 26000, 1);
      const n = g - Math.round(g * 0.0275);
      const L = cr(d, `IKHOKHA PAYOUT/${span.replace(/ /g, '')}`, n);
      say(L, {
        decision: 'suggest',
        ledger: [rec(later(m.from, m.addWd(L.date, -1)), 'iKhokha card sales', `Card takings ${span}`, g)],
        evidence: 'counterparty',
        mustNotAuto: false,
        traits: ['net-of-fee'],
      });
    }
    onlyInBooks(rec(m.to, 'iKhokha card sales', 'Card takings 29-30 Sep', draw(5000, 9000, 1)), 'paid out next month');

    // cash takings banked with a cash deposit fee
    for (const d of [5, 19]) {
      const a = draw(2500, 5000, 10);
      const L = line({ date: m.wd(d), text: 'CASH DEPOSIT/LENASIA BRANCH/RECEPTION TAKINGS', amount: a });
      auto(L, [rec(L.date, 'Cash sales', 'Reception takings banked', a)], 'counterparty', ['partner-name']);
      say(line({ date: L.date, text: 'CHG/CASH DEPOSIT FEE', amount: -fixed(4500) }), {
        decision: 'bank-only',
        kind: 'charge',
        traits: ['bank-only'],
      });
    }

    // a supplier EFT returned for a wrong branch code, paid again
    const lab = -draw(4500, 7500, 1);
    const R1 = dr(4, 'VETPATH LABORATORIES/STMT AUG', lab);
    const R2 = line({ date: m.wd(8), text: 'EFT/RTN/VETPATH LABORATORIES/INVALID BRANCH CODE', amount: -lab });
    say(R1, { decision: 'reversal-pair', partner: R2, traits: ['returned-transfer'] });
    say(R2, { decision: 'reversal-pair', partner: R1, traits: ['returned-transfer'] });
    auto(
      dr(9, 'VETPATH LABORATORIES/STMT AUG', lab),
      [pay(m.wd(4), 'Vetpath Laboratories', 'August statement VP-20831', lab)],
      'counterparty',
      ['partner-name', 'sent-again'],
    );

    // suppliers
    for (const [d, text, party, narr, lo, hi, ev, tr] of [
      [
        5,
        'VETMED DISTRIBUTORS/INV VM418802',
        'Vetmed Distributors',
        'Invoice VM418802 vaccines and antibiotics',
        12000,
        19000,
        'reference',
        ['reference-hit'],
      ],
      [
        19,
        'VETMED DISTRIBUTORS/INV VM419377',
        'Vetmed Distributors',
        'Invoice VM419377 anaesthetics and sutures',
        8000,
        13000,
        'reference',
        ['reference-hit'],
      ],
      [
        17,
        'ONDERSTEPOORT BIOLOGICAL PRODUCTS/SO 77120',
        'Onderstepoort Biological Products',
        'Sales order 77120 livestock vaccines',
        3000,
        5500,
        'reference',
        ['reference-hit'],
      ],
      [
        12,
        'PETFOOD DIRECT',
        'Petfood Direct',
        'Prescription diets for resale',
        5000,
        8500,
        'counterparty',
        ['partner-name', 'name-only'],
      ],
      [
        26,
        'A HOOSEN LOCUM VET',
        'Dr A Hoosen (locum)',
        'Locum vet 3 days, Dr Hoosen',
        7000,
        10000,
        'counterparty',
        ['partner-name'],
      ],
    ]) {
      const a = -draw(lo, hi, 1);
      const L = dr(d, text, a);
      auto(L, [pay(L.date, party, narr, a)], ev, tr);
    }
    // statutory and the city
    for (const [d, text, party, narr, lo, hi] of [
      [5, 'SARS EMP201/PRN 7140778412A0831', 'SARS', 'EMP201 August PRN 7140778412A0831', 14000, 19000],
      [25, 'SARS VAT201/PRN 4410982215V0831', 'SARS', 'VAT201 Jul-Aug PRN 4410982215V0831', 9000, 16000],
      [
        10,
        'CITY OF JOHANNESBURG/ACC 552018834',
        'City of Johannesburg',
        'Rates, electricity and water account 552018834',
        6000,
        9500,
      ],
    ]) {
      const a = -draw(lo, hi, 1);
      const L = dr(d, text, a);
      auto(L, [pay(L.date, party, narr, a)], 'reference', ['reference-hit']);
    }
    // salaries
    const sal = -draw(62000, 78000, 1);
    const SL = line({ date: m.wd(25), text: 'EFT/BATCH/SALARIES SEP 2031/BATCH 0925', amount: sal });
    auto(SL, [pay(SL.date, 'Staff salaries', 'September salaries batch 925', sal, 'Journal')], 'reference', [
      'reference-hit',
    ]);
    say(line({ date: SL.date, text: 'CHG/BATCH PAYMENT FEE 6 ITEMS', amount: -fixed(2700) }), {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['bank-only'],
    });

    // debit orders: rent, X-ray lease, medical waste, internet
    for (const [d, text, party, narr, lo, hi, ev, tr] of [
      [
        1,
        'DO/ROSHNEE PROPERTIES/RENT SEP',
        'Roshnee Properties',
        'Rent September, 12 Nirvana Drive',
        18000,
        22000,
        'counterparty',
        ['partner-name'],
      ],
      [
        1,
        'DO/VETEQUIP FINANCE/LEASE LX30517',
        'Vetequip Finance',
        'X-ray unit lease LX30517 instalment',
        4500,
        6500,
        'reference',
        ['reference-hit'],
      ],
      [
        15,
        'DO/ENVIROMED WASTE/ACC EMW2208',
        'Enviromed Waste',
        'Medical waste removal, account EMW2208',
        900,
        1500,
        'reference',
        ['reference-hit'],
      ],
      [
        3,
        'DO/VOX TELECOM/FIBRE',
        'Vox Telecom',
        'Fibre and VoIP September',
        1100,
        1700,
        'counterparty',
        ['partner-name'],
      ],
    ]) {
      const a = -draw(lo, hi, 1);
      auto(line({ date: m.wd(d), text, amount: a }), [pay(m.wd(d), party, narr, a)], ev, tr);
    }

    // a card spend nobody booked; transfer to the notice deposit; a payment dated the last day leaving in October
    say(line({ date: m.wd(16), text: 'POS/TAKEALOT.COM/JHB', amount: -draw(600, 1200, 1) }), {
      decision: 'none',
      traits: ['unbooked-expense'],
    });
    const nd = fixed(-2500000);
    auto(
      line({ date: m.wd(26), text: 'TRF/OWN A/C 32-DAY NOTICE ND-3907', amount: nd }),
      [pay(m.wd(26), 'ICICI 32-day notice', 'Transfer to notice deposit ND-3907', nd, 'Contra')],
      'reference',
      ['reference-hit', 'own-account'],
    );
    onlyInBooks(
      pay(m.to, 'Vetmed Distributors', 'Invoice VM420011 flea and tick stock (EFT 1 Oct)', -draw(6000, 9000, 1)),
      'EFT released next month',
    );

    // month-end
    say(line({ date: m.wd(30), text: 'CHG/MONTHLY SERVICE FEE', amount: -fixed(12500) }), {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['bank-only'],
    });
    say(line({ date: m.wd(30), text: 'INT/CREDIT INTEREST SEP', amount: fixed(draw(80, 160, 1)) }), {
      decision: 'bank-only',
      kind: 'interest',
      traits: ['bank-only'],
    });
    return { openingBank: 9500000, bookOffset: lm };
  },

  // ICICI Bank detailed statement (its internet banking's layout, in ZAR) as XLSX: title rows, header row 6, a serial
  // number column, value date before transaction date, remarks, withdrawal and deposit, legends below.
  writeBank(lines) {
    const out = [
      ['DETAILED STATEMENT'],
      [],
      ['Transactions List - LENZ VETERINARY CLINIC (PTY) LTD (ZAR) - 0000****7702'],
      ['Transaction Period: From 01/09/2031 To 30/09/2031'],
      [],
      [
        'S No.',
        'Value Date',
        'Transaction Date',
        'Cheque Number',
        'Transaction Remarks',
        'Withdrawal Amount (ZAR )',
        'Deposit Amount (ZAR )',
        'Balance (ZAR )',
      ],
    ];
    const headerRow = out.length;
    lines.forEach((L, i) => {
      out.push([
        String(i + 1),
        dateText(L.valueDate, 'dmy/'),
        dateText(L.date, 'dmy/'),
        '',
        L.text,
        L.amount < 0 ? { n: -L.amount } : { n: 0 },
        L.amount > 0 ? { n: L.amount } : { n: 0 },
        { n: L.balance },
      ]);
      L.row = out.length;
      L.readText = L.text;
      L.readRef = null;
    });
    out.push([]);
    out.push(['Legends Used in Account Statement']);
    out.push([
      'EFT - Electronic funds transfer; DO - Debit order; CHG - Bank charge; INT - Interest; RTN - Returned item',
    ]);
    return {
      content: xlsx('OpTransactionHistory', out, [6, 12, 14, 14, 52, 20, 20, 16]),
      headerRow,
      layout:
        'ICICI Bank detailed statement XLSX (sheet OpTransactionHistory): title rows, header row 6 S No., Value Date, Transaction Date, Cheque Number (empty), Transaction Remarks, Withdrawal Amount (ZAR ), Deposit Amount (ZAR ), Balance (ZAR ); text dates dd/mm/yyyy; number cells with 0.00 in the unused money column; no opening or closing row; a legends block below the lines',
      order: 'oldest-first',
      readOptions: {
        currency: 'ZAR',
        sheet: 'OpTransactionHistory',
        dateOrder: 'DMY',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Transaction Remarks',
          moneyOut: 'Withdrawal Amount (ZAR )',
          moneyIn: 'Deposit Amount (ZAR )',
          balance: 'Balance (ZAR )',
        },
      },
    };
  },

  // Refrens ledger of the bank account (assumed shape) as CSV: title rows, header row 5, dd-Mon-yyyy, Debit = money
  // into the bank, balances with Dr/Cr, a dated Opening Balance row.
  writeBooks(rows, { opening }) {
    const drcr = (a) => `${grouped(a)} ${a < 0 ? 'Cr' : 'Dr'}`;
    const out = [
      ['Lenz Veterinary Clinic (Pty) Ltd'],
      ['Ledger: ICICI Bank Current A/c'],
      ['01-Sep-2031 to 30-Sep-2031'],
      [],
      ['Date', 'Voucher Type', 'Voucher No.', 'Particulars', 'Narration', 'Debit', 'Credit', 'Balance'],
      ['01-Sep-2031', '', '', 'Opening Balance', '', '', '', drcr(opening)],
    ];
    const nonEntryRows = [{ row: 6, why: 'opening balance of the ledger, not an entry' }];
    for (const R of rows) {
      out.push([
        dateText(R.date, 'd-Mon-y'),
        R.type,
        R.ref,
        R.party,
        R.desc,
        R.amount > 0 ? grouped(R.amount) : '',
        R.amount < 0 ? grouped(R.amount) : '',
        drcr(R.balance),
      ]);
      R.row = out.length;
      R.readDesc = R.desc;
      R.readRef = R.ref;
      R.readParty = R.party;
    }
    return {
      content: csv(out, { bom: true }),
      headerRow: 5,
      nonEntryRows,
      layout:
        'Refrens ledger of the bank account as CSV (UTF-8 with BOM): three title rows, header row 5 Date, Voucher Type, Voucher No., Particulars, Narration, Debit, Credit, Balance; dd-Mon-yyyy; Debit = money into the bank; grouped amounts; balances written with Dr/Cr; a dated Opening Balance row',
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          reference: 'Voucher No.',
          party: 'Particulars',
          description: 'Narration',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
    };
  },
};
