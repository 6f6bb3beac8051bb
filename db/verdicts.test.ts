import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, commitments, metricTranslations, metrics, observations, plannedDates, sources, statusUpdates, targetRevisions } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { addDaysIso } from '../lib/dates';
import { DEFAULT_STALE_AFTER_DAYS } from '../lib/domain';
import { inLocale, SERVER_TEXT_CATALOGUES } from '../lib/server-text';
import { isStale } from '../lib/status';
import { directionMessage } from '../lib/validation';
import type { CommitmentInput, MetricInput, PlannedDateInput, SourceInput, StatusUpdateInput, TargetRevisionInput } from '../lib/validation';

// "Verdicts a careful analyst would sign" (migration 0004), at the database level: the log's
// stage carried forward, reviews, figures logged with an update, as-of dates checked against
// the source, planned completion dates, revisions that take effect on their own date,
// re-baselines, targets that are a multiple of a figure, the daily recomputation, corrections
// and metrics. Everything is written through db/mutations.ts as the workspace writes it.
//
// The seed is the announcement alone (the dataset as known at the end of 14 Sept 2023: the
// speech, its 23 commitments and their first entries), so each test starts from a state it
// can read off the speech; the later sources each test cites are created here, as an editor
// would add them.

type Actor = import('./mutations').Actor;
type MutationsModule = TestDatabase['mutations'];

const UNTIL = '2023-09-14';
const AKORDA = 'akorda-2023-09-14-dushanbe-speech';
/** Today as the mutations read it: their recomputations default to it. */
const TODAY = new Date().toISOString().slice(0, 10);
const MISSING_ID = 987_654;

let testDb: TestDatabase | undefined;
let m: TestDatabase['mutations'];
let q: TestDatabase['queries'];
let db: TestDatabase['db'];
let count: TestDatabase['count'];
let commitment: TestDatabase['commitment'];
let sourceIdOf: TestDatabase['sourceId'];
let metricIdOf: TestDatabase['metricId'];
let lastAudit: TestDatabase['lastAudit'];
let editor: Actor;

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: { until: UNTIL } });
  ({ mutations: m, queries: q, db, count, commitment, sourceId: sourceIdOf, metricId: metricIdOf, lastAudit } = testDb);
  const { id } = await m.createUser(db, {
    email: 'gulnara@example.org',
    name: 'Gulnara Editor',
    role: 'editor',
    passwordHash: 'scrypt$not-a-real-hash',
    mustChangePassword: false,
    actor: null,
  });
  editor = { id, name: 'Gulnara Editor' };
});

afterAll(async () => {
  await testDb?.close();
});

// ---------------------------------------------------------------------------- helpers

/** A recomputation as the app runs it: in a write transaction, which on a replica waits until the write can be read back. */
function recompute(id: number, asOf?: string) {
  return testDb!.client.writeTransaction(db, (tx) => m.recomputeCommitment(tx, id, asOf));
}

let sourceCounter = 0;
/** A source published on `publishedOn`, added as an editor adds one (publisher optional). */
async function newSource(publishedOn: string, options: { withoutPublisher?: boolean } = {}): Promise<number> {
  sourceCounter += 1;
  const input: SourceInput = {
    id: undefined,
    expectedVersion: undefined,
    slug: `example-${publishedOn}-${sourceCounter}`,
    title: `Report of ${publishedOn}`,
    publisher: options.withoutPublisher ? undefined : 'Example News',
    publishedOn,
    place: undefined,
    url: `https://example.org/${publishedOn}/${sourceCounter}`,
    kind: 'news-report',
    description: undefined,
  };
  return (await m.saveSource(db, { actor: editor, input })).id;
}

function update(partial: Partial<StatusUpdateInput> & Pick<StatusUpdateInput, 'commitmentId' | 'expectedVersion' | 'asOf'>): StatusUpdateInput {
  return {
    entryType: 'update',
    verdict: 'in-progress',
    stage: undefined,
    figure: null,
    note: '',
    sourceId: undefined,
    correctsId: undefined,
    confirmDate: false,
    evidence: [],
    ...partial,
  };
}

/** Logs an entry on the commitment's current version. */
async function log(slug: string, partial: Partial<StatusUpdateInput> & Pick<StatusUpdateInput, 'asOf'>) {
  const c = await commitment(slug);
  return m.addStatusUpdate(db, { actor: editor, input: update({ commitmentId: c.id, expectedVersion: c.version, ...partial }) });
}

function figure(period: string, value: number, qualifier: NonNullable<StatusUpdateInput['figure']>['qualifier'] = 'exact') {
  const periodEnd = /^\d{4}$/.test(period) ? `${period}-12-31` : period;
  return { value, period, periodEnd, qualifier };
}

async function revise(slug: string, partial: Partial<TargetRevisionInput> & Pick<TargetRevisionInput, 'revisedOn' | 'sourceId'>) {
  const c = await commitment(slug);
  return m.addTargetRevision(db, {
    actor: editor,
    input: {
      commitmentId: c.id,
      expectedVersion: c.version,
      newTargetValue: undefined,
      newDeadlineOn: undefined,
      newDeadlineText: undefined,
      newBaselineValue: undefined,
      newBaselineOn: undefined,
      note: undefined,
      ...partial,
    },
  });
}

async function plan(slug: string, partial: Omit<PlannedDateInput, 'commitmentId' | 'expectedVersion'>) {
  const c = await commitment(slug);
  return m.addPlannedDate(db, { actor: editor, input: { commitmentId: c.id, expectedVersion: c.version, ...partial } });
}

async function addFigure(
  metricId: number,
  sourceId: number,
  period: string,
  value: number,
  extra: { qualifier?: 'exact' | 'preliminary' | 'forecast' | 'about'; preferred?: boolean } = {},
) {
  return m.addObservation(db, {
    actor: editor,
    input: {
      metricId,
      sourceId,
      period,
      periodEnd: /^\d{4}$/.test(period) ? `${period}-12-31` : period,
      value,
      qualifier: extra.qualifier ?? 'exact',
      note: undefined,
      preferred: extra.preferred ?? false,
      derived: false,
    },
  });
}

function metricInput(partial: Partial<MetricInput> & Pick<MetricInput, 'slug'>): MetricInput {
  return {
    id: undefined,
    expectedVersion: undefined,
    name: `Series ${partial.slug}`,
    unit: 'USD bn',
    unitLabel: undefined,
    decimals: undefined,
    description: undefined,
    texts: { ru: { name: undefined, unit: undefined, description: undefined }, kk: { name: undefined, unit: undefined, description: undefined } },
    ...partial,
  };
}

