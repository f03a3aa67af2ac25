// The four businesses: who pays and is paid, how the bank writes each line, how the books write each row.
// Numbers (accounts, meters, ids) come from a PRNG of "<seed>:names:<set>" or the month's PRNG (R).
import { makeRng, share } from './lib40.mjs';
import {
  alerts,
  chargeAfter,
  customerDebits,
  monthEndLine,
  numbering,
  party,
  transposeDigits,
  withholdingOnNet,
} from './common40.mjs';

const yymmdd = (d) => d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);

// =====================================================================================================  NG
export function ngSet(seed) {
  const N = makeRng(`${seed}:names:ng`);
  const own = { acct: N.digits(10), bankName: 'Zenith Bank', direction: -1 };
  const nuban = N.digits(10);
  const ie = N.digits(11);
  const lw = N.digits(9);
  const S = {
    id: 'ng-addosser-zucchetti',
    story: [
      'Ceramica Adriatica Nigeria Ltd, Oregun, Ikeja, Lagos: Italian tiles and sanitaryware for developers, contractors, hotels, hospitals, schools and tile shops; the Italian owners keep the books in Zucchetti Ad Hoc Revolution, in Italian.',
      'A facility manager withholds 5 % WHT on the VAT-exclusive amount (VAT 7.5 %).',
    ],
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    from: '2027-10-01',
    to: '2027-10-31',
    holidays: ['2027-10-01'],
    accountNumber: nuban,
    vat: { num: 75, den: 1000 },
    scale: {
      invoice: [600000, 3800000],
      bill: [35000000, 420000000],
      small: [4500000, 38000000],
      odd: [2500000, 95000000],
      settlement: [18000000, 160000000],
      payroll: [1450000000, 2400000000],
      own: [200000000, 480000000],
      card: [1800000, 9500000],
      roundUp: 100000,
    },
    limit: 500000000,
    staff: 31,
    nextInvoice: numbering(N, N.int(41000, 68000), (n) => `CA-${n}`),
    nextCreditNote: numbering(N, N.int(310, 780), (n) => `NC-${String(n).padStart(4, '0')}`),
    canonical: (no) => no,
    writings: [
      { write: (no) => no, trait: 'ref-canonical' },
      { write: (no) => no.replace('-', '').toLowerCase(), trait: 'ref-lowercase' },
      { write: (no) => `INV ${no.slice(3)}`, trait: 'ref-serial-only' },
      { write: (no) => no.slice(3), trait: 'ref-digits-only' },
      { write: (no) => no.replace('-', '/'), trait: 'ref-slashes' },
      { write: (no) => no.replace('-', ' '), trait: 'ref-spaces' },
    ],
    instalmentText: (no, k) => (k === 1 ? `PART PAYMENT ${no}` : `BALANCE ${no}`),
    lessCreditText: (no, cn) => `${no} LESS ${cn}`,
    orderNumber: () => {
      const d = N.digits(5);
      return { bank: `LPO ${d}`, book: `LPO-${d}` };
    },
    plainTexts: ['PAYMENT', 'TILES SUPPLY', 'BEING PAYMENT', 'SANITARYWARE', 'OCT PAYMENT', 'SUPPLY OF TILES'],
    ourPlainTexts: ['OCT 2027 SERVICES', 'PAYMENT FOR SERVICES', 'SETTLEMENT OF ACCOUNT', 'SUPPLY OCT 2027'],
    ourBillText: (b) => `INV ${b}`,
    limitText: (b, k) => `INV ${b} PT${k}`,
    tripNumber: (R) => {
      const n = R.digits(4);
      return { bank: `TRIP ${n}`, book: `TRIP-${n}` };
    },
    refundText: (cn) => `REFUND ${cn}`,
    supplierRefundText: 'REFUND OF OVERPAYMENT',
    chequeNumber: (R) => R.padded(6, 2),
    batchId: (R) => `BTC${R.digits(8)}`,
    payday: (m) => m.someDay(-5, -3),
    transpose: (a) => transposeDigits(N, a),
    shortBy: withholdingOnNet(5),
    shortTrait: 'short-withholding-tax-5pct',
    otherCellTrait: 'ref-in-reference-field',
    lastMonthTrait: 'last-month-cheque',
    cardTrait: 'card-purchase',
    ledgerOnlyWhy: [
      'cheque not yet presented',
      'payment booked on the last day, sent after the cut-off',
      'cheque lodged on the last days, not yet cleared',
    ],
    customers: [
      party('Lekki Pearl Estates Ltd', 'LEKKI PEARL ESTATES LTD'),
      party('Banana Island Homes Development Co. Ltd', 'BANANA ISLAND HOMES DEV CO'),
      party('Ikoyi Crest Hotel Ltd', 'IKOYI CREST HOTEL LTD'),
      party('Mainland Builders & Partners Ltd', 'MAINLAND BUILDERS AND PARTNERS LTD'),
      party('St. Agnes Specialist Hospital', 'ST AGNES SPECIALIST HOSPITAL'),
      party('Lagoon View Apartments Ltd', 'LAGOON VIEW APARTMENTS LTD'),
      party('Greenfield Schools Ltd', 'GREENFIELD SCHOOLS LIMITED'),
      party('Ajose Interiors Studio', 'AJOSE INTERIORS STUDIO'),
      party('Okonkwo & Sons Building Materials Ltd', 'OKONKWO AND SONS BUILDING MATERIALS'),
      party('Harbour Point Events Centre Ltd', 'HARBOUR POINT EVENTS CENTRE'),
      party('Tanko Construction Nigeria Ltd', 'TANKO CONSTRUCTION NIG LTD'),
      party('Oduduwa Homes Ltd', 'ODUDUWA HOMES LTD'),
      party('Grace Assembly Ikeja', 'GRACE ASSEMBLY IKEJA'),
      party('Victoria Crest Towers Ltd', 'VICTORIA CREST TOWERS LTD'),
      party('Magodo Luxury Homes Ltd', 'MAGODO LUXURY HOMES LTD'),
      party('Ogba Tiles & Sanitary Wares Ltd', 'OGBA TILES AND SANITARY WARES'),
      party('Bode Thomas Interiors Ltd', 'BODE THOMAS INTERIORS LTD'),
      party('Emerald Court Residences Ltd', 'EMERALD COURT RESIDENCES'),
      party('Hopewell Suites Ltd', 'HOPEWELL SUITES LTD'),
      party('Festac Builders Mart Ltd', 'FESTAC BUILDERS MART LTD'),
      party('Gbagada Homes & Fittings Ltd', 'GBAGADA HOMES AND FITTINGS'),
      party('Ilupeju Medical Centre', 'ILUPEJU MEDICAL CENTRE'),
      party('Surulere Property Developers Ltd', 'SURULERE PROPERTY DEVELOPERS'),
      party('Ikorodu Estates Ltd', 'IKORODU ESTATES LTD'),
    ],
    withholder: party('Eko Facility Management Services Ltd', 'EKO FACILITY MGT SERVICES LTD'),
    thirdParty: {
      bank: 'MARINA HOSPITALITY HOLDINGS',
      customer: party('Lagos Marina Suites Ltd', 'LAGOS MARINA SUITES LTD'),
      text: (no) => `${no} LAGOS MARINA SUITES`,
    },
    tradingName: { bank: 'TILEHAUS LEKKI', text: 'TILES', book: 'Adebisi Okafor Enterprises Ltd' },
    unknownPayers: [
      { bank: 'CHUKWUEMEKA J OBI', text: 'PAYMENT' },
      { bank: 'KUNLE BRAIMOH VENTURES', text: 'TRANSFER' },
    ],
    suppliers: [
      {
        ...party('Apapa Clearing & Forwarding Ltd', 'APAPA CLEARING AND FORWARDING'),
        bill: (R) => `ACF/${R.digits(4)}`,
      },
      { ...party('Oregun Warehousing Ltd', 'OREGUN WAREHOUSING LTD'), bill: (R) => `OW-${R.digits(3)}` },
      { ...party('Forte Forklift Hire Ltd', 'FORTE FORKLIFT HIRE LTD'), bill: (R) => R.digits(5) },
      { ...party('Kudirat Energy Ltd', 'KUDIRAT ENERGY LTD'), bill: (R) => `KE${R.digits(6)}` },
      { ...party('Sentinel Guards Nigeria Ltd', 'SENTINEL GUARDS NIG LTD'), bill: (R) => `SG-${R.digits(4)}` },
      { ...party('Glasshouse Interiors Ltd', 'GLASSHOUSE INTERIORS LTD'), bill: (R) => `GI/${R.digits(3)}` },
      { ...party('Alausa Print Hub', 'ALAUSA PRINT HUB'), bill: (R) => R.digits(4) },
      { ...party('Ogun Pallets & Crates Ltd', 'OGUN PALLETS AND CRATES'), bill: (R) => `OPC-${R.digits(4)}` },
      { ...party('Powerline Generator Services', 'POWERLINE GEN SERVICES'), bill: (R) => `PGS ${R.digits(4)}` },
      { ...party('Stonecraft Cutting Works', 'STONECRAFT CUTTING WORKS'), bill: (R) => `SC${R.digits(5)}` },
      { ...party('Ade Tilers Works', 'ADE TILERS WORKS'), bill: (R) => R.digits(3) },
      { ...party('Mushin Packaging Ltd', 'MUSHIN PACKAGING LTD'), bill: (R) => `MP-${R.digits(5)}` },
    ],
    limitSupplier: {
      ...party('Apapa Bonded Terminal Ltd', 'APAPA BONDED TERMINAL LTD'),
      bill: (R) => `ABT${R.digits(6)}`,
    },
    twinSupplier: party('Tin Can Haulage Services Ltd', 'TIN CAN HAULAGE SERVICES'),
    settlements: [
      {
        name: 'Interswitch',
        feePerMille: 15,
        id: (R) => `ISW${R.digits(10)}`,
        bankText: (id) => `INTERSWITCH SETTLEMENT ${id}`,
      },
      { name: 'OPay', feePerMille: 10, id: (R) => `OPM${R.digits(9)}`, bankText: (id) => `OPAY MERCHANT PAYOUT ${id}` },
      { name: 'PalmPay', feePerMille: 10, evidence: 'counterparty', bankText: () => 'PALMPAY SETTLEMENT' },
    ],
    statutory: [
      {
        key: 'paye',
        days: [2, 4],
        range: [120000000, 240000000],
        ref: (R) => R.digits(12),
        bankText: (ref) => `LIRS E-TAX PAYE SEP 2027 REF ${ref}`,
        book: (ref) => ({
          doc: ref,
          desc: 'Versamento PAYE settembre 2027 - LIRS',
          party: 'Lagos State Internal Revenue Service',
        }),
      },
      {
        key: 'pension',
        days: [2, 5],
        range: [140000000, 260000000],
        ref: (R) => R.digits(12),
        bankText: (ref) => `REMITA PENSION CONTRIBUTION SEP 2027 RRR ${ref}`,
        book: (ref) => ({
          doc: `${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref.slice(8)}`,
          desc: 'Contributi pensione settembre 2027 - Remita',
          party: 'PFA - contributi pensione',
        }),
      },
      {
        key: 'vat',
        days: [10, 12],
        range: [200000000, 450000000],
        ref: (R) => R.digits(10),
        bankText: (ref) => `NRS VAT SEP 2027 PRN ${ref}`,
        book: (ref) => ({
          doc: `PRN ${ref}`,
          desc: 'IVA (VAT) settembre 2027 - NRS',
          party: 'Nigeria Revenue Service',
        }),
      },
    ],
    utilities: [
      {
        range: [45000000, 120000000],
        bankText: `BILLS PAYMENT - IKEJA ELECTRIC POSTPAID - ${ie}`,
        book: { doc: ie, desc: `Energia elettrica Ikeja Electric c/ ${ie}`, party: 'Ikeja Electric Plc' },
      },
      {
        range: [3500000, 12000000],
        bankText: `BILLS PAYMENT - LAGOS WATER CORPORATION - ${lw}`,
        book: { doc: lw, desc: 'Acqua Lagos Water Corporation', party: 'Lagos Water Corporation' },
      },
    ],
    ownAccount: own,
  };

  const sessionId = (R, d) =>
    R.pick(['000013', '000014', '000015', '000016', '000017', '090267']) + yymmdd(d) + R.digits(6) + R.digits(12);
  const nip = (a) => (a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375);
  const emtl = (m, l, sid) => {
    if (l.amount >= 1000000)
      chargeAfter(m, l, { text: 'ELECTRONIC MONEY TRANSFER LEVY', amount: 5000, kind: 'levy', ref: sid });
  };
  const R = () => S.rng;
  const pay = (m, { date, payee, text, amount, charge = true }) => {
    const l = m.line({ date, text: `NIP OUTFLOW TO ${payee} - ${text}`, ref: `ADS${R().digits(10)}`, amount });
    if (charge) chargeAfter(m, l, { text: 'NIP TRANSFER CHARGE + VAT', amount: nip(-amount), kind: 'charge' });
    return l;
  };
  S.bank = {
    receive(m, { date, payer, text, amount, otherCell }) {
      const sid = sessionId(R(), date);
      const l = m.line(
        otherCell
          ? { date, text: `NIP INFLOW FROM ${payer}`, ref: text, amount }
          : { date, text: `NIP INFLOW FROM ${payer} - ${text}`, ref: sid, amount },
      );
      emtl(m, l, sid);
      return l;
    },
    cash: (m, { date, payer, amount }) =>
      m.line({ date, text: `CASH DEPOSIT BY ${payer} - OREGUN BRANCH`, ref: `TLR${R().digits(7)}`, amount }),
    pay,
    reverse: (m, failed, date) =>
      m.line({
        date,
        text: `RVSL ${failed.text} - BENEFICIARY ACCOUNT DORMANT`,
        ref: failed.ref,
        amount: -failed.amount,
      }),
    settle(m, s, { date, id, amount }) {
      const l = m.line({ date, text: s.bankText(id), ref: id ?? '', amount });
      emtl(m, l, id ?? '');
      return l;
    },
    salary(m, { date, n, id, amount }) {
      const l = m.line({ date, text: `BULK TRANSFER - SALARY OCT 2027 - ${n} BENEFICIARIES - ${id}`, ref: id, amount });
      chargeAfter(m, l, { text: `BULK TRANSFER CHARGE (${n})`, amount: n * 2000, kind: 'charge' });
      chargeAfter(m, l, { text: 'VAT ON BULK TRANSFER CHARGE', amount: share(n * 2000, 75, 1000), kind: 'fee-vat' });
      return l;
    },
    statutory: (m, st, { date, ref, amount }) =>
      m.line({ date, text: st.bankText(ref), ref: `ADS${R().digits(10)}`, amount }),
    utility: (m, u, { date, amount }) => m.line({ date, text: u.bankText, ref: `BPY${R().digits(9)}`, amount }),
    own: (m, o, { date, amount }) =>
      pay(m, { date, payee: 'CERAMICA ADRIATICA NIG LTD', text: `TRF TO ZENITH ${o.acct}`, amount }),
    lastMonth(m, { date, amount }) {
      const no = R().padded(6, 2);
      return m.line({ date, text: `INWARD CLEARING - CHQ NO ${no}`, ref: no, amount });
    },
    card: (m, { date, amount }) =>
      m.line({ date, text: 'POS PURCHASE - SHOPRITE IKEJA CITY MALL LAGOS', ref: `POS${R().digits(9)}`, amount }),
    monthEnd(m) {
      monthEndLine(m, { text: 'SMS ALERT CHARGES - OCT 2027', amount: (alerts(m) + 3) * 400, kind: 'charge' });
      const fee = share(customerDebits(m), 1, 1000);
      monthEndLine(m, { text: 'ACCOUNT MAINTENANCE FEE - OCT 2027', amount: fee, kind: 'charge' });
      monthEndLine(m, { text: 'VAT ON ACCOUNT MAINTENANCE FEE', amount: share(fee, 75, 1000), kind: 'fee-vat' });
    },
  };

  const row = (kind, desc, doc, p) => ({ kind, desc, doc, party: p });
  S.books = {
    receipt: ([v], p, x) =>
      row(
        x.cash ? 'VERS. CONTANTI' : 'INCASSO',
        `Incasso fatt. n° ${v.no}${x.cash ? ' - versamento contanti' : ''}${x.order ? ` - rif. ordine cliente ${x.order}` : ''}`,
        v.no,
        p,
      ),
    receiptLessCredit: (v, cn, p) => row('INCASSO', `Incasso fatt. n° ${v.no} al netto nota credito ${cn.no}`, v.no, p),
    payment: (bill, p) => row('PAGAMENTO', `Pagamento fatt. fornitore n° ${bill}`, bill, p),
    trip: (t, p) => row('PAGAMENTO', `Trasporto ${t.book} - container`, t.book, p),
    refundToCustomer: (cn, p) => row('RIMBORSO', `Rimborso nota credito ${cn}`, cn, p),
    refundFromSupplier: (p) => row('RIMBORSO', 'Rimborso da fornitore - maggior pagamento', '', p),
    chequeIssued: (no, p) => row('PAGAMENTO', `Pagamento con assegno n° ${no}`, no, p),
    chequeLodged: (v, no, p) => row('INCASSO', `Versamento assegno n° ${no} - fatt. ${v.no}`, v.no, p),
    settlement: (s, id) =>
      row('INCASSO POS', id ? `Incasso ${s.name} - lotto ${id}` : `Incasso vendite ${s.name}`, id ?? '', s.name),
    settlementFee: (s, id) => row('COMMISSIONI', `Commissioni ${s.name} - lotto ${id}`, id, s.name),
    salary: (id) => row('STIPENDI', `Stipendi ottobre 2027 - distinta ${id}`, id, ''),
    statutory: (st, ref) => {
      const b = st.book(ref);
      return row('TRIBUTI', b.desc, b.doc, b.party);
    },
    utility: (u) => row('UTENZE', u.book.desc, u.book.doc, u.book.party),
    own: (o) => row('GIROCONTO', `Giroconto a ${o.bankName} c/c ${o.acct}`, o.acct, ''),
  };
  return S;
}

