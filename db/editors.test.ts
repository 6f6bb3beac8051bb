import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditEvents,
  commitmentCountries,
  commitments,
  evidenceLinks,
  metrics,
  observations,
  signInAttempts,
  sources,
  statusUpdates,
  targetRevisions,
  users,
} from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { SEED_AUTHOR } from './seed/load';
import type { CommitmentInput, ObservationInput, SourceInput, StatusUpdateInput, TargetRevisionInput } from '../lib/validation';
import { passwordBuckets, SIGN_IN_LIMITS } from '../lib/rate-limit';

// Integration tests of the editors' writes (db/mutations.ts) against a real libSQL file,
// migrated and seeded once. The describe blocks run in order and build on one another:
// ensureFirstAdmin runs first (no users yet), then two actors are created and used by
// every later write.
//
// The seed is the dataset as known on 17 May 2024 (db/seed/layers.ts), as in db.test.ts: the
// speech, the 24.kg report of that day and the first researched updates, before the later
// figures. These tests are about the writes, not the research, so they keep to that layer;
// db/verdicts.test.ts covers the rules of the log, figures, planned dates and revisions.

type MutationsModule = TestDatabase['mutations'];
type FirstAdminModule = typeof import('../scripts/first-admin');
type Actor = import('./mutations').Actor;

let testDb: TestDatabase | undefined;
let m: TestDatabase['mutations'];
let q: TestDatabase['queries'];
let firstAdmin: FirstAdminModule;
let db: TestDatabase['db'];
let count: TestDatabase['count'];
let commitment: TestDatabase['commitment'];
let sourceId: TestDatabase['sourceId'];
let metricId: TestDatabase['metricId'];
let lastAudit: TestDatabase['lastAudit'];

const TODAY = new Date().toISOString().slice(0, 10);
const TRADE = 'intra-regional-trade-15bn';
const TRADE_METRIC = 'intra-regional-trade';
const NEWS = 'news-report-2023-09-14-priorities';
const KG24 = '24kg-2024-05-17-astana-summit';
const MISSING_ID = 987_654;
/** A project still at its announced stage in this layer, with only its first log entry. */
const PROJECT = 'zhanaozen-turkmenistan-highway';
const UNTIL = '2024-05-17';

beforeAll(async () => {
  testDb = await openTestDatabase({
    seed: { until: UNTIL },
    env: {
      FIRST_ADMIN_EMAIL: '  First.Admin@Example.ORG ',
      // Short busy wait: the concurrency test below runs into it (see there).
      DATABASE_BUSY_TIMEOUT_MS: '300',
    },
  });
  ({ mutations: m, queries: q, db, count, commitment, sourceId, metricId, lastAudit } = testDb);
  // Imported only now, after openTestDatabase has set the environment.
  firstAdmin = await import('../scripts/first-admin');
});

afterAll(async () => {
  await testDb?.close();
});

// ---------------------------------------------------------------------------- helpers

/** Row counts of every table an editor's write can touch. */
async function snapshot() {
  return {
    commitments: await count(commitments),
    countries: await count(commitmentCountries),
    statusUpdates: await count(statusUpdates),
    evidence: await count(evidenceLinks),
    revisions: await count(targetRevisions),
    observations: await count(observations),
    sources: await count(sources),
    users: await count(users),
    audit: await count(auditEvents),
  };
}

/** Runs `fn`, expects it to throw an InputError, and returns its field errors. */
async function inputErrors(fn: () => Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(m.InputError);
    return (error as InstanceType<MutationsModule['InputError']>).fieldErrors;
  }
  throw new Error('expected an InputError, but the call succeeded');
}

async function conflict(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(m.ConflictError);
    return error as InstanceType<MutationsModule['ConflictError']>;
  }
  throw new Error('expected a ConflictError, but the call succeeded');
}

function statusInput(partial: Partial<StatusUpdateInput> & Pick<StatusUpdateInput, 'commitmentId' | 'expectedVersion'>): StatusUpdateInput {
  return {
    entryType: 'update',
    asOf: '2025-03-01',
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

function observationInput(partial: Partial<ObservationInput> & Pick<ObservationInput, 'metricId' | 'sourceId'>): ObservationInput {
  return {
    period: '2023',
    periodEnd: '2023-12-31',
    value: 1,
    qualifier: 'exact',
    note: undefined,
    preferred: false,
    derived: false,
    ...partial,
  };
}

let alice: Actor; // admin
let bob: Actor; // editor

// ---------------------------------------------------------------------- ensureFirstAdmin

describe('ensureFirstAdmin (before any user exists)', () => {
  it('creates one admin who must change the password, and logs the password once', async () => {
    expect(await count(users)).toBe(0);
    const log = vi.fn<(line: string) => void>();
    expect(await firstAdmin.ensureFirstAdmin({ log })).toBe(true);

    const lines = log.mock.calls.map(([line]) => line);
    const passwordLines = lines.filter((l) => l.includes('Password:'));
    expect(passwordLines).toHaveLength(1);
    const password = /Password:\s+(\S+)/.exec(passwordLines[0]!)?.[1];
    expect(password).toBeDefined();
    expect(password!.length).toBe(20);
    expect(lines.filter((l) => l.includes(password!))).toHaveLength(1);
    expect(lines.some((l) => l.includes('first.admin@example.org'))).toBe(true);

    const [admin] = await db.select().from(users);
    expect(await count(users)).toBe(1);
    expect(admin).toMatchObject({
      email: 'first.admin@example.org',
      role: 'admin',
      mustChangePassword: true,
      disabled: false,
      name: 'Administrator',
    });
    // The password is stored hashed, and the logged one is the one that verifies.
    expect(admin!.passwordHash).not.toContain(password!);
    const { verifyPassword } = await import('../lib/password');
    expect(await verifyPassword(password!, admin!.passwordHash)).toBe(true);

    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'create-user', entity: 'user', entityId: admin!.id, actorId: null });
  });

  it('a second call returns false, logs nothing and creates no one', async () => {
    const log = vi.fn<(line: string) => void>();
    const before = await snapshot();
    expect(await firstAdmin.ensureFirstAdmin({ log })).toBe(false);
    expect(log).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });
});

// --------------------------------------------------------------------------- actors

describe('actors', () => {
  it('creates an admin and an editor to act in the tests below', async () => {
    const a = await m.createUser(db, {
      email: 'Alice@Example.org',
      name: 'Alice Admin',
      role: 'admin',
      passwordHash: 'scrypt$not-a-real-hash-a',
      mustChangePassword: false,
      actor: null,
    });
    const b = await m.createUser(db, {
      email: 'bob@example.org',
      name: 'Bob Editor',
      role: 'editor',
      passwordHash: 'scrypt$not-a-real-hash-b',
      mustChangePassword: false,
      actor: { id: a.id, name: 'Alice Admin' },
    });
    alice = { id: a.id, name: 'Alice Admin' };
    bob = { id: b.id, name: 'Bob Editor' };
    const stored = await q.getUserById({ id: a.id });
    expect(stored).toMatchObject({ email: 'alice@example.org', role: 'admin', disabled: false });
    expect(await lastAudit()).toMatchObject({
      action: 'create-user',
      entityId: b.id,
      actorId: a.id,
      details: { role: 'editor', name: 'Bob Editor' },
    });
  });
});

