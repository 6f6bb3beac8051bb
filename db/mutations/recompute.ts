import { asc, eq, isNull, lt, or } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { commitments, observations, plannedDates, statusUpdates, targetRevisions } from '../schema';
import { logState } from '../../lib/log-state';
import { plannedHistory } from '../../lib/planned';
import { assessTarget } from '../../lib/assessment';
import { listedShare, stageProgress, stageShown } from '../../lib/status';
import { type Executor, latestDay, today } from './common';

// The cached progress columns of `commitments`, recomputed from the log, the revisions, the
// planned dates and the figures: by every write that affects them, and once a day for what
// depends on the date alone.

/**
 * Refreshes the cached verdict, stage, deadline, planned date, staleness basis and progress
 * of one commitment, as of `asOf` (today by default). Every write that affects them calls
 * this in its own transaction; a daily pass (recomputeOutdated) refreshes what depends on the
 * date alone: a deadline passing, a revision taking effect, a year of data being reached.
 */
export async function recomputeCommitment(ex: Executor, commitmentId: number, asOf: string = today()): Promise<void> {
  const [row] = await ex
    .select({
      kind: commitments.kind,
      metricId: commitments.metricId,
      direction: commitments.direction,
      baselineValue: commitments.baselineValue,
      baselineOn: commitments.baselineOn,
      baselinePeriod: commitments.baselinePeriod,
      targetValue: commitments.targetValue,
      targetMultiple: commitments.targetMultiple,
      deadlineOn: commitments.deadlineOn,
      deadlineText: commitments.deadlineText,
    })
    .from(commitments)
    .where(eq(commitments.id, commitmentId));
  if (!row) throw new Error(`Commitment ${commitmentId} does not exist`);

  const [revisions, entries, planned, figures] = await Promise.all([
    ex
      .select({
        id: targetRevisions.id,
        revisedOn: targetRevisions.revisedOn,
        newTargetValue: targetRevisions.newTargetValue,
        newDeadlineOn: targetRevisions.newDeadlineOn,
        newDeadlineText: targetRevisions.newDeadlineText,
        newBaselineValue: targetRevisions.newBaselineValue,
        newBaselineOn: targetRevisions.newBaselineOn,
        createdAt: targetRevisions.createdAt,
      })
      .from(targetRevisions)
      .where(eq(targetRevisions.commitmentId, commitmentId)),
    ex
      .select({
        id: statusUpdates.id,
        asOf: statusUpdates.asOf,
        entryType: statusUpdates.entryType,
        verdict: statusUpdates.verdict,
        stage: statusUpdates.stage,
        correctsId: statusUpdates.correctsId,
        createdAt: statusUpdates.createdAt,
      })
      .from(statusUpdates)
      .where(eq(statusUpdates.commitmentId, commitmentId)),
    ex
      .select({
        id: plannedDates.id,
        statedOn: plannedDates.statedOn,
        plannedOn: plannedDates.plannedOn,
        plannedText: plannedDates.plannedText,
        createdAt: plannedDates.createdAt,
      })
      .from(plannedDates)
      .where(eq(plannedDates.commitmentId, commitmentId)),
    row.kind === 'target' && row.metricId !== null
      ? ex
          .select({
            period: observations.period,
            periodEnd: observations.periodEnd,
            value: observations.value,
            qualifier: observations.qualifier,
            preferred: observations.preferred,
            createdAt: observations.createdAt,
          })
          .from(observations)
          .where(eq(observations.metricId, row.metricId))
      : Promise.resolve([]),
  ]);

  const state = logState(entries);
  const history = plannedHistory(planned, asOf);
  const assessment = assessTarget(row, revisions, figures, asOf);

  let progressShare: number | null = null;
  let trajectoryStatus: (typeof commitments.$inferSelect)['trajectoryStatus'] = null;
  let trajectoryBasis: (typeof commitments.$inferSelect)['trajectoryBasis'] = null;
  let stage = state.stage;
  if (row.kind === 'target') {
    stage = null;
    const progress = row.metricId !== null ? assessment.progress : null;
    if (progress) {
      progressShare = listedShare(progress);
      trajectoryStatus = progress.status;
      trajectoryBasis = progress.basis && progress.basis.qualifier !== 'exact' ? progress.basis.qualifier : null;
    } else {
      trajectoryStatus = 'insufficient-data';
    }
  } else {
    stage = stageShown(row.kind, state.stage, state.verdict);
    progressShare = stageProgress(row.kind, state.stage, state.verdict);
  }
  const terms = assessment.terms;

  await ex
    .update(commitments)
    .set({
      currentVerdict: state.verdict,
      currentStage: stage,
      lastUpdateOn: state.lastUpdateOn,
      effectiveDeadlineOn: terms.deadlineOn,
      targetInForce: row.kind === 'target' ? terms.targetValue : null,
      targetRevisedOn: row.kind === 'target' ? terms.targetRevisedOn : null,
      progressShare,
      trajectoryStatus,
      trajectoryBasis,
      plannedOn: history.current?.plannedOn ?? null,
      plannedMovedLater: history.movedLater,
      // Staleness counts from the last time an editor recorded anything about it.
      lastReviewedOn: latestDay([
        ...entries.map((e) => e.createdAt),
        ...planned.map((p) => p.createdAt),
        ...revisions.map((r) => r.createdAt),
        ...figures.map((f) => f.createdAt),
      ]),
      computedOn: asOf,
    })
    .where(eq(commitments.id, commitmentId));
}

/**
 * Recomputes every commitment whose cached results were computed before `asOf` (or never):
 * what depends on the date alone changes at midnight, not with a save. Returns how many.
 */
export async function recomputeOutdated(db: Database, asOf: string = today(), batch = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db
      .select({ id: commitments.id })
      .from(commitments)
      .where(or(isNull(commitments.computedOn), lt(commitments.computedOn, asOf)))
      .orderBy(asc(commitments.id))
      .limit(batch);
    if (rows.length === 0) return done;
    await writeTransaction(db, async (tx) => {
      for (const { id } of rows) await recomputeCommitment(tx, id, asOf);
    });
    done += rows.length;
  }
}

/** Recomputes every commitment that tracks one metric (after a new observation). */
export async function recomputeCommitmentsForMetric(ex: Executor, metricId: number): Promise<void> {
  const rows = await ex.select({ id: commitments.id }).from(commitments).where(eq(commitments.metricId, metricId)).orderBy(asc(commitments.id));
  for (const { id } of rows) await recomputeCommitment(ex, id);
}
