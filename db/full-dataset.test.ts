import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from './schema';
import { openTestDatabase, type TestDatabase } from './test-database';
import { dataset } from './seed/data';
import { RESEARCHED_ON } from './seed/research/common';
import { daysBetween } from '../lib/dates';
import { DEFAULT_STALE_AFTER_DAYS } from '../lib/domain';
import { isStale } from '../lib/status';

// The whole dataset (the speech and everything researched since), loaded as `npm run db:seed`
// loads it: what the cached columns say of the real commitments on the day of the research,
// 2 December 2026. Where db.test.ts and db/verdicts.test.ts keep to an early layer to test the
// database layer, this file is about the research's own conclusions.

let testDb: TestDatabase | undefined;
let q: TestDatabase['queries'];
let db: TestDatabase['db'];
let commitment: TestDatabase['commitment'];

const RESEARCH_DAY = '2026-12-02';

beforeAll(async () => {
  testDb = await openTestDatabase({ seed: true });
  ({ queries: q, db, commitment } = testDb);
});

afterAll(async () => {
  await testDb?.close();
});

describe('the full dataset', () => {
  it('is the research of 2 December 2026', () => {
    expect(RESEARCHED_ON).toBe(RESEARCH_DAY);
  });

  it('loads every commitment', async () => {
    const rows = await db.select({ slug: commitments.slug }).from(commitments);
    expect(rows.map((r) => r.slug).sort()).toEqual(dataset.commitments.map((c) => c.slug).sort());
  });

  it('leaves no commitment unreviewed for more than 180 days on the day of the research', async () => {
    const rows = await db
      .select({
        slug: commitments.slug,
        lastReviewedOn: commitments.lastReviewedOn,
        announcedOn: commitments.announcedOn,
        verdict: commitments.currentVerdict,
      })
      .from(commitments);
    expect(rows.length).toBe(dataset.commitments.length);
    const old = rows.filter((r) => r.lastReviewedOn === null || r.lastReviewedOn > RESEARCH_DAY || daysBetween(r.lastReviewedOn, RESEARCH_DAY) > 180);
    expect(old.map((r) => `${r.slug}: ${r.lastReviewedOn}`)).toEqual([]);
    const stale = rows.filter((r) => isStale({ ...r, asOf: RESEARCH_DAY, staleAfterDays: DEFAULT_STALE_AFTER_DAYS }));
    expect(stale.map((r) => r.slug)).toEqual([]);
  });

  it('gives the Trans-Caspian target in force as five times the 2023 volume: 5 × 2.764 = 13.82 Mt', async () => {
    const c = await commitment('trans-caspian-volume-fivefold');
    expect(c).toMatchObject({ targetValue: null, targetMultiple: 5, baselinePeriod: '2023', targetInForce: 13.82, targetRevisedOn: null });
    const detail = await q.getCommitmentBySlug({ slug: c.slug, asOf: RESEARCH_DAY });
    expect(detail!.target).toMatchObject({ targetValue: 13.82, baseline: { on: '2023-12-31', value: 2.764 }, revised: false });
  });

  it('does not count the IT-exports target as achieved: its 2025 preferred figure is a forecast', async () => {
    const c = await commitment('it-exports-1bn-by-2026');
    expect(c.trajectoryStatus).not.toBe('achieved');
    expect(c.trajectoryStatus).not.toBe('achieved-late');
    const detail = await q.getCommitmentBySlug({ slug: c.slug, asOf: RESEARCH_DAY });
    const preferred2025 = detail!.target?.observations.filter((o) => o.period === '2025' && o.preferred) ?? [];
    expect(preferred2025.map((o) => [o.value, o.qualifier])).toEqual([[1, 'forecast']]);
    expect(detail!.target!.progress.met).toBe(false);
    expect(detail!.target!.progress.forecasts.some((f) => f.period === '2025' && f.value === 1)).toBe(true);
  });

  it('gives the trade target in force as the $20 bn of 16 Nov 2025, with the deadline still the end of 2027', async () => {
    const c = await commitment('intra-regional-trade-15bn');
    expect(c).toMatchObject({
      targetValue: 15,
      targetInForce: 20,
      targetRevisedOn: '2025-11-16',
      deadlineOn: '2027-12-31',
      effectiveDeadlineOn: '2027-12-31',
      deadlineInterpreted: true,
    });
    const detail = await q.getCommitmentBySlug({ slug: c.slug, asOf: RESEARCH_DAY });
    expect(detail!.terms).toMatchObject({ targetValue: 20, deadlineOn: '2027-12-31', targetRevisedOn: '2025-11-16', deadlineRevisedOn: null });
    expect(detail!.target).toMatchObject({ targetValue: 20, originalTargetValue: 15, revised: true });
    // Progress is shown against both goals.
    expect(detail!.target!.originalProgress).not.toBeNull();
  });
});
