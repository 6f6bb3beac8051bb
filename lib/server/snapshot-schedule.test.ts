import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '@/db/test-database';

// The schedule's lease: of several instances ticking for the same slot, exactly one makes
// the snapshot; a crashed claim can be taken over after its lease; a failure frees the slot.

type Schedule = typeof import('./snapshot-schedule');
type Schema = typeof import('@/db/schema');

let testDb: TestDatabase | undefined;
let client: TestDatabase['client'];
let mutations: TestDatabase['mutations'];
let schedule: Schedule;
let schema: Schema;

beforeAll(async () => {
  testDb = await openTestDatabase();
  ({ client, mutations } = testDb);
  // Imported only now, after openTestDatabase has set the environment.
  schedule = await import('./snapshot-schedule');
  schema = await import('@/db/schema');
});

afterAll(async () => {
  await testDb?.close();
});

/** A stand-in for the PDF maker: stores a small fake snapshot, slowly enough to overlap. */
function fakeMaker(calls: { n: number }) {
  return async () => {
    calls.n += 1;
    await new Promise((r) => setTimeout(r, 50));
    return mutations.insertSnapshot(await client.getDb(), {
      pdf: Buffer.from(`%PDF-fake ${calls.n}`),
      sha256: `fake-${calls.n}`,
      summary: 'test',
      trigger: 'schedule',
      locale: 'en',
      actor: null,
    });
  };
}

async function snapshotCount() {
  const db = await client.getDb();
  return db.$count(schema.snapshots);
}

describe('scheduled snapshot lease', () => {
  it('two instances ticking for the same slot at once make exactly one snapshot', async () => {
    const calls = { n: 0 };
    const before = await snapshotCount();
    const log = () => {};
    const results = await Promise.all([
      schedule.runScheduledSnapshot({ slot: '2026-12-01T06:00:00Z', holder: 'instance-a', make: fakeMaker(calls), log }),
      schedule.runScheduledSnapshot({ slot: '2026-12-01T06:00:00Z', holder: 'instance-b', make: fakeMaker(calls), log }),
    ]);
    expect(results.sort()).toEqual(['made', 'skipped']);
    expect(calls.n).toBe(1);
    expect(await snapshotCount()).toBe(before + 1);
    // A late third instance for the same slot does nothing either.
    expect(await schedule.runScheduledSnapshot({ slot: '2026-12-01T06:00:00Z', holder: 'instance-c', make: fakeMaker(calls), log })).toBe('skipped');
    expect(await snapshotCount()).toBe(before + 1);
  });

  it('a different slot is a different snapshot', async () => {
    const calls = { n: 0 };
    expect(await schedule.runScheduledSnapshot({ slot: '2027-01-01T06:00:00Z', holder: 'instance-a', make: fakeMaker(calls), log: () => {} })).toBe(
      'made',
    );
    expect(calls.n).toBe(1);
  });

  it('a claim whose holder died can be taken over once its lease has expired, not before', async () => {
    const db = await client.getDb();
    expect(await mutations.claimSnapshotSlot(db, { slot: '2027-02-01T06:00:00Z', holder: 'crashed', leaseMs: 60_000 })).toBe(true);
    expect(await mutations.claimSnapshotSlot(db, { slot: '2027-02-01T06:00:00Z', holder: 'other', leaseMs: 60_000 })).toBe(false);
    expect(await mutations.claimSnapshotSlot(db, { slot: '2027-03-01T06:00:00Z', holder: 'crashed', leaseMs: -1 })).toBe(true);
    expect(await mutations.claimSnapshotSlot(db, { slot: '2027-03-01T06:00:00Z', holder: 'other', leaseMs: 60_000 })).toBe(true);
  });

  it('a failed run frees its slot for a retry and stores nothing', async () => {
    const before = await snapshotCount();
    const failing = async (): Promise<{ id: number }> => {
      throw new Error('Chromium missing');
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await schedule.runScheduledSnapshot({ slot: '2027-04-01T06:00:00Z', holder: 'a', make: failing, log: () => {} })).toBe('failed');
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(await snapshotCount()).toBe(before);
    const calls = { n: 0 };
    expect(await schedule.runScheduledSnapshot({ slot: '2027-04-01T06:00:00Z', holder: 'b', make: fakeMaker(calls), log: () => {} })).toBe('made');
  });
});

describe('the first snapshot of a fresh install', () => {
  it('is made once the server answers, by one instance of several; a start with snapshots already made does nothing', async () => {
    const db = await client.getDb();
    await db.delete(schema.snapshotRuns);
    await db.delete(schema.snapshots);
    const calls = { n: 0 };
    const order: string[] = [];
    const ready = async () => {
      order.push('ready');
    };
    const make = async () => {
      order.push('make');
      return fakeMaker(calls)();
    };
    const results = await Promise.all(['a', 'b', 'c'].map((holder) => schedule.runFirstSnapshot({ holder, ready, make, log: () => {} })));
    expect(results.filter((r) => r === 'made')).toHaveLength(1);
    expect(calls.n).toBe(1);
    expect(order.indexOf('ready')).toBeLessThan(order.indexOf('make'));
    expect(await snapshotCount()).toBe(1);
    expect(await schedule.runFirstSnapshot({ holder: 'later', ready, make, log: () => {} })).toBe('skipped');
    expect(calls.n).toBe(1);
  });

  it('the archive can say when the next scheduled one is due', () => {
    expect(schedule.nextScheduledSnapshot('0 6 1 * *', new Date('2026-12-03T10:00:00Z'))?.toISOString()).toBe('2027-01-01T06:00:00.000Z');
    expect(schedule.nextScheduledSnapshot('off')).toBeNull();
    expect(schedule.nextScheduledSnapshot('not a cron')).toBeNull();
  });
});
