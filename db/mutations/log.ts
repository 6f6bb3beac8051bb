import { eq } from 'drizzle-orm';
import { writeTransaction, type Database } from '../client';
import { commitments, evidenceLinks, observations, plannedDates, statusUpdates, targetRevisions } from '../schema';
import { STAGES } from '../../lib/domain';
import { directionMessage } from '../../lib/validation';
import type { PlannedDateInput, StatusUpdateInput, TargetRevisionInput } from '../../lib/validation';
import { directionProblem } from '../../lib/progress';
import { resolveBaseline, termsInForce, type Revision } from '../../lib/revisions';
import { tr } from '../../lib/server-text';
import { type Actor, InputError, type Tx, assertDateAgainstSource, assertSource, audit, bumpCommitmentVersion, sourcePublishedOn } from './common';
import { assertNotRepeated, insertObservation } from './figures';
import { insertEvidenceFile, queueArchives } from './archives';
import { claimSuggestionForUpdate, markSuggestionAccepted } from './suggestions';
import { recomputeCommitment, recomputeCommitmentsForMetric } from './recompute';

// The append-only log: status updates and reviews, target revisions, planned completion dates.

export async function addStatusUpdate(db: Database, { input, actor }: { input: StatusUpdateInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx
      .select({
        id: commitments.id,
        slug: commitments.slug,
        kind: commitments.kind,
        metricId: commitments.metricId,
        currentVerdict: commitments.currentVerdict,
      })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: [tr('This commitment no longer exists.')] });
    const review = input.entryType === 'review';
    const verdict = review ? c.currentVerdict : input.verdict!;
    const errors: Record<string, string[]> = {};
    if (c.kind === 'target' && input.stage) errors.stage = [tr('Numeric targets have no stages; leave the stage empty.')];
    if (c.kind !== 'target') {
      const ladder: readonly string[] = STAGES[c.kind];
      if (input.stage && !ladder.includes(input.stage)) errors.stage = [tr('Choose one of: {stages}.', { stages: ladder.join(', ') })];
      const last = ladder[ladder.length - 1]!;
      if ((verdict === 'achieved' || verdict === 'achieved-late') && input.stage && input.stage !== last) {
        errors.stage = [
          tr(
            'An achieved commitment has reached its last stage ({stage}): choose that stage, leave the stage unchanged, or choose another verdict.',
            {
              stage: last,
            },
          ),
        ];
      }
      if (input.figure) errors.figureValue = [tr('Only numeric targets take a figure.')];
    }
    if (c.kind === 'target' && input.figure && c.metricId === null)
      errors.figureValue = [tr('This target has no metric yet: set one on the commitment first.')];
    // The form's schema says the same; repeated here because this is the write path's boundary.
    if (review && input.figure) errors.figureValue = [tr('A review records that nothing changed; log an update to add a figure.')];
    if (review && input.stage) errors.stage = [tr('A review records that nothing changed; log an update to change the stage.')];
    if (input.figure && input.sourceId === undefined) errors.sourceId = [tr('A figure needs the source that reports it: choose one.')];
    if (input.correctsId !== undefined) {
      const [corrected] = await tx
        .select({ commitmentId: statusUpdates.commitmentId })
        .from(statusUpdates)
        .where(eq(statusUpdates.id, input.correctsId));
      if (!corrected || corrected.commitmentId !== c.id) errors.correctsId = [tr('Choose an entry of this commitment’s log.')];
    }
    if (Object.keys(errors).length > 0) throw new InputError(errors);
    // Accepting a reader's suggestion: it must still be pending, and about this commitment.
    const suggestion =
      input.suggestionId !== undefined ? await claimSuggestionForUpdate(tx, { suggestionId: input.suggestionId, commitmentId: c.id }) : null;
    const publishedOn = await sourcePublishedOn(tx, input.sourceId);
    assertDateAgainstSource(input.asOf, publishedOn, input.confirmDate);

    const version = await bumpCommitmentVersion(tx, c.id, input.expectedVersion);
    let observationId: number | null = null;
    if (input.figure && c.metricId !== null && input.sourceId !== undefined) {
      await assertNotRepeated(tx, c.metricId, input.figure.period, input.sourceId, 'figureValue');
      const saved = await insertObservation(
        tx,
        {
          period: input.figure.period,
          periodEnd: input.figure.periodEnd,
          value: input.figure.value,
          qualifier: input.figure.qualifier,
          sourceId: input.sourceId,
          note: `Recorded with the log entry of ${input.asOf}.`,
          derived: false,
          preferred: false,
        },
        c.metricId,
        actor,
      );
      observationId = saved.id;
    }
    const [inserted] = await tx
      .insert(statusUpdates)
      .values({
        commitmentId: c.id,
        asOf: input.asOf,
        entryType: input.entryType,
        verdict,
        stage: review ? null : (input.stage ?? null),
        note: input.note,
        sourceId: input.sourceId ?? null,
        correctsId: input.correctsId ?? null,
        observationId,
        dateConfirmed: input.confirmDate && publishedOn !== null && input.asOf > publishedOn,
        authorId: actor.id,
        authorName: actor.name,
      })
      .returning({ id: statusUpdates.id });
    const updateId = inserted!.id;
    if (input.evidence.length > 0) {
      await tx.insert(evidenceLinks).values(input.evidence.map((e) => ({ statusUpdateId: updateId, url: e.url, title: e.title })));
      // Queued here, fetched after the save (lib/server/evidence-archive.ts): never inside this transaction.
      await queueArchives(
        tx,
        input.evidence.map((e) => e.url),
      );
    }
    // An attached file; else, when the entry accepts a suggestion that came with one, that file.
    const attachment =
      input.attachment ??
      (suggestion?.fileBytes && suggestion.fileType && suggestion.fileName
        ? { name: suggestion.fileName, contentType: suggestion.fileType, bytes: new Uint8Array(suggestion.fileBytes) }
        : null);
    const fileId = attachment ? await insertEvidenceFile(tx, { statusUpdateId: updateId, ...attachment }) : null;
    if (suggestion) await markSuggestionAccepted(tx, { suggestionId: suggestion.id, statusUpdateId: updateId, actor });
    if (observationId !== null && c.metricId !== null) await recomputeCommitmentsForMetric(tx, c.metricId);
    else await recomputeCommitment(tx, c.id);
    const action = input.correctsId ? 'correct-status-update' : review ? 'add-review' : 'add-status-update';
    await audit(tx, actor, action, 'commitment', c.id, {
      version,
      statusUpdateId: updateId,
      correctsId: input.correctsId ?? null,
      verdict,
      stage: input.stage ?? null,
      asOf: input.asOf,
      observationId,
      fileId,
      suggestionId: suggestion?.id ?? null,
    });
    return { id: updateId, slug: c.slug, version, observationId };
  });
}

