import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../lib/domain';
import type { ListFilters } from '../lib/filters';
import { auditEvents, commitments, metrics, observations, sources, statusUpdates, users } from './schema';
import { dataset as fullDataset } from './seed/data';
import { datasetUntil } from './seed/layers';
import type { SeedCommitment } from './seed/types';
import type { Transaction } from './client';
import { logState } from '../lib/log-state';
import { stageShown } from '../lib/status';
import { openTestDatabase, type TestDatabase } from './test-database';

// Integration tests of the database layer against a real libSQL file, migrated and seeded
// once per run. Describe blocks run in order: the read-only checks come first, the tests
// that write (new observation, correction, a user) come last and undo what they add.

let testDb: TestDatabase | undefined;
let mutations: TestDatabase['mutations'];
let q: TestDatabase['queries'];
let db: TestDatabase['db'];
let count: TestDatabase['count'];
let cached: TestDatabase['commitment'];
let sourceId: TestDatabase['sourceId'];

const TRADE = 'intra-regional-trade-15bn';
const AKORDA = 'akorda-2023-09-14-dushanbe-speech';
const KG24 = '24kg-2024-05-17-astana-summit';
const NEWS = 'news-report-2023-09-14-priorities';
const SETTLED: readonly Verdict[] = ['achieved', 'achieved-late', 'dropped'];

// The dataset as known on 17 May 2024: the speech and the first dated updates (24.kg), before
// the research's later figures. These tests are about the database layer, not the research,
// so they keep to a small, stable layer; db/seed/layers.test.ts loads the whole dataset.
const UNTIL = '2024-05-17';
const dataset = datasetUntil(fullDataset, UNTIL);

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: { until: UNTIL } });
  ({ mutations, queries: q, db, count, commitment: cached, sourceId } = testDb);
});

afterAll(async () => {
  await testDb?.close();
});

// ---------------------------------------------------------------------------- helpers

/**
 * Setup writes go through the app's own write path, so they are read back the way a save
 * is, also on a read replica (TEST_DB_TARGET=replica).
 */
function write<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return testDb!.write(fn);
}

async function counts() {
  return {
    commitments: await count(commitments),
    sources: await count(sources),
    metrics: await count(metrics),
    observations: await count(observations),
    statusUpdates: await count(statusUpdates),
  };
}

function filters(partial: Partial<ListFilters> = {}): ListFilters {
  return { sort: 'deadline', page: 1, ...partial };
}

/** All rows (one big page), for checks over the whole list. */
function listAll(partial: Partial<ListFilters> = {}, asOf = '2026-11-22') {
  return q.listCommitments({ filters: filters(partial), asOf, pageSize: 1000 });
}

function seedCommitment(slug: string): SeedCommitment {
  const c = dataset.commitments.find((x) => x.slug === slug);
  if (!c) throw new Error(`No seed commitment ${slug}`);
  return c;
}

/** What the seed's log says of a commitment: its entries read by lib/log-state, as the database does. */
function seedState(c: SeedCommitment) {
  const later = dataset.updates.filter((u) => u.commitment === c.slug);
  const entries = [
    {
      id: 0,
      asOf: c.initialUpdate.asOf,
      entryType: 'update' as const,
      verdict: c.initialUpdate.verdict,
      stage: c.initialUpdate.stage,
      correctsId: null,
    },
    ...later.map((u, i) => ({
      id: i + 1,
      asOf: u.asOf,
      entryType: u.entryType ?? ('update' as const),
      verdict: u.verdict,
      stage: u.stage,
      correctsId: u.correctsInitial ? 0 : null,
    })),
  ];
  const state = logState(entries);
  const stage = c.kind === 'target' ? null : stageShown(c.kind, state.stage, state.verdict);
  return { verdict: state.verdict, stage };
}

/** When the seed says a commitment is due: its deadline, else the latest planned completion date stated. */
function seedDue(c: SeedCommitment): string | null {
  if (c.deadline?.on) return c.deadline.on;
  const planned = dataset.plannedDates.filter((p) => p.commitment === c.slug).sort((a, b) => (a.statedOn < b.statedOn ? -1 : 1));
  return planned.at(-1)?.plannedOn ?? null;
}

/** The verdict the seed leaves a commitment with. */
function seedVerdict(c: SeedCommitment): Verdict {
  return seedState(c).verdict;
}

function seedMatchesQ(c: SeedCommitment, text: string): boolean {
  const needle = text.toLowerCase();
  return [c.title, c.summary, c.owner].some((s) => s.toLowerCase().includes(needle));
}

