import { expect, it } from 'vitest';
import { when } from '../../web/format.js';

// Times are shown at the account's own clock, named by its zone's city: an accountant in Nairobi reads 02:30 for
// 23:30 UTC, the next day.
it.each([
  ['2026-10-06T23:30:00Z', 'Africa/Nairobi', '2026-10-07 02:30 Nairobi time'],
  ['2026-10-06T23:30:00Z', 'Africa/Lagos', '2026-10-07 00:30 Lagos time'],
  ['2026-10-06T14:05:00.000Z', 'Africa/Johannesburg', '2026-10-06 16:05 Johannesburg time'],
  ['2026-10-06T14:05:00Z', 'Africa/Accra', '2026-10-06 14:05 Accra time'],
  ['2026-10-06T14:05:00Z', null, '2026-10-06 14:05 UTC'],
  ['2026-10-06', 'Africa/Lagos', '2026-10-06'],
  [null, 'Africa/Lagos', '—'],
])('%s in %s is %s', (iso, zone, shown) => {
  expect(when(iso, zone)).toBe(shown);
});
