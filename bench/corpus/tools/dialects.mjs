// How each bank writes its narrations and charges. Written from general knowledge of these banks' statements
// (NIP transfers with session ids, EMTL, FNB's '#' fee lines, M-PESA codes); the wording is our own rendering.
import { fmt, nipSession, pct } from './lib.mjs';

const NG_BANKS = [
  ['ZENITH', '000015'],
  ['ACCESS', '000014'],
  ['UBA', '000004'],
  ['FIRST BANK', '000016'],
  ['FCMB', '000003'],
  ['OPAY', '100004'],
  ['MONIEPOINT', '090405'],
  ['STANBIC IBTC', '000012'],
];

/** NIP fee (VAT inclusive) by amount band, in kobo. */
function nipFeeInclusive(amountKobo) {
  if (amountKobo <= 500000) return 1075;
  if (amountKobo <= 5000000) return 2688;
  return 5375;
}

export const gtbank = {
  receipt({ payer, memo, date, rng }) {
    if (rng.chance(0.2)) return { text: `TRANSFER FROM ${payer} ${memo}`.trim(), reference: null };
    const [bankName, code] = rng.pick(NG_BANKS);
    const session = nipSession(rng, code, date);
    const text = rng.chance(0.5) ? `NIP FRM ${payer}-${memo}` : `NIP/${bankName}/${payer}/${memo}`;
    return { text: text.replace(/[-/]$/, ''), reference: session, session: true };
  },
  anonymousReceipt(rng) {
    return rng.chance(0.5)
      ? {
          text: `CASH DEPOSIT BY ${rng.pick(['SELF', 'DRIVER', 'REP', 'MD'])} ${rng.pick(['IKEJA', 'ALLEN', 'YABA'])} BRANCH`,
          reference: null,
        }
      : {
          text: `MOBILE TRANSFER FROM 0${rng.pick(['803', '806', '813', '703'])}****${rng.digits(3)}`,
          reference: null,
        };
  },
  payment({ payee, memo, date, rng }) {
    const session = nipSession(rng, '000013', date);
    const text = rng.chance(0.5) ? `NIP TRF TO ${payee}/${memo}` : `NIP TRANSFER TO ${payee} ${memo}`;
    return { text: text.trim().replace(/\/$/, ''), reference: session, session: true };
  },
  transferFees: (amount) => [{ text: 'NIP CHARGE + VAT', amount: -nipFeeInclusive(amount), kind: 'charge' }],
  inflowCharges: (amount, _date, _rng, text) =>
    amount >= 1000000 && !text.startsWith('CASH DEPOSIT')
      ? [{ text: 'ELECTRONIC MONEY TRANSFER LEVY', amount: -5000, kind: 'levy' }]
      : amount >= 1000000
        ? [{ text: 'STAMP DUTY CHARGE', amount: -5000, kind: 'tax' }]
        : [],
  reversal: (text) => `REVERSAL - ${text}`,
  reversesFees: true,
  card: ({ merchant, rng }) => `POS PURCHASE - ${merchant} LA NG ${rng.digits(6)}`,
  settlement: ({ tid, sales, rng }) => ({
    text: `POS SETTLEMENT TID ${tid} SALES ${fmt.dmy(sales)}`,
    reference: `STL${rng.digits(10)}`,
  }),
  // Merchant service charge 0.5%, capped at N1,000 per settlement.
  settlementFee: (gross) => Math.min(pct(gross, 50), 100000),
  settlementBookName: 'POS',
  monthEnd(to, turnover, rng) {
    const amf = pct(turnover, 10); // N1 per N1,000 of debit turnover
    return [
      {
        date: to,
        text: `SMS ALERT CHARGES ${fmt.mon(to).toUpperCase()} ${to.slice(0, 4)}`,
        amount: -rng.int(70, 160) * 400,
        kind: 'charge',
      },
      {
        date: to,
        text: `ACCOUNT MAINTENANCE FEE ${fmt.mon(to).toUpperCase()} ${to.slice(0, 4)}`,
        amount: -amf,
        kind: 'charge',
      },
      { date: to, text: 'VAT ON ACCOUNT MAINTENANCE FEE', amount: -pct(amf, 750), kind: 'fee-vat' },
    ];
  },
};