function slugsOf(rows: { slug: string }[]): string[] {
  return rows.map((r) => r.slug).sort();
}

/** Every key of every object nested in `value`. */
function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) allKeys(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      allKeys(v, into);
    }
  }
  return into;
}

// ------------------------------------------------------------------------------- seed

describe('seed', () => {
  it('sanity: the source slugs used here exist in the dataset', () => {
    const slugs = dataset.sources.map((s) => s.slug);
    expect(slugs).toEqual(expect.arrayContaining([AKORDA, KG24, NEWS]));
  });

  it('loads every record of the dataset', async () => {
    const c = await counts();
    expect(c.commitments).toBe(dataset.commitments.length);
    expect(c.sources).toBe(dataset.sources.length);
    expect(c.metrics).toBe(dataset.metrics.length);
    expect(c.observations).toBe(dataset.observations.length);
    expect(c.statusUpdates).toBe(dataset.commitments.length + dataset.updates.length);
    expect(await q.checkDatabase()).toEqual({ commitments: dataset.commitments.length });
  });

  it('gives every commitment at least one status update', async () => {
    // db.$count qualifies the columns, so the subquery is correlated with the outer row.
    const rows = await db
      .select({ slug: commitments.slug, n: db.$count(statusUpdates, eq(statusUpdates.commitmentId, commitments.id)) })
      .from(commitments);
    expect(rows).toHaveLength(dataset.commitments.length);
    for (const row of rows) expect(row.n, row.slug).toBeGreaterThanOrEqual(1);
  });

  it('links context metrics to their commitment', async () => {
    const rows = await db
      .select({ metric: metrics.slug, commitment: commitments.slug })
      .from(metrics)
      .leftJoin(commitments, eq(commitments.id, metrics.relatedCommitmentId));
    const expected = dataset.metrics.map((m) => ({ metric: m.slug, commitment: m.relatedCommitment }));
    expect(rows.sort((a, b) => a.metric.localeCompare(b.metric))).toEqual(expected.sort((a, b) => a.metric.localeCompare(b.metric)));
  });

  it('refuses to load twice, with SeedError, and changes nothing', async () => {
    const before = await counts();
    const { insertSeedDataset, SeedError } = await import('./seed/load');
    await expect(insertSeedDataset(db, dataset)).rejects.toBeInstanceOf(SeedError);
    expect(await counts()).toEqual(before);
  });
});

// ---------------------------------------------------------------------- cached columns

describe('cached columns after the seed', () => {
  it('trade target: insufficient data, share 0, interpreted deadline, verdict in progress', async () => {
    const row = await cached(TRADE);
    expect(row.trajectoryStatus).toBe('insufficient-data');
    expect(row.progressShare).toBe(0);
    expect(row.effectiveDeadlineOn).toBe('2027-12-31');
    expect(row.currentVerdict).toBe('in-progress');
    expect(row.currentStage).toBeNull();
    expect(row.lastUpdateOn).toBe('2023-09-14');
  });

  it('security dialogue: the later update (held, achieved) wins', async () => {
    const row = await cached('security-dialogue-2024');
    expect(row.currentStage).toBe('held');
    expect(row.currentVerdict).toBe('achieved');
    expect(row.progressShare).toBe(1);
    expect(row.lastUpdateOn).toBe('2024-05-17');
    expect(row.effectiveDeadlineOn).toBe('2024-12-31');
    expect(row.trajectoryStatus).toBeNull();
  });

  it('sixth consultative meeting: scheduled (later update) rather than proposed (initial)', async () => {
    const row = await cached('sixth-consultative-meeting-kazakhstan');
    expect(row.currentStage).toBe('scheduled');
    expect(row.currentVerdict).toBe('in-progress');
    expect(row.progressShare).toBe(0.5);
    expect(row.effectiveDeadlineOn).toBeNull();
  });

  it('every commitment carries the verdict and stage of its newest seed update', async () => {
    const rows = await db.select({ slug: commitments.slug, verdict: commitments.currentVerdict, stage: commitments.currentStage }).from(commitments);
    const expected = dataset.commitments.map((c) => ({ slug: c.slug, ...seedState(c) }));
    const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
    expect(rows.sort(bySlug)).toEqual(expected.sort(bySlug));
  });
});

// ---------------------------------------------------------------------- listCommitments

