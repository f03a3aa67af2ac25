/**
 * npm run eval:match — the matching engine on the evaluation corpus in bench/corpus (written by someone who had not
 * read matching/): the anchor suites through the JSON input, the real-layout sets through the file adapters.
 * Prints, per corpus, auto-match precision, recall of the lines that have a counterpart in the books, and where the
 * right answer ranks (top-1, top-3) when a person is asked. Options: --corpus DIR, --verbose (every failure),
 * --misses (the real-layout lines with a counterpart that were not confirmed, counted by the truth's traits).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateAnchors } from './eval/anchors.js';
import { evaluateRealLayout } from './eval/real-layout.js';
import { TALLY_HEADER, type Tally, addTally, emptyTally, tallyRow } from './eval/tally.js';

const argv = process.argv.slice(2);
const at = argv.indexOf('--corpus');
const corpus = at >= 0 ? argv[at + 1]! : join(fileURLToPath(new URL('.', import.meta.url)), 'corpus');
const verbose = argv.includes('--verbose');
const misses = argv.includes('--misses');

if (!existsSync(join(corpus, 'index.json'))) {
  console.error(`${corpus}: no evaluation corpus (index.json missing)`);
  process.exit(2);
}

const rows: Array<[string, Tally]> = [];
const anchors = await evaluateAnchors(corpus);
let anchorTotal = emptyTally();
for (const [suite, t] of [...anchors].sort(([a], [b]) => a.localeCompare(b))) {
  rows.push([`anchors/${suite}`, t]);
  anchorTotal = addTally(anchorTotal, t);
}
rows.push(['anchors (all)', anchorTotal]);
/**
 * The real-layout folders: the same format and grading, each written by someone who had not read the engine, its
 * presets or the other folders. real-layout and holdout to holdout4 have since been used to find principles and fix
 * wrong matches; holdout4 and holdout5 were each measured blind once (README).
 */
