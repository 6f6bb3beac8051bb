import { describe, expect, it } from 'vitest';
import {
  annualRate,
  applyRate,
  atLeastAYear,
  computeTargetProgress,
  directionProblem,
  figureVerdict,
  hasMetTarget,
  pathPoints,
  statusFromRatio,
  type ObservationPoint,
  type Point,
  type TargetInput,
  type UsedPoint,
} from './progress';
import type { ValueQualifier } from './domain';

const Y = 365.25;

/** A figure as the engine returns it: without a period label it is a point in time, reported exactly. */
function used(on: string, value: number, period: string | null = null, qualifier: ValueQualifier = 'exact'): UsedPoint {
  return { on, value, period, qualifier };
}

/** A yearly figure ('2024' ending 2024-12-31), optionally qualified. */
function year(y: number, value: number, qualifier?: ValueQualifier): ObservationPoint {
  return { on: `${y}-12-31`, value, period: String(y), ...(qualifier ? { qualifier } : {}) };
}

/** The DESIGN.md worked example: 10.6 -> 15 over five years. */
function worked(overrides: Partial<TargetInput> = {}): TargetInput {
  return {
    direction: 'up',
    baseline: { on: '2022-12-31', value: 10.6 },
    target: 15,
    deadline: '2027-12-31',
    observations: [{ on: '2023-12-31', value: 11.2 }],
    asOf: '2024-06-01',
    ...overrides,
  };
}

describe('computeTargetProgress: worked example (DESIGN.md)', () => {
  const p = computeTargetProgress(worked());

  it('needs 7.19 % a year, observes 5.66 %, R ~ 0.79: acceleration needed', () => {
    expect(p.growthMode).toBe('compound');
    expect(p.requiredAnnualGrowth).toBeCloseTo(0.0719, 4);
    expect(p.observedAnnualGrowth).toBeCloseTo(0.0566, 4);
    expect(p.ratio).toBeCloseTo(0.79, 2);
    expect(p.status).toBe('acceleration-needed');
    expect(p.reason).toBeNull();
  });

  it('before the deadline the status rests on the latest figure, with no grading fields set', () => {
    expect(p.basis).toEqual(used('2023-12-31', 11.2));
    expect(p.deadlineFigure).toBeNull();
    expect(p.shortfall).toBeNull();
    expect(p.metOn).toBeNull();
    expect(p.fellBackTo).toBeNull();
    expect(p.forecasts).toEqual([]);
    expect(p.bounds).toEqual([]);
    expect(p.notComparable).toEqual([]);
    expect(p.likePeriod).toBeNull();
  });

  it('still needs the whole change from the latest figure: target - latest', () => {
    expect(p.neededChangeFromLatest).toBeCloseTo(15 - 11.2, 12);
  });

  it('reads the same with the figures labelled as yearly periods and an annual baseline period', () => {
    const labelled = computeTargetProgress(worked({ baselinePeriod: '2022', observations: [year(2022, 10.6), year(2023, 11.2)] }));
    expect(labelled.status).toBe('acceleration-needed');
    expect(labelled.ratio).toBeCloseTo(p.ratio!, 12);
    expect(labelled.latest).toEqual(used('2023-12-31', 11.2, '2023'));
  });

  it('uses exact day counts / 365.25', () => {
    expect(p.requiredAnnualGrowth).toBeCloseTo(Math.pow(15 / 10.6, Y / 1826) - 1, 12);
    expect(p.observedAnnualGrowth).toBeCloseTo(Math.pow(11.2 / 10.6, Y / 365) - 1, 12);
  });

  it('reports latest, share, met and data points', () => {
    expect(p.latest).toEqual(used('2023-12-31', 11.2));
    expect(p.share).toBeCloseTo(0.6 / 4.4, 10); // 13.6 %
    expect(p.met).toBe(false);
    expect(p.dataPoints).toBe(2);
    expect(p.deadlinePassed).toBe(false);
  });

  it('computes the growth now needed from the latest value', () => {
    // 2023-12-31 -> 2027-12-31 is 1461 days = exactly 4 years
    expect(p.neededAnnualGrowthFromLatest).toBeCloseTo(Math.pow(15 / 11.2, 1 / 4) - 1, 12);
    expect(p.neededAnnualGrowthFromLatest).toBeCloseTo(0.0758, 4);
  });

  it('projects the observed growth to the deadline', () => {
    expect(p.projectionBasis).toBe('since-baseline');
    expect(p.projectionAtDeadline?.on).toBe('2027-12-31');
    expect(p.projectionAtDeadline?.value).toBeCloseTo(13.96, 2);
    expect(p.projectionAtDeadline?.value).toBeCloseTo(11.2 * Math.pow(11.2 / 10.6, 4 * (Y / 365)), 10);
    expect(p.projectionPath.map((q) => q.on)).toEqual(['2023-12-31', '2024-12-31', '2025-12-31', '2026-12-31', '2027-12-31']);
    expect(p.projectionPath[0]).toEqual({ on: '2023-12-31', value: 11.2 });
    expect(p.projectionPath.at(-1)).toEqual(p.projectionAtDeadline);
  });

  it('draws the required compound path from baseline to target, one point per year end', () => {
    expect(p.requiredPath.map((q) => q.on)).toEqual(['2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31', '2026-12-31', '2027-12-31']);
    expect(p.requiredPath[0]?.value).toBe(10.6);
    expect(p.requiredPath.at(-1)?.value).toBe(15);
    const r = p.requiredAnnualGrowth ?? NaN;
    expect(p.requiredPath[1]?.value).toBeCloseTo(10.6 * Math.pow(1 + r, 365 / Y), 10);
    expect(p.requiredPath[1]?.value).toBeCloseTo(11.36, 2);
    // Strictly increasing
    for (let i = 1; i < p.requiredPath.length; i++) {
      expect(p.requiredPath[i]!.value).toBeGreaterThan(p.requiredPath[i - 1]!.value);
    }
  });

  it('echoes the inputs it was computed from', () => {
    expect(p.baseline).toEqual({ on: '2022-12-31', value: 10.6 });
    expect(p.target).toBe(15);
    expect(p.deadline).toBe('2027-12-31');
    expect(p.direction).toBe('up');
  });
});