// =====================================================================================================  GH
export function ghSet(seed) {
  const N = makeRng(`${seed}:names:gh`);
  const own = { acct: N.digits(13), bankName: 'Stanbic', direction: 1 };
  const acct = N.digits(13);
  const ecg = N.digits(12);
  const gwl = N.digits(10);
  const S = {
    id: 'gh-shai-holded',
    story: [
      'Redes del Golfo Ghana Ltd, Fishing Harbour, Tema: nets, ropes, floats, outboard spares and insulated boxes for canoe fleets, trawlers, cold stores and fish processors; the Spanish owners keep the books in Holded, in Spanish.',
      'A training institute withholds 3 % WHT on the VAT-exclusive amount (VAT and levies taken at 20 %).',
    ],
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    from: '2027-11-01',
    to: '2027-11-30',
    holidays: [],
    accountNumber: acct,
    vat: { num: 20, den: 100 },
    scale: {
      invoice: [2500, 38000],
      bill: [300000, 4500000],
      small: [80000, 600000],
      odd: [150000, 2500000],
      settlement: [400000, 3500000],
      payroll: [14000000, 22000000],
      own: [4000000, 12000000],
      card: [12000, 90000],
      roundUp: 1000,
    },
    limit: 10000000,
    staff: 19,
    nextInvoice: numbering(N, N.int(21000, 68000), (n) => `RG-${n}`),
    nextCreditNote: numbering(N, N.int(310, 780), (n) => `RECT-${String(n).padStart(4, '0')}`),
    canonical: (no) => no,
    writings: [
      { write: (no) => no, trait: 'ref-canonical' },
      { write: (no) => no.replace('-', '').toLowerCase(), trait: 'ref-lowercase' },
      { write: (no) => `INV RG ${no.slice(3)}`, trait: 'ref-spaces' },
      { write: (no) => no.slice(3), trait: 'ref-digits-only' },
      { write: (no) => no.replace('-', '/'), trait: 'ref-slashes' },
      { write: (no) => `FACTURA ${no.slice(3)}`, trait: 'ref-factura' },
    ],
    instalmentText: (no, k) => (k === 1 ? `${no} PART PAYMENT` : `${no} BALANCE`),
    lessCreditText: (no, cn) => `${no} LESS CREDIT ${cn}`,
    orderNumber: () => {
      const d = N.digits(4);
      return { bank: `PO ${d}`, book: `PO-${d}` };
    },
    plainTexts: ['PAYMENT', 'NETS', 'ROPES AND FLOATS', 'SUPPLIES', 'FISHING GEAR', 'NOV PAYMENT'],
    ourPlainTexts: ['NOV SERVICES', 'SERVICES RENDERED', 'SETTLEMENT OF ACCOUNT', 'NOV 2027 SUPPLY'],
    ourBillText: (b) => `INV ${b}`,
    limitText: (b, k) => `INV ${b} TRANCHE ${k}`,
    tripNumber: (R) => {
      const n = R.digits(5);
      return { bank: `WAYBILL ${n}`, book: `WB ${n}` };
    },
    refundText: (cn) => `REFUND ${cn}`,
    supplierRefundText: 'REFUND',
    chequeNumber: (R) => R.padded(6, 2),
    batchId: (R) => `BLK${R.digits(7)}`,
    payday: (m) => m.someDay(-5, -3),
    transpose: (a) => transposeDigits(N, a),
    shortBy: (v) => share(v.net, 3, 100),
    shortTrait: 'short-withholding-tax-3pct',
    otherCellTrait: 'ref-in-reference-field',
    lastMonthTrait: 'last-month-cheque',
    cardTrait: 'card-purchase',
    ledgerOnlyWhy: [
      'cheque not yet presented',
      'payment booked on the last day, sent after the cut-off',
      'cheque lodged on the last days, not yet cleared',
    ],
    customers: [
      party('Atlantic Trawlers Ghana Ltd', 'ATLANTIC TRAWLERS GH LTD'),
      party('Chorkor Fishmongers Cooperative', 'CHORKOR FISHMONGERS COOP'),
      party('Sakumono Cold Stores Ltd', 'SAKUMONO COLD STORES LTD'),
      party('Jamestown Canoe Owners Association', 'JAMESTOWN CANOE OWNERS ASSOC'),
      party('Ada Foah Fisheries Ltd', 'ADA FOAH FISHERIES LTD'),
      party('Elmina Boatyard Ltd', 'ELMINA BOATYARD LTD'),
      party('Kpone Fish Processors Ltd', 'KPONE FISH PROCESSORS LTD'),
      party('Mankoadze Fisheries Ltd', 'MANKOADZE FISHERIES LTD'),
      party('Prampram Inshore Fleet Ltd', 'PRAMPRAM INSHORE FLEET'),
      party('Takoradi Marine Supplies Ltd', 'TAKORADI MARINE SUPPLIES'),
      party('Apam Coastal Fishing Ltd', 'APAM COASTAL FISHING LTD'),
      party('Osu Seafoods Ltd', 'OSU SEAFOODS LTD'),
      party('Keta Lagoon Fish Farms Ltd', 'KETA LAGOON FISH FARMS'),
      party('Sekondi Tuna Agency Ltd', 'SEKONDI TUNA AGENCY LTD'),
      party("Winneba Fishermen's Union", 'WINNEBA FISHERMENS UNION'),
      party('Axim Deep Sea Ltd', 'AXIM DEEP SEA LTD'),
      party('Nungua Fresh Fish Ltd', 'NUNGUA FRESH FISH LTD'),
      party('Tema Newtown Fish Traders', 'TEMA NEWTOWN FISH TRADERS'),
      party('Anloga Net Traders', 'ANLOGA NET TRADERS'),
      party('Cape Three Points Fishing Co. Ltd', 'CAPE THREE POINTS FISHING'),
      party('Shama Bay Aquaculture Ltd', 'SHAMA BAY AQUACULTURE'),
      party('Labadi Seafood Grill Ltd', 'LABADI SEAFOOD GRILL LTD'),
      party('Teshie Boat Builders Ltd', 'TESHIE BOAT BUILDERS'),
      party('Moree Canoe Fleet Ltd', 'MOREE CANOE FLEET LTD'),
    ],
    withholder: party('Coastal Fisheries Training Institute', 'COASTAL FISHERIES TRAINING INST'),
    thirdParty: {
      bank: 'IBERICA TUNA CANNERY GH',
      customer: party('Dixcove Marine Ltd', 'DIXCOVE MARINE LTD'),
      text: (no) => `${no} DIXCOVE MARINE`,
    },
    tradingName: { bank: 'MAAME ESI NETS', text: 'NETS AND ROPES', book: 'Efua Quansah Trading' },
    unknownPayers: [
      { bank: 'KWAME ASANTE', text: 'PAYMENT' },
      { bank: 'NANA YAW BOATENG', text: 'GOODS' },
    ],
    suppliers: [
      { ...party('Tema Net Makers Ltd', 'TEMA NET MAKERS LTD'), bill: (R) => `TNM-${R.digits(4)}` },
      { ...party('Marine Engines Ghana Ltd', 'MARINE ENGINES GH LTD'), bill: (R) => R.digits(5) },
      { ...party('Harbour Ice Plant Ltd', 'HARBOUR ICE PLANT LTD'), bill: (R) => `HIP/${R.digits(4)}` },
      { ...party('Coastal Premix Distributors Ltd', 'COASTAL PREMIX DISTRIBUTORS'), bill: (R) => `CPD${R.digits(5)}` },
      { ...party('Kumasi Rope Works Ltd', 'KUMASI ROPE WORKS LTD'), bill: (R) => R.digits(4) },
      { ...party('Seaguard Security Services Ltd', 'SEAGUARD SECURITY SERVICES'), bill: (R) => `SS-${R.digits(3)}` },
      { ...party('Community One Welding Works', 'COMMUNITY ONE WELDING WORKS'), bill: (R) => R.digits(3) },
      { ...party('Ocean Coat Paints Ltd', 'OCEAN COAT PAINTS LTD'), bill: (R) => `OCP ${R.digits(4)}` },
      { ...party('Meridian Port Clearing Ltd', 'MERIDIAN PORT CLEARING'), bill: (R) => `MPC/${R.digits(5)}` },
      { ...party('Polybox Insulated Containers Ltd', 'POLYBOX INSULATED CONTAINERS'), bill: (R) => `PB${R.digits(4)}` },
      { ...party('Ashaiman Power Systems', 'ASHAIMAN POWER SYSTEMS'), bill: (R) => `APS-${R.digits(4)}` },
      { ...party('Tema Office Line Ltd', 'TEMA OFFICE LINE LTD'), bill: (R) => R.digits(5) },
    ],
    limitSupplier: {
      ...party('Golden Harbour Shipping Agency Ltd', 'GOLDEN HARBOUR SHIPPING'),
      bill: (R) => `GHSA-${R.digits(5)}`,
    },
    twinSupplier: party('Akosombo Haulage Ltd', 'AKOSOMBO HAULAGE LTD'),
    settlements: [
      { name: 'Hubtel', feePerMille: 20, id: (R) => `HBT${R.digits(9)}`, bankText: (id) => `HUBTEL SETTLEMENT ${id}` },
      {
        name: 'Zeepay',
        feePerMille: 15,
        id: (R) => `ZPY${R.digits(8)}`,
        bankText: (id) => `ZEEPAY MERCHANT SETTLEMENT ${id}`,
      },
      { name: 'AT Money', feePerMille: 10, evidence: 'amount', bankText: () => 'AT MONEY MERCHANT SWEEP' },
    ],
    statutory: [
      {
        key: 'paye',
        days: [5, 9],
        range: [2500000, 4800000],
        ref: (R) => R.digits(12),
        bankText: (ref) => `GRA PAYE OCT 2027 PRN ${ref}`,
        book: (ref) => ({
          doc: `PRN ${ref.slice(0, 4)} ${ref.slice(4, 8)} ${ref.slice(8)}`,
          desc: 'GRA PAYE octubre 2027',
          party: 'Ghana Revenue Authority',
        }),
      },
      {
        key: 'ssnit',
        days: [6, 9],
        range: [3000000, 5200000],
        ref: (R) => `E${R.digits(9)}`,
        bankText: (ref) => `SSNIT CONTRIBUTION OCT 2027 ER NO ${ref}`,
        book: (ref) => ({ doc: ref, desc: 'SSNIT cotizaciones octubre 2027', party: 'SSNIT' }),
      },
      {
        key: 'vat',
        days: [-4, -2],
        range: [4500000, 9000000],
        ref: (R) => R.digits(12),
        bankText: (ref) => `GRA VAT OCT 2027 PRN ${ref}`,
        book: (ref) => ({ doc: `PRN ${ref}`, desc: 'GRA IVA (VAT) octubre 2027', party: 'Ghana Revenue Authority' }),
      },
    ],
    utilities: [
      {
        range: [250000, 900000],
        bankText: `ECG POSTPAID BILL ${ecg}`,
        book: { doc: ecg, desc: 'Suministro eléctrico ECG', party: 'Electricity Company of Ghana' },
      },
      {
        range: [40000, 180000],
        bankText: `GHANA WATER BILL ${gwl}`,
        book: { doc: gwl, desc: 'Agua - Ghana Water Ltd', party: 'Ghana Water Limited' },
      },
    ],
    ownAccount: own,
  };

  const R = () => S.rng;
  const gip = (a) => (a <= 100000 ? 200 : a <= 1000000 ? 800 : 1200);
  const pay = (m, { date, payee, text, amount, charge = true }) => {
    const l = m.line({ date, text: `GIP DR TO ${payee} /${text}`, ref: `SRB${R().digits(10)}`, amount });
    if (charge) chargeAfter(m, l, { text: 'GIP TRANSFER CHARGE', amount: gip(-amount), kind: 'charge' });
    return l;
  };
  const receive = (m, { date, payer, text, amount, otherCell }) => {
    const ach = amount > 10000000;
    const word = ach ? 'ACH CR FRM' : 'GIP CR FRM';
    const ref = ach ? `ACH${R().digits(10)}` : `GIP${R().digits(12)}`;
    return m.line(
      otherCell
        ? { date, text: `${word} ${payer}`, ref: text, amount }
        : { date, text: `${word} ${payer} /${text}`, ref, amount },
    );
  };
  S.bank = {
    receive,
    cash: (m, { date, payer, amount }) =>
      m.line({ date, text: `CASH DEPOSIT BY ${payer} - TEMA BRANCH`, ref: '', amount }),
    pay,
    reverse: (m, failed, date) =>
      m.line({ date, text: `REV ${failed.text} - INVALID ACCOUNT`, ref: failed.ref, amount: -failed.amount }),
    settle: (m, s, { date, id, amount }) => m.line({ date, text: s.bankText(id), ref: id ?? '', amount }),
    salary(m, { date, n, id, amount }) {
      const l = m.line({ date, text: `BULK SALARY PAYMENT NOV 2027 - ${n} STAFF - ${id}`, ref: id, amount });
      chargeAfter(m, l, { text: `BULK PAYMENT CHARGE (${n})`, amount: n * 150, kind: 'charge' });
      return l;
    },
    statutory: (m, st, { date, ref, amount }) =>
      m.line({ date, text: st.bankText(ref), ref: `SRB${R().digits(10)}`, amount }),
    utility: (m, u, { date, amount }) => m.line({ date, text: u.bankText, ref: `BP${R().digits(9)}`, amount }),
    own: (m, o, { date, amount }) =>
      receive(m, { date, payer: 'REDES DEL GOLFO GH LTD', text: `STANBIC ${o.acct}`, amount }),
    lastMonth(m, { date, amount }) {
      const no = R().padded(6, 2);
      return m.line({ date, text: `INWARD CLEARING CHQ ${no}`, ref: no, amount });
    },
    card: (m, { date, amount }) =>
      m.line({ date, text: 'POS PURCHASE - MELCOM TEMA COMMUNITY 1', ref: `POS${R().digits(8)}`, amount }),
    monthEnd(m) {
      monthEndLine(m, {
        text: 'COMMISSION ON TURNOVER NOV 2027',
        amount: share(customerDebits(m), 1, 1000),
        kind: 'charge',
      });
      monthEndLine(m, { text: 'SMS ALERT FEE NOV 2027', amount: (alerts(m) + 2) * 20, kind: 'charge' });
      monthEndLine(m, { text: 'ACCOUNT SERVICE FEE NOV 2027', amount: 2000, kind: 'charge' });
    },
  };

  const row = (kind, desc, doc, p) => ({ kind, desc, doc, party: p });
  S.books = {
    receipt: ([v], p, x) =>
      row(
        'Cobro',
        `Cobro factura ${v.no}${x.cash ? ' (efectivo)' : ''}${x.order ? ` - pedido cliente ${x.order}` : ''}`,
        v.no,
        p,
      ),
    receiptLessCredit: (v, cn, p) => row('Cobro', `Cobro factura ${v.no} menos rectificativa ${cn.no}`, v.no, p),
    payment: (bill, p) => row('Pago', `Pago factura proveedor ${bill}`, bill, p),
    trip: (t, p) => row('Pago', `Transporte guía ${t.book}`, t.book, p),
    refundToCustomer: (cn, p) => row('Pago', `Devolución rectificativa ${cn}`, cn, p),
    refundFromSupplier: (p) => row('Cobro', 'Devolución de proveedor', '', p),
    chequeIssued: (no, p) => row('Pago', `Pago con cheque nº ${no}`, no, p),
    chequeLodged: (v, no, p) => row('Cobro', `Ingreso cheque nº ${no} - factura ${v.no}`, v.no, p),
    settlement: (s, id) => row('Cobro', id ? `Liquidación ${s.name} ${id}` : `Ventas ${s.name}`, id ?? '', s.name),
    settlementFee: (s, id) => row('Gasto', `Comisión ${s.name} ${id}`, id, s.name),
    salary: (id) => row('Nómina', `Nómina noviembre 2027 - lote ${id}`, id, ''),
    statutory: (st, ref) => {
      const b = st.book(ref);
      return row('Impuesto', b.desc, b.doc, b.party);
    },
    utility: (u) => row('Gasto', u.book.desc, u.book.doc, u.book.party),
    own: (o) => row('Traspaso', `Traspaso desde ${o.bankName} ${o.acct}`, o.acct, ''),
  };
  return S;
}

