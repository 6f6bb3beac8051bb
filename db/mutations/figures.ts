import { and, eq, sql } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { metrics, observations, metricTranslations } from '../schema';
import { TRANSLATION_LOCALES } from '../../lib/content-locale';
import { tr } from '../../lib/server-text';
import type { MetricInput, ObservationInput } from '../../lib/validation';
import { type Actor, ConflictError, InputError, type Tx, assertSource, audit } from './common';
import { recomputeCommitmentsForMetric } from './recompute';

// Figures (observations) and the metrics they belong to.

/** One source gives one figure per period: a second one is a repeat (or a revision, which is a new source). */
export async function assertNotRepeated(tx: Tx, metricId: number, period: string, sourceId: number, field: string) {
  const [repeat] = await tx
    .select({ id: observations.id, value: observations.value })
    .from(observations)
    .where(and(eq(observations.metricId, metricId), eq(observations.period, period), eq(observations.sourceId, sourceId)));
  if (repeat) {
    throw new InputError({
      [field]: [
        tr('This source’s figure for {period} is already recorded ({value}). A revised figure comes from a new source: add that source first.', {
          period,
          value: repeat.value,
        }),
      ],
    });
  }
}

/** Adds a figure. The first figure for a period becomes the preferred one; asking for
 * `preferred` moves the preference to this figure and keeps the others beside it. */
export async function insertObservation(tx: Tx, input: Omit<ObservationInput, 'metricId'>, metricId: number, actor: Actor) {
  const [existingPreferred] = await tx
    .select({ id: observations.id })
    .from(observations)
    .where(and(eq(observations.metricId, metricId), eq(observations.period, input.period), eq(observations.preferred, true)));
  const preferred = input.preferred || !existingPreferred;
  if (preferred && existingPreferred) {
    await tx.update(observations).set({ preferred: false }).where(eq(observations.id, existingPreferred.id));
  }
  const [inserted] = await tx
    .insert(observations)
    .values({
      metricId,
      period: input.period,
      periodEnd: input.periodEnd,
      value: input.value,
      qualifier: input.qualifier,
      sourceId: input.sourceId,
      note: input.note ?? null,
      derived: input.derived,
      preferred,
      authorId: actor.id,
    })
    .returning({ id: observations.id });
  return { id: inserted!.id, preferred };
}

export async function assertMetric(tx: Tx, metricId: number) {
  const [metric] = await tx.select({ id: metrics.id, slug: metrics.slug }).from(metrics).where(eq(metrics.id, metricId));
  if (!metric) throw new InputError({ metricId: [tr('This metric no longer exists.')] });
  return metric;
}

export async function addObservation(db: Database, { input, actor }: { input: ObservationInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const metric = await assertMetric(tx, input.metricId);
    await assertSource(tx, input.sourceId);
    const result = await insertObservation(tx, input, metric.id, actor);
    await recomputeCommitmentsForMetric(tx, metric.id);
    await audit(tx, actor, 'add-observation', 'metric', metric.id, {
      observationId: result.id,
      period: input.period,
      value: input.value,
      preferred: result.preferred,
    });
    return { ...result, metricSlug: metric.slug };
  });
}

export async function preferObservation(db: Database, { observationId, actor }: { observationId: number; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [o] = await tx
      .select({ id: observations.id, metricId: observations.metricId, period: observations.period })
      .from(observations)
      .where(eq(observations.id, observationId));
    if (!o) throw new InputError({ observationId: [tr('This figure no longer exists.')] });
    await tx
      .update(observations)
      .set({ preferred: false })
      .where(and(eq(observations.metricId, o.metricId), eq(observations.period, o.period)));
    await tx.update(observations).set({ preferred: true }).where(eq(observations.id, o.id));
    await recomputeCommitmentsForMetric(tx, o.metricId);
    await audit(tx, actor, 'prefer-observation', 'metric', o.metricId, { observationId: o.id, period: o.period });
    const metric = await assertMetric(tx, o.metricId);
    return { metricSlug: metric.slug };
  });
}

/** All-or-nothing import of already validated rows. */
export async function importObservations(
  db: Database,
  {
    metricId,
    rows,
    actor,
  }: { metricId: number; rows: { period: string; periodEnd: string; value: number; sourceId: number; note: string }[]; actor: Actor },
) {
  return writeTransaction(db, async (tx) => {
    const metric = await assertMetric(tx, metricId);
    for (const row of rows) {
      await insertObservation(tx, { ...row, qualifier: 'exact', derived: false, preferred: false, note: row.note || undefined }, metric.id, actor);
    }
    await recomputeCommitmentsForMetric(tx, metric.id);
    await audit(tx, actor, 'import-observations', 'metric', metric.id, { rows: rows.length });
    return { metricSlug: metric.slug, imported: rows.length };
  });
}

/**
 * Creates or edits a metric and its Russian and Kazakh names and units. Editing claims the
 * metric's version like a commitment's, so two editors cannot silently overwrite each other.
 */
export async function saveMetric(db: Database, { input, actor }: { input: MetricInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [taken] = await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, input.slug));
    if (taken && taken.id !== input.id) throw new InputError({ slug: [tr('Another metric already uses this slug.')] });
    const values = {
      slug: input.slug,
      name: input.name,
      unit: input.unit,
      unitLabel: input.unitLabel ?? null,
      decimals: input.decimals ?? null,
      description: input.description ?? null,
    };
    let id: number;
    let version: number;
    if (input.id === undefined) {
      const [inserted] = await tx.insert(metrics).values(values).returning({ id: metrics.id, version: metrics.version });
      id = inserted!.id;
      version = inserted!.version;
    } else {
      const claimed = await tx
        .update(metrics)
        .set({ ...values, version: sql`${metrics.version} + 1` })
        .where(and(eq(metrics.id, input.id), eq(metrics.version, input.expectedVersion ?? 0)))
        .returning({ version: metrics.version });
      if (!claimed[0]) {
        const [current] = await tx.select({ version: metrics.version }).from(metrics).where(eq(metrics.id, input.id));
        if (!current) throw new InputError({ id: [tr('This metric no longer exists.')] });
        throw new ConflictError('metric', input.id, input.expectedVersion ?? 0, current.version);
      }
      id = input.id;
      version = claimed[0].version;
    }
    for (const locale of TRANSLATION_LOCALES) {
      const text = input.texts[locale];
      const where = and(eq(metricTranslations.metricId, id), eq(metricTranslations.locale, locale));
      if (text.name === undefined) {
        await tx.delete(metricTranslations).where(where);
        continue;
      }
      const row = {
        metricId: id,
        locale,
        name: text.name,
        unitLabel: text.unit ?? null,
        description: text.description ?? null,
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
        updatedBy: actor.id,
      };
      await tx
        .insert(metricTranslations)
        .values(row)
        .onConflictDoUpdate({ target: [metricTranslations.metricId, metricTranslations.locale], set: row });
    }
    await audit(tx, actor, input.id === undefined ? 'create-metric' : 'edit-metric', 'metric', id, { version, slug: input.slug });
    return { id, slug: input.slug, version };
  });
}
