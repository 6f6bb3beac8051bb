import { and, asc, desc, eq, gte, inArray, isNull, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '../client';
import {
  auditEvents,
  commitmentCountries,
  commitments,
  evidenceLinks,
  metrics,
  observations,
  plannedDates,
  sources,
  statusUpdates,
  targetRevisions,
  commitmentTranslations,
} from '../schema';
import type { ListFilters } from '../../lib/filters';
import { searchFold, type ContentLocale } from '../../lib/content-locale';
import { PAGE_SIZE } from '../../lib/filters';
import type { TargetProgress } from '../../lib/progress';
import { termsInForce, type Revision, type TermsInForce, type TermsSegment } from '../../lib/revisions';
import { assessTarget } from '../../lib/assessment';
import { stagesInForce } from '../../lib/log-state';
import type { ArchiveView } from '../../lib/archive-status';
import { archivesFor, filesForUpdates, viewOf, type EvidenceFileRef } from './archives';
import {
  type CommitmentListRow,
  SETTLED_VERDICTS,
  commitmentText,
  escapeLike,
  figuresWithMetricName,
  joinCommitmentText,
  joinMetricText,
  listColumns,
  listColumnsIn,
  metricText,
  overdueCondition,
  titleOrder,
  updatesWithCommitmentTitle,
  withCountries,
} from './shared';

// The public pages' reads: the list, the dashboard, a commitment, a source.

/** WHERE and ORDER BY of the commitments list: shared by the page and the open data API so they cannot disagree. */
export async function listQueryParts(
  filters: ListFilters,
  asOf: string,
  locale: ContentLocale = 'en',
): Promise<{ where: SQL | undefined; order: SQL[] }> {
  const db = await getDb();
  const conditions: SQL[] = [];
  if (filters.category) conditions.push(eq(commitments.category, filters.category));
  if (filters.kind) conditions.push(eq(commitments.kind, filters.kind));
  if (filters.status === 'overdue') conditions.push(overdueCondition(asOf));
  else if (filters.status) conditions.push(eq(commitments.currentVerdict, filters.status));
  if (filters.country) {
    conditions.push(
      inArray(
        commitments.id,
        db.select({ id: commitmentCountries.commitmentId }).from(commitmentCountries).where(eq(commitmentCountries.countryCode, filters.country)),
      ),
    );
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
    // In Russian and Kazakh the translated texts match too (the English still does: names
    // such as "Aktau" are often typed in Latin letters).
    const translated =
      locale === 'en' ? [] : [sql`${commitmentTranslations.searchText} like ${`%${escapeLike(searchFold(filters.q))}%`} escape '\\'`];
    conditions.push(
      or(
        sql`lower(${commitments.title}) like ${pattern} escape '\\'`,
        sql`lower(${commitments.summary}) like ${pattern} escape '\\'`,
        sql`lower(${commitments.owner}) like ${pattern} escape '\\'`,
        ...translated,
      )!,
    );
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const byTitle = titleOrder(locale);
  const order =
    filters.sort === 'progress'
      ? [sql`${commitments.progressShare} is null`, desc(commitments.progressShare), byTitle]
      : filters.sort === 'title'
        ? [byTitle]
        : [sql`${commitments.effectiveDeadlineOn} is null`, asc(commitments.effectiveDeadlineOn), byTitle];
  // The id breaks ties, so paging never shows a row twice or skips one.
  return { where, order: [...order, asc(commitments.id)] };
}

export async function listCommitments({
  filters,
  asOf,
  pageSize = PAGE_SIZE,
  locale = 'en',
}: {
  filters: ListFilters;
  asOf: string;
  pageSize?: number;
  locale?: ContentLocale;
}): Promise<{ rows: CommitmentListRow[]; total: number }> {
  const db = await getDb();
  const { where, order } = await listQueryParts(filters, asOf, locale);
  const [rows, [count]] = await Promise.all([
    joinCommitmentText(db.select(listColumnsIn(locale)).from(commitments).$dynamic(), locale)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((filters.page - 1) * pageSize),
    joinCommitmentText(
      db
        .select({ n: sql<number>`count(*)` })
        .from(commitments)
        .$dynamic(),
      locale,
    ).where(where),
  ]);
  return { rows: await withCountries(rows), total: count?.n ?? 0 };
}

export type DashboardSummary = Awaited<ReturnType<typeof getDashboardSummary>>;

export async function getDashboardSummary({ asOf, locale = 'en' }: { asOf: string; locale?: ContentLocale }) {
  const db = await getDb();
  const [byVerdict, byCategory, [overdue], upcoming, overdueRows, latestUpdates, [totals]] = await Promise.all([
    db
      .select({ verdict: commitments.currentVerdict, n: sql<number>`count(*)` })
      .from(commitments)
      .groupBy(commitments.currentVerdict),
    db
      .select({
        category: commitments.category,
        n: sql<number>`count(*)`,
        // Share clamped to [0, 1] so one overshooting target cannot hide laggards.
        meanProgress: sql<number | null>`avg(max(0, min(1, ${commitments.progressShare})))`,
        measured: sql<number>`count(${commitments.progressShare})`,
      })
      .from(commitments)
      .groupBy(commitments.category),
    db
      .select({ n: sql<number>`count(*)` })
      .from(commitments)
      .where(overdueCondition(asOf)),
    joinCommitmentText(db.select(listColumnsIn(locale)).from(commitments).$dynamic(), locale)
      .where(
        and(
          // Deadlines ahead, and planned completions ahead where no deadline was announced.
          or(gte(commitments.effectiveDeadlineOn, asOf), and(isNull(commitments.effectiveDeadlineOn), gte(commitments.plannedOn, asOf))),
          notInArray(commitments.currentVerdict, [...SETTLED_VERDICTS, 'missed']),
        ),
      )
      .orderBy(asc(sql`coalesce(${commitments.effectiveDeadlineOn}, ${commitments.plannedOn})`), asc(commitments.id))
      .limit(5),
    joinCommitmentText(db.select(listColumnsIn(locale)).from(commitments).$dynamic(), locale)
      .where(overdueCondition(asOf))
      .orderBy(asc(commitments.effectiveDeadlineOn), asc(commitments.id))
      .limit(5),
    // Reviews ("reviewed, no change") are diligence, not news: they stay in each commitment's log.
    updatesWithCommitmentTitle(db, locale, { note: statusUpdates.note, correctsId: statusUpdates.correctsId, commitmentSlug: commitments.slug })
      .where(eq(statusUpdates.entryType, 'update'))
      .orderBy(desc(statusUpdates.asOf), desc(statusUpdates.createdAt), desc(statusUpdates.id))
      .limit(6)
      .then((rows) => withEvidenceAndCorrections(rows)),
    db
      .select({
        commitments: sql<number>`count(*)`,
        sources: sql<number>`(select count(*) from ${sources})`,
      })
      .from(commitments),
  ]);
  return {
    totals: { commitments: totals?.commitments ?? 0, sources: totals?.sources ?? 0, overdue: overdue?.n ?? 0 },
    byVerdict,
    byCategory,
    upcoming: await withCountries(upcoming),
    overdue: await withCountries(overdueRows),
    latestUpdates,
  };
}

export type ObservationRow = {
  id: number;
  period: string;
  periodEnd: string;
  value: number;
  qualifier: (typeof observations.$inferSelect)['qualifier'];
  note: string | null;
  derived: boolean;
  preferred: boolean;
  sourceSlug: string;
  sourceTitle: string;
  sourcePublisher: string | null;
};

export const observationColumns = {
  id: observations.id,
  period: observations.period,
  periodEnd: observations.periodEnd,
  value: observations.value,
  qualifier: observations.qualifier,
  note: observations.note,
  derived: observations.derived,
  preferred: observations.preferred,
  sourceSlug: sources.slug,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
};

export async function observationsForMetric(metricId: number): Promise<ObservationRow[]> {
  const db = await getDb();
  return db
    .select(observationColumns)
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(eq(observations.metricId, metricId))
    .orderBy(asc(observations.periodEnd), desc(observations.preferred), asc(observations.id));
}

export type MetricText = {
  slug: string;
  name: string;
  unit: string;
  unitLabel: string;
  decimals: number | null;
  description: string | null;
  nameLocale: ContentLocale;
};

export type TargetDetails = {
  metric: MetricText;
  direction: 'up' | 'down';
  /** The baseline in force (after any re-baseline). */
  baseline: { value: number; on: string } | null;
  /** The target in force. (A target that is a multiple of a baseline not yet recorded has no details yet.) */
  targetValue: number;
  originalTargetValue: number | null;
  originalBaseline: { value: number; on: string } | null;
  deadlineOn: string | null;
  observations: ObservationRow[];
  progress: TargetProgress;
  /** Against the original terms, once revised. */
  originalProgress: TargetProgress | null;
  terms: TermsInForce;
  original: TermsInForce;
  segments: TermsSegment[];
  revised: boolean;
  baselinePeriod: string | null;
  targetMultiple: number | null;
};

async function targetDetails(
  c: Pick<
    typeof commitments.$inferSelect,
    | 'id'
    | 'metricId'
    | 'direction'
    | 'baselineValue'
    | 'baselineOn'
    | 'baselinePeriod'
    | 'targetValue'
    | 'targetMultiple'
    | 'deadlineOn'
    | 'deadlineText'
  >,
  revisions: Revision[],
  asOf: string,
  locale: ContentLocale,
): Promise<TargetDetails | null> {
  if (c.metricId === null) return null;
  const db = await getDb();
  const [metric] = await joinMetricText(
    db
      .select({ slug: metrics.slug, ...metricText(locale) })
      .from(metrics)
      .$dynamic(),
    locale,
  ).where(eq(metrics.id, c.metricId));
  if (!metric) return null;
  const rows = await observationsForMetric(c.metricId);
  const a = assessTarget(c, revisions, rows, asOf);
  if (a.progress === null || a.terms.targetValue === null) return null;
  return {
    metric,
    direction: c.direction ?? 'up',
    baseline: a.terms.baseline,
    targetValue: a.terms.targetValue,
    originalTargetValue: a.original.targetValue,
    originalBaseline: a.originalBaseline,
    deadlineOn: a.terms.deadlineOn,
    observations: rows,
    progress: a.progress,
    originalProgress: a.originalProgress,
    terms: a.terms,
    original: a.original,
    segments: a.segments,
    revised: a.revised,
    baselinePeriod: c.baselinePeriod,
    targetMultiple: c.targetMultiple,
  };
}

export type FeaturedTarget = Awaited<ReturnType<typeof getFeaturedTarget>>;

/** The day the tracker's first log entry was recorded: the earliest day it can be rewound to. */
export async function getTrackerStart(): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ first: sql<string | null>`min(${statusUpdates.createdAt})` }).from(statusUpdates);
  return row?.first ? row.first.slice(0, 10) : null;
}