describe('slugs the build prerenders', () => {
  it('lists every slug in creation order, or only the first ones when asked', async () => {
    const all = await q.listCommitmentSlugs();
    expect(all).toHaveLength(dataset.commitments.length);
    expect(await q.listCommitmentSlugs(3)).toEqual(all.slice(0, 3));
    const sourceSlugs = await q.listSourceSlugs();
    expect(sourceSlugs).toContain(AKORDA);
    expect(await q.listSourceSlugs(1)).toEqual(sourceSlugs.slice(0, 1));
  });
});

describe('listCommitments', () => {
  it('without filters returns every commitment and respects the page size', async () => {
    const all = await q.listCommitments({ filters: filters(), asOf: '2026-11-22' });
    expect(all.total).toBe(dataset.commitments.length);
    expect(all.rows).toHaveLength(Math.min(25, dataset.commitments.length));

    const page1 = await q.listCommitments({ filters: filters(), asOf: '2026-11-22', pageSize: 5 });
    expect(page1.rows).toHaveLength(5);
    expect(page1.total).toBe(dataset.commitments.length);

    const page2 = await q.listCommitments({ filters: filters({ page: 2 }), asOf: '2026-11-22', pageSize: 5 });
    expect(page2.rows).toHaveLength(5);
    expect(page2.total).toBe(dataset.commitments.length);
    const overlap = page1.rows.filter((r) => page2.rows.some((s) => s.id === r.id));
    expect(overlap).toEqual([]);

    const lastPage = Math.ceil(dataset.commitments.length / 5);
    const last = await q.listCommitments({ filters: filters({ page: lastPage }), asOf: '2026-11-22', pageSize: 5 });
    expect(last.rows).toHaveLength(dataset.commitments.length - (lastPage - 1) * 5);
  });

  it('filters by category', async () => {
    const expected = dataset.commitments.filter((c) => c.category === 'transport');
    expect(expected.length).toBeGreaterThan(0);
    const { rows, total } = await listAll({ category: 'transport' });
    expect(total).toBe(expected.length);
    expect(rows.every((r) => r.category === 'transport')).toBe(true);
    expect(slugsOf(rows)).toEqual(slugsOf(expected));
  });

  it('filters by kind', async () => {
    const expected = dataset.commitments.filter((c) => c.kind === 'event');
    expect(expected.length).toBeGreaterThan(0);
    const { rows, total } = await listAll({ kind: 'event' });
    expect(total).toBe(expected.length);
    expect(rows.every((r) => r.kind === 'event')).toBe(true);
    expect(slugsOf(rows)).toEqual(slugsOf(expected));
  });

  it('filters by country', async () => {
    const expected = dataset.commitments.filter((c) => c.countries.includes('TM'));
    const { rows, total } = await listAll({ country: 'TM' });
    expect(slugsOf(rows)).toContain('zhanaozen-turkmenistan-highway');
    expect(total).toBe(expected.length);
    expect(slugsOf(rows)).toEqual(slugsOf(expected));
    expect(rows.every((r) => r.countries.includes('TM'))).toBe(true);
    // A Kazakhstan-only commitment is left out.
    expect(slugsOf(rows)).not.toContain('aktau-container-hub');
  });

  it('combines filters with AND', async () => {
    const expected = dataset.commitments.filter((c) => c.category === 'transport' && c.countries.includes('TM'));
    const { rows, total } = await listAll({ category: 'transport', country: 'TM' });
    expect(total).toBe(expected.length);
    expect(slugsOf(rows)).toEqual(slugsOf(expected));
  });

  it('searches text case-insensitively', async () => {
    const railways = ['bakhty-ayagoz-railway', 'darbaza-maktaaral-railway', 'dostyk-moyinty-railway'];
    expect(slugsOf(dataset.commitments.filter((c) => seedMatchesQ(c, 'railway')))).toEqual(railways);
    for (const text of ['railway', 'RAILWAY', 'RailWay']) {
      const { rows, total } = await listAll({ q: text });
      expect(slugsOf(rows), text).toEqual(railways);
      expect(total).toBe(3);
    }
  });

  it('matches % and _ literally', async () => {
    for (const text of ['%', '_', 'trans_caspian', 'rail%way', '10_6']) {
      const expected = dataset.commitments.filter((c) => seedMatchesQ(c, text));
      const { rows, total } = await listAll({ q: text });
      expect(slugsOf(rows), text).toEqual(slugsOf(expected));
      expect(total, text).toBe(expected.length);
    }
    // Unescaped, 'trans_caspian' would match "Trans-Caspian" and '%' everything.
    expect((await listAll({ q: 'trans_caspian' })).total).toBe(0);
    expect((await listAll({ q: 'trans-caspian' })).total).toBeGreaterThan(0);
  });

  it('lists overdue commitments as of a date', async () => {
    const asOf = '2030-01-01';
    const expected = dataset.commitments.filter((c) => {
      const due = seedDue(c);
      return due !== null && due < asOf && !SETTLED.includes(seedVerdict(c));
    });
    expect(expected.length).toBeGreaterThan(0);
    const { rows, total } = await listAll({ status: 'overdue' }, asOf);
    expect(total).toBe(expected.length);
    expect(slugsOf(rows)).toEqual(slugsOf(expected));
    // Achieved before its deadline passed: never overdue.
    expect(slugsOf(rows)).not.toContain('security-dialogue-2024');

    expect((await listAll({ status: 'overdue' }, '2020-01-01')).total).toBe(0);
    // The deadline day itself is not overdue; the day after is.
    expect(slugsOf((await listAll({ status: 'overdue' }, '2027-12-31')).rows)).not.toContain(TRADE);
    expect(slugsOf((await listAll({ status: 'overdue' }, '2028-01-01')).rows)).toContain(TRADE);
  });

  it('filters by verdict', async () => {
    const expected = dataset.commitments.filter((c) => seedVerdict(c) === 'not-started');
    const { rows, total } = await listAll({ status: 'not-started' });
    expect(total).toBe(expected.length);
    expect(slugsOf(rows)).toEqual(slugsOf(expected));
  });

  it('sorts by progress, highest first, unknown last', async () => {
    const { rows } = await listAll({ sort: 'progress' });
    expect(rows).toHaveLength(dataset.commitments.length);
    const values = rows.map((r) => r.progressShare);
    const firstNull = values.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
    const known = values.slice(0, firstNull) as number[];
    for (let i = 1; i < known.length; i++) expect(known[i]!).toBeLessThanOrEqual(known[i - 1]!);
  });

  it('sorts by deadline, soonest first, none last', async () => {
    const { rows } = await listAll({ sort: 'deadline' });
    expect(rows).toHaveLength(dataset.commitments.length);
    const values = rows.map((r) => r.effectiveDeadlineOn);
    const firstNull = values.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
    const known = values.slice(0, firstNull) as string[];
    for (let i = 1; i < known.length; i++) expect(known[i]! >= known[i - 1]!).toBe(true);
    expect(known[0]).toBe('2024-12-31');
  });

  it('sorts by title', async () => {
    const { rows } = await listAll({ sort: 'title' });
    const titles = rows.map((r) => r.title);
    for (let i = 1; i < titles.length; i++) expect(titles[i]! >= titles[i - 1]!).toBe(true);
  });

  it('gives every row its countries, sorted, as in the dataset', async () => {
    const { rows } = await listAll();
    expect(rows).toHaveLength(dataset.commitments.length);
    for (const row of rows) {
      expect(row.countries, row.slug).toEqual([...row.countries].sort());
      expect(row.countries, row.slug).toEqual([...seedCommitment(row.slug).countries].sort());
    }
  });
});

