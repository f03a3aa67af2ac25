// ZA: a gym (memberships, personal training, a supplement counter) in Orania, May 2031. OSK co-operative bank
// statement in Afrikaans (semicolon CSV, decimal comma), KMyMoney register of the cheque account (CSV).
import { L, R, auto, bankOnly, ledgerOnly, none, pair, suggest } from './items48.mjs';
import { csv, dmy, major, money } from './lib48.mjs';

const FIXED = [474000, 65000, 2000000, 540000, 546000];

function items({ d, W }) {
  const out = [];
  d.avoid(...FIXED);
  const eftFee = (day) => out.push(bankOnly(L(day, -650, 'EFT FOOI'), 'charge'));
  // April's supplement order, authorised on 30 April, released with the first batch of May (booked in April)
  out.push(none(L(W[0], -d.amt(3000, 5000, 0.5), 'EFT KAROO PROTEIEN APRIL BESTELLING'), ['prior-period']));
  eftFee(W[0]);
  // membership debit orders run through Netcash on the 1st and the 25th; settled net of fees, unpaids charged back
  for (const [w, batch, members] of [
    [0, '23114', 142],
    [16, '23187', 96],
  ]) {
    const g = members * 45000;
    out.push(
      suggest(
        L(W[w + 1], g - members * 450, `NETCASH DO BATCH ${batch} INVORDERING`),
        R(W[w], g, batch, `Lede debietorders, batch ${batch}`, 'Netcash', 'Lede'),
        'reference',
        false,
        ['net-of-fee', 'debit-order'],
      ),
    );
    const unpaid = -(2 + (members % 3)) * 45000;
    out.push(
      auto(
        L(W[w + 3], unpaid, `NETCASH ONBETAALDE DO BATCH ${batch}`),
        R(W[w + 3], unpaid, batch, `Onbetaalde debietorders, batch ${batch}`, 'Netcash', 'Lede'),
        'reference',
        ['unpaid-debit-orders'],
      ),
    );
  }
  // walk-in day passes and the supplement counter by card, paid out weekly by Yoco less 2.95 %
  for (const [i, w] of [4, 9, 14].entries()) {
    const g = d.amt(6000, 11000, 0.5);
    out.push(
      suggest(
        L(W[w], g - Math.round((g * 295) / 10000), 'YOCO UITBETALING'),
        R(W[w - 1], g, null, `Kaartverkope week ${i + 1}`, 'Yoco', 'Verkope'),
        'counterparty',
        false,
        ['net-of-fee', 'card'],
      ),
    );
  }
  // personal-training packages by EFT quoting the member number
  for (const [w, m, who] of [
    [2, '0412', 'Anel Steyn'],
    [7, '0388', 'Pieter Olivier'],
  ]) {
    const x = d.amt(1800, 3200, 50);
    out.push(
      auto(
        L(W[w], x, `BETALING LID ${m} PT PAKKET`),
        R(W[w], x, `M${m}`, 'Persoonlike afrigting, 10 sessies', who, 'Afrigting'),
        'reference',
        ['invoice'],
      ),
    );
  }
  // the school pays April's and May's team conditioning invoices together
  const s1 = d.amt(3000, 5000, 50);
  const s2 = d.amt(3000, 5000, 50);
  out.push(
    auto(
      L(W[5], s1 + s2, 'ORANIA SKOOL KG118 KG124'),
      [
        R(W[5], s1, 'KG-118', 'Spankondisionering April', 'Orania Skool', 'Afrigting'),
        R(W[5], s2, 'KG-124', 'Spankondisionering Mei', 'Orania Skool', 'Afrigting'),
      ],
      'reference',
      ['several-invoices'],
    ),
  );
  // a farmers' co-op pays its staff wellness invoice in two EFTs
  const c1 = d.amt(5000, 8000, 50);
  const c2 = d.amt(3000, 5000, 50);
  out.push(
    auto(
      [L(W[8], c1, 'ORANJE AGRI KOOP KG121 DEEL'), L(W[11], c2, 'ORANJE AGRI KOOP KG121 SALDO')],
      R(W[11], c1 + c2, 'KG-121', 'Personeelwelstand program', 'Oranje Agri Koöp', 'Afrigting'),
      'reference',
      ['one-invoice-two-transfers'],
    ),
  );
  // a member pays a year ahead and rounds up
  const yr = 12 * 45000;
  out.push(
    auto(
      L(W[6], yr + 6000, 'JAARLEDE LID 0455 DU PLESSIS'),
      R(W[6], yr, 'M0455', 'Jaarlede 2031/32', 'Hanlie du Plessis', 'Lede'),
      'reference',
      ['over-payment'],
      { difference: 6000 },
    ),
  );
  const wz = d.amt(4000, 5000, 50);
  out.push(
    auto(
      L(W[10], wz, 'BETALING WILLEM VAN ZYL JAARLEDE'),
      R(W[10], wz, null, 'Jaarlede', 'Willem van Zyl', 'Lede'),
      'counterparty',
      ['name-only'],
    ),
  );
  // decoy: a builder of the same surname refunds exactly a member's promised annual fee
  const dc = 474000; // 12 × R395, off the R50 steps of the other draws
  out.push(none(L(W[12], dc, 'BOTHA BOUWERKE TERUGBETALING'), ['decoy', 'unbooked'], { decoy: true }));
  out.push(
    ledgerOnly(
      R(W[11], dc, 'M0461', 'Jaarlede (belowe per EFT)', 'Koos Botha', 'Lede'),
      'booked on the member’s promise; his EFT had not come by the month end',
    ),
  );
  // two equal monthly training invoices of one member, one paid by name
  out.push(
    suggest(
      L(W[17], 65000, 'MARIETJIE KRUGER AFRIGTING'),
      [
        R(W[3], 65000, 'KG-119', 'Afrigting April', 'Marietjie Kruger', 'Afrigting'),
        R(W[9], 65000, 'KG-122', 'Afrigting Mei', 'Marietjie Kruger', 'Afrigting'),
      ],
      'counterparty',
      true,
      ['tie'],
      { shape: 'tie' },
    ),
  );
  out.push(none(L(W[13], d.amt(300, 700, 10), 'KONTANTDEPOSITO'), ['unknown', 'cash']));
  out.push(bankOnly(L(W[13], -4500, 'KONTANTDEPOSITO FOOI'), 'charge'));
  // the supplement supplier's EFT is returned (wrong branch code) and paid again
  const kp = -d.amt(4000, 7000, 0.5);
  out.push(
    pair(L(W[3], kp, 'EFT KAROO PROTEIEN FAKT KP8812'), L(W[5], -kp, 'EFT TERUGGESTUUR ONGELDIGE TAKKODE'), [
      'failed-transfer',
    ]),
  );
  eftFee(W[3]);
  out.push(
    auto(
      L(W[6], kp, 'EFT KAROO PROTEIEN FAKT KP8812'),
      R(W[3], kp, 'KP8812', 'Proteïenpoeier en drankies', 'Karoo Proteïen', 'Voorraad'),
      'reference',
      ['resent'],
    ),
  );
  eftFee(W[6]);
  const rent = -d.amt(14000, 16000, 100);
  out.push(
    auto(
      L(W[0], rent, 'EFT VLUYTJESKRAAL EIENDOMME HUUR'),
      R(W[0], rent, null, 'Huur Mei, gimnasiumgebou', 'Vluytjeskraal Eiendomme', 'Huur'),
      'counterparty',
      ['name-only'],
    ),
  );
  eftFee(W[0]);
  const lease = -d.amt(6000, 8000, 0.01);
  out.push(
    auto(
      L(W[0], lease, 'DEBIETORDER TECHNOFIT FINANSIES 55120'),
      R(W[0], lease, 'Kontrak 55120', 'Huurkoop trapmeulens', 'TechnoFit Finansies', 'Toerusting'),
      'reference',
      ['debit-order'],
    ),
  );
  const ins = -d.amt(1200, 1800, 0.01);
  out.push(
    auto(
      L(W[0], ins, 'DEBIETORDER VAALRIVIER VERSEKERING POLIS 44120'),
      R(W[0], ins, 'Polis 44120', 'Versekering, gebou en toerusting', 'Vaalrivier Versekering', 'Versekering'),
      'reference',
      ['debit-order'],
    ),
  );
  const el = -d.amt(5000, 8000, 0.01);
  out.push(
    auto(
      L(W[7], el, 'ORANIA VERTEENWOORDIGENDE RAAD REK 10442'),
      R(W[7], el, '10442', 'Elektrisiteit en water April', 'Orania Verteenwoordigende Raad', 'Munisipaal'),
      'reference',
      ['utility'],
    ),
  );
  const emp = -d.amt(6000, 9000, 0.01);
  out.push(
    auto(
      L(W[4], emp, 'SARS EMP201 7120004476391'),
      R(W[4], emp, '7120004476391', 'EMP201 April (LBS, UIF, SDL)', 'SARS', 'Belasting'),
      'reference',
      ['statutory'],
    ),
  );
  const vat = -d.amt(9000, 14000, 0.01);
  out.push(
    auto(
      L(W[15], vat, 'SARS VAT201 4120088812200'),
      R(W[15], vat, '4120088812200', 'BTW201 Maart-April', 'SARS', 'Belasting'),
      'reference',
      ['statutory'],
    ),
  );
  const sal = -d.amt(38000, 46000, 0.01);
  out.push(
    auto(
      L(W[18], sal, 'SALARISSE SAL0531'),
      R(W[18], sal, 'SAL0531', 'Salarisse Mei, instrukteurs en ontvangs', 'Personeel', 'Salarisse'),
      'reference',
      ['payroll'],
    ),
  );
  out.push(bankOnly(L(W[18], -5 * 450, 'BONDELBETALING FOOI 5 ITEMS'), 'charge'));
  const cl = -d.amt(3500, 4500, 0.5);
  out.push(
    auto(
      L(W[19], cl, 'EFT KAROO SKOONMAAKDIENSTE INV 2291'),
      R(W[19], cl, 'INV 2291', 'Skoonmaak Mei', 'Karoo Skoonmaakdienste', 'Skoonmaak'),
      'reference',
      ['supplier'],
    ),
  );
  eftFee(W[19]);
  out.push(
    auto(
      L(W[14], -2000000, 'OORPLASING NA SPAARREKENING KRAGTIG'),
      R(W[14], -2000000, null, 'Na spaarrekening', 'Kragtig spaarrekening', 'Oorplasing'),
      'counterparty',
      ['own-account'],
    ),
  );
  out.push(
    ledgerOnly(
      R(W[20], -d.amt(2000, 3000, 0.5), 'KP8850', 'Proteïenpoeier (EFT gemagtig 30/05)', 'Karoo Proteïen', 'Voorraad'),
      'an EFT authorised on the last day, released in June',
    ),
  );
  out.push(bankOnly(L(W[20], 4213, 'KREDIETRENTE'), 'interest'));
  out.push(bankOnly(L(W[20], -9500, 'MAANDELIKSE DIENSFOOI'), 'charge'));
  return out;
}