export async function getFeaturedTarget({ asOf, locale = 'en' }: { asOf: string; locale?: ContentLocale }) {
  const db = await getDb();
  const [c] = await joinCommitmentText(
    db
      .select({ ...detailColumns, ...commitmentText(locale) })
      .from(commitments)
      .innerJoin(sources, eq(sources.id, commitments.sourceId))
      .$dynamic(),
    locale,
  )
    .where(and(eq(commitments.featured, true), eq(commitments.kind, 'target')))
    .orderBy(asc(commitments.id))
    .limit(1);
  if (!c) return null;
  const revisions = await revisionsFor(c.id);
  const target = await targetDetails(c, revisions, asOf, locale);
  return target ? { commitment: c, target } : null;
}

const detailColumns = {
  ...listColumns,
  quote: commitments.quote,
  deadlineOn: commitments.deadlineOn,
  deadlineNote: commitments.deadlineNote,
  metricId: commitments.metricId,
  direction: commitments.direction,
  baselineValue: commitments.baselineValue,
  baselineOn: commitments.baselineOn,
  baselineNote: commitments.baselineNote,
  baselinePeriod: commitments.baselinePeriod,
  targetValue: commitments.targetValue,
  targetMultiple: commitments.targetMultiple,
  targetNote: commitments.targetNote,
  version: commitments.version,
  sourceSlug: sources.slug,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourcePublishedOn: sources.publishedOn,
  sourceUrl: sources.url,
  sourceKind: sources.kind,
};

