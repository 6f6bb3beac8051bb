import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { getDb } from '@/db/client';
import { claimSnapshotSlot, finishSnapshotSlot } from '@/db/mutations';
import { getLatestSnapshot } from '@/db/queries';
import { defaultBaseUrl, generateSnapshot } from './snapshot';
export { nextScheduledSnapshot } from '../snapshot-due';

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
  // A manual snapshot in progress is waited for, not skipped: the scheduled one still happens.
  make = () => generateSnapshot({ trigger: 'schedule', wait: true }),
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

/** The slot of the first snapshot: claimed once in the database's life, by one instance. */
export const FIRST_SLOT = 'first-snapshot';

/**
 * A fresh install's first snapshot, so the archive is never empty: when there is none yet, one
 * instance claims the FIRST_SLOT (the same lease as a scheduled slot), waits until the server
 * answers (`ready`) and makes it. Any other instance, or a later start, finds it done.
 */
export async function runFirstSnapshot({
  holder,
  ready,
  make = () => generateSnapshot({ trigger: 'schedule', wait: true }),
  log = console.log,
}: {
  holder: string;
  ready: () => Promise<void>;
  make?: () => Promise<{ id: number }>;
  log?: (line: string) => void;
}): Promise<'made' | 'skipped' | 'failed'> {
  if (await getLatestSnapshot()) return 'skipped';
  await ready();
  return runScheduledSnapshot({ slot: FIRST_SLOT, holder, make, log });
}

/** Waits until this server answers its health check (it is starting while instrumentation runs). */
async function serverAnswers(timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(new URL('/api/health', defaultBaseUrl()), { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer at ${defaultBaseUrl()} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

export function startSnapshotSchedule(pattern: string, log: (line: string) => void = console.log): Cron | null {
  if (pattern.trim().toLowerCase() === 'off') {
    log('[snapshot] schedule off (SNAPSHOT_SCHEDULE=off)');
    return null;
  }
  const holder = holderId();
  // The first one, once the server is up; errors are logged, and the next start tries again.
  void runFirstSnapshot({ holder, ready: () => serverAnswers(), log }).catch((error: unknown) =>
    console.error(`[snapshot] first snapshot not made: ${error instanceof Error ? error.message : String(error)}`),
  );
  const job = new Cron(pattern, { timezone: 'UTC', protect: true, catch: (e) => console.error('[snapshot] tick failed', e) }, async (self: Cron) => {
    const slot = (self.currentRun() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await runScheduledSnapshot({ slot, holder, log });
  });
  log(`[snapshot] schedule "${pattern}" (UTC); next run ${job.nextRun()?.toISOString() ?? 'never'}`);
  return job;
}
