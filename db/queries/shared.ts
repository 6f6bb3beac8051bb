import { and, asc, eq, inArray, isNotNull, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '../client';
import { commitmentCountries, commitments, metrics, observations, statusUpdates, commitmentTranslations, metricTranslations } from '../schema';
import type { SelectedFields, SQLiteSelect } from 'drizzle-orm/sqlite-core';
import { type ContentLocale } from '../../lib/content-locale';

// What the read modules share: the list's columns and filters, the joins that bring a
// commitment's or a metric's text in the reader's language, and small helpers.

/** Verdicts after which a missed deadline is no longer "overdue". */
export const SETTLED_VERDICTS = ['achieved', 'achieved-late', 'dropped'] as const;

export const listColumns = {
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
  lastReviewedOn: commitments.lastReviewedOn,
  plannedOn: commitments.plannedOn,
  plannedMovedLater: commitments.plannedMovedLater,
  trajectoryBasis: commitments.trajectoryBasis,
  targetValue: commitments.targetValue,
  targetInForce: commitments.targetInForce,
  targetRevisedOn: commitments.targetRevisedOn,
  // The unit words of a revised target's note on a card (one primary-key lookup per row shown).
  metricUnit: sql<string | null>`(select ${metrics.unit} from ${metrics} where ${metrics.id} = ${commitments.metricId})`,
};

export type CommitmentListRow = {
  [K in Exclude<keyof typeof listColumns, 'metricUnit'>]: (typeof commitments.$inferSelect)[K];
} & { metricUnit: string | null; countries: string[]; titleLocale: ContentLocale; summaryLocale: ContentLocale };

// ---------------------------------------------------------------- translated content
//
// Reads that show a commitment's title or summary take a `locale`. Russian and Kazakh come
// from commitment_translations through a LEFT JOIN on its primary key (commitment_id,
// locale), falling back to the English in `commitments`; `titleLocale` / `summaryLocale` say
// which language each text is really in, so a page can mark an English fallback. English
// reads join nothing, so their SQL is exactly what it was before translations existed.

/** Adds the translation join to a query whose FROM or joins include `commitments`. */
export function joinCommitmentText<T extends SQLiteSelect>(query: T, locale: ContentLocale): T {
  if (locale === 'en') return query;
  // The join only adds columns read through sql`` below; the row type the caller chose is unchanged.
  return query.leftJoin(
    commitmentTranslations,
    and(eq(commitmentTranslations.commitmentId, commitments.id), eq(commitmentTranslations.locale, locale)),
  ) as unknown as T;
}

/** Title and summary in `locale` where translated, else English, with the language of each. */
export function commitmentText(locale: ContentLocale) {
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
export function listColumnsIn(locale: ContentLocale) {
  return { ...listColumns, ...commitmentText(locale) };
}

/** Alphabetical order of the titles readers see: the stored sort key of a translated title
 * (SQLite's own order is by code point), the English title otherwise. */
export function titleOrder(locale: ContentLocale): SQL {
  return locale === 'en' ? asc(commitments.title) : asc(sql`coalesce(${commitmentTranslations.titleSortKey}, lower(${commitments.title}))`);
}

/** A commitment's title alone, in `locale`: for lists of updates and changes that name it. */
export function commitmentTitleIn(locale: ContentLocale) {
  const { title, titleLocale } = commitmentText(locale);
  return { commitmentTitle: title, commitmentTitleLocale: titleLocale };
}

/** Status updates with the title of their commitment in `locale`, plus the caller's columns. */
export function updatesWithCommitmentTitle<T extends SelectedFields>(db: Database, locale: ContentLocale, columns: T) {
  return joinCommitmentText(
    db
      .select({
        id: statusUpdates.id,
        asOf: statusUpdates.asOf,
        entryType: statusUpdates.entryType,
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

export function joinMetricText<T extends SQLiteSelect>(query: T, locale: ContentLocale): T {
  if (locale === 'en') return query;
  // As joinCommitmentText: the translated columns are read through sql`` only.
  return query.leftJoin(metricTranslations, and(eq(metricTranslations.metricId, metrics.id), eq(metricTranslations.locale, locale))) as unknown as T;
}

/** Observations with their metric's name in `locale`, plus the caller's columns: a source's figures, the report's new ones. */
export function figuresWithMetricName<T extends SelectedFields>(db: Database, locale: ContentLocale, columns: T) {
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
export function metricText(locale: ContentLocale) {
  if (locale === 'en') {
    return {
      name: metrics.name,
      unit: metrics.unit,
      unitLabel: sql<string>`coalesce(${metrics.unitLabel}, ${metrics.unit})`,
      decimals: metrics.decimals,
      description: metrics.description,
      nameLocale: sql<ContentLocale>`'en'`,
    };
  }
  return {
    name: sql<string>`coalesce(${metricTranslations.name}, ${metrics.name})`,
    unit: metrics.unit,
    unitLabel: sql<string>`coalesce(${metricTranslations.unitLabel}, ${metrics.unitLabel}, ${metrics.unit})`,
    decimals: metrics.decimals,
    description: sql<string | null>`coalesce(${metricTranslations.description}, ${metrics.description})`,
    nameLocale: sql<ContentLocale>`case when ${metricTranslations.name} is null then 'en' else ${locale} end`,
  };
}

/** lib/status isOverdue in SQL: the deadline in force, or where none was announced the planned date, has passed. */
export function overdueCondition(asOf: string): SQL {
  return and(
    or(
      and(isNotNull(commitments.effectiveDeadlineOn), lt(commitments.effectiveDeadlineOn, asOf)),
      and(isNull(commitments.effectiveDeadlineOn), isNotNull(commitments.plannedOn), lt(commitments.plannedOn, asOf)),
    ),
    notInArray(commitments.currentVerdict, [...SETTLED_VERDICTS]),
  )!;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function countriesFor(ids: number[]): Promise<Map<number, string[]>> {
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

export async function withCountries<T extends { id: number }>(rows: T[]): Promise<(T & { countries: string[] })[]> {
  const countries = await countriesFor(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, countries: countries.get(r.id) ?? [] }));
}