describe('computeTargetProgress: observations', () => {
  it('handles unsorted observations (latest = most recent date)', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2024-12-31', value: 12.4 },
          { on: '2023-12-31', value: 11.2 },
          { on: '2025-06-30', value: 12.9 },
          { on: '2022-12-31', value: 10.6 },
        ],
        asOf: '2025-09-01',
      }),
    );
    expect(p.latest).toEqual(used('2025-06-30', 12.9));
    expect(p.dataPoints).toBe(4); // baseline + 3 observations after it
    expect(p.observedAnnualGrowth).toBeCloseTo(Math.pow(12.9 / 10.6, Y / 912) - 1, 12);
    expect(p.projectionPath[0]).toEqual({ on: '2025-06-30', value: 12.9 });
    expect(p.projectionPath.map((q) => q.on)).toEqual(['2025-06-30', '2025-12-31', '2026-12-31', '2027-12-31']);
  });

  it('does not reorder the caller’s array', () => {
    const observations: Point[] = [
      { on: '2024-12-31', value: 12 },
      { on: '2023-12-31', value: 11.2 },
    ];
    computeTargetProgress(worked({ observations, asOf: '2025-01-10' }));
    expect(observations[0]?.on).toBe('2024-12-31');
  });

  it('ignores observations before the baseline for latest and status', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2019-12-31', value: 16 }, // above target, but before the baseline
          { on: '2023-12-31', value: 11.2 },
          { on: '2021-12-31', value: 9 },
        ],
      }),
    );
    expect(p.latest).toEqual(used('2023-12-31', 11.2));
    expect(p.met).toBe(false);
    expect(p.dataPoints).toBe(2);
    expect(p.status).toBe('acceleration-needed');
    expect(p.projectionBasis).toBe('since-baseline');
    expect(p.historicalAnnualGrowth).toBeNull();
  });

  it('ignores observations dated after asOf', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2023-12-31', value: 11.2 },
          { on: '2024-12-31', value: 20 },
        ],
        asOf: '2024-06-01',
      }),
    );
    expect(p.latest).toEqual(used('2023-12-31', 11.2));
    expect(p.met).toBe(false);
    expect(p.status).toBe('acceleration-needed');
  });

  it('takes the later entry when two observations share a date', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2023-12-31', value: 11.0 },
          { on: '2023-12-31', value: 11.2 },
        ],
      }),
    );
    expect(p.latest?.value).toBe(11.2);
  });
});

describe('computeTargetProgress: insufficient data', () => {
  it('only the baseline: latest is the baseline, insufficient-data, no projection', () => {
    const p = computeTargetProgress(worked({ observations: [] }));
    expect(p.latest).toEqual(used('2022-12-31', 10.6));
    expect(p.dataPoints).toBe(1);
    expect(p.share).toBe(0);
    expect(p.observedAnnualGrowth).toBeNull();
    expect(p.ratio).toBeNull();
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('only-baseline');
    expect(p.requiredAnnualGrowth).toBeCloseTo(0.0719, 4); // still known
    expect(p.requiredPath).toHaveLength(6);
    expect(p.projectionAtDeadline).toBeNull();
    expect(p.projectionBasis).toBeNull();
    expect(p.projectionPath).toEqual([]);
  });

  it('an observation on the baseline date counts as the same single data point', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2022-12-31', value: 10.7 }] }));
    expect(p.latest).toEqual(used('2022-12-31', 10.7));
    expect(p.dataPoints).toBe(1);
    expect(p.observedAnnualGrowth).toBeNull();
    expect(p.status).toBe('insufficient-data');
    expect(p.share).toBeCloseTo(0.1 / 4.4, 10);
  });

  it('no baseline: insufficient-data, latest is the latest observation, rates null', () => {
    const p = computeTargetProgress(
      worked({
        baseline: null,
        observations: [
          { on: '2023-12-31', value: 11.2 },
          { on: '2024-12-31', value: 12 },
        ],
        asOf: '2025-03-01',
      }),
    );
    expect(p.latest).toEqual(used('2024-12-31', 12));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('no-baseline');
    expect(p.share).toBeNull();
    expect(p.requiredAnnualGrowth).toBeNull();
    expect(p.observedAnnualGrowth).toBeNull();
    expect(p.ratio).toBeNull();
    expect(p.dataPoints).toBe(0);
    expect(p.requiredPath).toEqual([]);
    expect(p.projectionBasis).toBeNull();
    // needed-from-latest only needs the latest value and the deadline (3 years, 1095 days)
    expect(p.neededAnnualGrowthFromLatest).toBeCloseTo(Math.pow(15 / 12, Y / 1095) - 1, 12);
  });

  it('no baseline and no observations: everything empty', () => {
    const p = computeTargetProgress(worked({ baseline: null, observations: [] }));
    expect(p.latest).toBeNull();
    expect(p.met).toBe(false);
    expect(p.status).toBe('insufficient-data');
    expect(p.neededAnnualGrowthFromLatest).toBeNull();
  });

  it('no baseline but the target is met: achieved', () => {
    const p = computeTargetProgress(worked({ baseline: null, observations: [{ on: '2024-12-31', value: 15.5 }], asOf: '2025-02-01' }));
    expect(p.met).toBe(true);
    expect(p.status).toBe('achieved');
  });

  it('no deadline: insufficient-data, no required growth or paths', () => {
    const p = computeTargetProgress(worked({ deadline: null }));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('no-deadline');
    expect(p.requiredAnnualGrowth).toBeNull();
    expect(p.neededAnnualGrowthFromLatest).toBeNull();
    expect(p.observedAnnualGrowth).toBeCloseTo(0.0566, 4); // still observable
    expect(p.share).toBeCloseTo(0.6 / 4.4, 10);
    expect(p.requiredPath).toEqual([]);
    expect(p.projectionPath).toEqual([]);
    expect(p.projectionAtDeadline).toBeNull();
    expect(p.deadlinePassed).toBe(false);
  });

  it('deadline not after the baseline date: insufficient-data', () => {
    const p = computeTargetProgress(worked({ deadline: '2022-12-31', asOf: '2022-12-31' }));
    expect(p.requiredAnnualGrowth).toBeNull();
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('deadline-before-baseline');
    expect(p.requiredPath).toEqual([]);
  });

  it('no deadline but met: achieved', () => {
    const p = computeTargetProgress(worked({ deadline: null, observations: [{ on: '2023-12-31', value: 15 }] }));
    expect(p.status).toBe('achieved');
  });
});