const bankFile = 'osk-0118-mei2031.csv';
const ledgerFile = 'kmymoney-osk-tjek-may2031.csv';
export const za = {
  set: 'za-osk-kmymoney',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  period: { from: '2031-05-01', to: '2031-05-31' },
  publicHolidays: ['2031-05-01'],
  bank: 'OSK (Orania Spaar- en Kredietkoöperasie)',
  package: 'KMyMoney (ledger of the account OSK Tjek, exported to CSV)',
  business:
    'a gym in Orania (memberships by debit order, personal training, a school and a co-op as clients, a supplement counter)',
  ledgerAccount: 'OSK Tjek',
  opening: 4250000,
  get bookOpening() {
    return this.opening + this._prior; // the prior item (money out) left the books last month
  },
  notes: [
    'Workers’ Day (1 May) closes the bank; debit orders of the 1st run on 2 May.',
    'Netcash settles debit-order batches less R4.50 a member and charges unpaids back on their own line.',
    'Yoco pays card sales out weekly less 2.95 %; the books hold the week’s card sales.',
    "The books open below the bank by April's supplement EFT, released on 2 May.",
  ],
  items(ctx) {
    const its = items(ctx);
    this._prior = its[0].lines[0].amt;
    return its;
  },
  bankLayout: {
    file: bankFile,
    headerRow: 4,
    layout: 'csv',
    order: 'oldest-first',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      decimalSeparator: ',',
      mapping: { date: 'Datum', description: 'Beskrywing', reference: 'Verwysing', amount: 'Bedrag', balance: 'Saldo' },
    },
    write({ lines, opening, closing }) {
      const m = (x) => money(x, { group: '', dec: ',' });
      const ymd = (iso) => iso.replaceAll('-', '/');
      const rows = [
        ['Orania Spaar- en Kredietkoöperasie Beperk'],
        ['Rekening: KRAGTIG GIMNASIUM (EDMS) BPK 40****118'],
        ['Tydperk: 2031/05/01 - 2031/05/31'],
        ['Datum', 'Beskrywing', 'Verwysing', 'Bedrag', 'Saldo'],
        ['', 'Openingsaldo', '', '', m(opening)],
      ];
      for (const l of lines) {
        l.row = rows.length + 1;
        rows.push([ymd(l.d), l.text, l.ref ?? '', m(l.amt), m(l.balance)]);
      }
      rows.push(['', 'Sluitingsaldo', '', '', m(closing)]);
      return { bytes: csv(rows, { delim: ';' }) };
    },
  },
  ledgerLayout: {
    file: ledgerFile,
    headerRow: 1,
    layout: 'csv',
    hasParty: true,
    description: (r) => r.desc,
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        reference: 'Number',
        party: 'Payee',
        description: 'Memo',
        amount: 'Amount',
        balance: 'Balance',
      },
    },
    write({ rows }) {
      const out = [['Date', 'Number', 'Payee', 'Category', 'Memo', 'Amount', 'Status', 'Balance']];
      for (const r of rows) {
        r.row = out.length + 1;
        out.push([
          dmy(r.d),
          r.ref ?? '',
          r.party ?? '',
          r.type,
          r.desc,
          major(r.amt),
          r.d <= '2031-05-20' ? 'C' : '',
          major(r.balance),
        ]);
      }
      return { bytes: csv(out), nonEntryRows: [] };
    },
  },
};
