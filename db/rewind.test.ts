import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import type { Database } from './client';

// The tracker rewound to a past day (issue 16, part 2) must say exactly what it said that
// evening. The seed makes this checkable: every researched row carries the day it became known,
// and `--until D` loads only what was known by then. So, for each day D, the full dataset
// rewound to D (db/rewind.ts) must read, through the same public queries, as a database that
// only ever held what was known by D, computed as of D. Ids differ between the two (rows are
// inserted in another order), so the comparison is on what a reader sees.

const DAYS = ['2023-09-14', '2024-05-17', '2024-08-09', '2025-06-30', '2025-11-17', '2026-06-30'];

let testDb: TestDatabase | undefined;
let q: TestDatabase['queries'];
let rewind: typeof import('./rewind');
let client: TestDatabase['client'];
const scratch: { dir: string; client: Client }[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: true });
  ({ queries: q, client } = testDb);
  rewind = await import('./rewind');
});

afterAll(async () => {
  for (const s of scratch) {
    s.client.close();
    await rm(s.dir, { recursive: true, force: true });
  }
  await testDb?.close();
});

/** A database that only ever held what was known by the end of `day`, computed as of `day`. */
async function seededUntil(day: string): Promise<Database> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tracker-until-'));
  const c = createClient({ url: `file:${path.join(dir, 'until.db')}` });
  scratch.push({ dir, client: c });
  const db = drizzle(c, { schema });
  await migrate(db, { migrationsFolder: path.resolve(import.meta.dirname, '../drizzle') });
  const { dataset } = await import('./seed/data');
  const { insertSeedDataset } = await import('./seed/load');
  await insertSeedDataset(db, dataset, { until: day, asOf: day });
  return db;
}

/** What a reader of the dashboard and of every commitment page sees, without database ids. */
async function readerView(day: string) {
  const summary = await q.getDashboardSummary({ asOf: day, locale: 'en' });
  const slugs = await q.listCommitmentSlugs();
  const pages = [];
  for (const slug of slugs.sort()) {
    const c = (await q.getCommitmentBySlug({ slug, asOf: day, locale: 'en' }))!;
    pages.push({
      slug,
      verdict: c.currentVerdict,
      stage: c.currentStage,
      progress: c.progressShare,
      trajectory: c.trajectoryStatus,
      targetInForce: c.targetInForce,
      deadline: c.effectiveDeadlineOn,
      lastUpdateOn: c.lastUpdateOn,
      lastReviewedOn: c.lastReviewedOn,
      plannedOn: c.plannedOn,
      updates: c.updates.map((u) => [u.asOf, u.entryType, u.verdict, u.stage, u.note, u.createdAt.slice(0, 10), u.evidence.map((e) => e.url)]).sort(),
      revisions: c.revisions.map((r) => [r.revisedOn, r.newTargetValue, r.newDeadlineOn]).sort(),
      planned: c.planned.map((p) => [p.statedOn, p.plannedOn]).sort(),
      figures: (c.target?.observations ?? []).map((o) => [o.period, o.value, o.qualifier, o.preferred]).sort(),
    });
  }
  return {
    totals: summary.totals,
    byVerdict: [...summary.byVerdict].sort((a, b) => a.verdict.localeCompare(b.verdict)),
    latestUpdates: summary.latestUpdates.map((u) => [u.asOf, u.commitmentSlug, u.verdict, u.note]),
    pages,
  };
}

describe('the tracker rewound to a past day', () => {
  for (const day of DAYS) {
    it(`${day}: reads exactly as a tracker that only ever knew what was known by then`, async () => {
      const rewound = await rewind.withRewind(day, () => readerView(day));
      const known = await client.withRewoundDb(await seededUntil(day), () => readerView(day));
      expect(rewound).toEqual(known);
    });
  }

  it('differs from today where the record moved on, and the live view is untouched by rewinding', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const live = await readerView(today);
    const early = await rewind.withRewind('2023-09-14', () => readerView('2023-09-14'));
    expect(early.pages.every((p) => p.updates.length === 1)).toBe(true);
    expect(live.pages.some((p) => p.updates.length > 1)).toBe(true);
    expect(await readerView(today)).toEqual(live);
  });

  it('undoes in-place edits of a commitment made after the day, from the audit’s before values', async () => {
    const { mutations: m, db } = testDb!;
    const [row] = await db.select().from(schema.commitments).where(eq(schema.commitments.slug, 'historians-forum'));
    const { id: adminId } = await m.createUser(db, {
      email: 'rw@example.org',
      name: 'Rewind Admin',
      role: 'admin',
      passwordHash: 'x',
      mustChangePassword: false,
      actor: null,
    });
    const editing = await q.getCommitmentForEditing({ slug: 'historians-forum' });
    await m.saveCommitment(db, {
      actor: { id: adminId, name: 'Rewind Admin', role: 'admin' },
      input: { ...editingInput(editing!), summary: 'A summary rewritten today.', expectedVersion: row!.version },
    });
    const day = '2025-06-30';
    const rewound = await rewind.buildRewound(day);
    try {
      const then = await client.withRewoundDb(rewound.db, () => q.getCommitmentBySlug({ slug: 'historians-forum', asOf: day }));
      expect(then?.summary).toBe(row!.summary);
      expect((await q.getCommitmentBySlug({ slug: 'historians-forum', asOf: day }))?.summary).toBe('A summary rewritten today.');
      expect(rewound.stats.undoneEdits).toBeGreaterThanOrEqual(1);
    } finally {
      await rewound.close();
    }
  });
});

type Editing = NonNullable<Awaited<ReturnType<TestDatabase['queries']['getCommitmentForEditing']>>>;

/** The edit form's input for a commitment as stored (what a save without changes would send). */
function editingInput(c: Editing): import('../lib/validation').CommitmentInput {
  return {
    id: c.id,
    expectedVersion: c.version,
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    category: c.category,
    kind: c.kind,
    owner: c.owner,
    announcedOn: c.announcedOn,
    sourceId: c.sourceId,
    quote: c.quote,
    deadlineText: c.deadlineText ?? undefined,
    deadlineOn: c.deadlineOn ?? undefined,
    deadlineInterpreted: c.deadlineInterpreted,
    deadlineNote: c.deadlineNote ?? undefined,
    metricId: c.metricId ?? undefined,
    direction: c.direction ?? undefined,
    baselineValue: c.baselineValue ?? undefined,
    baselineOn: c.baselineOn ?? undefined,
    baselinePeriod: c.baselinePeriod ?? undefined,
    baselineNote: c.baselineNote ?? undefined,
    targetValue: c.targetValue ?? undefined,
    targetMultiple: c.targetMultiple ?? undefined,
    targetNote: c.targetNote ?? undefined,
    featured: c.featured,
    countries: c.countries,
    correctionReason: undefined,
  } as import('../lib/validation').CommitmentInput;
}
