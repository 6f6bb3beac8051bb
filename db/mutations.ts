import { and, asc, desc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { getDb, writeTransaction, type Database } from './client';
import {
  auditEvents,
  commitmentCountries,
  commitments,
  evidenceLinks,
  metrics,
  observations,
  signInAttempts,
  snapshotRuns,
  snapshots,
  sources,
  statusUpdates,
  targetRevisions,
  users,
  commitmentTranslations,
  metricTranslations,
} from './schema';
import { STAGES, type Role } from '../lib/domain';
import { searchFold, titleSortKey, TRANSLATION_LOCALES, type TranslationLocale } from '../lib/content-locale';
import type {
  CommitmentInput,
  ObservationInput,
  SourceInput,
  StatusUpdateInput,
  TargetRevisionInput,
  CommitmentTranslationsInput,
} from '../lib/validation';
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
  return writeTransaction(db, async (tx) => {
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

    await insertSeedTranslations(tx, dataset, commitmentIds, metricIds);

    const ids = [...commitmentIds.values()];
    for (const id of ids) await recomputeCommitment(tx, id);
    const [count] = await tx
      .select({ n: sql<number>`count(*)` })
      .from(commitments)
      .where(inArray(commitments.id, ids));
    return { commitments: count?.n ?? 0 };
  });
}

// ---------------------------------------------------------------- editors' writes

export type Actor = { id: number; name: string };

/** Input that passed zod but breaks a rule that needs the database (unknown id, taken slug). */
export class InputError extends Error {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = 'Please correct the highlighted fields.',
  ) {
    super(message);
  }
}

/** Someone else saved the same record since the form was opened. */
export class ConflictError extends Error {
  constructor(
    readonly entity: 'commitment' | 'source',
    readonly entityId: number,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`This ${entity} was changed by someone else after you opened the form.`);
  }
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function audit(
  tx: Tx,
  actor: Actor | null,
  action: string,
  entity: string,
  entityId: number | null,
  details: Record<string, unknown>,
) {
  await tx.insert(auditEvents).values({ actorId: actor?.id ?? null, action, entity, entityId, details });
}