/** What lib/revisions termsInForce needs of a revision. */
export const revisionTermColumns = {
  id: targetRevisions.id,
  revisedOn: targetRevisions.revisedOn,
  newTargetValue: targetRevisions.newTargetValue,
  newDeadlineOn: targetRevisions.newDeadlineOn,
  newDeadlineText: targetRevisions.newDeadlineText,
  newBaselineValue: targetRevisions.newBaselineValue,
  newBaselineOn: targetRevisions.newBaselineOn,
};

async function revisionsFor(commitmentId: number) {
  const db = await getDb();
  return db
    .select({
      ...revisionTermColumns,
      note: targetRevisions.note,
      sourceSlug: sources.slug,
      sourceTitle: sources.title,
    })
    .from(targetRevisions)
    .innerJoin(sources, eq(sources.id, targetRevisions.sourceId))
    .where(eq(targetRevisions.commitmentId, commitmentId))
    .orderBy(asc(targetRevisions.revisedOn), asc(targetRevisions.id));
}

export type PlannedDateRow = Awaited<ReturnType<typeof plannedDatesFor>>[number];

/** The planned completion dates stated for a commitment, oldest statement first, with their sources. */
async function plannedDatesFor(commitmentId: number) {
  const db = await getDb();
  return db
    .select({
      id: plannedDates.id,
      statedOn: plannedDates.statedOn,
      plannedOn: plannedDates.plannedOn,
      plannedText: plannedDates.plannedText,
      note: plannedDates.note,
      createdAt: plannedDates.createdAt,
      sourceSlug: sources.slug,
      sourceTitle: sources.title,
      sourcePublisher: sources.publisher,
    })
    .from(plannedDates)
    .innerJoin(sources, eq(sources.id, plannedDates.sourceId))
    .where(eq(plannedDates.commitmentId, commitmentId))
    .orderBy(asc(plannedDates.statedOn), asc(plannedDates.id));
}