// ---------------------------------------------------------------------- addStatusUpdate

describe('addStatusUpdate', () => {
  const SLUG = PROJECT; // project, seeded at stage 'announced', version 1

  it('writes the update and its evidence, bumps the version, recomputes and audits', async () => {
    const before = await commitment(SLUG);
    expect(before.version).toBe(1);
    expect(before.currentStage).toBe('announced');
    const counts = await snapshot();
    // Published on 17 May 2024: an as-of date up to that day needs no confirmation.
    const src = await sourceId(KG24);

    const result = await m.addStatusUpdate(db, {
      actor: bob,
      input: statusInput({
        commitmentId: before.id,
        expectedVersion: 1,
        asOf: '2024-05-17',
        verdict: 'in-progress',
        stage: 'planned',
        note: 'Design approved.',
        sourceId: src,
        evidence: [
          { url: 'https://example.org/a', title: 'First report' },
          { url: 'https://example.org/b', title: 'Second report' },
        ],
      }),
    });
    expect(result).toMatchObject({ slug: SLUG, version: 2 });

    const after = await snapshot();
    expect(after).toEqual({ ...counts, statusUpdates: counts.statusUpdates + 1, evidence: counts.evidence + 2, audit: counts.audit + 1 });

    const [row] = await db.select().from(statusUpdates).where(eq(statusUpdates.id, result.id));
    expect(row).toMatchObject({
      commitmentId: before.id,
      asOf: '2024-05-17',
      entryType: 'update',
      verdict: 'in-progress',
      stage: 'planned',
      value: null,
      observationId: null,
      dateConfirmed: false,
      note: 'Design approved.',
      sourceId: src,
      correctsId: null,
      authorId: bob.id,
      authorName: 'Bob Editor',
    });
    const links = await db.select().from(evidenceLinks).where(eq(evidenceLinks.statusUpdateId, result.id));
    expect(links.map((l) => [l.url, l.title])).toEqual([
      ['https://example.org/a', 'First report'],
      ['https://example.org/b', 'Second report'],
    ]);

    const c = await commitment(SLUG);
    expect(c.version).toBe(2);
    expect(c.currentVerdict).toBe('in-progress');
    expect(c.currentStage).toBe('planned');
    expect(c.lastUpdateOn).toBe('2024-05-17');
    expect(c.progressShare).toBe(0.25);

    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'add-status-update', entity: 'commitment', entityId: before.id, actorId: bob.id });
    expect(audit.details).toMatchObject({
      version: 2,
      statusUpdateId: result.id,
      verdict: 'in-progress',
      stage: 'planned',
      asOf: '2024-05-17',
      correctsId: null,
      observationId: null,
    });

    // The public read shows it first, with its evidence, and without the editor's name: the
    // public byline is always "the editors" (docs/security.md, "Bylines").
    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.version).toBe(2);
    expect(detail!.updates[0]).toMatchObject({
      id: result.id,
      entryType: 'update',
      stage: 'planned',
      stageInForce: 'planned',
      evidence: [
        { url: 'https://example.org/a', title: 'First report' },
        { url: 'https://example.org/b', title: 'Second report' },
      ],
    });
    expect(detail!.updates.at(-1)).toMatchObject({ stage: 'announced', stageInForce: 'announced' });
    for (const u of detail!.updates) {
      expect(u).not.toHaveProperty('authorName');
      expect(u).not.toHaveProperty('authorId');
    }
    expect(JSON.stringify(detail)).not.toContain('Bob Editor');
    // The stored row still keeps who wrote it; the seeded first entry is the editorial team's.
    const [seeded] = await db
      .select({ authorName: statusUpdates.authorName, authorId: statusUpdates.authorId })
      .from(statusUpdates)
      .where(eq(statusUpdates.id, detail!.updates.at(-1)!.id));
    expect(seeded).toEqual({ authorName: SEED_AUTHOR, authorId: null });
  });

  it('with a stale expectedVersion throws ConflictError and writes nothing', async () => {
    const c = await commitment(SLUG);
    expect(c.version).toBe(2);
    const counts = await snapshot();
    const error = await conflict(() =>
      m.addStatusUpdate(db, {
        actor: alice,
        input: statusInput({
          commitmentId: c.id,
          expectedVersion: 1,
          stage: 'under-construction',
          evidence: [{ url: 'https://example.org/c', title: 'Late report' }],
        }),
      }),
    );
    expect(error.entity).toBe('commitment');
    expect(error.entityId).toBe(c.id);
    expect(error.expectedVersion).toBe(1);
    expect(error.currentVersion).toBe(2);
    expect(await snapshot()).toEqual(counts);
    const after = await commitment(SLUG);
    expect(after.version).toBe(2);
    expect(after.currentStage).toBe('planned');
  });

  it("refuses a stage outside the kind's ladder, on 'stage'", async () => {
    const c = await commitment(SLUG);
    const counts = await snapshot();
    const errors = await inputErrors(() =>
      m.addStatusUpdate(db, { actor: bob, input: statusInput({ commitmentId: c.id, expectedVersion: c.version, stage: 'held' }) }),
    );
    expect(Object.keys(errors)).toEqual(['stage']);
    expect(errors.stage?.[0]).toContain('under-construction');
    // A numeric target takes no stage at all.
    const trade = await commitment(TRADE);
    const targetErrors = await inputErrors(() =>
      m.addStatusUpdate(db, { actor: bob, input: statusInput({ commitmentId: trade.id, expectedVersion: trade.version, stage: 'planned' }) }),
    );
    expect(Object.keys(targetErrors)).toEqual(['stage']);
    expect(await snapshot()).toEqual(counts);
    expect((await commitment(SLUG)).version).toBe(c.version);
  });

  it("refuses a figure on a staged kind, on 'figureValue'", async () => {
    const c = await commitment(SLUG);
    const counts = await snapshot();
    const figure = { value: 12, period: '2024', periodEnd: '2024-12-31', qualifier: 'exact' as const };
    const src = await sourceId(KG24);
    const errors = await inputErrors(() =>
      m.addStatusUpdate(db, {
        actor: bob,
        input: statusInput({ commitmentId: c.id, expectedVersion: c.version, figure, sourceId: src, asOf: UNTIL }),
      }),
    );
    expect(errors).toEqual({ figureValue: ['Only numeric targets take a figure.'] });
    expect(await snapshot()).toEqual(counts);
    expect((await commitment(SLUG)).version).toBe(c.version);
  });

  it("refuses to correct another commitment's entry, on 'correctsId'", async () => {
    const c = await commitment(SLUG);
    const other = await commitment('bakhty-ayagoz-railway');
    const [otherEntry] = await db.select({ id: statusUpdates.id }).from(statusUpdates).where(eq(statusUpdates.commitmentId, other.id));
    const counts = await snapshot();
    for (const correctsId of [otherEntry!.id, MISSING_ID]) {
      const errors = await inputErrors(() =>
        m.addStatusUpdate(db, { actor: bob, input: statusInput({ commitmentId: c.id, expectedVersion: c.version, correctsId }) }),
      );
      expect(Object.keys(errors)).toEqual(['correctsId']);
    }
    expect(await snapshot()).toEqual(counts);
  });

  it("refuses an unknown source, on 'sourceId'", async () => {
    const c = await commitment(SLUG);
    const counts = await snapshot();
    const errors = await inputErrors(() =>
      m.addStatusUpdate(db, { actor: bob, input: statusInput({ commitmentId: c.id, expectedVersion: c.version, sourceId: MISSING_ID }) }),
    );
    expect(errors).toEqual({ sourceId: ['Choose a source from the list.'] });
    expect(await snapshot()).toEqual(counts);
    expect((await commitment(SLUG)).version).toBe(c.version);
  });

  it("refuses an unknown commitment, on 'commitmentId'", async () => {
    const errors = await inputErrors(() =>
      m.addStatusUpdate(db, { actor: bob, input: statusInput({ commitmentId: MISSING_ID, expectedVersion: 1 }) }),
    );
    expect(Object.keys(errors)).toEqual(['commitmentId']);
  });

  it('a correction of its own entry replaces that entry in the cached state', async () => {
    const c = await commitment(SLUG);
    const [latest] = await db
      .select({ id: statusUpdates.id })
      .from(statusUpdates)
      .where(and(eq(statusUpdates.commitmentId, c.id), eq(statusUpdates.stage, 'planned')));
    const result = await m.addStatusUpdate(db, {
      actor: alice,
      input: statusInput({
        commitmentId: c.id,
        expectedVersion: c.version,
        asOf: '2025-03-01',
        verdict: 'stalled',
        stage: 'announced',
        correctsId: latest!.id,
      }),
    });
    expect(result.version).toBe(c.version + 1);
    const after = await commitment(SLUG);
    expect(after.currentVerdict).toBe('stalled');
    expect(after.currentStage).toBe('announced');
    expect(after.progressShare).toBe(0);
    expect(await lastAudit()).toMatchObject({ action: 'correct-status-update', details: { correctsId: latest!.id, version: c.version + 1 } });
  });
});

