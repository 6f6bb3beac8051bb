import { asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { commitments, metrics, observations, sources, statusUpdates, targetRevisions } from '../schema';
import { type ContentLocale } from '../../lib/content-locale';
import { termsInForce, type Revision } from '../../lib/revisions';
import { inChunks } from './open-data';
import { revisionTermColumns, withEvidenceAndCorrections } from './public';
import { commitmentText, joinCommitmentText, joinMetricText, metricText, updatesWithCommitmentTitle } from './shared';

// ---------------------------------------------------------------- feeds (Atom, iCalendar)

/**
 * The newest status updates across all commitments, for the site-wide Atom feed: the
 * dashboard's "latest updates" order (as-of date, then logging time), with each entry's
 * evidence and correction links. No author field: a feed is public.
 */
export async function listLatestStatusUpdates({ limit, locale = 'en' }: { limit: number; locale?: ContentLocale }) {
  const db = await getDb();
  const withMetric = updatesWithCommitmentTitle(db, locale, {
    value: statusUpdates.value,
    note: statusUpdates.note,
    correctsId: statusUpdates.correctsId,
    createdAt: statusUpdates.createdAt,
    commitmentSlug: commitments.slug,
    unit: metrics.unit,
    unitLabel: metricText(locale).unitLabel,
    sourceTitle: sources.title,
    figurePeriod: observations.period,
    figureValue: observations.value,
    figureQualifier: observations.qualifier,
    // How many entries of its commitment's log come before it (newest first): whether the
    // commitment's page shows it, or which log page does (lib/timeline.ts).
    placeInLog: sql<number>`(select count(*) from status_updates newer where newer.commitment_id = ${statusUpdates.commitmentId} and (newer.as_of > ${statusUpdates.asOf} or (newer.as_of = ${statusUpdates.asOf} and newer.id > ${statusUpdates.id})))`,
  }).leftJoin(metrics, eq(metrics.id, commitments.metricId));
  const rows = await joinMetricText(withMetric, locale)
    .leftJoin(sources, eq(sources.id, statusUpdates.sourceId))
    .leftJoin(observations, eq(observations.id, statusUpdates.observationId))
    .where(eq(statusUpdates.entryType, 'update'))
    .orderBy(desc(statusUpdates.asOf), desc(statusUpdates.createdAt), desc(statusUpdates.id))
    .limit(limit);
  // The window may end before the entry that corrects one of its rows: corrections are looked up.
  return withEvidenceAndCorrections(rows);
}

/**
 * Every commitment with a dated deadline in force, soonest first, for the deadlines calendar.
 * The words and the "interpreted" flag follow the target revisions: a date set by a revision
 * is the revision's own, not our reading of the announcement's words.
 */
export async function listCommitmentDeadlines({ locale = 'en', asOf }: { locale?: ContentLocale; asOf: string }) {
  const db = await getDb();
  const { title, titleLocale } = commitmentText(locale);
  const rows = await joinCommitmentText(
    db
      .select({
        id: commitments.id,
        slug: commitments.slug,
        title,
        titleLocale,
        category: commitments.category,
        currentVerdict: commitments.currentVerdict,
        progressShare: commitments.progressShare,
        effectiveDeadlineOn: commitments.effectiveDeadlineOn,
        targetValue: commitments.targetValue,
        deadlineOn: commitments.deadlineOn,
        deadlineText: commitments.deadlineText,
        deadlineInterpreted: commitments.deadlineInterpreted,
        updatedAt: commitments.updatedAt,
      })
      .from(commitments)
      .$dynamic(),
    locale,
  )
    .where(isNotNull(commitments.effectiveDeadlineOn))
    .orderBy(asc(commitments.effectiveDeadlineOn), asc(commitments.id));
  const revisions = new Map<number, Revision[]>();
  for (const chunk of inChunks(rows.map((r) => r.id))) {
    const chunkRevisions = await db
      .select({ commitmentId: targetRevisions.commitmentId, ...revisionTermColumns })
      .from(targetRevisions)
      .where(inArray(targetRevisions.commitmentId, chunk));
    for (const { commitmentId, ...revision } of chunkRevisions) {
      revisions.set(commitmentId, [...(revisions.get(commitmentId) ?? []), revision]);
    }
  }
  return rows.flatMap(({ id, targetValue, deadlineOn, deadlineText, deadlineInterpreted, effectiveDeadlineOn, ...r }) => {
    if (effectiveDeadlineOn === null) return [];
    // effective_deadline_on is computed daily for today; the words follow the same revisions.
    const terms = termsInForce({ targetValue, deadlineOn, deadlineText }, revisions.get(id) ?? [], asOf);
    const revised = terms.deadlineRevisedOn !== null;
    return [{ ...r, deadlineOn: effectiveDeadlineOn, deadlineText: terms.deadlineText, deadlineInterpreted: deadlineInterpreted && !revised }];
  });
}