/** A new numeric target announced in the speech, on a metric of its own. */
async function newTarget(slug: string, terms: Partial<CommitmentInput>) {
  const metric = await m.saveMetric(db, { actor: editor, input: metricInput({ slug: `${slug}-series` }) });
  const input: CommitmentInput = {
    id: undefined,
    expectedVersion: undefined,
    slug,
    title: `Target ${slug}`,
    summary: 'A numeric target written for this test.',
    category: 'trade',
    kind: 'target',
    owner: 'Kazakhstan',
    announcedOn: UNTIL,
    sourceId: await sourceIdOf(AKORDA),
    quote: 'A quote.',
    countries: ['KZ'],
    deadlineText: undefined,
    deadlineOn: undefined,
    deadlineInterpreted: false,
    deadlineNote: undefined,
    metricId: metric.id,
    direction: 'up',
    baselineValue: undefined,
    baselineOn: undefined,
    baselineNote: undefined,
    baselinePeriod: undefined,
    targetValue: undefined,
    targetMultiple: undefined,
    targetNote: undefined,
    ...terms,
  };
  const saved = await m.saveCommitment(db, { actor: editor, input });
  return { ...saved, metricId: metric.id, input };
}

async function inputErrors(fn: () => Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(m.InputError);
    return (error as InstanceType<MutationsModule['InputError']>).fieldErrors;
  }
  throw new Error('expected an InputError, but the call succeeded');
}

/** Row counts of what a log entry, figure, revision or planned date can add. */
async function counts() {
  return {
    statusUpdates: await count(statusUpdates),
    observations: await count(observations),
    revisions: await count(targetRevisions),
    planned: await count(plannedDates),
    audit: await count(auditEvents),
  };
}

const stale = (c: Awaited<ReturnType<typeof commitment>>, asOf = TODAY) =>
  isStale({
    lastReviewedOn: c.lastReviewedOn,
    announcedOn: c.announcedOn,
    verdict: c.currentVerdict,
    asOf,
    staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
  });

// ---------------------------------------------------------------------------- the seeded layer

describe('the announcement layer', () => {
  it('holds the speech alone: every commitment has only its first entry, logged on the day of the speech', async () => {
    const rows = await db.select().from(commitments);
    expect(rows).toHaveLength(23);
    expect(await count(statusUpdates)).toBe(rows.length);
    for (const c of rows) {
      expect(c.lastReviewedOn, c.slug).toBe(UNTIL);
      expect(c.computedOn, c.slug).toBe(TODAY);
    }
  });
});

// ---------------------------------------------------------------------------- the stage in force

describe('the stage in force', () => {
  const PROJECT = 'bakhty-ayagoz-railway'; // project, seeded at 'announced', in progress

  it('an update that leaves the stage unstated keeps the stage in force (the "stage was lost" bug)', async () => {
    const building = await newSource('2023-12-21');
    await log(PROJECT, { asOf: '2023-12-20', stage: 'under-construction', sourceId: building, note: 'Construction began.' });
    expect(await commitment(PROJECT)).toMatchObject({ currentStage: 'under-construction', progressShare: 0.5 });

    const inspection = await newSource('2025-11-19');
    const later = await log(PROJECT, { asOf: '2025-11-19', stage: undefined, sourceId: inspection, note: 'Inspected; works continue.' });

    const [row] = await db.select().from(statusUpdates).where(eq(statusUpdates.id, later.id));
    expect(row!.stage).toBeNull();
    const c = await commitment(PROJECT);
    // The last update speaks of 19 Nov 2025; the last look at the commitment was today.
    expect(c).toMatchObject({
      currentStage: 'under-construction',
      progressShare: 0.5,
      currentVerdict: 'in-progress',
      lastUpdateOn: '2025-11-19',
      lastReviewedOn: TODAY,
    });

    const detail = await q.getCommitmentBySlug({ slug: PROJECT, asOf: TODAY });
    expect(detail!.currentStage).toBe('under-construction');
    const newest = detail!.updates[0]!;
    expect(newest).toMatchObject({ id: later.id, entryType: 'update', stage: null, stageInForce: 'under-construction' });
    // Each entry reads with the stage in force when it was logged.
    expect(detail!.updates.map((u) => [u.asOf, u.stage, u.stageInForce])).toEqual([
      ['2025-11-19', null, 'under-construction'],
      ['2023-12-20', 'under-construction', 'under-construction'],
      ['2023-09-14', 'announced', 'announced'],
    ]);
  });

  it('an achieved verdict with the stage unstated shows the last stage', async () => {
    const slug = 'dostyk-moyinty-railway';
    await log(slug, { asOf: '2024-07-01', stage: 'under-construction', sourceId: await newSource('2024-07-01') });
    await log(slug, { asOf: '2025-09-30', verdict: 'achieved', stage: undefined, sourceId: await newSource('2025-09-30') });
    expect(await commitment(slug)).toMatchObject({ currentVerdict: 'achieved', currentStage: 'completed', progressShare: 1 });
  });

  it('refuses an achieved verdict with an explicit stage short of the last one, on stage', async () => {
    const slug = 'darbaza-maktaaral-railway';
    const c = await commitment(slug);
    const before = await counts();
    for (const verdict of ['achieved', 'achieved-late'] as const) {
      const errors = await inputErrors(() => log(slug, { asOf: UNTIL, verdict, stage: 'partly-operational' }));
      expect(Object.keys(errors)).toEqual(['stage']);
      expect(errors.stage![0]).toContain('completed');
    }
    expect(await counts()).toEqual(before);
    expect((await commitment(slug)).version).toBe(c.version);
    // The last stage itself is accepted.
    await log(slug, { asOf: UNTIL, verdict: 'achieved', stage: 'completed' });
    expect(await commitment(slug)).toMatchObject({ currentVerdict: 'achieved', currentStage: 'completed' });
  });
});

describe('a correction that leaves the stage unstated', () => {
  it('keeps the stage of the entry it corrects and fixes only the verdict', async () => {
    const slug = 'zhanaozen-turkmenistan-highway'; // project, seeded at 'announced'
    const src = await newSource('2025-08-21');
    const wrong = await log(slug, { asOf: '2025-08-07', verdict: 'stalled', stage: 'under-construction', sourceId: src, note: 'Works began.' });
    expect(await commitment(slug)).toMatchObject({ currentVerdict: 'stalled', currentStage: 'under-construction' });
    await log(slug, {
      asOf: '2025-08-07',
      verdict: 'in-progress',
      stage: undefined,
      sourceId: src,
      correctsId: wrong.id,
      note: 'Not stalled: works began.',
    });
    expect(await commitment(slug)).toMatchObject({ currentVerdict: 'in-progress', currentStage: 'under-construction', progressShare: 0.5 });
  });
});