describe('concurrent status updates', () => {
  // Two editors press "save" at the same moment, both holding the form of version N.
  // The contract: one save lands, the other is told about the conflict (ConflictError,
  // so the action can show what changed) and writes nothing.
  // Writes are serialised in-process (db/client.ts withWriteLock), so the second
  // transaction starts after the first commits and sees the new version.
  let results: PromiseSettledResult<{ id: number; slug: string; version: number }>[] = [];
  let before: Awaited<ReturnType<typeof commitment>>;
  let counts: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    before = await commitment('dostyk-moyinty-railway');
    counts = await snapshot();
    const save = (note: string, actor: Actor) =>
      m.addStatusUpdate(db, {
        actor,
        input: statusInput({ commitmentId: before.id, expectedVersion: before.version, stage: 'planned', note }),
      });
    const started = Date.now();
    results = await Promise.allSettled([save('From Alice.', alice), save('From Bob.', bob)]);
    // No busy wait: both settle well inside the busy timeout.
    expect(Date.now() - started).toBeLessThan(250);
  }, 30_000);

  it('exactly one save fulfils, one rejects, and exactly one row is added', async () => {
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const after = await snapshot();
    expect(after).toEqual({ ...counts, statusUpdates: counts.statusUpdates + 1, audit: counts.audit + 1 });
    expect((await commitment('dostyk-moyinty-railway')).version).toBe(before.version + 1);
    const winner = fulfilled[0] as PromiseFulfilledResult<{ version: number }>;
    expect(winner.value.version).toBe(before.version + 1);
  });

  it('the losing save is rejected with ConflictError, not a busy error', () => {
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(m.ConflictError);
    expect(rejected[0]!.reason).toMatchObject({ expectedVersion: before.version, currentVersion: before.version + 1 });
  });
});

describe('listChangesSince', () => {
  it('returns the audit entries of one commitment after a version, oldest first', async () => {
    const c = await commitment(PROJECT);
    expect(c.version).toBe(3);

    const sinceOne = await q.listChangesSince({ entity: 'commitment', entityId: c.id, afterVersion: 1 });
    expect(sinceOne.map((e) => [e.action, (e.details as { version: number }).version, e.actorName])).toEqual([
      ['add-status-update', 2, 'Bob Editor'],
      ['correct-status-update', 3, 'Alice Admin'],
    ]);
    const sinceTwo = await q.listChangesSince({ entity: 'commitment', entityId: c.id, afterVersion: 2 });
    expect(sinceTwo.map((e) => e.action)).toEqual(['correct-status-update']);
    expect(sinceTwo[0]!.details).toMatchObject({ verdict: 'stalled', stage: 'announced', asOf: '2025-03-01' });
    expect(await q.listChangesSince({ entity: 'commitment', entityId: c.id, afterVersion: 3 })).toEqual([]);
    // Another commitment's entries and other entities with the same id are not included.
    expect(await q.listChangesSince({ entity: 'source', entityId: c.id, afterVersion: 0 })).toEqual([]);
    const other = await commitment('bakhty-ayagoz-railway');
    expect(await q.listChangesSince({ entity: 'commitment', entityId: other.id, afterVersion: 0 })).toEqual([]);
  });

  it('shows what a stale form missed: the changes after its expectedVersion', async () => {
    const c = await commitment(PROJECT);
    const error = await conflict(() =>
      m.addStatusUpdate(db, { actor: bob, input: statusInput({ commitmentId: c.id, expectedVersion: 2, stage: 'planned' }) }),
    );
    const missed = await q.listChangesSince({ entity: 'commitment', entityId: c.id, afterVersion: error.expectedVersion });
    expect(missed).toHaveLength(error.currentVersion - error.expectedVersion);
    expect(missed[0]!.actorName).toBe('Alice Admin');
  });
});

// ---------------------------------------------------------------------- observations

