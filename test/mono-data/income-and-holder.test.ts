import { describe, expect, it } from 'vitest';
import { IncomeParseError, parseIncomeAnalysis } from '../../adapters/mono/identity-income.js';
import { checkHolderName } from '../../activities/holder-name.js';

describe('income analyses in minor units', () => {
  it('rounds fractional averages half away from zero and says which fields it rounded', () => {
    const a = parseIncomeAnalysis({
      id: 'rec1',
      account: 'acc1',
      monthly_income: 12_345_678.5,
      annual_income: '148148142',
      total_income: 74_074_071.49,
      income_streams: [
        {
          income_type: 'SALARY',
          frequency: 'MONTHLY',
          average_income_amount: '1234567.5',
          currency: 'NGN',
          stability: 0.93,
          last_income_date: '2026-11-28',
          last_income_amount: 1_250_000,
        },
      ],
    });
    expect(a.monthlyIncomeMinor).toBe(12_345_679);
    expect(a.annualIncomeMinor).toBe(148_148_142);
    expect(a.totalIncomeMinor).toBe(74_074_071);
    expect(a.streams[0]!.monthlyAverageMinor).toBe(1_234_568);
    expect(a.streams[0]!.stability).toBe('0.93');
    expect(a.currency).toBe('NGN');
    expect(a.rounded).toEqual(['data.income_streams[0].monthly_average', 'data.monthly_income', 'data.total_income']);
  });

  it('reads the Mar-2025 summary names and Mono currency labels', () => {
    const a = parseIncomeAnalysis(
      {
        income_summary: { total_income: 900, aggregated_monthly_average: 300 },
        income_streams: [{ currency: 'GHC', monthly_average: 300 }],
      },
      null,
    );
    expect(a.monthlyIncomeMinor).toBe(300);
    expect(a.totalIncomeMinor).toBe(900);
    expect(a.currency).toBe('GHS');
    expect(a.rounded).toEqual([]);
  });

  it('refuses bad values naming the field, never the value', () => {
    expect(() => parseIncomeAnalysis({ monthly_income: 'lots' })).toThrow(/data\.monthly_income/);
    expect(() => parseIncomeAnalysis({ income_streams: [{ currency: 'XYZ' }] })).toThrow(IncomeParseError);
    expect(() => parseIncomeAnalysis({ income_streams: [{ currency: 'NGN' }, { currency: 'KSH' }] })).toThrow(
      /more than one currency/,
    );
  });
});

describe('account holder resemblance', () => {
  it.each([
    ['ADEBAYO & SONS LTD', 'Adebayo and Sons Limited', 'matches'],
    ['OKAFOR CHINEDU', 'Chinedu Okafor', 'resembles'],
    ['A. B. OKAFOR', 'Adaeze Bola Okafor', 'resembles'],
    ['TEMI OKONJO STORES ENTERP', 'Temi Okonjo Stores Enterprises', 'resembles'],
    ['ZENITH PLASTICS NIG LTD', 'Zenith Plastic Nigeria Limited', 'resembles'],
    ['JOHN DOE', 'Temi Okonjo Stores', 'differs'],
    ['KOFI MENSAH', 'Kwame Mensah Trading', 'differs'],
  ] as const)('%s against %s: %s', (holder, expected, verdict) => {
    const r = checkHolderName(holder, expected);
    expect(r.verdict).toBe(verdict);
    expect(r.explanation).toMatch(/compared/);
    expect(r.score).toMatch(/^\d\.\d\d$/);
  });

  it('says why it cannot judge', () => {
    expect(checkHolderName('JOHN DOE', null).verdict).toBe('unknown');
    expect(checkHolderName(null, 'X').explanation).toMatch(/no account holder name/);
  });
});
