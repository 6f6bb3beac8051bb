import { createHash } from 'node:crypto';
import { and, count, eq, gte, isNull, min } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { commitments, suggestions } from '../schema';
import { suggestionBuckets, suggestionDecision, SUGGESTION_LIMITS, type SuggestionBucket, type SuggestionInput } from '../../lib/suggestions';
import { windowStart, type BucketCount } from '../../lib/rate-limit';
import { tr } from '../../lib/server-text';
import { type Actor, InputError, type Tx, audit } from './common';

// Readers' suggestions: taken from the public form (counted against the limits in the same write
// transaction that stores them, so parallel sends are counted one by one), then accepted by an
// editor into a status update (db/mutations/log.ts) or rejected with a reason; an admin may erase
// a sender's personal data.

export type SubmitOutcome = { stored: true; id: number } | { stored: false; retryAfterSeconds: number; bucket: SuggestionBucket };

export async function submitSuggestion(
  db: Database,
  { input, addressKey, locale, now = new Date() }: { input: SuggestionInput; addressKey: string | null; locale: string; now?: Date },
): Promise<SubmitOutcome> {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx.select({ id: commitments.id }).from(commitments).where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: ['commitment'] });
    const buckets = suggestionBuckets(addressKey !== null);
    const counts: Partial<Record<SuggestionBucket, BucketCount>> = {};
    for (const bucket of buckets) {
      const since = windowStart(now, SUGGESTION_LIMITS[bucket].windowMinutes);
      const where =
        bucket === 'perCommitment'
          ? and(eq(suggestions.commitmentId, c.id), gte(suggestions.createdAt, since))
          : bucket === 'perAddress'
            ? and(eq(suggestions.addressKey, addressKey!), gte(suggestions.createdAt, since))
            : and(isNull(suggestions.addressKey), gte(suggestions.createdAt, since));
      const [row] = await tx
        .select({ n: count(), oldest: min(suggestions.createdAt) })
        .from(suggestions)
        .where(where);
      counts[bucket] = { failures: row?.n ?? 0, oldestAt: row?.oldest ?? null };
    }
    const decision = suggestionDecision(counts, buckets, now);
    if (!decision.allowed) return { stored: false, retryAfterSeconds: decision.retryAfterSeconds, bucket: decision.bucket };
    const file = input.file ? Buffer.from(input.file.bytes) : null;
    const [row] = await tx
      .insert(suggestions)
      .values({
        commitmentId: c.id,
        body: input.body,
        link: input.link ?? null,
        fileName: input.file?.name ?? null,
        fileType: input.file?.contentType ?? null,
        fileBytes: file,
        fileSha256: file ? createHash('sha256').update(file).digest('hex') : null,
        name: input.name ?? null,
        email: input.email ?? null,
        locale,
        addressKey,
        createdAt: now.toISOString(),
      })
      .returning({ id: suggestions.id });
    return { stored: true, id: row!.id };
  });
}

/** The pending suggestion an update accepts, checked inside the update's own transaction. */
export async function claimSuggestionForUpdate(tx: Tx, { suggestionId, commitmentId }: { suggestionId: number; commitmentId: number }) {
  const [s] = await tx
    .select({
      id: suggestions.id,
      commitmentId: suggestions.commitmentId,
      state: suggestions.state,
      fileName: suggestions.fileName,
      fileType: suggestions.fileType,
      fileBytes: suggestions.fileBytes,
    })
    .from(suggestions)
    .where(eq(suggestions.id, suggestionId));
  if (!s || s.commitmentId !== commitmentId) throw new InputError({ suggestionId: [tr('This suggestion is not about this commitment.')] });
  if (s.state !== 'pending') {
    throw new InputError({
      suggestionId: [
        s.state === 'accepted'
          ? tr('This suggestion was already accepted; nothing was saved. Reload the queue.')
          : tr('This suggestion was already rejected; nothing was saved. Reload the queue.'),
      ],
    });
  }
  return s;
}

export async function markSuggestionAccepted(
  tx: Tx,
  { suggestionId, statusUpdateId, actor }: { suggestionId: number; statusUpdateId: number; actor: Actor },
) {
  await tx
    .update(suggestions)
    .set({ state: 'accepted', statusUpdateId, decidedBy: actor.id, decidedAt: new Date().toISOString() })
    .where(eq(suggestions.id, suggestionId));
  await audit(tx, actor, 'accept-suggestion', 'suggestion', suggestionId, { statusUpdateId });
}

export async function rejectSuggestion(db: Database, { id, reason, actor }: { id: number; reason: string; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [s] = await tx.select({ state: suggestions.state }).from(suggestions).where(eq(suggestions.id, id));
    if (!s) throw new InputError({ id: [tr('This suggestion no longer exists.')] });
    if (s.state !== 'pending') {
      throw new InputError({
        id: [s.state === 'accepted' ? tr('This suggestion was already accepted.') : tr('This suggestion was already rejected.')],
      });
    }
    await tx
      .update(suggestions)
      .set({ state: 'rejected', rejectReason: reason, decidedBy: actor.id, decidedAt: new Date().toISOString() })
      .where(eq(suggestions.id, id));
    await audit(tx, actor, 'reject-suggestion', 'suggestion', id, { reason });
  });
}

/**
 * Erases what could identify the sender: name, email, the address key, and a file that was not
 * published (an accepted one was copied into the update's evidence, which is public anyway).
 * What they said stays, for the record of the decision.
 */
export async function purgeSuggestion(db: Database, { id, actor }: { id: number; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [s] = await tx.select({ id: suggestions.id }).from(suggestions).where(eq(suggestions.id, id));
    if (!s) throw new InputError({ id: [tr('This suggestion no longer exists.')] });
    await tx
      .update(suggestions)
      .set({
        name: null,
        email: null,
        addressKey: null,
        fileBytes: null,
        fileName: null,
        fileType: null,
        fileSha256: null,
        purgedAt: new Date().toISOString(),
      })
      .where(eq(suggestions.id, id));
    await audit(tx, actor, 'purge-suggestion', 'suggestion', id, {});
  });
}
