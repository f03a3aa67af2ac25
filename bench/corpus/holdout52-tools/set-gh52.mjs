// Sagnarigu Shea Exports Ltd, Tamale — June 2033 (kernel buying season). Borimanga Rural Bank statement (CSV) against
// Pennylane's grand livre of 512100 and 531000 (CSV, French interface, semicolons and decimal commas).
import { Month, csvText, dateText, grouped } from './lib52.mjs';

const C = (cedi, p = 0) => cedi * 100 + p;
/** cedis for a USD amount at a rate given in ten-thousandths (15.2300 → 152300) */
const fx = (usd, rate) => Math.round((usd * 100 * rate) / 10000);

export function build(d) {
  const m = new Month({ from: '2033-06-01', to: '2033-06-30', holidays: [] });
  const gipOut = (date, name, narr, amount) => {
    const l = m.line({
      date,
      amount: -amount,
      text: `GIP TRF/${name}${narr ? `/${narr}` : ''}`,
      reference: `GIP${date.replace(/-/g, '').slice(2)}${d.int(1000, 9999)}`,
    });
    m.bankOnly(m.line({ date, amount: -C(3), text: 'GIP TRANSFER CHARGES', reference: l.reference }), 'charge', [
      'gip-fee',
    ]);
    return l;
  };
  const inward = (date, payer, usd, rate, narr) => {
    const l = m.line({
      date,
      amount: fx(usd, rate),
      text: `INWARD TT/ARB APEX/${payer}/USD ${grouped(usd * 100)} @ ${(rate / 10000).toFixed(4)}${narr ? `/${narr}` : ''}`,
      reference: `TT${date.replace(/-/g, '').slice(2)}${d.int(100, 999)}`,
    });
    m.bankOnly(m.line({ date, amount: -C(150), text: 'INWARD TT COMMISSION', reference: l.reference }), 'charge', [
      'inward-tt-commission',
    ]);
    return l;
  };
  const enc = (date, amount, ref, desc) => m.row({ date, amount, ref, desc, extra: { journal: 'BQ1' } });
  const dec = (date, amount, ref, desc) => m.row({ date, amount: -amount, ref, desc, extra: { journal: 'BQ1' } });
  const cash = (date, amount, ref, desc) =>
    m.otherRow({ date, amount, ref, desc, extra: { journal: 'CA', account: '531000' } });

  // --- buyers abroad: invoices in USD, paid by TT into the cedi account at the bank's buying rate
  {
    const l = inward('2033-06-02', 'KARITE NATUREL SARL', 18000, 152300, 'INV 41');
    m.match(
      l,
      enc('2033-06-02', l.amount, 'F-2033-041', 'Règlement Karité Naturel SARL – facture F-2033-041 (USD 18 000)'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-serial-only', 'usd-invoice'] },
    );
  }
  {
    // 30 % pre-finance on contract SO-C-2033-07, booked at the pro-forma's rate; the bank converted at a better one
    const l = inward('2033-06-06', 'SHEA ORIGINS BV', 13500, 151800, 'PREFIN SO-C-2033-07');
    m.match(
      l,
      enc(
        '2033-06-03',
        fx(13500, 151000),
        'SO-C-2033-07',
        'Avance client Shea Origins BV – contrat SO-C-2033-07 (30 %)',
      ),
      {
        evidence: 'reference',
        decision: 'auto',
        traits: ['ref-canonical', 'advance-payment', 'over-payment', 'fx-difference'],
      },
    );
  }
  {
    const l = inward('2033-06-27', 'SHEA ORIGINS BV', 31500, 152900, 'BAL SOC203307');
    m.match(
      l,
      enc('2033-06-27', l.amount, 'F-2033-047', 'Solde contrat SO-C-2033-07 – facture F-2033-047 Shea Origins BV'),
      { evidence: 'reference', decision: 'auto', traits: ['ref-year-serial-joined', 'advance-balance'] },
    );
  }
  {
    // the buyer's bank converted at a worse rate than the one the books used: short by the difference
    const l = inward('2033-06-20', 'NOIX DE KARITE COOP SCIC', 9600, 151100, '');
    m.match(
      l,
      enc('2033-06-20', fx(9600, 152000), 'F-2033-045', 'Règlement Noix de Karité Coop – F-2033-045 (USD 9 600)'),
      { evidence: 'counterparty', decision: 'suggest', traits: ['name-only', 'fx-difference', 'short'] },
    );
  }
  // --- local buyers (cedis)
  {
    const l = m.line({
      date: '2033-06-09',
      amount: C(148740),
      text: 'RTGS CR/TEMA OILS AND FATS LTD/SSE INV 043 NET OF WHT',
      reference: 'RTGS0609T44',
    });
    m.match(
      l,
      enc('2033-06-09', C(153340, 21), 'F-2033-043', 'Règlement Tema Oils & Fats – F-2033-043 (beurre 12 t)'),
      { evidence: 'reference', decision: 'suggest', traits: ['ref-serial-only', 'short-withholding-tax-3pct'] },
    );
  }
  {
    const l = m.line({
      date: '2033-06-13',
      amount: C(27350),
      text: 'GIP CR/SAVANNA NATURALS LTD/inv 039+042',
      reference: 'GIP3306131187',
    });
    const a = enc('2033-06-13', C(16200), 'F-2033-039', 'Règlement Savanna Naturals – F-2033-039');
    const b = enc('2033-06-13', C(11150), 'F-2033-042', 'Règlement Savanna Naturals – F-2033-042');
    m.match(l, [a, b], { evidence: 'reference', decision: 'auto', traits: ['ref-lowercase', 'split-one-to-many'] });
  }
  {
    const l = m.line({
      date: '2033-06-24',
      amount: C(12000),
      text: 'GIP CR/SAVANNA NATURALS LTD/PART PAYMENT',
      reference: 'GIP3306242209',
    });
    m.match(l, enc('2033-06-23', C(19800), 'F-2033-046', 'Règlement Savanna Naturals – F-2033-046'), {
      evidence: 'counterparty',
      decision: 'suggest',
      traits: ['name-only', 'part-payment'],
    });
  }
  {
    const l = m.line({
      date: '2033-06-29',
      amount: C(18600),
      text: 'GIP CR/SAVANNA NATURE FOODS/SUPPLIES',
      reference: 'GIP3306290412',
    });
    m.none(l, ['decoy-similar-name']);
    m.ledgerOnly(
      enc('2033-06-29', C(18600), 'F-2033-048', 'Règlement Savanna Naturals – F-2033-048 (avis de virement reçu)'),
      'remittance advice received; the money has not arrived',
    );
  }
  m.none(m.line({ date: '2033-06-16', amount: C(2500), text: 'CASH DEP/BY ALHASSAN', reference: 'CD0616771' }), [
    'unknown-receipt',
  ]);

  // --- buying cash for the women's groups' kernels: cheques cashed at the counter, spent from the cash box
  const wdl = [
    [
      '2033-06-01',
      '000611',
      C(85000),
      'ABDUL-RAHMAN IDDRISU',
      [
        ['Kukuo Tiyumtaba', 41800],
        ['Gbalahi Pagsung', 38650],
      ],
    ],
    [
      '2033-06-08',
      '000612',
      C(120000),
      'ABDUL-RAHMAN IDDRISU',
      [
        ['Nyankpala Shea Women', 52300],
        ['Sakuba Widaana', 61250],
      ],
    ],
    [
      '2033-06-15',
      '000613',
      C(95000),
      'FUSEINI ASANA',
      [
        ['Kukuo Tiyumtaba', 47100],
        ['Tolon Zaa Nyeya', 44900],
      ],
    ],
    [
      '2033-06-22',
      '000614',
      C(110000),
      'ABDUL-RAHMAN IDDRISU',
      [
        ['Gbalahi Pagsung', 58400],
        ['Savelugu Tiyumtaba', 49700],
      ],
    ],
  ];
  for (const [date, chq, amt, by, buys] of wdl) {
    const l = m.line({ date, amount: -amt, text: `CASH WDL/CHQ ${chq}/BY ${by}`, reference: chq });
    const row = dec(date, amt, `CHQ ${chq}`, `Retrait espèces – achats amandes (chèque ${chq})`);
    m.match(l, row, { evidence: 'reference', decision: 'auto', traits: ['cheque-number', 'cash-withdrawal'] });
    cash(date, amt, `CHQ ${chq}`, `Approvisionnement caisse – chèque ${chq}`);
    buys.forEach(([group, cedis], i) =>
      cash(m.working(date, i + 1), -C(cedis), `BA-${chq}-${i + 1}`, `Achat amandes de karité – groupement ${group}`),
    );
  }

  // --- processing, permits and levies on the export lots
  {
    const a = gipOut('2033-06-10', 'GBIMSI WOMEN SHEA PROC', 'PROCESSING', C(8400));
    const b = gipOut('2033-06-10', 'GBIMSI WOMEN SHEA PROC', 'PROCESSING', C(8400));
    const r1 = dec('2033-06-09', C(8400), 'LOT-2311', 'Façon beurre lot 23-11 – Gbimsi Women Shea Processors');
    const r2 = dec('2033-06-09', C(8400), 'LOT-2312', 'Façon beurre lot 23-12 – Gbimsi Women Shea Processors');
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
    const l = gipOut('2033-06-21', 'NYANKPALA PAGSUNG COOP', '', C(6500));
    const r1 = dec('2033-06-14', C(6500), 'NPC-0614', 'Façon beurre – Nyankpala Pagsung Cooperative (livraison 1)');
    const r2 = dec('2033-06-17', C(6500), 'NPC-0617', 'Façon beurre – Nyankpala Pagsung Cooperative (livraison 2)');
    m.match(l, null, {
      evidence: 'counterparty',
      decision: 'suggest',
      mustNotAuto: true,
      anyOf: [[r1], [r2]],
      traits: ['tie', 'name-only'],
    });
  }
  {
    const l = gipOut('2033-06-07', 'TREE CROPS DEV AUTHORITY', 'EXP PERMIT TCDA/EP/0412', C(4250));
    m.match(l, dec('2033-06-07', C(4250), 'TCDA-EP-0412', "Redevance TCDA – permis d'exportation EP/0412"), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-slashes', 'export-levy'],
    });
  }
  {
    const l = gipOut('2033-06-14', 'GHANA STANDARDS AUTHORITY', 'COA 2306', C(1850));
    m.match(l, dec('2033-06-13', C(1850), 'GSA-COA-2306', "Certificat d'analyse GSA lot 2306"), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-spaces'],
    });
  }
  {
    const l = gipOut('2033-06-14', 'MOFA PPRSD', 'PHYTO CERT', C(650));
    m.match(l, dec('2033-06-14', C(650), '', 'Certificat phytosanitaire – MoFA PPRSD Tamale'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only'],
    });
  }
  {
    const l = gipOut('2033-06-16', 'GRA CUSTOMS ICUMS', 'DECL 40132-2033', C(1240, 50));
    m.match(l, dec('2033-06-16', C(1240, 50), 'ICUMS 40132', 'Frais de déclaration export ICUMS 40132'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical', 'export-levy'],
    });
  }
  {
    const r = dec(
      '2033-06-17',
      C(38400),
      'NSH-2290',
      'Transport Tamale–Tema 2 conteneurs – Northern Star Haulage (fact. 2290)',
    );
    const first = m.line({
      date: '2033-06-17',
      amount: -C(38400),
      text: 'GIP TRF/NORTHERN STAR HAULAGE/INV 2290',
      reference: 'GIP3306175512',
    });
    const firstFee = m.line({
      date: '2033-06-17',
      amount: -C(3),
      text: 'GIP TRANSFER CHARGES',
      reference: 'GIP3306175512',
    });
    m.bankOnly(firstFee, 'charge', ['gip-fee']);
    const back = m.line({
      date: '2033-06-20',
      amount: C(38400),
      text: 'GIP RETURN/NORTHERN STAR HAULAGE/INVALID ACCOUNT',
      reference: 'GIP3306175512',
    });
    m.reversal(first, back, ['failed-transfer']);
    const again = gipOut('2033-06-21', 'NORTHERN STAR HAULAGE LTD', 'INV2290 RESENT', C(38400));
    m.match(again, r, { evidence: 'reference', decision: 'auto', traits: ['ref-canonical', 'resent-after-reversal'] });
  }
  for (const [date, amt, bookDate] of [
    ['2033-06-03', C(5600), '2033-06-02'],
    ['2033-06-23', C(7350), '2033-06-23'],
  ]) {
    const l = gipOut(date, 'ALHAJI MAHAMA PACKAGING', 'JUTE BAGS', amt);
    m.match(l, dec(bookDate, amt, '', 'Sacs de jute et cartons – Alhaji Mahama Packaging'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['name-only'],
    });
  }

  // --- staff and statutory
  {
    const l = m.line({
      date: '2033-06-28',
      amount: -C(31460),
      text: 'ACH BULK DR/SALARIES JUN 2033/7 ITEMS',
      reference: 'ACH330628001',
    });
    m.match(l, dec('2033-06-28', C(31460), 'PAIE-2033-06', 'Salaires nets juin 2033 (7 salariés)'), {
      evidence: 'counterparty',
      decision: 'auto',
      traits: ['bulk-payment'],
    });
    m.bankOnly(
      m.line({ date: '2033-06-28', amount: -C(14), text: 'ACH BULK CHARGES 7 ITEMS', reference: 'ACH330628001' }),
      'charge',
      ['ach-fee'],
    );
  }
  {
    const l = gipOut('2033-06-13', 'SSNIT', 'ER NO 4410217 MAY 2033', C(5982, 40));
    m.match(l, dec('2033-06-10', C(5982, 40), 'SSNIT 4410217', 'Cotisations SSNIT mai 2033'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = gipOut('2033-06-15', 'GRA DTRD TAMALE', 'PAYE MAY33 TIN C0004418230', C(3311, 75));
    m.match(l, dec('2033-06-15', C(3311, 75), 'C0004418230', 'PAYE mai 2033 – GRA'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  {
    const l = gipOut('2033-06-06', 'NEDCO PREPAID', 'METER 37110442881', C(1500));
    m.match(l, dec('2033-06-06', C(1500), '', 'Électricité prépayée atelier – NEDCo compteur 37110442881'), {
      evidence: 'reference',
      decision: 'auto',
      traits: ['ref-canonical'],
    });
  }
  m.none(gipOut('2033-06-24', 'MTN MOMO', '0244***918', C(900)), ['unrecorded-payment']);

  // --- the bank's own charges
  m.bankOnly(
    m.line({ date: '2033-06-30', amount: -C(45), text: 'SMS ALERT CHARGES JUN 2033', reference: 'SMS0633' }),
    'charge',
    ['sms-alerts'],
  );
  const debits = m.lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
  m.bankOnly(
    m.line({
      date: '2033-06-30',
      amount: -Math.round(debits / 1000),
      text: 'COMMISSION ON TURNOVER JUN 2033',
      reference: 'COT0633',
    }),
    'charge',
    ['cot'],
  );
  m.bankOnly(
    m.line({ date: '2033-06-30', amount: -C(60), text: 'ACCOUNT MAINTENANCE FEE', reference: 'AMF0633' }),
    'charge',
    ['maintenance-fee'],
  );

  const meta = {
    set: 'gh-borimanga-pennylane',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    business:
      "a shea kernel and butter exporter in Sagnarigu, Tamale (USD contracts with European buyers paid by TT into a cedi account, pre-finance advances, kernels bought from women's groups for cash, TCDA/GSA/ICUMS export permits and levies, haulage to Tema)",
    bankFile: {
      file: 'borimanga-0412-jun2033.csv',
      bank: 'Borimanga Rural Bank PLC',
      layout: 'Borimanga Rural Bank statement of account (CSV; title block, Balance B/F and C/F rows, dd-Mon-yyyy)',
      order: 'oldest-first',
      ledgerAccount: '512100',
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'Txn Date',
          valueDate: 'Value Date',
          description: 'Particulars',
          reference: 'Instrument No',
          moneyOut: 'Withdrawal (GHS)',
          moneyIn: 'Deposit (GHS)',
          balance: 'Balance (GHS)',
        },
      },
      openingBalanceMinor: C(214380, 62),
    },
    ledgerFile: {
      file: 'pennylane-grand-livre-juin2033.csv',
      package:
        'Pennylane (Comptabilité → Grand livre, comptes 512100 Borimanga RB et 531000 Caisse, export CSV, French interface)',
      layout: 'Pennylane grand livre (CSV; semicolons, decimal commas, one section per account with a Total row)',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        decimalSeparator: ',',
        mapping: {
          date: 'Date',
          account: 'Compte',
          reference: 'Pièce',
          description: 'Libellé',
          moneyIn: 'Débit',
          moneyOut: 'Crédit',
        },
      },
      hasParty: false,
      openingBalanceMinor: C(214380, 62),
    },
    notes: [
      'The books keep invoices in USD and book receipts at the rate of the bank advice, except the Shea Origins pre-finance (booked at the pro-forma rate 15.10, credited at 15.18: an over-payment by the FX difference) and Noix de Karité (booked at 15.20, credited at 15.11: short).',
      "Cash for kernel buying leaves the bank by cheque; the purchases are in the cash account 531000 of the same export, which is not the statement's account.",
      'The tie (Nyankpala Pagsung, two processing fees of GHS 6,500) leaves one of the two rows open: either is right.',
    ],
  };
  return { meta, month: m, writeBank, writeLedger };
}

function writeBank(lines, { opening, closing }) {
  const head = [
    ['BORIMANGA RURAL BANK PLC'],
    ['Tamale Agency, Bolgatanga Road, Tamale'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name', 'SAGNARIGU SHEA EXPORTS LTD'],
    ['Account Number', '0110 **** 0412'],
    ['Product', 'CURRENT ACCOUNT - CORPORATE (GHS)'],
    ['Statement Period', '01-Jun-2033 To 30-Jun-2033'],
    [],
    ['Txn Date', 'Value Date', 'Particulars', 'Instrument No', 'Withdrawal (GHS)', 'Deposit (GHS)', 'Balance (GHS)'],
  ];
  const headerRow = head.length;
  const out = [...head, ['01-Jun-2033', '01-Jun-2033', 'Balance B/F', '', '', '', grouped(opening)]];
  const rowOf = new Map();
  for (const l of lines) {
    out.push([
      dateText(l.date, 'dd-Mon-yyyy'),
      dateText(l.valueDate, 'dd-Mon-yyyy'),
      l.text,
      l.reference ?? '',
      l.amount < 0 ? grouped(-l.amount) : '',
      l.amount > 0 ? grouped(l.amount) : '',
      grouped(l.balance),
    ]);
    rowOf.set(l, out.length);
  }
  out.push(['30-Jun-2033', '30-Jun-2033', 'Balance C/F', '', '', '', grouped(closing)]);
  return { data: csvText(out), rowOf, headerRow };
}

function writeLedger(rows, { opening }) {
  const fr = (minor) => grouped(minor, '\u00a0', ',');
  const head = [['Date', 'Journal', 'Compte', 'Libellé compte', 'Pièce', 'Libellé', 'Débit', 'Crédit', 'Solde']];
  const out = [...head];
  const rowOf = new Map();
  const sections = [
    ['512100', 'Borimanga RB courant GHS', rows.filter((r) => r.kind === 'row'), opening],
    ['531000', 'Caisse achats amandes', rows.filter((r) => r.kind === 'other'), 0],
  ];
  for (const [code, name, rs, start] of sections) {
    let bal = start;
    let dr = 0;
    let cr = 0;
    for (const r of rs) {
      bal += r.amount;
      if (r.amount > 0) dr += r.amount;
      else cr -= r.amount;
      out.push([
        dateText(r.date, 'dd/mm/yyyy'),
        r.extra.journal,
        code,
        name,
        r.ref,
        r.desc,
        r.amount > 0 ? fr(r.amount) : '',
        r.amount < 0 ? fr(-r.amount) : '',
        `${bal < 0 ? '-' : ''}${fr(bal)}`,
      ]);
      rowOf.set(r, out.length);
    }
    out.push([`Total compte ${code}`, '', '', '', '', '', fr(dr), fr(cr), '']);
  }
  return { data: '\ufeff' + csvText(out, { delimiter: ';', eol: '\n' }), rowOf, headerRow: 1 };
}