// ----------------------------------------------------------------- getDashboardSummary

describe('getDashboardSummary', () => {
  const asOf = '2026-11-22';

  it('counts verdicts over all commitments', async () => {
    const summary = await q.getDashboardSummary({ asOf });
    const sum = summary.byVerdict.reduce((n, r) => n + r.n, 0);
    expect(sum).toBe(dataset.commitments.length);
    expect(summary.totals.commitments).toBe(dataset.commitments.length);
    expect(summary.totals.sources).toBe(dataset.sources.length);

    const expected = new Map<string, number>();
    for (const c of dataset.commitments) expected.set(seedVerdict(c), (expected.get(seedVerdict(c)) ?? 0) + 1);
    expect(new Map(summary.byVerdict.map((r) => [r.verdict, r.n]))).toEqual(expected);

    const byCategory = summary.byCategory.reduce((n, r) => n + r.n, 0);
    expect(byCategory).toBe(dataset.commitments.length);
    for (const r of summary.byCategory) {
      if (r.meanProgress !== null) {
        expect(r.meanProgress).toBeGreaterThanOrEqual(0);
        expect(r.meanProgress).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lists at most six latest updates, newest first', async () => {
    const { latestUpdates } = await q.getDashboardSummary({ asOf });
    expect(latestUpdates.length).toBeGreaterThan(0);
    expect(latestUpdates.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < latestUpdates.length; i++) {
      expect(latestUpdates[i]!.asOf <= latestUpdates[i - 1]!.asOf).toBe(true);
    }
    // The three 24.kg updates are the newest in the seed.
    expect(latestUpdates.slice(0, 3).every((u) => u.asOf === '2024-05-17')).toBe(true);
  });

  it('lists upcoming deadlines on or after the date, soonest first, and the overdue ones', async () => {
    const summary = await q.getDashboardSummary({ asOf });
    // Due = the deadline, or where none was announced the latest planned completion date.
    const expected = dataset.commitments
      .map((c, order) => ({ c, order, due: seedDue(c) }))
      .filter(({ c, due }) => due !== null && due >= asOf && ![...SETTLED, 'missed'].includes(seedVerdict(c)))
      .sort((a, b) => (a.due === b.due ? a.order - b.order : a.due! < b.due! ? -1 : 1));
    expect(summary.upcoming.length).toBe(Math.min(5, expected.length));
    expect(summary.upcoming.length).toBeGreaterThan(0);
    expect(summary.upcoming.map((r) => r.slug)).toEqual(expected.slice(0, 5).map((e) => e.c.slug));
    // The layer has commitments due by a planned date alone: they are listed too.
    expect(expected.some((e) => e.c.deadline?.on == null)).toBe(true);
    for (const row of summary.upcoming) {
      const due = row.effectiveDeadlineOn ?? row.plannedOn;
      expect(due).not.toBeNull();
      expect(due! >= asOf).toBe(true);
      expect(row.countries.length).toBeGreaterThan(0);
    }
    const dues = summary.upcoming.map((r) => (r.effectiveDeadlineOn ?? r.plannedOn)!);
    expect(dues).toEqual([...dues].sort());

    const overdue = dataset.commitments.filter((c) => {
      const due = seedDue(c);
      return due !== null && due < asOf && !SETTLED.includes(seedVerdict(c));
    });
    expect(summary.totals.overdue).toBe(overdue.length);
    expect(slugsOf(summary.overdue)).toEqual(slugsOf(overdue).slice(0, 5));
    const later = await q.getDashboardSummary({ asOf: '2030-01-01' });
    expect(later.totals.overdue).toBe((await listAll({ status: 'overdue' }, '2030-01-01')).total);
    expect(later.upcoming).toEqual([]);
  });
});

// ------------------------------------------------------------------- getFeaturedTarget

describe('getFeaturedTarget', () => {
  it('returns the trade target with its observations and required path', async () => {
    const featured = await q.getFeaturedTarget({ asOf: '2026-11-22' });
    expect(featured).not.toBeNull();
    const { commitment, target } = featured!;
    expect(commitment.slug).toBe(TRADE);
    expect(target.targetValue).toBe(15);
    expect(target.originalTargetValue).toBe(15);
    expect(target.baseline).toEqual({ value: 10.6, on: '2022-12-31' });
    expect(target.metric.slug).toBe('intra-regional-trade');

    const expected = dataset.observations.filter((o) => o.metric === 'intra-regional-trade');
    expect(target.observations).toHaveLength(expected.length);
    expect(target.observations).toHaveLength(3);
    const news = target.observations.filter((o) => o.sourceSlug === NEWS);
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ value: 10.5, qualifier: 'at-least', preferred: false, period: '2022' });
    // Ordered by period end, the preferred figure first within a period.
    expect(target.observations.map((o) => o.periodEnd)).toEqual(['2017-12-31', '2022-12-31', '2022-12-31']);
    expect(target.observations[1]!.preferred).toBe(true);

    expect(target.progress.requiredPath.at(-1)).toEqual({ on: '2027-12-31', value: 15 });
    expect(target.progress.requiredPath[0]).toEqual({ on: '2022-12-31', value: 10.6 });
    expect(target.progress.status).toBe('insufficient-data');
  });
});

