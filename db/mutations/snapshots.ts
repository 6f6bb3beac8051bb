import { and, eq, lt, sql } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { leases, snapshotRuns, snapshots } from '../schema';
import { type Actor, audit } from './common';

// ---------------------------------------------------------------- snapshots

export async function insertSnapshot(
  db: Database,
  input: { pdf: Buffer; sha256: string; summary: string; trigger: 'schedule' | 'manual' | 'cli'; locale: string; actor: Actor | null },
) {
  return writeTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(snapshots)
      .values({
        pdf: input.pdf,
        sha256: input.sha256,
        sizeBytes: input.pdf.length,
        summary: input.summary,
        trigger: input.trigger,
        locale: input.locale,
      })
      .returning({ id: snapshots.id, createdAt: snapshots.createdAt });
    await audit(tx, input.actor, 'create-snapshot', 'snapshot', row!.id, {
      trigger: input.trigger,
      sha256: input.sha256,
      sizeBytes: input.pdf.length,
    });
    return row!;
  });
}

/**
 * Claims a scheduled slot for this process. True when this holder may make the snapshot:
 * it inserted the slot, or took over a claim whose lease ran out without finishing.
 */
export async function claimSnapshotSlot(db: Database, { slot, holder, leaseMs }: { slot: string; holder: string; leaseMs: number }) {
  const now = new Date();
  const expires = new Date(now.getTime() + leaseMs).toISOString();
  return writeTransaction(db, async (tx) => {
    const inserted = await tx
      .insert(snapshotRuns)
      .values({ slot, holder, leaseExpiresAt: expires })
      .onConflictDoNothing()
      .returning({ slot: snapshotRuns.slot });
    if (inserted.length > 0) return true;
    const takenOver = await tx
      .update(snapshotRuns)
      .set({ holder, leaseExpiresAt: expires, error: null })
      .where(and(eq(snapshotRuns.slot, slot), sql`${snapshotRuns.finishedAt} is null`, sql`${snapshotRuns.leaseExpiresAt} < ${now.toISOString()}`))
      .returning({ slot: snapshotRuns.slot });
    return takenOver.length > 0;
  });
}

export async function finishSnapshotSlot(
  db: Database,
  { slot, holder, snapshotId, error }: { slot: string; holder: string; snapshotId: number | null; error: string | null },
) {
  await writeTransaction(db, (tx) =>
    tx
      .update(snapshotRuns)
      .set(
        snapshotId !== null
          ? { snapshotId, finishedAt: new Date().toISOString(), error: null }
          : // A failed run releases the slot at once so another instance (or the next tick) may retry.
            { error, leaseExpiresAt: new Date(0).toISOString() },
      )
      .where(and(eq(snapshotRuns.slot, slot), eq(snapshotRuns.holder, holder))),
  );
}

/**
 * Takes a named lease for `leaseMs` when nobody holds it or the holder's lease has run out (a
 * crashed process): true when this holder now has it. One write, so two takers cannot both win.
 */
export async function takeLease(db: Database, { name, holder, leaseMs }: { name: string; holder: string; leaseMs: number }): Promise<boolean> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + leaseMs).toISOString();
  return writeTransaction(db, async (tx) => {
    const taken = await tx
      .insert(leases)
      .values({ name, holder, expiresAt })
      .onConflictDoUpdate({ target: leases.name, set: { holder, expiresAt }, setWhere: lt(leases.expiresAt, now.toISOString()) })
      .returning({ holder: leases.holder });
    return taken[0]?.holder === holder;
  });
}

/** Gives a lease back (only its holder can). */
export async function releaseLease(db: Database, { name, holder }: { name: string; holder: string }) {
  await writeTransaction(db, (tx) => tx.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder))));
}
