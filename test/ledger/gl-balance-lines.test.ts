import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';

const dir = mkdtempSync(join(tmpdir(), 'bankfeed-gl-lines-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('general-ledger balance lines and document numbers', () => {
  it('a dated opening-balance line without journal id is not an entry; a payee called "Total …" still is', async () => {
    const p = file(
      'gl.csv',
      [
        'Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit',
        '01/03/2025,,1010,GTBank Current,Opening Balance,,1000.00,',
        '02/03/2025,JV-1,1010,GTBank Current,Total Energies fuel,,,250.00',
        '03/03/2025,,1010,GTBank Current,Total Energies top-up,TE-9,,100.00',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, { dateOrder: 'DMY', currency: 'NGN' });
    expect(entries.map((e) => e.description)).toEqual(['Total Energies fuel', 'Total Energies top-up']);
    expect(entries.map((e) => e.amountMinor)).toEqual([-25_000, -10_000]);
  });

  it("Logo's Turkish bank-account statement: the brought-forward, total and period-end balance rows are no entries", async () => {
    const p = file(
      'logo.csv',
      [
        'Tarih,Fiş No,Cari Hesap Unvanı,Açıklama,Borç,Alacak,Bakiye',
        ',,,Önceki dönemden devir,,,17672168.00',
        '03.08.2026,00001273,Abijo Specialist Hospital Ltd,BAG2026000001501 nolu fatura tahsilatı,940346.46,,18612514.46',
        '03.08.2026,00001274,Toplam Yapı Ltd,Kira ödemesi,,1000.00,18611514.46',
        ',,,Toplam,940346.46,1000.00,',
        ',,,Dönem sonu bakiye,,,18611514.46',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      dateOrder: 'DMY',
      currency: 'NGN',
      mapping: {
        date: 'Tarih',
        journalId: 'Fiş No',
        party: 'Cari Hesap Unvanı',
        description: 'Açıklama',
        moneyIn: 'Borç',
        moneyOut: 'Alacak',
        balance: 'Bakiye',
      },
    });
    // a party called "Toplam …" is a payee, not a total
    expect(entries.map((e) => [e.party, e.amountMinor])).toEqual([
      ['Abijo Specialist Hospital Ltd', 94_034_646],
      ['Toplam Yapı Ltd', -100_000],
    ]);
  });

  it("Uniconta's Danish account card: the Primo, I alt and Ultimo rows are no entries", async () => {
    const p = file(
      'uniconta.csv',
      [
        'Dato;Bilag;Tekst;Faktura;Modkonto;Navn;Debet;Kredit;Saldo;Valuta',
        ';;Primo;;;;;;2.263.168,65;KES',
        '05-01-2027;3232;Housing levy december 2026 - KRA;3177258988442;2715;Kenya Revenue Authority;;39.282,00;2.223.886,65;KES',
        '06-01-2027;3233;Ultimo Holdings rent;UH-7;2710;Ultimo Holdings Ltd;;1.000,00;2.222.886,65;KES',
        ';;I alt;;;;0,00;40.282,00;;KES',
        ';;Ultimo;;;;;;2.222.886,65;KES',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      dateOrder: 'DMY',
      currency: 'KES',
      decimalSeparator: ',',
      mapping: {
        date: 'Dato',
        reference: 'Faktura',
        description: 'Tekst',
        party: 'Navn',
        moneyIn: 'Debet',
        moneyOut: 'Kredit',
        balance: 'Saldo',
      },
    });
    // a payee called "Ultimo …" is a payee: only a row whose first words are the label is a summary
    expect(entries.map((e) => [e.party, e.amountMinor])).toEqual([
      ['Kenya Revenue Authority', -3_928_200],
      ['Ultimo Holdings Ltd', -100_000],
    ]);
  });

  it("Al-Ameen's Arabic account statement: the header is found under an Arabic title, and its balance and total rows are no entries", async () => {
    const p = file(
      'alameen.csv',
      [
        'كشف حساب تفصيلي',
        'الحساب: 1214 - Baobab MFB - حساب جاري NGN',
        '',
        'التاريخ,نوع السند,رقم السند,البيان,الحساب المقابل,مدين,دائن,الرصيد',
        ',,,رصيد سابق,,,,16007825.09',
        '05/10/2026,سند قبض,5134,قبض فاتورة SI-03360,Harbour Point Club,1429588.75,,17437413.84',
        ',,,المجموع,,1429588.75,0.00,',
        ',,,الرصيد الختامي,,,,17437413.84',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      dateOrder: 'DMY',
      currency: 'NGN',
      mapping: {
        date: 'التاريخ',
        reference: 'رقم السند',
        description: 'البيان',
        party: 'الحساب المقابل',
        moneyIn: 'مدين',
        moneyOut: 'دائن',
        balance: 'الرصيد',
      },
    });
    expect(entries.map((e) => [e.date, e.reference, e.party, e.amountMinor])).toEqual([
      ['2026-10-05', '5134', 'Harbour Point Club', 142_958_875],
    ]);
  });

  it("TallyPrime's Ledger Vouchers: the dateless opening balance and Current Total rows are no entries; a narration row is its voucher's", async () => {
    const p = file(
      'tally.csv',
      [
        'Date,Particulars,Vch Type,Vch No.,Debit,Credit',
        ',Opening Balance,,,52000.00,',
        '02-02-2026,Kofi Mensah Stores,Receipt,14,1200.00,',
        ',Being payment recd against SI/25-26/0748,,,,',
        '03-02-2026,Office rent,Payment,15,,800.00',
        ',Current Total,,,53200.00,800.00',
        ',Closing Balance,,,52400.00,',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      dateOrder: 'DMY',
      currency: 'GHS',
      mapping: { date: 'Date', description: 'Particulars', journalId: 'Vch No.', moneyIn: 'Debit', moneyOut: 'Credit' },
    });
    expect(entries.map((e) => [e.description, e.amountMinor])).toEqual([
      ['Kofi Mensah Stores — Being payment recd against SI/25-26/0748', 120_000],
      ['Office rent', -80_000],
    ]);
  });

  it('a dated period or year total (Kingdee\'s Detail Ledger) is no entry; a payee called "Total …" still is', async () => {
    const p = file(
      'kingdee.csv',
      [
        'Date,Voucher No.,Summary,Debit,Credit,Direction,Balance',
        '2025-09-01,,Beginning balance,,,Debit,4125300.18',
        '2025-09-29,Record-92,Total Garage Rosebank fuel,,850.00,Debit,4124450.18',
        '2025-09-30,Record-94,Receipt from Bloemfontein Trading (Pty) Ltd,9327.00,,Debit,4133777.18',
        '2025-09-30,,Total for the period,9327.00,850.00,Debit,4133777.18',
        '2025-09-30,,Year-to-date total,20726492.44,20115480.74,Debit,4133777.18',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      dateOrder: 'YMD',
      currency: 'ZAR',
      mapping: { date: 'Date', reference: 'Voucher No.', description: 'Summary', moneyIn: 'Debit', moneyOut: 'Credit' },
    });
    expect(entries.map((e) => [e.description, e.amountMinor])).toEqual([
      ['Total Garage Rosebank fuel', -85_000],
      ['Receipt from Bloemfontein Trading (Pty) Ltd', 932_700],
    ]);
  });

  it("Peachtree's dated Current Period Change row (the month's debits and credits) is no entry", async () => {
    const p = file(
      'peachtree.csv',
      [
        'Account ID,Account Description,Date,Reference,Jrnl,Trans Description,Debit Amt,Credit Amt,Balance',
        '10200,AltBank Current,10/01/2025,,,Beginning Balance,,,44731137.01',
        ',,10/03/2025,OFC-INV-01182,CRJ,SavannaCare HMO Ltd,361298.38,,45092435.39',
        ',,10/06/2025,LAB-21870,CDJ,Labcore Diagnostics - bill LAB-21870,,366206.00,44726229.39',
        ',,10/31/2025,,,Current Period Change,361298.38,366206.00,-4907.62',
        ',,10/31/2025,,,Ending Balance,,,44726229.39',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      dateOrder: 'MDY',
      currency: 'NGN',
      mapping: {
        date: 'Date',
        reference: 'Reference',
        description: 'Trans Description',
        moneyIn: 'Debit Amt',
        moneyOut: 'Credit Amt',
        balance: 'Balance',
      },
    });
    expect(entries.map((e) => e.amountMinor)).toEqual([36_129_838, -36_620_600]);
  });

  it("Yonyou U8's dated Current Month Total and Current Year Accumulated rows (or 本月合计, 本年累计) are no entries", async () => {
    for (const [month, year] of [
      ['Current Month Total', 'Current Year Accumulated'],
      ['本月合计', '本年累计'],
    ]) {
      const p = file(
        'yonyou.csv',
        [
          'Date,Voucher No.,Summary,Debit,Credit,Dr/Cr,Balance',
          '2025-12-31,收-0034,收 Sango Ota Building Mart Ltd inv 0000001263,1177102.15,,Dr,53915200.64',
          '2025-12-31,付-0018,Accumulated leave paid - staff,,2473602.88,Dr,51441597.76',
          `2025-12-31,,${month},109334497.06,78375197.53,Dr,51441597.76`,
          `2025-12-31,,${year},466336092.27,423459524.51,Dr,51441597.76`,
        ].join('\n'),
      );
      const { entries } = await readLedgerFile(p, {
        dateOrder: 'YMD',
        currency: 'NGN',
        mapping: {
          date: 'Date',
          reference: 'Voucher No.',
          description: 'Summary',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
      });
      expect(entries.map((e) => e.amountMinor)).toEqual([117_710_215, -247_360_288]);
    }
  });

  it("Douzone's Korean account ledger: 전기이월, 월계 and the year-to-date 누계 (no sum of the rows above) are no entries", async () => {
    const p = file(
      'douzone.csv',
      [
        '일자,전표번호,적요,거래처,증빙번호,차변,대변,잔액',
        ',,전기이월,,,,,1152543.05',
        '2027-10-06,00001,외상매출금 회수 HT-56727,Nigel Farm Equipment CC,HT-56727,22477.90,,1175020.95',
        '2027-10-07,00001,누계회사 임차료,누계 Properties,R-7,,1000.00,1174020.95',
        ',,월계,,,22477.90,1000.00,',
        ',,누계,,,28127464.29,28054276.43,',
        ',,차기이월,,,,,1174020.95',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      currency: 'ZAR',
      mapping: {
        date: '일자',
        journalId: '전표번호',
        description: '적요',
        party: '거래처',
        reference: '증빙번호',
        moneyIn: '차변',
        moneyOut: '대변',
        balance: '잔액',
      },
    });
    // a payee whose name starts with the label's syllables is a payee: the label is the whole word
    expect(entries.map((e) => [e.reference, e.amountMinor])).toEqual([
      ['HT-56727', 2_247_790],
      ['R-7', -100_000],
    ]);
  });

  it('Japanese and Chinese balance and total rows (前期繰越, 合計, 累計; 期初余额, 合计, 期末余额) are no entries', async () => {
    for (const [open, sum, ytd, close] of [
      ['前期繰越', '合計', '累計', '次期繰越'],
      ['期初余额', '合计', '累计', '期末余额'],
    ]) {
      const p = file(
        `cjk-${open}.csv`,
        [
          'Date,Voucher,Description,Debit,Credit,Balance',
          `,,${open},,,500000.00`,
          '2027-10-06,1,INV-4410 receipt,1200.00,,501200.00',
          `,,${sum},1200.00,0.00,`,
          `,,${ytd},98000.00,41000.00,`,
          `,,${close},,,501200.00`,
        ].join('\n'),
      );
      const { entries } = await readLedgerFile(p, {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          journalId: 'Voucher',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      });
      expect(entries.map((e) => e.amountMinor)).toEqual([120_000]);
    }
  });

  it("Yardi's undated Net Change row with the period's totals is no entry", async () => {
    const p = file(
      'yardi.csv',
      [
        'Date,Control,Reference,Description,Debit,Credit,Balance',
        ',,,Beginning Balance,,,1250000.00',
        '2025-04-03,R-1204,UNIT 12B,Rent April 2025 - T0012,18500.00,,1268500.00',
        '2025-04-30,J-0377,,Bank charges April 2025,,412.50,1268087.50',
        ',,,Net Change,18500.00,412.50,18087.50',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, {
      dateOrder: 'YMD',
      currency: 'ZAR',
      mapping: { date: 'Date', reference: 'Control', description: 'Description', moneyIn: 'Debit', moneyOut: 'Credit' },
    });
    expect(entries.map((e) => e.amountMinor)).toEqual([1_850_000, -41_250]);
  });

  it("QuickBooks' Num column is the entry's reference", async () => {
    const p = file(
      'qb.csv',
      [
        'Date,Transaction Type,Num,Name,Memo/Description,Split,Amount,Balance',
        'Equity Bank KES,,,,,,,',
        '03/05/2025,Payment,INV-1042,Acme Ltd,Receipt,Accounts Receivable,1500.00,1500.00',
      ].join('\n'),
    );
    const { entries } = await readLedgerFile(p, { dateOrder: 'DMY', currency: 'NGN' });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.reference).toBe('INV-1042');
  });

  describe('a total row in a language the reader has no word for, told by its figures', () => {
    const mapping = {
      date: 'Datum',
      reference: 'Factuur',
      description: 'Omschrijving',
      party: 'Relatie',
      moneyIn: 'Debet',
      moneyOut: 'Credit',
      balance: 'Saldo',
    };
    const gl = (name: string, tail: string[]) =>
      file(
        name,
        [
          'Datum;Omschrijving;Relatie;Factuur;Debet;Credit;Saldo',
          '01-02-2027;Cheque ontvangen VHN-10507;Bashorun Feed Mills Ltd;VHN-10507;2667054,00;;10768035,03',
          '02-02-2027;Betaling inkoopfactuur LG/85483;Lakeside Guards Ltd;LG/85483;;2085959,27;8682075,76',
          '03-02-2027;Betaling huur;Ikeja Estates;HR-3;;1000,00;8681075,76',
          '04-02-2027;Ontvangen VHN-10511;Oyo Poultry Ltd;VHN-10511;500000,00;;9181075,76',
          ...tail,
        ].join('\n'),
      );
    const read = (p: string) =>
      readLedgerFile(p, { dateOrder: 'DMY', currency: 'NGN', decimalSeparator: ',', mapping });

    it("SnelStart's 'Totaal mutaties' and a Swahili 'Jumla': each column's sum, so no entry", async () => {
      for (const label of ['Totaal mutaties', 'Jumla ya mwezi']) {
        const { entries } = await read(gl(`total-${label.length}.csv`, [`;${label};;;3167054,00;2086959,27;`]));
        expect(entries.map((e) => e.amountMinor)).toEqual([266_705_400, -208_595_927, -100_000, 50_000_000]);
        // each figure sums two entries or more of its column: one receipt's amount would be no total
      }
    });

    it('a dateless row whose figures are no sum is still refused, naming its row', async () => {
      await expect(read(gl('not-a-total.csv', [';Ontvangen contant;;;5000,00;;']))).rejects.toThrow(
        /row 6.*a date; the row has an amount but no date/,
      );
    });

    it("a dateless row repeating the one entry above is refused: one entry's amount is no total", async () => {
      const p = file(
        'one.csv',
        [
          'Datum;Omschrijving;Relatie;Factuur;Debet;Credit;Saldo',
          '01-02-2027;Cheque ontvangen VHN-10507;Bashorun Feed Mills Ltd;VHN-10507;2667054,00;;10768035,03',
          ';Cheque ontvangen VHN-10508;Bashorun Feed Mills Ltd;VHN-10508;2667054,00;;',
        ].join('\n'),
      );
      await expect(read(p)).rejects.toThrow(/a date; the row has an amount but no date/);
    });
  });
});