export type StatusUpdateRow = Awaited<ReturnType<typeof updatesFor>>[number];

async function updatesFor(commitmentId: number) {
  const db = await getDb();
  const rows = await db
    .select({
      id: statusUpdates.id,
      asOf: statusUpdates.asOf,
      entryType: statusUpdates.entryType,
      verdict: statusUpdates.verdict,
      stage: statusUpdates.stage,
      value: statusUpdates.value,
      note: statusUpdates.note,
      correctsId: statusUpdates.correctsId,
      dateConfirmed: statusUpdates.dateConfirmed,
      createdAt: statusUpdates.createdAt,
      sourceSlug: sources.slug,
      sourceTitle: sources.title,
      figurePeriod: observations.period,
      figureValue: observations.value,
      figureQualifier: observations.qualifier,
    })
    .from(statusUpdates)
    .leftJoin(sources, eq(sources.id, statusUpdates.sourceId))
    .leftJoin(observations, eq(observations.id, statusUpdates.observationId))
    .where(eq(statusUpdates.commitmentId, commitmentId))
    .orderBy(desc(statusUpdates.asOf), desc(statusUpdates.id));
  const stages = stagesInForce(rows);
  const withLinks = await withEvidenceAndCorrections(rows);
  return withLinks.map((r) => ({ ...r, stageInForce: stages.get(r.id) ?? null }));
}

/** A log entry's neighbour in a correction: its id, the date it speaks of and the day it was logged. */
export type LinkedEntry = { id: number; asOf: string; loggedOn: string };

/**
 * Each status update with its evidence links, the entry that corrects it (if any) and the
 * entry it corrects (if it is a correction), each with its as-of date and logging day, so the
 * log can say "corrects the entry of 14 Sept 2023" rather than guessing which came first.
 */
/** An evidence link with what the archive holds of it (null: not an address we fetch). */
export type EvidenceLink = { url: string; title: string; archive: ArchiveView | null };

export async function withEvidenceAndCorrections<T extends { id: number; correctsId: number | null }>(
  rows: T[],
): Promise<
  (T & {
    evidence: EvidenceLink[];
    files: EvidenceFileRef[];
    correctedById: number | null;
    correctedBy: LinkedEntry | null;
    corrects: LinkedEntry | null;
  })[]
