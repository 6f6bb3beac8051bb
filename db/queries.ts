import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { getDb, type Database } from './client';
import {
  auditEvents,
  commitmentCountries,
  commitments,
  evidenceLinks,
  metrics,
  observations,
  sources,
  statusUpdates,
  signInAttempts,
  snapshots,
  targetRevisions,
  users,
  commitmentTranslations,
  metricTranslations,
} from './schema';
import type { SelectedFields, SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { ListFilters } from '../lib/filters';
import { searchFold, TRANSLATION_LOCALES, type ContentLocale, type TranslationLocale } from '../lib/content-locale';
import { PAGE_SIZE } from '../lib/filters';
import { computeTargetProgress, type TargetProgress } from '../lib/progress';
import { termsInForce, type Revision } from '../lib/revisions';

// All reads live here. Functions take one object argument and return plain rows
// with explicitly selected columns: nothing about users beyond a display name
// ever leaves this module.

/** Verdicts after which a missed deadline is no longer "overdue". */
const SETTLED_VERDICTS = ['achieved', 'achieved-late', 'dropped'] as const;

const listColumns = {
  id: commitments.id,
  slug: commitments.slug,
  title: commitments.title,
  summary: commitments.summary,
  category: commitments.category,
  kind: commitments.kind,
  owner: commitments.owner,
  announcedOn: commitments.announcedOn,
  currentVerdict: commitments.currentVerdict,
  currentStage: commitments.currentStage,
  trajectoryStatus: commitments.trajectoryStatus,
  progressShare: commitments.progressShare,
  effectiveDeadlineOn: commitments.effectiveDeadlineOn,
  deadlineText: commitments.deadlineText,
  deadlineInterpreted: commitments.deadlineInterpreted,
  lastUpdateOn: commitments.lastUpdateOn,
};

export type CommitmentListRow = {
  [K in keyof typeof listColumns]: (typeof commitments.$inferSelect)[K];
} & { countries: string[]; titleLocale: ContentLocale; summaryLocale: ContentLocale };

// ---------------------------------------------------------------- translated content
//
// Reads that show a commitment's title or summary take a `locale`. Russian and Kazakh come
// from commitment_translations through a LEFT JOIN on its primary key (commitment_id,
// locale), falling back to the English in `commitments`; `titleLocale` / `summaryLocale` say
// which language each text is really in, so a page can mark an English fallback. English
// reads join nothing, so their SQL is exactly what it was before translations existed.

/** Adds the translation join to a query whose FROM or joins include `commitments`. */
function joinCommitmentText<T extends SQLiteSelect>(query: T, locale: ContentLocale): T {
  if (locale === 'en') return query;
  // The join only adds columns read through sql`` below; the row type the caller chose is unchanged.
  return query.leftJoin(
    commitmentTranslations,
    and(eq(commitmentTranslations.commitmentId, commitments.id), eq(commitmentTranslations.locale, locale)),
  ) as unknown as T;
}

/** Title and summary in `locale` where translated, else English, with the language of each. */
function commitmentText(locale: ContentLocale) {
  if (locale === 'en') {
    return {
      title: commitments.title,
      summary: commitments.summary,
      titleLocale: sql<ContentLocale>`'en'`,
      summaryLocale: sql<ContentLocale>`'en'`,
    };
  }
  return {
    title: sql<string>`coalesce(${commitmentTranslations.title}, ${commitments.title})`,
    summary: sql<string>`coalesce(${commitmentTranslations.summary}, ${commitments.summary})`,
    titleLocale: sql<ContentLocale>`case when ${commitmentTranslations.title} is null then 'en' else ${locale} end`,
    summaryLocale: sql<ContentLocale>`case when ${commitmentTranslations.summary} is null then 'en' else ${locale} end`,
  };
}

/** The list's columns with the title and summary in `locale`. */
function listColumnsIn(locale: ContentLocale) {
  return { ...listColumns, ...commitmentText(locale) };
}

/** Alphabetical order of the titles readers see: the stored sort key of a translated title
 * (SQLite's own order is by code point), the English title otherwise. */
function titleOrder(locale: ContentLocale): SQL {
  return locale === 'en'
    ? asc(commitments.title)
    : asc(sql`coalesce(${commitmentTranslations.titleSortKey}, lower(${commitments.title}))`);
}

/** A commitment's title alone, in `locale`: for lists of updates and changes that name it. */
function commitmentTitleIn(locale: ContentLocale) {
  const { title, titleLocale } = commitmentText(locale);
  return { commitmentTitle: title, commitmentTitleLocale: titleLocale };
}

/** Status updates with the title of their commitment in `locale`, plus the caller's columns. */
function updatesWithCommitmentTitle<T extends SelectedFields>(db: Database, locale: ContentLocale, columns: T) {
  return joinCommitmentText(
    db
      .select({
        id: statusUpdates.id,
        asOf: statusUpdates.asOf,
        verdict: statusUpdates.verdict,
        stage: statusUpdates.stage,
        ...commitmentTitleIn(locale),
        ...columns,
      })
      .from(statusUpdates)
      .innerJoin(commitments, eq(commitments.id, statusUpdates.commitmentId))
      .$dynamic(),
    locale,
  );
}

function joinMetricText<T extends SQLiteSelect>(query: T, locale: ContentLocale): T {
  if (locale === 'en') return query;
  // As joinCommitmentText: the translated columns are read through sql`` only.
  return query.leftJoin(metricTranslations, and(eq(metricTranslations.metricId, metrics.id), eq(metricTranslations.locale, locale))) as unknown as T;
}

/** Observations with their metric's name in `locale`, plus the caller's columns: a source's figures, the report's new ones. */
function figuresWithMetricName<T extends SelectedFields>(db: Database, locale: ContentLocale, columns: T) {
  const { name, nameLocale } = metricText(locale);
  return joinMetricText(
    db
      .select({
        id: observations.id,
        period: observations.period,
        value: observations.value,
        qualifier: observations.qualifier,
        metricName: name,
        metricNameLocale: nameLocale,
        ...columns,
      })
      .from(observations)
      .innerJoin(metrics, eq(metrics.id, observations.metricId))
      .$dynamic(),
    locale,
  );
}

/** A metric's reader-facing texts in `locale`. `unit` stays English: it is also the key the
 * value formatting keys on ('USD bn', '%'); `unitLabel` is the unit as readers see it. */
function metricText(locale: ContentLocale) {
  if (locale === 'en') {
    return { name: metrics.name, unit: metrics.unit, unitLabel: metrics.unit, description: metrics.description, nameLocale: sql<ContentLocale>`'en'` };
  }
  return {
    name: sql<string>`coalesce(${metricTranslations.name}, ${metrics.name})`,
    unit: metrics.unit,
    unitLabel: sql<string>`coalesce(${metricTranslations.unitLabel}, ${metrics.unit})`,
    description: sql<string | null>`coalesce(${metricTranslations.description}, ${metrics.description})`,
    nameLocale: sql<ContentLocale>`case when ${metricTranslations.name} is null then 'en' else ${locale} end`,
  };
}

function overdueCondition(asOf: string): SQL {
  return and(
    isNotNull(commitments.effectiveDeadlineOn),
    lt(commitments.effectiveDeadlineOn, asOf),
    notInArray(commitments.currentVerdict, [...SETTLED_VERDICTS]),
  )!;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function countriesFor(ids: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const db = await getDb();
  const rows = await db
    .select({ commitmentId: commitmentCountries.commitmentId, code: commitmentCountries.countryCode })
    .from(commitmentCountries)
    .where(inArray(commitmentCountries.commitmentId, ids))
    .orderBy(asc(commitmentCountries.countryCode));
  for (const row of rows) map.set(row.commitmentId, [...(map.get(row.commitmentId) ?? []), row.code]);
  return map;
}

async function withCountries<T extends { id: number }>(rows: T[]): Promise<(T & { countries: string[] })[]> {
  const countries = await countriesFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, countries: countries.get(r.id) ?? [] }));
}

