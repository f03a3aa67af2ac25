// Invented customers and suppliers per country: the name the books carry and the name the bank shows (upper case,
// cut as the channel cuts it). Every name leads with a surname of its own, so no two share a word that says who paid.

const SURNAMES = {
  NG: 'Adeyemi Okonkwo Balogun Chukwuemeka Danjuma Oyelaran Emenike Fashola Nwachukwu Adebanjo Ogundipe Ezeani Olaniyan Garba Akintola Umeh Bello Ikechukwu Salami Onyekachi Abubakar Odunsi Anyanwu Lawal Okafor Babatunde Mustapha Ojukwu Adeleke Nnamdi Yusuf Obi Oladipo Akande',
  GH: 'Mensah Boateng Asante Owusu Agyeman Osei Appiah Amoako Darko Kyei Ofori Adjei Bonsu Frimpong Yeboah Acheampong Gyamfi Antwi Nkansah Sarpong Ampofo Badu Donkor Kwarteng Opoku Baffour Nyarko Asamoah Addai Manu Tetteh Wiredu Fosu Anane Dankwa',
  KE: 'Kamau Wanjiru Otieno Mutua Njoroge Kiprono Achieng Wambui Chege Omondi Kariuki Nyambura Mwangi Kiptoo Odhiambo Gitau Muthoni Wekesa Ndungu Korir Makena Barasa Kimani Onyango Wafula Cheruiyot Gathoni Mugo Ochieng Langat Nduta Mbugua Kirui Wairimu Njenga',
  ZA: 'Mokoena Naidoo Botha Dlamini Pretorius Khumalo Venter Nkosi Ramaphosa Pillay Mahlangu Steyn Ndlovu Coetzee Mthembu Govender Maseko Jacobs Radebe Fourie Sithole Kruger Zulu Marais Mabaso Nel Moodley Cele Mostert Baloyi Swanepoel Hlongwane Erasmus Tshabalala Viljoen',
};

const CUSTOMER_TRADES = {
  NG: [
    'Power Solutions',
    'Motorcycle Spares',
    'Marine Services',
    'Generators',
    'Outboard Engines',
    'Cold Room',
    'Machinery',
    'Energy Systems',
    'Fishing Co-operative',
    'Hardware Stores',
  ],
  GH: [
    'Cashew Farms',
    'Tricycle Spares',
    'Agrochem Dealers',
    'Farm Inputs',
    'Grain Millers',
    'Yam Traders',
    'Sprayers Depot',
    'Farmers Co-operative',
    'Hardware Stores',
    'Poultry Farms',
  ],
  KE: [
    'Flower Farms',
    'Greenhouses',
    'Horticulture',
    'Dairy Farm',
    'Water Projects',
    'Growers',
    'Avocado Growers',
    'Farmers Sacco',
    'Agrovet',
    'Nurseries',
  ],
  ZA: [
    'Engineering',
    'Automotive Components',
    'Precision Works',
    'Toolmakers',
    'Die Casting',
    'Press Tools',
    'Fabrication',
    'Machining',
    'Moulds',
    'Plastics',
  ],
};

const SUPPLIER_TRADES = {
  NG: [
    'Clearing and Forwarding',
    'Haulage',
    'Properties',
    'Security Services',
    'Printing Press',
    'Diesel Depot',
    'Fabrication Works',
    'Electricals',
  ],
  GH: [
    'Clearing Agency',
    'Transport',
    'Estates',
    'Security Services',
    'Printing Press',
    'Fuel Station',
    'Welding Works',
    'Electricals',
  ],
  KE: [
    'Clearing Agency',
    'Transporters',
    'Properties',
    'Security Services',
    'Printers',
    'Fuel Depot',
    'Welding Works',
    'Electricals',
  ],
  ZA: ['Freight', 'Couriers', 'Properties', 'Security', 'Printers', 'Steel Merchants', 'Heat Treatment', 'Electrical'],
};

const SUFFIX = {
  NG: ['Ltd', 'Nig. Ltd', 'Enterprises'],
  GH: ['Ltd', 'Enterprise', 'Co. Ltd'],
  KE: ['Ltd', 'Limited', 'Enterprises'],
  ZA: ['(Pty) Ltd', 'CC', '(Pty) Ltd'],
};

/** How long a payer's or payee's name may be on the statement. */
const CUT = { NG: 28, GH: 30, KE: 26, ZA: 32 };

const cut = (s, n) => (s.length <= n ? s : s.slice(0, n).replace(/\s+\S*$/, ''));

/** 24 customers, 11 suppliers and one haulier of a country, drawn from the stream. */
export function people(country, r) {
  const sur = r.shuffle(SURNAMES[country].split(' '));
  const mk = (name, trades) => {
    const book = `${name} ${r.pick(trades)} ${r.pick(SUFFIX[country])}`;
    const bank = cut(
      book
        .toUpperCase()
        .replace(/\(PTY\) LTD|\bLTD\b|\bLIMITED\b|\bCC\b|\bCO\. LTD\b|NIG\. /g, '')
        .replace(/[.&]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
      CUT[country],
    );
    return { book, bank };
  };
  const customers = sur.slice(0, 24).map((s) => mk(s, CUSTOMER_TRADES[country]));
  const suppliers = sur.slice(24, 32).map((s, i) => mk(s, [SUPPLIER_TRADES[country][i]]));
  const haulier = mk(sur[32], [SUPPLIER_TRADES[country][1]]);
  const trade = mk(sur[33], CUSTOMER_TRADES[country]);
  return { customers, suppliers, haulier, trade, cut: (s) => cut(s.toUpperCase(), CUT[country]) };
}
