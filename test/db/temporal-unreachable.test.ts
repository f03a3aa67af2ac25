import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearTemporalUnreachable,
  readTemporalUnreachable,
  recordTemporalUnreachable,
} from '../../db/temporal-unreachable-repository.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// The running worker's record that its Temporal server does not answer, read by `bankfeed status` (migration 0029):
// one row per data directory on a host, naming the lock holder that wrote it.

const kinds = await databaseKinds();
const HERE = { host: 'ops-box-1', dataDir: '/srv/bankfeed' };
const WORKER = { pid: 4242, startedAt: '2026-12-07T02:00:00.000Z' };
const EARLIER = { pid: 3131, startedAt: '2026-12-06T22:00:00.000Z' };

describe.each(kinds)('the Temporal-unreachable record on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('reads back what the worker recorded, per data directory and host', async () => {
    expect(await readTemporalUnreachable(h.db, HERE)).toBeUndefined();
    const rec = { holder: WORKER, address: '10.0.0.5:7233', since: '2026-12-07T03:10:00.000Z' };
    await recordTemporalUnreachable(h.db, HERE, rec);
    expect(await readTemporalUnreachable(h.db, HERE)).toEqual(rec);
    expect(await readTemporalUnreachable(h.db, { ...HERE, dataDir: '/srv/other' })).toBeUndefined();
    expect(await readTemporalUnreachable(h.db, { ...HERE, host: 'ops-box-2' })).toBeUndefined();
  });

  it("replaces an earlier worker's record on the same data directory", async () => {
    await recordTemporalUnreachable(h.db, HERE, { holder: EARLIER, address: 'a:7233', since: '2026-12-06T23:00:00Z' });
    const rec = { holder: WORKER, address: 'b:7233', since: '2026-12-07T03:10:00.000Z' };
    await recordTemporalUnreachable(h.db, HERE, rec);
    expect(await readTemporalUnreachable(h.db, HERE)).toEqual(rec);
  });

  it('a holder clears only its own record; without a holder any record of the directory goes', async () => {
    await recordTemporalUnreachable(h.db, HERE, { holder: EARLIER, address: 'a:7233', since: '2026-12-06T23:00:00Z' });
    await clearTemporalUnreachable(h.db, HERE, WORKER);
    expect(await readTemporalUnreachable(h.db, HERE)).toBeDefined();
    await clearTemporalUnreachable(h.db, HERE, { ...EARLIER, startedAt: '2026-12-06T21:00:00.000Z' });
    expect(await readTemporalUnreachable(h.db, HERE)).toBeDefined();
    await clearTemporalUnreachable(h.db, HERE, EARLIER);
    expect(await readTemporalUnreachable(h.db, HERE)).toBeUndefined();

    await recordTemporalUnreachable(h.db, HERE, { holder: EARLIER, address: 'a:7233', since: '2026-12-06T23:00:00Z' });
    await recordTemporalUnreachable(
      h.db,
      { ...HERE, dataDir: '/srv/other' },
      {
        holder: EARLIER,
        address: 'a:7233',
        since: '2026-12-06T23:00:00Z',
      },
    );
    await clearTemporalUnreachable(h.db, HERE);
    expect(await readTemporalUnreachable(h.db, HERE)).toBeUndefined();
    expect(await readTemporalUnreachable(h.db, { ...HERE, dataDir: '/srv/other' })).toBeDefined();
  });
});
