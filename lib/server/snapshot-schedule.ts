import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { getDb } from '@/db/client';
import { claimSnapshotSlot, finishSnapshotSlot } from '@/db/mutations';
import { generateSnapshot } from './snapshot';

// The in-server schedule. croner's `protect` stops a tick from starting while the last one
// still runs (no overlap inside one process); the slot row in snapshot_runs is the lease
// that stops two instances from making the same scheduled snapshot.

const LEASE_MS = 10 * 60 * 1000;

export function holderId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** One scheduled run for a slot: claim it, make the snapshot, record the outcome. */
export async function runScheduledSnapshot({
  slot,
  holder,
  make = () => generateSnapshot({ trigger: 'schedule' }),
  log = console.log,
}: {
  slot: string;
  holder: string;
  make?: () => Promise<{ id: number }>;
  log?: (line: string) => void;
}): Promise<'made' | 'skipped' | 'failed'> {
  const db = await getDb();
  if (!(await claimSnapshotSlot(db, { slot, holder, leaseMs: LEASE_MS }))) return 'skipped';
  try {
    const result = await make();
    await finishSnapshotSlot(db, { slot, holder, snapshotId: result.id, error: null });
    log(`[snapshot] ${slot}: snapshot #${result.id} stored`);
    return 'made';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishSnapshotSlot(db, { slot, holder, snapshotId: null, error: message });
    console.error(`[snapshot] ${slot}: failed: ${message}`);
    return 'failed';
  }
}

export function startSnapshotSchedule(pattern: string, log: (line: string) => void = console.log): Cron | null {
  if (pattern.trim().toLowerCase() === 'off') {
    log('[snapshot] schedule off (SNAPSHOT_SCHEDULE=off)');
    return null;
  }
  const holder = holderId();
  const job = new Cron(pattern, { timezone: 'UTC', protect: true, catch: (e) => console.error('[snapshot] tick failed', e) }, async (self: Cron) => {
    const slot = (self.currentRun() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await runScheduledSnapshot({ slot, holder, log });
  });
  log(`[snapshot] schedule "${pattern}" (UTC); next run ${job.nextRun()?.toISOString() ?? 'never'}`);
  return job;
}
