import { describe, expect, it } from 'vitest';
import {
  annualRate,
  applyRate,
  computeTargetProgress,
  hasMetTarget,
  pathPoints,
  statusFromRatio,
  type Point,
  type TargetInput,
} from './progress';

const Y = 365.25;

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
  });

  it('uses exact day counts / 365.25', () => {
    expect(p.requiredAnnualGrowth).toBeCloseTo(Math.pow(15 / 10.6, Y / 1826) - 1, 12);
    expect(p.observedAnnualGrowth).toBeCloseTo(Math.pow(11.2 / 10.6, Y / 365) - 1, 12);
  });

  it('reports latest, share, met and data points', () => {
    expect(p.latest).toEqual({ on: '2023-12-31', value: 11.2 });
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
    expect(p.projectionPath.map((q) => q.on)).toEqual([
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2026-12-31',
      '2027-12-31',
    ]);
    expect(p.projectionPath[0]).toEqual({ on: '2023-12-31', value: 11.2 });
    expect(p.projectionPath.at(-1)).toEqual(p.projectionAtDeadline);
  });

  it('draws the required compound path from baseline to target, one point per year end', () => {
    expect(p.requiredPath.map((q) => q.on)).toEqual([
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2026-12-31',
      '2027-12-31',
    ]);
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
    expect(p.latest).toEqual({ on: '2025-06-30', value: 12.9 });
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
    expect(p.latest).toEqual({ on: '2023-12-31', value: 11.2 });
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
    expect(p.latest).toEqual({ on: '2023-12-31', value: 11.2 });
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
    expect(p.latest).toEqual({ on: '2022-12-31', value: 10.6 });
    expect(p.dataPoints).toBe(1);
    expect(p.share).toBe(0);
    expect(p.observedAnnualGrowth).toBeNull();
    expect(p.ratio).toBeNull();
    expect(p.status).toBe('insufficient-data');
    expect(p.requiredAnnualGrowth).toBeCloseTo(0.0719, 4); // still known
    expect(p.requiredPath).toHaveLength(6);
    expect(p.projectionAtDeadline).toBeNull();
    expect(p.projectionBasis).toBeNull();
    expect(p.projectionPath).toEqual([]);
  });

  it('an observation on the baseline date counts as the same single data point', () => {
    const p = computeTargetProgress(worked({ observations: [{ on: '2022-12-31', value: 10.7 }] }));
    expect(p.latest).toEqual({ on: '2022-12-31', value: 10.7 });
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
    expect(p.latest).toEqual({ on: '2024-12-31', value: 12 });
    expect(p.status).toBe('insufficient-data');
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
    const p = computeTargetProgress(worked({ deadline: '2022-12-31' }));
    expect(p.requiredAnnualGrowth).toBeNull();
    expect(p.status).toBe('insufficient-data');
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
    expect(p.latest).toEqual({ on: '2022-12-31', value: 10.6 });
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

  it('met only if the latest value is at the target (an earlier peak does not count)', () => {
    const p = computeTargetProgress(
      worked({
        observations: [
          { on: '2023-12-31', value: 15.2 },
          { on: '2024-12-31', value: 14.1 },
        ],
        asOf: '2025-03-01',
      }),
    );
    expect(p.met).toBe(false);
    expect(p.status).not.toBe('achieved');
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

  it('has no needed growth but still computes the status', () => {
    const p = computeTargetProgress(input);
    expect(p.deadlinePassed).toBe(true);
    expect(p.neededAnnualGrowthFromLatest).toBeNull();
    expect(p.requiredAnnualGrowth).toBeCloseTo(Math.pow(2, 1 / 4) - 1, 12);
    expect(p.observedAnnualGrowth).toBeCloseTo(Math.pow(1.5, 1 / 4) - 1, 12);
    expect(p.ratio).toBeCloseTo((Math.pow(1.5, 0.25) - 1) / (Math.pow(2, 0.25) - 1), 10);
    expect(p.ratio).toBeCloseTo(0.564, 3);
    expect(p.status).toBe('limited-progress');
    // latest is on the deadline: nothing to project
    expect(p.projectionAtDeadline).toBeNull();
    expect(p.projectionBasis).toBeNull();
    expect(p.projectionPath).toEqual([]);
  });

  it('still projects to the deadline when the latest figure predates it', () => {
    const p = computeTargetProgress({ ...input, observations: [{ on: '2020-12-31', value: 13 }] });
    expect(p.deadlinePassed).toBe(true);
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

describe('computeTargetProgress: target equal to baseline', () => {
  it('up: share null, ratio null, falling back is moving-away', () => {
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
    expect(p.status).toBe('moving-away');
  });

  it('down: rising is moving-away, holding is achieved', () => {
    const base = {
      direction: 'down' as const,
      baseline: { on: '2020-12-31', value: 50 },
      target: 50,
      deadline: '2025-12-31',
      asOf: '2022-06-01',
    };
    expect(computeTargetProgress({ ...base, observations: [{ on: '2021-12-31', value: 52 }] }).status).toBe('moving-away');
    expect(computeTargetProgress({ ...base, observations: [{ on: '2021-12-31', value: 50 }] }).status).toBe('achieved');
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
    expect(pathPoints({ on: '2024-03-15', value: 10 }, '2024-09-01', 0.1, 'linear').map((q) => q.on)).toEqual([
      '2024-03-15',
      '2024-09-01',
    ]);
  });
});
