import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { auditEvents, commitments, metrics, observations, sources, users, commitmentTranslations, metricTranslations } from '../schema';
import { TRANSLATION_LOCALES, type TranslationLocale } from '../../lib/content-locale';
import { observationsForMetric } from './public';
import { countriesFor } from './shared';

// The workspace's reads: audit, records to edit, metrics, what a conflicting save missed.

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
      translated: sql<
        string | null
      >`(select group_concat(${commitmentTranslations.locale}) from ${commitmentTranslations} where ${commitmentTranslations.commitmentId} = ${commitments.id})`,
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
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      unit: metrics.unit,
      unitLabel: metrics.unitLabel,
      description: metrics.description,
    })
    .from(metrics)
    .where(eq(metrics.slug, slug))
    .limit(1);
  return metric ?? null;
}

/** A metric with its Russian and Kazakh texts, for the editor's metric form. */
export async function getMetricForEditing({ slug }: { slug: string }) {
  const db = await getDb();
  const [metric] = await db
    .select({
      id: metrics.id,
      slug: metrics.slug,
      name: metrics.name,
      unit: metrics.unit,
      unitLabel: metrics.unitLabel,
      decimals: metrics.decimals,
      description: metrics.description,
      version: metrics.version,
    })
    .from(metrics)
    .where(eq(metrics.slug, slug))
    .limit(1);
  if (!metric) return null;
  const texts = await db
    .select({
      locale: metricTranslations.locale,
      name: metricTranslations.name,
      unit: metricTranslations.unitLabel,
      description: metricTranslations.description,
    })
    .from(metricTranslations)
    .where(eq(metricTranslations.metricId, metric.id));
  const inLocale = (locale: TranslationLocale) => texts.find((t) => t.locale === locale) ?? null;
  return { ...metric, ru: inLocale('ru'), kk: inLocale('kk') };
}

export async function getMetricBySlug({ slug }: { slug: string }) {
  const metric = await metricRowBySlug(slug);
  if (!metric) return null;
  return { ...metric, observations: await observationsForMetric(metric.id) };
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
