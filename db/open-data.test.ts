import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, metrics, sources } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import type { ListFilters } from '../lib/filters';
import {
  serialiseCommitment,
  serialiseCommitmentDetail,
  serialiseObservation,
  groupByPeriod,
  type SerialiseContext,
} from '../lib/open-data/serialise';

// The open data reads against the seeded database: the API's list selects exactly what the
// page's list selects, and nothing an editor is recorded under reaches the serialised output.

let testDb: TestDatabase | undefined;
let q: TestDatabase['queries'];
let m: TestDatabase['mutations'];
let db: TestDatabase['db'];

const TODAY = new Date().toISOString().slice(0, 10);
const ctx: SerialiseContext = { asOf: TODAY, staleAfterDays: 180, apiBase: 'http://api.test', siteBase: 'http://site.test', locale: 'en' };

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: true });
  ({ queries: q, mutations: m, db } = testDb);
});

afterAll(async () => {
  await testDb?.close();
});

const FILTER_SETS: ListFilters[] = [
  { sort: 'deadline', page: 1 },
  { sort: 'progress', page: 1 },
  { sort: 'title', page: 1 },
  { sort: 'deadline', page: 2 },
  { sort: 'progress', page: 3 },
  { category: 'transport', sort: 'progress', page: 1 },
  { kind: 'target', sort: 'deadline', page: 1 },
  { country: 'TM', sort: 'title', page: 1 },
  { status: 'not-started', sort: 'deadline', page: 1 },
  { q: 'railway', sort: 'deadline', page: 1 },
];

describe('listCommitmentsForOpenData', () => {
  it.each(FILTER_SETS)('selects the same rows in the same order as the list page: %j', async (filters) => {
    // Ten a page, so the 23 seeded commitments make three pages and paging is exercised too.
    const page = await q.listCommitments({ filters, asOf: TODAY, pageSize: 10 });
    const api = await q.listCommitmentsForOpenData({ filters, asOf: TODAY, perPage: 10 });
    expect(api.rows.length).toBeGreaterThan(0);
    expect(api.total).toBe(page.total);
    expect(api.rows.map((r) => r.slug)).toEqual(page.rows.map((r) => r.slug));
    expect(api.rows.map((r) => r.countries)).toEqual(page.rows.map((r) => r.countries));
  });

  it.each([
    { locale: 'ru' as const, filters: { sort: 'title' as const, page: 1 } },
    { locale: 'kk' as const, filters: { sort: 'progress' as const, page: 2 } },
    { locale: 'ru' as const, filters: { q: 'железн', sort: 'deadline' as const, page: 1 } },
  ])('in $locale: the same rows, order and texts as the page in that language', async ({ locale, filters }) => {
    const page = await q.listCommitments({ filters, asOf: TODAY, pageSize: 10, locale });
    const api = await q.listCommitmentsForOpenData({ filters, asOf: TODAY, perPage: 10, locale });
    expect(api.rows.length).toBeGreaterThan(0);
    expect(api.total).toBe(page.total);
    expect(api.rows.map((r) => [r.slug, r.title, r.titleLocale])).toEqual(page.rows.map((r) => [r.slug, r.title, r.titleLocale]));
    expect(api.rows.some((r) => r.titleLocale === locale)).toBe(true);
  });

  it("'all' returns every matching row, equal to walking the pages, none twice", async () => {
    for (const sort of ['deadline', 'progress', 'title'] as const) {
      const all = await q.listCommitmentsForOpenData({ filters: { sort, page: 1 }, asOf: TODAY, perPage: 'all' });
      const walked: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 4); page++) {
        const { rows } = await q.listCommitmentsForOpenData({ filters: { sort, page }, asOf: TODAY, perPage: 4 });
        walked.push(...rows.map((r) => r.slug));
      }
      expect(walked).toEqual(all.rows.map((r) => r.slug));
      expect(new Set(walked).size).toBe(walked.length);
    }
  });

  it('resolves the baseline, metric and source of a target', async () => {
    const { rows } = await q.listCommitmentsForOpenData({
      filters: { q: 'intra-regional trade', sort: 'deadline', page: 1 },
      asOf: TODAY,
      perPage: 25,
    });
    const trade = rows.find((r) => r.slug === 'intra-regional-trade-15bn');
    // The full dataset: $15 bn as announced, raised to $20 bn at the Seventh Consultative
    // Meeting (16 Nov 2025), which gave no new date and kept the baseline.
    expect(trade).toMatchObject({
      baselineValue: 10.6,
      baselineInForce: { on: '2022-12-31', value: 10.6 },
      baselineRevisedOn: null,
      targetValue: 15,
      targetValueInForce: 20,
      targetRevisedOn: '2025-11-16',
      deadlineOn: '2027-12-31',
      deadlineTextInForce: 'in the near future',
      deadlineRevisedOn: null,
      revisionCount: 1,
      metricSlug: 'intra-regional-trade',
      metricUnit: 'USD bn',
    });
    expect(trade?.sourceSlug).toBeTruthy();
    // Before the revision's date, the announced terms were in force.
    const before = await q.listCommitmentsForOpenData({
      filters: { q: 'intra-regional trade', sort: 'deadline', page: 1 },
      asOf: '2025-11-15',
      perPage: 25,
    });
    expect(before.rows.find((r) => r.slug === 'intra-regional-trade-15bn')).toMatchObject({
      targetValueInForce: 15,
      targetRevisedOn: null,
      revisionCount: 1,
    });
  });
});

