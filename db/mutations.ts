import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Database } from './client';
import {
  commitmentCountries,
  commitments,
  metrics,
  observations,
  sources,
  statusUpdates,
  targetRevisions,
} from './schema';
import { computeTargetProgress } from '../lib/progress';
import { stageProgress } from '../lib/status';
import { termsInForce } from '../lib/revisions';
import type { SeedDataset } from './seed/types';

// Every write in the app goes through this module. Writes that change anything the
// progress engine reads end by calling recomputeCommitment in the same transaction,
// so the cached columns on `commitments` can never disagree with the log.

/** A transaction or the database itself: both run the same query builders. */
type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/** Refreshes the cached verdict, stage, deadline and progress of one commitment. */
export async function recomputeCommitment(ex: Executor, commitmentId: number): Promise<void> {
  const [row] = await ex
    .select({
      kind: commitments.kind,
      metricId: commitments.metricId,
      direction: commitments.direction,
      baselineValue: commitments.baselineValue,
      baselineOn: commitments.baselineOn,
      targetValue: commitments.targetValue,
      deadlineOn: commitments.deadlineOn,
      deadlineText: commitments.deadlineText,
    })
    .from(commitments)
    .where(eq(commitments.id, commitmentId));
  if (!row) throw new Error(`Commitment ${commitmentId} does not exist`);

  const revisions = await ex
    .select({
      id: targetRevisions.id,
      revisedOn: targetRevisions.revisedOn,
      newTargetValue: targetRevisions.newTargetValue,
      newDeadlineOn: targetRevisions.newDeadlineOn,
      newDeadlineText: targetRevisions.newDeadlineText,
    })
    .from(targetRevisions)
    .where(eq(targetRevisions.commitmentId, commitmentId));
  const terms = termsInForce(row, revisions);

  const latest = await latestEffectiveUpdate(ex, commitmentId);

  let progressShare: number | null = null;
  let trajectoryStatus: (typeof commitments.$inferSelect)['trajectoryStatus'] = null;
  if (row.kind === 'target') {
    if (row.metricId !== null && terms.targetValue !== null) {
      const points = await ex
        .select({ on: observations.periodEnd, value: observations.value })
        .from(observations)
        .where(and(eq(observations.metricId, row.metricId), eq(observations.preferred, true)));
      const progress = computeTargetProgress({
        direction: row.direction ?? 'up',
        baseline:
          row.baselineValue !== null && row.baselineOn !== null
            ? { on: row.baselineOn, value: row.baselineValue }
            : null,
        target: terms.targetValue,
        deadline: terms.deadlineOn,
        observations: points,
        asOf: new Date().toISOString().slice(0, 10),
      });
      progressShare = progress.share;
      trajectoryStatus = progress.status;
    } else {
      trajectoryStatus = 'insufficient-data';
    }
  } else {
    progressShare = stageProgress(row.kind, latest?.stage ?? null);
  }

  await ex
    .update(commitments)
    .set({
      currentVerdict: latest?.verdict ?? 'not-started',
      currentStage: latest?.stage ?? null,
      lastUpdateOn: latest?.asOf ?? null,
      effectiveDeadlineOn: terms.deadlineOn,
      progressShare,
      trajectoryStatus,
    })
    .where(eq(commitments.id, commitmentId));
}

/** The newest log entry that no later entry corrects. */
async function latestEffectiveUpdate(ex: Executor, commitmentId: number) {
  const corrected = ex
    .select({ id: statusUpdates.correctsId })
    .from(statusUpdates)
    .where(and(eq(statusUpdates.commitmentId, commitmentId), sql`${statusUpdates.correctsId} is not null`));
  const [latest] = await ex
    .select({ verdict: statusUpdates.verdict, stage: statusUpdates.stage, asOf: statusUpdates.asOf })
    .from(statusUpdates)
    .where(and(eq(statusUpdates.commitmentId, commitmentId), notInArray(statusUpdates.id, corrected)))
    .orderBy(desc(statusUpdates.asOf), desc(statusUpdates.id))
    .limit(1);
  return latest ?? null;
}

/** Recomputes every commitment that tracks one metric (after a new observation). */
export async function recomputeCommitmentsForMetric(ex: Executor, metricId: number): Promise<void> {
  const rows = await ex
    .select({ id: commitments.id })
    .from(commitments)
    .where(eq(commitments.metricId, metricId))
    .orderBy(asc(commitments.id));
  for (const { id } of rows) await recomputeCommitment(ex, id);
}

