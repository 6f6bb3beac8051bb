import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { dataset } from './data';
import { datasetUntil, recordedOn } from './layers';
import { commitments, observations, sources, statusUpdates } from '../schema';
import { openTestDatabase, type TestDatabase } from '../test-database';

// The seed loads in layers: `--until DATE` gives what was known by the end of that day.

const sizes = (d: ReturnType<typeof datasetUntil>) => ({
  sources: d.sources.length,
  observations: d.observations.length,
  updates: d.updates.length,
  revisions: d.revisions.length,
  plannedDates: d.plannedDates.length,
});

describe('datasetUntil', () => {
  it('at the speech holds the speech alone: its two reports, its figures, one entry per commitment', () => {
    const speech = datasetUntil(dataset, '2023-09-14');
    expect(speech.commitments).toHaveLength(23);
    expect(speech.sources.map((s) => s.slug).sort()).toEqual(['akorda-2023-09-14-dushanbe-speech', 'news-report-2023-09-14-priorities']);
    expect(speech.updates).toEqual([]);
    expect(speech.revisions).toEqual([]);
    expect(speech.plannedDates).toEqual([]);
    expect(new Set(speech.observations.map((o) => o.source))).toEqual(
      new Set(['akorda-2023-09-14-dushanbe-speech', 'news-report-2023-09-14-priorities']),
    );
  });

  it('before the speech holds nothing to track', () => {
    const before = datasetUntil(dataset, '2023-09-13');
    expect(before.commitments).toEqual([]);
    expect(before.updates).toEqual([]);
  });

  it('grows with the date, each layer containing the one before, up to the whole dataset', () => {
    const dates = ['2023-09-14', '2024-05-17', '2024-08-09', '2025-06-30', '2025-11-16', '2026-03-10', '2026-12-02'];
    let previous = datasetUntil(dataset, '2023-09-14');
    for (const date of dates.slice(1)) {
      const layer = datasetUntil(dataset, date);
      for (const key of ['sources', 'updates', 'revisions', 'plannedDates'] as const) {
        const now = new Set<unknown>(layer[key]);
        for (const item of previous[key]) expect(now.has(item), `${key} at ${date}`).toBe(true);
      }
      // A figure's preference may change as better ones arrive; the figure itself stays.
      const figure = (o: (typeof layer.observations)[number]) => `${o.metric} ${o.period} ${o.source} ${o.value} ${o.qualifier}`;
      const figures = new Set(layer.observations.map(figure));
      for (const o of previous.observations) expect(figures.has(figure(o)), `observations at ${date}`).toBe(true);
      previous = layer;
    }
    expect(sizes(previous)).toEqual(sizes(dataset));
  });

  it('gives every period with figures exactly one preferred figure in every layer: the first known, until the one preferred today arrives', () => {
    for (const date of ['2023-09-14', '2024-01-24', '2024-05-17', '2025-06-30', '2026-03-10', '2026-12-02']) {
      const layer = datasetUntil(dataset, date);
      const preferred = new Map<string, number>();
      for (const o of layer.observations) {
        const period = `${o.metric} ${o.period}`;
        preferred.set(period, (preferred.get(period) ?? 0) + (o.preferred ? 1 : 0));
      }
      for (const [period, count] of preferred) expect(count, `${period} at ${date}`).toBe(1);
    }
    // Trans-Caspian 2023: KTZ's 2.8 Mt (January 2024) is preferred until the ministry's 2.764 (2026).
    const early = datasetUntil(dataset, '2024-05-17').observations.filter((o) => o.metric === 'trans-caspian-cargo' && o.period === '2023');
    expect(early.filter((o) => o.preferred).map((o) => o.value)).toEqual([2.8]);
    const today = datasetUntil(dataset, '2026-12-02').observations.filter((o) => o.metric === 'trans-caspian-cargo' && o.period === '2023');
    expect(today.filter((o) => o.preferred).map((o) => o.value)).toEqual([2.764]);
  });

  it('keeps every entry to what its sources had published by the date', () => {
    const layer = datasetUntil(dataset, '2025-01-01');
    const published = new Map(layer.sources.map((s) => [s.slug, s]));
    for (const item of [...layer.observations, ...layer.updates, ...layer.revisions, ...layer.plannedDates]) {
      if (!item.source) continue;
      const source = published.get(item.source);
      expect(source, item.source).toBeDefined();
      expect(recordedOn(item, source!) <= '2025-01-01').toBe(true);
    }
    // The revision of November 2025 and the figures published in 2026 are not known yet.
    expect(layer.revisions).toEqual([]);
    expect(layer.observations.some((o) => o.metric === 'trans-caspian-cargo' && o.period === '2025')).toBe(false);
  });
});

describe('loading a layer', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ seed: { until: '2024-08-09', asOf: '2024-08-10' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('loads exactly the layer, each row created on the day it became known', async () => {
    const layer = datasetUntil(dataset, '2024-08-09');
    expect(await t.count(sources)).toBe(layer.sources.length);
    expect(await t.count(observations)).toBe(layer.observations.length);
    expect(await t.count(statusUpdates)).toBe(layer.commitments.length + layer.updates.length);
    const entries = await t.db
      .select({ createdAt: statusUpdates.createdAt, asOf: statusUpdates.asOf })
      .from(statusUpdates)
      .orderBy(asc(statusUpdates.id));
    for (const e of entries) {
      expect(e.createdAt.slice(0, 10) <= '2024-08-09').toBe(true);
      expect(e.createdAt.slice(0, 10) >= e.asOf || e.asOf <= '2024-08-09').toBe(true);
    }
    // Ids follow the order in which things became known.
    const days = entries.map((e) => e.createdAt);
    expect(days).toEqual([...days].sort());
  });

  it('computes what the tracker said then: the sixth summit held, trade at 2023’s figure', async () => {
    const [summit] = await t.db.select().from(commitments).where(eq(commitments.slug, 'sixth-consultative-meeting-kazakhstan'));
    expect(summit!.currentVerdict).toBe('achieved');
    expect(summit!.currentStage).toBe('held');
    const [trade] = await t.db.select().from(commitments).where(eq(commitments.slug, 'intra-regional-trade-15bn'));
    expect(trade!.targetInForce).toBe(15);
    expect(trade!.computedOn).toBe('2024-08-10');
    // 10.6 → 11 in one year against 15 by 2027: the engine's own ratio, below 0.95.
    expect(trade!.trajectoryStatus).toBe('limited-progress');
  });
});
