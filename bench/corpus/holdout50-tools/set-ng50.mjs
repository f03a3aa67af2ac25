// NG: a car-hire firm in Maryland, Lagos, banking with Rubies Microfinance Bank, books in ProfitBooks. June 2032.
import { cellNumber, ddMonyyyy, grouped, toCsv, toXlsx } from './lib50.mjs';

const FEE = (minor) => (minor <= 500000 ? 1075 : minor <= 5000000 ? 2688 : 5375); // NIP fee by band, VAT inclusive
const EMTL = 5000;

export default {
  set: 'ng-rubies-profitbooks',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  year: 2032,
  month: 6,
  holidays: ['2032-06-14'], // Democracy Day falls on Saturday 12 June; the Monday is observed
  bank: 'Rubies Microfinance Bank Ltd',
  package: 'ProfitBooks (account statement of the bank account Rubies Current Account, exported to CSV)',
  business:
    'a car-hire firm in Maryland, Lagos (chauffeured fleet contracts for companies, self-drive hire against a refundable deposit, airport transfers booked online, wedding cars)',
  ledgerAccount: 'Rubies Current Account',

  events(m) {
    m.fixed(EMTL);
    [1075, 2688, 5375].forEach((f) => m.fixed(f));
    const sid = (date) =>
      `000027${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${m.digits(18, '0123456789')}`;
    const inflow = (date, minor, text) => {
      const l = m.line(date, minor, text, sid(date));
      if (minor >= 1000000) m.bankOnly(m.line(date, -EMTL, 'ELECTRONIC MONEY TRANSFER LEVY'), 'levy');
      return l;
    };
    const nipOut = (date, minor, text) => {
      const l = m.line(date, -minor, text, sid(date));
      m.bankOnly(m.line(date, -FEE(minor), `NIP TRANSFER FEE/${text.slice(7, 31)}`), 'charge');
      return l;
    };
    const R = (date, minor, desc, ref, party) => m.row(date, minor, desc, ref, party);

    // last month's yard generator repair paid on the 31st in the books, leaving the bank on the first working day
    const lastMonth = m.amt(180000, 320000, 100);
    m.none(nipOut(m.wd(1), lastMonth, 'NIP TO IKORODU GENSET REPAIRS/MAY SERVICE'), ['last-month', 'no-book-row']);

    // corporate fleet contract less 5% WHT on the value before VAT
    const net = m.amt(2400000, 3200000, 100000);
    const gross = Math.round(net * 1.075);
    const wht = Math.round(net * 0.05);
    const halden = R(
      m.wd(1),
      gross,
      'Payment received - May chauffeur fleet',
      'INV-00612',
      'Halden Energy Services Ltd',
    );
    m.auto(inflow(m.wd(2), gross - wht, 'NIP FRM HALDEN ENERGY SVCS/INV 612 MAY FLEET LESS WHT'), halden, ['wht'], {
      difference: -wht,
    });

    // two invoices in one transfer
    const t1 = m.amt(380000, 620000, 500);
    const t2 = m.amt(380000, 620000, 500);
    const tam = [
      R(m.wd(3), t1, 'Airport transfers April', 'INV-00598', 'Tamuno Logistics Ltd'),
      R(m.wd(3), t2, 'Airport transfers May', 'INV-00603', 'Tamuno Logistics Ltd'),
    ];
    m.auto(inflow(m.wd(3), t1 + t2, 'NIP FRM TAMUNO LOGISTICS LTD/PYT INV598 INV603'), tam, ['two-invoices']);

    // one invoice in two transfers, posted once at the second
    const f1 = m.amt(900000, 1300000, 10000);
    const f2 = m.amt(700000, 1100000, 10000);
    const ferrand = R(m.wd(9), f1 + f2, 'Chauffeur contract May', 'INV-00607', 'Ferrand Oil Services Ltd');
    m.auto(
      [
        inflow(m.wd(5), f1, 'NIP FRM FERRAND OIL SERVICES/1ST PART INV00607'),
        inflow(m.wd(9), f2, 'NIP FRM FERRAND OIL SERVICES/BAL INV00607'),
      ],
      ferrand,
      ['split-payment'],
    );

    // website bookings settled by Paystack net of its fee, booked gross
    for (const [i, day] of [
      [1, 2],
      [2, 7],
      [3, 12],
      [4, 17],
    ]) {
      const g = m.amt(350000, 900000);
      const k = m.int(3, 8); // bookings in the batch: 1.5% + N100 each, capped at N2,000 a booking
      const fee = Math.min(Math.round(g * 0.015) + 10000 * k, 200000 * k);
      const row = R(m.before(m.wd(day), 1), g, `Online bookings batch ${i} June (Paystack)`, null, 'Paystack');
      m.suggest(inflow(m.wd(day), g - fee, 'PAYSTACK PAYMENTS LIMITED SETTLEMENT'), row, ['net-of-fee'], false);
    }

    // a bride's wedding-car hire paid by name only
    const w = m.amt(150000, 260000, 5000);
    m.auto(inflow(m.wd(4), w, 'NIP FRM ADAOBI NWOSU'), R(m.wd(4), w, 'Wedding car hire 5 June', null, 'Adaobi Nwosu'), [
      'name-only',
    ]);

    // self-drive security deposit taken and refunded on return
    const dep = m.amt(100000, 200000, 50000);
    const obi = 'Emeka Obiora';
    m.auto(
      inflow(m.wd(4), dep, 'NIP FRM EMEKA OBIORA/SELF DRIVE DEPOSIT'),
      R(m.wd(4), dep, 'Security deposit - self drive', null, obi),
      ['name-only'],
    );
    m.auto(
      nipOut(m.wd(11), dep, 'NIP TO EMEKA OBIORA/REFUND OF DEPOSIT'),
      R(m.wd(11), -dep, 'Refund of security deposit', null, obi),
      ['name-only', 'same-amount-other-direction'],
    );

    // a tie: two equal weekend hires of one customer, one paid by name
    const tie = m.amt(90000, 140000, 2500);
    const okeke = [
      R(m.wd(2), tie, 'Weekend self drive 5-6 Jun', 'INV-00615', 'Chinedu Okeke'),
      R(m.wd(7), tie, 'Weekend self drive 19-20 Jun', 'INV-00619', 'Chinedu Okeke'),
    ];
    m.anyOf(inflow(m.wd(13), tie, 'NIP FRM CHINEDU OKEKE'), [[okeke[0]], [okeke[1]]], 'suggest', ['tie'], {
      mustNotAuto: true,
    });

    // part payment of an invoice the bookkeeper marked as paid in full
    const pf = m.amt(420000, 560000, 1000);
    const pp = Math.round((pf * 0.6) / 10000) * 10000;
    m.fixed(pp);
    m.suggest(
      inflow(m.wd(10), pp, 'NIP FRM GBENGA ADEWALE/PART PAYMT INV 621'),
      R(m.wd(10), pf, 'Lagos-Ibadan chauffeur trip', 'INV-00621', 'Gbenga Adewale'),
      ['part-payment'],
      true,
    );

    // twins: a ride-hailing fleet partner renting two cars pays each car's week separately, same amount, same day
    const tw = m.amt(85000, 120000, 5000);
    const swift = [
      R(m.wd(6), tw, 'Weekly car rental wk23 - car 1', null, 'Swiftdrive Ride Partners'),
      R(m.wd(6), tw, 'Weekly car rental wk23 - car 2', null, 'Swiftdrive Ride Partners'),
    ];
    for (let i = 0; i < 2; i++)
      m.anyOf(
        inflow(m.wd(6), tw, 'NIP FRM SWIFTDRIVE RIDE PARTNERS/WEEKLY RENTAL'),
        [[swift[0]], [swift[1]]],
        'auto',
        ['twins'],
        {
          ambiguous: true,
        },
      );

    // decoy: a like-named events company sends exactly what Bisi Ogunleye paid quoting her invoice
    const bisi = m.amt(200000, 330000, 2500);
    m.auto(
      inflow(m.wd(8), bisi, 'NIP FRM BISI OGUNLEYE/INV-00624 BIRTHDAY CARS'),
      R(m.wd(8), bisi, 'Birthday convoy cars', 'INV-00624', 'Bisi Ogunleye'),
      ['reference'],
    );
    m.none(inflow(m.wd(15), bisi, 'NIP FRM BISI OGUNLEYE EVENTS'), ['decoy']);

    // an unknown receipt
    m.none(inflow(m.wd(16), m.amt(30000, 70000, 500), 'NIP FRM OLUWASEUN A'), ['unknown']);

    // insurer settles an accident-repair claim quoting its claim number
    const clm = m.amt(600000, 980000);
    m.auto(
      inflow(m.wd(11), clm, 'NIP FRM AXA MANSARD INSURANCE/CLM MTR 04417'),
      R(m.wd(11), clm, 'Claim settlement Camry accident repair', 'CLM-MTR-04417', 'AXA Mansard Insurance'),
      ['reference'],
    );

    // a monthly contract paid in full quoting the invoice
    const bw = m.amt(1100000, 1500000, 5000);
    m.auto(
      inflow(m.wd(12), bw, 'NIP FRM BRIGHTWATER PHARMA/INV00601'),
      R(m.wd(12), bw, 'Staff bus contract May', 'INV-00601', 'Brightwater Pharma Ltd'),
      ['reference'],
    );

    // an over-payment rounded up by the customer
    const fb = m.amt(140000, 230000);
    const fbPaid = Math.ceil(fb / 100000) * 100000;
    m.fixed(fbPaid);
    m.auto(
      inflow(m.wd(14), fbPaid, 'NIP FRM FEMI BANKOLE/INV 617'),
      R(m.wd(14), fb, 'Airport pick-up and city day', 'INV-00617', 'Femi Bankole'),
      ['over-payment'],
      {
        difference: fbPaid - fb,
      },
    );

    // fleet card top-ups quoting the card account
    for (const day of [2, 12]) {
      const v = m.amt(400000, 700000, 10000);
      m.auto(
        nipOut(m.wd(day), v, 'NIP TO TOTALENERGIES MKTG/FLEETCARD 700412'),
        R(m.wd(day), -v, 'Fleet card top-up card a/c 700412', null, 'TotalEnergies Marketing Nigeria'),
        ['reference'],
      );
    }

    // spare parts by invoice
    const sp = m.amt(150000, 280000);
    m.auto(
      nipOut(m.wd(5), sp, 'NIP TO LADIPO AUTO SPARES/LAS 2291'),
      R(m.wd(5), -sp, 'Brake pads and shocks', 'LAS/2291', 'Ladipo Auto Spares'),
      ['reference'],
    );

    // a workshop payment that failed, came back with its fee, and was sent again the next day
    const ws = m.amt(120000, 260000);
    const wsRow = R(
      m.wd(6),
      -ws,
      'Service and wheel alignment job card JC-5512',
      'JC-5512',
      'Obalende Motors Workshop',
    );
    const first = nipOut(m.wd(6), ws, 'NIP TO OBALENDE MOTORS/JC5512');
    const back = m.line(m.wd(6), ws, 'REV/NIP TO OBALENDE MOTORS/JC5512 BENEFICIARY BANK UNAVAILABLE', first.reference);
    m.reversal(first, back, ['failed-transfer']);
    m.bankOnly(m.line(m.wd(6), FEE(ws), 'REV/NIP TRANSFER FEE/OBALENDE MOTORS/JC5'), 'charge', ['fee-refund']);
    m.auto(nipOut(m.wd(7), ws, 'NIP TO OBALENDE MOTORS/JC5512 RESEND'), wsRow, ['resent']);

    // the vehicle loan: one debit for principal and interest
    const lp = m.amt(450000, 600000, 100);
    const li = m.amt(90000, 140000);
    m.auto(
      m.line(m.wd(8), -(lp + li), 'LOAN REPAYMENT LN0032211 INSTALMENT 9'),
      [
        R(m.wd(8), -lp, 'Vehicle loan LN0032211 principal', 'LN0032211', 'Rubies MFB'),
        R(m.wd(8), -li, 'Vehicle loan LN0032211 interest', 'LN0032211', 'Rubies MFB'),
      ],
      ['loan-split'],
    );

    // payroll by bulk transfer, the bank charging per item on a line of its own
    for (const [day, who, batch, items] of [
      [-3, 'DRIVERS', '7781', 18],
      [-3, 'OFFICE STAFF', '7782', 6],
    ]) {
      const v = m.amt(items * 120000, items * 170000, 100);
      m.auto(
        m.line(m.wd(day), -v, `BULK TRF/${who} SALARY JUN 2032/BATCH ${batch}`, sid(m.wd(day))),
        R(m.wd(day), -v, `${who.toLowerCase()} salaries June - batch ${batch}`, `BATCH ${batch}`, null),
        ['reference', 'payroll'],
      );
      m.bankOnly(
        m.line(m.wd(day), -m.fixed(items * 5375), `BULK TRANSFER CHARGES ${items} ITEMS BATCH ${batch}`),
        'charge',
      );
    }

    // PAYE and pension by Remita; the books write the RRR without its hyphens
    const paye = m.amt(280000, 420000);
    m.auto(
      m.line(m.wd(9), -paye, 'REMITA/LIRS PAYE MAY 2032/RRR 2301-4471-8812', sid(m.wd(9))),
      R(m.wd(9), -paye, 'PAYE May - Lagos IRS', 'RRR 230144718812', 'LIRS'),
      ['reference-written-differently'],
    );
    const pen = m.amt(300000, 460000);
    m.auto(
      m.line(m.wd(9), -pen, 'REMITA/PREMIUM PENSION MAY/RRR 2301-4471-9035', sid(m.wd(9))),
      R(m.wd(9), -pen, 'Pension contributions May', 'RRR 2301-4471-9035', 'Premium Pension Ltd'),
      ['reference'],
    );

    // insurance, tracking, yard rent, car wash
    const ins = m.amt(500000, 800000);
    m.auto(
      nipOut(m.wd(10), ins, 'NIP TO AIICO INSURANCE/POL MV 118820'),
      R(m.wd(10), -ins, 'Fleet comprehensive cover June', 'MV/2032/118820', 'AIICO Insurance'),
      ['reference'],
    );
    const trk = m.amt(60000, 95000);
    m.auto(
      nipOut(m.wd(13), trk, 'NIP TO TRAKMATE TELEMATICS/TT88217'),
      R(m.wd(13), -trk, 'Vehicle trackers June', 'TT-88217', 'Trakmate Telematics'),
      ['reference-written-differently'],
    );
    const rent = m.amt(1500000, 1900000, 50000);
    m.auto(
      nipOut(m.wd(16), rent, 'NIP TO SULEIMAN GARBA/YARD RENT Q3'),
      R(m.wd(16), -rent, 'Yard rent July-September', null, 'Alhaji Suleiman Garba'),
      ['name-only'],
    );
    for (const day of [4, 15]) {
      const v = m.amt(18000, 42000, 500);
      m.auto(
        nipOut(m.wd(day), v, 'NIP TO MARYLAND AUTOSPA/CAR WASH'),
        R(m.wd(day), -v, 'Fleet wash', null, 'Maryland Autospa'),
        ['name-only'],
      );
    }

    // transfer to the firm's own savings account
    const sav = m.amt(1000000, 1500000, 100000);
    m.auto(
      m.line(m.wd(-2), -sav, 'TRF TO OWN A/C 1102093356 RUBIES SAVINGS', sid(m.wd(-2))),
      R(m.wd(-2), -sav, 'Transfer to Rubies savings 1102093356', null, null),
      ['own-transfer'],
    );

    // an unbooked fuel purchase on the debit card
    m.none(m.line(m.wd(17), -m.amt(25000, 45000), 'POS PURCHASE MOBIL ALLEN AVENUE IKEJA LA'), ['no-book-row']);

    // month-end charges
    m.bankOnly(m.line(m.wd(-1), -m.fixed(m.int(30, 45) * 400), 'SMS ALERT CHARGES JUN 2032'), 'charge');
    const debits = m.lines.filter((l) => l.minor < 0).reduce((s, l) => s - l.minor, 0);
    const cot = m.fixed(Math.round(debits / 1000));
    m.bankOnly(m.line(m.wd(-1), -cot, 'ACCOUNT MAINTENANCE FEE JUN 2032'), 'charge');
    m.bankOnly(m.line(m.wd(-1), -m.fixed(Math.round(cot * 0.075)), 'VAT ON ACCOUNT MAINTENANCE FEE'), 'fee-vat');

    // in the books, not yet through the bank
    const sch = m.amt(160000, 240000);
    m.onlyInBooks(
      R(m.wd(-1), -sch, 'Tyres for Sienna fleet', 'LAS/2340', 'Ladipo Auto Spares'),
      'transfer scheduled on 30 June, leaves the bank in July',
    );
    const chq = m.amt(350000, 520000, 1000);
    m.onlyInBooks(
      R(m.wd(-1), chq, 'Airport shuttle May - cheque 000412', 'INV-00609', 'Kestrel Hotels Ltd'),
      'cheque received on 30 June, lodged in July',
    );

    const opening = m.amt(9000000, 12000000, 100);
    return { opening, bookOpening: opening - lastMonth };
  },

  bankFile(lines, { opening, closing }) {
    const file = 'rubies-2087-jun2032.xlsx';
    const headerRow = 10;
    const aoa = [
      ['RUBIES MICROFINANCE BANK LIMITED'],
      ['STATEMENT OF ACCOUNT'],
      ['Account Name', 'MARYLAND CRUISE CAR HIRE LTD'],
      ['Account Number', '******2087'],
      ['Currency', 'NGN'],
      ['Period', '01-Jun-2032 to 30-Jun-2032'],
      ['Opening Balance', cellNumber(opening)],
      ['Closing Balance', cellNumber(closing)],
      [],
      ['Transaction Date', 'Value Date', 'Narration', 'Session ID', 'Debit', 'Credit', 'Balance'],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      aoa.push([
        ddMonyyyy(l.date),
        ddMonyyyy(l.valueDate ?? l.date),
        l.text,
        l.reference ?? '',
        l.minor < 0 ? cellNumber(-l.minor) : null,
        l.minor > 0 ? cellNumber(l.minor) : null,
        cellNumber(l.balance),
      ]);
      rowOf.set(l, aoa.length);
    }
    aoa.push([], ['This is a computer generated statement and requires no signature.']);
    return {
      file,
      headerRow,
      rowOf,
      content: toXlsx('Account Statement', aoa),
      order: 'oldest-first',
      layout:
        'XLSX, sheet Account Statement; preamble with account, currency, period and both balances; header row 10; dd-Mon-yyyy text dates; Debit and Credit number cells, blank when unused; the 30-digit NIP session id as the reference (empty on the bank own lines); a footer line',
      readOptions: {
        currency: 'NGN',
        sheet: 'Account Statement',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Session ID',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    };
  },

  bookFile(rows, { opening, closing }) {
    const file = 'profitbooks-rubies-current-jun2032.csv';
    const headerRow = 4;
    const d = (iso) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
    const out = [
      ['Maryland Cruise Car Hire Ltd'],
      ['Account Statement: Rubies Current Account'],
      ['From 01-06-2032 To 30-06-2032'],
      ['Date', 'Voucher Type', 'Voucher No', 'Reference', 'Party', 'Description', 'Deposit', 'Withdrawal', 'Balance'],
      ['01-06-2032', '', '', '', '', 'Opening Balance', '', '', grouped(opening)],
    ];
    const rowOf = new Map();
    let bal = opening;
    let rct = 412;
    let pmt = 388;
    for (const r of rows) {
      bal += r.minor;
      const type = r.party === null && r.minor < 0 && !r.ref ? 'Contra' : r.minor > 0 ? 'Receipt' : 'Payment';
      const no = type === 'Receipt' ? `RV-${rct++}` : type === 'Payment' ? `PV-${pmt++}` : 'CV-17';
      out.push([
        d(r.date),
        type,
        no,
        r.ref ?? '',
        r.party ?? '',
        r.desc,
        r.minor > 0 ? grouped(r.minor) : '',
        r.minor < 0 ? grouped(-r.minor) : '',
        grouped(bal),
      ]);
      rowOf.set(r, out.length);
    }
    if (bal !== closing) throw new Error('ProfitBooks closing balance');
    return {
      file,
      headerRow,
      rowOf,
      content: toCsv(out),
      layout:
        'CSV, three title rows, header row 4; dd-mm-yyyy dates; Deposit = money into the bank, Withdrawal = out, grouped with commas; running balance; a dated Opening Balance row; Voucher Type and Voucher No (ProfitBooks own numbers) not mapped',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Reference',
          party: 'Party',
          description: 'Description',
          moneyIn: 'Deposit',
          moneyOut: 'Withdrawal',
          balance: 'Balance',
        },
      },
      nonEntryRows: [{ row: 5, why: 'opening balance of the account, not an entry' }],
      describe: (r) => ({ description: r.desc, reference: r.ref, party: r.party }),
    };
  },
};