describe('getMetricForOpenData', () => {
  it('keeps every source of a period, the preferred one first, and flags their disagreement', async () => {
    const metric = await q.getMetricForOpenData({ slug: 'intra-regional-trade' });
    expect(metric).not.toBeNull();
    const periods = groupByPeriod(metric!.observations.map((o) => serialiseObservation(ctx, o)));
    const disputed = periods.filter((p) => p.sources_disagree);
    expect(disputed.length).toBeGreaterThan(0);
    for (const p of disputed) {
      expect(p.observations.length).toBeGreaterThan(1);
      expect(p.observations[0]?.preferred).toBe(true);
      expect(new Set(p.observations.map((o) => o.source.slug)).size).toBeGreaterThan(1);
    }
  });

  it('returns null for an unknown slug', async () => {
    expect(await q.getMetricForOpenData({ slug: 'no-such-metric' })).toBeNull();
  });
});

describe('editors’ personal data', () => {
  const NAME = 'Dariga Privateyeva';
  const EMAIL = 'dariga.private@example.org';

  it('never appears in the serialised list, detail or observations after the editor writes', async () => {
    const { id: userId } = await m.createUser(db, {
      email: EMAIL,
      name: NAME,
      role: 'editor',
      passwordHash: 'scrypt$not-a-real-hash',
      mustChangePassword: false,
      actor: null,
    });
    const actor = { id: userId, name: NAME };
    const [trade] = await db.select().from(commitments).where(eq(commitments.slug, 'intra-regional-trade-15bn'));
    const [source] = await db.select({ id: sources.id }).from(sources).limit(1);
    const [metric] = await db.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, 'intra-regional-trade'));
    await m.addStatusUpdate(db, {
      actor,
      input: {
        commitmentId: trade!.id,
        expectedVersion: trade!.version,
        entryType: 'update',
        asOf: TODAY,
        verdict: 'in-progress',
        stage: undefined,
        // A figure logged with the entry becomes an observation with the editor as its author.
        figure: { value: 12.1, period: '2025', periodEnd: '2025-12-31', qualifier: 'preliminary' },
        note: 'Checked against the customs data.',
        sourceId: source!.id,
        correctsId: undefined,
        // The source was published before today: the editor confirms the later date.
        confirmDate: true,
        evidence: [{ url: 'https://stat.gov.kz/en/', title: 'Bureau of National Statistics' }],
      },
    });
    await m.addTargetRevision(db, {
      actor,
      input: {
        commitmentId: trade!.id,
        expectedVersion: trade!.version + 1,
        revisedOn: TODAY,
        newTargetValue: 21,
        newDeadlineOn: undefined,
        newDeadlineText: undefined,
        newBaselineValue: undefined,
        newBaselineOn: undefined,
        sourceId: source!.id,
        note: 'Raised at a later summit.',
      },
    });
    await m.addObservation(db, {
      actor,
      input: {
        metricId: metric!.id,
        sourceId: source!.id,
        period: '2031',
        periodEnd: '2031-12-31',
        value: 13,
        qualifier: 'exact',
        note: undefined,
        preferred: true,
        derived: false,
      },
    });

    const detail = await q.getCommitmentBySlug({ slug: 'intra-regional-trade-15bn', asOf: TODAY });
    // The public read no longer even selects the author's name (one byline rule: the editors).
    expect(JSON.stringify(detail)).not.toContain(NAME);
    const list = await q.listCommitmentsForOpenData({ filters: { sort: 'deadline', page: 1 }, asOf: TODAY, perPage: 'all' });
    const observations = await q.getMetricForOpenData({ slug: 'intra-regional-trade' });
    const published = JSON.stringify([
      serialiseCommitmentDetail(ctx, detail!),
      list.rows.map((r) => serialiseCommitment(ctx, r)),
      observations!.observations.map((o) => serialiseObservation(ctx, o)),
    ]);

    // The writes are there...
    expect(published).toContain('Checked against the customs data.');
    expect(published).toContain('Raised at a later summit.');
    expect(published).toContain('"period":"2031"');
    expect(published).toContain('"period":"2025"');
    expect(observations!.observations.some((o) => o.period === '2025' && o.value === 12.1)).toBe(true);
    // ...but not who made them.
    expect(published).not.toContain('Dariga');
    expect(published).not.toContain('Privateyeva');
    expect(published).not.toContain(EMAIL);
    expect(published).not.toMatch(/"(author|user|actor|email|editor|created_by|password)[a-z_]*"\s*:/i);
  });
});

describe('listLatestStatusUpdates', () => {
  it("gives each entry its place in its commitment's log, as the log page orders it", async () => {
    const latest = await q.listLatestStatusUpdates({ limit: 50 });
    expect(latest.length).toBeGreaterThan(0);
    expect(
      latest.some((u) => u.placeInLog > 0),
      'some commitment has more than one entry',
    ).toBe(true);
    for (const u of latest) {
      const log = await q.getUpdateLog({ slug: u.commitmentSlug });
      expect(
        log?.updates.findIndex((entry) => entry.id === u.id),
        `${u.commitmentSlug} #${u.id}`,
      ).toBe(u.placeInLog);
    }
  });
});