> {
  const db = await getDb();
  const ids = rows.map((r) => r.id);
  const correctedIds = rows.map((r) => r.correctsId).filter((id): id is number => id !== null);
  const linked = { id: statusUpdates.id, correctsId: statusUpdates.correctsId, asOf: statusUpdates.asOf, createdAt: statusUpdates.createdAt };
  const [links, correctors, corrected, files] = await Promise.all([
    ids.length
      ? db
          .select({ statusUpdateId: evidenceLinks.statusUpdateId, url: evidenceLinks.url, title: evidenceLinks.title })
          .from(evidenceLinks)
          .where(inArray(evidenceLinks.statusUpdateId, ids))
          .orderBy(asc(evidenceLinks.id))
      : [],
    ids.length ? db.select(linked).from(statusUpdates).where(inArray(statusUpdates.correctsId, ids)).orderBy(asc(statusUpdates.id)) : [],
    correctedIds.length ? db.select(linked).from(statusUpdates).where(inArray(statusUpdates.id, correctedIds)) : [],
    filesForUpdates(ids),
  ]);
  const archives = await archivesFor(links.map((l) => l.url));
  const entry = (r: { id: number; asOf: string; createdAt: string }): LinkedEntry => ({ id: r.id, asOf: r.asOf, loggedOn: r.createdAt.slice(0, 10) });
  // The newest correction of an entry is the one in force.
  const correctedBy = new Map<number, LinkedEntry>();
  for (const c of correctors) if (c.correctsId !== null) correctedBy.set(c.correctsId, entry(c));
  const byId = new Map(corrected.map((c) => [c.id, entry(c)]));
  return rows.map((r) => ({
    ...r,
    evidence: links.filter((l) => l.statusUpdateId === r.id).map(({ url, title }) => ({ url, title, archive: viewOf(archives, url) })),
    files: files.filter((f) => f.statusUpdateId === r.id),
    correctedById: correctedBy.get(r.id)?.id ?? null,
    correctedBy: correctedBy.get(r.id) ?? null,
    corrects: r.correctsId !== null ? (byId.get(r.correctsId) ?? null) : null,
  }));
}

export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof getCommitmentBySlug>>>;

// generateMetadata and the page both need the same row: React's per-request cache (keyed
// on the primitive arguments) makes that one set of queries instead of two.
export function getCommitmentBySlug({ slug, asOf, locale = 'en' }: { slug: string; asOf: string; locale?: ContentLocale }) {
  return commitmentBySlug(slug, asOf, locale);
}

const commitmentBySlug = cache(async (slug: string, asOf: string, locale: ContentLocale) => {
  const db = await getDb();
  const [c] = await joinCommitmentText(
    db
      .select({ ...detailColumns, ...commitmentText(locale) })
      .from(commitments)
      .innerJoin(sources, eq(sources.id, commitments.sourceId))
      .$dynamic(),
    locale,
  )
    .where(eq(commitments.slug, slug))
    .limit(1);
  if (!c) return null;
  const [revisions, updates, [withCountry], contextMetrics, planned, recordChanges] = await Promise.all([
    revisionsFor(c.id),
    updatesFor(c.id),
    withCountries([c]),
    joinMetricText(
      db
        .select({ id: metrics.id, slug: metrics.slug, ...metricText(locale) })
        .from(metrics)
        .$dynamic(),
      locale,
    )
      .where(eq(metrics.relatedCommitmentId, c.id))
      .orderBy(asc(metrics.id)),
    plannedDatesFor(c.id),
    recordChangesFor(c.id),
  ]);
  const target = c.kind === 'target' ? await targetDetails(c, revisions, asOf, locale) : null;
  const context = await Promise.all(contextMetrics.map(async (m) => ({ ...m, observations: await observationsForMetric(m.id) })));
  // Revisions and planned dates that take effect after the day shown are not yet in force.
  const terms = termsInForce(c, revisions, asOf, target?.originalBaseline ?? null);
  return { ...c, countries: withCountry?.countries ?? [], revisions, updates, target, context, planned, terms, recordChanges };
});

/** One in-place edit of a commitment's record, as the public page lists it: when, by which role, what, why. */
export type RecordChange = {
  id: number;
  on: string;
  role: 'admin' | 'editor';
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string | null;
};

/**
 * The in-place edits of a commitment's record, oldest first, from the audit log. Only the role
 * leaves this function, never the editor's name (docs/security.md, "Bylines").
 */
async function recordChangesFor(commitmentId: number): Promise<RecordChange[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: auditEvents.id, createdAt: auditEvents.createdAt, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, 'commitment'), eq(auditEvents.entityId, commitmentId), eq(auditEvents.action, 'edit-commitment')))
    .orderBy(asc(auditEvents.id));
  return rows.flatMap((r) => {
    const d = r.details ?? {};
    // Edits from before before-and-after values were kept name their fields only.
    const changes =
      d.changes && typeof d.changes === 'object'
        ? (d.changes as RecordChange['changes'])
        : Object.fromEntries(((d.fields as string[] | undefined) ?? []).map((f) => [f, { from: undefined, to: undefined }]));
    if (Object.keys(changes).length === 0) return [];
    return [
      {
        id: r.id,
        on: r.createdAt.slice(0, 10),
        role: d.role === 'admin' ? 'admin' : 'editor',
        changes,
        reason: typeof d.reason === 'string' ? d.reason : null,
      },
    ];
  });
}

