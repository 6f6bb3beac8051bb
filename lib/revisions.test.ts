import { describe, expect, it } from 'vitest';
import { originalTarget, resolveBaseline, termsInForce, termsSegments, type BaselineCandidate, type Revision } from './revisions';

const original = { targetValue: 15, deadlineOn: '2027-12-31', deadlineText: 'in the near future' };
const baseline = { on: '2022-12-31', value: 10.6 };

/** A revision with every field empty unless given. */
function revision(r: Partial<Revision> & Pick<Revision, 'id' | 'revisedOn'>): Revision {
  return { newTargetValue: null, newDeadlineOn: null, newDeadlineText: null, newBaselineValue: null, newBaselineOn: null, ...r };
}

describe('termsInForce', () => {
  it('keeps the original terms when there is no revision: nothing revised', () => {
    expect(termsInForce(original, [])).toEqual({
      ...original,
      revisionId: null,
      baseline: null,
      targetRevisedOn: null,
      deadlineRevisedOn: null,
      baselineRevisedOn: null,
    });
    expect(termsInForce(original, [], '2025-01-01', baseline).baseline).toEqual(baseline);
  });

  it('applies revisions in date order whatever order they arrive in', () => {
    const terms = termsInForce(original, [
      revision({ id: 2, revisedOn: '2025-01-01', newTargetValue: 20 }),
      revision({ id: 1, revisedOn: '2024-01-01', newTargetValue: 18, newDeadlineOn: '2030-12-31', newDeadlineText: 'by 2030' }),
    ]);
    expect(terms).toEqual({
      targetValue: 20,
      deadlineOn: '2030-12-31',
      deadlineText: 'by 2030',
      revisionId: 2,
      baseline: null,
      targetRevisedOn: '2025-01-01',
      deadlineRevisedOn: '2024-01-01',
      baselineRevisedOn: null,
    });
  });

  it('orders revisions of the same day by id', () => {
    const terms = termsInForce(original, [
      revision({ id: 9, revisedOn: '2024-01-01', newTargetValue: 22 }),
      revision({ id: 4, revisedOn: '2024-01-01', newTargetValue: 18 }),
    ]);
    expect(terms.targetValue).toBe(22);
    expect(terms.revisionId).toBe(9);
  });

  it('ignores revisions dated after the as-of date', () => {
    const terms = termsInForce(original, [revision({ id: 1, revisedOn: '2025-06-01', newTargetValue: 18 })], '2025-01-01');
    expect(terms.targetValue).toBe(15);
    expect(terms.revisionId).toBeNull();
    expect(terms.targetRevisedOn).toBeNull();
  });

  it('a revision dated after asOf changes nothing until its date, and applies from that day on', () => {
    const revisions = [revision({ id: 1, revisedOn: '2025-06-01', newTargetValue: 18, newDeadlineOn: '2030-12-31', newDeadlineText: 'by 2030' })];
    expect(termsInForce(original, revisions, '2025-05-31')).toMatchObject({ targetValue: 15, deadlineOn: '2027-12-31', revisionId: null });
    expect(termsInForce(original, revisions, '2025-06-01')).toMatchObject({ targetValue: 18, deadlineOn: '2030-12-31', revisionId: 1 });
  });

  it('drops the stated words when a revision sets a date without words', () => {
    const terms = termsInForce(original, [revision({ id: 1, revisedOn: '2024-01-01', newDeadlineOn: '2029-12-31' })]);
    expect(terms.deadlineOn).toBe('2029-12-31');
    expect(terms.deadlineText).toBeNull();
    expect(terms.deadlineRevisedOn).toBe('2024-01-01');
  });

  it('leaving the deadline empty keeps it, and deadlineRevisedOn stays null', () => {
    const terms = termsInForce(original, [revision({ id: 1, revisedOn: '2024-01-01', newTargetValue: 20 })]);
    expect(terms.deadlineOn).toBe('2027-12-31');
    expect(terms.deadlineText).toBe('in the near future');
    expect(terms.deadlineRevisedOn).toBeNull();
  });

  it('targetRevisedOn is set only by a revision that changes the target', () => {
    const deadlineOnly = termsInForce(original, [revision({ id: 1, revisedOn: '2024-01-01', newDeadlineOn: '2030-12-31' })]);
    expect(deadlineOnly.targetValue).toBe(15);
    expect(deadlineOnly.targetRevisedOn).toBeNull();
    const both = termsInForce(original, [
      revision({ id: 1, revisedOn: '2024-01-01', newTargetValue: 18 }),
      revision({ id: 2, revisedOn: '2025-03-01', newDeadlineOn: '2030-12-31' }),
    ]);
    // The later deadline-only revision does not move the date the target was revised.
    expect(both.targetRevisedOn).toBe('2024-01-01');
    expect(both.deadlineRevisedOn).toBe('2025-03-01');
  });

  it('re-baselines: a new baseline value and date replace the baseline, and baselineRevisedOn is set', () => {
    const terms = termsInForce(
      original,
      [revision({ id: 1, revisedOn: '2024-02-01', newBaselineValue: 10.9, newBaselineOn: '2022-12-31' })],
      undefined,
      baseline,
    );
    expect(terms.baseline).toEqual({ on: '2022-12-31', value: 10.9 });
    expect(terms.baselineRevisedOn).toBe('2024-02-01');
    // A fixed target does not move with the baseline.
    expect(terms.targetValue).toBe(15);
    expect(terms.targetRevisedOn).toBeNull();
  });

  it('a new baseline value without its date is not a re-baseline', () => {
    const terms = termsInForce(original, [revision({ id: 1, revisedOn: '2024-02-01', newBaselineValue: 10.9 })], undefined, baseline);
    expect(terms.baseline).toEqual(baseline);
    expect(terms.baselineRevisedOn).toBeNull();
  });
});