describe('computeTargetProgress: historical-trend projection', () => {
  const history: Point[] = [
    { on: '2021-12-31', value: 9.8 },
    { on: '2020-12-31', value: 9.0 },
    { on: '2022-12-31', value: 10.6 },
  ];

  it('projects the pre-announcement trend when there is nothing after the baseline', () => {
    const p = computeTargetProgress(worked({ observations: history }));
    expect(p.status).toBe('insufficient-data');
    expect(p.latest).toEqual(used('2022-12-31', 10.6));
    expect(p.projectionBasis).toBe('historical-trend');
    const h = Math.pow(10.6 / 9.0, Y / 730) - 1; // 2020-12-31 -> 2022-12-31 = 730 days
    expect(p.historicalAnnualGrowth).toBeCloseTo(h, 12);
    expect(p.historicalAnnualGrowth).toBeCloseTo(0.0853, 4);
    expect(p.projectionPath[0]).toEqual({ on: '2022-12-31', value: 10.6 });
    expect(p.projectionPath).toHaveLength(6);
    expect(p.projectionAtDeadline?.on).toBe('2027-12-31');
    expect(p.projectionAtDeadline?.value).toBeCloseTo(10.6 * Math.pow(1 + h, 1826 / Y), 10);
    expect(p.projectionAtDeadline?.value).toBeCloseTo(15.96, 2);
  });

  it('starts from the last historical point when none falls on the baseline date', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2019-12-31', value: 8 },
          { on: '2021-12-31', value: 10 },
        ],
      }),
    );
    expect(p.projectionBasis).toBe('historical-trend');
    expect(p.projectionPath[0]).toEqual({ on: '2021-12-31', value: 10 });
    expect(p.historicalAnnualGrowth).toBeCloseTo(Math.pow(10 / 8, Y / 731) - 1, 12);
  });

  it('uses the linear trend when the history has non-positive values', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2020-12-31', value: -2 },
          { on: '2022-12-31', value: 10.6 },
        ],
      }),
    );
    expect(p.growthMode).toBe('linear');
    expect(p.historicalAnnualGrowth).toBeCloseTo(12.6 / (730 / Y), 10);
    expect(p.projectionAtDeadline?.value).toBeCloseTo(10.6 + (12.6 / (730 / Y)) * (1826 / Y), 8);
  });

  it('needs at least two historical points', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2021-12-31', value: 9.8 }] }));
    expect(p.projectionBasis).toBeNull();
    expect(p.projectionAtDeadline).toBeNull();
    expect(p.historicalAnnualGrowth).toBeNull();
  });

  it('is not used once there is data after the baseline', () => {
    const p = computeTargetProgress(worked({ observations: [...history, { on: '2023-12-31', value: 11.2 }] }));
    expect(p.projectionBasis).toBe('since-baseline');
    expect(p.historicalAnnualGrowth).toBeNull();
  });

  it('needs a deadline', () => {
    const p = computeTargetProgress(worked({ observations: history, deadline: null }));
    expect(p.projectionBasis).toBeNull();
    expect(p.projectionPath).toEqual([]);
  });
});

describe('computeTargetProgress: linear mode', () => {
  it('zero baseline: absolute change per year', () => {
    const p = computeTargetProgress({
      direction: 'up',
      baseline: { on: '2020-12-31', value: 0 },
      target: 100,
      deadline: '2030-12-31', // 3652 days
      observations: [{ on: '2021-12-31', value: 12 }],
      asOf: '2022-03-01',
    });
    expect(p.growthMode).toBe('linear');
    expect(p.requiredAnnualGrowth).toBeCloseTo(100 / (3652 / Y), 10);
    expect(p.requiredAnnualGrowth).toBeCloseTo(10.0, 2);
    expect(p.observedAnnualGrowth).toBeCloseTo(12 / (365 / Y), 10);
    expect(p.ratio).toBeCloseTo(12 / (365 / Y) / (100 / (3652 / Y)), 10);
    expect(p.ratio).toBeCloseTo(1.2, 2);
    expect(p.status).toBe('on-track');
    expect(p.share).toBeCloseTo(0.12, 10);
    expect(p.neededAnnualGrowthFromLatest).toBeCloseTo(88 / (3287 / Y), 10);
    expect(p.projectionAtDeadline?.value).toBeCloseTo(12 + (12 / (365 / Y)) * (3287 / Y), 8);
    // Linear required path: equal steps per equal time
    expect(p.requiredPath[0]).toEqual({ on: '2020-12-31', value: 0 });
    expect(p.requiredPath[1]?.value).toBeCloseTo((100 * 365) / 3652, 10);
    expect(p.requiredPath.at(-1)).toEqual({ on: '2030-12-31', value: 100 });
    expect(p.requiredPath).toHaveLength(11);
  });

  it('negative baseline moving the right way: on-track', () => {
    // e.g. a trade deficit of 5 to become a surplus of 5
    const p = computeTargetProgress({
      direction: 'up',
      baseline: { on: '2020-12-31', value: -5 },
      target: 5,
      deadline: '2025-12-31', // 1826 days
      observations: [{ on: '2021-12-31', value: -3 }],
      asOf: '2022-06-01',
    });
    expect(p.growthMode).toBe('linear');
    expect(p.requiredAnnualGrowth).toBeCloseTo(10 / (1826 / Y), 10);
    expect(p.observedAnnualGrowth).toBeCloseTo(2 / (365 / Y), 10);
    expect(p.ratio).toBeCloseTo(2 / (365 / Y) / (10 / (1826 / Y)), 10);
    expect(p.status).toBe('on-track');
    expect(p.share).toBeCloseTo(0.2, 10);
  });

  it('negative baseline moving the wrong way: moving-away', () => {
    const p = computeTargetProgress({
      direction: 'up',
      baseline: { on: '2020-12-31', value: -5 },
      target: 5,
      deadline: '2025-12-31',
      observations: [{ on: '2021-12-31', value: -6 }],
      asOf: '2022-06-01',
    });
    expect(p.growthMode).toBe('linear');
    expect(p.ratio).toBeLessThan(0);
    expect(p.status).toBe('moving-away');
    expect(p.share).toBeCloseTo(-0.1, 10);
  });

  it('positive baseline but a non-positive latest value switches to linear', () => {
    const p = computeTargetProgress({
      direction: 'up',
      baseline: { on: '2020-12-31', value: 4 },
      target: 10,
      deadline: '2025-12-31',
      observations: [{ on: '2021-12-31', value: 0 }],
      asOf: '2022-06-01',
    });
    expect(p.growthMode).toBe('linear');
    expect(p.observedAnnualGrowth).toBeCloseTo(-4 / (365 / Y), 10);
    expect(p.status).toBe('moving-away');
  });

  it('a target of zero (falling to nothing) is linear', () => {
    const p = computeTargetProgress({
      direction: 'down',
      baseline: { on: '2020-12-31', value: 10 },
      target: 0,
      deadline: '2024-12-31', // 1461 days = 4 years
      observations: [{ on: '2022-12-31', value: 4 }], // 730 days
      asOf: '2023-06-01',
    });
    expect(p.growthMode).toBe('linear');
    expect(p.requiredAnnualGrowth).toBeCloseTo(-2.5, 10);
    expect(p.observedAnnualGrowth).toBeCloseTo(-6 / (730 / Y), 10);
    expect(p.ratio).toBeCloseTo(6 / (730 / Y) / 2.5, 10); // ~1.2
    expect(p.status).toBe('on-track');
    expect(p.share).toBeCloseTo(0.6, 10);
    expect(p.projectionAtDeadline?.value).toBeCloseTo(4 - (6 / (730 / Y)) * (731 / Y), 8);
  });
});