/**
 * A commitment's whole update log, newest first, with what the log page's heading and values
 * need: its title in `locale` and, for a numeric target, its metric's unit.
 */
export function getUpdateLog({ slug, locale = 'en' }: { slug: string; locale?: ContentLocale }) {
  return updateLog(slug, locale);
}

// Per-request cache, as for commitmentBySlug: the log page's metadata and body share one read.
const updateLog = cache(async (slug: string, locale: ContentLocale) => {
  const db = await getDb();
  const [c] = await joinCommitmentText(
    joinMetricText(
      db
        .select({
          id: commitments.id,
          slug: commitments.slug,
          kind: commitments.kind,
          unit: metrics.unit,
          unitLabel: metricText(locale).unitLabel,
          ...commitmentText(locale),
        })
        .from(commitments)
        .leftJoin(metrics, eq(metrics.id, commitments.metricId))
        .$dynamic(),
      locale,
    ),
    locale,
  )
    .where(eq(commitments.slug, slug))
    .limit(1);
  if (!c) return null;
  return { ...c, unit: c.kind === 'target' ? c.unit : null, updates: await updatesFor(c.id) };
});

/** Slugs in the order commitments were created; `limit` bounds how many. */
export async function listCommitmentSlugs(limit?: number): Promise<string[]> {
  const db = await getDb();
  const query = db.select({ slug: commitments.slug }).from(commitments).orderBy(asc(commitments.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map((r) => r.slug);
}

const sourceColumns = {
  id: sources.id,
  slug: sources.slug,
  title: sources.title,
  publisher: sources.publisher,
  publishedOn: sources.publishedOn,
  place: sources.place,
  url: sources.url,
  kind: sources.kind,
  description: sources.description,
};

export async function listSources() {
  const db = await getDb();
  return db
    .select({
      ...sourceColumns,
      commitments: db.$count(commitments, eq(commitments.sourceId, sources.id)),
      observations: db.$count(observations, eq(observations.sourceId, sources.id)),
      updates: db.$count(statusUpdates, eq(statusUpdates.sourceId, sources.id)),
    })
    .from(sources)
    .orderBy(desc(sources.publishedOn), asc(sources.id));
}

export function getSourceBySlug({ slug, locale = 'en' }: { slug: string; locale?: ContentLocale }) {
  return sourceBySlug(slug, locale);
}

const sourceBySlug = cache(async (slug: string, locale: ContentLocale) => {
  const db = await getDb();
  const [source] = await db.select(sourceColumns).from(sources).where(eq(sources.slug, slug)).limit(1);
  if (!source) return null;
  const [announced, figures, updates] = await Promise.all([
    joinCommitmentText(
      db
        .select({ ...listColumnsIn(locale), quote: commitments.quote })
        .from(commitments)
        .$dynamic(),
      locale,
    )
      .where(eq(commitments.sourceId, source.id))
      .orderBy(asc(commitments.category), asc(commitments.id)),
    figuresWithMetricName(db, locale, {
      derived: observations.derived,
      preferred: observations.preferred,
      note: observations.note,
      metricUnit: metrics.unit,
      metricUnitLabel: metricText(locale).unitLabel,
    })
      .where(eq(observations.sourceId, source.id))
      .orderBy(asc(metrics.name), asc(observations.periodEnd)),
    updatesWithCommitmentTitle(db, locale, { note: statusUpdates.note, commitmentSlug: commitments.slug })
      // Later news about commitments announced elsewhere; this source's own
      // announcements are already listed above.
      .where(and(eq(statusUpdates.sourceId, source.id), ne(commitments.sourceId, source.id)))
      .orderBy(desc(statusUpdates.asOf)),
  ]);
  const archive = viewOf(await archivesFor([source.url]), source.url);
  return { ...source, archive, commitments: await withCountries(announced), figures, updates };
});

/** Slugs in the order sources were created; `limit` bounds how many. */
export async function listSourceSlugs(limit?: number): Promise<string[]> {
  const db = await getDb();
  const query = db.select({ slug: sources.slug }).from(sources).orderBy(asc(sources.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map((r) => r.slug);
}

/** Cheap liveness probe for the health route: one indexed read. */
export async function checkDatabase(): Promise<{ commitments: number }> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(commitments);
  return { commitments: row?.n ?? 0 };
}
