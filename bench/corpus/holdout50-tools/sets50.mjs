// The four months of holdout50, in index order (set i draws from seed + i·7919).
import gh from './set-gh50.mjs';
import ke from './set-ke50.mjs';
import ng from './set-ng50.mjs';
import za from './set-za50.mjs';

export const SETS = [ng, gh, ke, za];
