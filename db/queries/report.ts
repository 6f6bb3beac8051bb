import { and, asc, desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { commitments, leases, metrics, observations, plannedDates, statusUpdates, snapshots, targetRevisions } from '../schema';
import { type ContentLocale } from '../../lib/content-locale';
import {
  commitmentText,
  commitmentTitleIn,
  figuresWithMetricName,
  joinCommitmentText,
  listColumnsIn,
  metricText,
  titleOrder,
  updatesWithCommitmentTitle,
} from './shared';

// ---------------------------------------------------------------- report and snapshots

/** Every commitment with its latest log entry, for the printed report. */
export async function listCommitmentsForReport({ locale = 'en' }: { locale?: ContentLocale } = {}) {
  const db = await getDb();
  const latest = (column: string) =>
    sql.raw(
      `(select su.${column} from status_updates su where su.commitment_id = "commitments"."id" ` +
        `and su.id not in (select corrects_id from status_updates c where c.commitment_id = "commitments"."id" and c.corrects_id is not null) ` +
        `order by su.as_of desc, su.id desc limit 1)`,
    );
  return joinCommitmentText(
    db
      .select({
        ...listColumnsIn(locale),
        latestNote: sql<string | null>`${latest('note')}`,
      })
      .from(commitments)
      .$dynamic(),
    locale,
  ).orderBy(asc(commitments.category), sql`${commitments.effectiveDeadlineOn} is null`, asc(commitments.effectiveDeadlineOn), titleOrder(locale));
}

export async function getLatestSnapshot() {
  const db = await getDb();
  const [row] = await db
    .select({ id: snapshots.id, createdAt: snapshots.createdAt })
    .from(snapshots)
    .orderBy(desc(snapshots.createdAt), desc(snapshots.id))
    .limit(1);
  return row ?? null;
}

/** What was recorded after a moment (the previous snapshot): the report's "what changed". */
/**
 * What was recorded after `after` and up to `until` (instants; null = from the start, to now):
 * log entries, figures, revisions, planned dates and commitments added, with their commitment.
 * `slug` narrows it to one commitment (a figure belongs to it through its metric). The snapshot
 * report, the compare page and its JSON all read this (lib/server/compare.ts).
 */
export async function listChangesBetween({
  after,
  until = null,
  slug,
  locale = 'en',
}: {
  after: string | null;
  until?: string | null;
  slug?: string;
  locale?: ContentLocale;
}) {
  const db = await getDb();
  const from = after ?? '0000';
  const to = until ?? '9999';
  const inRange = (column: SQLiteColumn) => and(gt(column, from), lte(column, to));
  const one = slug === undefined ? undefined : eq(commitments.slug, slug);
  const [updates, figures, revisions, planned, added] = await Promise.all([
    updatesWithCommitmentTitle(db, locale, {
      correctsId: statusUpdates.correctsId,
      note: statusUpdates.note,
      createdAt: statusUpdates.createdAt,
      commitmentSlug: commitments.slug,
    })
      .where(and(inRange(statusUpdates.createdAt), one))
      .orderBy(asc(statusUpdates.createdAt), asc(statusUpdates.id)),
    figuresWithMetricName(db, locale, {
      unit: metrics.unit,
      unitLabel: metricText(locale).unitLabel,
      createdAt: observations.createdAt,
      metricSlug: metrics.slug,
    })
      .where(
        and(
          inRange(observations.createdAt),
          slug === undefined
            ? undefined
            : sql`${observations.metricId} = (select ${commitments.metricId} from ${commitments} where ${commitments.slug} = ${slug})`,
        ),
      )
      .orderBy(asc(observations.createdAt), asc(observations.id)),
    joinCommitmentText(
      db
        .select({
          id: targetRevisions.id,
          revisedOn: targetRevisions.revisedOn,
          newTargetValue: targetRevisions.newTargetValue,
          newDeadlineOn: targetRevisions.newDeadlineOn,
          createdAt: targetRevisions.createdAt,
          commitmentSlug: commitments.slug,
          ...commitmentTitleIn(locale),
        })
        .from(targetRevisions)
        .innerJoin(commitments, eq(commitments.id, targetRevisions.commitmentId))
        .$dynamic(),
      locale,
    )
      .where(and(inRange(targetRevisions.createdAt), one))
      .orderBy(asc(targetRevisions.createdAt)),
    joinCommitmentText(
      db
        .select({
          id: plannedDates.id,
          statedOn: plannedDates.statedOn,
          plannedOn: plannedDates.plannedOn,
          createdAt: plannedDates.createdAt,
          commitmentSlug: commitments.slug,
          ...commitmentTitleIn(locale),
        })
        .from(plannedDates)
        .innerJoin(commitments, eq(commitments.id, plannedDates.commitmentId))
        .$dynamic(),
      locale,
    )
      .where(and(inRange(plannedDates.createdAt), one))
      .orderBy(asc(plannedDates.createdAt)),
    joinCommitmentText(
      db
        .select({ id: commitments.id, title: commitmentText(locale).title, titleLocale: commitmentText(locale).titleLocale, slug: commitments.slug })
        .from(commitments)
        .$dynamic(),
      locale,
    )
      .where(and(inRange(commitments.createdAt), one))
      .orderBy(asc(commitments.createdAt)),
  ]);
  return { updates, figures, revisions, planned, added };
}

/**
 * Each commitment's computed status, as the comparison of two days reads it: live, or inside a
 * rewound view (db/rewind.ts) as it stood then.
 */
export async function listCommitmentStates({ slug, locale = 'en' }: { slug?: string; locale?: ContentLocale } = {}) {
  const db = await getDb();
  return joinCommitmentText(
    db
      .select({
        slug: commitments.slug,
        ...commitmentTitleIn(locale),
        kind: commitments.kind,
        verdict: commitments.currentVerdict,
        stage: commitments.currentStage,
        progress: commitments.progressShare,
        trajectory: commitments.trajectoryStatus,
        targetInForce: commitments.targetInForce,
        deadline: commitments.effectiveDeadlineOn,
        plannedOn: commitments.plannedOn,
        unit: metrics.unit,
      })
      .from(commitments)
      .leftJoin(metrics, eq(metrics.id, commitments.metricId))
      .$dynamic(),
    locale,
  )
    .where(slug === undefined ? undefined : eq(commitments.slug, slug))
    .orderBy(asc(commitments.id));
}

export async function listSnapshots() {
  const db = await getDb();
  return db
    .select({
      id: snapshots.id,
      createdAt: snapshots.createdAt,
      locale: snapshots.locale,
      trigger: snapshots.trigger,
      sizeBytes: snapshots.sizeBytes,
      sha256: snapshots.sha256,
      summary: snapshots.summary,
    })
    .from(snapshots)
    .orderBy(desc(snapshots.createdAt), desc(snapshots.id));
}

export async function getSnapshotPdf({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: snapshots.id, createdAt: snapshots.createdAt, sha256: snapshots.sha256, pdf: snapshots.pdf, locale: snapshots.locale })
    .from(snapshots)
    .where(eq(snapshots.id, id))
    .limit(1);
  return row ?? null;
}

/** Who holds a named lease and until when (null: nobody). */
export async function getLease({ name }: { name: string }) {
  const db = await getDb();
  const [row] = await db.select({ holder: leases.holder, expiresAt: leases.expiresAt }).from(leases).where(eq(leases.name, name)).limit(1);
  return row ?? null;
}