describe('addObservation and preferObservation', () => {
  async function figures(metric: number, period: string) {
    return db
      .select({ id: observations.id, value: observations.value, preferred: observations.preferred })
      .from(observations)
      .where(and(eq(observations.metricId, metric), eq(observations.period, period)))
      .orderBy(observations.id);
  }

  it('the first figure for a new period becomes preferred; a second one stays beside it', async () => {
    const metric = await metricId(TRADE_METRIC);
    const src = await sourceId(NEWS);
    const before = await commitment(TRADE);
    expect(before.trajectoryStatus).toBe('insufficient-data');
    const counts = await snapshot();

    const first = await m.addObservation(db, {
      actor: bob,
      input: observationInput({ metricId: metric, sourceId: src, period: '2023', periodEnd: '2023-12-31', value: 10.2, preferred: false }),
    });
    expect(first).toMatchObject({ preferred: true, metricSlug: TRADE_METRIC });
    // A fall below the baseline moves the target away.
    const afterFirst = await commitment(TRADE);
    expect(afterFirst.trajectoryStatus).toBe('moving-away');

    const second = await m.addObservation(db, {
      actor: bob,
      input: observationInput({
        metricId: metric,
        sourceId: src,
        period: '2023',
        periodEnd: '2023-12-31',
        value: 11.2,
        preferred: false,
        qualifier: 'about',
      }),
    });
    expect(second.preferred).toBe(false);
    expect(await figures(metric, '2023')).toEqual([
      { id: first.id, value: 10.2, preferred: true },
      { id: second.id, value: 11.2, preferred: false },
    ]);
    expect((await commitment(TRADE)).trajectoryStatus).toBe('moving-away');

    const after = await snapshot();
    expect(after).toEqual({ ...counts, observations: counts.observations + 2, audit: counts.audit + 2 });
    expect(await lastAudit()).toMatchObject({
      action: 'add-observation',
      entity: 'metric',
      entityId: metric,
      details: { observationId: second.id, period: '2023', value: 11.2, preferred: false },
    });
    // Adding figures is not a commitment edit: its version is unchanged.
    expect((await commitment(TRADE)).version).toBe(before.version);
  });

  it('preferObservation moves the preference and recomputes the trade target', async () => {
    const metric = await metricId(TRADE_METRIC);
    const [low, high] = await figures(metric, '2023');
    await m.preferObservation(db, { observationId: high!.id, actor: alice });
    expect(await figures(metric, '2023')).toEqual([
      { id: low!.id, value: 10.2, preferred: false },
      { id: high!.id, value: 11.2, preferred: true },
    ]);
    const trade = await commitment(TRADE);
    expect(trade.trajectoryStatus).toBe('acceleration-needed');
    expect(trade.progressShare).toBeCloseTo((11.2 - 10.6) / (15 - 10.6), 10);
    expect(await lastAudit()).toMatchObject({
      action: 'prefer-observation',
      actorId: alice.id,
      details: { observationId: high!.id, period: '2023' },
    });

    // Exactly one preferred figure per period of the metric the editors worked on.
    const groups = await db
      .select({ period: observations.period, n: sql<number>`sum(${observations.preferred})` })
      .from(observations)
      .where(eq(observations.metricId, metric))
      .groupBy(observations.period);
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) expect(g.n, `${TRADE_METRIC} ${g.period}`).toBe(1);

    const page = await q.getMetricBySlug({ slug: TRADE_METRIC });
    expect(page!.observations.filter((o) => o.period === '2023').map((o) => [o.value, o.preferred])).toEqual([
      [11.2, true],
      [10.2, false],
    ]);
  });

  it('every period with figures has exactly one preferred figure, in the seeded layer too', async () => {
    // What the writes guarantee (the first figure of a period becomes preferred) must hold for
    // an earlier layer of the seed as well: a period whose preferred figure only became known
    // later still had one the tracker used at the time.
    const groups = await db
      .select({ metric: metrics.slug, period: observations.period, n: sql<number>`sum(${observations.preferred})` })
      .from(observations)
      .innerJoin(metrics, eq(metrics.id, observations.metricId))
      .groupBy(observations.metricId, observations.period);
    expect(groups.filter((g) => g.n !== 1).map((g) => `${g.metric} ${g.period}: ${g.n} preferred`)).toEqual([]);
  });

  it('a new figure marked preferred takes the preference from the current one', async () => {
    const metric = await metricId(TRADE_METRIC);
    const src = await sourceId(KG24);
    const third = await m.addObservation(db, {
      actor: bob,
      input: observationInput({ metricId: metric, sourceId: src, period: '2023', value: 10.9, preferred: true }),
    });
    expect(third.preferred).toBe(true);
    const rows = await figures(metric, '2023');
    expect(rows.filter((r) => r.preferred).map((r) => r.id)).toEqual([third.id]);
    expect(rows).toHaveLength(3);
  });

  it('unknown figure, metric or source → InputError, nothing written', async () => {
    const metric = await metricId(TRADE_METRIC);
    const counts = await snapshot();
    expect(Object.keys(await inputErrors(() => m.preferObservation(db, { observationId: MISSING_ID, actor: bob })))).toEqual(['observationId']);
    expect(
      Object.keys(await inputErrors(() => m.addObservation(db, { actor: bob, input: observationInput({ metricId: MISSING_ID, sourceId: 1 }) }))),
    ).toEqual(['metricId']);
    expect(
      Object.keys(await inputErrors(() => m.addObservation(db, { actor: bob, input: observationInput({ metricId: metric, sourceId: MISSING_ID }) }))),
    ).toEqual(['sourceId']);
    expect(await snapshot()).toEqual(counts);
  });
});

