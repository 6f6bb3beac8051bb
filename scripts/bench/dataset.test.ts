import { describe, expect, it } from 'vitest';
import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES, SOURCE_KINDS, STAGES, VERDICTS } from '../../lib/domain';
import { REDUCED_SIZE, spread, syntheticDataset, type FirstIds } from './dataset';

const firstIds: FirstIds = { source: 10, metric: 20, commitment: 30, revision: 40, update: 50, evidence: 60, observation: 70 };

function generate(size = REDUCED_SIZE) {
  const data = syntheticDataset({ size, firstIds, today: '2026-11-22' });
  const plans = data.plans();
  let updateId = firstIds.update;
  let evidenceId = firstIds.evidence;
  let observationId = firstIds.observation;
  const logs = plans.map((p) => {
    const log = data.updatesOf(p, updateId, evidenceId);
    updateId += log.updates.length;
    evidenceId += log.evidence.length;
    const figures = data.observationsOf(p, observationId);
    observationId += figures.length;
    return { plan: p, ...log, figures };
  });
  return { data, plans, logs };
}

describe('synthetic benchmark dataset', () => {
  const { data, plans, logs } = generate();
  const updates = logs.flatMap((l) => l.updates);
  const figures = logs.flatMap((l) => l.figures);

  it('has exactly the requested numbers of rows', () => {
    expect(plans).toHaveLength(REDUCED_SIZE.commitments);
    expect(updates).toHaveLength(REDUCED_SIZE.updates);
    expect(figures).toHaveLength(REDUCED_SIZE.observations);
  });

  it('is plainly synthetic', () => {
    expect(plans[41]!.row.title).toBe('Synthetic commitment 00042');
    expect(plans.every((p) => p.row.slug.startsWith('synthetic-commitment-'))).toBe(true);
    expect(data.sources.every((s) => s.title.startsWith('Synthetic source') && s.url?.startsWith('https://example.org/'))).toBe(true);
  });

  it('represents every category, kind, country, source kind, verdict and stage', () => {
    expect(new Set(plans.map((p) => p.row.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(plans.map((p) => p.row.kind))).toEqual(new Set(COMMITMENT_KINDS));
    expect(new Set(plans.flatMap((p) => p.countries.map((c) => c.countryCode)))).toEqual(new Set(COUNTRY_CODES));
    expect(new Set(data.sources.map((s) => s.kind))).toEqual(new Set(SOURCE_KINDS));
    expect(new Set(plans.map((p) => p.finalVerdict))).toEqual(new Set(VERDICTS));
    const stages = new Set(updates.map((u) => u.stage).filter((s) => s !== null));
    expect(stages).toEqual(new Set(Object.values(STAGES).flat()));
  });

  it('keeps each log consistent: ids in order, stages on the kind’s ladder, corrections pointing back', () => {
    const byId = new Map(updates.map((u) => [u.id, u]));
    expect(updates.map((u) => u.id)).toEqual(updates.map((_, i) => firstIds.update + i));
    for (const { plan, updates: log } of logs) {
      expect(log[0]!.asOf).toBe(plan.row.announcedOn);
      expect(log.at(-1)!.verdict).toBe(plan.finalVerdict);
      for (const u of log) {
        if (plan.row.kind === 'target') expect(u.stage).toBeNull();
        else expect(STAGES[plan.row.kind]).toContain(u.stage);
        if (u.correctsId !== null && u.correctsId !== undefined) {
          const corrected = byId.get(u.correctsId)!;
          expect(corrected.commitmentId).toBe(u.commitmentId);
          expect(corrected.id).toBeLessThan(u.id);
        }
      }
    }
    expect(updates.some((u) => u.correctsId)).toBe(true);
  });

  it('gives each target its own metric with one preferred figure per period', () => {
    for (const { plan, figures: rows } of logs) {
      if (plan.row.kind !== 'target') {
        expect(rows).toEqual([]);
        continue;
      }
      expect(plan.metric?.id).toBe(plan.row.metricId);
      const preferred = rows.filter((r) => r.preferred).map((r) => r.period);
      expect(new Set(preferred).size).toBe(preferred.length);
      expect(new Set(rows.map((r) => r.period))).toEqual(new Set(preferred));
    }
  });

  it('is the same every time', () => {
    const again = generate();
    expect(again.logs[123]!.updates).toEqual(logs[123]!.updates);
    expect(again.plans[321]!.row).toEqual(plans[321]!.row);
  });
});

describe('spread', () => {
  it('varies the parts but keeps their sum and minimum', () => {
    const parts = spread(1_000, 7, 3, 2);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_000);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(2);
    expect(new Set(parts).size).toBeGreaterThan(1);
  });
});