// ----------------------------------------------------------------- getCommitmentBySlug

describe('getCommitmentBySlug', () => {
  it('returns null for an unknown slug', async () => {
    expect(await q.getCommitmentBySlug({ slug: 'no-such-commitment', asOf: '2026-11-22' })).toBeNull();
  });

  it('returns the trade commitment with its log, countries and target', async () => {
    const c = await q.getCommitmentBySlug({ slug: TRADE, asOf: '2026-11-22' });
    expect(c).not.toBeNull();
    expect(c!.revisions).toEqual([]);
    expect(c!.updates.length).toBeGreaterThanOrEqual(1);
    expect(c!.updates[0]).toMatchObject({
      asOf: '2023-09-14',
      verdict: 'in-progress',
      sourceSlug: AKORDA,
      correctsId: null,
      correctedById: null,
      evidence: [],
    });
    // No byline on public rows: not the seed's author name, nor any editor's.
    expect(c!.updates[0]).not.toHaveProperty('authorName');
    expect(JSON.stringify(c)).not.toContain('Seed dataset');
    // No in-place edits of this record yet.
    expect(c!.recordChanges).toEqual([]);
    expect(c!.countries).toHaveLength(5);
    expect(c!.countries).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    expect(c!.sourceSlug).toBe(AKORDA);
    expect(c!.target?.targetValue).toBe(15);
    expect(c!.context).toEqual([]);
  });

  it('returns the context series of the IT exports commitment', async () => {
    const c = await q.getCommitmentBySlug({ slug: 'it-exports-1bn-by-2026', asOf: '2026-11-22' });
    expect(c).not.toBeNull();
    const expected = dataset.metrics.filter((m) => m.relatedCommitment === 'it-exports-1bn-by-2026').map((m) => m.slug);
    expect(expected).toEqual(['cashless-payments-share', 'public-services-online-share', 'it-exports-growth-multiple']);
    expect(c!.context.map((m) => m.slug)).toEqual(expected);
    for (const m of c!.context) {
      const n = dataset.observations.filter((o) => o.metric === m.slug).length;
      expect(m.observations, m.slug).toHaveLength(n);
    }
    // Its own metric has no figures yet.
    expect(c!.target?.metric.slug).toBe('it-exports');
    expect(c!.target?.observations).toEqual([]);
  });
});

