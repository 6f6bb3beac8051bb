import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { commitments, metrics, observations, sources, targetRevisions } from '../schema';
import type { ListFilters } from '../../lib/filters';
import { type ContentLocale } from '../../lib/content-locale';
import { resolveBaseline, termsInForce, type BaselineCandidate, type Revision } from '../../lib/revisions';
import { type ObservationRow, listQueryParts, observationColumns, revisionTermColumns } from './public';
import { commitmentText, countriesFor, joinCommitmentText, joinMetricText, listColumns, metricText } from './shared';

// ---------------------------------------------------------------- open data API

const openDataListColumns = {
  ...listColumns,
  deadlineOn: commitments.deadlineOn,
  deadlineNote: commitments.deadlineNote,
  direction: commitments.direction,
  baselineValue: commitments.baselineValue,
  baselineOn: commitments.baselineOn,
  baselinePeriod: commitments.baselinePeriod,
  targetValue: commitments.targetValue,
  targetMultiple: commitments.targetMultiple,
  metricId: commitments.metricId,
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
export function inChunks<T>(items: T[], size = 500): T[][] {
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
      : joinCommitmentText(
          db
            .select({ n: sql<number>`count(*)` })
            .from(commitments)
            .$dynamic(),
          locale,
        ).where(where),
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
  // Baselines given as "the figure for period P" (a fivefold target of that year's volume).
  const baselineFigures = await baselineFiguresFor(rows);

  return {
    rows: rows.map((r) => {
      const own = revisions.get(r.id) ?? [];
      const baseline = resolveBaseline(r, baselineFigures.get(r.metricId ?? -1) ?? []);
      const terms = termsInForce(r, own, asOf, baseline);
      return {
        ...r,
        countries: countries.get(r.id) ?? [],
        // Target, deadline and baseline after the revisions in force (the row holds the announced ones).
        targetValueInForce: terms.targetValue,
        deadlineTextInForce: terms.deadlineText,
        baselineInForce: terms.baseline,
        targetRevisedOn: terms.targetRevisedOn,
        deadlineRevisedOn: terms.deadlineRevisedOn,
        baselineRevisedOn: terms.baselineRevisedOn,
        revisionCount: own.length,
      };
    }),
    total: total ?? rows.length,
  };
}

/** The preferred figures of the periods some rows take their baseline from, by metric. */
async function baselineFiguresFor(rows: { metricId: number | null; baselinePeriod: string | null }[]) {
  const out = new Map<number, BaselineCandidate[]>();
  const wanted = rows.filter((r) => r.metricId !== null && r.baselinePeriod !== null);
  if (wanted.length === 0) return out;
  const db = await getDb();
  const metricIds = [...new Set(wanted.map((r) => r.metricId!))];
  for (const chunk of inChunks(metricIds)) {
    const figures = await db
      .select({
        metricId: observations.metricId,
        period: observations.period,
        periodEnd: observations.periodEnd,
        value: observations.value,
        preferred: observations.preferred,
        qualifier: observations.qualifier,
      })
      .from(observations)
      .where(
        and(
          inArray(observations.metricId, chunk),
          eq(observations.preferred, true),
          inArray(observations.period, [...new Set(wanted.map((r) => r.baselinePeriod!))]),
        ),
      );
    for (const { metricId, ...f } of figures) out.set(metricId, [...(out.get(metricId) ?? []), f]);
  }
  return out;
}

export type OpenDataObservationRow = ObservationRow & {
  sourcePublishedOn: string;
  sourceUrl: string | null;
  sourceKind: (typeof sources.$inferSelect)['kind'];
};

/** One metric with every observation and the full reference of each one's source. */
export async function getMetricForOpenData({ slug, locale = 'en' }: { slug: string; locale?: ContentLocale }) {
  const db = await getDb();
  const [metric] = await joinMetricText(
    db
      .select({ id: metrics.id, slug: metrics.slug, ...metricText(locale) })
      .from(metrics)
      .$dynamic(),
    locale,
  )
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