/** WHERE and ORDER BY of the commitments list: shared by the page and the open data API so they cannot disagree. */
async function listQueryParts(
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
        db
          .select({ id: commitmentCountries.commitmentId })
          .from(commitmentCountries)
          .where(eq(commitmentCountries.countryCode, filters.country)),
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
    joinCommitmentText(db.select({ n: sql<number>`count(*)` }).from(commitments).$dynamic(), locale).where(where),
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
    db.select({ n: sql<number>`count(*)` }).from(commitments).where(overdueCondition(asOf)),
    joinCommitmentText(db.select(listColumnsIn(locale)).from(commitments).$dynamic(), locale)
      .where(
        and(
          gte(commitments.effectiveDeadlineOn, asOf),
          notInArray(commitments.currentVerdict, [...SETTLED_VERDICTS, 'missed']),
        ),
      )
      .orderBy(asc(commitments.effectiveDeadlineOn), asc(commitments.id))
      .limit(5),
    joinCommitmentText(db.select(listColumnsIn(locale)).from(commitments).$dynamic(), locale)
      .where(overdueCondition(asOf))
      .orderBy(asc(commitments.effectiveDeadlineOn), asc(commitments.id))
      .limit(5),
    updatesWithCommitmentTitle(db, locale, { note: statusUpdates.note, correctsId: statusUpdates.correctsId, commitmentSlug: commitments.slug })
      .orderBy(desc(statusUpdates.asOf), desc(statusUpdates.createdAt), desc(statusUpdates.id))
      .limit(6),
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
  sourcePublisher: string;
};