// ------------------------------------------------------------------------------ sources

describe('sources', () => {
  it('listSources returns every source, newest first', async () => {
    const rows = await q.listSources();
    expect(slugsOf(rows)).toEqual(slugsOf(dataset.sources));
    const dates = rows.map((r) => r.publishedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('listSources counts commitments, observations and updates per source', async () => {
    const rows = await q.listSources();
    expect(rows).toHaveLength(dataset.sources.length);
    for (const s of dataset.sources) {
      const row = rows.find((r) => r.slug === s.slug);
      expect(row, s.slug).toBeDefined();
      expect(row!.commitments, s.slug).toBe(dataset.commitments.filter((c) => c.source === s.slug).length);
      expect(row!.observations, s.slug).toBe(dataset.observations.filter((o) => o.source === s.slug).length);
      const updates = [...dataset.commitments.map((c) => c.initialUpdate), ...dataset.updates].filter((u) => u.source === s.slug).length;
      expect(row!.updates, s.slug).toBe(updates);
    }
  });

  it('returns null for an unknown source', async () => {
    expect(await q.getSourceBySlug({ slug: 'no-such-source' })).toBeNull();
  });

  it('24.kg: announced nothing, cited by the later updates', async () => {
    const s = await q.getSourceBySlug({ slug: KG24 });
    expect(s).not.toBeNull();
    expect(s!.commitments).toEqual([]);
    expect(s!.figures).toEqual([]);
    const expected = dataset.commitments.filter((c) => dataset.updates.some((u) => u.commitment === c.slug && u.source === KG24));
    expect(s!.updates.length).toBeGreaterThanOrEqual(3);
    expect(s!.updates.map((u) => u.commitmentSlug).sort()).toEqual(slugsOf(expected));
  });

  it('Akorda: lists the commitments announced there, and its figures', async () => {
    const s = await q.getSourceBySlug({ slug: AKORDA });
    expect(s).not.toBeNull();
    const expected = dataset.commitments.filter((c) => c.source === AKORDA);
    expect(s!.commitments).toHaveLength(expected.length);
    expect(slugsOf(s!.commitments)).toEqual(slugsOf(expected));
    expect(s!.figures).toHaveLength(dataset.observations.filter((o) => o.source === AKORDA).length);
    // Its own commitments' initial updates are not repeated as "later news".
    expect(s!.updates).toEqual([]);
  });
});

// -------------------------------------------------------------- writes (run last, undone)

describe('recomputeCommitment after a new observation', () => {
  it('moves the trade target to acceleration-needed, and back when the figure is removed', async () => {
    const [metric] = await db.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, 'intra-regional-trade'));
    const [trade] = await db.select({ id: commitments.id }).from(commitments).where(eq(commitments.slug, TRADE));
    expect(metric).toBeDefined();
    expect(trade).toBeDefined();
    const [inserted] = await write(async (tx) =>
      tx
        .insert(observations)
        .values({
          metricId: metric!.id,
          period: '2023',
          periodEnd: '2023-12-31',
          value: 11.2,
          qualifier: 'exact',
          sourceId: await sourceId(NEWS),
          preferred: true,
        })
        .returning({ id: observations.id }),
    );
    try {
      // Not recomputed yet: the cache still holds the old result.
      expect((await cached(TRADE)).trajectoryStatus).toBe('insufficient-data');
      await write((tx) => mutations.recomputeCommitment(tx, trade!.id));
      const row = await cached(TRADE);
      expect(row.trajectoryStatus).toBe('acceleration-needed');
      expect(row.progressShare).toBeCloseTo((11.2 - 10.6) / (15 - 10.6), 10);
      expect(row.currentVerdict).toBe('in-progress');
      expect(row.effectiveDeadlineOn).toBe('2027-12-31');

      const featured = await q.getFeaturedTarget({ asOf: '2026-11-22' });
      expect(featured!.target.progress.status).toBe('acceleration-needed');
      expect(featured!.target.observations).toHaveLength(4);
    } finally {
      await write((tx) => tx.delete(observations).where(eq(observations.id, inserted!.id)));
      await write((tx) => mutations.recomputeCommitment(tx, trade!.id));
    }
    const restored = await cached(TRADE);
    expect(restored.trajectoryStatus).toBe('insufficient-data');
    expect(restored.progressShare).toBe(0);
  });

  it('recomputeCommitmentsForMetric refreshes the target tracking that metric', async () => {
    const [metric] = await db.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, 'intra-regional-trade'));
    // Corrupt the cache, then let the metric-wide recompute repair it.
    await write((tx) => tx.update(commitments).set({ trajectoryStatus: 'on-track', progressShare: 0.9 }).where(eq(commitments.slug, TRADE)));
    // Internal to the write modules (the figure writes call it), so imported from its own.
    const { recomputeCommitmentsForMetric } = await import('./mutations/recompute');
    await write((tx) => recomputeCommitmentsForMetric(tx, metric!.id));
    const row = await cached(TRADE);
    expect(row.trajectoryStatus).toBe('insufficient-data');
    expect(row.progressShare).toBe(0);
  });

  it('throws for a commitment that does not exist', async () => {
    await expect(mutations.recomputeCommitment(db, 999_999)).rejects.toThrow(/does not exist/);
  });
});