describe('the write path refuses what the form would', () => {
  it('a figure on a review, a stage on a review, and a figure without a source, writing nothing', async () => {
    const before = await counts();
    expect(
      Object.keys(
        await inputErrors(() =>
          log('intra-regional-trade-15bn', { asOf: UNTIL, entryType: 'review', note: 'Looked.', sourceId: undefined, figure: figure('2024', 11.5) }),
        ),
      ),
    ).toContain('figureValue');
    expect(
      Object.keys(await inputErrors(() => log('aktau-container-hub', { asOf: UNTIL, entryType: 'review', note: 'Looked.', stage: 'planned' }))),
    ).toEqual(['stage']);
    expect(await inputErrors(() => log('intra-regional-trade-15bn', { asOf: UNTIL, sourceId: undefined, figure: figure('2024', 11.5) }))).toEqual({
      sourceId: ['A figure needs the source that reports it: choose one.'],
    });
    expect(await counts()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------- reviews

describe('a review', () => {
  const EVENT = 'historians-forum'; // event, seeded at 'proposed', not started

  it('keeps the verdict and the stage, counts as today’s look, and ends staleness', async () => {
    const before = await commitment(EVENT);
    expect(before).toMatchObject({ currentVerdict: 'not-started', currentStage: 'proposed', lastUpdateOn: UNTIL, lastReviewedOn: UNTIL });
    expect(stale(before)).toBe(true);

    // Whatever verdict a form sends with a review, a review keeps the one in force (a stage is refused, above).
    const result = await log(EVENT, {
      asOf: TODAY,
      entryType: 'review',
      verdict: 'achieved',
      note: 'Searched the ministry sites and the news for the forum; nothing found.',
    });

    const [row] = await db.select().from(statusUpdates).where(eq(statusUpdates.id, result.id));
    expect(row).toMatchObject({ entryType: 'review', verdict: 'not-started', stage: null, observationId: null });
    const after = await commitment(EVENT);
    expect(after).toMatchObject({
      currentVerdict: 'not-started',
      currentStage: 'proposed',
      // The last update is still the speech's entry: a review is not an update.
      lastUpdateOn: UNTIL,
      lastReviewedOn: TODAY,
      computedOn: TODAY,
      version: before.version + 1,
    });
    expect(stale(after)).toBe(false);
    // It would be stale again once the review itself is old.
    expect(stale(after, addDaysIso(TODAY, DEFAULT_STALE_AFTER_DAYS + 1))).toBe(true);

    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'add-review', entityId: before.id, actorId: editor.id });

    const detail = await q.getCommitmentBySlug({ slug: EVENT, asOf: TODAY });
    expect(detail!.updates[0]).toMatchObject({ id: result.id, entryType: 'review', verdict: 'not-started', stage: null, stageInForce: 'proposed' });
    // Diligence, not news: the review stays in the commitment's log, out of the dashboard and the feed.
    expect((await q.getDashboardSummary({ asOf: TODAY })).latestUpdates.map((u) => u.id)).not.toContain(result.id);
    expect((await q.listLatestStatusUpdates({ limit: 50 })).map((u) => u.id)).not.toContain(result.id);
  });
});

// ---------------------------------------------------------------------------- figures

describe('a figure logged with a target update', () => {
  let target: Awaited<ReturnType<typeof newTarget>>;
  const SLUG = 'figure-target';

  beforeAll(async () => {
    target = await newTarget(SLUG, {
      baselineValue: 10,
      baselineOn: '2022-12-31',
      targetValue: 15,
      deadlineOn: '2027-12-31',
      deadlineText: 'by 2027',
    });
  });

  it('becomes an observation of the metric with the update’s source and qualifier, linked to the entry', async () => {
    const src = await newSource('2024-08-09');
    const before = await counts();
    const result = await log(SLUG, { asOf: '2024-08-09', sourceId: src, figure: figure('2023', 11, 'about'), note: 'Trade of about 11 in 2023.' });

    expect(result.observationId).not.toBeNull();
    expect(await counts()).toEqual({
      ...before,
      statusUpdates: before.statusUpdates + 1,
      observations: before.observations + 1,
      audit: before.audit + 1,
    });
    const [o] = await db.select().from(observations).where(eq(observations.id, result.observationId!));
    expect(o).toMatchObject({
      metricId: target.metricId,
      period: '2023',
      periodEnd: '2023-12-31',
      value: 11,
      qualifier: 'about',
      sourceId: src,
      // The first figure of its period is the one the engine uses.
      preferred: true,
      derived: false,
      authorId: editor.id,
    });
    const [entry] = await db.select().from(statusUpdates).where(eq(statusUpdates.id, result.id));
    expect(entry).toMatchObject({ observationId: o!.id, sourceId: src, value: null });

    const c = await commitment(SLUG);
    expect(c.trajectoryBasis).toBe('about');
    expect(c.lastReviewedOn).toBe(TODAY);
    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.updates[0]).toMatchObject({ id: result.id, figurePeriod: '2023', figureValue: 11, figureQualifier: 'about' });
    expect(detail!.target!.observations.map((x) => [x.period, x.value, x.qualifier, x.preferred])).toContainEqual(['2023', 11, 'about', true]);
  });

  it('refuses the same source’s figure for the same period again, writing nothing', async () => {
    const [o] = await db
      .select()
      .from(observations)
      .where(and(eq(observations.metricId, target.metricId), eq(observations.period, '2023')));
    const c = await commitment(SLUG);
    const before = await counts();
    const errors = await inputErrors(() => log(SLUG, { asOf: '2024-08-09', sourceId: o!.sourceId, figure: figure('2023', 11.3) }));
    expect(Object.keys(errors)).toEqual(['figureValue']);
    expect(errors.figureValue![0]).toContain('2023');
    expect(await counts()).toEqual(before);
    expect((await commitment(SLUG)).version).toBe(c.version);
  });

  it('a forecast that meets the target never makes it achieved', async () => {
    const src = await newSource('2025-11-16');
    const result = await log(SLUG, {
      asOf: '2025-11-16',
      sourceId: src,
      figure: figure('2025', 16, 'forecast'),
      note: 'Expected to reach 16 in 2025.',
    });
    const [o] = await db.select().from(observations).where(eq(observations.id, result.observationId!));
    expect(o).toMatchObject({ qualifier: 'forecast', preferred: true, value: 16 });
    const c = await commitment(SLUG);
    expect(c.trajectoryStatus).not.toBe('achieved');
    expect(c.trajectoryStatus).not.toBe('achieved-late');
    expect(c.trajectoryBasis).not.toBe('forecast');
    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.target!.progress.met).toBe(false);
    expect(detail!.target!.progress.forecasts.map((f) => [f.period, f.value])).toEqual([['2025', 16]]);
  });

  it('a preliminary figure that meets it does, and the status rests on a preliminary figure', async () => {
    const src = await newSource('2025-11-20');
    await log(SLUG, { asOf: '2025-11-20', sourceId: src, figure: figure('2024', 15.5, 'preliminary'), note: 'Preliminary 2024 figure.' });
    const c = await commitment(SLUG);
    expect(c).toMatchObject({ trajectoryStatus: 'achieved', trajectoryBasis: 'preliminary', progressShare: (15.5 - 10) / (15 - 10) });
    // A plainly reported figure for the same period (another source, preferred) clears the basis.
    const official = await newSource('2026-02-01');
    await addFigure(target.metricId, official, '2024', 15.4, { preferred: true });
    expect(await commitment(SLUG)).toMatchObject({ trajectoryStatus: 'achieved', trajectoryBasis: null });
  });
});

// ---------------------------------------------------------------------------- as-of dates

describe('an as-of date later than the source', () => {
  const SLUG = 'land-transport-interconnectivity-agreement';

  it('is refused without confirmation, writing nothing', async () => {
    const src = await newSource('2024-03-01');
    const c = await commitment(SLUG);
    const before = await counts();
    const errors = await inputErrors(() => log(SLUG, { asOf: '2024-04-01', sourceId: src, stage: 'ratified' }));
    expect(Object.keys(errors).sort()).toEqual(['asOf', 'confirmDate']);
    expect(errors.asOf![0]).toContain('2024-03-01');
    expect(await counts()).toEqual(before);
    expect(await commitment(SLUG)).toEqual(c);
  });

  it('is refused in the editor’s language inside inLocale, and in English outside it', async () => {
    const src = await newSource('2024-03-01');
    const refusal = async () => {
      try {
        await log(SLUG, { asOf: '2024-04-01', sourceId: src, stage: 'ratified' });
      } catch (error) {
        expect(error).toBeInstanceOf(m.InputError);
        return error as InstanceType<MutationsModule['InputError']>;
      }
      throw new Error('expected an InputError, but the call succeeded');
    };
    const english =
      'This date is later than the source’s publication date ({publishedOn}). A source cannot report what happened after it was published.';
    const russian = SERVER_TEXT_CATALOGUES.ru[english]!;
    expect(russian).toMatch(/[а-я]/);

    const inRussian = await inLocale('ru', refusal);
    expect(inRussian.fieldErrors.asOf).toEqual([russian.replace('{publishedOn}', '2024-03-01')]);
    expect(inRussian.message).toBe(SERVER_TEXT_CATALOGUES.ru['Please check the date: it is later than the source was published.']);
    expect(inRussian.generic).toBe(false);

    const inEnglish = await refusal();
    expect(inEnglish.fieldErrors.asOf).toEqual([
      'This date is later than the source’s publication date (2024-03-01). A source cannot report what happened after it was published.',
    ]);
    expect(inEnglish.message).toBe('Please check the date: it is later than the source was published.');
  });

  it('is accepted once confirmed, and the entry says it was confirmed', async () => {
    const src = await newSource('2024-03-01');
    const result = await log(SLUG, {
      asOf: '2024-04-01',
      sourceId: src,
      stage: 'ratified',
      confirmDate: true,
      note: 'Ratification scheduled for 1 April.',
    });
    const [row] = await db.select().from(statusUpdates).where(eq(statusUpdates.id, result.id));
    expect(row).toMatchObject({ asOf: '2024-04-01', dateConfirmed: true });
    expect(await commitment(SLUG)).toMatchObject({ currentStage: 'ratified', lastUpdateOn: '2024-04-01' });
    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.updates[0]).toMatchObject({ id: result.id, dateConfirmed: true });
  });

  it('a date on or before the publication needs nothing, and a needless confirmation is not recorded', async () => {
    const src = await newSource('2024-06-01');
    const result = await log(SLUG, { asOf: '2024-06-01', sourceId: src, confirmDate: true });
    const [row] = await db.select().from(statusUpdates).where(eq(statusUpdates.id, result.id));
    expect(row!.dateConfirmed).toBe(false);
  });
});