const observationColumns = {
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

async function observationsForMetric(metricId: number): Promise<ObservationRow[]> {
  const db = await getDb();
  return db
    .select(observationColumns)
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(eq(observations.metricId, metricId))
    .orderBy(asc(observations.periodEnd), desc(observations.preferred), asc(observations.id));
}

export type TargetDetails = {
  metric: { slug: string; name: string; unit: string; unitLabel: string; description: string | null; nameLocale: ContentLocale };
  direction: 'up' | 'down';
  baseline: { value: number; on: string } | null;
  targetValue: number;
  originalTargetValue: number | null;
  deadlineOn: string | null;
  observations: ObservationRow[];
  progress: TargetProgress;
};

async function targetDetails(
  c: Pick<
    typeof commitments.$inferSelect,
    'id' | 'metricId' | 'direction' | 'baselineValue' | 'baselineOn' | 'targetValue' | 'deadlineOn' | 'deadlineText'
  >,
  revisions: { id: number; revisedOn: string; newTargetValue: number | null; newDeadlineOn: string | null; newDeadlineText: string | null }[],
  asOf: string,
  locale: ContentLocale,
): Promise<TargetDetails | null> {
  if (c.metricId === null) return null;
  const db = await getDb();
  const [metric] = await joinMetricText(db.select({ slug: metrics.slug, ...metricText(locale) }).from(metrics).$dynamic(), locale).where(
    eq(metrics.id, c.metricId),
  );
  if (!metric) return null;
  const terms = termsInForce(c, revisions);
  if (terms.targetValue === null) return null;
  const rows = await observationsForMetric(c.metricId);
  const baseline = c.baselineValue !== null && c.baselineOn !== null ? { value: c.baselineValue, on: c.baselineOn } : null;
  const direction = c.direction ?? 'up';
  const progress = computeTargetProgress({
    direction,
    baseline,
    target: terms.targetValue,
    deadline: terms.deadlineOn,
    observations: rows.filter((o) => o.preferred).map((o) => ({ on: o.periodEnd, value: o.value })),
    asOf,
  });
  return {
    metric,
    direction,
    baseline,
    targetValue: terms.targetValue,
    originalTargetValue: c.targetValue,
    deadlineOn: terms.deadlineOn,
    observations: rows,
    progress,
  };
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
  targetValue: commitments.targetValue,
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
const revisionTermColumns = {
  id: targetRevisions.id,
  revisedOn: targetRevisions.revisedOn,
  newTargetValue: targetRevisions.newTargetValue,
  newDeadlineOn: targetRevisions.newDeadlineOn,
  newDeadlineText: targetRevisions.newDeadlineText,
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

export type StatusUpdateRow = Awaited<ReturnType<typeof updatesFor>>[number];

async function updatesFor(commitmentId: number) {
  const db = await getDb();
  const rows = await db
    .select({
      id: statusUpdates.id,
      asOf: statusUpdates.asOf,
      verdict: statusUpdates.verdict,
      stage: statusUpdates.stage,
      value: statusUpdates.value,
      note: statusUpdates.note,
      correctsId: statusUpdates.correctsId,
      authorName: statusUpdates.authorName,
      createdAt: statusUpdates.createdAt,
      sourceSlug: sources.slug,
      sourceTitle: sources.title,
    })
    .from(statusUpdates)
    .leftJoin(sources, eq(sources.id, statusUpdates.sourceId))
    .where(eq(statusUpdates.commitmentId, commitmentId))
    .orderBy(desc(statusUpdates.asOf), desc(statusUpdates.id));
  // The whole log is loaded, so the corrections of its entries are among its rows.
  return withEvidenceAndCorrections(rows, rows);
}

/**
 * Each status update with its evidence links and the id of the entry that corrects it, if
 * any, looked up among `corrections` (rows with id and correctsId).
 */
async function withEvidenceAndCorrections<T extends { id: number }>(
  rows: T[],
  corrections: { id: number; correctsId: number | null }[],
): Promise<(T & { evidence: { url: string; title: string }[]; correctedById: number | null })[]> {
  const db = await getDb();
  const links = rows.length
    ? await db
        .select({ statusUpdateId: evidenceLinks.statusUpdateId, url: evidenceLinks.url, title: evidenceLinks.title })
        .from(evidenceLinks)
        .where(inArray(evidenceLinks.statusUpdateId, rows.map((r) => r.id)))
        .orderBy(asc(evidenceLinks.id))
    : [];
  const correctedBy = new Map<number, number>();
  for (const c of corrections) if (c.correctsId !== null) correctedBy.set(c.correctsId, c.id);
  return rows.map((r) => ({
    ...r,
    evidence: links.filter((l) => l.statusUpdateId === r.id).map(({ url, title }) => ({ url, title })),
    correctedById: correctedBy.get(r.id) ?? null,
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
  const [revisions, updates, [withCountry], contextMetrics] = await Promise.all([
    revisionsFor(c.id),
    updatesFor(c.id),
    withCountries([c]),
    joinMetricText(db.select({ id: metrics.id, slug: metrics.slug, ...metricText(locale) }).from(metrics).$dynamic(), locale)
      .where(eq(metrics.relatedCommitmentId, c.id))
      .orderBy(asc(metrics.id)),
  ]);
  const target = c.kind === 'target' ? await targetDetails(c, revisions, asOf, locale) : null;
  const context = await Promise.all(
    contextMetrics.map(async (m) => ({ ...m, observations: await observationsForMetric(m.id) })),
  );
  return { ...c, countries: withCountry?.countries ?? [], revisions, updates, target, context };
});

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
    db
      .select({ id: commitments.id, slug: commitments.slug, kind: commitments.kind, unit: metrics.unit, ...commitmentText(locale) })
      .from(commitments)
      .leftJoin(metrics, eq(metrics.id, commitments.metricId))
      .$dynamic(),
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
    joinCommitmentText(db.select({ ...listColumnsIn(locale), quote: commitments.quote }).from(commitments).$dynamic(), locale)
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
  return { ...source, commitments: await withCountries(announced), figures, updates };
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

// ---------------------------------------------------------------- editors

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: 'admin' | 'editor';
  disabled: boolean;
  mustChangePassword: boolean;
};

const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
};

export async function getUserById({ id }: { id: number }): Promise<SessionUser | null> {
  const db = await getDb();
  const [row] = await db.select(sessionUserColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** The only read that returns a password hash; used by sign-in alone. */
export async function findUserForSignIn({ email }: { email: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function countUsers(): Promise<number> {
  const db = await getDb();
  return db.$count(users);
}

export async function listUsers() {
  const db = await getDb();
  return db.select({ ...sessionUserColumns, createdAt: users.createdAt }).from(users).orderBy(asc(users.email));
}

export async function listAuditEvents({ limit = 200 }: { limit?: number } = {}) {
  const db = await getDb();
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      details: auditEvents.details,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}

/** Everything the workspace needs to edit one commitment (editors only). */
export async function getCommitmentForEditing({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db.select().from(commitments).where(eq(commitments.slug, slug)).limit(1);
  if (!row) return null;
  const countries = await countriesFor([row.id]);
  return { ...row, countries: countries.get(row.id) ?? [] };
}

export async function listCommitmentsForEditor() {
  const db = await getDb();
  const rows = await db
    .select({
      id: commitments.id,
      slug: commitments.slug,
      title: commitments.title,
      kind: commitments.kind,
      category: commitments.category,
      currentVerdict: commitments.currentVerdict,
      lastUpdateOn: commitments.lastUpdateOn,
      translated: sql<string | null>`(select group_concat(${commitmentTranslations.locale}) from ${commitmentTranslations} where ${commitmentTranslations.commitmentId} = ${commitments.id})`,
    })
    .from(commitments)
    .orderBy(asc(commitments.title));
  return rows.map(({ translated, ...r }) => {
    const present = new Set(translated?.split(',') ?? []);
    return { ...r, missingTranslations: TRANSLATION_LOCALES.filter((l) => !present.has(l)) };
  });
}

/** A commitment's English title and summary beside its Russian and Kazakh ones, for the translations form. */
export async function getCommitmentTranslationsForEditing({ slug }: { slug: string }) {
  const db = await getDb();
  const [c] = await db
    .select({ id: commitments.id, slug: commitments.slug, version: commitments.version, title: commitments.title, summary: commitments.summary })
    .from(commitments)
    .where(eq(commitments.slug, slug))
    .limit(1);
  if (!c) return null;
  const rows = await db
    .select({
      locale: commitmentTranslations.locale,
      title: commitmentTranslations.title,
      summary: commitmentTranslations.summary,
      updatedAt: commitmentTranslations.updatedAt,
      updatedBy: users.name,
    })
    .from(commitmentTranslations)
    .leftJoin(users, eq(users.id, commitmentTranslations.updatedBy))
    .where(eq(commitmentTranslations.commitmentId, c.id));
  const byLocale = Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, rows.find((r) => r.locale === l) ?? null])) as Record<
    TranslationLocale,
    (typeof rows)[number] | null
  >;
  return { ...c, translations: byLocale };
}

export async function listSourceOptions() {
  const db = await getDb();
  return db
    .select({ id: sources.id, slug: sources.slug, title: sources.title, publisher: sources.publisher, publishedOn: sources.publishedOn })
    .from(sources)
    .orderBy(desc(sources.publishedOn), asc(sources.title));
}

export async function getSourceForEditing({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db.select().from(sources).where(eq(sources.slug, slug)).limit(1);
  return row ?? null;
}

export async function listMetrics() {
  const db = await getDb();
  return db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      unit: metrics.unit,
      observations: db.$count(observations, eq(observations.metricId, metrics.id)),
    })
    .from(metrics)
    .orderBy(asc(metrics.name));
}

async function metricRowBySlug(slug: string) {
  const db = await getDb();
  const [metric] = await db
    .select({ id: metrics.id, slug: metrics.slug, name: metrics.name, unit: metrics.unit, description: metrics.description })
    .from(metrics)
    .where(eq(metrics.slug, slug))
    .limit(1);
  return metric ?? null;
}

export async function getMetricBySlug({ slug }: { slug: string }) {
  const metric = await metricRowBySlug(slug);
  if (!metric) return null;
  return { ...metric, observations: await observationsForMetric(metric.id) };
}

/** Failed sign-ins inside the throttling windows, per account and per address. */
export async function countRecentSignInFailures({
  email,
  address,
  accountSince,
  addressSince,
}: {
  email: string;
  address: string;
  accountSince: string;
  addressSince: string;
}) {
  const db = await getDb();
  const failures = (field: typeof signInAttempts.email | typeof signInAttempts.address, value: string, since: string) =>
    db
      .select({ n: sql<number>`count(*)`, oldest: sql<string | null>`min(${signInAttempts.at})` })
      .from(signInAttempts)
      .where(and(eq(field, value), eq(signInAttempts.success, false), gte(signInAttempts.at, since)));
  const [[account], [addr]] = await Promise.all([
    failures(signInAttempts.email, email.toLowerCase(), accountSince),
    failures(signInAttempts.address, address, addressSince),
  ]);
  return {
    accountFailures: account?.n ?? 0,
    oldestAccountFailureAt: account?.oldest ?? null,
    addressFailures: addr?.n ?? 0,
    oldestAddressFailureAt: addr?.oldest ?? null,
  };
}

/** Audit entries about one commitment after a given version: what a conflicting save missed. */
export async function listChangesSince({ entity, entityId, afterVersion }: { entity: string; entityId: number; afterVersion: number }) {
  const db = await getDb();
  return db
    .select({ action: auditEvents.action, details: auditEvents.details, createdAt: auditEvents.createdAt, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entity, entity),
        eq(auditEvents.entityId, entityId),
        sql`cast(json_extract(${auditEvents.details}, '$.version') as integer) > ${afterVersion}`,
      ),
    )
    .orderBy(asc(auditEvents.id));
}

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
export async function listChangesAfter({ since, locale = 'en' }: { since: string | null; locale?: ContentLocale }) {
  const db = await getDb();
  const after = since ?? '0000';
  const [updates, figures, revisions, added] = await Promise.all([
    updatesWithCommitmentTitle(db, locale, { correctsId: statusUpdates.correctsId })
      .where(sql`${statusUpdates.createdAt} > ${after}`)
      .orderBy(asc(statusUpdates.createdAt), asc(statusUpdates.id)),
    figuresWithMetricName(db, locale, { unit: metrics.unit, unitLabel: metricText(locale).unitLabel })
      .where(sql`${observations.createdAt} > ${after}`)
      .orderBy(asc(observations.createdAt), asc(observations.id)),
    joinCommitmentText(
      db
        .select({
          id: targetRevisions.id,
          revisedOn: targetRevisions.revisedOn,
          newTargetValue: targetRevisions.newTargetValue,
          newDeadlineOn: targetRevisions.newDeadlineOn,
          ...commitmentTitleIn(locale),
        })
        .from(targetRevisions)
        .innerJoin(commitments, eq(commitments.id, targetRevisions.commitmentId))
        .$dynamic(),
      locale,
    )
      .where(sql`${targetRevisions.createdAt} > ${after}`)
      .orderBy(asc(targetRevisions.createdAt)),
    joinCommitmentText(
      db
        .select({ id: commitments.id, title: commitmentText(locale).title, titleLocale: commitmentText(locale).titleLocale, slug: commitments.slug })
        .from(commitments)
        .$dynamic(),
      locale,
    )
      .where(sql`${commitments.createdAt} > ${after}`)
      .orderBy(asc(commitments.createdAt)),
  ]);
  // On the first snapshot everything is "new"; say so instead of listing the seed.
  return { since, updates: since ? updates : [], figures: since ? figures : [], revisions: since ? revisions : [], added: since ? added : [] };
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

// ---------------------------------------------------------------- open data API

const openDataListColumns = {
  ...listColumns,
  deadlineOn: commitments.deadlineOn,
  deadlineNote: commitments.deadlineNote,
  direction: commitments.direction,
  baselineValue: commitments.baselineValue,
  baselineOn: commitments.baselineOn,
  targetValue: commitments.targetValue,
  metricSlug: metrics.slug,
  metricName: metrics.name,
  metricUnit: metrics.unit,
  sourceSlug: sources.slug,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourcePublishedOn: sources.publishedOn,
  sourceUrl: sources.url,
};

export type OpenDataCommitmentRow = Awaited<ReturnType<typeof listCommitmentsForOpenData>>['rows'][number];

/** Splits id lists so `in (...)` stays far below SQLite's bound-parameter limit on large datasets. */
function inChunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The commitments list for the open data API: the page's filters and order, with the
 * baseline, target in force, metric and source of each row. `perPage: 'all'` returns every
 * matching row (the CSV download).
 */
export async function listCommitmentsForOpenData({
  filters,
  asOf,
  perPage,
  locale = 'en',
}: {
  filters: ListFilters;
  asOf: string;
  perPage: number | 'all';
  /** Titles, summaries and metric names in this language where translated (search and title order follow it, as on the page). */
  locale?: ContentLocale;
}) {
  const db = await getDb();
  const { where, order } = await listQueryParts(filters, asOf, locale);
  const metric = metricText(locale);
  const base = joinMetricText(
    joinCommitmentText(
      db
        .select({
          ...openDataListColumns,
          ...commitmentText(locale),
          metricName: metric.name,
          metricUnitLabel: metric.unitLabel,
        })
        .from(commitments)
        .innerJoin(sources, eq(sources.id, commitments.sourceId))
        .leftJoin(metrics, eq(metrics.id, commitments.metricId))
        .$dynamic(),
      locale,
    ),
    locale,
  )
    .where(where)
    .orderBy(...order);
  const [rows, counted] = await Promise.all([
    perPage === 'all' ? base : base.limit(perPage).offset((filters.page - 1) * perPage),
    perPage === 'all'
      ? null
      : joinCommitmentText(db.select({ n: sql<number>`count(*)` }).from(commitments).$dynamic(), locale).where(where),
  ]);
  const total = counted ? (counted[0]?.n ?? 0) : null;

  const ids = rows.map((r) => r.id);
  const countries = new Map<number, string[]>();
  const revisions = new Map<number, Revision[]>();
  for (const chunk of inChunks(ids)) {
    const [chunkCountries, chunkRevisions] = await Promise.all([
      countriesFor(chunk),
      db
        .select({ commitmentId: targetRevisions.commitmentId, ...revisionTermColumns })
        .from(targetRevisions)
        .where(inArray(targetRevisions.commitmentId, chunk)),
    ]);
    for (const [id, codes] of chunkCountries) countries.set(id, codes);
    for (const { commitmentId, ...revision } of chunkRevisions) {
      revisions.set(commitmentId, [...(revisions.get(commitmentId) ?? []), revision]);
    }
  }

  return {
    rows: rows.map((r) => {
      const own = revisions.get(r.id) ?? [];
      const terms = termsInForce(r, own);
      return {
        ...r,
        countries: countries.get(r.id) ?? [],
        // Target and deadline words after the target revisions (the row holds the announced ones).
        targetValueInForce: terms.targetValue,
        deadlineTextInForce: terms.deadlineText,
        revisionCount: own.length,
      };
    }),
    total: total ?? rows.length,
  };
}

export type OpenDataObservationRow = ObservationRow & {
  sourcePublishedOn: string;
  sourceUrl: string | null;
  sourceKind: (typeof sources.$inferSelect)['kind'];
};

/** One metric with every observation and the full reference of each one's source. */
export async function getMetricForOpenData({ slug, locale = 'en' }: { slug: string; locale?: ContentLocale }) {
  const db = await getDb();
  const [metric] = await joinMetricText(db.select({ id: metrics.id, slug: metrics.slug, ...metricText(locale) }).from(metrics).$dynamic(), locale)
    .where(eq(metrics.slug, slug))
    .limit(1);
  if (!metric) return null;
  const rows: OpenDataObservationRow[] = await db
    .select({
      ...observationColumns,
      sourcePublishedOn: sources.publishedOn,
      sourceUrl: sources.url,
      sourceKind: sources.kind,
    })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(eq(observations.metricId, metric.id))
    // Rows of one period stay together, the preferred one first.
    .orderBy(asc(observations.periodEnd), asc(observations.period), desc(observations.preferred), asc(observations.id));
  const { id: _id, ...described } = metric;
  return { ...described, observations: rows };
}

// ---------------------------------------------------------------- feeds (Atom, iCalendar)

/**
 * The newest status updates across all commitments, for the site-wide Atom feed: the
 * dashboard's "latest updates" order (as-of date, then logging time), with each entry's
 * evidence and correction links. No author field: a feed is public.
 */
export async function listLatestStatusUpdates({ limit, locale = 'en' }: { limit: number; locale?: ContentLocale }) {
  const db = await getDb();
  const rows = await updatesWithCommitmentTitle(db, locale, {
    value: statusUpdates.value,
    note: statusUpdates.note,
    correctsId: statusUpdates.correctsId,
    createdAt: statusUpdates.createdAt,
    commitmentSlug: commitments.slug,
    unit: metrics.unit,
    sourceTitle: sources.title,
    // How many entries of its commitment's log come before it (newest first): whether the
    // commitment's page shows it, or which log page does (lib/timeline.ts).
    placeInLog: sql<number>`(select count(*) from status_updates newer where newer.commitment_id = ${statusUpdates.commitmentId} and (newer.as_of > ${statusUpdates.asOf} or (newer.as_of = ${statusUpdates.asOf} and newer.id > ${statusUpdates.id})))`,
  })
    .leftJoin(metrics, eq(metrics.id, commitments.metricId))
    .leftJoin(sources, eq(sources.id, statusUpdates.sourceId))
    .orderBy(desc(statusUpdates.asOf), desc(statusUpdates.createdAt), desc(statusUpdates.id))
    .limit(limit);
  // The window may end before the entry that corrects one of its rows: look corrections up.
  const corrections = rows.length
    ? await db
        .select({ id: statusUpdates.id, correctsId: statusUpdates.correctsId })
        .from(statusUpdates)
        .where(inArray(statusUpdates.correctsId, rows.map((r) => r.id)))
    : [];
  return withEvidenceAndCorrections(rows, corrections);
}

/**
 * Every commitment with a dated deadline in force, soonest first, for the deadlines calendar.
 * The words and the "interpreted" flag follow the target revisions: a date set by a revision
 * is the revision's own, not our reading of the announcement's words.
 */
export async function listCommitmentDeadlines({ locale = 'en' }: { locale?: ContentLocale } = {}) {
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
    const terms = termsInForce({ targetValue, deadlineOn, deadlineText }, revisions.get(id) ?? []);
    const revised = terms.deadlineOn !== deadlineOn;
    return [{ ...r, deadlineOn: effectiveDeadlineOn, deadlineText: terms.deadlineText, deadlineInterpreted: deadlineInterpreted && !revised }];
  });
}