export const access = {
  receipt({ payer, memo, date, rng }) {
    if (rng.chance(0.25)) return { text: `TRF FRM ${payer} ${memo}`.trim(), reference: null };
    const [bankName, code] = rng.pick(NG_BANKS.filter(([n]) => n !== 'ACCESS'));
    const withSession = rng.chance(0.5);
    const session = nipSession(rng, code, date);
    const text = `NIP/${bankName}/${payer}/${memo}${withSession ? `/${session}` : ''}`;
    return { text: text.replace('//', '/'), reference: null, session: withSession };
  },
  anonymousReceipt(rng) {
    return { text: `CASH DEPOSIT - ${rng.pick(['OREGUN', 'ADEOLA ODEKU', 'MARINA'])} BRANCH`, reference: null };
  },
  payment({ payee, memo, date, rng }) {
    if (rng.chance(0.5)) return { text: `TRF TO ${payee}/${memo}`.replace(/\/$/, ''), reference: null };
    const session = nipSession(rng, '000014', date);
    return { text: `NIP/${payee}/${memo}/${session}`.replace('//', '/'), reference: null, session: true };
  },
  transferFees(amount) {
    const incl = nipFeeInclusive(amount);
    const fee = { 1075: 1000, 2688: 2500, 5375: 5000 }[incl];
    return [
      { text: 'NIP CHARGES', amount: -fee, kind: 'charge' },
      { text: 'VAT ON NIP CHARGES', amount: -(incl - fee), kind: 'fee-vat' },
    ];
  },
  inflowCharges: (amount, date, _rng, text) =>
    amount >= 1000000 && !text.startsWith('CASH DEPOSIT')
      ? [{ text: `EMT LEVY ON CREDIT ${fmt.dmy(date, '-')}`, amount: -5000, kind: 'levy' }]
      : [],
  reversal: (text) => `RVSL ${text}`,
  reversesFees: false,
  card: ({ merchant }) => `POS/WEB PURCHASE ${merchant}`,
  monthEnd(to, turnover, rng) {
    const amf = pct(turnover, 10);
    const mon = `${fmt.mon(to).toUpperCase()}-${to.slice(2, 4)}`;
    return [
      { date: to, text: `SMS NOTIFICATION CHARGES ${mon}`, amount: -rng.int(40, 110) * 400, kind: 'charge' },
      { date: to, text: `ACCOUNT MAINT. FEE ${mon}`, amount: -amf, kind: 'charge' },
      { date: to, text: `VAT ON ACCOUNT MAINT. FEE ${mon}`, amount: -pct(amf, 750), kind: 'fee-vat' },
    ];
  },
};

export const fnb = {
  receipt({ payer, memo, rng }) {
    const how = rng.pick([
      'Magtape Credit',
      'FNB OB Pmt',
      'Payshap Credit',
      'Rtc Credit',
      'Credit Transfer',
      'Magtape Credit',
    ]);
    return { text: `${how} ${payer} ${memo}`.trim(), reference: null };
  },
  anonymousReceipt(rng) {
    return {
      text: `ADT Cash Deposit ${rng.digits(5)} ${rng.pick(['Bellville', 'Claremont', 'Cape Town Cbd', 'Tygervalley'])}`,
      reference: null,
    };
  },
  payment({ payee, memo, rng }) {
    const how = rng.pick(['FNB App Payment To', 'Internet Pmt To', 'FNB App Payment To']);
    return { text: `${how} ${payee} ${memo}`.trim(), reference: null };
  },
  transferFees: () => [{ text: '#Int Pymt Fee', amount: -950, kind: 'charge' }],
  inflowCharges: (amount, _date, _rng, text) =>
    text.startsWith('ADT Cash Deposit')
      ? [{ text: '#Cash Dep Fee', amount: -(pct(amount, 125) + 750), kind: 'charge' }]
      : [],
  reversal: (text) => `Reversal ${text}`,
  reversesFees: false,
  card: ({ merchant, date }) => `POS Purchase ${merchant} 447812*4481 ${date.slice(8, 10)} ${fmt.mon(date)}`,
  settlement: ({ tid, sales, rng }) => ({
    text: `Speedpoint Settlement ${tid} ${sales.slice(8, 10)} ${fmt.mon(sales)}`,
    reference: rng.digits(8),
  }),
  settlementFee: (gross) => pct(gross, 275),
  settlementBookName: 'Speedpoint',
  monthEnd(to, _turnover, rng) {
    return [
      { date: to, text: '#Monthly Account Fee', amount: -11500, kind: 'charge' },
      { date: to, text: '#Value Added Serv Fees', amount: -rng.int(12, 40) * 115, kind: 'charge' },
      { date: to, text: '#Service Fees', amount: -rng.int(3, 9) * 1050, kind: 'charge' },
      { date: to, text: 'Credit Interest', amount: rng.int(1500, 9000), kind: 'interest' },
    ];
  },
};