// ---------------------------------------------------------------------------- planned dates

describe('planned completion dates', () => {
  const SLUG = 'aktau-container-hub'; // project without a deadline

  it('record the planned date; a later one than first planned sets planned_moved_later', async () => {
    const first = await newSource('2023-10-27');
    const r1 = await plan(SLUG, { statedOn: '2023-10-27', plannedOn: '2025-06-30', plannedText: 'by mid-2025', sourceId: first, note: undefined });
    expect(await commitment(SLUG)).toMatchObject({
      plannedOn: '2025-06-30',
      plannedMovedLater: false,
      effectiveDeadlineOn: null,
      lastReviewedOn: TODAY,
    });

    const second = await newSource('2024-05-30');
    const r2 = await plan(SLUG, {
      statedOn: '2024-05-30',
      plannedOn: '2025-12-31',
      plannedText: 'by the end of 2025',
      sourceId: second,
      note: 'Moved.',
    });
    const c = await commitment(SLUG);
    expect(c).toMatchObject({ plannedOn: '2025-12-31', plannedMovedLater: true, effectiveDeadlineOn: null });
    expect(r2.version).toBe(r1.version + 1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({
      action: 'add-planned-date',
      entity: 'commitment',
      entityId: c.id,
      actorId: editor.id,
      details: { version: r2.version, plannedDateId: r2.id, plannedOn: '2025-12-31', statedOn: '2024-05-30' },
    });

    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.planned.map((p) => [p.id, p.statedOn, p.plannedOn, p.plannedText])).toEqual([
      [r1.id, '2023-10-27', '2025-06-30', 'by mid-2025'],
      [r2.id, '2024-05-30', '2025-12-31', 'by the end of 2025'],
    ]);
  });

  it('make a commitment without a deadline overdue once the planned date has passed', async () => {
    const overdueOn = async (asOf: string) => {
      const { rows, total } = await q.listCommitments({ filters: { status: 'overdue', sort: 'deadline', page: 1 }, asOf, pageSize: 100 });
      expect(rows).toHaveLength(total);
      return rows.map((r) => r.slug);
    };
    // The planned day itself is not overdue; the day after is.
    expect(await overdueOn('2025-12-31')).not.toContain(SLUG);
    expect(await overdueOn('2026-01-01')).toContain(SLUG);
    // The first planned date no longer counts: the latest statement is in force.
    expect(await overdueOn('2025-07-15')).not.toContain(SLUG);
    const summary = await q.getDashboardSummary({ asOf: '2026-01-01' });
    expect(summary.totals.overdue).toBe((await overdueOn('2026-01-01')).length);
  });

  it('a date moved back to the first one is no longer "moved later"', async () => {
    const src = await newSource('2025-01-15');
    await plan(SLUG, { statedOn: '2025-01-15', plannedOn: '2025-06-30', plannedText: undefined, sourceId: src, note: undefined });
    expect(await commitment(SLUG)).toMatchObject({ plannedOn: '2025-06-30', plannedMovedLater: false });
  });

  it('refuse a date stated after the source, a completion before the announcement, and a numeric target', async () => {
    const src = await newSource('2024-02-01');
    const before = await counts();
    expect(
      Object.keys(
        await inputErrors(() =>
          plan(SLUG, { statedOn: '2024-02-02', plannedOn: '2026-12-31', plannedText: undefined, sourceId: src, note: undefined }),
        ),
      ),
    ).toEqual(['statedOn']);
    expect(
      Object.keys(
        await inputErrors(() =>
          plan(SLUG, { statedOn: '2024-02-01', plannedOn: '2023-01-01', plannedText: undefined, sourceId: src, note: undefined }),
        ),
      ),
    ).toEqual(['plannedOn']);
    expect(
      Object.keys(
        await inputErrors(() =>
          plan('intra-regional-trade-15bn', {
            statedOn: '2024-02-01',
            plannedOn: '2026-12-31',
            plannedText: undefined,
            sourceId: src,
            note: undefined,
          }),
        ),
      ),
    ).toEqual(['plannedOn']);
    expect(
      Object.keys(
        await inputErrors(() =>
          plan(SLUG, { statedOn: '2024-02-01', plannedOn: '2026-12-31', plannedText: undefined, sourceId: MISSING_ID, note: undefined }),
        ),
      ),
    ).toEqual(['sourceId']);
    expect(await counts()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------- revisions

describe('target revisions', () => {
  const TRADE = 'intra-regional-trade-15bn'; // baseline 10.6 (2022), target 15, deadline 2027-12-31 (interpreted)

  it('a revision of the target alone leaves the deadline unrevised', async () => {
    const summit = await newSource('2025-11-16');
    await revise(TRADE, { revisedOn: '2025-11-16', sourceId: summit, newTargetValue: 20, note: 'Raised at the Seventh Consultative Meeting.' });

    expect(await commitment(TRADE)).toMatchObject({
      targetValue: 15,
      targetInForce: 20,
      targetRevisedOn: '2025-11-16',
      deadlineOn: '2027-12-31',
      effectiveDeadlineOn: '2027-12-31',
    });
    const { rows } = await q.listCommitmentsForOpenData({ filters: { sort: 'deadline', page: 1 }, asOf: TODAY, perPage: 'all' });
    expect(rows.find((r) => r.slug === TRADE)).toMatchObject({
      targetValueInForce: 20,
      targetRevisedOn: '2025-11-16',
      deadlineRevisedOn: null,
      deadlineTextInForce: 'in the near future',
      baselineInForce: { on: '2022-12-31', value: 10.6 },
      baselineRevisedOn: null,
      revisionCount: 1,
    });
    // The calendar keeps calling the date our reading of the announced words.
    const deadlines = await q.listCommitmentDeadlines({ asOf: TODAY });
    expect(deadlines.find((d) => d.slug === TRADE)).toMatchObject({
      deadlineOn: '2027-12-31',
      deadlineText: 'in the near future',
      deadlineInterpreted: true,
    });

    const detail = await q.getCommitmentBySlug({ slug: TRADE, asOf: TODAY });
    expect(detail!.target).toMatchObject({ targetValue: 20, originalTargetValue: 15, revised: true, deadlineOn: '2027-12-31' });
    expect(detail!.target!.originalProgress).not.toBeNull();
    expect(detail!.target!.segments.map((s) => [s.from, s.targetValue])).toEqual([
      [null, 15],
      ['2025-11-16', 20],
    ]);
    expect(detail!.terms).toMatchObject({ targetValue: 20, targetRevisedOn: '2025-11-16', deadlineRevisedOn: null });
  });

  it('a re-baseline changes the baseline in force, not the announced one', async () => {
    const src = await newSource('2026-01-10');
    await revise(TRADE, { revisedOn: '2026-01-10', sourceId: src, newBaselineValue: 11, newBaselineOn: '2023-12-31', note: 'Better baseline.' });
    const c = await commitment(TRADE);
    expect(c).toMatchObject({ baselineValue: 10.6, baselineOn: '2022-12-31', targetInForce: 20, targetRevisedOn: '2025-11-16' });

    const { rows } = await q.listCommitmentsForOpenData({ filters: { sort: 'deadline', page: 1 }, asOf: TODAY, perPage: 'all' });
    expect(rows.find((r) => r.slug === TRADE)).toMatchObject({
      baselineValue: 10.6,
      baselineInForce: { on: '2023-12-31', value: 11 },
      baselineRevisedOn: '2026-01-10',
      targetRevisedOn: '2025-11-16',
      deadlineRevisedOn: null,
      revisionCount: 2,
    });
    const detail = await q.getCommitmentBySlug({ slug: TRADE, asOf: TODAY });
    expect(detail!.target).toMatchObject({ baseline: { on: '2023-12-31', value: 11 }, originalBaseline: { on: '2022-12-31', value: 10.6 } });
    expect(detail!.target!.progress.baseline).toEqual({ on: '2023-12-31', value: 11 });
  });

  it('refuses a revision that breaks the direction, with the message, writing nothing', async () => {
    const src = await newSource('2026-02-01');
    const c = await commitment(TRADE);
    const before = await counts();
    // Against the baseline in force on the revision's date (11 since the re-baseline).
    expect(await inputErrors(() => revise(TRADE, { revisedOn: '2026-02-01', sourceId: src, newTargetValue: 9 }))).toEqual({
      newTargetValue: [directionMessage('must-be-above', 11)],
    });
    // Before the re-baseline, against the announced baseline.
    expect(await inputErrors(() => revise(TRADE, { revisedOn: '2025-12-01', sourceId: src, newTargetValue: 10 }))).toEqual({
      newTargetValue: [directionMessage('must-be-above', 10.6)],
    });
    // Fine on its own date (10.8 above 10.6), but the re-baseline to 11 of 2026-01-10 applies on top of it.
    expect(await inputErrors(() => revise(TRADE, { revisedOn: '2025-12-01', sourceId: src, newTargetValue: 10.8 }))).toEqual({
      newTargetValue: [`With the revision of 2026-01-10 on top of this one: ${directionMessage('must-be-above', 11).replace(/^A/, 'a')}`],
    });
    // A new baseline above the target in force (20).
    expect(
      await inputErrors(() => revise(TRADE, { revisedOn: '2026-02-01', sourceId: src, newBaselineValue: 25, newBaselineOn: '2025-12-31' })),
    ).toEqual({
      newBaselineValue: [directionMessage('must-be-above', 25)],
    });
    // A new deadline before the announcement.
    expect(Object.keys(await inputErrors(() => revise(TRADE, { revisedOn: '2026-02-01', sourceId: src, newDeadlineOn: '2023-01-01' })))).toEqual([
      'newDeadlineOn',
    ]);
    expect(await counts()).toEqual(before);
    expect(await commitment(TRADE)).toEqual(c);
  });

  it('a revision dated in the future changes the terms only from its own date', async () => {
    const SLUG = 'it-exports-1bn-by-2026'; // target 1, deadline 2026-12-31 ('by 2026', interpreted)
    const effective = addDaysIso(TODAY, 45);
    const dayBefore = addDaysIso(effective, -1);
    const src = await newSource(TODAY);
    expect((await commitment(SLUG)).lastReviewedOn).toBe(UNTIL);
    await revise(SLUG, {
      revisedOn: effective,
      sourceId: src,
      newTargetValue: 1.5,
      newDeadlineOn: '2028-12-31',
      newDeadlineText: 'by 2028',
      note: 'A goal announced for later.',
    });

    // Saved today: not in force yet.
    const c = await commitment(SLUG);
    expect(c).toMatchObject({ targetInForce: 1, targetRevisedOn: null, effectiveDeadlineOn: '2026-12-31', computedOn: TODAY, lastReviewedOn: TODAY });

    await recompute(c.id, dayBefore);
    expect(await commitment(SLUG)).toMatchObject({
      targetInForce: 1,
      targetRevisedOn: null,
      effectiveDeadlineOn: '2026-12-31',
      computedOn: dayBefore,
    });
    await recompute(c.id, effective);
    expect(await commitment(SLUG)).toMatchObject({
      targetInForce: 1.5,
      targetRevisedOn: effective,
      effectiveDeadlineOn: '2028-12-31',
      computedOn: effective,
    });

    // The reads follow the day they are asked about.
    expect((await q.getCommitmentBySlug({ slug: SLUG, asOf: dayBefore }))!.terms).toMatchObject({
      targetValue: 1,
      deadlineOn: '2026-12-31',
      targetRevisedOn: null,
    });
    expect((await q.getCommitmentBySlug({ slug: SLUG, asOf: effective }))!.terms).toMatchObject({
      targetValue: 1.5,
      deadlineOn: '2028-12-31',
      targetRevisedOn: effective,
      deadlineRevisedOn: effective,
    });
    const list = async (asOf: string) =>
      (await q.listCommitmentsForOpenData({ filters: { sort: 'deadline', page: 1 }, asOf, perPage: 'all' })).rows.find((r) => r.slug === SLUG);
    expect(await list(dayBefore)).toMatchObject({ targetValueInForce: 1, deadlineTextInForce: 'by 2026', deadlineRevisedOn: null });
    expect(await list(effective)).toMatchObject({ targetValueInForce: 1.5, deadlineTextInForce: 'by 2028', deadlineRevisedOn: effective });
    const calendar = async (asOf: string) => (await q.listCommitmentDeadlines({ asOf })).find((d) => d.slug === SLUG);
    expect(await calendar(dayBefore)).toMatchObject({ deadlineText: 'by 2026', deadlineInterpreted: true });
    expect(await calendar(effective)).toMatchObject({ deadlineText: 'by 2028', deadlineInterpreted: false });

    // Back to today for the tests below.
    await recompute(c.id);
    expect(await commitment(SLUG)).toMatchObject({ targetInForce: 1, effectiveDeadlineOn: '2026-12-31', computedOn: TODAY });
  });
});

// ---------------------------------------------------------------------------- multiples of a figure

describe('a target that is a multiple of a figure of its series', () => {
  const TRANS_CASPIAN = 'trans-caspian-volume-fivefold'; // 5 × the 2023 volume

  it('has no target in force until the baseline period’s figure is recorded, then the multiple of the preferred one', async () => {
    const before = await commitment(TRANS_CASPIAN);
    expect(before).toMatchObject({
      targetValue: null,
      targetMultiple: 5,
      baselinePeriod: '2023',
      targetInForce: null,
      trajectoryStatus: 'insufficient-data',
      lastReviewedOn: UNTIL,
    });
    expect((await q.getCommitmentBySlug({ slug: TRANS_CASPIAN, asOf: TODAY }))!.target).toBeNull();

    const metric = await metricIdOf('trans-caspian-cargo');
    const ministry = await newSource('2026-03-10');
    await addFigure(metric, ministry, '2023', 2.764);
    // A figure of its series recorded today is today's look at the commitment too.
    expect(await commitment(TRANS_CASPIAN)).toMatchObject({ targetInForce: 13.82, targetRevisedOn: null, lastReviewedOn: TODAY });
    const detail = await q.getCommitmentBySlug({ slug: TRANS_CASPIAN, asOf: TODAY });
    expect(detail!.target).toMatchObject({
      targetValue: 13.82,
      originalTargetValue: 13.82,
      baseline: { on: '2023-12-31', value: 2.764 },
      revised: false,
    });

    // Another source's figure for the year stays beside it until it is preferred.
    const other = await newSource('2024-01-24');
    const second = await addFigure(metric, other, '2023', 2.8);
    expect(second.preferred).toBe(false);
    expect((await commitment(TRANS_CASPIAN)).targetInForce).toBe(13.82);
    await m.preferObservation(db, { observationId: second.id, actor: editor });
    expect((await commitment(TRANS_CASPIAN)).targetInForce).toBe(14);
    const [first] = await db
      .select({ id: observations.id })
      .from(observations)
      .where(and(eq(observations.metricId, metric), eq(observations.value, 2.764)));
    await m.preferObservation(db, { observationId: first!.id, actor: editor });
    expect((await commitment(TRANS_CASPIAN)).targetInForce).toBe(13.82);
  });

  it('saveCommitment takes a baseline period and a multiple, and checks the direction against the figure', async () => {
    const created = await newTarget('ferry-volume-double', { baselinePeriod: '2024', targetMultiple: 2, deadlineOn: '2029-12-31' });
    expect(await commitment('ferry-volume-double')).toMatchObject({
      baselinePeriod: '2024',
      targetMultiple: 2,
      targetValue: null,
      baselineValue: null,
      targetInForce: null,
    });

    await addFigure(created.metricId, await newSource('2025-02-01'), '2024', 3);
    expect((await commitment('ferry-volume-double')).targetInForce).toBe(6);

    // A value target below the baseline figure, for a rise, is refused with the figure named.
    const c = await commitment('ferry-volume-double');
    const errors = await inputErrors(() =>
      m.saveCommitment(db, {
        actor: editor,
        input: { ...created.input, id: c.id, expectedVersion: c.version, targetMultiple: undefined, targetValue: 2 },
      }),
    );
    expect(errors).toEqual({ targetValue: [directionMessage('must-be-above', 3)] });
    expect(await commitment('ferry-volume-double')).toEqual(c);
  });
});

// ---------------------------------------------------------------------------- daily recomputation

describe('recomputeOutdated', () => {
  it('recomputes only the rows computed before the day (or never), in batches', async () => {
    await m.recomputeOutdated(db, TODAY);
    expect(await m.recomputeOutdated(db, TODAY)).toBe(0);

    const [a, b, c, fresh] = await Promise.all(
      ['consultative-meetings-secretariat', 'special-representatives', 'central-asia-tourism-brand', 'commodity-producers-database'].map(commitment),
    );
    // Spoil the cached verdict of four rows; three of them are marked as computed long ago or never.
    await testDb!.write(async (tx) => {
      await tx.update(commitments).set({ currentVerdict: 'dropped', computedOn: '2000-01-01' }).where(eq(commitments.id, a!.id));
      await tx
        .update(commitments)
        .set({ currentVerdict: 'dropped', computedOn: addDaysIso(TODAY, -1) })
        .where(eq(commitments.id, b!.id));
      await tx.update(commitments).set({ currentVerdict: 'dropped', computedOn: null }).where(eq(commitments.id, c!.id));
      await tx.update(commitments).set({ currentVerdict: 'dropped' }).where(eq(commitments.id, fresh!.id));
    });

    expect(await m.recomputeOutdated(db, TODAY, 2)).toBe(3);
    for (const row of [a!, b!, c!]) {
      expect(await commitment(row.slug), row.slug).toMatchObject({ currentVerdict: row.currentVerdict, computedOn: TODAY });
    }
    // Computed today already: left alone.
    expect(await commitment(fresh!.slug)).toMatchObject({ currentVerdict: 'dropped', computedOn: TODAY });
    expect(await m.recomputeOutdated(db, TODAY)).toBe(0);

    await recompute(fresh!.id);
    expect((await commitment(fresh!.slug)).currentVerdict).toBe(fresh!.currentVerdict);
  });
});

// ---------------------------------------------------------------------------- corrections

describe('a correction', () => {
  it('made the same day links both entries with the day each was logged', async () => {
    const SLUG = 'youth-policy-agreement'; // agreement, signed
    const first = await log(SLUG, { asOf: TODAY, verdict: 'stalled', note: 'No news of ratification.' });
    const fix = await log(SLUG, { asOf: TODAY, verdict: 'in-progress', stage: 'ratified', correctsId: first.id, note: 'Ratified after all.' });
    expect(await commitment(SLUG)).toMatchObject({ currentVerdict: 'in-progress', currentStage: 'ratified' });

    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    const correction = detail!.updates.find((u) => u.id === fix.id)!;
    const corrected = detail!.updates.find((u) => u.id === first.id)!;
    expect(correction).toMatchObject({
      correctsId: first.id,
      corrects: { id: first.id, asOf: TODAY, loggedOn: TODAY },
      correctedBy: null,
      correctedById: null,
    });
    expect(correction.corrects!.loggedOn).toBe(correction.createdAt.slice(0, 10));
    expect(corrected).toMatchObject({
      correctsId: null,
      corrects: null,
      correctedById: fix.id,
      correctedBy: { id: fix.id, asOf: TODAY, loggedOn: TODAY },
    });

    const dashboard = await q.getDashboardSummary({ asOf: TODAY });
    const latest = new Map(dashboard.latestUpdates.map((u) => [u.id, u]));
    expect(latest.get(first.id)).toMatchObject({ correctedById: fix.id, commitmentSlug: SLUG });
    expect(latest.get(fix.id)).toMatchObject({ correctsId: first.id, correctedById: null });
    const feed = new Map((await q.listLatestStatusUpdates({ limit: 10 })).map((u) => [u.id, u]));
    expect(feed.get(first.id)).toMatchObject({ correctedById: fix.id });
    expect(feed.get(fix.id)).toMatchObject({ correctedById: null, corrects: { id: first.id, loggedOn: TODAY } });
  });

  it('of a seeded entry says the corrected entry was logged on its own day', async () => {
    const SLUG = 'council-of-national-coordinators';
    const c = await commitment(SLUG);
    const [initial] = await db.select({ id: statusUpdates.id }).from(statusUpdates).where(eq(statusUpdates.commitmentId, c.id));
    const outcome = await newSource('2023-09-15');
    const fix = await log(SLUG, {
      asOf: UNTIL,
      verdict: 'achieved',
      stage: 'adopted',
      sourceId: outcome,
      correctsId: initial!.id,
      confirmDate: true,
    });
    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.updates.find((u) => u.id === fix.id)).toMatchObject({ corrects: { id: initial!.id, asOf: UNTIL, loggedOn: UNTIL } });
    expect(detail!.updates.find((u) => u.id === initial!.id)).toMatchObject({ correctedBy: { id: fix.id, asOf: UNTIL, loggedOn: TODAY } });
    expect(await commitment(SLUG)).toMatchObject({ currentVerdict: 'achieved', currentStage: 'adopted' });
  });
});

// ---------------------------------------------------------------------------- metrics

describe('saveMetric', () => {
  let id: number;
  const SLUG = 'caspian-ferry-crossings';

  async function stored() {
    const [row] = await db.select().from(metrics).where(eq(metrics.id, id));
    const texts = await db.select().from(metricTranslations).where(eq(metricTranslations.metricId, id)).orderBy(metricTranslations.locale);
    return { row, texts };
  }

  it('creates a metric with its Russian and Kazakh texts, audited', async () => {
    const result = await m.saveMetric(db, {
      actor: editor,
      input: metricInput({
        slug: SLUG,
        name: 'Caspian ferry crossings',
        unit: 'crossings',
        unitLabel: 'ferry crossings',
        decimals: 0,
        description: 'Ferry crossings between Aktau and Baku in a year.',
        texts: {
          ru: { name: 'Паромные рейсы через Каспий', unit: 'рейсов', description: 'Паромные рейсы между Актау и Баку за год.' },
          kk: { name: 'Каспий арқылы паром қатынасы', unit: undefined, description: undefined },
        },
      }),
    });
    id = result.id;
    expect(result).toEqual({ id, slug: SLUG, version: 1 });
    expect(await q.getMetricForEditing({ slug: SLUG })).toMatchObject({
      id,
      name: 'Caspian ferry crossings',
      unit: 'crossings',
      unitLabel: 'ferry crossings',
      decimals: 0,
      version: 1,
      ru: { name: 'Паромные рейсы через Каспий', unit: 'рейсов', description: 'Паромные рейсы между Актау и Баку за год.' },
      kk: { name: 'Каспий арқылы паром қатынасы', unit: null, description: null },
    });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'create-metric', entity: 'metric', entityId: id, actorId: editor.id, details: { version: 1, slug: SLUG } });
    // Readers in Russian get the Russian name and unit.
    expect(await q.getMetricForOpenData({ slug: SLUG, locale: 'ru' })).toMatchObject({
      name: 'Паромные рейсы через Каспий',
      unitLabel: 'рейсов',
      nameLocale: 'ru',
    });
  });

  it('edits with the right version: fields and translations change, an emptied language is removed', async () => {
    const result = await m.saveMetric(db, {
      actor: editor,
      input: metricInput({
        id,
        expectedVersion: 1,
        slug: SLUG,
        name: 'Aktau–Baku ferry crossings',
        unit: 'crossings',
        description: 'Scheduled crossings only.',
        texts: {
          ru: { name: 'Паромные рейсы Актау — Баку', unit: 'рейсов', description: undefined },
          kk: { name: undefined, unit: undefined, description: undefined },
        },
      }),
    });
    expect(result).toEqual({ id, slug: SLUG, version: 2 });
    const { row, texts } = await stored();
    expect(row).toMatchObject({
      name: 'Aktau–Baku ferry crossings',
      unitLabel: null,
      decimals: null,
      description: 'Scheduled crossings only.',
      version: 2,
    });
    expect(texts.map((t) => [t.locale, t.name, t.unitLabel, t.description, t.updatedBy])).toEqual([
      ['ru', 'Паромные рейсы Актау — Баку', 'рейсов', null, editor.id],
    ]);
    expect(await q.getMetricForEditing({ slug: SLUG })).toMatchObject({ version: 2, kk: null });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'edit-metric', entityId: id, details: { version: 2 } });
  });

  it('a stale version throws ConflictError on the metric and changes nothing', async () => {
    const before = await stored();
    const auditBefore = await count(auditEvents);
    let error: unknown;
    try {
      await m.saveMetric(db, {
        actor: editor,
        input: metricInput({
          id,
          expectedVersion: 1,
          slug: SLUG,
          name: 'Overwritten?',
          texts: { ru: { name: 'Нет', unit: undefined, description: undefined }, kk: { name: 'Жоқ', unit: undefined, description: undefined } },
        }),
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(m.ConflictError);
    expect(error).toMatchObject({ entity: 'metric', entityId: id, expectedVersion: 1, currentVersion: 2 });
    expect(await stored()).toEqual(before);
    expect(await count(auditEvents)).toBe(auditBefore);
  });

  it('refuses a taken slug and a metric that does not exist', async () => {
    expect(await inputErrors(() => m.saveMetric(db, { actor: editor, input: metricInput({ slug: 'intra-regional-trade' }) }))).toEqual({
      slug: ['Another metric already uses this slug.'],
    });
    expect(
      Object.keys(
        await inputErrors(() =>
          m.saveMetric(db, { actor: editor, input: metricInput({ slug: 'no-such-metric-x', id: MISSING_ID, expectedVersion: 1 }) }),
        ),
      ),
    ).toEqual(['id']);
  });
});

describe('a source without a publisher', () => {
  it('is saved with the publisher not recorded', async () => {
    const id = await newSource('2024-02-02', { withoutPublisher: true });
    const [row] = await db.select().from(sources).where(eq(sources.id, id));
    expect(row!.publisher).toBeNull();
    const listed = (await q.listSources()).find((s) => s.id === id);
    expect(listed).toMatchObject({ publisher: null });
  });
});

// ---------------------------------------------------------------------------- deadline grading

describe('a target whose deadline has passed', () => {
  const SLUG = 'deadline-graded-target';
  let target: Awaited<ReturnType<typeof newTarget>>;

  beforeAll(async () => {
    target = await newTarget(SLUG, {
      baselineValue: 10,
      baselineOn: '2022-12-31',
      targetValue: 20,
      deadlineOn: '2024-12-31',
      deadlineText: 'by 2024',
    });
  });

  it('is awaiting its deadline figure, then missed when that figure falls short', async () => {
    expect(await commitment(SLUG)).toMatchObject({ trajectoryStatus: 'insufficient-data', effectiveDeadlineOn: '2024-12-31' });
    await log(SLUG, { asOf: '2025-03-01', sourceId: await newSource('2025-03-01'), figure: figure('2024', 12) });
    const c = await commitment(SLUG);
    expect(c).toMatchObject({ trajectoryStatus: 'missed', progressShare: (12 - 10) / (20 - 10) });
    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.target!.progress).toMatchObject({ status: 'missed', deadlinePassed: true, shortfall: 8, met: false });
  });

  it('is achieved late once a later figure meets the target', async () => {
    await addFigure(target.metricId, await newSource('2026-03-01'), '2025', 21);
    const c = await commitment(SLUG);
    expect(c).toMatchObject({ trajectoryStatus: 'achieved-late', trajectoryBasis: null });
    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.target!.progress).toMatchObject({ status: 'achieved-late', met: true, metOn: '2025-12-31' });
    // As of a day before the deadline, the same figures were not yet graded by it.
    await recompute(c.id, '2024-06-30');
    expect((await commitment(SLUG)).trajectoryStatus).not.toBe('missed');
    expect((await commitment(SLUG)).trajectoryStatus).not.toBe('achieved-late');
    await recompute(c.id);
    expect((await commitment(SLUG)).trajectoryStatus).toBe('achieved-late');
  });
});
