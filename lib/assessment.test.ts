import { describe, expect, it } from 'vitest';
import { assessTarget, type Figure, type TargetTerms } from './assessment';
import type { Revision } from './revisions';

const terms: TargetTerms = {
  direction: 'up',
  baselineValue: 10.6,
  baselineOn: '2022-12-31',
  baselinePeriod: null,
  targetValue: 15,
  targetMultiple: null,
  deadlineOn: '2027-12-31',
  deadlineText: 'in the near future',
};

const figure = (period: string, value: number, f: Partial<Figure> = {}): Figure => ({
  period,
  periodEnd: `${period}-12-31`,
  value,
  qualifier: 'exact',
  preferred: true,
  ...f,
});

const raise: Revision = { id: 1, revisedOn: '2024-05-17', newTargetValue: 20, newDeadlineOn: '2030-12-31', newDeadlineText: null };

describe('assessTarget', () => {
  it('without revisions: the announced terms, progress against them, and no original progress', () => {
    const a = assessTarget(terms, [], [figure('2023', 11.2)], '2024-06-01');
    expect(a.revised).toBe(false);
    expect(a.originalBaseline).toEqual({ on: '2022-12-31', value: 10.6 });
    expect(a.terms.targetValue).toBe(15);
    expect(a.progress?.status).toBe('acceleration-needed');
    expect(a.progress?.ratio).toBeCloseTo(0.79, 2);
    expect(a.originalProgress).toBeNull();
    expect(a.segments).toHaveLength(1);
  });

  it('once revised: progress against the terms in force and, beside it, against the original terms', () => {
    const a = assessTarget(terms, [raise], [figure('2023', 11.2)], '2024-06-01');
    expect(a.revised).toBe(true);
    expect(a.terms).toMatchObject({ targetValue: 20, deadlineOn: '2030-12-31', revisionId: 1 });
    expect(a.original).toMatchObject({ targetValue: 15, deadlineOn: '2027-12-31', revisionId: null });
    expect(a.progress?.target).toBe(20);
    expect(a.progress?.deadline).toBe('2030-12-31');
    expect(a.originalProgress?.target).toBe(15);
    expect(a.originalProgress?.deadline).toBe('2027-12-31');
    expect(a.originalProgress?.status).toBe('acceleration-needed');
    expect(a.segments.map((s) => s.targetValue)).toEqual([15, 20]);
  });

  it('a revision dated after asOf is not in force: not revised, no original progress', () => {
    const a = assessTarget(terms, [raise], [figure('2023', 11.2)], '2024-05-16');
    expect(a.revised).toBe(false);
    expect(a.originalProgress).toBeNull();
    expect(a.progress?.target).toBe(15);
  });

  it('uses preferred figures only, with their period and exactness', () => {
    const a = assessTarget(
      terms,
      [],
      [figure('2023', 11.2), figure('2023', 16, { preferred: false }), figure('2024', 15.4, { qualifier: 'preliminary' })],
      '2025-06-01',
    );
    expect(a.progress?.status).toBe('achieved');
    expect(a.progress?.basis).toEqual({ on: '2024-12-31', value: 15.4, period: '2024', qualifier: 'preliminary' });
  });

  it('reads a missing direction as a rise', () => {
    const a = assessTarget({ ...terms, direction: null }, [], [figure('2023', 11.2)], '2024-06-01');
    expect(a.progress?.direction).toBe('up');
  });

  describe('a target given as a multiple of the baseline figure for a period', () => {
    const fivefold: TargetTerms = {
      ...terms,
      baselineValue: null,
      baselineOn: null,
      baselinePeriod: '2023',
      targetValue: null,
      targetMultiple: 5,
      deadlineOn: '2030-12-31',
    };

    it('progress is null while the baseline figure is missing (the target is unknown)', () => {
      const a = assessTarget(fivefold, [], [figure('2022', 2.1)], '2024-06-01');
      expect(a.originalBaseline).toBeNull();
      expect(a.terms.targetValue).toBeNull();
      expect(a.progress).toBeNull();
      expect(a.originalProgress).toBeNull();
    });

    it('a forecast for the baseline period does not stand in for the figure', () => {
      const a = assessTarget(fivefold, [], [figure('2023', 2.764, { qualifier: 'forecast' })], '2024-06-01');
      expect(a.progress).toBeNull();
    });

    it('once the figure is recorded: the target is the multiple (13.82) and the series is read in years', () => {
      const a = assessTarget(
        fivefold,
        [],
        [figure('2023', 2.764), figure('2024', 3.3), figure('2025-01..09', 2.9, { periodEnd: '2025-09-30' })],
        '2025-11-01',
      );
      expect(a.originalBaseline).toEqual({ on: '2023-12-31', value: 2.764 });
      expect(a.progress?.target).toBe(13.82);
      expect(a.progress?.latest?.period).toBe('2024');
      expect(a.progress?.notComparable.map((p) => p.period)).toEqual(['2025-01..09']);
    });

    it('a re-baseline moves the baseline and the target with it; the original progress keeps the announced ones', () => {
      const rebase: Revision = {
        id: 4,
        revisedOn: '2025-02-01',
        newTargetValue: null,
        newDeadlineOn: null,
        newDeadlineText: null,
        newBaselineValue: 3,
        newBaselineOn: '2023-12-31',
      };
      const a = assessTarget(fivefold, [rebase], [figure('2023', 2.764), figure('2024', 3.3)], '2025-03-01');
      expect(a.revised).toBe(true);
      expect(a.terms.baseline).toEqual({ on: '2023-12-31', value: 3 });
      expect(a.progress?.baseline).toEqual({ on: '2023-12-31', value: 3 });
      expect(a.progress?.target).toBe(15);
      expect(a.originalProgress?.baseline).toEqual({ on: '2023-12-31', value: 2.764 });
      expect(a.originalProgress?.target).toBe(13.82);
    });
  });
});