/** The terms a revision would apply on top of, to check its direction. */
async function baselineInForce(
  tx: Tx,
  commitmentId: number,
  row: { metricId: number | null; baselineValue: number | null; baselineOn: string | null; baselinePeriod: string | null },
) {
  const figures =
    row.metricId !== null && row.baselinePeriod
      ? await tx
          .select({
            period: observations.period,
            periodEnd: observations.periodEnd,
            value: observations.value,
            preferred: observations.preferred,
            qualifier: observations.qualifier,
          })
          .from(observations)
          .where(eq(observations.metricId, row.metricId))
      : [];
  const revisions = await tx
    .select({
      id: targetRevisions.id,
      revisedOn: targetRevisions.revisedOn,
      newTargetValue: targetRevisions.newTargetValue,
      newDeadlineOn: targetRevisions.newDeadlineOn,
      newDeadlineText: targetRevisions.newDeadlineText,
      newBaselineValue: targetRevisions.newBaselineValue,
      newBaselineOn: targetRevisions.newBaselineOn,
    })
    .from(targetRevisions)
    .where(eq(targetRevisions.commitmentId, commitmentId));
  return { baseline: resolveBaseline(row, figures), revisions };
}

/**
 * What every change to a commitment's terms ends with (a revision, a planned date), once the
 * caller has claimed the expected version and inserted its row: recompute the cached verdict
 * and write the audit entry, in the caller's transaction.
 */
async function finishTermsChange(
  tx: Tx,
  {
    commitment,
    version,
    id,
    actor,
    action,
    details,
  }: {
    commitment: { id: number; slug: string };
    version: number;
    /** The inserted row's id. */
    id: number;
    actor: Actor;
    action: 'add-target-revision' | 'add-planned-date';
    details: Record<string, unknown>;
  },
) {
  await recomputeCommitment(tx, commitment.id);
  await audit(tx, actor, action, 'commitment', commitment.id, { version, ...details });
  return { id, slug: commitment.slug, version };
}

