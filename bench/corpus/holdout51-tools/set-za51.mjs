// ZA: Govender Brothers Funeral Directors (Pty) Ltd, Actonville, Benoni — September 2032 (Heritage Day Friday 24th).
// Bank of India Johannesburg Branch statement (CSV) against HostBooks (ledger of the bank account, saved to Excel).
import { Month, fmt, money } from './lib51.mjs';

export function buildZa(seed) {
  const m = new Month({ from: '2032-09-01', to: '2032-09-30', holidays: ['2032-09-24'], seed });
  const r = m.r;
  let vno = 400;
  const book = (date, minor, ref, party, narration) =>
    m.row(date, minor, {
      vtype: minor > 0 ? 'Receipt' : 'Payment',
      vno: `${minor > 0 ? 'RV' : 'PV'}/${++vno}`,
      ref,
      party,
      narration,
    });
  const line = (date, minor, text, ref = '') => m.line(date, minor, text, { ref });
  const charge = (date, minor, text, traits = []) =>
    m.decide(line(date, -minor, text), { decision: 'bank-only', kind: 'charge', traits });
  const eft = (date, minor, text, ref) => {
    const l = line(date, -minor, text, ref);
    charge(date, 850, r.pick(['EFT PAYMENT FEE', 'FEE: EFT PAYMENT']), ['transfer-fee']);
    return l;
  };
  const fun = (n) => `FUN/2032/0${n}`;

  // last month's florist, paid on the 1st (booked in August)
  m.decide(eft(m.day(0), m.amount(300000, 500000, 100), 'EFT TO BLOOMS OF BENONI', 'GBF AUG FLOWERS'), {
    decision: 'none',
    traits: ['last-month'],
  });

  // families settling funeral accounts, quoting the account number as they please, or the late's name
  const families = [
    ['NAIDOO V', 'V Naidoo', 231, 'late Mrs S Naidoo', 'FUN231 NAIDOO'],
    ['PILLAY R', 'R Pillay', 233, 'late Mr K Pillay', 'LATE MR K PILLAY'],
    ['MOODLEY SHANTHI', 'S Moodley', 234, 'late Mr P Moodley', 'fun 2032 0234'],
    ['REDDY A', 'A Reddy', 236, 'late Mrs D Reddy', 'FUNERAL ACC 236'],
    ['CHETTY PRAKASH', 'P Chetty', 238, 'late Mr M Chetty', 'CHETTY'],
    ['SINGH N', 'N Singh', 241, 'late Mrs R Singh', 'GOVENDER BROS'],
    ['GOUNDEN KAMINI', 'K Gounden', 255, 'late Mr R Gounden', 'Acc no 255'],
    ['PADAYACHEE M', 'M Padayachee', 257, 'late Mrs A Padayachee', 'FUNERAL MOM'],
  ];
  families.forEach(([payer, party, n, late, ref], i) => {
    const d = m.day(1 + i * 2 + (i % 2));
    const a = m.amount(1800000, 4200000, 5000);
    const row = book(m.shift(d, -r.int(1, 3)), a, fun(n), party, `Funeral services ${late} - cremation package`);
    const l = line(d, a, `${r.pick(['CREDIT TRANSFER', 'IB TRF CR', 'EFT CREDIT'])} ${payer}`, ref);
    m.decide(l, { decision: 'auto', rows: [row], traits: [/\d{3}/.test(ref) ? 'reference' : 'name-only'] });
  });
  {
    // an account less a bereavement discount credit note, one transfer
    const d = m.day(5);
    const inv = m.amount(3500000, 5000000, 5000);
    const cn = m.amount(300000, 600000, 5000);
    const ri = book(
      m.shift(d, -3),
      inv,
      fun(239),
      'T Govindasamy',
      'Funeral services late Mr V Govindasamy - burial package',
    );
    const rc = book(m.shift(d, -1), -cn, 'CN/032', 'T Govindasamy', `Credit note - pensioner discount on ${fun(239)}`);
    m.decide(line(d, inv - cn, 'CREDIT TRANSFER GOVINDASAMY T', 'FUN239 LESS CN32'), {
      decision: 'auto',
      rows: [ri, rc],
      traits: ['invoice-less-credit-note', 'reference'],
    });
    // a part payment receipted as the whole
    const d2 = m.day(9);
    const p = m.amount(2500000, 3500000, 10000);
    const rp = book(d2, p, fun(243), 'L Munsamy', 'Funeral services late Mr J Munsamy - cremation package');
    m.decide(line(d2, p / 2, 'EFT CREDIT MUNSAMY L', 'FUN 243 DEPOSIT'), {
      decision: 'suggest',
      rows: [rp],
      mustNotAuto: true,
      traits: ['part-payment'],
    });
    // an over-payment (the family added the priest's dakshina to the transfer)
    const d3 = m.day(12);
    const o = m.amount(2000000, 3000000, 5000);
    const ro = book(
      m.shift(d3, -1),
      o,
      fun(245),
      'K Maharaj',
      'Funeral services late Mrs U Maharaj - cremation package',
    );
    m.decide(line(d3, o + 50000, 'IB TRF CR MAHARAJ K', 'FUN/245'), {
      decision: 'auto',
      rows: [ro],
      difference: 50000,
      traits: ['reference', 'over-payment'],
    });
    // decoy: a law firm with a family's surname sends the same amount as the Naidoo account
    const nd = m.rows.find((x) => x.ref === fun(231));
    m.decide(line(m.day(15), nd.minor, 'CREDIT TRANSFER NAIDOO V ATTORNEYS INC', 'TRUST PMT'), {
      decision: 'none',
      traits: ['decoy'],
    });
    // a burial society paying two members' claims of the same value the same day (twins)
    const d4 = m.day(10);
    const tw = m.amount(1500000, 2000000, 50000);
    const x1 = book(
      d4,
      tw,
      'BS/ABS/14',
      'Actonville Burial Society',
      'Burial society claim - member 14 (late Mr G Naicker)',
    );
    const x2 = book(
      d4,
      tw,
      'BS/ABS/27',
      'Actonville Burial Society',
      'Burial society claim - member 27 (late Mrs L Naicker)',
    );
    for (let k = 0; k < 2; k++)
      m.decide(line(d4, tw, 'EFT CREDIT ACTONVILLE BURIAL SOC', 'CLAIM PAYOUT'), {
        decision: 'auto',
        anyOf: [[x1], [x2]],
        ambiguous: true,
        traits: ['twins'],
      });
    // a tie: a stokvel with two equal accounts open, paying one by name
    const d5 = m.day(17);
    const t = m.amount(1200000, 1800000, 50000);
    const t1 = book(
      m.shift(d5, -10),
      t,
      fun(247),
      'Daveyton Women Stokvel',
      'Funeral services late Mrs N Dlamini - burial package (stokvel pays)',
    );
    const t2 = book(
      m.shift(d5, -4),
      t,
      fun(249),
      'Daveyton Women Stokvel',
      'Funeral services late Mrs B Mokoena - burial package (stokvel pays)',
    );
    m.decide(line(d5, t, 'CREDIT TRANSFER DAVEYTON WOMEN STOKVEL', ''), {
      decision: 'suggest',
      anyOf: [[t1], [t2]],
      mustNotAuto: true,
      traits: ['tie'],
    });
  }
  // insurers paying ceded policy claims
  {
    const d = m.day(7);
    const a = m.amount(2000000, 3000000, 100);
    const row = book(
      m.shift(d, -2),
      a,
      'CLM 7741029',
      'Hollard Life',
      'Policy claim late Mr K Pillay, policy 30488215, claim 7741029 ceded',
    );
    m.decide(line(d, a, 'HOLLARD LIFE CLAIMS', 'CLM7741029 PILLAY'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
    const d2 = m.day(14);
    const b = m.amount(1000000, 2000000, 100);
    const row2 = book(m.shift(d2, -3), b, 'CLM 0581177', 'Old Mutual', 'Policy claim late Mrs D Reddy ceded to GBF');
    m.decide(line(d2, b, 'OLD MUTUAL FUNERAL CLAIM', '581177'), {
      decision: 'auto',
      rows: [row2],
      traits: ['reference'],
    });
    const d3 = m.day(18);
    const c = m.amount(1000000, 2000000, 100);
    const row3 = book(
      m.shift(d3, -2),
      c,
      'SKY-C-229014',
      'Sanlam Sky',
      'Policy claim late Mr R Gounden, claim 229014 ceded',
    );
    m.decide(line(d3, c, 'SANLAM SKY SOLUTIONS CLM', 'C229014'), {
      decision: 'auto',
      rows: [row3],
      traits: ['reference'],
    });
  }
  // the parlour's own funeral plan premiums, collected by debit order and paid out net of the collection fees
  for (const k of [0, 1]) {
    const d = m.day(2 + k * 12);
    const gross = m.amount(2500000, 4500000, 100);
    const n = r.int(140, 260);
    const row = book(
      m.shift(d, -1),
      gross,
      `NC/${2032}09${k + 1}`,
      'Netcash',
      `Funeral plan premiums, debit order run ${k + 1} (${n} policies)`,
    );
    const net = gross - n * 450;
    m.decide(line(d, net, 'NETCASH PAYOUT', `GBF DO RUN ${k + 1}`), {
      decision: 'suggest',
      rows: [row],
      mustNotAuto: false,
      traits: ['collection-settlement', 'net-of-fee'],
    });
  }
  // card takings on the iKhokha reader, paid out net of 2.75 %
  {
    const d = m.day(8);
    const rows = [m.shift(d, -2), m.shift(d, -1)].map((x) =>
      book(x, m.amount(500000, 1500000, 100), 'IK', 'iKhokha', `Card takings ${fmt.dmy(x)} (iKhokha)`),
    );
    const gross = rows[0].minor + rows[1].minor;
    m.decide(line(d, gross - Math.round((gross * 275) / 10000), 'IKHOKHA PAYOUT', 'IK PAYOUT 88213'), {
      decision: 'suggest',
      rows,
      mustNotAuto: false,
      traits: ['card-settlement', 'net-of-fee', 'split-one-to-many'],
    });
  }
  // three families' cash deposited together
  {
    const d = m.day(19);
    const rows = [
      [251, 'M Perumal'],
      [252, 'J Dlamini'],
      [253, 'R Ramsamy'],
    ].map(([n, who], k) =>
      book(
        m.shift(d, -1 - k),
        m.amount(500000, 1200000, 5000),
        fun(n),
        who,
        `Deposit on funeral account ${fun(n)} (cash)`,
      ),
    );
    const total = rows.reduce((t, x) => t + x.minor, 0);
    const l = line(d, total, 'CASH DEPOSIT ACTONVILLE', '');
    charge(d, 2500 + Math.round((total * 12) / 1000), 'CASH DEPOSIT FEE', ['cash-fee']);
    m.decide(l, { decision: 'suggest', rows, mustNotAuto: false, traits: ['several-receipts-banked-together'] });
  }
  // suppliers
  {
    const d = m.day(4);
    const a = m.amount(6000000, 9000000, 100);
    const row = book(m.shift(d, -1), -a, 'ECM-INV-20931', 'Eastrand Casket Manufacturers', 'Caskets x6, inv 20931');
    m.decide(eft(d, a, 'EFT TO EASTRAND CASKET MANUF', 'GBF INV 20931'), {
      decision: 'auto',
      rows: [row],
      traits: ['reference'],
    });
    const d2 = m.day(11);
    const c = m.amount(1000000, 1800000, 100);
    const row2 = book(
      d2,
      -c,
      'CRM-5521',
      'City of Ekurhuleni',
      'Cremation fees Benoni crematorium - 5 cremations, account 5521',
    );
    m.decide(eft(d2, c, 'EFT TO CITY OF EKURHULENI', 'CREM ACC 5521'), {
      decision: 'auto',
      rows: [row2],
      traits: ['reference'],
    });
    const d3 = m.day(13);
    const f = m.amount(300000, 600000, 100);
    const row3 = book(m.shift(d3, -1), -f, 'BOB-0912', 'Blooms of Benoni', 'Wreaths and casket sprays');
    const first = eft(d3, f, 'EFT TO BLOOMS OF BENONI', 'GBF FLOWERS');
    const back = line(m.shift(d3, 1), f, 'EFT RETURN NO SUCH ACCOUNT BLOOMS OF BENONI', 'GBF FLOWERS');
    m.decide(first, { decision: 'reversal-pair', partner: back, traits: ['returned-transfer'] });
    m.decide(back, { decision: 'reversal-pair', partner: first, traits: ['returned-transfer'] });
    m.decide(eft(m.shift(d3, 2), f, 'EFT TO BLOOMS OF BENONI', 'GBF FLOWERS SEP'), {
      decision: 'auto',
      rows: [row3],
      traits: ['resent', 'name-only'],
    });
    // the hearse's instalment, principal and interest, as one debit order
    const d4 = m.day(0);
    const cap = m.amount(1100000, 1500000, 1);
    const int = m.amount(300000, 450000, 1);
    const r1 = book(d4, -cap, 'WB 88123004', 'WesBank', 'Hearse instalment - capital, agreement 88123004');
    const r2 = book(d4, -int, 'WB 88123004', 'WesBank', 'Hearse instalment - finance charges, agreement 88123004');
    m.decide(line(d4, -(cap + int), 'DEBIT ORDER WESBANK', '88123004'), {
      decision: 'auto',
      rows: [r1, r2],
      traits: ['loan-split', 'reference'],
    });
    charge(d4, 400, 'DEBIT ORDER FEE');
    const tk = m.amount(120000, 220000, 1);
    const rt = book(m.day(2), -tk, 'TLK-4471190', 'Telkom', 'Telephone and fibre, account 4471190');
    m.decide(line(m.day(2), -tk, 'DEBIT ORDER TELKOM SA', '4471190'), {
      decision: 'auto',
      rows: [rt],
      traits: ['reference'],
    });
    charge(m.day(2), 400, 'DEBIT ORDER FEE');
    const d6 = m.day(16);
    const e2 = m.amount(4000000, 6000000, 100);
    const r6 = book(d6, -e2, 'ECM-INV-21011', 'Eastrand Casket Manufacturers', 'Caskets x4 and handles');
    m.decide(eft(d6, e2, 'EFT TO EASTRAND CASKET MANUF', 'GOVENDER BROS'), {
      decision: 'auto',
      rows: [r6],
      traits: ['name-only'],
    });
    const d5 = m.day(0);
    const rent = m.amount(1800000, 2200000, 100000);
    const row5 = book(d5, -rent, 'LEASE-SEP', 'Lakshmi Properties', 'Rent 14 Gemsbok St Actonville, September');
    m.decide(eft(d5, rent, 'EFT TO LAKSHMI PROPERTIES', 'GOVENDER BROS RENT'), {
      decision: 'auto',
      rows: [row5],
      traits: ['name-only'],
    });
  }
  // salaries, SARS, the UIF in the EMP201
  {
    const d = m.day(m.days.length - 3);
    const staff = [
      ['S GOVENDER', 'Selvan Govender', 'funeral director'],
      ['T MAHLANGU', 'Thabo Mahlangu', 'driver'],
      ['P NAIDU', 'Pravin Naidu', 'mortician'],
      ['Z NKOSI', 'Zanele Nkosi', 'admin'],
    ];
    let gross = 0;
    for (const [up, who, role] of staff) {
      const a = m.amount(1200000, 2800000, 100);
      gross += a;
      const row = book(d, -a, 'SAL-SEP', who, `Salary September 2032 - ${role}`);
      m.decide(eft(d, a, `EFT TO ${up}`, 'GBF SALARY SEP'), {
        decision: 'auto',
        rows: [row],
        traits: ['payroll', 'name-only'],
      });
    }
    const emp = Math.round((gross * 14) / 10000) * 100;
    const prn = `7${r.int(100000000, 999999999)}LC${r.int(1000000, 9999999)}`;
    const row = book(d, -emp, prn, 'SARS', 'EMP201 September 2032 (PAYE, UIF, SDL)');
    m.decide(line(m.shift(d, 1), -emp, 'SARS EMP201 PAYMENT', prn), {
      decision: 'auto',
      rows: [row],
      traits: ['statutory', 'reference'],
    });
  }
  // unknown receipt, an unbooked fuel card swipe, the bank's fees and credit interest
  m.decide(line(m.day(6), m.amount(200000, 600000, 5000), 'CREDIT TRANSFER', 'BABA'), {
    decision: 'none',
    traits: ['unknown'],
  });
  m.decide(line(m.day(16), -m.amount(80000, 150000, 1), 'POS PURCHASE ENGEN ACTONVILLE', ''), {
    decision: 'none',
    traits: ['no-book-row'],
  });
  charge(m.to, 12500, 'MONTHLY SERVICE FEE', ['service-fee']);
  charge(m.to, m.amount(1500, 4000, 50), 'NOTIFICATION FEES', ['sms']);
  m.decide(line(m.to, m.amount(5000, 30000, 1), 'CREDIT INTEREST', ''), {
    decision: 'bank-only',
    kind: 'interest',
    traits: ['interest'],
  });
  // ledger-only: the mortuary fridge service scheduled for 1 October
  m.ledgerOnly(
    book(
      m.to,
      -m.amount(400000, 700000, 100),
      'CR-7710',
      'Coldroom Refrigeration',
      'Mortuary fridge service (EFT scheduled 1 Oct)',
    ),
    'payment dated after the statement',
  );

  return {
    month: m,
    opening: 18000000,
    meta: {
      set: 'za-bankofindia-hostbooks',
      country: 'ZA',
      currency: 'ZAR',
      timezone: 'Africa/Johannesburg',
      bank: 'Bank of India, Johannesburg Branch',
      package: 'HostBooks (Reports → Ledger of the bank account BOI Current, exported to Excel)',
      business:
        'a family funeral parlour in Actonville, Benoni (funeral accounts settled by families, burial societies and stokvels, ceded insurance claims, its own funeral plan collected by debit order, cremations at the municipal crematorium)',
    },
    bankFile: {
      file: 'boi-jhb-2207-sep2032.csv',
      layout:
        'Bank of India JHB CSV (Finacle style): six preamble rows, Tran Date and Value Date (dd-mm-yyyy), Particulars, Chq No/Ref No, Withdrawal Amt, Deposit Amt, Balance (grouped with commas)',
      header: [
        'Tran Date',
        'Value Date',
        'Particulars',
        'Chq No/Ref No',
        'Withdrawal Amt (ZAR)',
        'Deposit Amt (ZAR)',
        'Balance (ZAR)',
      ],
      preamble: (o, c) => [
        ['BANK OF INDIA - JOHANNESBURG BRANCH'],
        ['Statement of Account for the period 01-09-2032 to 30-09-2032'],
        ['Account Name', 'GOVENDER BROTHERS FUNERAL DIRECTORS PTY LTD'],
        ['Account Number', 'XXXXXXXX2207', 'Scheme', 'CURRENT ACCOUNT - BUSINESS'],
        ['Opening Balance', money(o, { group: ',' }), 'Closing Balance', money(c, { group: ',' })],
        [],
      ],
      cells: (l, bal) => [
        fmt.dmy(l.date, '-'),
        fmt.dmy(l.date, '-'),
        l.text,
        l.ref,
        l.minor < 0 ? money(-l.minor, { group: ',' }) : '',
        l.minor > 0 ? money(l.minor, { group: ',' }) : '',
        money(bal, { group: ',' }),
      ],
      footer: [[], ['** End of Statement **']],
      reference: (l) => l.ref,
      ledgerAccount: 'BOI Current',
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'DMY',
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          description: 'Particulars',
          reference: 'Chq No/Ref No',
          moneyOut: 'Withdrawal Amt (ZAR)',
          moneyIn: 'Deposit Amt (ZAR)',
          balance: 'Balance (ZAR)',
        },
      },
    },
    bookFile: {
      file: 'hostbooks-ledger-boi-current-sep2032.xlsx',
      sheet: 'Ledger',
      package: 'HostBooks',
      layout:
        'HostBooks ledger saved to Excel: three title rows, Date (text dd/mm/yyyy), Voucher Type, Voucher No, Ref No, Particulars (the party), Narration, Debit, Credit, Balance (number cells); a dated Opening Balance row',
      header: [
        'Date',
        'Voucher Type',
        'Voucher No',
        'Ref No',
        'Particulars',
        'Narration',
        'Debit',
        'Credit',
        'Balance',
      ],
      preamble: () => [
        ['Govender Brothers Funeral Directors (Pty) Ltd'],
        ['Ledger : BOI Current'],
        ['01/09/2032 to 30/09/2032'],
      ],
      openingRow: (o) => [
        '01/09/2032',
        '',
        '',
        '',
        'Opening Balance',
        'Opening Balance',
        o > 0 ? o / 100 : '',
        o < 0 ? -o / 100 : '',
        o / 100,
      ],
      cells: (x) => [
        fmt.dmy(x.date),
        x.vtype,
        x.vno,
        x.ref,
        x.party,
        x.narration,
        x.minor > 0 ? x.minor / 100 : '',
        x.minor < 0 ? -x.minor / 100 : '',
        x.balance / 100,
      ],
      closingRow: (c) => ['', '', '', '', 'Closing Balance', 'Closing Balance', '', '', c / 100],
      description: (x) => x.narration,
      reference: (x) => x.ref,
      party: (x) => x.party,
      readOptions: {
        currency: 'ZAR',
        sheet: 'Ledger',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Ref No',
          party: 'Particulars',
          description: 'Narration',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
    },
  };
}