describe('computeTargetProgress: falling targets', () => {
  const falling = (value: number): TargetInput => ({
    direction: 'down',
    baseline: { on: '2020-12-31', value: 100 },
    target: 50,
    deadline: '2025-12-31', // 1826 days
    observations: [{ on: '2021-12-31', value }],
    asOf: '2022-06-01',
  });

  it('requires negative growth', () => {
    const p = computeTargetProgress(falling(85));
    expect(p.growthMode).toBe('compound');
    expect(p.requiredAnnualGrowth).toBeCloseTo(Math.pow(0.5, Y / 1826) - 1, 12);
    expect(p.requiredAnnualGrowth).toBeCloseTo(-0.1295, 4);
  });

  it('falling faster than needed: on-track (R positive, > 0.95)', () => {
    const p = computeTargetProgress(falling(85));
    expect(p.observedAnnualGrowth).toBeCloseTo(Math.pow(0.85, Y / 365) - 1, 12);
    expect(p.ratio).toBeCloseTo((Math.pow(0.85, Y / 365) - 1) / (Math.pow(0.5, Y / 1826) - 1), 10);
    expect(p.ratio).toBeCloseTo(1.16, 2);
    expect(p.status).toBe('on-track');
    expect(p.share).toBeCloseTo(0.3, 10);
    expect(p.met).toBe(false);
    // Both paths go down
    expect(p.requiredPath.at(-1)?.value).toBe(50);
    expect(p.requiredPath[1]!.value).toBeLessThan(100);
    expect(p.projectionAtDeadline!.value).toBeLessThan(50);
  });

  it('falling too slowly: limited-progress', () => {
    const p = computeTargetProgress(falling(98));
    expect(p.ratio).toBeCloseTo((Math.pow(0.98, Y / 365) - 1) / (Math.pow(0.5, Y / 1826) - 1), 10);
    expect(p.status).toBe('limited-progress');
  });

  it('rising instead: moving-away (R negative)', () => {
    const p = computeTargetProgress(falling(105));
    expect(p.ratio).toBeLessThan(0);
    expect(p.ratio).toBeCloseTo((Math.pow(1.05, Y / 365) - 1) / (Math.pow(0.5, Y / 1826) - 1), 10);
    expect(p.status).toBe('moving-away');
    expect(p.share).toBeCloseTo(-0.1, 10);
    expect(p.projectionAtDeadline!.value).toBeGreaterThan(105);
  });

  it('at or below the target: achieved', () => {
    expect(computeTargetProgress(falling(50)).status).toBe('achieved');
    const p = computeTargetProgress(falling(45));
    expect(p.met).toBe(true);
    expect(p.status).toBe('achieved');
    expect(p.share).toBeCloseTo(1.1, 10);
  });
});

describe('computeTargetProgress: target met', () => {
  it('up target reached: achieved with share >= 1', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2024-12-31', value: 16 }], asOf: '2025-03-01' }));
    expect(p.met).toBe(true);
    expect(p.status).toBe('achieved');
    expect(p.share).toBeCloseTo(5.4 / 4.4, 10);
    expect(p.share!).toBeGreaterThanOrEqual(1);
  });

  it('exactly on the target counts as met', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2024-12-31', value: 15 }], asOf: '2025-03-01' }));
    expect(p.met).toBe(true);
    expect(p.share).toBe(1);
  });

  it('met once is achieved: an earlier peak counts even when the latest figure fell back (fellBackTo)', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2023-12-31', value: 15.2 },
          { on: '2024-12-31', value: 14.1 },
        ],
        asOf: '2025-03-01',
      }),
    );
    expect(p.met).toBe(true);
    expect(p.status).toBe('achieved');
    expect(p.metOn).toBe('2023-12-31');
    expect(p.basis).toEqual(used('2023-12-31', 15.2));
    expect(p.latest).toEqual(used('2024-12-31', 14.1));
    expect(p.fellBackTo).toEqual(used('2024-12-31', 14.1));
  });
});

describe('computeTargetProgress: deadline passed', () => {
  const input: TargetInput = {
    direction: 'up',
    baseline: { on: '2018-12-31', value: 10 },
    target: 20,
    deadline: '2022-12-31', // 1461 days = 4 years
    observations: [{ on: '2022-12-31', value: 15 }],
    asOf: '2024-01-15',
  };

  it('has no needed growth, and is graded by the figure on the deadline: missed, not a ratio status', () => {
    const p = computeTargetProgress(input);
    expect(p.deadlinePassed).toBe(true);
    expect(p.neededAnnualGrowthFromLatest).toBeNull();
    expect(p.neededChangeFromLatest).toBeNull();
    // The rates are still reported...
    expect(p.requiredAnnualGrowth).toBeCloseTo(Math.pow(2, 1 / 4) - 1, 12);
    expect(p.observedAnnualGrowth).toBeCloseTo(Math.pow(1.5, 1 / 4) - 1, 12);
    expect(p.ratio).toBeCloseTo((Math.pow(1.5, 0.25) - 1) / (Math.pow(2, 0.25) - 1), 10);
    expect(p.ratio).toBeCloseTo(0.564, 3);
    // ...but once the deadline has passed the verdict is the deadline figure's.
    expect(p.status).toBe('missed');
    expect(p.deadlineFigure).toEqual(used('2022-12-31', 15));
    expect(p.basis).toEqual(used('2022-12-31', 15));
    expect(p.shortfall).toBe(5);
    // latest is on the deadline: nothing to project
    expect(p.projectionAtDeadline).toBeNull();
    expect(p.projectionBasis).toBeNull();
    expect(p.projectionPath).toEqual([]);
  });

  it('still projects to the deadline when the latest figure predates it', () => {
    const p = computeTargetProgress({ ...input, observations: [{ on: '2020-12-31', value: 13 }] });
    expect(p.deadlinePassed).toBe(true);
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('awaiting-deadline-figure');
    expect(p.neededAnnualGrowthFromLatest).toBeNull();
    expect(p.projectionBasis).toBe('since-baseline');
    expect(p.projectionAtDeadline?.value).toBeCloseTo(13 * Math.pow(1.3, 730 / 731), 10);
  });

  it('the deadline day itself is not "passed"', () => {
    const p = computeTargetProgress({ ...input, asOf: '2022-12-31', observations: [{ on: '2021-12-31', value: 15 }] });
    expect(p.deadlinePassed).toBe(false);
    expect(p.neededAnnualGrowthFromLatest).toBeCloseTo(Math.pow(20 / 15, Y / 365) - 1, 12);
  });
});