describe('termsInForce: a target given as a multiple of the baseline', () => {
  const fivefold = { targetValue: null, targetMultiple: 5, deadlineOn: '2030-12-31', deadlineText: null };

  it('is the multiple of the baseline, kept free of floating-point noise (5 x 2.764 = 13.82 exactly)', () => {
    expect(5 * 2.764).not.toBe(13.82); // what plain multiplication gives
    expect(termsInForce(fivefold, [], undefined, { on: '2023-12-31', value: 2.764 }).targetValue).toBe(13.82);
  });

  it('is null while the baseline is unknown', () => {
    expect(termsInForce(fivefold, [], undefined, null).targetValue).toBeNull();
  });

  it('follows a re-baseline (the target counts as revised that day)', () => {
    const terms = termsInForce(
      fivefold,
      [revision({ id: 1, revisedOn: '2024-05-01', newBaselineValue: 2.764, newBaselineOn: '2023-12-31' })],
      undefined,
      { on: '2023-12-31', value: 2.5 },
    );
    expect(terms.baseline).toEqual({ on: '2023-12-31', value: 2.764 });
    expect(terms.targetValue).toBe(13.82);
    expect(terms.targetRevisedOn).toBe('2024-05-01');
    expect(terms.baselineRevisedOn).toBe('2024-05-01');
  });

  it('stops following the baseline once a revision sets an explicit target', () => {
    const terms = termsInForce(
      fivefold,
      [
        revision({ id: 1, revisedOn: '2024-05-01', newTargetValue: 14 }),
        revision({ id: 2, revisedOn: '2025-05-01', newBaselineValue: 3, newBaselineOn: '2024-12-31' }),
      ],
      undefined,
      { on: '2023-12-31', value: 2.764 },
    );
    expect(terms.baseline).toEqual({ on: '2024-12-31', value: 3 });
    expect(terms.targetValue).toBe(14);
    expect(terms.targetRevisedOn).toBe('2024-05-01');
  });

  it('an explicit target in the same revision as a re-baseline wins', () => {
    const terms = termsInForce(
      fivefold,
      [revision({ id: 1, revisedOn: '2024-05-01', newTargetValue: 20, newBaselineValue: 3, newBaselineOn: '2024-12-31' })],
      undefined,
      { on: '2023-12-31', value: 2.764 },
    );
    expect(terms.targetValue).toBe(20);
  });
});

