import { expect, it } from 'vitest';
import { typedAmount } from '../../web/format.js';

// What an accountant types is read as one amount or refused; a figure is never read with a sign it was not given,
// nor in another currency than the account's.
const read = (typed: string, currency = 'NGN') => {
  try {
    return typedAmount(typed, currency);
  } catch {
    return 'refused';
  }
};

it.each([
  ['₦1,250.00', 125_000],
  ['+₦1,250.00', 125_000],
  ['-₦1,250.00', -125_000],
  ['\u2212₦1,250.00', -125_000],
  ['+1250', 125_000],
  ['NGN 1,250.00', 125_000],
  ['(1,200.00)', -120_000],
  ['1,200.00 DR', -120_000],
  ['2 734 145.23', 273_414_523],
  ['+-600', 'refused'],
  ['+\u2212600', 'refused'],
  ['+₦-600', 'refused'],
  ['--600', 'refused'],
  ['(-600)', 'refused'],
  ['12,50', 'refused'],
  ['1,2O0.00', 'refused'],
  ['USD 1,250.00', 'refused'],
  ['$1,250.00', 'refused'],
  ['', 'refused'],
])('reads %s as %s', (typed, expected) => {
  expect(read(typed)).toBe(expected);
});

it.each([
  ['KSh 165,996.91', 'KES', 16_599_691],
  ['KES 165,996.91', 'KES', 16_599_691],
  ['Ksh 165,996.91', 'KES', 16_599_691],
  ['GH₵ 600.00', 'GHS', 60_000],
  ['GHS 600.00', 'GHS', 60_000],
  ['R 1 250.50', 'ZAR', 125_050],
  ['R 12,50', 'ZAR', 'refused'],
  ['₦600.00', 'KES', 'refused'],
])('reads %s on a %s account as %s', (typed, currency, expected) => {
  expect(read(typed, currency)).toBe(expected);
});