describe('corrections', () => {
  const SLUG = 'historians-forum';

  it('takes the current stage and verdict from the correction, not the corrected row', async () => {
    const before = await cached(SLUG);
    expect(before.currentStage).toBe('proposed');
    const updatesBefore = await count(statusUpdates);
    const src = await sourceId(KG24);

    const [wrong] = await write((tx) =>
      tx
        .insert(statusUpdates)
        .values({
          commitmentId: before.id,
          asOf: '2025-03-01',
          verdict: 'achieved',
          stage: 'held',
          note: 'Entered by mistake.',
          sourceId: src,
          authorName: 'Test editor',
        })
        .returning({ id: statusUpdates.id }),
    );
    let correctionId: number | undefined;
    try {
      await write((tx) => mutations.recomputeCommitment(tx, before.id));
      const afterWrong = await cached(SLUG);
      expect(afterWrong.currentStage).toBe('held');
      expect(afterWrong.currentVerdict).toBe('achieved');
      expect(afterWrong.progressShare).toBe(1);

      const [correction] = await write((tx) =>
        tx
          .insert(statusUpdates)
          .values({
            commitmentId: before.id,
            asOf: '2025-03-01',
            verdict: 'in-progress',
            stage: 'scheduled',
            note: 'Correction: scheduled, not yet held.',
            sourceId: src,
            correctsId: wrong!.id,
            authorName: 'Test editor',
          })
          .returning({ id: statusUpdates.id }),
      );
      correctionId = correction!.id;
      await write((tx) => mutations.recomputeCommitment(tx, before.id));
      const afterCorrection = await cached(SLUG);
      expect(afterCorrection.currentStage).toBe('scheduled');
      expect(afterCorrection.currentVerdict).toBe('in-progress');
      expect(afterCorrection.progressShare).toBe(0.5);
      expect(afterCorrection.lastUpdateOn).toBe('2025-03-01');

      // The log keeps both rows and links them both ways.
      const detail = await q.getCommitmentBySlug({ slug: SLUG, asOf: '2026-11-22' });
      const wrongRow = detail!.updates.find((u) => u.id === wrong!.id);
      const correctionRow = detail!.updates.find((u) => u.id === correctionId);
      expect(wrongRow?.correctedById).toBe(correctionId);
      expect(correctionRow?.correctsId).toBe(wrong!.id);
      expect(correctionRow?.correctedById).toBeNull();
    } finally {
      if (correctionId !== undefined) await write((tx) => tx.delete(statusUpdates).where(eq(statusUpdates.id, correctionId!)));
      await write((tx) => tx.delete(statusUpdates).where(eq(statusUpdates.id, wrong!.id)));
      await write((tx) => mutations.recomputeCommitment(tx, before.id));
    }
    const restored = await cached(SLUG);
    expect(restored.currentStage).toBe('proposed');
    expect(restored.currentVerdict).toBe('not-started');
    expect(restored.lastUpdateOn).toBe(before.lastUpdateOn);
    expect(await count(statusUpdates)).toBe(updatesBefore);
  });
});