export class SeedError extends Error {}

/**
 * Loads the seed dataset into an empty database, in one transaction: either all of it
 * lands or none of it does.
 */
export async function insertSeedDataset(db: Database, dataset: SeedDataset): Promise<{ commitments: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: sql<number>`count(*)` }).from(commitments);
    if ((existing?.n ?? 0) > 0) throw new SeedError('The database already holds commitments; the seed only loads into an empty one.');

    const sourceIds = new Map<string, number>();
    for (const s of dataset.sources) {
      const [inserted] = await tx
        .insert(sources)
        .values({
          slug: s.slug,
          title: s.title,
          publisher: s.publisher,
          publishedOn: s.publishedOn,
          place: s.place,
          url: s.url,
          kind: s.kind,
          description: s.description,
        })
        .returning({ id: sources.id });
      sourceIds.set(s.slug, inserted!.id);
    }
    const sourceId = (slug: string) => {
      const id = sourceIds.get(slug);
      if (id === undefined) throw new SeedError(`Unknown source "${slug}"`);
      return id;
    };

    const metricIds = new Map<string, number>();
    for (const m of dataset.metrics) {
      const [inserted] = await tx
        .insert(metrics)
        .values({ slug: m.slug, name: m.name, unit: m.unit, description: m.description })
        .returning({ id: metrics.id });
      metricIds.set(m.slug, inserted!.id);
    }
    const metricId = (slug: string) => {
      const id = metricIds.get(slug);
      if (id === undefined) throw new SeedError(`Unknown metric "${slug}"`);
      return id;
    };

    const commitmentIds = new Map<string, number>();
    for (const c of dataset.commitments) {
      const [inserted] = await tx
        .insert(commitments)
        .values({
          slug: c.slug,
          title: c.title,
          summary: c.summary,
          category: c.category,
          kind: c.kind,
          owner: c.owner,
          announcedOn: c.announcedOn,
          sourceId: sourceId(c.source),
          quote: c.quote,
          featured: c.featured ?? false,
          deadlineText: c.deadline?.text ?? null,
          deadlineOn: c.deadline?.on ?? null,
          deadlineInterpreted: c.deadline?.interpreted ?? false,
          deadlineNote: c.deadline?.note ?? null,
          metricId: c.target ? metricId(c.target.metric) : null,
          direction: c.target?.direction ?? null,
          baselineValue: c.target?.baselineValue ?? null,
          baselineOn: c.target?.baselineOn ?? null,
          baselineNote: c.target?.baselineNote ?? null,
          targetValue: c.target?.targetValue ?? null,
          targetNote: c.target?.targetNote ?? null,
        })
        .returning({ id: commitments.id });
      const id = inserted!.id;
      commitmentIds.set(c.slug, id);
      if (c.countries.length > 0) {
        await tx.insert(commitmentCountries).values(c.countries.map((countryCode) => ({ commitmentId: id, countryCode })));
      }
      for (const u of [c.initialUpdate, ...(c.laterUpdates ?? [])]) {
        await tx.insert(statusUpdates).values({
          commitmentId: id,
          asOf: u.asOf,
          verdict: u.verdict,
          stage: u.stage,
          note: u.note,
          sourceId: sourceId(u.source),
          authorName: 'Seed dataset',
        });
      }
    }

    for (const m of dataset.metrics) {
      if (m.relatedCommitment === null) continue;
      const related = commitmentIds.get(m.relatedCommitment);
      if (related === undefined) throw new SeedError(`Unknown commitment "${m.relatedCommitment}"`);
      await tx.update(metrics).set({ relatedCommitmentId: related }).where(eq(metrics.id, metricId(m.slug)));
    }

    if (dataset.observations.length > 0) {
      await tx.insert(observations).values(
        dataset.observations.map((o) => ({
          metricId: metricId(o.metric),
          period: o.period,
          periodEnd: o.periodEnd,
          value: o.value,
          qualifier: o.qualifier,
          sourceId: sourceId(o.source),
          note: o.note,
          derived: o.derived,
          preferred: o.preferred,
        })),
      );
    }

    const ids = [...commitmentIds.values()];
    for (const id of ids) await recomputeCommitment(tx, id);
    const [count] = await tx
      .select({ n: sql<number>`count(*)` })
      .from(commitments)
      .where(inArray(commitments.id, ids));
    return { commitments: count?.n ?? 0 };
  });
}