export async function addTargetRevision(db: Database, { input, actor }: { input: TargetRevisionInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx
      .select({
        id: commitments.id,
        slug: commitments.slug,
        kind: commitments.kind,
        announcedOn: commitments.announcedOn,
        direction: commitments.direction,
        metricId: commitments.metricId,
        baselineValue: commitments.baselineValue,
        baselineOn: commitments.baselineOn,
        baselinePeriod: commitments.baselinePeriod,
        targetValue: commitments.targetValue,
        targetMultiple: commitments.targetMultiple,
        deadlineOn: commitments.deadlineOn,
        deadlineText: commitments.deadlineText,
      })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: [tr('This commitment no longer exists.')] });
    if (c.kind !== 'target' && input.newTargetValue !== undefined) {
      throw new InputError({ newTargetValue: [tr('Only numeric targets have a target value; revise the deadline instead.')] });
    }
    if (c.kind !== 'target' && input.newBaselineValue !== undefined) {
      throw new InputError({ newBaselineValue: [tr('Only numeric targets have a baseline.')] });
    }
    if (input.revisedOn < c.announcedOn) throw new InputError({ revisedOn: [tr('A revision cannot predate the announcement.')] });
    if (input.newDeadlineOn !== undefined && input.newDeadlineOn < c.announcedOn) {
      throw new InputError({ newDeadlineOn: [tr('The new deadline cannot be before the announcement.')] });
    }
    // A revision may take effect after its source was published (a goal announced for a later
    // year); it applies from its own date, never before (lib/revisions.ts).
    await assertSource(tx, input.sourceId);
    if (c.kind === 'target') {
      // The terms must agree with the direction from this revision's date on: on its own date
      // and on the date of every later revision, which now applies on top of this one.
      const { baseline, revisions } = await baselineInForce(tx, c.id, c);
      const candidate: Revision = {
        id: Number.MAX_SAFE_INTEGER,
        revisedOn: input.revisedOn,
        newTargetValue: input.newTargetValue ?? null,
        newDeadlineOn: input.newDeadlineOn ?? null,
        newDeadlineText: input.newDeadlineText ?? null,
        newBaselineValue: input.newBaselineValue ?? null,
        newBaselineOn: input.newBaselineOn ?? null,
      };
      const field = input.newTargetValue !== undefined ? 'newTargetValue' : 'newBaselineValue';
      const days = [...new Set([input.revisedOn, ...revisions.map((r) => r.revisedOn).filter((on) => on > input.revisedOn)])].sort();
      for (const day of days) {
        const terms = termsInForce(c, [...revisions, candidate], day, baseline);
        if (!terms.baseline || terms.targetValue === null) continue;
        const problem = directionProblem(c.direction ?? 'up', terms.baseline.value, terms.targetValue);
        if (!problem) continue;
        const message = directionMessage(problem, terms.baseline.value);
        throw new InputError({
          [field]: [
            day === input.revisedOn
              ? message
              : tr('With the revision of {day} on top of this one: {message}', {
                  day,
                  message: `${message.charAt(0).toLowerCase()}${message.slice(1)}`,
                }),
          ],
        });
      }
    }
    // A stale form is refused here, before anything is written.
    const version = await bumpCommitmentVersion(tx, c.id, input.expectedVersion);
    const [inserted] = await tx
      .insert(targetRevisions)
      .values({
        commitmentId: c.id,
        revisedOn: input.revisedOn,
        newTargetValue: input.newTargetValue ?? null,
        newDeadlineOn: input.newDeadlineOn ?? null,
        newDeadlineText: input.newDeadlineText ?? null,
        newBaselineValue: input.newBaselineValue ?? null,
        newBaselineOn: input.newBaselineOn ?? null,
        sourceId: input.sourceId,
        note: input.note ?? null,
        authorId: actor.id,
      })
      .returning({ id: targetRevisions.id });
    return finishTermsChange(tx, {
      commitment: c,
      version,
      id: inserted!.id,
      actor,
      action: 'add-target-revision',
      details: {
        revisionId: inserted!.id,
        revisedOn: input.revisedOn,
        newTargetValue: input.newTargetValue ?? null,
        newDeadlineOn: input.newDeadlineOn ?? null,
        newBaselineValue: input.newBaselineValue ?? null,
      },
    });
  });
}

/** Records a planned completion date a source gave; a later date than before makes the commitment "delayed". */
export async function addPlannedDate(db: Database, { input, actor }: { input: PlannedDateInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx
      .select({ id: commitments.id, slug: commitments.slug, kind: commitments.kind, announcedOn: commitments.announcedOn })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: [tr('This commitment no longer exists.')] });
    if (c.kind === 'target')
      throw new InputError({ plannedOn: [tr('A numeric target has a deadline, not a planned completion date: record a revision instead.')] });
    if (input.plannedOn < c.announcedOn) throw new InputError({ plannedOn: [tr('A planned completion cannot be before the announcement.')] });
    const publishedOn = await sourcePublishedOn(tx, input.sourceId);
    if (publishedOn !== null && input.statedOn > publishedOn) {
      throw new InputError({
        statedOn: [
          tr('The source was published on {publishedOn}; it cannot have given this date later, on {statedOn}.', {
            publishedOn,
            statedOn: input.statedOn,
          }),
        ],
      });
    }
    const version = await bumpCommitmentVersion(tx, c.id, input.expectedVersion);
    const [inserted] = await tx
      .insert(plannedDates)
      .values({
        commitmentId: c.id,
        statedOn: input.statedOn,
        plannedOn: input.plannedOn,
        plannedText: input.plannedText ?? null,
        sourceId: input.sourceId,
        note: input.note ?? null,
        authorId: actor.id,
      })
      .returning({ id: plannedDates.id });
    return finishTermsChange(tx, {
      commitment: c,
      version,
      id: inserted!.id,
      actor,
      action: 'add-planned-date',
      details: { plannedDateId: inserted!.id, plannedOn: input.plannedOn, statedOn: input.statedOn },
    });
  });
}
