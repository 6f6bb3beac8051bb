import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { evidenceFiles, linkArchives } from '../schema';
import { archiveKey, isRetryable, nextCheckAt, nextRetryAt, type ArchiveFailure } from '../../lib/archive-status';
import type { Executor, Tx } from './common';

// The evidence archive's writes. Queuing happens inside the save's own transaction (so a saved
// link is never forgotten, even if the server stops before fetching it); fetching happens
// after it, in lib/server/evidence-archive.ts, which records each outcome here.

/** Queues each http(s) address that has no archive row yet; an address already known keeps its row. */
export async function queueArchives(tx: Executor, urls: (string | null | undefined)[], now = new Date()): Promise<void> {
  const keys = [...new Set(urls.map((u) => (u ? archiveKey(u) : null)).filter((k): k is string => k !== null))];
  if (keys.length === 0) return;
  const due = now.toISOString();
  for (let i = 0; i < keys.length; i += 200) {
    await tx
      .insert(linkArchives)
      .values(keys.slice(i, i + 200).map((url) => ({ url, state: 'pending' as const, nextAttemptAt: due })))
      .onConflictDoNothing({ target: linkArchives.url });
  }
}

export type ArchiveJob = { id: number; url: string; state: 'pending' | 'archived' | 'failed'; attempts: number; deadSince: string | null };

/**
 * Claims up to `limit` due rows (a first try, a retry or a link check) by moving their due time
 * `leaseMs` ahead, so a second worker, or a second pass of this one, does not take them too.
 * `urls` narrows the claim to those addresses (the ones a save just queued).
 */
export async function claimArchiveJobs(
  db: Database,
  { limit, leaseMs, now = new Date(), urls }: { limit: number; leaseMs: number; now?: Date; urls?: string[] },
): Promise<ArchiveJob[]> {
  const keys = urls?.map(archiveKey).filter((k): k is string => k !== null);
  if (keys && keys.length === 0) return [];
  return writeTransaction(db, async (tx) => {
    const due = await tx
      .select({ id: linkArchives.id })
      .from(linkArchives)
      .where(
        and(
          isNotNull(linkArchives.nextAttemptAt),
          lte(linkArchives.nextAttemptAt, now.toISOString()),
          keys ? inArray(linkArchives.url, keys) : undefined,
        ),
      )
      .orderBy(asc(linkArchives.nextAttemptAt), asc(linkArchives.id))
      .limit(limit);
    if (due.length === 0) return [];
    return tx
      .update(linkArchives)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs).toISOString() })
      .where(
        inArray(
          linkArchives.id,
          due.map((d) => d.id),
        ),
      )
      .returning({
        id: linkArchives.id,
        url: linkArchives.url,
        state: linkArchives.state,
        attempts: linkArchives.attempts,
        deadSince: linkArchives.deadSince,
      });
  });
}

export type FetchOutcome =
  | {
      ok: true;
      finalUrl: string;
      status: number;
      contentType: string;
      bytes: Buffer;
      truncated: boolean;
      sha256: string;
      fetchedAt: string;
    }
  | { ok: false; reason: ArchiveFailure; detail: string; status?: number; finalUrl?: string; fetchedAt: string };

/**
 * Records one fetch of a claimed row. A first copy is kept once and never replaced: it is the
 * proof as the page stood when an editor cited it. For an archived row the fetch is a link
 * check: it only marks the address as answering again or as no longer answering.
 */
export async function recordArchiveOutcome(
  db: Database,
  { job, outcome, linkCheckDays, now = new Date() }: { job: ArchiveJob; outcome: FetchOutcome; linkCheckDays: number; now?: Date },
): Promise<'archived' | 'failed' | 'alive' | 'dead'> {
  const at = now.toISOString();
  return writeTransaction(db, async (tx) => {
    if (job.state === 'archived') {
      const alive = outcome.ok;
      await tx
        .update(linkArchives)
        .set({
          checkedAt: at,
          deadSince: alive ? null : (job.deadSince ?? at),
          checkFailure: alive ? null : `${outcome.reason}${outcome.status ? ` ${outcome.status}` : ''}: ${outcome.detail}`.slice(0, 500),
          nextAttemptAt: nextCheckAt(now, linkCheckDays),
        })
        .where(eq(linkArchives.id, job.id));
      return alive ? 'alive' : 'dead';
    }
    const attempts = job.attempts + 1;
    if (outcome.ok) {
      await tx
        .update(linkArchives)
        .set({
          state: 'archived',
          finalUrl: outcome.finalUrl,
          httpStatus: outcome.status,
          contentType: outcome.contentType,
          fetchedAt: outcome.fetchedAt,
          byteLength: outcome.bytes.byteLength,
          truncated: outcome.truncated,
          sha256: outcome.sha256,
          body: outcome.bytes,
          failure: null,
          failureDetail: null,
          attempts,
          checkedAt: at,
          deadSince: null,
          nextAttemptAt: nextCheckAt(now, linkCheckDays),
        })
        .where(eq(linkArchives.id, job.id));
      return 'archived';
    }
    await tx
      .update(linkArchives)
      .set({
        state: 'failed',
        failure: outcome.reason,
        failureDetail: outcome.detail.slice(0, 500),
        httpStatus: outcome.status ?? null,
        finalUrl: outcome.finalUrl ?? null,
        attempts,
        checkedAt: at,
        nextAttemptAt: isRetryable(outcome.reason) ? nextRetryAt(outcome.reason, attempts, now) : null,
      })
      .where(eq(linkArchives.id, job.id));
    return 'failed';
  });
}

/**
 * Makes rows due now (all, or the one with `id`): an editor's "check again now", and the tests.
 * Final refusals stay as they are: another try cannot change them. Returns the addresses made due.
 */
export async function makeArchivesDue(db: Database, { id, now = new Date() }: { id?: number; now?: Date } = {}): Promise<string[]> {
  return writeTransaction(db, async (tx) => {
    const retryable = sql`(${linkArchives.state} <> 'failed' or ${linkArchives.failure} not in ('invalid-url', 'scheme', 'refused-address', 'unsupported-type'))`;
    const rows = await tx
      .update(linkArchives)
      .set({ nextAttemptAt: now.toISOString() })
      .where(id === undefined ? retryable : and(eq(linkArchives.id, id), retryable))
      .returning({ url: linkArchives.url });
    return rows.map((r) => r.url);
  });
}

/** Stores an editor's attached file with the update it belongs to (inside that update's transaction). */
export async function insertEvidenceFile(
  tx: Tx,
  file: { statusUpdateId: number; name: string; contentType: string; bytes: Uint8Array },
): Promise<number> {
  const bytes = Buffer.from(file.bytes);
  const [row] = await tx
    .insert(evidenceFiles)
    .values({
      statusUpdateId: file.statusUpdateId,
      name: file.name,
      contentType: file.contentType,
      byteLength: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      body: bytes,
    })
    .returning({ id: evidenceFiles.id });
  return row!.id;
}
