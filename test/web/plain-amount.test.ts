import { expect, it } from 'vitest';
import { parseMajorString } from '../../domain/money.js';
import { plainAmount } from '../../web/format.js';

// What an accountant types is read as one amount or refused; a figure is never read with a sign it was not given.
const read = (typed: string) => {
  try {
    return parseMajorString(plainAmount(typed, 'NGN'), 'NGN');
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
  ['+-600', 'refused'],
  ['+\u2212600', 'refused'],
  ['+₦-600', 'refused'],
  ['--600', 'refused'],
  ['12,50', 'refused'],
])('reads %s as %s', (typed, expected) => {
  expect(read(typed)).toBe(expected);
});