describe('computeTargetProgress: target equal to baseline (inconsistent terms)', () => {
  it('up: share null, ratio null, insufficient-data for inconsistent terms, never moving-away', () => {
    const p = computeTargetProgress({
      direction: 'up',
      baseline: { on: '2020-12-31', value: 50 },
      target: 50,
      deadline: '2025-12-31',
      observations: [{ on: '2021-12-31', value: 48 }],
      asOf: '2022-06-01',
    });
    expect(p.requiredAnnualGrowth).toBe(0);
    expect(p.share).toBeNull();
    expect(p.ratio).toBeNull();
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('inconsistent-terms');
    expect(p.requiredPath).toEqual([]);
  });

  it('down: neither rising nor holding gives a verdict (not even achieved) while the terms disagree', () => {
    const base = {
      direction: 'down' as const,
      baseline: { on: '2020-12-31', value: 50 },
      target: 50,
      deadline: '2025-12-31',
      asOf: '2022-06-01',
    };
    for (const value of [52, 50]) {
      const p = computeTargetProgress({ ...base, observations: [{ on: '2021-12-31', value }] });
      expect(p.status, String(value)).toBe('insufficient-data');
      expect(p.reason, String(value)).toBe('inconsistent-terms');
      expect(p.met, String(value)).toBe(false);
    }
  });
});

describe('statusFromRatio thresholds', () => {
  it.each([
    [1.5, 'on-track'],
    [0.95, 'on-track'],
    [0.9499, 'acceleration-needed'],
    [0.6, 'acceleration-needed'],
    [0.5999, 'limited-progress'],
    [0, 'limited-progress'],
    [-0.0001, 'moving-away'],
    [-3, 'moving-away'],
  ] as const)('R = %s -> %s', (ratio, status) => {
    expect(statusFromRatio(ratio)).toBe(status);
  });
});

describe('helpers', () => {
  it('annualRate and applyRate are inverses', () => {
    expect(annualRate(100, 121, 2, 'compound')).toBeCloseTo(0.1, 12);
    expect(applyRate(100, 0.1, 2, 'compound')).toBeCloseTo(121, 10);
    expect(annualRate(-5, 5, 4, 'linear')).toBe(2.5);
    expect(applyRate(-5, 2.5, 4, 'linear')).toBe(5);
  });

  it('hasMetTarget respects direction', () => {
    expect(hasMetTarget('up', 15, 15)).toBe(true);
    expect(hasMetTarget('up', 14.9, 15)).toBe(false);
    expect(hasMetTarget('down', 50, 50)).toBe(true);
    expect(hasMetTarget('down', 50.1, 50)).toBe(false);
  });

  it('pathPoints: start, each 31 December strictly between, end', () => {
    const pts = pathPoints({ on: '2024-03-15', value: 10 }, '2026-06-30', 0.1, 'compound');
    expect(pts.map((q) => q.on)).toEqual(['2024-03-15', '2024-12-31', '2025-12-31', '2026-06-30']);
    expect(pts[1]?.value).toBeCloseTo(10 * Math.pow(1.1, 291 / Y), 10);
    expect(pathPoints({ on: '2024-03-15', value: 10 }, '2024-03-15', 0.1, 'compound')).toEqual([]);
    expect(pathPoints({ on: '2024-03-15', value: 10 }, '2024-09-01', 0.1, 'linear').map((q) => q.on)).toEqual(['2024-03-15', '2024-09-01']);
  });
});

// ---------------------------------------------------------------------------------------------
// Exactness: which figures count, and for what

describe('exactness: forecasts never count', () => {
  it('a forecast that meets the target never makes it achieved, even for a period that ended before asOf', () => {
    const forecast = year(2024, 16, 'forecast');
    const p = computeTargetProgress(worked({ observations: [year(2023, 11.2), forecast], asOf: '2025-06-01' }));
    expect(p.status).not.toBe('achieved');
    expect(p.status).toBe('acceleration-needed');
    expect(p.met).toBe(false);
    expect(p.metOn).toBeNull();
    expect(p.latest).toEqual(used('2023-12-31', 11.2, '2023'));
    expect(p.forecasts).toEqual([used('2024-12-31', 16, '2024', 'forecast')]);
    expect(p.dataPoints).toBe(2);
  });

  it('a forecast alone is not a data point: only the baseline is known', () => {
    const p = computeTargetProgress(worked({ observations: [year(2023, 16, 'forecast')] }));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('only-baseline');
    expect(p.met).toBe(false);
    expect(p.forecasts).toHaveLength(1);
  });

  it('after the deadline a forecast for the deadline period is not the deadline figure: still awaiting it', () => {
    const p = computeTargetProgress(worked({ observations: [year(2027, 16, 'forecast')], asOf: '2029-01-01' }));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('awaiting-deadline-figure');
    expect(p.deadlineFigure).toBeNull();
    expect(p.met).toBe(false);
    expect(p.forecasts).toEqual([used('2027-12-31', 16, '2027', 'forecast')]);
  });

  it('returns forecasts dated after asOf (for drawing), in date order, while ignoring other figures after asOf', () => {
    const p = computeTargetProgress(
      worked({
        observations: [year(2027, 15.5, 'forecast'), year(2023, 11.2), year(2025, 13, 'forecast'), year(2025, 20)],
        asOf: '2024-06-01',
      }),
    );
    expect(p.forecasts).toEqual([used('2025-12-31', 13, '2025', 'forecast'), used('2027-12-31', 15.5, '2027', 'forecast')]);
    expect(p.latest).toEqual(used('2023-12-31', 11.2, '2023'));
    expect(p.met).toBe(false);
  });
});

describe('exactness: preliminary and approximate figures count at their value', () => {
  it('a preliminary figure that meets the target makes it achieved, and the basis says it is preliminary', () => {
    const p = computeTargetProgress(worked({ observations: [year(2023, 15.2, 'preliminary')] }));
    expect(p.status).toBe('achieved');
    expect(p.met).toBe(true);
    expect(p.basis?.qualifier).toBe('preliminary');
    expect(p.basis).toEqual(used('2023-12-31', 15.2, '2023', 'preliminary'));
  });

  it('a preliminary figure is used for the ratio exactly as a reported one', () => {
    const exact = computeTargetProgress(worked({ observations: [year(2023, 11.2)] }));
    const preliminary = computeTargetProgress(worked({ observations: [year(2023, 11.2, 'preliminary')] }));
    expect(preliminary.status).toBe('acceleration-needed');
    expect(preliminary.ratio).toBe(exact.ratio);
    expect(preliminary.basis?.qualifier).toBe('preliminary');
  });

  it("'about' counts at its value: about 15 reaches a target of 15; about 11.2 gives the worked example's ratio", () => {
    const reached = computeTargetProgress(worked({ observations: [year(2023, 15, 'about')] }));
    expect(reached.status).toBe('achieved');
    expect(reached.basis?.qualifier).toBe('about');
    const onTheWay = computeTargetProgress(worked({ observations: [year(2023, 11.2, 'about')] }));
    expect(onTheWay.status).toBe('acceleration-needed');
    expect(onTheWay.ratio).toBeCloseTo(0.79, 2);
    expect(onTheWay.bounds).toEqual([]);
  });
});

