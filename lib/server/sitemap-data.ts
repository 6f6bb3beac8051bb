import { asc, getTableName, max, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { commitments, commitmentTranslations, observations, plannedDates, snapshots, sources, statusUpdates, targetRevisions } from '@/db/schema';
import { latestTime, type SitemapData } from '@/lib/sitemap';

// What /sitemap.xml needs from the database (lib/sitemap.ts builds the sitemap from it): every
// public commitment and source with the time it last changed.
//
// READ ONLY: plain selects of public columns; nothing is written and nothing about users is
// read. It lives here rather than among the readers' modules in db/queries only because that
// folder was another engineer's at the time; it uses the same client (db/client getDb) and
// tables (db/schema), and can move to db/queries/sitemap.ts as it is.

/**
 * One query per table kind, each an aggregate over an index or a single scan: the sitemap is
 * rendered when it is first asked for and then at most every revalidation period
 * (app/sitemap.ts), never per visit.
 */
export async function readSitemapData(): Promise<SitemapData> {
  const db = await getDb();
  // The newest time in a table's rows of each commitment (a correlated subquery on its index).
  // Columns are written with their table: in a one-table select drizzle leaves the table out,
  // and an unqualified "id" inside the subquery would be the inner table's own.
  const newest = (table: SQLiteTable, column: SQLiteColumn, key: SQLiteColumn, outer: SQLiteColumn = commitments.id) =>
    sql<string | null>`(select max(${qualified(column)}) from ${table} where ${qualified(key)} = ${qualified(outer)})`;
  const [commitmentRows, sourceRows, [snapshot]] = await Promise.all([
    db
      .select({
        slug: commitments.slug,
        createdAt: commitments.createdAt,
        updatedAt: commitments.updatedAt,
        updates: newest(statusUpdates, statusUpdates.createdAt, statusUpdates.commitmentId),
        revisions: newest(targetRevisions, targetRevisions.createdAt, targetRevisions.commitmentId),
        planned: newest(plannedDates, plannedDates.createdAt, plannedDates.commitmentId),
        translations: newest(commitmentTranslations, commitmentTranslations.updatedAt, commitmentTranslations.commitmentId),
        figures: newest(observations, observations.createdAt, observations.metricId, commitments.metricId),
      })
      .from(commitments)
      .orderBy(asc(commitments.id)),
    db.select({ slug: sources.slug, createdAt: sources.createdAt }).from(sources).orderBy(asc(sources.id)),
    db.select({ at: max(snapshots.createdAt) }).from(snapshots),
  ]);
  return {
    commitments: commitmentRows.map((r) => ({
      slug: r.slug,
      changedAt: latestTime([r.createdAt, r.updatedAt, r.updates, r.revisions, r.planned, r.translations, r.figures]) ?? r.createdAt,
      logChangedAt: r.updates ?? r.createdAt,
    })),
    sources: sourceRows,
    newestSnapshotAt: snapshot?.at ?? null,
  };
}

/** "table"."column", whatever the query around it. */
function qualified(column: SQLiteColumn) {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