// =====================================================================================================  KE
export function keSet(seed) {
  const N = makeRng(`${seed}:names:ke`);
  const own = { acct: N.digits(13), bankName: 'Equity', direction: -1 };
  const acct = N.digits(12);
  const kplc = N.digits(11);
  const ncw = N.digits(8);
  const S = {
    id: 'ke-smep-ebp',
    story: [
      'Soleil Équatorial Kenya Ltd, Baba Dogo, Nairobi: off-grid solar kits, panels, batteries and inverters for installers, lodges, schools, clinics, farms and water projects; the French owners keep the books in EBP Compta, in French.',
      'A rural electrification trust, a withholding VAT agent, withholds 2 % of the VAT-exclusive amount (VAT 16 %).',
    ],
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    from: '2027-12-01',
    to: '2027-12-31',
    holidays: ['2027-12-12', '2027-12-13', '2027-12-25', '2027-12-26', '2027-12-27'],
    accountNumber: acct,
    vat: { num: 16, den: 100 },
    scale: {
      invoice: [45000, 520000],
      big: [520000, 760000],
      bill: [6000000, 85000000],
      small: [1500000, 9000000],
      odd: [2000000, 40000000],
      settlement: [5000000, 45000000],
      payroll: [180000000, 320000000],
      own: [100000000, 300000000],
      card: [150000, 1200000],
      roundUp: 10000,
    },
    limit: 99999900,
    staff: 14,
    nextInvoice: numbering(N, N.int(2100, 8800), (n) => `FA${String(n).padStart(6, '0')}`),
    nextCreditNote: numbering(N, N.int(310, 780), (n) => `AV${String(n).padStart(5, '0')}`),
    canonical: (no) => no,
    writings: [
      { write: (no) => no, trait: 'ref-canonical' },
      { write: (no) => `fa${+no.slice(2)}`, trait: 'ref-no-padding' },
      { write: (no) => `INV ${+no.slice(2)}`, trait: 'ref-serial-only' },
      { write: (no) => String(+no.slice(2)), trait: 'ref-digits-only' },
      { write: (no) => `FA-${no.slice(2)}`, trait: 'ref-dashes' },
      { write: (no) => `FA ${+no.slice(2)}`, trait: 'ref-spaces' },
    ],
    instalmentText: (no, k) => (k === 1 ? `${no} 1ST INSTALMENT` : `${no} FINAL`),
    lessCreditText: (no, cn) => `${no} LESS ${cn}`,
    orderNumber: () => {
      const d = N.digits(5);
      return { bank: `LPO NO ${d}`, book: `LPO ${d}` };
    },
    plainTexts: ['PAYMENT', 'SOLAR KITS', 'PANELS AND BATTERIES', 'SUPPLY', 'INVERTERS', 'DEC PAYMENT'],
    ourPlainTexts: ['DEC SERVICES', 'PAYMENT FOR SERVICES', 'SETTLEMENT OF ACCOUNT', 'DEC 2027 SUPPLY'],
    ourBillText: (b) => `INV ${b}`,
    limitText: (b, k) => `INV ${b} PART ${k}`,
    tripNumber: (R) => {
      const n = R.digits(5);
      return { bank: `TRIP ${n}`, book: `T${n}` };
    },
    refundText: (cn) => `REFUND ${cn}`,
    supplierRefundText: 'REFUND',
    chequeNumber: (R) => R.padded(6, 2),
    batchId: (R) => `SBP${R.digits(7)}`,
    payday: (m) => m.someDay(-7, -6),
    transpose: (a) => transposeDigits(N, a),
    shortBy: withholdingOnNet(2),
    shortTrait: 'short-withholding-vat-2pct',
    otherCellTrait: 'ref-in-reference-field',
    lastMonthTrait: 'last-month-cheque',
    cardTrait: 'card-purchase',
    ledgerOnlyWhy: [
      'cheque not yet presented',
      'payment booked on the last day, sent after the cut-off',
      'cheque lodged on the last days, not yet cleared',
    ],
    customers: [
      party('Kibo Safari Lodges Ltd', 'KIBO SAFARI LODGES LTD'),
      party('Rift Valley Solar Installers Ltd', 'RIFT VALLEY SOLAR INSTALLERS'),
      party('Naivasha Blooms Ltd', 'NAIVASHA BLOOMS LTD'),
      party('Machakos Academy', 'MACHAKOS ACADEMY'),
      party('Kitui Water Project', 'KITUI WATER PROJECT'),
      party('Tharaka Health Centre', 'THARAKA HEALTH CENTRE'),
      party('Mwangaza Energy Shop', 'MWANGAZA ENERGY SHOP'),
      party('Baringo Agrovet Ltd', 'BARINGO AGROVET LTD'),
      party('Nanyuki Cottage Hospital', 'NANYUKI COTTAGE HOSPITAL'),
      party('Kericho Highlands Estates Ltd', 'KERICHO HIGHLANDS ESTATES'),
      party('Isiolo Borehole Drillers Ltd', 'ISIOLO BOREHOLE DRILLERS'),
      party('Malindi Beach Resort Ltd', 'MALINDI BEACH RESORT LTD'),
      party('Embu Solar Traders', 'EMBU SOLAR TRADERS'),
      party('Kakamega Polytechnic', 'KAKAMEGA POLYTECHNIC'),
      party('Nyeri Dairy Cooperative', 'NYERI DAIRY COOP'),
      party('Lamu Island Villas Ltd', 'LAMU ISLAND VILLAS LTD'),
      party('Thika Greens Estate Ltd', 'THIKA GREENS ESTATE'),
      party('Meru Mission Hospital', 'MERU MISSION HOSPITAL'),
      party('Garissa Pastoralists Sacco', 'GARISSA PASTORALISTS SACCO'),
      party('Kisumu Lakeside Hotel Ltd', 'KISUMU LAKESIDE HOTEL LTD'),
      party('Narok Mara Tented Camps Ltd', 'NAROK MARA TENTED CAMPS'),
      party('Homa Bay Fish Coolers Ltd', 'HOMA BAY FISH COOLERS'),
      party('Eldoret Agro Dealers Ltd', 'ELDORET AGRO DEALERS LTD'),
      party('Voi Wildlife Camp Ltd', 'VOI WILDLIFE CAMP LTD'),
    ],
    withholder: party('Upper Tana Rural Electrification Trust', 'UPPER TANA RURAL ELECTRIF TR'),
    thirdParty: {
      bank: 'AMANI HOSPITALITY GROUP LTD',
      customer: party('Tsavo Gate Lodge Ltd', 'TSAVO GATE LODGE LTD'),
      text: (no) => `${no} TSAVO GATE LODGE`,
    },
    tradingName: { bank: 'SUNPOWER KITENGELA', text: 'SOLAR PANELS', book: 'Wanjiru Kamau Enterprises' },
    unknownPayers: [
      { bank: 'JOSEPH MUTUA KIOKO', text: 'PAYMENT' },
      { bank: 'ZAWADI TRADERS', text: 'GOODS' },
    ],
    suppliers: [
      {
        ...party('Mombasa Container Freight Station Ltd', 'MOMBASA CONTAINER FREIGHT STN'),
        bill: (R) => `MCF${R.digits(5)}`,
      },
      { ...party('Embakasi Clearing Agents Ltd', 'EMBAKASI CLEARING AGENTS'), bill: (R) => `ECA/${R.digits(4)}` },
      { ...party('Baba Dogo Warehousing Ltd', 'BABA DOGO WAREHOUSING LTD'), bill: (R) => R.digits(4) },
      { ...party('Lithium Cells Kenya Ltd', 'LITHIUM CELLS KENYA LTD'), bill: (R) => `LCK-${R.digits(5)}` },
      { ...party('Mabati Racking Systems Ltd', 'MABATI RACKING SYSTEMS'), bill: (R) => R.digits(5) },
      { ...party('Simba Guards Ltd', 'SIMBA GUARDS LTD'), bill: (R) => `SG${R.digits(4)}` },
      { ...party('Kasarani Cable Suppliers', 'KASARANI CABLE SUPPLIERS'), bill: (R) => `KCS-${R.digits(3)}` },
      { ...party('Ruaraka Printers Ltd', 'RUARAKA PRINTERS LTD'), bill: (R) => R.digits(3) },
      { ...party('Kiambu Van Hire Ltd', 'KIAMBU VAN HIRE LTD'), bill: (R) => `KVH ${R.digits(4)}` },
      { ...party('Voltaic Imports EA Ltd', 'VOLTAIC IMPORTS EA LTD'), bill: (R) => `VI/${R.digits(5)}` },
      { ...party('Githurai Electrical Contractors', 'GITHURAI ELECTRICAL CONTRACT'), bill: (R) => R.digits(4) },
      { ...party('Mlolongo Fuel Centre Ltd', 'MLOLONGO FUEL CENTRE LTD'), bill: (R) => `MFC${R.digits(6)}` },
    ],
    limitSupplier: {
      ...party('Kilindini Shipping Agencies Ltd', 'KILINDINI SHIPPING AGENCIES'),
      bill: (R) => `KSA-${R.digits(5)}`,
    },
    twinSupplier: party('Athi River Transporters Ltd', 'ATHI RIVER TRANSPORTERS'),
    settlements: [
      {
        name: 'Pesapal',
        feePerMille: 35,
        id: (R) => `PSP${R.digits(9)}`,
        bankText: (id) => `PESAPAL SETTLEMENT ${id}`,
      },
      {
        name: 'Airtel Money',
        feePerMille: 10,
        id: (R) => `AMC${R.digits(8)}`,
        bankText: (id) => `AIRTEL MONEY C2B SWEEP ${id}`,
      },
      { name: 'MPESA', feePerMille: 5, evidence: 'counterparty', bankText: () => 'MPESA TILL SWEEP' },
    ],
    statutory: [
      {
        key: 'paye',
        days: [3, 6],
        range: [32000000, 56000000],
        ref: (R) => R.digits(11),
        bankText: (ref) => `KRA PAYE NOV 2027 PRN ${ref}`,
        book: (ref) => ({ doc: ref, desc: 'KRA PAYE novembre 2027', party: '' }),
      },
      {
        key: 'ahl',
        days: [3, 6],
        range: [3500000, 6000000],
        ref: (R) => R.digits(11),
        bankText: (ref) => `KRA HOUSING LEVY NOV 2027 PRN ${ref}`,
        book: (ref) => ({ doc: ref, desc: 'Prélèvement logement (AHL) novembre 2027', party: '' }),
      },
      {
        key: 'shif',
        days: [4, 6],
        range: [4000000, 7000000],
        ref: (R) => `E${R.digits(8)}`,
        bankText: (ref) => `SHA SHIF CONTRIBUTION NOV 2027 EMPLOYER ${ref}`,
        book: (ref) => ({ doc: ref, desc: 'Cotisations SHIF novembre 2027', party: '' }),
      },
      {
        key: 'nssf',
        days: [4, 6],
        range: [2400000, 4200000],
        ref: (R) => R.digits(9),
        bankText: (ref) => `NSSF CONTRIBUTION NOV 2027 EMPLOYER ${ref}`,
        book: (ref) => ({ doc: ref, desc: 'Cotisations NSSF novembre 2027', party: '' }),
      },
    ],
    utilities: [
      {
        range: [3500000, 9500000],
        bankText: `BILL PAYMENT - KPLC POSTPAID - ${kplc}`,
        book: { doc: kplc, desc: `Électricité Kenya Power compte ${kplc}`, party: '' },
      },
      {
        range: [400000, 1500000],
        bankText: `BILL PAYMENT - NAIROBI WATER - ${ncw}`,
        book: { doc: ncw, desc: 'Eau Nairobi City Water', party: '' },
      },
    ],
    ownAccount: own,
  };

  const R = () => S.rng;
  const pl = (a) => (a <= 10000000 ? 5500 : a <= 50000000 ? 11000 : 16500);
  const pay = (m, { date, payee, text, amount, charge = true }) => {
    const rtgs = -amount > S.limit;
    const l = m.line({
      date,
      text: `${rtgs ? 'RTGS' : 'PESALINK'} DR - ${payee} - ${text}`,
      ref: rtgs ? `RTG${R().digits(9)}` : `SMP${R().digits(9)}`,
      amount,
    });
    if (charge) {
      const fee = rtgs ? 25000 : pl(-amount);
      chargeAfter(m, l, { text: rtgs ? 'RTGS CHARGE' : 'PESALINK TRANSFER CHARGE', amount: fee, kind: 'charge' });
      chargeAfter(m, l, {
        text: rtgs ? 'EXCISE DUTY ON RTGS CHARGE' : 'EXCISE DUTY ON PESALINK CHARGE',
        amount: share(fee, 20, 100),
        kind: 'tax',
      });
    }
    return l;
  };
  S.bank = {
    receive(m, { date, payer, text, amount, otherCell }) {
      const rtgs = amount > S.limit;
      const word = rtgs ? 'RTGS CR' : 'PESALINK CR';
      const ref = rtgs ? `RTG${R().digits(9)}` : `PL${R().digits(10)}`;
      return m.line(
        otherCell
          ? { date, text: `${word} - ${payer}`, ref: text, amount }
          : { date, text: `${word} - ${payer} - ${text}`, ref, amount },
      );
    },
    cash: (m, { date, payer, amount }) =>
      m.line({ date, text: `CASH DEPOSIT - ${payer} - TOM MBOYA ST`, ref: `CD${R().digits(8)}`, amount }),
    pay,
    reverse: (m, failed, date) =>
      m.line({ date, text: `REVERSAL ${failed.text} - ACCOUNT CLOSED`, ref: failed.ref, amount: -failed.amount }),
    settle: (m, s, { date, id, amount }) => m.line({ date, text: s.bankText(id), ref: id ?? '', amount }),
    salary(m, { date, n, id, amount }) {
      const l = m.line({ date, text: `BULK PAYMENT - SALARIES DEC 2027 - ${n} STAFF - ${id}`, ref: id, amount });
      chargeAfter(m, l, { text: `BULK PAYMENT CHARGE (${n})`, amount: n * 3000, kind: 'charge' });
      chargeAfter(m, l, { text: 'EXCISE DUTY ON BULK PAYMENT CHARGE', amount: share(n * 3000, 20, 100), kind: 'tax' });
      return l;
    },
    statutory: (m, st, { date, ref, amount }) =>
      m.line({ date, text: st.bankText(ref), ref: `TAX${R().digits(9)}`, amount }),
    utility: (m, u, { date, amount }) => m.line({ date, text: u.bankText, ref: `BP${R().digits(10)}`, amount }),
    own: (m, o, { date, amount }) =>
      pay(m, { date, payee: 'SOLEIL EQUATORIAL KENYA LTD', text: `EQUITY ${o.acct}`, amount }),
    lastMonth(m, { date, amount }) {
      const no = R().padded(6, 2);
      return m.line({ date, text: `INWARD CHEQUE CLEARING CHQ ${no}`, ref: no, amount });
    },
    card: (m, { date, amount }) =>
      m.line({ date, text: 'VISA POS NAIVAS WESTLANDS NAIROBI', ref: `VP${R().digits(10)}`, amount }),
    monthEnd(m) {
      monthEndLine(m, { text: 'MONTHLY LEDGER FEE', amount: 35000, kind: 'charge' });
      monthEndLine(m, { text: 'EXCISE DUTY ON LEDGER FEE', amount: 7000, kind: 'tax' });
      const sms = (alerts(m) + 1) * 500;
      monthEndLine(m, { text: 'SMS ALERT CHARGES', amount: sms, kind: 'charge' });
      monthEndLine(m, { text: 'EXCISE DUTY ON SMS CHARGES', amount: share(sms, 20, 100), kind: 'tax' });
    },
  };

  // EBP's grand-livre has no party column: the name stands in the Libellé
  const row = (kind, desc, doc, p) => ({ kind, desc: p ? `${desc} - ${p}` : desc, doc, party: '' });
  S.books = {
    receipt: ([v], p, x) =>
      row(
        'BQ1',
        `Règl. ${v.no}${x.cash ? ' (espèces)' : ''}${x.order ? ` - bon de commande client ${x.order}` : ''}`,
        v.no,
        p,
      ),
    receiptLessCredit: (v, cn, p) => row('BQ1', `Règl. ${v.no} moins avoir ${cn.no}`, v.no, p),
    payment: (bill, p) => row('BQ1', `Paiement facture ${bill}`, bill, p),
    trip: (t, p) => row('BQ1', `Transport ${t.book}`, t.book, p),
    refundToCustomer: (cn, p) => row('BQ1', `Remboursement avoir ${cn}`, cn, p),
    refundFromSupplier: (p) => row('BQ1', 'Remboursement fournisseur', '', p),
    chequeIssued: (no, p) => row('BQ1', `Chèque n° ${no}`, no, p),
    chequeLodged: (v, no, p) => row('BQ1', `Remise chèque n° ${no} - ${v.no}`, v.no, p),
    settlement: (s, id) => row('BQ1', id ? `Remise ${s.name} ${id}` : `Ventes ${s.name}`, id ?? '', ''),
    settlementFee: (s, id) => row('BQ1', `Commission ${s.name} ${id}`, id, ''),
    salary: (id) => row('BQ1', `Salaires décembre 2027 - lot ${id}`, id, ''),
    statutory: (st, ref) => {
      const b = st.book(ref);
      return row('BQ1', b.desc, b.doc, b.party);
    },
    utility: (u) => row('BQ1', u.book.desc, u.book.doc, u.book.party),
    own: (o) => row('BQ1', `Virement interne vers ${o.bankName} ${o.acct}`, o.acct, ''),
  };
  return S;
}