const FOLDERS = [
  ['real-layout', 'GTBank/Access, Equity/QuickBooks, GCB ledger, FNB/Xero'],
  ['holdout', 'Ecobank/QuickBooks Online, KCB + M-PESA/Sage 50, Zenith/Zoho, Absa/Sage Business Cloud'],
  ['holdout2', 'Fidelity + MoMo/QuickBooks Desktop, Co-op + M-PESA till/Odoo, Stanbic/Tally, Nedbank/Pastel'],
  ['holdout3', 'UBA/QuickBooks Online, NCBA/Sage 50, Absa Ghana/Xero, Standard Bank/Xero'],
  ['holdout4', 'Access/Zoho Books, Equity/QuickBooks Online, Ecobank Ghana/Sage Business Cloud, Capitec/Xero'],
  [
    'holdout5',
    'First Bank/Excel cash book, Stanbic Kenya/Zoho Books, CalBank/TallyPrime, Discovery Business/QuickBooks Online',
  ],
  [
    'holdout6',
    'Moniepoint/ERPNext, I&M + M-PESA/Wave, Zenith Ghana + MTN MoMo/Business Central, Investec/Sage Business Cloud',
  ],
  ['holdout7', 'Kuda/Xero, DTB/QuickBooks Online, Stanbic Ghana/Sage Business Cloud, TymeBank/Zoho Books'],
  ['holdout8', 'Sterling/QuickBooks Online, Family Bank/Xero, Access Ghana/Sage Business Cloud, Bidvest/Odoo'],
  [
    'holdout9',
    'FCMB/SAP Business One, Republic Bank Ghana/TallyPrime, Standard Chartered Kenya/Akaunting, Sasfin/Sage Evolution',
  ],
  ['holdout10', 'Providus/Zoho Books, Prudential Bank Ghana/Odoo, Sidian/ERPNext, Mercantile/Sage Business Cloud'],
  ['holdout11', 'Wema/Manager.io, ADB Ghana/Dolibarr, Absa Kenya/GnuCash, African Bank Business/NetSuite'],
  ['holdout12', 'Polaris/Sage 300, Société Générale Ghana/Dynamics GP, HF Group/Sage Intacct, Grindrod/Palladium'],
  [
    'holdout13',
    'Union Bank/FreshBooks, Consolidated Bank Ghana/Acumatica, Kingdom Bank/Dynamics NAV, Albaraka/Omni Accounts',
  ],
  [
    'holdout14',
    'Fidelity Bank Nigeria/Busy, UMB Ghana/Exact Online, Gulf African Bank/KashFlow, Bank Zero/Frappe Books',
  ],
  [
    'holdout15',
    'Wema ALAT/Sage 50 Pastel, Fidelity Ghana/QuickBooks Online, NCBA/Zoho Books, Capitec/Sage Business Cloud',
  ],
  ['holdout16', 'Stanbic IBTC/QuickBooks Desktop, Ecobank Ghana/Zoho Books, Co-op Bank Kenya/Xero, Absa/Xero'],
  ['holdout17', 'Zenith/Sage Business Cloud, Stanbic Ghana/Odoo, Equity + M-PESA/QuickBooks Online, Nedbank/Pastel'],
  ['holdout18', 'Keystone/Sage X3, Fidelity Ghana/QuickBooks Online, Bank of Africa Kenya/Xero, Access Bank SA/SYSPRO'],
  ['holdout19', 'Unity/Odoo, GTBank Ghana/Sage 50, Ecobank Kenya/Zoho Books, Ubank/Xero'],
  [
    'holdout20',
    'Titan Trust/Dynamics 365 Finance, OmniBSIC Ghana/MYOB AccountRight, Credit Bank Kenya/SunSystems, HBZ Bank/Epicor Kinetic',
  ],
  [
    'holdout21',
    'Globus/SAP Business ByDesign, First Atlantic Ghana/hand-kept Excel cash book, Victoria Commercial Kenya/Unit4, Ithala/Brightpearl',
  ],
  [
    'holdout22',
    'Parallex/Oracle Fusion Cloud, National Investment Bank Ghana/Priority, Paramount Kenya/Xledger, Habib Overseas/Accounting Seed',
  ],
  [
    'holdout23',
    'PremiumTrust/SAP S/4HANA, Bank of Africa Ghana/IFS Cloud, Prime Bank Kenya/Sage 200 Evolution, Old Mutual/Workday Financials',
  ],
  [
    'holdout24',
    'Optimus/Oracle E-Business Suite, First National Bank Ghana/JD Edwards EnterpriseOne, SBM Bank Kenya/Dynamics AX 2012, Standard Chartered South Africa/FreeAgent',
  ],
  [
    'holdout25',
    'Jaiz/Oracle PeopleSoft, FBNBank Ghana/FrontAccounting, National Bank of Kenya/Infor SyteLine, GBS Mutual/TurboCASH',
  ],
  [
    'holdout26',
    'SunTrust/LedgerSMB, GHL Bank/Openbravo, Bank of Baroda Kenya/Marg ERP 9+, Bank of China Johannesburg/Kingdee K/3 Cloud',
  ],
  ['holdout27', 'Lotus Bank/Focus 9, UBA Ghana/Tryton, Guardian Bank Kenya/Vyapar, HSBC Johannesburg/QAD'],
  [
    'holdout28',
    'Nova Commercial Bank/Yonyou U8+, Ahantaman Rural Bank/Bigcapital, ABC Bank Kenya/webERP, SBI South Africa/IQ Retail',
  ],
  [
    'holdout29',
    'TAJBank/iDempiere, Atwima Kwanwoma Rural Bank/Axelor, Consolidated Bank of Kenya/Pegasus Opera 3, CCB Johannesburg/Yardi Voyager',
  ],
  [
    'holdout30',
    'Coronation/Sage 100, ARB Apex/Certinia, Middle East Bank Kenya/Infor M3, Citibank Johannesburg/Deltek Maconomy',
  ],
  ['holdout31', 'Signature Bank/Infor LN, Okomfo Anokye Rural Bank/Banana, Mayfair CIB/Ramco, RMB/MoneyWorks'],
  ['holdout32', 'AltBank/Peachtree, Sinapi Aba/Kashoo, KWFT/metasfresh, ICBC Johannesburg/CargoWise'],
  ['holdout33', 'LAPO/Deskera, Advans Ghana/Apache OFBiz, DIB Bank Kenya/xTuple, Finbond/AccountEdge'],
  ['holdout34', 'VFD/Clear Books, OISL/Twinfield, M Oriental/hledger, Deutsche Bank JHB/DATEV'],
  ['holdout35', 'FSDH/QuickFile, Amenfiman Rural Bank/e-conomic, First Community Bank/Uzapoint, Grobank/PRIMAVERA'],
  ['holdout36', 'Greenwich/Logo Tiger, Letshego Ghana/Reckon, Faulu/Beancount, BNP Paribas JHB/Cegid'],
  [
    'holdout37',
    'Baobab/Al-Ameen, Manya Krobo Rural Bank/AccountsIQ, Development Bank of Kenya/Uniconta, JPMorgan JHB/Pronto Xi',
  ],
  ['holdout38', 'Accion/SnelStart, Bosomtwe Rural Bank/Tripletex, Rafiki/bexio, Canara Bank JHB/Giddh'],
  ['holdout39', 'Hasal/Paraşüt, Fiaseman Rural Bank/Fortnox, Sumac/freee, Bank of Taiwan JHB/Digiwin'],
  ['holdout40', 'Addosser MFB/Zucchetti, Shai RB/Holded, SMEP MFB/EBP, Bank of America JHB/Douzone'],
  ['holdout41', 'Fina Trust/Omie, Nwabiagya/Moneybird, Caritas/Procountor, Bank of Communications JHB/Chanjet T+'],
  ['holdout42', 'NPF MFB/Yayoi, Kintampo RB/MISA SME, Muungano MFB/Hashavshevet, Commerzbank JHB/Lexware'],
  ['holdout43', 'Mutual Trust MFB/Fiken, Bosomtwi RB/Dinero, I&M Bank/Alegra, Old Mutual Bank/Bokio'],
  ['holdout44', 'FairMoney MFB/Daftra, Akuapem RB/Aplos, Family Bank/AutoCount, SA Bank of Athens/AJS'],
  ['holdout45', 'Safe Haven MFB/Autoline, First Atlantic/Acturis, Prime Bank/Magaya, Standard Bank/SQL-Ledger'],
  ['holdout46', 'Mainstreet MFB/COINS, NIB/AccountMate, Transnational Bank/Standard ERP, Postbank/Accounting Seed'],
  ['holdout47', 'OPay/Avanti, Bonzali Rural Bank/Flectra, Credit Bank/Clio, Ditsobotla/Draftworx'],
  ['holdout48', 'Sparkle MFB/Kippa, Lower Pra Rural Bank/Firefly III, Choice MFB/ZipBooks, OSK/KMyMoney'],
  ['holdout49', 'Carbon MFB/Vencru, Ga Rural Bank/HomeBank, Maisha MFB/Pandle, ICICI JHB/Refrens'],
  ['holdout50', 'Rubies MFB/ProfitBooks, Kwahu Rural Bank/ZarMoney, U&I MFB/Saasu, Habib Overseas/MMEX'],
  ['holdout51', 'PalmPay/Bkper, Sefwiman Rural Bank/DacEasy, Daraja MFB/Ekylibre, Bank of India JHB/HostBooks'],
  ['holdout52', 'Ekondo MFB/IDS Next, Borimanga RB/Pennylane, Musoni MFB/Bankers Realm, Baroda DBN/CaseWare'],
  ['holdout53', 'AB MFB/MIP, Asuogyaman RB/PowerOffice Go, UBA Kenya/AFAS Profit, SocGen JHB/Farmbooks'],
  ['holdout54', 'Renmoney MFB/Wafeq, Nsoatreman RB/e-Boekhouden, Century MFB/myBillBook, VBS/PHC CS'],
  ['holdout55', 'Bowen MFB/Collmex, Anum Rural Bank/Qoyod, Unaitas Sacco/Netvisor, Saambou/Quicken'],
  ['holdout56', 'Heritage/Express Accounts, StanChart Ghana/Patriot, Salaam MFB/Money Forward, BOE/Simply'],
  ['holdout57', 'Diamond/iScala, UniBank/Dynamics SL, Imperial Bank/Debitoor, Cape of Good Hope Bank/MS Money'],
  ['holdout58', 'Oceanic/Office Accounting, Royal Bank/Mamut, Charterhouse/Exchequer, Regal Treasury/Macola'],
  ['holdout59', 'Intercontinental/Compiere, Trust Bank/VT Transaction+, K-Rep/NolaPro, NBS/Platinum'],
  ['holdout60', 'NIRSAL MFB/HeliumOS, Juaben Rural Bank/Built, LOLC Kenya MFB/Zeraki Finance, Ziphakamise/LegalSuite'],
  ['holdout61', 'Raven Bank/BQE CORE, Atwima Mponua Rural Bank/OneUp, Tower Sacco/Financial Edge NXT, Lula/GoodX'],
  ['holdout62', 'Brass/Wave, Nkoranza Kwabre Rural Bank/Frappe Books, Imarika Sacco/Manager.io, Investec/Akaunting'],
  ['holdout63', 'FCMB/SAP Business One, CalBank/Dynamics 365 Finance, Victoria/Unit4, Sasfin/Sage 200 Evolution'],
  ['holdout64', 'Fortis MFB/YNAB, Odotobri Rural Bank/PocketSmith, Stima Sacco/Lunch Money, VodaPay/Monarch Money'],
  [
    'holdout65',
    'Abbey Mortgage Bank/Toshl, Kwamanman Rural Bank/Goodbudget, Metropolitan Sacco/Spendee, PayFast/Tiller',
  ],
  [
    'holdout66',
    'Amju Unique MFB/PCLaw, Mumuadu Rural Bank/PowerChurch Plus, Kimisitu Sacco/MRI Software, Netcash/Edupac',
  ],
  [
    'holdout67',
    'Infinity MFB/Serenic Navigator, Otuasekan Rural Bank/Miracle Accounting, Ukulima Sacco/Logic ERP, Stitch/Sybiz Vision',
  ],
  [
    'holdout68',
    'Rephidim MFB/eBizframe, Yaa Asantewaa Rural Bank/Big Red Book, Winas Sacco/TOMPRO, Ozow/MDA Property Systems',
  ],
  [
    'holdout69',
    'Mkobo MFB/CODA Financials, Awutu Emasa Rural Bank/Access Dimensions, Mwalimu Sacco/Greentree, Sinethemba co-op bank/Attaché',
  ],
  [
    'holdout70',
    'Firmus MFB/Softclo, Atiwa Rural Bank/Sage 1000, Bandari Sacco/Wingubox, Ikhwezi co-op/Jiwa Financials',
  ],
] as const;
let holdouts = emptyTally();
for (const [folder] of FOLDERS) {
  const sets = await evaluateRealLayout(corpus, 'files', folder);
  if (sets.size === 0) continue;
  let total = emptyTally();
  for (const [set, t] of sets) {
    rows.push([`${folder}/${set}`, t]);
    total = addTally(total, t);
  }
  rows.push([`${folder} (all)`, total]);
  // the same sets through the JSON documents shipped beside the files: the engine without the file readers
  let jsonTotal = emptyTally();
  for (const [set, t] of await evaluateRealLayout(corpus, 'json', folder)) {
    rows.push([`${folder}/${set} (json)`, t]);
    jsonTotal = addTally(jsonTotal, t);
  }
  rows.push([`${folder} via JSON (all)`, jsonTotal]);
  if (folder.startsWith('holdout')) holdouts = addTally(holdouts, total);
}
// every holdout together (files rows): the figure the README quotes for books the engine was not written against
rows.push(['all holdouts (all)', holdouts]);