describe('importObservations', () => {
  const METRIC = 'it-exports'; // no figures in this layer of the seed

  it('imports every row in one go and audits the batch', async () => {
    const metric = await metricId(METRIC);
    const src = await sourceId(NEWS);
    const counts = await snapshot();
    const result = await m.importObservations(db, {
      metricId: metric,
      actor: bob,
      rows: [
        { period: '2022', periodEnd: '2022-12-31', value: 0.3, sourceId: src, note: '' },
        { period: '2023', periodEnd: '2023-12-31', value: 0.5, sourceId: src, note: 'Estimate.' },
      ],
    });
    expect(result).toEqual({ metricSlug: METRIC, imported: 2 });
    expect(await snapshot()).toEqual({ ...counts, observations: counts.observations + 2, audit: counts.audit + 1 });
    const rows = await db.select().from(observations).where(eq(observations.metricId, metric)).orderBy(observations.periodEnd);
    expect(rows.map((r) => [r.period, r.value, r.preferred, r.note, r.authorId])).toEqual([
      ['2022', 0.3, true, null, bob.id],
      ['2023', 0.5, true, 'Estimate.', bob.id],
    ]);
    expect(await lastAudit()).toMatchObject({ action: 'import-observations', entityId: metric, details: { rows: 2 } });
    // The IT-exports target now has figures to measure against.
    expect((await commitment('it-exports-1bn-by-2026')).trajectoryStatus).not.toBeNull();
  });

  it('when a later row breaks a database rule, nothing from the batch remains', async () => {
    const metric = await metricId(METRIC);
    const src = await sourceId(NEWS);
    const counts = await snapshot();
    const cachedBefore = await commitment('it-exports-1bn-by-2026');
    const error = await m
      .importObservations(db, {
        metricId: metric,
        actor: bob,
        rows: [
          { period: '2024', periodEnd: '2024-12-31', value: 0.7, sourceId: src, note: '' },
          { period: '2025', periodEnd: '2025-12-31', value: 0.9, sourceId: MISSING_ID, note: '' },
        ],
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    // Drizzle wraps the driver's error; the cause names the broken rule.
    expect(String((error as Error).cause ?? error)).toMatch(/FOREIGN KEY/i);
    expect(await snapshot()).toEqual(counts);
    const left = await db
      .select({ n: sql<number>`count(*)` })
      .from(observations)
      .where(and(eq(observations.metricId, metric), eq(observations.period, '2024')));
    expect(left[0]?.n).toBe(0);
    expect(await commitment('it-exports-1bn-by-2026')).toEqual(cachedBefore);
  });

  it('an unknown metric is refused before anything is written', async () => {
    const counts = await snapshot();
    const errors = await inputErrors(() =>
      m.importObservations(db, {
        metricId: MISSING_ID,
        actor: bob,
        rows: [{ period: '2024', periodEnd: '2024-12-31', value: 1, sourceId: 1, note: '' }],
      }),
    );
    expect(Object.keys(errors)).toEqual(['metricId']);
    expect(await snapshot()).toEqual(counts);
  });
});

// ---------------------------------------------------------------------- target revisions

describe('addTargetRevision', () => {
  // A target with a value of its own (1, in USD bn) and a deadline (2026-12-31); the imports
  // above gave it figures. (The Trans-Caspian target is a multiple of a figure this layer lacks.)
  const SLUG = 'it-exports-1bn-by-2026';

  function revision(
    partial: Partial<TargetRevisionInput> & Pick<TargetRevisionInput, 'commitmentId' | 'expectedVersion' | 'sourceId'>,
  ): TargetRevisionInput {
    return {
      revisedOn: '2024-05-17',
      newTargetValue: undefined,
      newDeadlineOn: undefined,
      newDeadlineText: undefined,
      newBaselineValue: undefined,
      newBaselineOn: undefined,
      note: undefined,
      ...partial,
    };
  }

  it('changes the target in force and the effective deadline, keeping the original target', async () => {
    const before = await commitment(SLUG);
    expect(before.effectiveDeadlineOn).toBe('2026-12-31');
    const originalTarget = before.targetValue;
    expect(originalTarget).toBe(1);
    expect(before).toMatchObject({ targetInForce: originalTarget, targetRevisedOn: null });
    const counts = await snapshot();

    const result = await m.addTargetRevision(db, {
      actor: alice,
      input: revision({
        commitmentId: before.id,
        expectedVersion: before.version,
        sourceId: await sourceId(KG24),
        newTargetValue: originalTarget! * 2,
        newDeadlineOn: '2030-12-31',
        newDeadlineText: 'by 2030',
        note: 'Raised at the summit.',
      }),
    });
    expect(result.version).toBe(before.version + 1);
    expect(await snapshot()).toEqual({ ...counts, revisions: counts.revisions + 1, audit: counts.audit + 1 });

    const after = await commitment(SLUG);
    expect(after.effectiveDeadlineOn).toBe('2030-12-31');
    expect(after.targetValue).toBe(originalTarget);
    expect(after.deadlineOn).toBe('2026-12-31');
    expect(after.version).toBe(before.version + 1);
    // The cached target in force and the day it was revised, for the lists.
    expect(after).toMatchObject({ targetInForce: originalTarget! * 2, targetRevisedOn: '2024-05-17' });

    const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: TODAY });
    expect(detail!.target?.targetValue).toBe(originalTarget! * 2);
    expect(detail!.target?.originalTargetValue).toBe(originalTarget);
    expect(detail!.target?.deadlineOn).toBe('2030-12-31');
    expect(detail!.target?.revised).toBe(true);
    expect(detail!.target?.originalProgress).not.toBeNull();
    expect(detail!.terms).toMatchObject({
      targetValue: originalTarget! * 2,
      deadlineOn: '2030-12-31',
      deadlineText: 'by 2030',
      targetRevisedOn: '2024-05-17',
      deadlineRevisedOn: '2024-05-17',
    });
    expect(detail!.revisions).toHaveLength(1);
    expect(detail!.revisions[0]).toMatchObject({
      revisedOn: '2024-05-17',
      newTargetValue: originalTarget! * 2,
      note: 'Raised at the summit.',
      sourceSlug: KG24,
    });

    expect(await lastAudit()).toMatchObject({
      action: 'add-target-revision',
      actorId: alice.id,
      details: { version: before.version + 1, revisionId: result.id, newTargetValue: originalTarget! * 2, newDeadlineOn: '2030-12-31' },
    });
  });

  it('newTargetValue on a commitment that is not a numeric target → InputError', async () => {
    const c = await commitment('bakhty-ayagoz-railway');
    const counts = await snapshot();
    const errors = await inputErrors(() =>
      m.addTargetRevision(db, {
        actor: alice,
        input: revision({ commitmentId: c.id, expectedVersion: c.version, sourceId: c.sourceId, newTargetValue: 5 }),
      }),
    );
    expect(Object.keys(errors)).toEqual(['newTargetValue']);
    expect(await snapshot()).toEqual(counts);
    expect((await commitment('bakhty-ayagoz-railway')).version).toBe(c.version);
  });

  it('a staged commitment may get a new deadline', async () => {
    const c = await commitment('bakhty-ayagoz-railway');
    expect(c.effectiveDeadlineOn).toBeNull();
    await m.addTargetRevision(db, {
      actor: alice,
      input: revision({ commitmentId: c.id, expectedVersion: c.version, sourceId: c.sourceId, newDeadlineOn: '2026-12-31' }),
    });
    expect((await commitment('bakhty-ayagoz-railway')).effectiveDeadlineOn).toBe('2026-12-31');
  });

  it('refuses a revision dated before the announcement, an unknown source, and a stale version', async () => {
    const c = await commitment(SLUG);
    const counts = await snapshot();
    expect(
      Object.keys(
        await inputErrors(() =>
          m.addTargetRevision(db, {
            actor: alice,
            input: revision({
              commitmentId: c.id,
              expectedVersion: c.version,
              sourceId: c.sourceId,
              revisedOn: '2000-01-01',
              newDeadlineOn: '2031-12-31',
            }),
          }),
        ),
      ),
    ).toEqual(['revisedOn']);
    expect(
      Object.keys(
        await inputErrors(() =>
          m.addTargetRevision(db, {
            actor: alice,
            input: revision({ commitmentId: c.id, expectedVersion: c.version, sourceId: c.sourceId, newDeadlineOn: '2023-01-01' }),
          }),
        ),
      ),
    ).toEqual(['newDeadlineOn']);
    expect(
      Object.keys(
        await inputErrors(() =>
          m.addTargetRevision(db, {
            actor: alice,
            input: revision({ commitmentId: c.id, expectedVersion: c.version, sourceId: MISSING_ID, newDeadlineOn: '2031-12-31' }),
          }),
        ),
      ),
    ).toEqual(['sourceId']);
    const error = await conflict(() =>
      m.addTargetRevision(db, {
        actor: alice,
        input: revision({ commitmentId: c.id, expectedVersion: c.version - 1, sourceId: c.sourceId, newDeadlineOn: '2031-12-31' }),
      }),
    );
    expect(error).toMatchObject({ expectedVersion: c.version - 1, currentVersion: c.version });
    expect(await snapshot()).toEqual(counts);
    expect((await commitment(SLUG)).effectiveDeadlineOn).toBe('2030-12-31');
  });
});

// ---------------------------------------------------------------------- saveCommitment