describe('exactness: bounds count only for what they prove (rising target)', () => {
  it("'at least X' with X >= target proves the target met", () => {
    const p = computeTargetProgress(worked({ observations: [year(2023, 15.5, 'at-least')] }));
    expect(p.status).toBe('achieved');
    expect(p.met).toBe(true);
    expect(p.basis).toEqual(used('2023-12-31', 15.5, '2023', 'at-least'));
    expect(p.bounds).toEqual([used('2023-12-31', 15.5, '2023', 'at-least')]);
  });

  it("'at least X' with X < target at the deadline settles nothing: insufficient-data, deadline-figure-is-a-bound", () => {
    const p = computeTargetProgress(worked({ observations: [year(2027, 14, 'at-least')], asOf: '2028-06-01' }));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('deadline-figure-is-a-bound');
    expect(p.status).not.toBe('missed');
    expect(p.shortfall).toBeNull();
    expect(p.deadlineFigure).toEqual(used('2027-12-31', 14, '2027', 'at-least'));
    expect(p.basis).toEqual(p.deadlineFigure);
  });

  it("'at most X' with X < target at the deadline proves the target missed", () => {
    const p = computeTargetProgress(worked({ observations: [year(2027, 14, 'at-most')], asOf: '2028-06-01' }));
    expect(p.status).toBe('missed');
    expect(p.shortfall).toBeCloseTo(1, 12);
    expect(p.basis).toEqual(used('2027-12-31', 14, '2027', 'at-most'));
    expect(p.bounds).toEqual([used('2027-12-31', 14, '2027', 'at-most')]);
  });

  it("'at most X' is not used as the latest figure or for the ratio of a rising target; it is returned in bounds", () => {
    const upper = year(2024, 12, 'at-most');
    const p = computeTargetProgress(worked({ observations: [year(2023, 11.2), upper], asOf: '2025-06-01' }));
    expect(p.latest).toEqual(used('2023-12-31', 11.2, '2023'));
    expect(p.ratio).toBeCloseTo(0.79, 2);
    expect(p.dataPoints).toBe(2);
    expect(p.bounds).toEqual([used('2024-12-31', 12, '2024', 'at-most')]);
  });

  it("'at most X' with X >= target does not prove the target met", () => {
    const p = computeTargetProgress(worked({ observations: [year(2023, 11.2), year(2024, 16, 'at-most')], asOf: '2025-06-01' }));
    expect(p.met).toBe(false);
    expect(p.status).not.toBe('achieved');
  });

  it("'at least X' below the target is informative for a rising target: it is the latest figure", () => {
    const p = computeTargetProgress(worked({ observations: [year(2023, 11.2, 'at-least')] }));
    expect(p.latest).toEqual(used('2023-12-31', 11.2, '2023', 'at-least'));
    expect(p.status).toBe('acceleration-needed');
    expect(p.basis?.qualifier).toBe('at-least');
  });
});

describe('exactness: bounds mirrored for a falling target', () => {
  const falling = (observations: ObservationPoint[], asOf: string): TargetInput => ({
    direction: 'down',
    baseline: { on: '2020-12-31', value: 100 },
    target: 50,
    deadline: '2025-12-31',
    observations,
    asOf,
  });

  it("'at most X' with X <= target proves a falling target met", () => {
    const p = computeTargetProgress(falling([year(2022, 45, 'at-most')], '2023-06-01'));
    expect(p.status).toBe('achieved');
    expect(p.basis?.qualifier).toBe('at-most');
  });

  it("'at most X' above the target at the deadline settles nothing; 'at least X' above it proves it missed", () => {
    const upper = computeTargetProgress(falling([year(2025, 55, 'at-most')], '2026-06-01'));
    expect(upper.status).toBe('insufficient-data');
    expect(upper.reason).toBe('deadline-figure-is-a-bound');
    const lower = computeTargetProgress(falling([year(2025, 55, 'at-least')], '2026-06-01'));
    expect(lower.status).toBe('missed');
    expect(lower.shortfall).toBeCloseTo(5, 12);
  });

  it("'at least X' is not used as the latest figure of a falling target; it is in bounds", () => {
    const p = computeTargetProgress(falling([year(2021, 85), year(2022, 40, 'at-least')], '2023-06-01'));
    expect(p.latest).toEqual(used('2021-12-31', 85, '2021'));
    expect(p.met).toBe(false);
    expect(p.bounds).toEqual([used('2022-12-31', 40, '2022', 'at-least')]);
  });
});

describe('figureVerdict', () => {
  it.each([
    // direction, value, qualifier, target, verdict
    ['up', 16, 'exact', 15, 'met'],
    ['up', 14, 'exact', 15, 'not-met'],
    ['up', 15, 'preliminary', 15, 'met'],
    ['up', 14, 'about', 15, 'not-met'],
    ['up', 16, 'at-least', 15, 'met'],
    ['up', 14, 'at-least', 15, 'unknown'],
    ['up', 14, 'at-most', 15, 'not-met'],
    ['up', 16, 'at-most', 15, 'unknown'],
    ['down', 45, 'exact', 50, 'met'],
    ['down', 55, 'exact', 50, 'not-met'],
    ['down', 45, 'at-most', 50, 'met'],
    ['down', 55, 'at-most', 50, 'unknown'],
    ['down', 55, 'at-least', 50, 'not-met'],
    ['down', 45, 'at-least', 50, 'unknown'],
  ] as const)('%s target, %s (%s) against %s: %s', (direction, value, qualifier, target, verdict) => {
    expect(figureVerdict(direction, { value, qualifier }, target)).toBe(verdict);
  });
});

// ---------------------------------------------------------------------------------------------
// Deadline-aware grading

