// KE: a furniture workshop in Kariobangi, Nairobi, banking with U&I Microfinance Bank, books in Saasu. June 2032.
import { cellNumber, ddmmyyyy, major, toCsv, toXlsx } from './lib50.mjs';

const FEES = { EFT: 10000, PESALINK: 5000, RTGS: 50000 };

export default {
  set: 'ke-uandi-saasu',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  year: 2032,
  month: 6,
  holidays: ['2032-06-01'], // Madaraka Day
  bank: 'U&I Microfinance Bank Ltd',
  package: 'Saasu (transactions of the bank account U&I Current, exported to CSV)',
  business:
    'a furniture workshop in Kariobangi Light Industries, Nairobi (sofas, beds and dining sets made to order against a deposit paid by M-PESA, school desks for a county, hotel and church furniture)',
  ledgerAccount: 'U&I Current',

  events(m) {
    Object.values(FEES).forEach((f) => {
      m.fixed(f);
      m.fixed(f / 5);
    });
    const R = (date, minor, desc, ref, party) => m.row(date, minor, desc, ref, party);
    const ft = () => `FT32${m.digits(8, '0123456789')}`;
    const out = (rail, date, minor, text) => {
      const l = m.line(date, -minor, `${rail} ${text}`, ft());
      m.bankOnly(m.line(date, -FEES[rail], `${rail} CHARGES`, ft()), 'charge');
      m.bankOnly(m.line(date, -FEES[rail] / 5, `EXCISE DUTY ON ${rail} CHARGES`, ft()), 'tax');
      return l;
    };
    const mpesa = (date, minor, phone, name, acc) =>
      m.line(
        date,
        minor,
        `MPESA C2B DEP/${phone}/${name}/${acc}`,
        `R${m.digits(9, '0123456789')}`.slice(0, 10).toUpperCase(),
      );

    // last month's foam delivery paid in the books on 31 May, leaving by RTGS on the first working day
    const lastMonth = m.amt(120000, 180000);
    m.none(out('RTGS', m.wd(1), lastMonth, 'KAMUKUNJI FOAM DEALERS MAY'), ['last-month', 'no-book-row']);

    // customers' deposits and balances on made-to-order pieces, typed as they please into the M-PESA account field
    const orders = [
      ['254712***345', 'JOHN KAMAU', 'Order 1184 3-seater sofa', 1184, 'ORD1184', 'order no 1184 bal'],
      ['254733***208', 'FAITH WAMBUI', 'Order 1187 queen bed', 1187, '1187', 'BED 1187 BALANCE'],
      ['254701***772', 'OMONDI ODHIAMBO', 'Order 1190 dining set', 1190, 'DINING SET ORDER 1190', 'BAL 1190'],
      ['254720***915', 'GRACE CHEBET', 'Order 1192 wardrobe', 1192, 'wardrobe #1192', 'O1192 final'],
      ['254748***051', 'MUTUA KILONZO', 'Order 1193 TV wall unit', 1193, 'Tv unit 1193', 'balance for 1193'],
      ['254757***386', 'HALIMA ABDI', 'Order 1195 ottoman set', 1195, 'SO-1195', 'SO 1195'],
    ];
    orders.forEach(([phone, name, what, no, accDep, accBal], i) => {
      const price = m.amt(38000, 95000, 50000);
      const dep = m.fixed(Math.round((price * 0.6) / 10000) * 10000); // 60% down, so deposit and balance differ
      m.fixed(price - dep);
      const party = name
        .split(' ')
        .map((w) => w[0] + w.slice(1).toLowerCase())
        .join(' ');
      m.auto(mpesa(m.wd(2 + i), dep, phone, name, accDep), R(m.wd(2 + i), dep, `Deposit ${what}`, `SO-${no}`, party), [
        'reference',
      ]);
      m.auto(
        mpesa(m.wd(12 + i), price - dep, phone, name, accBal),
        R(m.wd(12 + i), price - dep, `Balance ${what}`, `SO-${no}`, party),
        ['reference'],
      );
    });

    // a hotel pays its invoice by RTGS quoting it
    const hotel = m.amt(380000, 520000, 100);
    m.auto(
      m.line(m.wd(5), hotel, 'RTGS CR SIMBA LAKE LODGE NAIVASHA INV MB-2207', ft()),
      R(m.wd(4), hotel, 'Dining chairs and tables', 'MB-2207', 'Simba Lake Lodge'),
      ['reference'],
    );

    // the county pays school desks less 2% VAT withheld on the value before VAT
    const desks = m.amt(800000, 1100000, 11600);
    const vatw = Math.round((desks / 1.16) * 0.02);
    m.auto(
      m.line(m.wd(9), desks - vatw, 'EFT CR MACHAKOS COUNTY GOVT PV 4471 MB2211', ft()),
      R(m.wd(8), desks, 'School desks - 120 units', 'MB-2211', 'County Government of Machakos'),
      ['vat-withholding'],
      {
        difference: -vatw,
      },
    );

    // an interior designer pays two invoices in one EFT
    const d1 = m.amt(90000, 160000);
    const d2 = m.amt(90000, 160000);
    m.auto(
      m.line(m.wd(7), d1 + d2, 'EFT CR NYUMBANI INTERIORS LTD MB2203 MB2206', ft()),
      [
        R(m.wd(7), d1, 'Office credenzas', 'MB-2203', 'Nyumbani Interiors Ltd'),
        R(m.wd(7), d2, 'Reception sofas', 'MB-2206', 'Nyumbani Interiors Ltd'),
      ],
      ['two-invoices'],
    );

    // a church pays its pews in two transfers, posted once at the second
    const c1 = m.amt(200000, 300000, 100000);
    const c2 = m.amt(150000, 250000, 100000);
    m.auto(
      [
        m.line(m.wd(6), c1, 'PESALINK CR/DELIVERANCE CHURCH UMOJA/PEWS 1ST INST', ft()),
        m.line(m.wd(11), c2, 'PESALINK CR/DELIVERANCE CHURCH UMOJA/PEWS FINAL', ft()),
      ],
      R(m.wd(11), c1 + c2, 'Church pews 24 units', 'MB-2204', 'Deliverance Church Umoja'),
      ['split-payment'],
    );

    // paid by name only
    const wn = m.amt(25000, 45000, 500);
    m.auto(
      m.line(m.wd(10), wn, 'PESALINK CR/WANJIRU NJOROGE', ft()),
      R(m.wd(10), wn, 'Coffee table and TV stand', null, 'Wanjiru Njoroge'),
      ['name-only'],
    );

    // a tie: two equal bunk beds for one landlord, one paid by name
    const tie = m.amt(28000, 36000, 500);
    const kip = [
      R(m.wd(3), tie, 'Bunk bed - unit A4', 'MB-2201', 'Kiprotich Rental Homes'),
      R(m.wd(6), tie, 'Bunk bed - unit B2', 'MB-2205', 'Kiprotich Rental Homes'),
    ];
    m.anyOf(m.line(m.wd(16), tie, 'EFT CR KIPROTICH RENTAL HOMES', ft()), [[kip[0]], [kip[1]]], 'suggest', ['tie'], {
      mustNotAuto: true,
    });

    // part payment of an invoice booked as if paid in full
    const pf = m.amt(150000, 210000, 1000);
    const pp = m.fixed(100000 * Math.floor(pf / 200000) || 10000000);
    m.suggest(
      m.line(m.wd(17), pp, 'EFT CR TUMAINI ACADEMY PART PAYMENT MB2209', ft()),
      R(m.wd(15), pf, 'Library shelves', 'MB-2209', 'Tumaini Academy'),
      ['part-payment'],
      true,
    );

    // twins: one customer sends two equal M-PESA deposits the same day for two bar stools, booked as two rows
    const tw = m.amt(6500, 9500, 100);
    const stools = [R(m.wd(8), tw, 'Bar stool', null, 'Amina Yusuf'), R(m.wd(8), tw, 'Bar stool', null, 'Amina Yusuf')];
    for (let i = 0; i < 2; i++)
      m.anyOf(
        mpesa(m.wd(8), tw, '254722***908', 'AMINA YUSUF', 'STOOL'),
        [[stools[0]], [stools[1]]],
        'auto',
        ['twins'],
        {
          ambiguous: true,
        },
      );

    // decoy: Peter Otieno pays his order quoting it; an advocates' firm of the same name sends the same sum
    const po = m.amt(30000, 52000, 500);
    m.auto(
      mpesa(m.wd(13), po, '254711***630', 'PETER OTIENO', 'ORDER 1196'),
      R(m.wd(13), po, 'Order 1196 shoe rack and mirror', 'SO-1196', 'Peter Otieno'),
      ['reference'],
    );
    m.none(m.line(m.wd(18), po, 'EFT CR PETER OTIENO AND CO ADVOCATES', ft()), ['decoy']);

    // unknown M-PESA deposit
    m.none(mpesa(m.wd(19), m.amt(1500, 4000, 50), '254790***114', 'BRIAN K', ''), ['unknown']);

    // timber, foam, fabric and hardware
    const tb = m.amt(160000, 240000);
    m.auto(
      out('RTGS', m.wd(3), tb, 'ELGON TIMBER YARD INV ETY 7731'),
      R(m.wd(3), -tb, 'Mahogany and cypress boards', 'ETY-7731', 'Elgon Timber Yard'),
      ['reference'],
    );
    const fm = m.amt(60000, 90000);
    m.auto(
      out('EFT', m.wd(9), fm, 'KAMUKUNJI FOAM DEALERS INV 3390'),
      R(m.wd(9), -fm, 'High-density foam', 'KFD-3390', 'Kamukunji Foam Dealers'),
      ['reference'],
    );
    const hw = m.amt(12000, 24000);
    m.auto(
      out('PESALINK', m.wd(12), hw, 'GIKOMBA HARDWARE/GLUE NAILS'),
      R(m.wd(12), -hw, 'Wood glue, nails, varnish', null, 'Gikomba Hardware'),
      ['name-only'],
    );

    const tb2 = m.amt(110000, 150000);
    m.auto(
      out('EFT', m.wd(16), tb2, 'ELGON TIMBER YARD ETY7802'),
      R(m.wd(16), -tb2, 'Cypress boards and plywood', 'ETY-7802', 'Elgon Timber Yard'),
      ['reference'],
    );
    const lorry = m.amt(8000, 15000, 500);
    m.auto(
      out('PESALINK', m.wd(9), lorry, 'JOSEPH MAINA/LORRY HIRE MACHAKOS DESKS'),
      R(m.wd(9), -lorry, 'Lorry hire - desks to Machakos', null, 'Joseph Maina'),
      ['name-only'],
    );

    // the fabric payment returned (account closed) and sent again by PesaLink to the new account
    const fab = m.amt(40000, 70000);
    const fabRow = R(m.wd(10), -fab, 'Upholstery fabric 60 m', 'EUF-0918', 'Eastleigh Upholstery Fabrics');
    const sent = out('EFT', m.wd(10), fab, 'EASTLEIGH UPHOLSTERY FAB EUF0918');
    const ret = m.line(m.wd(13), fab, 'EFT RETURN ACCOUNT CLOSED EASTLEIGH UPHOLSTERY FAB EUF0918', sent.reference);
    m.reversal(sent, ret, ['returned-transfer']);
    m.auto(out('PESALINK', m.wd(14), fab, 'EASTLEIGH UPHOLSTERY FAB EUF0918 RESEND'), fabRow, ['resent']);

    // the panel saw's asset finance, one debit for principal and interest
    const lp = m.amt(70000, 90000, 100);
    const li = m.amt(14000, 22000);
    m.auto(
      m.line(m.wd(11), -(lp + li), 'LOAN REPAYMENT AF0071128 PANEL SAW', ft()),
      [
        R(m.wd(11), -lp, 'Asset finance AF0071128 principal', 'AF0071128', 'U&I Microfinance Bank'),
        R(m.wd(11), -li, 'Asset finance AF0071128 interest', 'AF0071128', 'U&I Microfinance Bank'),
      ],
      ['loan-split'],
    );

    // payroll and statutory payments
    const sal = m.amt(380000, 460000);
    m.auto(
      m.line(m.wd(-2), -sal, 'BULK EFT SALARIES JUN 2032 BATCH 0630', ft()),
      R(m.wd(-2), -sal, 'Salaries June batch 0630', 'BATCH-0630', null),
      ['reference', 'payroll'],
    );
    m.bankOnly(m.line(m.wd(-2), -m.fixed(14 * 3000), 'BULK EFT CHARGES 14 ITEMS', ft()), 'charge');
    m.bankOnly(m.line(m.wd(-2), -m.fixed(14 * 600), 'EXCISE DUTY ON BULK EFT CHARGES', ft()), 'tax');
    for (const [day, text, desc, ref, party] of [
      [6, 'KRA PAYE MAY 2032 PRN 2032061144718', 'PAYE May', 'PRN 2032061144718', 'Kenya Revenue Authority'],
      [6, 'KRA AHL MAY 2032 PRN 2032061144721', 'Housing levy May', 'PRN 2032061144721', 'Kenya Revenue Authority'],
      [7, 'NSSF CONTRIB MAY 2032 EMP 0044187', 'NSSF May employer no 0044187', null, 'NSSF'],
      [7, 'SHA SHIF MAY 2032 EMPLOYER 7730214', 'SHIF May employer 7730214', null, 'Social Health Authority'],
    ]) {
      const v = m.amt(14000, 48000);
      m.auto(m.line(m.wd(day), -v, text, ft()), R(m.wd(day), -v, desc, ref, party), ['reference']);
    }

    // power, rent, a transfer to the fixed deposit
    const kp = m.amt(9000, 16000, 100);
    m.auto(
      m.line(m.wd(4), -kp, 'KPLC PREPAID MTR 37189120771', ft()),
      R(m.wd(4), -kp, 'Workshop tokens meter 37189120771', null, 'Kenya Power'),
      ['reference'],
    );
    const rent = m.amt(85000, 110000, 500000);
    m.auto(
      m.line(m.wd(2), -rent, 'STO ESTHER NDUTA KARIOBANGI WORKSHOP RENT', ft()),
      R(m.wd(2), -rent, 'Workshop rent June', null, 'Esther Nduta'),
      ['name-only'],
    );
    const fd = m.amt(200000, 300000, 5000000);
    m.auto(
      m.line(m.wd(-1), -fd, 'TRF TO FIXED DEPOSIT 0312200877', ft()),
      R(m.wd(-1), -fd, 'Transfer to fixed deposit 0312200877', null, null),
      ['own-transfer'],
    );

    // an unbooked withdrawal at an agent
    m.none(m.line(m.wd(15), -m.fixed(m.int(5, 15) * 100000), 'AGENT CASH WDL KARIOBANGI NORTH', ft()), ['no-book-row']);

    // month-end charges
    m.bankOnly(m.line(m.wd(-1), -m.fixed(50000), 'LEDGER FEE JUN 2032', ft()), 'charge');
    m.bankOnly(m.line(m.wd(-1), -m.fixed(10000), 'EXCISE DUTY ON LEDGER FEE', ft()), 'tax');
    m.bankOnly(m.line(m.wd(-1), -m.fixed(15000), 'SMS BANKING CHARGES JUN 2032', ft()), 'charge');
    m.bankOnly(m.line(m.wd(-1), -m.fixed(3000), 'EXCISE DUTY ON SMS CHARGES', ft()), 'tax');

    // in the books only
    const chq = m.amt(90000, 140000, 100);
    m.onlyInBooks(
      R(m.wd(-1), chq, 'Boardroom table - cheque 002214 deposited', 'MB-2214', 'Ruiru Sacco Society'),
      'cheque deposited on 30 June, credited in July',
    );

    const opening = m.amt(900000, 1300000, 100);
    return { opening, bookOpening: opening - lastMonth };
  },

  bankFile(lines, { opening, closing }) {
    const file = 'uandi-0877-jun2032.xlsx';
    const headerRow = 9;
    const aoa = [
      ['U&I MICROFINANCE BANK LTD'],
      ['ACCOUNT STATEMENT'],
      ['Account Name', 'MBAO HALISI FURNITURE WORKS LTD'],
      ['Account Number', '******0877'],
      ['Currency', 'KES'],
      ['From', { date: '2032-06-01' }, 'To', { date: '2032-06-30' }],
      ['Opening Balance', cellNumber(opening), 'Closing Balance', cellNumber(closing)],
      [],
      ['Tran Date', 'Value Date', 'Tran Particulars', 'Instrument No', 'Debit', 'Credit', 'Balance'],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      aoa.push([
        { date: l.date },
        { date: l.date },
        l.text,
        l.reference ?? '',
        l.minor < 0 ? cellNumber(-l.minor) : null,
        l.minor > 0 ? cellNumber(l.minor) : null,
        cellNumber(l.balance),
      ]);
      rowOf.set(l, aoa.length);
    }
    aoa.push([], ['*** END OF STATEMENT ***']);
    return {
      file,
      headerRow,
      rowOf,
      content: toXlsx('Statement', aoa, { dateFormat: 'dd-mmm-yyyy' }),
      order: 'oldest-first',
      layout:
        'XLSX, sheet Statement; preamble with account, currency, period and both balances, header row 9; date cells (shown dd-mmm-yyyy); Debit and Credit number cells, blank when unused; Instrument No the bank FT number or the M-PESA receipt (the reference); an end-of-statement footer',
      readOptions: {
        currency: 'KES',
        sheet: 'Statement',
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          description: 'Tran Particulars',
          reference: 'Instrument No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    };
  },

  bookFile(rows) {
    const file = 'saasu-transactions-uandi-jun2032.csv';
    const headerRow = 1;
    const out = [['Date', 'Type', 'Ref', 'Contact', 'Summary', 'Account', 'Amount']];
    const rowOf = new Map();
    for (const r of rows) {
      const type = r.party === null ? 'Transfer' : r.minor > 0 ? 'Sale Payment' : 'Purchase Payment';
      out.push([ddmmyyyy(r.date), type, r.ref ?? '', r.party ?? '', r.desc, 'U&I Current', major(r.minor)]);
      rowOf.set(r, out.length);
    }
    return {
      file,
      headerRow,
      rowOf,
      content: toCsv(out, { eol: '\n' }),
      layout:
        'CSV, header on row 1, LF line ends; dd/mm/yyyy; one signed Amount (money in positive) without grouping; an Account column naming U&I Current on every row; no balance, opening or total row; Type not mapped',
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Ref',
          party: 'Contact',
          description: 'Summary',
          account: 'Account',
          amount: 'Amount',
        },
      },
      describe: (r) => ({ description: r.desc, reference: r.ref, party: r.party }),
    };
  },
};