describe('saveCommitment', () => {
  let base: CommitmentInput;
  let createdId: number;

  beforeAll(async () => {
    base = {
      id: undefined,
      expectedVersion: undefined,
      slug: 'caspian-ferry-line',
      title: 'Caspian ferry line',
      summary: 'A new ferry line across the Caspian.',
      category: 'transport',
      kind: 'project',
      owner: 'Government of Kazakhstan',
      announcedOn: '2024-05-17',
      sourceId: await sourceId(KG24),
      quote: 'A ferry line will open.',
      countries: ['KZ', 'AZ'],
      deadlineText: undefined,
      deadlineOn: undefined,
      deadlineInterpreted: false,
      deadlineNote: undefined,
      metricId: undefined,
      direction: undefined,
      baselineValue: undefined,
      baselineOn: undefined,
      baselineNote: undefined,
      targetValue: undefined,
      targetNote: undefined,
    };
  });

  it('refuses a slug that another commitment uses, on slug', async () => {
    const counts = await snapshot();
    const errors = await inputErrors(() => m.saveCommitment(db, { actor: bob, input: { ...base, slug: 'aktau-container-hub' } }));
    expect(errors).toEqual({ slug: ['Another commitment already uses this slug.'] });
    expect(await snapshot()).toEqual(counts);
  });

  it('creates a commitment with its first log entry, countries and cached state', async () => {
    const counts = await snapshot();
    const result = await m.saveCommitment(db, { actor: bob, input: base });
    createdId = result.id;
    expect(result).toMatchObject({ slug: 'caspian-ferry-line', version: 1 });
    expect(await snapshot()).toEqual({
      ...counts,
      commitments: counts.commitments + 1,
      countries: counts.countries + 2,
      statusUpdates: counts.statusUpdates + 1,
      audit: counts.audit + 1,
    });
    const c = await commitment('caspian-ferry-line');
    expect(c).toMatchObject({ version: 1, currentVerdict: 'not-started', currentStage: 'announced', progressShare: 0, lastUpdateOn: '2024-05-17' });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'create-commitment', entityId: result.id, details: { version: 1, slug: 'caspian-ferry-line' } });
    expect((audit.details as { fields: string[] }).fields).toContain('title');
    const detail = await q.getCommitmentBySlug({ slug: 'caspian-ferry-line', asOf: TODAY });
    expect(detail!.countries).toEqual(['AZ', 'KZ']);
    expect(detail!.updates).toHaveLength(1);
  });

  it('an edit of announced terms without a correction reason is refused on correctionReason and writes nothing', async () => {
    const before = await commitment('caspian-ferry-line');
    const counts = await snapshot();
    const errors = await inputErrors(() =>
      m.saveCommitment(db, {
        actor: { ...alice, role: 'admin' },
        input: {
          ...base,
          id: createdId,
          expectedVersion: 1,
          title: 'Caspian ferry line (Aktau–Baku)',
          deadlineOn: '2026-12-31',
          deadlineText: 'by 2026',
          countries: ['KZ'],
        },
      }),
    );
    expect(Object.keys(errors)).toEqual(['correctionReason']);
    expect(errors.correctionReason![0]).toContain('deadlineText');
    expect(errors.correctionReason![0]).toContain('deadlineOn');
    expect(await commitment('caspian-ferry-line')).toEqual(before);
    expect(await snapshot()).toEqual(counts);
  });

  it('an edit with the right version changes the fields and audits their names, before and after values, role and reason', async () => {
    const counts = await snapshot();
    const reason = 'The deadline was recorded from a summary; the source says “by 2026”.';
    const result = await m.saveCommitment(db, {
      actor: { ...alice, role: 'admin' },
      input: {
        ...base,
        id: createdId,
        expectedVersion: 1,
        title: 'Caspian ferry line (Aktau–Baku)',
        deadlineOn: '2026-12-31',
        deadlineText: 'by 2026',
        countries: ['KZ'],
        correctionReason: reason,
      },
    });
    expect(result).toEqual({ id: createdId, slug: 'caspian-ferry-line', version: 2 });
    const c = await commitment('caspian-ferry-line');
    expect(c).toMatchObject({
      version: 2,
      title: 'Caspian ferry line (Aktau–Baku)',
      deadlineOn: '2026-12-31',
      deadlineText: 'by 2026',
      effectiveDeadlineOn: '2026-12-31',
    });
    const audit = await lastAudit();
    expect(audit).toMatchObject({
      action: 'edit-commitment',
      entityId: createdId,
      actorId: alice.id,
      details: { version: 2, slug: 'caspian-ferry-line' },
    });
    expect([...(audit.details as { fields: string[] }).fields].sort()).toEqual(['countries', 'deadlineOn', 'deadlineText', 'title']);
    expect(audit.details).toMatchObject({ role: 'admin', reason });
    expect((audit.details as { changes: unknown }).changes).toEqual({
      title: { from: 'Caspian ferry line', to: 'Caspian ferry line (Aktau–Baku)' },
      deadlineOn: { from: null, to: '2026-12-31' },
      deadlineText: { from: null, to: 'by 2026' },
      countries: { from: ['AZ', 'KZ'], to: ['KZ'] },
    });
    expect(JSON.stringify(audit.details)).not.toContain('Alice');
    expect(await snapshot()).toEqual({ ...counts, countries: counts.countries - 1, audit: counts.audit + 1 });
    expect((await q.getCommitmentBySlug({ slug: 'caspian-ferry-line', asOf: TODAY }))!.countries).toEqual(['KZ']);
  });

  it('an edit with a stale version throws ConflictError and changes nothing', async () => {
    const before = await commitment('caspian-ferry-line');
    const counts = await snapshot();
    // Only the title (not an announced term) differs from the stored row, so no reason is
    // needed: the version check alone refuses it.
    const error = await conflict(() =>
      m.saveCommitment(db, {
        actor: bob,
        input: {
          ...base,
          id: createdId,
          expectedVersion: 1,
          title: 'Overwritten?',
          deadlineOn: '2026-12-31',
          deadlineText: 'by 2026',
          countries: [],
        },
      }),
    );
    expect(error).toMatchObject({ entity: 'commitment', entityId: createdId, expectedVersion: 1, currentVersion: 2 });
    expect(await commitment('caspian-ferry-line')).toEqual(before);
    expect(await snapshot()).toEqual(counts);
  });

  it('renaming to a taken slug is refused even with the right version', async () => {
    const errors = await inputErrors(() =>
      m.saveCommitment(db, { actor: alice, input: { ...base, id: createdId, expectedVersion: 2, slug: 'aktau-container-hub' } }),
    );
    expect(Object.keys(errors)).toEqual(['slug']);
    expect((await commitment('caspian-ferry-line')).version).toBe(2);
  });

  it('the kind cannot change once updates have been logged', async () => {
    const c = await commitment('aktau-container-hub');
    const errors = await inputErrors(() =>
      m.saveCommitment(db, {
        actor: alice,
        input: { ...base, id: c.id, expectedVersion: c.version, slug: c.slug, kind: 'event' },
      }),
    );
    expect(Object.keys(errors)).toEqual(['kind']);
  });
});

// ---------------------------------------------------------------------- saveSource