describe('deadline-aware grading (deadline < asOf)', () => {
  // A mid-year deadline against yearly figures: the 2027 figure is the one that covers it.
  const graded = (observations: ObservationPoint[], asOf = '2028-09-01'): TargetInput => ({
    direction: 'up',
    baseline: { on: '2022-12-31', value: 10.6 },
    baselinePeriod: '2022',
    target: 15,
    deadline: '2027-06-30',
    observations,
    asOf,
  });

  it('a figure for a period starting on or before the deadline that meets the target: achieved (2027 covers 2027-06-30)', () => {
    const p = computeTargetProgress(graded([year(2026, 14), year(2027, 15.1)]));
    expect(p.deadlinePassed).toBe(true);
    expect(p.status).toBe('achieved');
    expect(p.met).toBe(true);
    expect(p.metOn).toBe('2027-12-31');
    expect(p.basis).toEqual(used('2027-12-31', 15.1, '2027'));
    expect(p.deadlineFigure).toEqual(used('2027-12-31', 15.1, '2027'));
    expect(p.shortfall).toBeNull();
  });

  it('a period starting on the deadline day itself still counts as on time', () => {
    const p = computeTargetProgress({ ...graded([year(2027, 15.1)]), deadline: '2027-01-01' });
    expect(p.status).toBe('achieved');
  });

  it('met only by a figure for a later period: achieved-late, metOn = that period’s end', () => {
    const p = computeTargetProgress(graded([year(2026, 14), year(2027, 14.5), year(2028, 15.3)], '2029-03-01'));
    expect(p.status).toBe('achieved-late');
    expect(p.met).toBe(true);
    expect(p.metOn).toBe('2028-12-31');
    expect(p.basis).toEqual(used('2028-12-31', 15.3, '2028'));
    expect(p.deadlineFigure).toEqual(used('2027-12-31', 14.5, '2027'));
    expect(p.shortfall).toBeNull();
  });

  it('a later figure that meets the target before the deadline has passed is not yet a verdict (it lies after asOf)', () => {
    const p = computeTargetProgress({ ...graded([year(2026, 14), year(2028, 16)], '2027-03-01') });
    expect(p.deadlinePassed).toBe(false);
    expect(p.met).toBe(false);
    expect(p.status).not.toBe('achieved-late');
  });

  it('not met by the deadline figure: missed, shortfall = |target - deadline figure|', () => {
    const p = computeTargetProgress(graded([year(2026, 14), year(2027, 14.5)]));
    expect(p.status).toBe('missed');
    expect(p.met).toBe(false);
    expect(p.shortfall).toBeCloseTo(0.5, 12);
    expect(p.basis).toEqual(used('2027-12-31', 14.5, '2027'));
    expect(p.deadlineFigure).toEqual(used('2027-12-31', 14.5, '2027'));
  });

  it('missed for a falling target: the shortfall is still positive', () => {
    const p = computeTargetProgress({
      direction: 'down',
      baseline: { on: '2020-12-31', value: 100 },
      target: 50,
      deadline: '2025-12-31',
      observations: [year(2025, 58)],
      asOf: '2026-06-01',
    });
    expect(p.status).toBe('missed');
    expect(p.shortfall).toBeCloseTo(8, 12);
  });

  it('no figure covering the deadline yet: insufficient-data, awaiting-deadline-figure', () => {
    const p = computeTargetProgress(graded([year(2026, 14)]));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('awaiting-deadline-figure');
    expect(p.deadlineFigure).toBeNull();
    expect(p.basis).toEqual(used('2026-12-31', 14, '2026'));
  });

  it('a deadline figure whose period has not ended by asOf does not count yet: still awaiting', () => {
    // 2027 ends on 2027-12-31, after asOf.
    const p = computeTargetProgress(graded([year(2026, 14), year(2027, 14.5)], '2027-09-01'));
    expect(p.deadlinePassed).toBe(true);
    expect(p.reason).toBe('awaiting-deadline-figure');
    expect(p.status).not.toBe('missed');
  });

  it('reached, then fell back before the deadline figure: still achieved after the deadline, with fellBackTo set', () => {
    const p = computeTargetProgress(graded([year(2025, 15.2), year(2026, 14.6), year(2027, 14.1)]));
    expect(p.status).toBe('achieved');
    expect(p.metOn).toBe('2025-12-31');
    expect(p.basis).toEqual(used('2025-12-31', 15.2, '2025'));
    expect(p.fellBackTo).toEqual(used('2027-12-31', 14.1, '2027'));
    expect(p.shortfall).toBeNull();
  });

  it('reached then fell back before the deadline: achieved as well (met once = achieved)', () => {
    const p = computeTargetProgress({ ...graded([year(2024, 15.2), year(2025, 14.6), year(2026, 14.1)], '2027-03-01'), deadline: '2029-12-31' });
    expect(p.deadlinePassed).toBe(false);
    expect(p.status).toBe('achieved');
    expect(p.fellBackTo).toEqual(used('2026-12-31', 14.1, '2026'));
    expect(p.neededChangeFromLatest).toBeNull();
  });

  it('fellBackTo is null once the figures are back at the target', () => {
    const p = computeTargetProgress({ ...graded([year(2024, 15.2), year(2025, 14.6), year(2026, 15.1)], '2027-03-01'), deadline: '2029-12-31' });
    expect(p.status).toBe('achieved');
    expect(p.fellBackTo).toBeNull();
  });

  it('a bound that settles nothing after the target was reached is not a fall back', () => {
    const p = computeTargetProgress({ ...graded([year(2024, 15.2), year(2025, 14, 'at-least')], '2026-03-01'), deadline: '2029-12-31' });
    expect(p.status).toBe('achieved');
    expect(p.fellBackTo).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Enough time

describe('enough time', () => {
  it('less than one calendar year between baseline and latest: too-early (under-a-year), no observed rate', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2023-06-30', value: 11 }] }));
    expect(p.status).toBe('too-early');
    expect(p.reason).toBe('under-a-year');
    expect(p.observedAnnualGrowth).toBeNull();
    expect(p.ratio).toBeNull();
    expect(p.requiredAnnualGrowth).toBeCloseTo(0.0719, 4);
  });

  it('one day short of a calendar year is still too early', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2023-12-30', value: 11.2 }] }));
    expect(p.status).toBe('too-early');
    expect(p.reason).toBe('under-a-year');
  });

  it('exactly one calendar year (2022-12-31 -> 2023-12-31, 365 days) is enough', () => {
    expect(atLeastAYear('2022-12-31', '2023-12-31')).toBe(true);
    const p = computeTargetProgress(worked());
    expect(p.status).toBe('acceleration-needed');
    expect(p.observedAnnualGrowth).not.toBeNull();
  });

  it('atLeastAYear compares calendar dates, including across 29 February', () => {
    expect(atLeastAYear('2022-12-31', '2023-12-30')).toBe(false);
    expect(atLeastAYear('2023-06-30', '2024-06-29')).toBe(false); // 365 days, but not a calendar year
    expect(atLeastAYear('2023-06-30', '2024-06-30')).toBe(true);
    expect(atLeastAYear('2024-02-29', '2025-02-28')).toBe(true);
    expect(atLeastAYear('2024-02-29', '2025-02-27')).toBe(false);
  });

  it('a horizon (baseline -> deadline) under a year: too-early (short-horizon), no required rate, path still drawn', () => {
    const p = computeTargetProgress(worked({ deadline: '2023-09-30', observations: [{ on: '2023-06-30', value: 11 }], asOf: '2023-08-01' }));
    expect(p.status).toBe('too-early');
    expect(p.reason).toBe('short-horizon');
    expect(p.requiredAnnualGrowth).toBeNull();
    expect(p.ratio).toBeNull();
    expect(p.requiredPath.map((q) => q.on)).toEqual(['2022-12-31', '2023-09-30']);
    expect(p.requiredPath.at(-1)?.value).toBe(15);
  });

  it('with under a year left, no rate is needed from the latest figure, but the change still needed is target - latest', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2027-06-30', value: 14 }], asOf: '2027-07-01' }));
    expect(p.deadlinePassed).toBe(false);
    expect(p.neededAnnualGrowthFromLatest).toBeNull();
    expect(p.neededChangeFromLatest).toBeCloseTo(1, 12);
  });

  it('with exactly a year left, the needed rate is given', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2026-12-31', value: 14 }], asOf: '2027-03-01' }));
    expect(p.neededAnnualGrowthFromLatest).toBeCloseTo(15 / 14 - 1, 2);
  });
});

