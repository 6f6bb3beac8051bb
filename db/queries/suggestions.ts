import { asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../client';
import { commitments, suggestions, users } from '../schema';
import type { SuggestionState } from '../../lib/domain';

// Readers' suggestions, for the editors' moderation queue only: no public page, feed or API
// reads this module (a test checks it), so a sender's name and email never leave the workspace.

const listed = {
  id: suggestions.id,
  state: suggestions.state,
  body: suggestions.body,
  link: suggestions.link,
  fileName: suggestions.fileName,
  fileType: suggestions.fileType,
  fileSha256: suggestions.fileSha256,
  name: suggestions.name,
  email: suggestions.email,
  locale: suggestions.locale,
  rejectReason: suggestions.rejectReason,
  decidedAt: suggestions.decidedAt,
  statusUpdateId: suggestions.statusUpdateId,
  purgedAt: suggestions.purgedAt,
  createdAt: suggestions.createdAt,
  commitmentSlug: commitments.slug,
  commitmentTitle: commitments.title,
  decidedByName: users.name,
};

/** Pending ones oldest first (the queue), then the latest decided. */
export async function listSuggestionsForEditor({ states, limit = 200 }: { states: SuggestionState[]; limit?: number }) {
  const db = await getDb();
  return db
    .select(listed)
    .from(suggestions)
    .innerJoin(commitments, eq(commitments.id, suggestions.commitmentId))
    .leftJoin(users, eq(users.id, suggestions.decidedBy))
    .where(inArray(suggestions.state, states))
    .orderBy(states.length === 1 && states[0] === 'pending' ? asc(suggestions.createdAt) : desc(suggestions.createdAt))
    .limit(limit);
}

export type SuggestionRow = Awaited<ReturnType<typeof listSuggestionsForEditor>>[number];

/** One suggestion with its commitment, to prefill the status form an editor accepts it into. */
export async function getSuggestionForEditor({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...listed, commitmentId: suggestions.commitmentId })
    .from(suggestions)
    .innerJoin(commitments, eq(commitments.id, suggestions.commitmentId))
    .leftJoin(users, eq(users.id, suggestions.decidedBy))
    .where(eq(suggestions.id, id))
    .limit(1);
  return row ?? null;
}

/** A suggestion's file, for the workspace route that shows it to editors. */
export async function getSuggestionFile({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ name: suggestions.fileName, type: suggestions.fileType, bytes: suggestions.fileBytes, sha256: suggestions.fileSha256 })
    .from(suggestions)
    .where(eq(suggestions.id, id))
    .limit(1);
  return row?.bytes && row.type && row.sha256 ? { name: row.name ?? 'attachment', type: row.type, bytes: row.bytes, sha256: row.sha256 } : null;
}