/** Claims the next version of a commitment, or throws ConflictError if it moved on. */
async function bumpCommitmentVersion(tx: Tx, commitmentId: number, expectedVersion: number): Promise<number> {
  const claimed = await tx
    .update(commitments)
    .set({ version: sql`${commitments.version} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(commitments.id, commitmentId), eq(commitments.version, expectedVersion)))
    .returning({ version: commitments.version });
  if (claimed[0]) return claimed[0].version;
  const [current] = await tx.select({ version: commitments.version }).from(commitments).where(eq(commitments.id, commitmentId));
  if (!current) throw new InputError({ commitmentId: ['This commitment no longer exists.'] });
  throw new ConflictError('commitment', commitmentId, expectedVersion, current.version);
}

async function assertSource(tx: Tx, sourceId: number | undefined, field = 'sourceId') {
  if (sourceId === undefined) return;
  const [row] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId));
  if (!row) throw new InputError({ [field]: ['Choose a source from the list.'] });
}

export async function addStatusUpdate(db: Database, { input, actor }: { input: StatusUpdateInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx
      .select({ id: commitments.id, slug: commitments.slug, kind: commitments.kind, sourceId: commitments.sourceId })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: ['This commitment no longer exists.'] });
    const errors: Record<string, string[]> = {};
    if (c.kind === 'target' && input.stage) errors.stage = ['Numeric targets have no stages; leave the stage empty.'];
    if (c.kind !== 'target') {
      const ladder: readonly string[] = STAGES[c.kind];
      if (input.stage && !ladder.includes(input.stage)) errors.stage = [`Choose one of: ${ladder.join(', ')}.`];
      if (input.value !== undefined) errors.value = ['Only numeric targets take a value.'];
    }
    if (input.correctsId !== undefined) {
      const [corrected] = await tx
        .select({ commitmentId: statusUpdates.commitmentId })
        .from(statusUpdates)
        .where(eq(statusUpdates.id, input.correctsId));
      if (!corrected || corrected.commitmentId !== c.id) errors.correctsId = ['Choose an entry of this commitment’s log.'];
    }
    if (Object.keys(errors).length > 0) throw new InputError(errors);
    await assertSource(tx, input.sourceId);

    const version = await bumpCommitmentVersion(tx, c.id, input.expectedVersion);
    const [inserted] = await tx
      .insert(statusUpdates)
      .values({
        commitmentId: c.id,
        asOf: input.asOf,
        verdict: input.verdict,
        stage: input.stage ?? null,
        value: input.value ?? null,
        note: input.note,
        sourceId: input.sourceId ?? null,
        correctsId: input.correctsId ?? null,
        authorId: actor.id,
        authorName: actor.name,
      })
      .returning({ id: statusUpdates.id });
    const updateId = inserted!.id;
    if (input.evidence.length > 0) {
      await tx.insert(evidenceLinks).values(input.evidence.map((e) => ({ statusUpdateId: updateId, url: e.url, title: e.title })));
    }
    await recomputeCommitment(tx, c.id);
    await audit(tx, actor, input.correctsId ? 'correct-status-update' : 'add-status-update', 'commitment', c.id, {
      version,
      statusUpdateId: updateId,
      correctsId: input.correctsId ?? null,
      verdict: input.verdict,
      stage: input.stage ?? null,
      asOf: input.asOf,
    });
    return { id: updateId, slug: c.slug, version };
  });
}

export async function addTargetRevision(db: Database, { input, actor }: { input: TargetRevisionInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx
      .select({ id: commitments.id, slug: commitments.slug, kind: commitments.kind, announcedOn: commitments.announcedOn })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: ['This commitment no longer exists.'] });
    if (c.kind !== 'target' && input.newTargetValue !== undefined) {
      throw new InputError({ newTargetValue: ['Only numeric targets have a target value; revise the deadline instead.'] });
    }
    if (input.revisedOn < c.announcedOn) throw new InputError({ revisedOn: ['A revision cannot predate the announcement.'] });
    await assertSource(tx, input.sourceId);
    const version = await bumpCommitmentVersion(tx, c.id, input.expectedVersion);
    const [inserted] = await tx
      .insert(targetRevisions)
      .values({
        commitmentId: c.id,
        revisedOn: input.revisedOn,
        newTargetValue: input.newTargetValue ?? null,
        newDeadlineOn: input.newDeadlineOn ?? null,
        newDeadlineText: input.newDeadlineText ?? null,
        sourceId: input.sourceId,
        note: input.note ?? null,
        authorId: actor.id,
      })
      .returning({ id: targetRevisions.id });
    await recomputeCommitment(tx, c.id);
    await audit(tx, actor, 'add-target-revision', 'commitment', c.id, {
      version,
      revisionId: inserted!.id,
      newTargetValue: input.newTargetValue ?? null,
      newDeadlineOn: input.newDeadlineOn ?? null,
    });
    return { id: inserted!.id, slug: c.slug, version };
  });
}

/** Adds a figure. The first figure for a period becomes the preferred one; asking for
 * `preferred` moves the preference to this figure and keeps the others beside it. */
async function insertObservation(tx: Tx, input: Omit<ObservationInput, 'metricId'>, metricId: number, actor: Actor) {
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

async function assertMetric(tx: Tx, metricId: number) {
  const [metric] = await tx.select({ id: metrics.id, slug: metrics.slug }).from(metrics).where(eq(metrics.id, metricId));
  if (!metric) throw new InputError({ metricId: ['This metric no longer exists.'] });
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
    if (!o) throw new InputError({ observationId: ['This figure no longer exists.'] });
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
  { metricId, rows, actor }: { metricId: number; rows: { period: string; periodEnd: string; value: number; sourceId: number; note: string }[]; actor: Actor },
) {
  return writeTransaction(db, async (tx) => {
    const metric = await assertMetric(tx, metricId);
    for (const row of rows) {
      await insertObservation(
        tx,
        { ...row, qualifier: 'exact', derived: false, preferred: false, note: row.note || undefined },
        metric.id,
        actor,
      );
    }
    await recomputeCommitmentsForMetric(tx, metric.id);
    await audit(tx, actor, 'import-observations', 'metric', metric.id, { rows: rows.length });
    return { metricSlug: metric.slug, imported: rows.length };
  });
}

const COMMITMENT_FIELDS = [
  'slug', 'title', 'summary', 'category', 'kind', 'owner', 'announcedOn', 'sourceId', 'quote',
  'deadlineText', 'deadlineOn', 'deadlineInterpreted', 'deadlineNote', 'metricId', 'direction',
  'baselineValue', 'baselineOn', 'baselineNote', 'targetValue', 'targetNote',
] as const;

function commitmentValues(input: CommitmentInput) {
  const isTarget = input.kind === 'target';
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    category: input.category,
    kind: input.kind,
    owner: input.owner,
    announcedOn: input.announcedOn,
    sourceId: input.sourceId,
    quote: input.quote,
    deadlineText: input.deadlineText ?? null,
    deadlineOn: input.deadlineOn ?? null,
    deadlineInterpreted: input.deadlineInterpreted,
    deadlineNote: input.deadlineNote ?? null,
    metricId: isTarget ? (input.metricId ?? null) : null,
    direction: isTarget ? (input.direction ?? 'up') : null,
    baselineValue: isTarget ? (input.baselineValue ?? null) : null,
    baselineOn: isTarget ? (input.baselineOn ?? null) : null,
    baselineNote: isTarget ? (input.baselineNote ?? null) : null,
    targetValue: isTarget ? (input.targetValue ?? null) : null,
    targetNote: isTarget ? (input.targetNote ?? null) : null,
  };
}

export async function saveCommitment(db: Database, { input, actor }: { input: CommitmentInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    await assertSource(tx, input.sourceId);
    if (input.metricId !== undefined && input.kind === 'target') await assertMetric(tx, input.metricId);
    const [taken] = await tx.select({ id: commitments.id }).from(commitments).where(eq(commitments.slug, input.slug));
    if (taken && taken.id !== input.id) throw new InputError({ slug: ['Another commitment already uses this slug.'] });
    const values = commitmentValues(input);
    let id: number;
    let version: number;
    let changed: string[] = [];
    if (input.id === undefined) {
      const [inserted] = await tx.insert(commitments).values(values).returning({ id: commitments.id, version: commitments.version });
      id = inserted!.id;
      version = inserted!.version;
      changed = [...COMMITMENT_FIELDS];
      await tx.insert(statusUpdates).values({
        commitmentId: id,
        asOf: input.announcedOn,
        verdict: 'not-started',
        stage: input.kind === 'target' ? null : STAGES[input.kind][0],
        note: 'Commitment added to the tracker.',
        sourceId: input.sourceId,
        authorId: actor.id,
        authorName: actor.name,
      });
    } else {
      const [before] = await tx.select().from(commitments).where(eq(commitments.id, input.id));
      if (!before) throw new InputError({ id: ['This commitment no longer exists.'] });
      if (before.kind !== input.kind) {
        const [logged] = await tx.select({ n: sql<number>`count(*)` }).from(statusUpdates).where(eq(statusUpdates.commitmentId, input.id));
        if ((logged?.n ?? 0) > 1) throw new InputError({ kind: ['The kind cannot change once updates have been logged against it.'] });
      }
      version = await bumpCommitmentVersion(tx, input.id, input.expectedVersion ?? 0);
      id = input.id;
      changed = COMMITMENT_FIELDS.filter((f) => before[f] !== values[f]);
      const previousCountries = (
        await tx.select({ code: commitmentCountries.countryCode }).from(commitmentCountries).where(eq(commitmentCountries.commitmentId, input.id))
      )
        .map((r) => r.code)
        .sort();
      if (previousCountries.join() !== [...new Set(input.countries)].sort().join()) changed.push('countries');
      await tx.update(commitments).set(values).where(eq(commitments.id, id));
      await tx.delete(commitmentCountries).where(eq(commitmentCountries.commitmentId, id));
    }
    if (input.countries.length > 0) {
      await tx.insert(commitmentCountries).values([...new Set(input.countries)].map((countryCode) => ({ commitmentId: id, countryCode })));
    }
    await recomputeCommitment(tx, id);
    await audit(tx, actor, input.id === undefined ? 'create-commitment' : 'edit-commitment', 'commitment', id, {
      version,
      slug: input.slug,
      fields: changed,
    });
    return { id, slug: input.slug, version };
  });
}

/** A translation row with its derived search text and sort key, which must never drift from the title. */
function commitmentTranslationValues(
  commitmentId: number,
  locale: TranslationLocale,
  text: { title: string; summary: string | null },
  updatedBy: number | null,
) {
  return {
    commitmentId,
    locale,
    title: text.title,
    summary: text.summary,
    searchText: searchFold(`${text.title}\n${text.summary ?? ''}`),
    titleSortKey: titleSortKey(text.title, locale),
    updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    updatedBy,
  };
}

/** The seed's Russian and Kazakh texts, keyed by slug; a slug the dataset lacks is a mistake in the seed. */
async function insertSeedTranslations(
  tx: Tx,
  dataset: SeedDataset,
  commitmentIds: Map<string, number>,
  metricIds: Map<string, number>,
) {
  const known = (ids: Map<string, number>, kind: string, slug: string) => {
    const id = ids.get(slug);
    if (id === undefined) throw new SeedError(`Translation for unknown ${kind} "${slug}"`);
    return id;
  };
  const commitmentRows = Object.entries(dataset.translations?.commitments ?? {}).flatMap(([slug, byLocale]) =>
    TRANSLATION_LOCALES.flatMap((locale) => {
      const text = byLocale[locale];
      return text ? [commitmentTranslationValues(known(commitmentIds, 'commitment', slug), locale, text, null)] : [];
    }),
  );
  const metricRows = Object.entries(dataset.translations?.metrics ?? {}).flatMap(([slug, byLocale]) =>
    TRANSLATION_LOCALES.flatMap((locale) => {
      const text = byLocale[locale];
      return text
        ? [{ metricId: known(metricIds, 'metric', slug), locale, name: text.name, unitLabel: text.unit, description: text.description }]
        : [];
    }),
  );
  if (commitmentRows.length > 0) await tx.insert(commitmentTranslations).values(commitmentRows);
  if (metricRows.length > 0) await tx.insert(metricTranslations).values(metricRows);
}

/**
 * Sets the Russian and Kazakh title and summary of a commitment. An empty title removes that
 * language's translation, so readers get the English text, marked. The commitment's version
 * guards it like any other edit of the commitment: a stale form gets a ConflictError.
 */
export async function saveCommitmentTranslations(db: Database, { input, actor }: { input: CommitmentTranslationsInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [c] = await tx
      .select({ id: commitments.id, slug: commitments.slug, version: commitments.version })
      .from(commitments)
      .where(eq(commitments.id, input.commitmentId));
    if (!c) throw new InputError({ commitmentId: ['This commitment no longer exists.'] });
    const existing = await tx
      .select({ locale: commitmentTranslations.locale, title: commitmentTranslations.title, summary: commitmentTranslations.summary })
      .from(commitmentTranslations)
      .where(eq(commitmentTranslations.commitmentId, c.id));

    const changed: string[] = [];
    for (const locale of TRANSLATION_LOCALES) {
      const before = existing.find((r) => r.locale === locale);
      const next = input.texts[locale];
      if ((before?.title ?? undefined) !== next.title) changed.push(`title (${locale})`);
      if ((before?.summary ?? undefined) !== next.summary) changed.push(`summary (${locale})`);
    }
    // Nothing to write: no version is claimed, so an unchanged form never conflicts.
    if (changed.length === 0) return { slug: c.slug, version: c.version, changed };

    const version = await bumpCommitmentVersion(tx, c.id, input.expectedVersion);
    for (const locale of TRANSLATION_LOCALES) {
      const { title, summary } = input.texts[locale];
      const where = and(eq(commitmentTranslations.commitmentId, c.id), eq(commitmentTranslations.locale, locale));
      if (title === undefined) {
        await tx.delete(commitmentTranslations).where(where);
        continue;
      }
      const values = commitmentTranslationValues(c.id, locale, { title, summary: summary ?? null }, actor.id);
      await tx
        .insert(commitmentTranslations)
        .values(values)
        .onConflictDoUpdate({ target: [commitmentTranslations.commitmentId, commitmentTranslations.locale], set: values });
    }
    await audit(tx, actor, 'edit-translations', 'commitment', c.id, { version, slug: c.slug, fields: changed });
    return { slug: c.slug, version, changed };
  });
}

export async function saveSource(db: Database, { input, actor }: { input: SourceInput; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    const [taken] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.slug, input.slug));
    if (taken && taken.id !== input.id) throw new InputError({ slug: ['Another source already uses this slug.'] });
    const values = {
      slug: input.slug,
      title: input.title,
      publisher: input.publisher,
      publishedOn: input.publishedOn,
      place: input.place ?? null,
      url: input.url ?? null,
      kind: input.kind,
      description: input.description ?? null,
    };
    if (input.id === undefined) {
      const [inserted] = await tx.insert(sources).values(values).returning({ id: sources.id, version: sources.version });
      await audit(tx, actor, 'create-source', 'source', inserted!.id, { version: inserted!.version, slug: input.slug });
      return { id: inserted!.id, slug: input.slug, version: inserted!.version };
    }
    const claimed = await tx
      .update(sources)
      .set({ ...values, version: sql`${sources.version} + 1` })
      .where(and(eq(sources.id, input.id), eq(sources.version, input.expectedVersion ?? 0)))
      .returning({ version: sources.version });
    if (!claimed[0]) {
      const [current] = await tx.select({ version: sources.version }).from(sources).where(eq(sources.id, input.id));
      if (!current) throw new InputError({ id: ['This source no longer exists.'] });
      throw new ConflictError('source', input.id, input.expectedVersion ?? 0, current.version);
    }
    await audit(tx, actor, 'edit-source', 'source', input.id, { version: claimed[0].version, slug: input.slug });
    return { id: input.id, slug: input.slug, version: claimed[0].version };
  });
}

// ---------------------------------------------------------------- users and sign-in

export async function createUser(
  db: Database,
  {
    email,
    name,
    role,
    passwordHash,
    mustChangePassword,
    actor,
  }: { email: string; name: string; role: Role; passwordHash: string; mustChangePassword: boolean; actor: Actor | null },
) {
  return writeTransaction(db, async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
    if (existing) throw new InputError({ email: ['An account with this email already exists.'] });
    const [inserted] = await tx
      .insert(users)
      .values({ email: email.toLowerCase(), name, role, passwordHash, mustChangePassword })
      .returning({ id: users.id });
    await audit(tx, actor, 'create-user', 'user', inserted!.id, { role, name });
    return { id: inserted!.id };
  });
}

async function assertAnotherAdminRemains(tx: Tx, userId: number) {
  const [others] = await tx
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, userId)));
  if ((others?.n ?? 0) === 0) throw new InputError({ userId: ['There must always be at least one active admin.'] });
}

export async function setUserRole(db: Database, { userId, role, actor }: { userId: number; role: Role; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    if (role !== 'admin') await assertAnotherAdminRemains(tx, userId);
    const updated = await tx
      .update(users)
      .set({ role, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!updated[0]) throw new InputError({ userId: ['This user no longer exists.'] });
    await audit(tx, actor, 'change-role', 'user', userId, { role });
  });
}

export async function setUserDisabled(db: Database, { userId, disabled, actor }: { userId: number; disabled: boolean; actor: Actor }) {
  return writeTransaction(db, async (tx) => {
    if (disabled && userId === actor.id) throw new InputError({ userId: ['You cannot disable your own account.'] });
    if (disabled) await assertAnotherAdminRemains(tx, userId);
    const updated = await tx
      .update(users)
      .set({ disabled, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!updated[0]) throw new InputError({ userId: ['This user no longer exists.'] });
    await audit(tx, actor, disabled ? 'disable-user' : 'enable-user', 'user', userId, {});
  });
}

export async function setUserPassword(
  db: Database,
  { userId, passwordHash, mustChangePassword, actor }: { userId: number; passwordHash: string; mustChangePassword: boolean; actor: Actor | null },
) {
  return writeTransaction(db, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(users.id, userId));
    await audit(tx, actor, 'set-password', 'user', userId, { mustChangePassword });
  });
}

export async function recordSignInAttempt({ email, address, success }: { email: string; address: string; success: boolean }) {
  const db = await getDb();
  // Counted by the throttle on the next attempt, possibly through a replica: wait for it.
  await writeTransaction(db, (tx) => tx.insert(signInAttempts).values({ email: email.toLowerCase(), address, success }));
}

// ---------------------------------------------------------------- snapshots

export async function insertSnapshot(
  db: Database,
  input: { pdf: Buffer; sha256: string; summary: string; trigger: 'schedule' | 'manual' | 'cli'; locale: string; actor: Actor | null },
) {
  return writeTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(snapshots)
      .values({ pdf: input.pdf, sha256: input.sha256, sizeBytes: input.pdf.length, summary: input.summary, trigger: input.trigger, locale: input.locale })
      .returning({ id: snapshots.id, createdAt: snapshots.createdAt });
    await audit(tx, input.actor, 'create-snapshot', 'snapshot', row!.id, { trigger: input.trigger, sha256: input.sha256, sizeBytes: input.pdf.length });
    return row!;
  });
}

/**
 * Claims a scheduled slot for this process. True when this holder may make the snapshot:
 * it inserted the slot, or took over a claim whose lease ran out without finishing.
 */
export async function claimSnapshotSlot(db: Database, { slot, holder, leaseMs }: { slot: string; holder: string; leaseMs: number }) {
  const now = new Date();
  const expires = new Date(now.getTime() + leaseMs).toISOString();
  return writeTransaction(db, async (tx) => {
  const inserted = await tx.insert(snapshotRuns).values({ slot, holder, leaseExpiresAt: expires }).onConflictDoNothing().returning({ slot: snapshotRuns.slot });
  if (inserted.length > 0) return true;
  const takenOver = await tx
    .update(snapshotRuns)
    .set({ holder, leaseExpiresAt: expires, error: null })
    .where(and(eq(snapshotRuns.slot, slot), sql`${snapshotRuns.finishedAt} is null`, sql`${snapshotRuns.leaseExpiresAt} < ${now.toISOString()}`))
    .returning({ slot: snapshotRuns.slot });
  return takenOver.length > 0;
  });
}

export async function finishSnapshotSlot(
  db: Database,
  { slot, holder, snapshotId, error }: { slot: string; holder: string; snapshotId: number | null; error: string | null },
) {
  await writeTransaction(db, (tx) => tx
    .update(snapshotRuns)
    .set(
      snapshotId !== null
        ? { snapshotId, finishedAt: new Date().toISOString(), error: null }
        : // A failed run releases the slot at once so another instance (or the next tick) may retry.
          { error, leaseExpiresAt: new Date(0).toISOString() },
    )
    .where(and(eq(snapshotRuns.slot, slot), eq(snapshotRuns.holder, holder))));
}
