import { eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, observations, statusUpdates } from '../db/schema';
import { openTestDatabase, type TestDatabase } from '../db/test-database';
import { buildSitemap } from '../lib/sitemap';

// lib/server/sitemap-data.ts on the seeded dataset: every commitment and source, dated by
// its data. (The builder itself: lib/sitemap.test.ts.)

let testDb: TestDatabase;
let read: typeof import('../lib/server/sitemap-data').readSitemapData;

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: true });
  ({ readSitemapData: read } = await import('../lib/server/sitemap-data'));
}, 60_000);

afterAll(async () => {
  await testDb?.close();
});

describe('readSitemapData', () => {
  it('lists every commitment and source, each dated by its newest change', async () => {
    const data = await read();
    expect(data.commitments.map((c) => c.slug)).toEqual(await testDb.queries.listCommitmentSlugs());
    expect(data.sources.map((s) => s.slug)).toEqual(await testDb.queries.listSourceSlugs());
    expect(data.newestSnapshotAt).toBeNull();
    for (const c of data.commitments) {
      expect(Date.parse(c.changedAt), c.slug).not.toBeNaN();
      expect(Date.parse(c.changedAt), c.slug).toBeGreaterThanOrEqual(Date.parse(c.logChangedAt));
    }
    for (const s of data.sources) expect(Date.parse(s.createdAt), s.slug).not.toBeNaN();
  });

  it('dates a commitment by its newest log entry or figure, and its log by the newest entry', async () => {
    const data = await read();
    const slug = 'intra-regional-trade-15bn';
    const [row] = await testDb.db.select({ id: commitments.id, metricId: commitments.metricId }).from(commitments).where(eq(commitments.slug, slug));
    const [log] = await testDb.db
      .select({ at: max(statusUpdates.createdAt) })
      .from(statusUpdates)
      .where(eq(statusUpdates.commitmentId, row!.id));
    const [figures] = await testDb.db
      .select({ at: max(observations.createdAt) })
      .from(observations)
      .where(eq(observations.metricId, row!.metricId!));
    const trade = data.commitments.find((c) => c.slug === slug)!;
    expect(log?.at).toBeTruthy();
    expect(trade.logChangedAt).toBe(log!.at);
    expect(Date.parse(trade.changedAt)).toBeGreaterThanOrEqual(Math.max(Date.parse(log!.at!), Date.parse(figures!.at!)));
  });

  it('builds a sitemap of every page in three languages', async () => {
    const data = await read();
    const sitemap = buildSitemap({ siteBase: 'https://tracker.test', data });
    expect(sitemap).toHaveLength((6 + 2 * data.commitments.length + data.sources.length) * 3);
  });
});