describe('saveSource', () => {
  const base: SourceInput = {
    id: undefined,
    expectedVersion: undefined,
    slug: 'kabar-2025-01-10-ferry',
    title: 'Ferry line announced',
    publisher: 'Kabar',
    publishedOn: '2025-01-10',
    place: undefined,
    url: 'https://kabar.kg/news/ferry',
    kind: 'news-report',
    description: undefined,
  };
  let id: number;

  it('creates a source and audits it; a taken slug is refused', async () => {
    const counts = await snapshot();
    const result = await m.saveSource(db, { actor: bob, input: base });
    id = result.id;
    expect(result).toMatchObject({ slug: base.slug, version: 1 });
    expect(await snapshot()).toEqual({ ...counts, sources: counts.sources + 1, audit: counts.audit + 1 });
    expect(await lastAudit()).toMatchObject({ action: 'create-source', entity: 'source', entityId: id, details: { version: 1, slug: base.slug } });
    const errors = await inputErrors(() => m.saveSource(db, { actor: bob, input: { ...base, slug: NEWS } }));
    expect(errors).toEqual({ slug: ['Another source already uses this slug.'] });
  });

  it('edits with the right version', async () => {
    const result = await m.saveSource(db, {
      actor: alice,
      input: { ...base, id, expectedVersion: 1, title: 'Ferry line confirmed', place: 'Bishkek' },
    });
    expect(result).toEqual({ id, slug: base.slug, version: 2 });
    const [row] = await db.select().from(sources).where(eq(sources.id, id));
    expect(row).toMatchObject({ title: 'Ferry line confirmed', place: 'Bishkek', version: 2, description: null });
    expect(await lastAudit()).toMatchObject({ action: 'edit-source', entityId: id, details: { version: 2 } });
    const changes = await q.listChangesSince({ entity: 'source', entityId: id, afterVersion: 1 });
    expect(changes.map((c) => c.action)).toEqual(['edit-source']);
  });

  it('a stale version throws ConflictError and changes nothing', async () => {
    const [before] = await db.select().from(sources).where(eq(sources.id, id));
    const counts = await snapshot();
    const error = await conflict(() => m.saveSource(db, { actor: bob, input: { ...base, id, expectedVersion: 1, title: 'Stale title' } }));
    expect(error).toMatchObject({ entity: 'source', entityId: id, expectedVersion: 1, currentVersion: 2 });
    const [after] = await db.select().from(sources).where(eq(sources.id, id));
    expect(after).toEqual(before);
    expect(await snapshot()).toEqual(counts);
  });

  it('editing a source that does not exist → InputError on id', async () => {
    const errors = await inputErrors(() =>
      m.saveSource(db, { actor: bob, input: { ...base, slug: 'no-such-source-x', id: MISSING_ID, expectedVersion: 1 } }),
    );
    expect(Object.keys(errors)).toEqual(['id']);
  });
});

// ---------------------------------------------------------------------- users

describe('users', () => {
  it('createUser refuses a duplicate email, whatever its case, on email', async () => {
    const counts = await snapshot();
    const errors = await inputErrors(() =>
      m.createUser(db, {
        email: 'ALICE@EXAMPLE.ORG',
        name: 'Alice again',
        role: 'editor',
        passwordHash: 'x',
        mustChangePassword: true,
        actor: alice,
      }),
    );
    expect(errors).toEqual({ email: ['An account with this email already exists.'] });
    expect(await snapshot()).toEqual(counts);
  });

  it('findUserForSignIn is the only read with the password hash', async () => {
    const forSignIn = await q.findUserForSignIn({ email: 'Alice@EXAMPLE.org' });
    expect(forSignIn).toMatchObject({ id: alice.id, email: 'alice@example.org', passwordHash: 'scrypt$not-a-real-hash-a' });
    const byId = await q.getUserById({ id: alice.id });
    expect(byId).not.toBeNull();
    expect(Object.keys(byId!)).not.toContain('passwordHash');
    expect(JSON.stringify(byId)).not.toContain('not-a-real-hash');
    expect(Object.keys(byId!).sort()).toEqual(['disabled', 'email', 'id', 'locale', 'mustChangePassword', 'name', 'role', 'totpEnabled']);
    expect(byId!.totpEnabled).toBe(false);
    expect(Object.keys(forSignIn!).sort()).toEqual([
      'disabled',
      'email',
      'id',
      'locale',
      'mustChangePassword',
      'name',
      'passwordExpiresAt',
      'passwordHash',
      'role',
      'totpEnabled',
    ]);
    expect(forSignIn!.passwordExpiresAt).toBeNull();
    for (const row of await q.listUsers()) expect(Object.keys(row)).not.toContain('totpSecret');
    for (const row of await q.listUsers()) expect(Object.keys(row)).not.toContain('passwordHash');
    for (const row of await q.listAuditEvents()) expect(JSON.stringify(row)).not.toContain('not-a-real-hash');
    expect(await q.findUserForSignIn({ email: 'nobody@example.org' })).toBeNull();
    expect(await q.getUserById({ id: MISSING_ID })).toBeNull();
  });

  it('setUserRole refuses to demote the last active admin', async () => {
    const [first] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'first.admin@example.org'));
    // Two active admins (the first admin and Alice): demoting one is fine.
    await m.setUserRole(db, { userId: first!.id, role: 'editor', actor: alice });
    expect((await q.getUserById({ id: first!.id }))!.role).toBe('editor');
    expect(await lastAudit()).toMatchObject({ action: 'change-role', entityId: first!.id, details: { role: 'editor' } });

    const counts = await snapshot();
    const errors = await inputErrors(() => m.setUserRole(db, { userId: alice.id, role: 'editor', actor: alice }));
    expect(Object.keys(errors)).toEqual(['userId']);
    expect((await q.getUserById({ id: alice.id }))!.role).toBe('admin');
    expect(await snapshot()).toEqual(counts);

    // Promoting is always allowed; then Alice is no longer the last one.
    await m.setUserRole(db, { userId: first!.id, role: 'admin', actor: alice });
    expect((await q.getUserById({ id: first!.id }))!.role).toBe('admin');
    expect(Object.keys(await inputErrors(() => m.setUserRole(db, { userId: MISSING_ID, role: 'admin', actor: alice })))).toEqual(['userId']);
  });

  it('setUserDisabled refuses to disable yourself and the last active admin; getUserById reflects it', async () => {
    const [first] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'first.admin@example.org'));
    const selfErrors = await inputErrors(() => m.setUserDisabled(db, { userId: alice.id, disabled: true, actor: alice }));
    expect(selfErrors).toEqual({ userId: ['You cannot disable your own account.'] });

    // Disabling the other admin leaves Alice as the last active one.
    await m.setUserDisabled(db, { userId: first!.id, disabled: true, actor: alice });
    expect((await q.getUserById({ id: first!.id }))!.disabled).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'disable-user', entityId: first!.id });

    const counts = await snapshot();
    const lastErrors = await inputErrors(() => m.setUserDisabled(db, { userId: alice.id, disabled: true, actor: bob }));
    expect(lastErrors).toEqual({ userId: ['There must always be at least one active admin.'] });
    expect((await q.getUserById({ id: alice.id }))!.disabled).toBe(false);
    // A disabled admin does not count either when demoting.
    expect(Object.keys(await inputErrors(() => m.setUserRole(db, { userId: alice.id, role: 'editor', actor: alice })))).toEqual(['userId']);
    expect(await snapshot()).toEqual(counts);

    // Disabling an editor never needs another admin; enabling always works.
    await m.setUserDisabled(db, { userId: bob.id, disabled: true, actor: alice });
    expect((await q.getUserById({ id: bob.id }))!.disabled).toBe(true);
    expect((await q.findUserForSignIn({ email: 'bob@example.org' }))!.disabled).toBe(true);
    await m.setUserDisabled(db, { userId: bob.id, disabled: false, actor: alice });
    await m.setUserDisabled(db, { userId: first!.id, disabled: false, actor: alice });
    expect((await q.getUserById({ id: bob.id }))!.disabled).toBe(false);
    expect((await q.getUserById({ id: first!.id }))!.disabled).toBe(false);
    expect(await lastAudit()).toMatchObject({ action: 'enable-user', entityId: first!.id });
  });

  it('setUserPassword stores the new hash and the must-change flag', async () => {
    const expires = new Date(Date.now() + 24 * 3600_000).toISOString();
    await m.setUserPassword(db, {
      userId: bob.id,
      passwordHash: 'scrypt$new-hash',
      mustChangePassword: true,
      passwordExpiresAt: expires,
      actor: alice,
    });
    expect(await q.findUserForSignIn({ email: 'bob@example.org' })).toMatchObject({
      passwordHash: 'scrypt$new-hash',
      mustChangePassword: true,
      passwordExpiresAt: expires,
    });
    // An admin's one-time password is audited as such, not as a password the user chose.
    expect(await lastAudit()).toMatchObject({
      action: 'issue-one-time-password',
      entityId: bob.id,
      actorId: alice.id,
      details: { mustChangePassword: true },
    });
    expect(JSON.stringify((await lastAudit()).details)).not.toContain('new-hash');

    // (A password the user chooses is audited as 'set-password' and clears the expiry: db/security.test.ts.)
  });
});