console.log(`matching evaluation on ${corpus}`);
console.log('precision: right auto-confirmed lines / all auto-confirmed lines (matches, and rule postings: right on a');
console.log('bank-only line, wrong on one the books hold); recall: lines with a counterpart confirmed with the right');
console.log('group / all such lines; top-1/top-3: right answer ranked first / in three.');
console.log('over-conf.: confirmed (rightly) where only a suggestion was expected; held(tol): missed lines paid short');
console.log('or over with no tolerance configured, which the principles leave to a person (suggested with the gap).');
console.log(TALLY_HEADER);
for (const [name, t] of rows) console.log(tallyRow(name, t));
const failures = rows.filter(([n]) => !n.endsWith('(all)')).flatMap(([, t]) => t.failures);
console.log(
  "real-layout rows read the statements and ledger exports with the project's file readers; (json) rows use the",
);
console.log(
  'reconcile-JSON documents the corpus ships beside them (same rows), so a gap between the two is the readers.',
);
if (failures.length) {
  console.log(`\n${failures.length} expectation(s) not met${verbose ? ':' : ' (--verbose lists them)'}`);
  if (verbose) for (const f of failures) console.log(`  ${f}`);
}

if (misses) {
  // the file-reader rows only: the (json) rows repeat the same lines
  const missed = rows
    .filter(([n]) => FOLDERS.some(([folder]) => n.startsWith(`${folder}/`)) && !n.endsWith('(json)'))
    .flatMap(([, t]) => t.failures)
    .filter((f) => f.includes(': not confirmed;'));
  const byTrait = new Map<string, number>();
  for (const f of missed) {
    const traits = /\[([^\]]*)\]$/.exec(f)?.[1] ?? '(none)';
    byTrait.set(traits, (byTrait.get(traits) ?? 0) + 1);
  }
  console.log(
    `\n${missed.length} real-layout line(s) with a counterpart not confirmed (every folder), by the truth's traits:`,
  );
  for (const [traits, n] of [...byTrait].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`  ${String(n).padStart(4)}  ${traits}`);
  for (const f of missed) console.log(`  ${f}`);
}