describe('privacy', () => {
  it('never returns an editor’s name, account email or password hash', async () => {
    const email = 'editor-secret@example.test';
    const hash = 'scrypt$secret-hash-value';
    const name = 'Test Editor';
    const [user] = await write((tx) => tx.insert(users).values({ email, name, role: 'editor', passwordHash: hash }).returning({ id: users.id }));
    const trade = await cached(TRADE);
    const kg24 = await sourceId(KG24);
    const [update] = await write((tx) =>
      tx
        .insert(statusUpdates)
        .values({
          commitmentId: trade.id,
          asOf: '2025-06-01',
          verdict: 'in-progress',
          note: 'Authored by an account.',
          sourceId: kg24,
          authorId: user!.id,
          authorName: name,
        })
        .returning({ id: statusUpdates.id }),
    );
    // An in-place edit of the record by the same account, as saveCommitment audits it: the
    // public page lists it by role only.
    const [edit] = await write((tx) =>
      tx
        .insert(auditEvents)
        .values({
          actorId: user!.id,
          action: 'edit-commitment',
          entity: 'commitment',
          entityId: trade.id,
          details: {
            version: trade.version,
            slug: TRADE,
            fields: ['summary'],
            changes: { summary: { from: 'Old summary.', to: 'Edited by an account.' } },
            role: 'editor',
            reason: null,
          },
        })
        .returning({ id: auditEvents.id }),
    );
    try {
      const detail = await q.getCommitmentBySlug({ slug: TRADE, asOf: '2026-11-22' });
      const results: unknown[] = [
        detail,
        await q.getUpdateLog({ slug: TRADE }),
        await q.listLatestStatusUpdates({ limit: 50 }),
        await q.getDashboardSummary({ asOf: '2026-11-22' }),
        await q.getSourceBySlug({ slug: KG24 }),
        await q.getFeaturedTarget({ asOf: '2026-11-22' }),
        await q.listCommitments({ filters: filters(), asOf: '2026-11-22' }),
        await q.listCommitmentsForOpenData({ filters: filters(), asOf: '2026-11-22', perPage: 'all' }),
        await q.listSources(),
      ];
      // The authored update and the account's record change are really in the results checked.
      const json = JSON.stringify(results);
      expect(json.split('Authored by an account.').length - 1).toBeGreaterThanOrEqual(3); // page, log, feed
      expect(detail!.recordChanges).toEqual([
        {
          id: edit!.id,
          on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          role: 'editor',
          changes: { summary: { from: 'Old summary.', to: 'Edited by an account.' } },
          reason: null,
        },
      ]);
      for (const result of results) {
        const text = JSON.stringify(result);
        expect(text).not.toContain(name);
        expect(text).not.toContain('"passwordHash"');
        expect(text).not.toContain('"email"');
        expect(text).not.toContain(email);
        expect(text).not.toContain(hash);
        const keys = allKeys(result);
        for (const forbidden of ['passwordHash', 'email', 'authorId', 'authorName', 'actorId', 'password_hash', 'totpSecret']) {
          expect(keys.has(forbidden), forbidden).toBe(false);
        }
      }
    } finally {
      await write(async (tx) => {
        await tx.delete(auditEvents).where(eq(auditEvents.id, edit!.id));
        await tx.delete(statusUpdates).where(eq(statusUpdates.id, update!.id));
        await tx.delete(users).where(eq(users.id, user!.id));
      });
    }
    const [left] = await db
      .select({ n: sql<number>`count(*)` })
      .from(statusUpdates)
      .where(and(eq(statusUpdates.commitmentId, trade.id), eq(statusUpdates.authorName, 'Test Editor')));
    expect(left?.n).toBe(0);
  });
});