// ---------------------------------------------------------------------- sign-in throttling

describe('sign-in throttling storage (claimSignInAttempt)', () => {
  const noProxy = passwordBuckets({ trustedDevice: false, addressKnown: false });
  const behindProxy = passwordBuckets({ trustedDevice: false, addressKnown: true });
  const claim = (email: string, extra: Partial<Parameters<typeof m.claimSignInAttempt>[1]> = {}) =>
    m.claimSignInAttempt(db, { email, address: null, device: null, kind: 'password', buckets: noProxy, ...extra });

  it('records each allowed attempt as a failure before the password is checked; settling makes it a success', async () => {
    await testDb!.write((tx) => tx.delete(signInAttempts));
    const first = await claim('Carol@Example.org');
    expect(first.allowed).toBe(true);
    const [row] = await db.select().from(signInAttempts);
    expect(row).toMatchObject({ email: 'carol@example.org', address: '', success: false, kind: 'password', device: null });
    await m.settleSignInAttempt(db, { attemptId: (first as { attemptId: number }).attemptId });
    expect((await db.select().from(signInAttempts))[0]!.success).toBe(true);
  });

  it('twenty guesses at once against one account: five are let through, fifteen refused, and only five rows written', async () => {
    await testDb!.write((tx) => tx.delete(signInAttempts));
    const results = await Promise.all(Array.from({ length: 20 }, () => claim('dave@example.org')));
    expect(results.filter((r) => r.allowed)).toHaveLength(SIGN_IN_LIMITS.perAccount.max);
    expect(results.filter((r) => !r.allowed).every((r) => !r.allowed && r.bucket === 'account')).toBe(true);
    expect(await count(signInAttempts)).toBe(SIGN_IN_LIMITS.perAccount.max);
  });

  it('without a trusted proxy, guesses spread over many accounts stop at the untrusted cap, whatever address they claim', async () => {
    await testDb!.write((tx) => tx.delete(signInAttempts));
    const outcomes = [];
    for (let i = 0; i < SIGN_IN_LIMITS.untrusted.max + 4; i++) outcomes.push(await claim(`sprayed-${i}@example.org`));
    expect(outcomes.slice(0, SIGN_IN_LIMITS.untrusted.max).every((o) => o.allowed)).toBe(true);
    expect(outcomes.slice(SIGN_IN_LIMITS.untrusted.max).every((o) => !o.allowed && o.bucket === 'untrusted')).toBe(true);
  });

  it('a browser holding the account’s device cookie is judged by its own failures only, so strangers cannot lock its owner out', async () => {
    // (The untrusted bucket is full from the test above.)
    expect((await claim('owner@example.org')).allowed).toBe(false);
    const known = passwordBuckets({ trustedDevice: true, addressKnown: false });
    const fromOwnBrowser = await claim('owner@example.org', { device: 'owners-browser-0001', buckets: known });
    expect(fromOwnBrowser.allowed).toBe(true);
    for (let i = 0; i < SIGN_IN_LIMITS.perDevice.max - 1; i++)
      expect((await claim('owner@example.org', { device: 'owners-browser-0001', buckets: known })).allowed).toBe(true);
    expect(await claim('owner@example.org', { device: 'owners-browser-0001', buckets: known })).toMatchObject({ allowed: false, bucket: 'device' });
  });

  it('behind a trusted proxy each address has its own bucket, and the stored address is the one the proxy gave', async () => {
    await testDb!.write((tx) => tx.delete(signInAttempts));
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.max; i++) {
      expect((await claim(`user-${i}@example.org`, { address: '203.0.113.7', buckets: behindProxy })).allowed).toBe(true);
    }
    expect(await claim('another@example.org', { address: '203.0.113.7', buckets: behindProxy })).toMatchObject({ allowed: false, bucket: 'address' });
    expect((await claim('another@example.org', { address: '198.51.100.2', buckets: behindProxy })).allowed).toBe(true);
    const addresses = new Set((await db.select({ a: signInAttempts.address }).from(signInAttempts)).map((r) => r.a));
    expect(addresses).toEqual(new Set(['203.0.113.7', '198.51.100.2']));
  });

  it('second-factor codes are counted apart from passwords, per account', async () => {
    await testDb!.write((tx) => tx.delete(signInAttempts));
    const buckets: Parameters<typeof m.claimSignInAttempt>[1]['buckets'] = [['second-factor', SIGN_IN_LIMITS.secondFactor]];
    for (let i = 0; i < SIGN_IN_LIMITS.secondFactor.max; i++)
      expect((await claim('erin@example.org', { kind: 'second-factor', buckets })).allowed).toBe(true);
    expect(await claim('erin@example.org', { kind: 'second-factor', buckets })).toMatchObject({ allowed: false, bucket: 'second-factor' });
    expect((await claim('erin@example.org')).allowed).toBe(true); // her password attempts are another bucket
  });

  it('failures older than the window do not count, and rows older than a day are deleted as new ones arrive', async () => {
    await testDb!.write((tx) => tx.delete(signInAttempts));
    const old = new Date(Date.now() - 20 * 60_000).toISOString();
    const ancient = new Date(Date.now() - 30 * 3_600_000).toISOString();
    await testDb!.write((tx) =>
      tx
        .insert(signInAttempts)
        .values([
          ...Array.from({ length: 5 }, () => ({ email: 'frank@example.org', address: '', success: false, at: old })),
          { email: 'frank@example.org', address: '', success: false, at: ancient },
        ]),
    );
    expect((await claim('frank@example.org')).allowed).toBe(true);
    const left = await db.select({ at: signInAttempts.at }).from(signInAttempts);
    expect(left).toHaveLength(6);
    expect(left.some((r) => r.at === ancient)).toBe(false);
  });
});

// ---------------------------------------------------------------------- audit log

describe('listAuditEvents', () => {
  it('lists the newest first with the actor name, and null actor for the system', async () => {
    const events = await q.listAuditEvents({ limit: 1000 });
    expect(events.length).toBe(await count(auditEvents));
    for (let i = 1; i < events.length; i++) expect(events[i]!.id).toBeLessThan(events[i - 1]!.id);
    expect(events.at(-1)).toMatchObject({ action: 'create-user', actorName: null, actorEmail: null });
    expect(events[0]!.actorName).toBe('Alice Admin');
    expect(await q.listAuditEvents({ limit: 3 })).toHaveLength(3);
  });
});
