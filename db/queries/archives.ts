import { asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { evidenceFiles, linkArchives } from '../schema';
import type { EvidenceFileType } from '../../lib/file-sniff';
import { archiveKey, archiveView, type ArchiveRecord, type ArchiveView } from '../../lib/archive-status';

// The evidence archive's reads: what readers are told about each address, the stored copies
// and the attached files. The bytes are read only by the two routes that serve them.

const recordColumns = {
  id: linkArchives.id,
  url: linkArchives.url,
  state: linkArchives.state,
  fetchedAt: linkArchives.fetchedAt,
  sha256: linkArchives.sha256,
  byteLength: linkArchives.byteLength,
  truncated: linkArchives.truncated,
  contentType: linkArchives.contentType,
  finalUrl: linkArchives.finalUrl,
  httpStatus: linkArchives.httpStatus,
  failure: linkArchives.failure,
  nextAttemptAt: linkArchives.nextAttemptAt,
  deadSince: linkArchives.deadSince,
};

export type ArchiveSummary = ArchiveRecord & { url: string; view: ArchiveView };

/** The archive row of each address given (by the address as written), in one query. */
export async function archivesFor(urls: (string | null | undefined)[]): Promise<Map<string, ArchiveSummary>> {
  const keyOf = new Map<string, string>();
  for (const url of urls) {
    if (!url) continue;
    const key = archiveKey(url);
    if (key) keyOf.set(url, key);
  }
  const out = new Map<string, ArchiveSummary>();
  if (keyOf.size === 0) return out;
  const db = await getDb();
  const keys = [...new Set(keyOf.values())];
  const rows = [];
  for (let i = 0; i < keys.length; i += 500) {
    rows.push(
      ...(await db
        .select(recordColumns)
        .from(linkArchives)
        .where(inArray(linkArchives.url, keys.slice(i, i + 500)))),
    );
  }
  const byKey = new Map(rows.map((r) => [r.url, r]));
  for (const [url, key] of keyOf) {
    const row = byKey.get(key);
    if (row) out.set(url, { ...row, view: archiveView(row) });
  }
  return out;
}

/** The view for one address: pending when it has no row (not queued yet, e.g. data from before the archive). */
export function viewOf(archives: Map<string, ArchiveSummary>, url: string | null | undefined): ArchiveView | null {
  if (!url || archiveKey(url) === null) return null;
  return archives.get(url)?.view ?? { kind: 'pending' };
}

/** A stored copy with its bytes, for the route that serves it. */
export async function getArchiveCopy({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: linkArchives.id,
      url: linkArchives.url,
      finalUrl: linkArchives.finalUrl,
      contentType: linkArchives.contentType,
      fetchedAt: linkArchives.fetchedAt,
      sha256: linkArchives.sha256,
      truncated: linkArchives.truncated,
      body: linkArchives.body,
    })
    .from(linkArchives)
    .where(eq(linkArchives.id, id))
    .limit(1);
  if (!row || row.body === null || row.sha256 === null || row.contentType === null || row.fetchedAt === null) return null;
  return { ...row, body: row.body, sha256: row.sha256, contentType: row.contentType, fetchedAt: row.fetchedAt };
}

export type EvidenceFileRef = {
  id: number;
  statusUpdateId: number;
  name: string;
  contentType: EvidenceFileType;
  byteLength: number;
  sha256: string;
  createdAt: string;
};

/** The files attached to each of these updates, without their bytes. */
export async function filesForUpdates(ids: number[]): Promise<EvidenceFileRef[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      id: evidenceFiles.id,
      statusUpdateId: evidenceFiles.statusUpdateId,
      name: evidenceFiles.name,
      contentType: evidenceFiles.contentType,
      byteLength: evidenceFiles.byteLength,
      sha256: evidenceFiles.sha256,
      createdAt: evidenceFiles.createdAt,
    })
    .from(evidenceFiles)
    .where(inArray(evidenceFiles.statusUpdateId, ids))
    .orderBy(asc(evidenceFiles.id))
    .then((rows) => rows.map((r) => ({ ...r, contentType: r.contentType as EvidenceFileType })));
}

/** An attached file with its bytes, for the route that serves it. */
export async function getEvidenceFile({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: evidenceFiles.id,
      name: evidenceFiles.name,
      contentType: evidenceFiles.contentType,
      sha256: evidenceFiles.sha256,
      createdAt: evidenceFiles.createdAt,
      body: evidenceFiles.body,
    })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.id, id))
    .limit(1);
  return row ?? null;
}

/** The archive as the workspace lists it: problems first (dead links, failures), then the rest; no bytes. */
export async function listArchivesForEditor({ limit = 500 }: { limit?: number } = {}) {
  const db = await getDb();
  return db
    .select({
      ...recordColumns,
      attempts: linkArchives.attempts,
      checkedAt: linkArchives.checkedAt,
      failureDetail: linkArchives.failureDetail,
      checkFailure: linkArchives.checkFailure,
    })
    .from(linkArchives)
    .orderBy(
      sql`case when ${linkArchives.deadSince} is not null then 0 when ${linkArchives.state} = 'failed' then 1 when ${linkArchives.state} = 'pending' then 2 else 3 end`,
      asc(linkArchives.url),
    )
    .limit(limit);
}