// =====================================================================================================  ZA
export function zaSet(seed) {
  const N = makeRng(`${seed}:names:za`);
  const own = { acct: N.digits(10), bankName: 'Nedbank', direction: 1 };
  const acct = N.digits(11);
  const coe = N.digits(10);
  const voda = N.digits(8);
  const taxRef = N.digits(10);
  const S = {
    id: 'za-bankofamerica-douzone',
    story: [
      'Hanul Tyre & Battery SA (Pty) Ltd, Germiston: Korean tyres and batteries for tyre dealers, fleets, bus and taxi operators, mines and farms; the Korean parent keeps the books in Douzone iCUBE, in Korean, and banks with Bank of America in Johannesburg.',
      'A bus fleet takes a 3 % settlement discount.',
    ],
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    from: '2027-10-01',
    to: '2027-10-31',
    holidays: [],
    accountNumber: acct,
    vat: { num: 15, den: 100 },
    scale: {
      invoice: [6000, 85000],
      bill: [1500000, 18000000],
      small: [300000, 2500000],
      odd: [500000, 9000000],
      settlement: [800000, 6500000],
      payroll: [65000000, 110000000],
      own: [30000000, 90000000],
      card: [150000, 900000],
      roundUp: 10000,
    },
    limit: 50000000,
    staff: 12,
    nextInvoice: numbering(N, N.int(31000, 88000), (n) => `HT-${n}`),
    nextCreditNote: numbering(N, N.int(310, 780), (n) => `CN-${String(n).padStart(4, '0')}`),
    canonical: (no) => no,
    writings: [
      { write: (no) => no, trait: 'ref-canonical' },
      { write: (no) => no.replace('-', '').toLowerCase(), trait: 'ref-lowercase' },
      { write: (no) => `INV ${no.slice(3)}`, trait: 'ref-serial-only' },
      { write: (no) => no.slice(3), trait: 'ref-digits-only' },
      { write: (no) => no.replace('-', ' '), trait: 'ref-spaces' },
      { write: (no) => `Invoice ${no.replace('-', '')}`, trait: 'ref-invoice' },
    ],
    instalmentText: (no, k) => (k === 1 ? `${no} DEPOSIT` : `${no} BAL`),
    lessCreditText: (no, cn) => `${no} LESS ${cn}`,
    orderNumber: () => {
      const d = N.digits(6);
      return { bank: `PO${d}`, book: `PO ${d}` };
    },
    plainTexts: ['PAYMENT', 'TYRES', 'BATTERIES', 'STOCK', 'ACCOUNT', 'OCT PAYMENT'],
    ourPlainTexts: ['OCT SERVICES', 'HANUL TYRE PAYMENT', 'ACCOUNT SETTLEMENT', 'OCT 2027'],
    ourBillText: (b) => `INV ${b}`,
    limitText: (b, k) => `INV ${b} ${k} OF 2`,
    tripNumber: (R) => {
      const n = R.digits(5);
      return { bank: `WAYBILL ${n}`, book: `WB-${n}` };
    },
    refundText: (cn) => `HANUL REFUND ${cn}`,
    supplierRefundText: 'REFUND',
    chequeNumber: (R) => `INV ${R.digits(5)}`,
    batchId: (R) => `SAL${R.digits(7)}`,
    payday: (m) => m.someDay(-4, -3),
    transpose: (a) => transposeDigits(N, a),
    shortBy: (v) => share(v.gross, 3, 100),
    shortTrait: 'short-settlement-discount',
    otherCellTrait: 'ref-in-description',
    lastMonthTrait: 'last-month-payment',
    cardTrait: 'unbooked-debit-order',
    ledgerOnlyWhy: [
      'payment captured for release after the month end',
      'payment booked on the last day, released next month',
      'remittance advice booked before the money arrived',
    ],
    customers: [
      party('Mabuza Tyre Centre (Pty) Ltd', 'MABUZA TYRE CENTRE'),
      party('Rand Fleet Services (Pty) Ltd', 'RAND FLEET SERVICES'),
      party('Boksburg Auto Fitment CC', 'BOKSBURG AUTO FITMENT'),
      party('Vaal Truck Repairs (Pty) Ltd', 'VAAL TRUCK REPAIRS'),
      party('Benoni Battery World', 'BENONI BATTERY WORLD'),
      party('Alberton Tyre Depot CC', 'ALBERTON TYRE DEPOT'),
      party('Tembisa Taxi Association', 'TEMBISA TAXI ASSOC'),
      party('Kempton Logistics (Pty) Ltd', 'KEMPTON LOGISTICS'),
      party('Springs Mining Supplies (Pty) Ltd', 'SPRINGS MINING SUPPLIES'),
      party('Nigel Farm Equipment CC', 'NIGEL FARM EQUIPMENT'),
      party('Soweto Tyre & Exhaust', 'SOWETO TYRE AND EXHAUST'),
      party('Midrand Fleet Hire (Pty) Ltd', 'MIDRAND FLEET HIRE'),
      party('Heidelberg Agri Co-op', 'HEIDELBERG AGRI COOP'),
      party('Edenvale Motor Spares', 'EDENVALE MOTOR SPARES'),
      party('Brakpan Bus Services (Pty) Ltd', 'BRAKPAN BUS SERVICES'),
      party('Pretoria North Tyres CC', 'PRETORIA NORTH TYRES'),
      party('Witbank Coal Haulers (Pty) Ltd', 'WITBANK COAL HAULERS'),
      party('Centurion Courier Fleet (Pty) Ltd', 'CENTURION COURIER FLEET'),
      party('Randburg Battery Centre', 'RANDBURG BATTERY CENTRE'),
      party('Krugersdorp Truck Stop (Pty) Ltd', 'KRUGERSDORP TRUCK STOP'),
      party('Modderfontein Forklifts CC', 'MODDERFONTEIN FORKLIFTS'),
      party('Bedfordview Car Care', 'BEDFORDVIEW CAR CARE'),
      party('Germiston Auto Electrical', 'GERMISTON AUTO ELECTRICAL'),
      party('Sasolburg Transport (Pty) Ltd', 'SASOLBURG TRANSPORT'),
    ],
    withholder: party('Gauteng Bus Fleet (Pty) Ltd', 'GAUTENG BUS FLEET'),
    thirdParty: {
      bank: 'AFRIPORT HOLDINGS',
      customer: party('Elsburg Tyre Fitment CC', 'ELSBURG TYRE FITMENT'),
      text: (no) => `${no} ELSBURG TYRE`,
    },
    tradingName: { bank: 'TYRES R US ALRODE', text: 'TYRES', book: 'Pieterse Motor Holdings (Pty) Ltd' },
    unknownPayers: [
      { bank: 'J VAN DER MERWE', text: 'PAYMENT' },
      { bank: 'SIBIYA TRADING', text: 'STOCK' },
    ],
    suppliers: [
      { ...party('Bluewater Clearing & Forwarding (Pty) Ltd', 'BLUEWATER CLEARING'), bill: (R) => `BCF${R.digits(5)}` },
      { ...party('City Deep Warehousing (Pty) Ltd', 'CITY DEEP WAREHOUSING'), bill: (R) => R.digits(4) },
      { ...party('Wadeville Forklift Hire CC', 'WADEVILLE FORKLIFT HIRE'), bill: (R) => `WFH-${R.digits(4)}` },
      { ...party('Shield Security Services (Pty) Ltd', 'SHIELD SECURITY SERVICES'), bill: (R) => `SSS${R.digits(4)}` },
      { ...party('Elandsfontein Racking (Pty) Ltd', 'ELANDSFONTEIN RACKING'), bill: (R) => R.digits(5) },
      { ...party('Seoul Connect Trade Services (Pty) Ltd', 'SEOUL CONNECT TRADE'), bill: (R) => `SCT-${R.digits(5)}` },
      { ...party('Torque Equipment Suppliers CC', 'TORQUE EQUIPMENT SUPPLIERS'), bill: (R) => `TE${R.digits(4)}` },
      { ...party('Signal Hill Signs CC', 'SIGNAL HILL SIGNS'), bill: (R) => R.digits(3) },
      { ...party('Rapid Parcel Couriers (Pty) Ltd', 'RAPID PARCEL COURIERS'), bill: (R) => `RPC/${R.digits(5)}` },
      { ...party('Sparkle Office Cleaning CC', 'SPARKLE OFFICE CLEANING'), bill: (R) => R.digits(4) },
      { ...party('Jet Park Packaging (Pty) Ltd', 'JET PARK PACKAGING'), bill: (R) => `JPP-${R.digits(4)}` },
      { ...party('Primrose Printers CC', 'PRIMROSE PRINTERS'), bill: (R) => `PP${R.digits(5)}` },
    ],
    limitSupplier: {
      ...party('Bayhead Shipping Agencies (Pty) Ltd', 'BAYHEAD SHIPPING AGENCIES'),
      bill: (R) => `BSA${R.digits(6)}`,
    },
    twinSupplier: party('Isando Road Freight (Pty) Ltd', 'ISANDO ROAD FREIGHT'),
    settlements: [
      { name: 'Yoco', feePerMille: 26, id: (R) => `YC${R.digits(9)}`, bankText: () => 'YOCO PAYOUT' },
      { name: 'PayFast', feePerMille: 32, id: (R) => `PF${R.digits(8)}`, bankText: () => 'PAYFAST SETTLEMENT' },
      { name: 'SnapScan', feePerMille: 30, evidence: 'counterparty', bankText: () => 'SNAPSCAN SETTLEMENT' },
    ],
    statutory: [
      {
        key: 'emp201',
        days: [3, 4],
        range: [18000000, 32000000],
        ref: () => `${taxRef}LC092027`,
        bankDesc: 'SARS EFILING',
        bankRef: (ref) => `EMP201 ${ref}`,
        book: (ref) => ({ doc: ref, desc: '원천세 납부 EMP201 2027년 9월', party: 'SARS' }),
      },
      {
        key: 'vat201',
        days: [-6, -4],
        range: [26000000, 48000000],
        ref: (R) => `4${R.digits(9)}V092027`,
        bankDesc: 'SARS EFILING',
        bankRef: (ref) => `VAT201 ${ref}`,
        book: (ref) => ({ doc: ref, desc: '부가세 납부 VAT201 2027년 8-9월', party: 'SARS' }),
      },
      {
        key: 'customs',
        days: [5, 12],
        range: [9000000, 24000000],
        ref: (R) => `JNB${R.digits(8)}`,
        bankDesc: 'SARS CUSTOMS',
        bankRef: (ref) => ref,
        book: (ref) => ({ doc: ref, desc: `관세 납부 수입신고 ${ref}`, party: 'SARS Customs' }),
      },
    ],
    utilities: [
      {
        range: [1800000, 4500000],
        desc: 'CITY OF EKURHULENI',
        ref: coe,
        debitOrder: false,
        book: { doc: coe, desc: `수도광열비 City of Ekurhuleni ${coe}`, party: 'City of Ekurhuleni' },
      },
      {
        range: [250000, 900000],
        desc: 'VODACOM BUSINESS',
        ref: `VB${voda}`,
        debitOrder: true,
        book: { doc: `VB${voda}`, desc: '통신비 Vodacom', party: 'Vodacom Business' },
      },
    ],
    ownAccount: own,
  };

  const R = () => S.rng;
  const bankRef = () => `JNB${R().digits(11)}`;
  const line = (m, spec) => m.line({ bankRef: bankRef(), ...spec });
  const fee = (m, l, text, amount) =>
    chargeAfter(m, l, { text, amount, kind: 'charge', ref: '', type: 'FEE', bai: '698', bankRef: l.bankRef });
  const pay = (m, { date, payee, text, amount, charge = true }) => {
    const l = line(m, { date, type: 'ACB DEBIT', bai: '455', text: payee, ref: text, amount });
    if (charge) fee(m, l, 'ACB DEBIT FEE', 980);
    return l;
  };
  const receive = (m, { date, payer, text, amount, otherCell }) =>
    line(
      m,
      otherCell
        ? { date, type: 'ACB CREDIT', bai: '165', text: `${payer} ${text}`, ref: '', amount }
        : { date, type: 'ACB CREDIT', bai: '165', text: payer, ref: text, amount },
    );
  S.bank = {
    receive,
    cash: null,
    pay,
    reverse: (m, failed, date) =>
      line(m, {
        date,
        type: 'ACB RETURN',
        bai: '266',
        text: `RETURNED - ACCOUNT CLOSED - ${failed.text}`,
        ref: failed.ref,
        amount: -failed.amount,
      }),
    settle: (m, s, { date, id, amount }) =>
      line(m, { date, type: 'ACB CREDIT', bai: '165', text: s.bankText(id), ref: id ?? '', amount }),
    salary(m, { date, n, id, amount }) {
      const l = line(m, {
        date,
        type: 'BATCH DEBIT',
        bai: '455',
        text: `SALARIES OCT 2027 - ${n} PAYMENTS`,
        ref: `BATCH ${id}`,
        amount,
      });
      fee(m, l, `BATCH PAYMENT FEE (${n})`, n * 420);
      return l;
    },
    statutory(m, st, { date, ref, amount }) {
      const l = line(m, { date, type: 'ACB DEBIT', bai: '455', text: st.bankDesc, ref: st.bankRef(ref), amount });
      fee(m, l, 'ACB DEBIT FEE', 980);
      return l;
    },
    utility(m, u, { date, amount }) {
      const l = u.debitOrder
        ? line(m, { date, type: 'DEBIT ORDER', bai: '451', text: u.desc, ref: u.ref, amount })
        : line(m, { date, type: 'ACB DEBIT', bai: '455', text: u.desc, ref: u.ref, amount });
      fee(m, l, u.debitOrder ? 'DEBIT ORDER FEE' : 'ACB DEBIT FEE', u.debitOrder ? 450 : 980);
      return l;
    },
    own: (m, o, { date, amount }) =>
      receive(m, { date, payer: 'HANUL TYRE BATTERY SA', text: `NEDBANK ${o.acct}`, amount }),
    lastMonth(m, { date, amount }) {
      const l = pay(m, { date, payee: 'ROSSLYN TYRE RETREADERS', text: `SEP INV ${R().digits(5)}`, amount });
      return l;
    },
    card(m, { date, amount }) {
      const l = line(m, {
        date,
        type: 'DEBIT ORDER',
        bai: '451',
        text: 'SANTAM BUSINESS INSURE',
        ref: `POL${R().digits(8)}`,
        amount,
      });
      fee(m, l, 'DEBIT ORDER FEE', 450);
      return l;
    },
    monthEnd(m) {
      const me = (text, amount) =>
        monthEndLine(m, { text, amount, kind: 'charge', type: 'FEE', bai: '698', bankRef: bankRef() });
      me('ACCOUNT MAINTENANCE FEE', 65000);
      me('CASHPRO SERVICE FEE', 39500);
    },
  };

  const row = (kind, desc, doc, p) => ({ kind, desc, doc, party: p });
  S.books = {
    receipt: ([v], p, x) => row('입금', `외상매출금 회수 ${v.no}${x.order ? ` (고객주문 ${x.order})` : ''}`, v.no, p),
    receiptLessCredit: (v, cn, p) => row('입금', `외상매출금 회수 ${v.no} (반품 ${cn.no} 차감)`, v.no, p),
    payment: (bill, p) => row('출금', `외상매입금 지급 ${bill}`, bill, p),
    trip: (t, p) => row('출금', `운반비 ${t.book}`, t.book, p),
    refundToCustomer: (cn, p) => row('출금', `반품 환불 ${cn}`, cn, p),
    refundFromSupplier: (p) => row('입금', '매입처 환불', '', p),
    chequeIssued: (no, p) => row('출금', `외상매입금 지급 ${no} (지급예약)`, no, p),
    chequeLodged: (v, no, p) => row('입금', `외상매출금 회수 ${v.no} (송금통지)`, v.no, p),
    settlement: (s, id) =>
      row('입금', id ? `카드매출 입금 ${s.name} ${id}` : `카드매출 입금 ${s.name}`, id ?? '', s.name),
    settlementFee: (s, id) => row('출금', `지급수수료 ${s.name} ${id}`, id, s.name),
    salary: (id) => row('출금', `급여 지급 2027년 10월 ${id}`, id, ''),
    statutory: (st, ref) => {
      const b = st.book(ref);
      return row('출금', b.desc, b.doc, b.party);
    },
    utility: (u) => row('출금', u.book.desc, u.book.doc, u.book.party),
    own: (o) => row('입금', `보통예금 대체 ${o.bankName} ${o.acct}`, o.acct, ''),
  };
  return S;
}

export const SETS = [ngSet, ghSet, keSet, zaSet];