describe('like periods', () => {
  const partYears = [
    year(2023, 11.2),
    { on: '2024-09-30', value: 8, period: '2024-01..09' },
    year(2024, 12),
    { on: '2025-09-30', value: 9, period: '2025-01..09' },
  ];

  it('against an annual baseline period, a 9-month figure is not comparable: not the latest, listed in notComparable', () => {
    const p = computeTargetProgress(
      worked({ baseline: { on: '2023-12-31', value: 11.2 }, baselinePeriod: '2023', observations: partYears, asOf: '2025-11-01' }),
    );
    expect(p.latest).toEqual(used('2024-12-31', 12, '2024'));
    expect(p.dataPoints).toBe(2);
    expect(p.notComparable).toEqual([used('2024-09-30', 8, '2024-01..09'), used('2025-09-30', 9, '2025-01..09')]);
  });

  it('compares the latest part-year figure with the same months a year before: change = ratio - 1', () => {
    const p = computeTargetProgress(
      worked({ baseline: { on: '2023-12-31', value: 11.2 }, baselinePeriod: '2023', observations: partYears, asOf: '2025-11-01' }),
    );
    expect(p.likePeriod).toEqual({
      point: used('2025-09-30', 9, '2025-01..09'),
      yearBefore: used('2024-09-30', 8, '2024-01..09'),
      change: 9 / 8 - 1,
    });
  });

  it('a baseline dated 31 December (no period label) is annual too', () => {
    const p = computeTargetProgress(worked({ baseline: { on: '2023-12-31', value: 11.2 }, observations: partYears.slice(2), asOf: '2025-11-01' }));
    expect(p.latest).toEqual(used('2024-12-31', 12, '2024'));
    expect(p.notComparable).toEqual([used('2025-09-30', 9, '2025-01..09')]);
    // No 2024-01..09 figure recorded: the comparison has no year before.
    expect(p.likePeriod).toEqual({ point: used('2025-09-30', 9, '2025-01..09'), yearBefore: null, change: null });
  });

  it('a quarter is not the same period as a half: no year-before figure', () => {
    const p = computeTargetProgress(
      worked({
        baseline: { on: '2023-12-31', value: 11.2 },
        observations: [
          { on: '2024-06-30', value: 5, period: '2024-H1' },
          { on: '2025-06-30', value: 3, period: '2025-Q2' },
        ],
        asOf: '2025-11-01',
      }),
    );
    expect(p.likePeriod?.point.period).toBe('2025-Q2');
    expect(p.likePeriod?.yearBefore).toBeNull();
  });

  it('a series of points in time (baseline not at a year end) compares everything', () => {
    const p = computeTargetProgress(
      worked({
        baseline: { on: '2023-06-30', value: 40 },
        target: 60,
        observations: [year(2024, 45), { on: '2025-09-30', value: 50, period: '2025-01..09' }],
        asOf: '2025-11-01',
      }),
    );
    expect(p.notComparable).toEqual([]);
    expect(p.likePeriod).toBeNull();
    expect(p.latest).toEqual(used('2025-09-30', 50, '2025-01..09'));
    expect(p.dataPoints).toBe(3);
  });

  it('a quarterly baseline period compares quarters with the same quarter only', () => {
    const p = computeTargetProgress(
      worked({
        baseline: { on: '2023-06-30', value: 3 },
        baselinePeriod: '2023-Q2',
        target: 5,
        observations: [{ on: '2024-06-30', value: 3.5, period: '2024-Q2' }, { on: '2024-09-30', value: 9, period: '2024-Q3' }, year(2024, 14)],
        asOf: '2025-02-01',
      }),
    );
    expect(p.latest).toEqual(used('2024-06-30', 3.5, '2024-Q2'));
    expect(p.notComparable.map((q) => q.period)).toEqual(['2024-Q3', '2024']);
  });
});

// ---------------------------------------------------------------------------------------------
// Direction

describe('direction', () => {
  it('directionProblem: a rising target must lie above its baseline, a falling one below', () => {
    expect(directionProblem('up', 10.6, 15)).toBeNull();
    expect(directionProblem('up', 10.6, 10.6)).toBe('must-be-above');
    expect(directionProblem('up', 10.6, 9)).toBe('must-be-above');
    expect(directionProblem('down', 100, 50)).toBeNull();
    expect(directionProblem('down', 100, 100)).toBe('must-be-below');
    expect(directionProblem('down', 100, 120)).toBe('must-be-below');
  });

  it('a rising target with falling figures is moving-away (R < 0), never on-track', () => {
    for (const values of [[10.0], [10.5, 10.2], [10.4, 10.5]]) {
      const observations = values.map((v, i) => year(2023 + i, v));
      const p = computeTargetProgress(worked({ observations, asOf: '2026-03-01' }));
      expect(p.ratio!, values.join(',')).toBeLessThan(0);
      expect(p.status, values.join(',')).toBe('moving-away');
    }
  });

  it('inconsistent terms (a rising target not above its baseline): insufficient-data, no required path, never achieved', () => {
    const p = computeTargetProgress(worked({ target: 10, observations: [year(2023, 11)] }));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('inconsistent-terms');
    expect(p.requiredPath).toEqual([]);
    expect(p.ratio).toBeNull();
    // 11 >= 10, but with terms that disagree nothing counts as reaching the target.
    expect(p.met).toBe(false);
    expect(p.neededChangeFromLatest).toBeNull();
  });

  it('inconsistent terms for a falling target (not below its baseline)', () => {
    const p = computeTargetProgress(worked({ direction: 'down', target: 12, observations: [year(2023, 10)] }));
    expect(p.status).toBe('insufficient-data');
    expect(p.reason).toBe('inconsistent-terms');
    expect(p.requiredPath).toEqual([]);
  });

  it('inconsistent terms outrank the deadline grading', () => {
    const p = computeTargetProgress(worked({ target: 10, observations: [year(2027, 9)], asOf: '2028-06-01' }));
    expect(p.reason).toBe('inconsistent-terms');
    expect(p.status).not.toBe('missed');
  });
});