export const equity = {
  receipt({ payer, memo, date, rng }) {
    const r = rng.next();
    if (r < 0.4) {
      const phone = `2547${rng.digits(2)}***${rng.digits(3)}`;
      const code = `T${fmt.mon(date).slice(0, 1)}${Array.from({ length: 8 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[rng.int(0, 33)]).join('')}`;
      return { text: `MPS ${phone} ${code} ${payer} ${memo}`.trim(), reference: code };
    }
    const how = r < 0.75 ? 'PESALINK TRF FROM' : r < 0.9 ? 'EFT CREDIT' : 'RTGS INWARD';
    return { text: `${how} ${payer} ${memo}`.trim(), reference: `FT25${rng.digits(3)}${rng.digits(5)}` };
  },
  anonymousReceipt(rng) {
    return rng.chance(0.5)
      ? {
          text: `CASH DEPOSIT ${rng.pick(['TOM MBOYA', 'INDUSTRIAL AREA', 'WESTLANDS'])} BRANCH`,
          reference: `CD${rng.digits(8)}`,
        }
      : { text: `AGENT DEPOSIT ${rng.digits(5)} EQUITEL`, reference: `AG${rng.digits(8)}` };
  },
  payment({ payee, memo, rng, amount }) {
    // RTGS for large values (KES 1m and more), PesaLink or EFT below.
    const how = amount >= 100000000 ? 'RTGS TO' : rng.pick(['PESALINK TRF TO', 'EFT TO', 'PESALINK TRF TO']);
    return { text: `${how} ${payee} ${memo}`.trim(), reference: `FT25${rng.digits(3)}${rng.digits(5)}` };
  },
  transferFees(amount) {
    const fee = amount >= 100000000 ? 50000 : amount >= 10000000 ? 20000 : 5000;
    return [
      { text: 'TRANSFER CHARGE', amount: -fee, kind: 'charge' },
      { text: 'EXCISE DUTY', amount: -pct(fee, 2000), kind: 'tax' },
    ];
  },
  reversal: (text) => `REV ${text}`,
  reversesFees: true,
  card: ({ merchant }) => `POS PURCHASE ${merchant} NAIROBI KE`,
  settlement: ({ tid, sales, rng }) => ({
    text: `MPESA TILL SETTLEMENT ${tid} ${fmt.dmy(sales)}`,
    reference: `MT${rng.digits(9)}`,
  }),
  settlementFee: (gross) => pct(gross, 55),
  settlementBookName: 'M-PESA till',
  monthEnd(to, _turnover, rng) {
    const ledgerFee = rng.int(20, 45) * 2500;
    const sms = rng.int(60, 140) * 500;
    return [
      { date: to, text: 'LEDGER FEE', amount: -ledgerFee, kind: 'charge' },
      { date: to, text: 'EXCISE DUTY ON LEDGER FEE', amount: -pct(ledgerFee, 2000), kind: 'tax' },
      { date: to, text: 'SMS ALERT CHARGES', amount: -sms, kind: 'charge' },
      { date: to, text: 'EXCISE DUTY ON SMS CHARGES', amount: -pct(sms, 2000), kind: 'tax' },
    ];
  },
};

/** Ghana, GCB-style: GhIPSS instant pay (GIP), ACH, mobile money, E-levy on transfers to wallets. */
export const gcb = {
  receipt({ payer, memo, rng }) {
    const r = rng.next();
    if (r < 0.45) return { text: `GIP TRANSFER FROM ${payer} ${memo}`.trim(), reference: `GIP${rng.digits(12)}` };
    if (r < 0.75) {
      const wallet = `0${rng.pick(['24', '54', '55', '20', '27'])}${rng.digits(1)}***${rng.digits(3)}`;
      return { text: `MOMO TO BANK ${wallet} ${payer} ${memo}`.trim(), reference: `MM${rng.digits(10)}` };
    }
    return { text: `ACH CREDIT ${payer} ${memo}`.trim(), reference: `ACH${rng.digits(9)}` };
  },
  anonymousReceipt(rng) {
    return {
      text: `CASH DEPOSIT ${rng.pick(['KANTAMANTO', 'OSU', 'ACHIMOTA', 'TEMA COMM 1'])} BRANCH`,
      reference: `CSH${rng.digits(8)}`,
    };
  },
  payment({ payee, memo, rng, amount }) {
    if (amount <= 500000 && rng.chance(0.5)) {
      const wallet = `0${rng.pick(['24', '54', '59'])}${rng.digits(1)}***${rng.digits(3)}`;
      return { text: `BANK TO MOMO ${wallet} ${payee} ${memo}`.trim(), reference: `MM${rng.digits(10)}`, wallet: true };
    }
    return { text: `GIP TRANSFER TO ${payee} ${memo}`.trim(), reference: `GIP${rng.digits(12)}` };
  },
  transferFees(amount, _date, _rng, text) {
    if (text?.startsWith('BANK TO MOMO')) {
      // E-levy: 1% of the amount above GHS 100 on transfers to mobile money wallets.
      const levy = amount > 10000 ? Math.floor((amount - 10000) / 100) : 0;
      const rows = [{ text: 'MOMO TRANSFER CHARGE', amount: -200, kind: 'charge' }];
      if (levy > 0) rows.push({ text: 'E-LEVY', amount: -levy, kind: 'levy' });
      return rows;
    }
    return [{ text: 'GIP TRANSFER CHARGE', amount: -(amount > 500000 ? 1000 : 500), kind: 'charge' }];
  },
  reversal: (text) => `REVERSAL ${text}`,
  reversesFees: true,
  card: ({ merchant, date }) => `POS PURCHASE ${merchant} ACCRA GH ${fmt.ddmm(date)}`,
  monthEnd(to, _turnover, rng) {
    return [
      { date: to, text: 'SMS ALERT CHARGES', amount: -rng.int(20, 60) * 50, kind: 'charge' },
      { date: to, text: 'ACCOUNT MAINTENANCE FEE', amount: -2500, kind: 'charge' },
      { date: to, text: 'LEDGER FEES', amount: -rng.int(10, 40) * 100, kind: 'charge' },
      { date: to, text: 'CREDIT INTEREST', amount: rng.int(500, 4000), kind: 'interest' },
    ];
  },
};
