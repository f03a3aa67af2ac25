// The four months, in index order (NG, GH, KE, ZA); set i draws from the stream seeded seed + i·7919.
import gh from './set-gh49.mjs';
import ke from './set-ke49.mjs';
import ng from './set-ng49.mjs';
import za from './set-za49.mjs';

export const SETS = [ng, gh, ke, za];
