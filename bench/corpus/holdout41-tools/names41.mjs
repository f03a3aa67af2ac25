// Invented parties of each business: the name the books carry and the name the bank shows (cut as the channel cuts).

const POOLS = {
  NG: {
    first:
      'Adeyemi Okonkwo Balogun Danjuma Ogunleye Nwosu Abubakar Olawale Chukwuma Adebisi Ibekwe Lawal Onyeka Bello Ajayi Oyelaran Emeka Fashola Garba Idowu Kolawole Mustapha Nnamdi Obiora Oladipo Salisu Tijani Umaru Yakubu Afolabi Ezenwa Ikenna Jibril Makinde Nwachukwu Okafor Sanusi Uzoma Wasiu Yusuf',
    cust: [
      'Farms Ltd',
      'Agro Ventures Ltd',
      'Irrigation Services Ltd',
      'Poultry Farms Ltd',
      'Rice Mills Ltd',
      'Plantations Ltd',
      'Agro Allied Ltd',
      'Cassava Processors Ltd',
    ],
    supp: [
      'Clearing Agency Ltd',
      'Logistics Ltd',
      'Haulage Ltd',
      'Warehousing Ltd',
      'Security Services Ltd',
      'Diesel Supply Ltd',
      'Spares Ltd',
      'Engineering Ltd',
    ],
    trade: 'Brightfield Goldcrest Sunharvest Greenacre Silverleaf Kingsway',
    tradeSuffix: 'CONCEPTS',
    unknown: ['MUSA IBRAHIM GARBA', 'CHIOMA EZE BLESSING'],
    third: 'ZENITHAL AGRIC HOLDINGS',
    cut: 22,
  },
  GH: {
    first:
      'Owusu Mensah Asante Boateng Agyeman Ofori Amoako Darko Frimpong Appiah Bonsu Adjei Gyamfi Kyeremeh Sarpong Addai Ampofo Antwi Baffour Dankwa Fosu Kwarteng Manu Nkansah Obeng Opoku Poku Tweneboah Yeboah Akwasi Badu Danquah Acheampong Nyarko Oduro Kusi Konadu Amankwah Asamoah Wiredu',
    cust: [
      'Farms Ltd',
      'Greenhouses Ltd',
      'Vegetable Growers',
      'Agro Enterprise',
      'Farmers Co-op',
      'Horticulture Ltd',
      'Nurseries Ltd',
      'Agric Ventures',
    ],
    supp: [
      'Haulage Ltd',
      'Plastics Ltd',
      'Clearing Services',
      'Welding Works',
      'Security Ltd',
      'Fuel Station',
      'Pipes Ltd',
      'Printing Press',
    ],
    trade: 'Brightfield Goldcrest Sunharvest Greenacre Silverleaf Kingsway',
    tradeSuffix: 'CONCEPTS',
    unknown: ['KOFI ANANE', 'AKOSUA SERWAA'],
    third: 'ASHANTI GOLDFIELDS FOUNDATION',
    cut: 30,
  },
  KE: {
    first:
      'Kamau Otieno Wanjiru Mutua Njoroge Ochieng Kiprono Wekesa Mwangi Achieng Chebet Kariuki Nyaga Omondi Rotich Waweru Gitau Kilonzo Langat Muriuki Ndungu Odhiambo Onyango Sitienei Wambugu Kiplagat Macharia Mbugua Nyambura Oduya Kirui Mwende Wairimu Koech Biwott Kimani Kosgei Muthoni Ngugi Wafula',
    cust: [
      'Water Project',
      'Irrigation Ltd',
      'Academy',
      'Hospital',
      'Farm Ltd',
      'Self Help Group',
      'Sacco Ltd',
      'Flower Farm',
    ],
    supp: [
      'Drillers Ltd',
      'Freight Ltd',
      'Clearing Agency',
      'Pipes Ltd',
      'Security Ltd',
      'Electricals',
      'Transporters',
      'Hardware Ltd',
    ],
    trade: 'Brightfield Goldcrest Sunharvest Greenacre Silverleaf Kingsway',
    tradeSuffix: 'AGENCIES',
    unknown: ['JOHN KAMAU MAINA', 'GRACE AKINYI OTIENO'],
    third: 'RIFT VALLEY WATER TRUST',
    cut: 26,
  },
  ZA: {
    first:
      'Mokoena Nkosi Botha Naidoo Pillay Dlamini Venter Khumalo Ndlovu Pretorius Mahlangu Govender Mthembu Steyn Maseko Radebe Sithole Coetzee Moodley Ngcobo Baloyi Chetty Fourie Hlongwane Jacobs Kekana Lekota Mabaso Molefe Nkuna Olivier Ramaphosa Sebola Tshabalala Vilakazi Xaba Zwane Kruger Marais Mkhize',
    cust: [
      'Hardware',
      'Build Supplies',
      'Hardware CC',
      'Plumbing (Pty) Ltd',
      'Tool Centre',
      'Construction',
      'Building Materials',
      'Electrical Wholesalers',
    ],
    supp: [
      'Freight (Pty) Ltd',
      'Clearing Agents',
      'Warehousing',
      'Forklift Hire',
      'Security',
      'Racking (Pty) Ltd',
      'Couriers',
      'Packaging',
    ],
    trade: 'Brightfield Goldcrest Sunharvest Greenacre Silverleaf Kingsway',
    tradeSuffix: 'TRADERS',
    unknown: ['T MOLOI', 'PROPERTY INV 88 CC'],
    third: 'EKURHULENI HOUSING TRUST',
    cut: 24,
  },
};

const cutName = (s, n) => s.toUpperCase().slice(0, n).trim();

export function partiesOf(country, r) {
  const p = POOLS[country];
  const first = r.shuffle(p.first.split(' '));
  const trade = r.shuffle(p.trade.split(' '));
  const mk = (suffixes) => {
    const w = first.shift();
    const book = `${w} ${r.pick(suffixes)}`;
    return { book, bank: cutName(book, p.cut), word: w };
  };
  const customers = Array.from({ length: 26 }, () => mk(p.cust));
  const suppliers = Array.from({ length: 13 }, () => mk(p.supp));
  // the customer who pays under a trading name the books do not carry
  for (const c of customers) c.trading = `${trade[0].toUpperCase()} ${p.tradeSuffix}`;
  return {
    customers,
    suppliers,
    thirdParty: { bank: cutName(p.third, p.cut) },
    unknown: p.unknown.map((u) => ({ bank: cutName(u, p.cut) })),
  };
}
