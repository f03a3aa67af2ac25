// Atimbo Court Hotel Ltd, Calabar — December 2033 (carnival month). Ekondo MFB statement (XLSX, newest first)
// against IDS Next's general-ledger account statement of 1120 (CSV).
import { Month, asNumber, csvText, dateText, grouped, pctOf, xlsxBuffer } from './lib52.mjs';

const N = (naira, kobo = 0) => naira * 100 + kobo;
const NIP_FEE = (amt) => (Math.abs(amt) <= N(5000) ? N(10, 75) : Math.abs(amt) <= N(50000) ? N(26, 88) : N(53, 75));

export function build(d) {
  const m = new Month({ from: '2033-12-01', to: '2033-12-31', holidays: ['2033-12-26', '2033-12-27'] });
  // NIP session id: sender bank code (6), yymmddHHmmss (12), serial (12)
  const two = (n) => String(n).padStart(2, '0');
  const session = (date) =>
    `090097${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${two(d.int(7, 22))}${two(d.int(0, 59))}${two(d.int(0, 59))}${String(d.int(1, 999999)).padStart(6, '0')}${String(d.int(1, 999999)).padStart(6, '0')}`;
  const emtl = (l) => {
    if (l.amount >= N(10000))
      m.bankOnly(
        m.line({
          date: l.date,
          amount: -N(50),
          text: 'ELECTRONIC MONEY TRANSFER LEVY',
          reference: l.reference,
          anyDay: l.anyDay,
        }),
        'levy',
        ['emtl'],
      );
  };
  const nipIn = (date, name, narr, amount, anyDay = false) => {
    const l = m.line({
      date,
      amount,
      text: `NIP/FRM ${name}${narr ? `/${narr}` : ''}`,
      reference: session(date),
      anyDay,
    });
    emtl(l);
    return l;
  };
  const fee = (l) => {
    m.bankOnly(
      m.line({
        date: l.date,
        amount: -NIP_FEE(l.amount),
        text: 'NIP CHARGE+VAT',
        reference: l.reference,
        anyDay: l.anyDay,
      }),
      'charge',
      ['nip-fee'],
    );
  };
  const nipOut = (date, name, narr, amount) => {
    const l = m.line({
      date,
      amount: -amount,
      text: `NIP/TO ${name}${narr ? `/${narr}` : ''}`,
      reference: session(date),
    });
    fee(l);
    return l;
  };
  const rv = (date, amount, ref, desc, party) => m.row({ date, amount, ref, desc, party, extra: { type: 'Receipt' } });
  const pv = (date, amount, ref, desc, party) =>
    m.row({ date, amount: -amount, ref, desc, party, extra: { type: 'Payment' } });

  // --- OTA payouts (Hotels.ng weekly, net of 15 % commission; Wakanow monthly per booking)
  const hng = [
    ['2033-12-01', 55821, N(1146550)],
    ['2033-12-08', 56190, N(1285200)],
    ['2033-12-15', 56544, N(1593750)],
    ['2033-12-22', 56903, N(2011400)],
    ['2033-12-29', 57260, N(2468900)],
  ];
  for (const [date, po, net] of hng) {
    const l = nipIn(date, 'HOTELS.NG LIMITED', po === 56544 ? 'PAYOUT 56544' : `PAYOUT HNG-PO-${po}`, net);
    if (po === 56190) {
      const gross = N(1512000);
      const vg = 'hng56190';
      const a = m.row({
        date,
        amount: gross,
        ref: `HNG-PO-${po}`,
        desc: 'Hotels.ng bookings 28/11-04/12 (gross)',
        party: 'Hotels.ng Limited',
        extra: { type: 'Receipt', vg },
      });
      const b = m.row({
        date,
        amount: net - gross,
        ref: `HNG-PO-${po}`,
        desc: 'Hotels.ng commission 15% on payout',
        party: 'OTA Commission',
        extra: { type: 'Receipt', vg },
      });
      m.match(l, [a, b], {
        evidence: 'reference',
        decision: 'auto',
        traits: ['ref-canonical', 'net-of-commission-booked-gross', 'split-one-to-many'],
      });
    } else if (po === 57260) {
      m.none(l, ['not-yet-posted']);
    } else if (po === 56903) {
      m.match(l, rv('2033-12-23', net, `HNG-PO-${po}`, `Hotels.ng remittance stays 12/12-18/12`, 'Hotels.ng Limited'), {
        evidence: 'reference',
        decision: 'auto',
        traits: ['ref-canonical', 'late-posting'],
      });
    } else {
      m.match(l, rv(date, net, `HNG-PO-${po}`, 'Hotels.ng remittance, net of commission', 'Hotels.ng Limited'), {
        evidence: 'reference',
        decision: 'auto',
        traits: [po === 56544 ? 'ref-serial-only' : 'ref-canonical'],
      });
    }
  }
  {
    const bk = [
      ['WK1128734', 'Mr & Mrs Ukpong', N(214200)],
      ['WK1129011', 'Dr Chika Eze', N(137700)],
      ['WK1129450', 'Mr Tunde Bakare', N(306000)],
    ];
    const l = nipIn(
      '2033-12-09',
      'WAKANOW.COM LIMITED',
      'HTL SETTLEMENT NOV 2033',
      bk.reduce((s, b) => s + b[2], 0),
    );
    const rows = bk.map(([ref, guest, amt]) =>
      rv('2033-12-09', amt, ref, `Wakanow booking ${ref} ${guest} (net)`, 'Wakanow.com Limited'),
    );
    m.match(l, rows, { evidence: 'counterparty', decision: 'suggest', traits: ['name-only', 'split-one-to-many'] });
  }

  // --- corporate accounts (invoices ACH/INV/33/nnnn)
  {
    const l = nipIn('2033-12-02', 'OBONG PETROLEUM SERV', 'INV1178', N(1300000));
    m.match(
      l,
      rv(
        '2033-12-02',
        N(1284000),
        'ACH/INV/33/1178',
        'Obong Petroleum Services – rooms 14-20/11',
        'Obong Petroleum Services Ltd',
      ),
      { evidence: 'reference', decision: 'auto', traits: ['ref-year-serial-joined', 'over-payment'] },
    );
  }
  {
    const l = nipIn('2033-12-06', 'SEAPORT DREDGING NIG LTD', 'INV 1192 1195', N(1862500));
    const vg = 'sdn';
    const a = m.row({
      date: '2033-12-06',
      amount: N(1112500),
      ref: 'ACH/INV/33/1192',
      desc: 'Seaport Dredging – crew rooms Nov',
      party: 'Seaport Dredging Nig Ltd',
      extra: { type: 'Receipt', vg },
    });
    const b = m.row({
      date: '2033-12-06',
      amount: N(750000),
      ref: 'ACH/INV/33/1195',
      desc: 'Seaport Dredging – crew rooms Nov (2)',
      party: 'Seaport Dredging Nig Ltd',
      extra: { type: 'Receipt', vg },
    });
    m.match(l, [a, b], { evidence: 'reference', decision: 'auto', traits: ['ref-serial-only', 'split-one-to-many'] });
  }
  {
    const l = nipIn('2033-12-13', 'TINAPA LOGISTICS SERVICES', 'ACH INV 1201 LESS CN 41', N(875000));
    const vg = 'tls';
    const a = m.row({
      date: '2033-12-12',
      amount: N(968750),
      ref: 'ACH/INV/33/1201',
      desc: 'Tinapa Logistics – conference 24-26/11',
      party: 'Tinapa Logistics Services Ltd',
      extra: { type: 'Receipt', vg },
    });
    const b = m.row({
      date: '2033-12-12',
      amount: -N(93750),
      ref: 'ACH/CN/33/041',
      desc: 'Credit note – projector not supplied 25/11',
      party: 'Tinapa Logistics Services Ltd',
      extra: { type: 'Receipt', vg },
    });
    m.match(l, [a, b], {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-no-padding', 'invoice-less-credit-note'],
    });
  }
  {
    const l = m.line({
      date: '2033-12-14',
      amount: N(2042500),
      text: 'REMITA/CRS MINISTRY OF TOURISM/PYMT INV1186 LESS WHT',
      reference: '330488127710',
    });
    emtl(l);
    m.match(
      l,
      rv(
        '2033-12-14',
        N(2150000),
        'ACH/INV/33/1186',
        'CRS Ministry of Tourism – carnival officials 01-05/12',
        'Cross River State Ministry of Tourism',
      ),
      { evidence: 'reference', decision: 'suggest', traits: ['ref-year-serial-joined', 'short-withholding-tax-5pct'] },
    );
  }
  {
    const l = nipIn('2033-12-20', 'AKPABUYO LOCAL GOVT COUNCIL', 'PART PYMT INV/1183', N(500000));
    m.match(
      l,
      rv(
        '2033-12-19',
        N(842500),
        'ACH/INV/33/1183',
        'Akpabuyo LGC – retreat rooms and hall',
        'Akpabuyo Local Government Council',
      ),
      { evidence: 'reference', decision: 'suggest', traits: ['ref-slashes', 'part-payment'] },
    );
  }
  {
    const l = nipIn('2033-12-28', 'UNICAL BUSINESS SCHOOL', 'inv 1209 conf hall', N(735000));
    m.match(
      l,
      rv(
        '2033-12-28',
        N(735000),
        'ACH/INV/33/1209',
        'UNICAL Business School – hall hire 15/12',
        'University of Calabar Business School',
      ),
      { evidence: 'reference', decision: 'auto', traits: ['ref-lowercase', 'ref-serial-only'] },
    );
  }

  // --- guests' advance deposits (reservation numbers), written as guests write them
  {
    const l = nipIn('2033-12-03', 'EKPO NSE JAMES', 'RES 45021 DEPOSIT', N(180000), true);
    m.match(l, rv('2033-12-02', N(180000), 'RES-45021', 'Advance deposit – Mr Nse Ekpo, arr 18/12', 'Guest deposits'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-spaces'],
    });
  }
  {
    const l = nipIn('2033-12-05', 'ADAOBI OKAFOR', 'hotel booking', N(96000));
    m.match(
      l,
      rv('2033-12-05', N(96000), 'RES-45066', 'Advance deposit – Ms Adaobi Okafor, arr 22/12', 'Guest deposits'),
      { evidence: 'counterparty', decision: 'auto', traits: ['name-only'] },
    );
  }
  {
    const a = nipIn('2033-12-10', 'ANIEDI ETIM-EDET', 'CARNIVAL ROOMS', N(264000), true);
    const b = nipIn('2033-12-10', 'ANIEDI ETIM-EDET', 'CARNIVAL ROOMS', N(264000), true);
    const r1 = rv(
      '2033-12-08',
      N(264000),
      'RES-45102',
      'Advance deposit – Mrs Aniedi Etim-Edet, room 1 (26-31/12)',
      'Guest deposits',
    );
    const r2 = rv(
      '2033-12-08',
      N(264000),
      'RES-45103',
      'Advance deposit – Mrs Aniedi Etim-Edet, room 2 (26-31/12)',
      'Guest deposits',
    );
    m.match(a, null, {
      evidence: 'counterparty',
      decision: 'auto',
      anyOf: [[r1], [r2]],
      traits: ['twins', 'name-only'],
    });
    m.match(b, null, {
      evidence: 'counterparty',
      decision: 'auto',
      anyOf: [[r1], [r2]],
      traits: ['twins', 'name-only'],
    });
  }
  {
    const l = nipIn('2033-12-12', 'OKON AND SONS NIG ENT', '', N(240000));
    const r1 = rv(
      '2033-12-07',
      N(240000),
      'HALL-0311',
      'Hall deposit – Okon & Sons Nig Ent, end-of-year party 20/12',
      'Okon & Sons Nig Ent',
    );
    const r2 = rv(
      '2033-12-09',
      N(240000),
      'HALL-0316',
      'Hall deposit – Okon & Sons Nig Ent, staff AGM 28/12',
      'Okon & Sons Nig Ent',
    );
    m.match(l, null, {
      evidence: 'counterparty',
      decision: 'suggest',
      mustNotAuto: true,
      anyOf: [[r1], [r2]],
      traits: ['tie', 'name-only'],
    });
  }
  {
    const l = nipIn('2033-12-16', 'BASSEY EFFIONG VENTURES', 'SUPPLY', N(150000));
    m.none(l, ['decoy-similar-name']);
    m.ledgerOnly(
      rv(
        '2033-12-14',
        N(150000),
        'RES-45230',
        'Advance deposit – Mr Effiong Bassey (transfer promised by phone)',
        'Guest deposits',
      ),
      "deposit posted on the guest's word; the money has not arrived",
    );
  }
  {
    const l = nipIn('2033-12-18', 'IFEOMA NWACHUKWU', 'res no. 45277', N(72500), true);
    m.match(l, rv('2033-12-19', N(72500), 'RES-45277', 'Advance deposit – Mrs Ifeoma Nwachukwu', 'Guest deposits'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-lowercase', 'late-posting'],
    });
  }
  {
    const l = nipIn('2033-12-21', 'OKOKON EDIDIONG', '', N(310000));
    m.match(
      l,
      rv('2033-12-21', N(310000), 'RES-45311', 'Advance deposit – Dr Edidiong Okokon, family suite', 'Guest deposits'),
      { evidence: 'counterparty', decision: 'auto', traits: ['name-only'] },
    );
  }
  m.none(nipIn('2033-12-23', '0803***4512', 'TRANSFER', N(45000)), ['unknown-receipt']);

  // --- front-desk POS: the night auditor closes a batch, the acquirer settles it gross the next working day
  const batches = [
    ['0211', '2033-12-02'],
    ['0212', '2033-12-06'],
    ['0213', '2033-12-09'],
    ['0214', '2033-12-13'],
    ['0215', '2033-12-16'],
    ['0216', '2033-12-20'],
    ['0217', '2033-12-23'],
    ['0218', '2033-12-29'],
  ];
  let posGross = 0;
  for (const [batch, sales] of batches) {
    const amt = d.round(380000, 1240000, 50);
    posGross += amt;
    const settle = m.working(sales, 1);
    const l = m.line({
      date: settle,
      amount: amt,
      text: `POS STLM/TID 2EKM0417/BATCH ${batch}/${dateText(sales, 'dd-MON-yy')}`,
      reference: `STL${batch}${sales.slice(8)}`,
    });
    emtl(l);
    if (batch === '0214') {
      // the auditor keyed the batch total with two digits swapped
      const s = String(amt / 100);
      const typo = Number(s.slice(0, 1) + s[2] + s[1] + s.slice(3)) * 100;
      const bookAmt = Math.max(typo, amt + N(9000));
      m.match(
        l,
        rv(
          sales,
          bookAmt,
          `B${batch}`,
          `POS takings – TID 2EKM0417 batch ${batch} (${dateText(sales, 'dd/mm')})`,
          'Front desk POS',
        ),
        { evidence: 'reference', decision: 'suggest', traits: ['pos-settlement', 'settled-next-day', 'book-typo'] },
      );
    } else {
      m.match(
        l,
        rv(
          sales,
          amt,
          `B${batch}`,
          `POS takings – TID 2EKM0417 batch ${batch} (${dateText(sales, 'dd/mm')})`,
          'Front desk POS',
        ),
        { evidence: 'reference', decision: 'auto', traits: ['pos-settlement', 'settled-next-day'] },
      );
    }
  }
  const msc = Math.min(pctOf(posGross, 50), N(1000) * 40);
  m.bankOnly(
    m.line({ date: '2033-12-30', amount: -msc, text: 'POS MSC DEC-33 TID 2EKM0417', reference: 'MSC1233' }),
    'charge',
    ['pos-msc'],
  );
  m.bankOnly(
    m.line({ date: '2033-12-30', amount: -pctOf(msc, 750), text: 'VAT ON POS MSC DEC-33', reference: 'MSC1233' }),
    'fee-vat',
    ['vat-on-fee'],
  );

  // --- website bookings through Paystack: settled next working day, net of 1.5 % + N100 (capped N2,000) a payment
  const paystackNet = (payments) => payments.reduce((s, p) => s + p - Math.min(pctOf(p, 150) + N(100), N(2000)), 0);
  {
    const pays = [N(96000), N(132000), N(184000)];
    const l = nipIn('2033-12-06', 'PAYSTACK PAYMENTS LIMITED', 'STL ATIMBO COURT 0512', paystackNet(pays));
    m.match(
      l,
      rv(
        '2033-12-05',
        pays.reduce((s, p) => s + p, 0),
        'WEB-0512',
        'Online bookings via Paystack 05/12 (3)',
        'Paystack',
      ),
      { evidence: 'counterparty', decision: 'suggest', traits: ['short-net-of-fee', 'settled-next-day'] },
    );
  }
  {
    const days = [
      ['2033-12-16', [N(72500), N(150000)]],
      ['2033-12-17', [N(264000)]],
      ['2033-12-18', [N(96000), N(48000)]],
    ];
    const l = nipIn(
      '2033-12-19',
      'PAYSTACK PAYMENTS LIMITED',
      'STL ATIMBO COURT 1618',
      paystackNet(days.flatMap((x) => x[1])),
    );
    const rows = days.map(([date, p]) =>
      rv(
        '2033-12-19',
        p.reduce((s, x) => s + x, 0),
        `WEB-${date.slice(8)}12`,
        `Online bookings via Paystack ${dateText(date, 'dd/mm')} (${p.length})`,
        'Paystack',
      ),
    );
    m.match(l, rows, {
      evidence: 'counterparty',
      decision: 'suggest',
      traits: ['short-net-of-fee', 'split-one-to-many'],
    });
  }

  // --- cash banked by the cashiers
  {
    const parts = [
      ['Restaurant cash sales 02/12', N(148300)],
      ['Bar cash sales 02/12', N(96250)],
      ['Cash settlement folio 22417 – Mr Asuquo Ita', N(127500)],
    ];
    const l = m.line({
      date: '2033-12-05',
      amount: parts.reduce((s, p) => s + p[1], 0),
      text: 'CASH DEP/BY OKORIE JOY',
      reference: 'TLR04/5518',
    });
    const rows = parts.map(([desc, amt]) => rv('2033-12-03', amt, '', desc, 'Cash takings'));
    m.match(l, rows, {
      evidence: 'amount',
      decision: 'suggest',
      traits: ['amount-only', 'several-receipts-banked-together', 'split-one-to-many'],
    });
  }
  {
    const l = m.line({
      date: '2033-12-19',
      amount: N(684500),
      text: 'CASH DEP/BY OKORIE JOY/DS 0091',
      reference: 'TLR02/6107',
    });
    m.match(
      l,
      rv('2033-12-19', N(684500), 'DS0091', 'Cash banked – takings 17-18/12, deposit slip 0091', 'Cash takings'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-spaces'] },
    );
  }
  {
    const parts = [
      ['Cash takings 24/12 – Christmas Eve dinner', N(412000)],
      ['Cash takings 25/12 – Christmas lunch', N(538500)],
    ];
    const l = m.line({
      date: '2033-12-28',
      amount: N(412000) + N(538500),
      text: 'CASH DEP/BY EYO PATIENCE',
      reference: 'TLR01/6422',
    });
    const rows = parts.map(([desc, amt], i) => rv(i ? '2033-12-25' : '2033-12-24', amt, '', desc, 'Cash takings'));
    m.match(l, rows, {
      evidence: 'amount',
      decision: 'suggest',
      traits: ['amount-only', 'several-receipts-banked-together', 'split-one-to-many'],
    });
  }

  // --- diesel (AGO) for the generators
  {
    const l = nipOut('2033-12-02', 'ESUK MBA ENERGY LTD', 'WB 3318 AGO 2000L', N(2184000));
    m.match(
      l,
      pv('2033-12-01', N(2184000), 'WB3318', 'AGO 2,000L – Esuk Mba Energy, waybill 3318', 'Esuk Mba Energy Ltd'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-spaces'] },
    );
  }
  {
    const r = pv(
      '2033-12-09',
      N(3276000),
      'WB3342',
      'AGO 3,000L – Esuk Mba Energy, waybill 3342',
      'Esuk Mba Energy Ltd',
    );
    const first = m.line({
      date: '2033-12-09',
      amount: -N(3276000),
      text: 'NIP/TO ESUK MBA ENERGY LTD/WAYBILL 3342',
      reference: session('2033-12-09'),
    });
    const firstFee = m.line({
      date: '2033-12-09',
      amount: -N(53, 75),
      text: 'NIP CHARGE+VAT',
      reference: first.reference,
    });
    const back = m.line({
      date: '2033-12-09',
      amount: N(3276000),
      text: 'NIP REVERSAL/ESUK MBA ENERGY LTD/WAYBILL 3342/BENEFICIARY BANK UNAVAILABLE',
      reference: first.reference,
    });
    const backFee = m.line({
      date: '2033-12-09',
      amount: N(53, 75),
      text: 'REV NIP CHARGE+VAT',
      reference: first.reference,
    });
    m.reversal(first, back, ['failed-transfer']);
    m.reversal(firstFee, backFee, ['fee-reversed']);
    const again = nipOut('2033-12-12', 'ESUK MBA ENERGY', 'WB3342 RESEND', N(3276000));
    m.match(again, r, { evidence: 'reference', decision: 'auto', traits: ['ref-canonical', 'resent-after-reversal'] });
  }
  {
    const l = nipOut('2033-12-20', 'ESUK MBA ENERGY LTD', '', N(2730000));
    m.match(
      l,
      pv('2033-12-19', N(2730000), 'WB3397', 'AGO 2,500L – Esuk Mba Energy, waybill 3397', 'Esuk Mba Energy Ltd'),
      { evidence: 'counterparty', decision: 'auto', traits: ['name-only'] },
    );
  }
  {
    const l = nipOut('2033-12-28', 'ESUK MBA ENERGY LTD', 'AGO', N(2184000));
    m.match(
      l,
      pv('2033-12-28', N(2184000), 'WB3420', 'AGO 2,000L – Esuk Mba Energy, waybill 3420', 'Esuk Mba Energy Ltd'),
      { evidence: 'counterparty', decision: 'auto', traits: ['name-only', 'same-amount-earlier-paid'] },
    );
  }

  // --- December salaries, paid early for Christmas as one bulk upload (one line a head, one charge line)
  const staff = [
    ['UDO BASSEY', 'Udo Bassey', N(285000)],
    ['GRACE EDEM', 'Grace Edem', N(240000)],
    ['EMMANUEL INYANG', 'Emmanuel Inyang', N(195000)],
    ['MERCY ARCHIBONG', 'Mercy Archibong', N(150000)],
    ['JOY OKORIE', 'Joy Okorie', N(120000)],
    ['BLESSING ASUQUO', 'Blessing Asuquo', N(85000)],
    ['NKOYO EFFIOM', 'Nkoyo Effiom', N(85000)],
    ['SUNDAY EWA', 'Sunday Ewa', N(110000)],
    ['PATIENCE EYO', 'Patience Eyo', N(80000)],
  ];
  for (const [upper, name, net] of staff) {
    const l = m.line({
      date: '2033-12-22',
      amount: -net,
      text: `BULK TRF/SAL DEC 2033/${upper}`,
      reference: 'BLK33122201',
    });
    m.match(l, pv('2033-12-22', net, 'SAL-DEC33', `December 2033 salary – ${name}`, 'Salaries & Wages'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only', 'bulk-payment'],
    });
  }
  m.bankOnly(
    m.line({
      date: '2033-12-22',
      amount: -staff.length * N(53, 75),
      text: `BULK TRF CHG ${staff.length} ITEMS`,
      reference: 'BLK33122201',
    }),
    'charge',
    ['bulk-fee'],
  );

  // --- taxes and pension
  {
    const l = nipOut('2033-12-12', 'CRIRS PAYE COLLECTION', 'NOV 2033 TIN 10442871', N(186450));
    m.match(l, pv('2033-12-12', N(186450), 'TIN 10442871', 'PAYE November 2033 – Cross River IRS', 'PAYE Payable'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = m.line({
      date: '2033-12-19',
      amount: -N(742880),
      text: 'REMITA/CRIRS/HOTEL CONSUMPTION TAX NOV33/RRR 3107-4412-9983',
      reference: '310744129983',
    });
    m.match(
      l,
      pv(
        '2033-12-16',
        N(742880),
        'RRR310744129983',
        'Hotel occupancy & consumption tax Nov 2033 – CRIRS',
        'Consumption Tax Payable',
      ),
      { evidence: 'reference', decision: 'auto', traits: ['ref-spaces', 'late-bank'] },
    );
    m.bankOnly(
      m.line({ date: '2033-12-19', amount: -N(161, 25), text: 'REMITA SERVICE CHARGE', reference: '310744129983' }),
      'charge',
      ['remita-fee'],
    );
  }
  {
    const l = nipOut('2033-12-12', 'PREMIUM PENSION LTD', 'PENCOM NOV33 EMPLOYER PR0000412', N(158400));
    m.match(
      l,
      pv('2033-12-12', N(158400), 'PR0000412', 'Pension remittance Nov 2033 – Premium Pension', 'Pension Payable'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical'] },
    );
  }

  // --- kitchen, bar and running costs
  for (const [date, amt, bookDate] of [
    ['2033-12-05', N(215000), '2033-12-03'],
    ['2033-12-14', N(342500), '2033-12-14'],
    ['2033-12-23', N(188000), '2033-12-22'],
  ]) {
    const l = nipOut(date, 'MADAM NKOYO ASUQUO', 'FOODSTUFF', amt);
    m.match(l, pv(bookDate, amt, '', `Foodstuff, Watt Market – Madam Nkoyo Asuquo`, 'Kitchen provisions'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only'],
    });
  }
  {
    const l = nipOut('2033-12-15', 'ESIT EKET FISHERIES', 'INV EF-2291', N(268000));
    m.match(
      l,
      pv('2033-12-15', N(268000), 'EF-2291', 'Fresh fish and periwinkle – Esit Eket Fisheries', 'Kitchen provisions'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-spaces'] },
    );
  }
  {
    const l = nipOut('2033-12-07', 'UWANSE DRINKS DEPOT', 'INV 7781 7790', N(1436000));
    const vg = 'uwanse';
    const a = m.row({
      date: '2033-12-07',
      amount: -N(812000),
      ref: 'UDD-7781',
      desc: 'Drinks – Uwanse Drinks Depot inv 7781',
      party: 'Uwanse Drinks Depot',
      extra: { type: 'Payment', vg },
    });
    const b = m.row({
      date: '2033-12-07',
      amount: -N(624000),
      ref: 'UDD-7790',
      desc: 'Drinks – Uwanse Drinks Depot inv 7790',
      party: 'Uwanse Drinks Depot',
      extra: { type: 'Payment', vg },
    });
    m.match(l, [a, b], { evidence: 'reference', decision: 'auto', traits: ['ref-serial-only', 'split-one-to-many'] });
  }
  {
    const l = nipOut('2033-12-01', 'MULTICHOICE NIGERIA', 'SC 7024418871 DSTV HOSPITALITY', N(412000));
    m.match(
      l,
      pv('2033-12-01', N(412000), '7024418871', 'DStv hospitality bouquet Dec – smartcard 7024418871', 'Cable TV'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-canonical'] },
    );
  }
  {
    const l = nipOut('2033-12-07', 'PHED', 'ACCT 0311882471', N(388640));
    m.match(l, pv('2033-12-06', N(388640), '0311882471', 'Electricity Nov 2033 – PHED a/c 0311882471', 'Electricity'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = nipOut('2033-12-15', 'ENGR BASSEY OKON', 'GEN SERVICE', N(145000));
    m.match(
      l,
      pv('2033-12-15', N(145000), '', 'Generator servicing (2 sets) – Engr Okon Bassey', 'Repairs & Maintenance'),
      { evidence: 'counterparty', decision: 'auto', traits: ['name-only', 'name-order-swapped'] },
    );
  }
  {
    const l = m.line({
      date: '2033-12-06',
      amount: -N(96750),
      text: 'CHQ 000215 CLEARED/CALABAR CLEANING SUPPLIES',
      reference: '000215',
    });
    m.match(l, pv('2033-12-02', N(96750), 'CHQ 000215', 'Laundry chemicals – Calabar Cleaning Supplies', 'Laundry'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['cheque-number'],
    });
  }
  m.ledgerOnly(
    pv('2033-12-30', N(350000), 'CHQ 000219', 'Carnival float decoration – Ekpe Masquerade Band', 'Marketing'),
    'cheque not yet presented',
  );
  m.none(
    m.line({
      date: '2033-12-16',
      amount: -N(62350),
      text: 'POS PURCHASE/SPAR CALABAR MALL/CARD 5061****4412',
      reference: '334916207741',
    }),
    ['unrecorded-card-purchase'],
  );

  // --- month-end charges
  const debits = m.lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
  const amf = pctOf(debits, 10);
  m.bankOnly(
    m.line({ date: '2033-12-30', amount: -amf, text: 'ACCOUNT MAINTENANCE FEE DEC 2033', reference: 'AMF1233' }),
    'charge',
    ['maintenance-fee'],
  );
  m.bankOnly(
    m.line({
      date: '2033-12-30',
      amount: -pctOf(amf, 750),
      text: 'VAT ON ACCOUNT MAINTENANCE FEE',
      reference: 'AMF1233',
    }),
    'fee-vat',
    ['vat-on-fee'],
  );
  m.bankOnly(
    m.line({
      date: '2033-12-30',
      amount: -N(4) * (m.lines.length + 3),
      text: 'SMS ALERT CHARGES DEC 2033',
      reference: 'SMS1233',
    }),
    'charge',
    ['sms-alerts'],
  );

  const meta = {
    set: 'ng-ekondo-idsnext',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    business:
      "a 42-room hotel on Atimbo Road, Calabar, in carnival month (OTA payouts net of commission, front-desk POS batches, website bookings through Paystack, corporate and government accounts, guests' advance deposits, diesel for the generators)",
    bankFile: {
      file: 'ekondo-1100826-dec2033.xlsx',
      bank: 'Ekondo Microfinance Bank Ltd',
      layout: 'Ekondo MFB customer account statement (XLSX; title block, newest first, Debit/Credit/Balance)',
      order: 'newest-first',
      ledgerAccount: '1120',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Trans. Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Ref. No.',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      openingBalanceMinor: N(4836420, 55),
    },
    ledgerFile: {
      file: 'idsnext-gl-1120-dec2033.csv',
      package:
        'IDS Next FMS (Accounts → General Ledger → Account Statement of 1120 Ekondo MFB Current A/c, exported to CSV)',
      layout:
        'IDS Next general-ledger account statement (CSV; title rows, an Opening Balance row, Total and Closing Balance rows)',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Voucher Date',
          description: ['Particulars', 'Narration'],
          reference: 'Chq/Ref No.',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
      },
      hasParty: false,
      openingBalanceMinor: N(4836420, 55),
    },
    notes: [
      'Book rows of a receipt allocated to several documents (two invoices, an invoice and its credit note, an OTA payout booked gross with its commission) are the allocation lines of one voucher, as the export writes them.',
      'POS batches are booked on the sales day by the night auditor and settled gross the next working day; the MSC is charged once at month end.',
      'Paystack settlements are net of 1.5 % + N100 (capped N2,000) a payment; the books hold the gross website bookings.',
      'The tie (Okon & Sons, two hall deposits of N240,000) leaves one of the two rows open: either is right, so neither is listed as ledger-only.',
    ],
  };
  return { meta, month: m, writeBank, writeLedger };
}

function writeBank(lines, { opening, closing }) {
  const head = [
    ['EKONDO MICROFINANCE BANK LIMITED'],
    ['Calabar Main Branch, 32 Marian Road, Calabar, Cross River State'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Name:', 'ATIMBO COURT HOTEL LTD'],
    ['Account No.:', '1100****826'],
    ['Currency:', 'NGN'],
    ['Period:', '01-Dec-2033 to 31-Dec-2033'],
    ['Opening Balance:', grouped(opening)],
    ['Closing Balance:', grouped(closing)],
    [],
    ['Trans. Date', 'Value Date', 'Narration', 'Ref. No.', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = head.length;
  const rowOf = new Map();
  const body = [...lines].reverse().map((l, i) => {
    rowOf.set(l, headerRow + 1 + i);
    const num = (minor) => ({ t: 'n', v: asNumber(minor), z: '#,##0.00' });
    return [
      dateText(l.date, 'dd-Mon-yyyy'),
      dateText(l.valueDate, 'dd-Mon-yyyy'),
      l.text,
      l.reference ?? '',
      l.amount < 0 ? num(-l.amount) : '',
      l.amount > 0 ? num(l.amount) : '',
      num(l.balance),
    ];
  });
  const tail = [[], ['*** End of Statement ***']];
  return { data: xlsxBuffer('Statement', [...head, ...body, ...tail]), rowOf, headerRow };
}

function writeLedger(rows, { opening, closing }) {
  const head = [
    ['Atimbo Court Hotel Ltd'],
    ['General Ledger - Account Statement'],
    ['Account : 1120 Ekondo MFB Current A/c'],
    ['From 01/12/2033 To 31/12/2033'],
    [],
    [
      'Voucher Date',
      'Voucher No.',
      'Voucher Type',
      'Particulars',
      'Narration',
      'Chq/Ref No.',
      'Debit',
      'Credit',
      'Balance',
    ],
  ];
  const headerRow = head.length;
  const out = [
    ...head,
    ['01/12/2033', '', '', 'Opening Balance', '', '', grouped(opening), '', `${grouped(opening)} Dr`],
  ];
  const nonEntryRows = [{ row: headerRow + 1, why: 'opening balance of the account, not an entry' }];
  const rowOf = new Map();
  const vouchers = new Map();
  let rvN = 1411;
  let pvN = 862;
  let bal = opening;
  let dr = 0;
  let cr = 0;
  for (const r of rows) {
    const key = r.extra.vg ?? r;
    if (!vouchers.has(key))
      vouchers.set(key, r.amount > 0 || r.extra.type === 'Receipt' ? `RV/${rvN++}` : `PV/${pvN++}`);
    bal += r.amount;
    if (r.amount > 0) dr += r.amount;
    else cr -= r.amount;
    out.push([
      dateText(r.date, 'dd/mm/yyyy'),
      vouchers.get(key),
      r.extra.type,
      r.party ?? '',
      r.desc,
      r.ref,
      r.amount > 0 ? grouped(r.amount) : '',
      r.amount < 0 ? grouped(-r.amount) : '',
      `${grouped(bal)} ${bal >= 0 ? 'Dr' : 'Cr'}`,
    ]);
    rowOf.set(r, out.length);
  }
  if (bal !== closing) throw new Error('IDS ledger balance does not close');
  out.push(['', '', '', 'Total', '', '', grouped(dr), grouped(cr), '']);
  out.push(['', '', '', 'Closing Balance', '', '', '', '', `${grouped(closing)} Dr`]);
  return { data: csvText(out), rowOf, headerRow, nonEntryRows };
}