describe('originalTarget', () => {
  it('is the target value, or the multiple of the baseline once it is known', () => {
    expect(originalTarget({ targetValue: 15 }, null)).toBe(15);
    expect(originalTarget({ targetValue: null, targetMultiple: 5 }, { on: '2023-12-31', value: 2.764 })).toBe(13.82);
    expect(originalTarget({ targetValue: null, targetMultiple: 5 }, null)).toBeNull();
  });
});

describe('resolveBaseline', () => {
  const figure = (f: Partial<BaselineCandidate>): BaselineCandidate => ({
    period: '2023',
    periodEnd: '2023-12-31',
    value: 2.764,
    preferred: true,
    qualifier: 'exact',
    ...f,
  });

  it('is the value and date given, or null without both', () => {
    expect(resolveBaseline({ baselineValue: 10.6, baselineOn: '2022-12-31' }, [])).toEqual(baseline);
    expect(resolveBaseline({ baselineValue: 10.6, baselineOn: null }, [])).toBeNull();
    expect(resolveBaseline({ baselineValue: null, baselineOn: null }, [])).toBeNull();
  });

  it('from a baseline period: the preferred, non-forecast figure for that period (period end, value)', () => {
    const figures = [
      figure({ value: 3.1, qualifier: 'forecast' }),
      figure({ value: 2.7, preferred: false }),
      figure({ period: '2022', periodEnd: '2022-12-31', value: 2.1 }),
      figure({ value: 2.764, qualifier: 'preliminary' }),
    ];
    expect(resolveBaseline({ baselineValue: null, baselineOn: null, baselinePeriod: '2023' }, figures)).toEqual({ on: '2023-12-31', value: 2.764 });
  });

  it('reads the period label in any case', () => {
    const figures = [figure({ period: '2023-Q4', periodEnd: '2023-12-31', value: 0.8 })];
    expect(resolveBaseline({ baselineValue: null, baselineOn: null, baselinePeriod: '2023-q4' }, figures)).toEqual({ on: '2023-12-31', value: 0.8 });
  });

  it('is null while that figure is not recorded (a forecast for the period does not do)', () => {
    const figures = [figure({ qualifier: 'forecast' }), figure({ preferred: false })];
    expect(resolveBaseline({ baselineValue: null, baselineOn: null, baselinePeriod: '2023' }, figures)).toBeNull();
  });
});

describe('termsSegments', () => {
  const revisions = [
    revision({ id: 2, revisedOn: '2025-01-01', newTargetValue: 20 }),
    revision({ id: 1, revisedOn: '2024-01-01', newTargetValue: 18, newDeadlineOn: '2030-12-31', newDeadlineText: 'by 2030' }),
    revision({ id: 3, revisedOn: '2026-01-01', newTargetValue: 25 }),
  ];

  it('gives the announced terms, then one segment per revision in force, each up to the next', () => {
    expect(termsSegments(original, revisions, '2025-06-01', baseline)).toEqual([
      { from: null, to: '2024-01-01', targetValue: 15, deadlineOn: '2027-12-31', baseline, revisionId: null },
      { from: '2024-01-01', to: '2025-01-01', targetValue: 18, deadlineOn: '2030-12-31', baseline, revisionId: 1 },
      { from: '2025-01-01', to: null, targetValue: 20, deadlineOn: '2030-12-31', baseline, revisionId: 2 },
    ]);
  });

  it('is the announced terms alone without revisions in force', () => {
    expect(termsSegments(original, revisions, '2023-06-01', baseline)).toEqual([
      { from: null, to: null, targetValue: 15, deadlineOn: '2027-12-31', baseline, revisionId: null },
    ]);
  });

  it('carries a re-baseline (and a target that follows it) into its segment', () => {
    const fivefold = { targetValue: null, targetMultiple: 5, deadlineOn: '2030-12-31', deadlineText: null };
    const segments = termsSegments(
      fivefold,
      [revision({ id: 1, revisedOn: '2024-05-01', newBaselineValue: 2.764, newBaselineOn: '2023-12-31' })],
      '2025-01-01',
      { on: '2023-12-31', value: 2.5 },
    );
    expect(segments.map((s) => [s.from, s.targetValue, s.baseline?.value])).toEqual([
      [null, 12.5, 2.5],
      ['2024-05-01', 13.82, 2.764],
    ]);
  });
});
