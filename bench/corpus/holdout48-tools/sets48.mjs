// The four months of holdout48. Each `items` draws its amounts from the set's own stream and returns the month as
// events: statement lines, book rows and what a careful accountant concludes about them.
import { ng } from './set-ng48.mjs';
import { gh } from './set-gh48.mjs';
import { ke } from './set-ke48.mjs';
import { za } from './set-za48.mjs';

export const SETS = [ng, gh, ke, za];
