// GH: Nkyinkyim Aqua Farms Ltd, tilapia cages on the Volta at Atimpoku, September 2034. Asuogyaman Rural Bank CSV
// (title rows, B/F and C/F rows, a Cheque No column) against PowerOffice Go's Hovedbok (general ledger) CSV in
// Norwegian (semicolons, decimal commas, dd.mm.yyyy), holding the bank account 1920 and the cash account 1900.
import { Month, T, csvText, dmy, draw, money } from './lib53.mjs';

const N = (x) => Math.round(x * 100);
const nok = (minor) => (minor ? money(minor, { thousands: '\u00a0', decimal: ',' }) : '');

export function build(rng) {
  const m = new Month();
  const gip = (date) => m.line({ date, amount: -N(3), text: 'GIP TRANSFER CHARGE' }, T.bankOnly('charge', ['gip-fee']));
  const bank = '1920';
  const cash = '1900';

  // receipts
  m.book('i311', {
    date: '2034-09-04',
    amount: N(18450),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-311',
    party: 'Dede, Akosua (Ashaiman)',
    desc: 'Faktura 311 – tilapia 615 kg',
  });
  m.line(
    { date: '2034-09-04', amount: N(18450), text: 'MOMO TO BANK/024XXXX112/AKOSUA DEDE/INV 2034-311', anyDay: true },
    T.match(['i311'], 'reference', 'auto', ['mobile-money', 'ref-canonical']),
  );

  m.book('i318', {
    date: '2034-09-08',
    amount: N(9800),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-318',
    party: 'Nyarkoa Mensah, Esi',
    desc: 'Innbetaling faktura 318',
  });
  m.line(
    { date: '2034-09-09', amount: N(9800), text: 'MOMO TO BANK/055XXXX874/ESI NYARKOA', anyDay: true },
    T.match(['i318'], 'counterparty', 'auto', ['mobile-money', 'name-only', 'name-order-swapped']),
  );

  m.book('i305', {
    date: '2034-09-11',
    amount: N(38250),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-305',
    party: 'Sanbra Fish Distributors Ltd',
    desc: 'Faktura 305 – tilapia, Tema depot',
  });
  m.book('i309', {
    date: '2034-09-11',
    amount: N(26350),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-309',
    party: 'Sanbra Fish Distributors Ltd',
    desc: 'Faktura 309 – tilapia, Kasoa depot',
  });
  m.line(
    { date: '2034-09-12', amount: N(64600), text: 'GIP/SANBRA FISH DIST/INV 305 309' },
    T.match(['i305', 'i309'], 'reference', 'auto', ['split-one-to-many', 'ref-serial-only']),
  );

  m.book('i314', {
    date: '2034-09-13',
    amount: N(12960),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-314',
    party: 'Volta Hotel Akosombo',
    desc: 'Faktura 314 – sjekk 100482',
  });
  m.line(
    { date: '2034-09-15', amount: N(12960), text: 'CHQ DEP/100482/VOLTA HOTEL', chq: '100482' },
    T.match(['i314'], 'reference', 'auto', ['cheque-number', 'cheque-clearing']),
  );

  m.book('i316', {
    date: '2034-09-14',
    amount: N(22500),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-316',
    party: 'Royal Senchi Resort',
    desc: 'Innbetaling faktura 316 (iflg. remittering)',
  });
  m.line(
    { date: '2034-09-18', amount: N(15000), text: 'GIP/ROYAL SENCHI HOTEL/PART PMT INV316' },
    T.match(['i316'], 'reference', 'suggest', ['part-payment', 'ref-serial-only']),
  );

  m.book('i320', {
    date: '2034-09-19',
    amount: N(24000),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-320',
    party: 'Kpong Cold Store Ltd',
    desc: 'Faktura 320 – tilapia 800 kg',
  });
  m.line(
    { date: '2034-09-19', amount: N(24500), text: 'GIP/KPONG COLD STORE/INV 2034/320' },
    T.match(['i320'], 'reference', 'auto', ['over-payment', 'ref-slashes'], { difference: N(500) }),
  );

  // market cash: two days' takings in the cash account, banked together by the farm hand
  const c1 = draw(rng, 10500, 13500, 50);
  const c2 = draw(rng, 13000, 16500, 50);
  m.book('cs05', {
    date: '2034-09-05',
    amount: c1,
    acct: cash,
    vtype: 'Kontantsalg',
    ref: 'KS-0905',
    party: '',
    desc: 'Kontantsalg fiskemarked 05.09',
  });
  m.book('cs06', {
    date: '2034-09-06',
    amount: c2,
    acct: cash,
    vtype: 'Kontantsalg',
    ref: 'KS-0906',
    party: '',
    desc: 'Kontantsalg fiskemarked 06.09',
  });
  m.book('dep', {
    date: '2034-09-07',
    amount: c1 + c2,
    acct: bank,
    vtype: 'Bilag',
    ref: 'K-0907',
    party: '',
    desc: 'Innskudd kontanter til bank',
  });
  m.book('depC', {
    date: '2034-09-07',
    amount: -(c1 + c2),
    acct: cash,
    vtype: 'Bilag',
    ref: 'K-0907',
    party: '',
    desc: 'Innskudd kontanter til bank',
  });
  m.line(
    { date: '2034-09-07', amount: c1 + c2, text: 'CASH DEP/BY KWAKU ASARE/FISH SALES' },
    T.match(['dep'], 'amount', 'suggest', ['cash-deposit', 'several-receipts-banked-together']),
  );

  m.book('i322', {
    date: '2034-09-25',
    amount: N(16800),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-322',
    party: 'Kpornu, Abla (Juapong)',
    desc: 'Faktura 322 – tilapia 560 kg',
  });
  m.line(
    { date: '2034-09-24', amount: N(10000), text: 'MOMO TO BANK/020XXXX931/ABLA KPORNU/INV 322', anyDay: true },
    T.match(['i322'], 'reference', 'suggest', ['split-many-to-one', 'mobile-money', 'ref-serial-only'], {
      group: 'g01',
    }),
  );
  m.line(
    { date: '2034-09-25', amount: N(6800), text: 'MOMO TO BANK/020XXXX931/ABLA KPORNU/INV 322 BAL', anyDay: true },
    T.match(['i322'], 'reference', 'suggest', ['split-many-to-one', 'mobile-money', 'ref-serial-only'], {
      group: 'g01',
    }),
  );

  m.book('i327', {
    date: '2034-09-26',
    amount: N(7560),
    acct: bank,
    vtype: 'Innbetaling',
    ref: '2034-327',
    party: 'Kpodo, Adzo',
    desc: 'Faktura 327 – MoMo lovet',
  });
  m.only('i327', "booked on the customer's promise; no MoMo transfer from her arrived in September");
  m.line(
    { date: '2034-09-27', amount: N(7560), text: 'MOMO TO BANK/024XXXX660/ADZO KPORTUFE', anyDay: true },
    T.none(['decoy-similar-name', 'unknown-receipt']),
  );
  m.line(
    { date: '2034-09-29', amount: N(1500), text: 'MOMO TO BANK/059XXXX221/', anyDay: true },
    T.none(['unknown-receipt']),
  );

  m.book('loan3', {
    date: '2034-09-06',
    amount: N(620000),
    acct: bank,
    vtype: 'Bilag',
    ref: 'SHL-3',
    party: 'Nkyinkyim Holding AS',
    desc: 'Aksjonærlån transje 3',
  });
  m.line(
    { date: '2034-09-06', amount: N(620000), text: 'INWARD TT/NKYINKYIM HOLDING AS OSLO/SHAREHOLDER LOAN TRANCHE 3' },
    T.match(['loan3'], 'counterparty', 'auto', ['inward-tt', 'shareholder-loan']),
  );
  m.line(
    { date: '2034-09-06', amount: -N(150), text: 'INWARD TT COMMISSION' },
    T.bankOnly('charge', ['inward-tt-commission']),
  );

  // payments
  m.book('cashw', {
    date: '2034-09-04',
    amount: -N(15000),
    acct: bank,
    vtype: 'Bilag',
    ref: '000719',
    party: '',
    desc: 'Uttak til kasse (sjekk 000719)',
  });
  m.book('cashwC', {
    date: '2034-09-04',
    amount: N(15000),
    acct: cash,
    vtype: 'Bilag',
    ref: '000719',
    party: '',
    desc: 'Uttak til kasse (sjekk 000719)',
  });
  m.line(
    { date: '2034-09-04', amount: -N(15000), text: 'CASH WDL/CHQ 000719/SELF', chq: '000719' },
    T.match(['cashw'], 'reference', 'auto', ['cheque-number', 'cash-withdrawal']),
  );
  m.book('cboat', {
    date: '2034-09-08',
    amount: -N(2100),
    acct: cash,
    vtype: 'Kontantkjøp',
    ref: 'KK-0908',
    party: 'GOIL Atimpoku',
    desc: 'Drivstoff påhengsmotor',
  });
  m.book('clab', {
    date: '2034-09-12',
    amount: -N(3000),
    acct: cash,
    vtype: 'Kontantkjøp',
    ref: 'KK-0912',
    party: '',
    desc: 'Dagarbeidere sortering',
  });
  m.line({ date: '2034-09-05', amount: -N(75), text: 'CHEQUE BOOK 25 LEAVES' }, T.bankOnly('charge', ['cheque-book']));

  m.book('feed1', {
    date: '2034-09-05',
    amount: -N(185400),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'RFF-88213',
    party: 'Raanan Fish Feed West Africa Ltd',
    desc: 'Fôr 2 mm/4 mm – faktura RFF-88213',
  });
  m.line(
    { date: '2034-09-08', amount: -N(185400), text: 'GIP/TRF TO RAANAN FISH FEED WA/RFF 88213' },
    T.match(['feed1'], 'reference', 'auto', ['ref-spaces']),
  );
  gip('2034-09-08');

  m.book('fing', {
    date: '2034-09-11',
    amount: -N(42000),
    acct: bank,
    vtype: 'Utbetaling',
    ref: '000718',
    party: 'Crystal Lake Fish Ltd',
    desc: 'Yngel 60 000 stk – sjekk 000718',
  });
  m.line(
    { date: '2034-09-13', amount: -N(42000), text: 'CHQ 000718 PRESENTED', chq: '000718' },
    T.match(['fing'], 'reference', 'auto', ['cheque-number']),
  );

  m.book('ssnit', {
    date: '2034-09-13',
    amount: -N(9742.5),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'SS-0834',
    party: 'SSNIT',
    desc: 'SSNIT august 2034 (13,5 %)',
  });
  m.line(
    { date: '2034-09-13', amount: -N(9742.5), text: 'GIP/SSNIT/AUG 2034 CONTRIBUTION/ER 4400217' },
    T.match(['ssnit'], 'counterparty', 'auto', ['statutory']),
  );
  gip('2034-09-13');

  // diesel for the feed store generator twice at the same price; the bank paid once, midway: a tie
  m.book('gd1', {
    date: '2034-09-12',
    amount: -N(3600),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'U-0912',
    party: 'GOIL Atimpoku',
    desc: 'Diesel aggregat',
  });
  m.book('gd2', {
    date: '2034-09-16',
    amount: -N(3600),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'U-0916',
    party: 'GOIL Atimpoku',
    desc: 'Diesel aggregat',
  });
  m.line(
    { date: '2034-09-14', amount: -N(3600), text: 'MERCHANT PAY/GHQR/GOIL ATIMPOKU' },
    T.twins([['gd1'], ['gd2']], 'counterparty', ['tie'], { mustNotAuto: true }),
  );

  m.book('gra', {
    date: '2034-09-14',
    amount: -N(4318.75),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'GRA-0834',
    party: 'Ghana Revenue Authority',
    desc: 'Forskuddstrekk PAYE august 2034',
  });
  m.line(
    { date: '2034-09-14', amount: -N(4318.75), text: 'GRA PAYE AUG 2034/TIN C0004412893' },
    T.match(['gra'], 'counterparty', 'auto', ['name-abbreviated']),
  );

  m.book('so14', {
    date: '2034-09-15',
    amount: -N(8333.33),
    acct: bank,
    vtype: 'Bilag',
    ref: '3018-14',
    party: 'Asuogyaman Rural Bank',
    desc: 'Avdrag lån 3018 – termin 14',
  });
  m.line(
    { date: '2034-09-15', amount: -N(8333.33), text: 'STANDING ORDER/LOAN A/C 3018/INST 14' },
    T.match(['so14'], 'reference', 'auto', ['standing-order', 'loan-instalment']),
  );

  m.book('fish', {
    date: '2034-09-18',
    amount: -N(6000),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'FC-7781',
    party: 'Fisheries Commission',
    desc: 'Akvakulturlisens fornyelse 2034/35 (FC-7781)',
  });
  m.line(
    { date: '2034-09-19', amount: -N(6000), text: 'GIP/FISHERIES COMMISSION/AQUA PERMIT RENEWAL FC7781' },
    T.match(['fish'], 'reference', 'auto', ['ref-joined']),
  );
  gip('2034-09-19');

  // boat repair: the GhIPSS transfer comes back (wrong account number) and is sent again
  m.book('boat', {
    date: '2034-09-20',
    amount: -N(14800),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'KAB-56',
    party: 'Kofi Agbeko Boatyard',
    desc: 'Reparasjon arbeidsbåt – faktura 56',
  });
  m.line(
    { key: 'fail', date: '2034-09-20', amount: -N(14800), text: 'GIP/TRF TO KOFI AGBEKO BOATYARD/INV 56' },
    T.reversal('rev', ['failed-transfer']),
  );
  gip('2034-09-20');
  m.line(
    { key: 'rev', date: '2034-09-22', amount: N(14800), text: 'GIP RETURN/INVALID BENEFICIARY ACCOUNT/KOFI AGBEKO' },
    T.reversal('fail', ['failed-transfer']),
  );
  m.line(
    { date: '2034-09-22', amount: -N(14800), text: 'GIP/TRF TO KOFI AGBEKO BOATYARD/INV 56 RESEND' },
    T.match(['boat'], 'counterparty', 'auto', ['resent-after-reversal']),
  );
  gip('2034-09-22');

  m.book('mob', {
    date: '2034-09-21',
    amount: -N(5750),
    acct: bank,
    vtype: 'Utbetaling',
    ref: '000721',
    party: 'Mensah Outboard Services',
    desc: 'Propell og reservedeler – sjekk 000721',
  });
  m.only('mob', 'cheque 000721 not yet presented');
  m.line(
    { date: '2034-09-28', amount: -N(5750), text: 'GIP/TRF TO MENSAH & SONS MARINE/DEPOSIT' },
    T.none(['decoy-similar-name', 'unrecorded-payment']),
  );
  gip('2034-09-28');

  m.line(
    { date: '2034-09-23', amount: -N(450), text: 'POS PURCHASE/SHELL AKOSOMBO', anyDay: true },
    T.none(['unrecorded-card-purchase']),
  );

  m.book('kw37', {
    date: '2034-09-26',
    amount: -N(1200),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'U-0926A',
    party: 'Adobor, Kwesi',
    desc: 'Dagarbeid merdrengjøring uke 37',
  });
  m.book('kw38', {
    date: '2034-09-26',
    amount: -N(1200),
    acct: bank,
    vtype: 'Utbetaling',
    ref: 'U-0926B',
    party: 'Adobor, Kwesi',
    desc: 'Dagarbeid merdrengjøring uke 38',
  });
  for (let i = 0; i < 2; i++)
    m.line(
      { date: '2034-09-26', amount: -N(1200), text: 'BANK TO MOMO/024XXXX558/KWESI ADOBOR', anyDay: true },
      T.twins([['kw37'], ['kw38']], 'counterparty', ['twins', 'mobile-money']),
    );

  m.book('lonn', {
    date: '2034-09-27',
    amount: -N(68450),
    acct: bank,
    vtype: 'Lønn',
    ref: 'L-2034-09',
    party: '',
    desc: 'Lønn september 2034 – 23 ansatte',
  });
  m.line(
    { date: '2034-09-27', amount: -N(68450), text: 'ACH BULK CREDIT/SEPT 2034 SALARIES/23 ITEMS' },
    T.match(['lonn'], 'counterparty', 'auto', ['bulk-payment', 'salaries']),
  );
  m.line({ date: '2034-09-27', amount: -N(46), text: 'ACH CHARGES 23 ITEMS @2.00' }, T.bankOnly('charge', ['ach-fee']));

  m.book('vra', {
    date: '2034-09-29',
    amount: -N(12000),
    acct: bank,
    vtype: 'Utbetaling',
    ref: '000720',
    party: 'Volta River Authority',
    desc: 'Leie merdområde Q4 – sjekk 000720',
  });
  m.only('vra', 'cheque 000720 not yet presented');

  m.line(
    { date: '2034-09-29', amount: -N(12), text: 'SMS ALERT CHARGES SEP 2034' },
    T.bankOnly('charge', ['sms-alerts']),
  );
  m.line(
    { date: '2034-09-29', amount: -N(25), text: 'ACCOUNT MAINTENANCE FEE' },
    T.bankOnly('charge', ['maintenance-fee']),
  );

  const bankFile = 'asuogyaman-5093-sep2034.csv';
  const ledgerFile = 'poweroffice-hovedbok-sep2034.csv';
  const opening = N(412380.55);
  const cashOpening = N(4265);
  return {
    set: 'gh-asuogyaman-poweroffice',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2034-09-01', to: '2034-09-30' },
    publicHolidays: ['2034-09-21'],
    business:
      'a tilapia cage farm on the Volta at Atimpoku with a Norwegian co-founder (fish sold to market women by MoMo and cash, to distributors, hotels and a cold store; feed, fingerlings, boats, a shareholder loan from Oslo)',
    month: m,
    openingBalance: opening,
    bookOpening: opening,
    otherAccount: (b) => b.acct === cash,
    notes: [
      'Bank: Asuogyaman Rural Bank PLC, Atimpoku branch, current account; CSV with title rows, BALANCE B/F and BALANCE C/F rows, day-first dates; the Cheque No column is the only reference column.',
      'Books: PowerOffice Go, Rapporter → Hovedbok for accounts 1900 (Kontanter) and 1920 (Bankinnskudd), exported to CSV in Norwegian: semicolons, decimal commas, non-breaking-space thousands, dd.mm.yyyy. The statement reconciles against 1920; the 1900 rows are the cash account.',
      'E-levy is not charged: it was repealed in 2025.',
    ],
    bankFile: {
      file: bankFile,
      bank: 'Asuogyaman Rural Bank PLC',
      layout:
        'CSV: title rows, Posting Date, Value Date, Narration, Cheque No, Debit, Credit, Balance; BALANCE B/F and C/F rows',
      order: 'oldest-first',
      ledgerAccount: bank,
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Cheque No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      write: (lines, open) => {
        const rows = [
          ['ASUOGYAMAN RURAL BANK PLC'],
          ['ATIMPOKU BRANCH'],
          ['CUSTOMER ACCOUNT STATEMENT'],
          ['Account Name:', 'NKYINKYIM AQUA FARMS LTD'],
          ['Account Number:', '*********5093'],
          ['Currency:', 'GHS'],
          ['Statement Period:', '01/09/2034 TO 30/09/2034'],
          [],
          ['Posting Date', 'Value Date', 'Narration', 'Cheque No', 'Debit', 'Credit', 'Balance'],
        ];
        const headerRow = rows.length;
        rows.push(['', '', 'BALANCE B/F', '', '', '', money(open)]);
        const rowOf = new Map();
        for (const l of lines) {
          l.ref = l.chq ?? '';
          rows.push([
            dmy(l.date),
            dmy(l.date),
            l.text,
            l.ref,
            l.amount < 0 ? money(-l.amount) : '',
            l.amount > 0 ? money(l.amount) : '',
            money(l.balance),
          ]);
          rowOf.set(l.key, rows.length);
        }
        rows.push(['', '', 'BALANCE C/F', '', '', '', money(lines.at(-1).balance)]);
        return { data: csvText(rows), rowOf, headerRow };
      },
    },
    ledgerFile: {
      file: ledgerFile,
      package:
        'PowerOffice Go (Rapporter → Hovedbok, kontoer 1900 Kontanter og 1920 Bankinnskudd, eksport til CSV, Norwegian interface)',
      layout:
        'CSV (semicolons): title lines, header row, per account an Inngående saldo row, entries, a Sum row and an Utgående saldo row',
      hasParty: true,
      readOptions: {
        dateOrder: 'DMY',
        decimalSeparator: ',',
        mapping: {
          date: 'Dato',
          journalId: 'Bilagsnr',
          reference: 'Referanse',
          description: ['Tekst'],
          party: 'Kunde/leverandør',
          account: 'Konto',
          moneyIn: 'Debet',
          moneyOut: 'Kredit',
        },
      },
      write: (books, open) => {
        const rows = [
          ['Hovedbok'],
          ['Nkyinkyim Aqua Farms Ltd (org. 0000-GH)'],
          ['Periode: 01.09.2034 - 30.09.2034'],
          ['Valuta: GHS'],
          [],
          [
            'Konto',
            'Kontonavn',
            'Dato',
            'Bilagsnr',
            'Bilagstype',
            'Tekst',
            'Kunde/leverandør',
            'Referanse',
            'Debet',
            'Kredit',
            'Saldo',
          ],
        ];
        const headerRow = rows.length;
        const rowOf = new Map();
        let voucher = 40211;
        const vouchers = new Map();
        for (const b of books) if (!vouchers.has(b.ref + b.date)) vouchers.set(b.ref + b.date, voucher++);
        for (const [acct, name, start] of [
          [cash, 'Kontanter', cashOpening],
          [bank, 'Bankinnskudd Asuogyaman RB', open],
        ]) {
          rows.push([acct, name, '', '', '', 'Inngående saldo', '', '', '', '', nok(start)]);
          let bal = start;
          let dr = 0;
          let cr = 0;
          for (const b of books.filter((x) => x.acct === acct)) {
            bal += b.amount;
            if (b.amount > 0) dr += b.amount;
            else cr -= b.amount;
            rows.push([
              acct,
              name,
              dmy(b.date, '.'),
              String(vouchers.get(b.ref + b.date)),
              b.vtype,
              b.desc,
              b.party,
              b.ref,
              nok(Math.max(b.amount, 0)),
              nok(Math.max(-b.amount, 0)),
              nok(bal),
            ]);
            rowOf.set(b.key, rows.length);
          }
          rows.push([acct, name, '', '', '', `Sum ${acct}`, '', '', nok(dr), nok(cr), '']);
          rows.push([acct, name, '', '', '', 'Utgående saldo', '', '', '', '', nok(bal)]);
        }
        return { data: csvText(rows, ';'), rowOf, headerRow };
      },
    },
  };
}
