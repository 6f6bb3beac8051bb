import { describe, expect, it } from 'vitest';
import { computeTargetProgress } from '../progress';
import { termsInForce } from '../revisions';
import { toCsv } from './csv';
import {
  COMMITMENT_CSV_COLUMNS,
  groupByPeriod,
  linkHeader,
  paginate,
  serialiseCommitment,
  serialiseCommitmentDetail,
  serialiseObservation,
  type CommitmentDetailInput,
  type CommitmentListInput,
  type ObservationInput,
  type SerialiseContext,
} from './serialise';
import { parse } from 'csv-parse/sync';
import { commitmentDetailSchema } from './schemas';

const ctx: SerialiseContext = {
  asOf: '2026-01-15',
  staleAfterDays: 180,
  apiBase: 'http://api.test',
  siteBase: 'https://tracker.example',
  locale: 'en',
};

const source = {
  sourceSlug: 'akorda-2023-09-14-speech',
  sourceTitle: 'Speech at the Fifth Consultative Meeting',
  sourcePublisher: 'Akorda',
  sourcePublishedOn: '2023-09-14',
  sourceUrl: 'https://www.akorda.kz/en/speech',
};

const target: CommitmentListInput = {
  ...source,
  slug: 'intra-regional-trade-15bn',
  title: 'Raise intra-regional trade to $15 bn',
  summary: 'Trade among the five states from $10.6 bn to $15 bn.',
  titleLocale: 'en',
  summaryLocale: 'en',
  category: 'trade',
  kind: 'target',
  owner: 'Central Asian heads of state',
  announcedOn: '2023-09-14',
  countries: ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
  currentVerdict: 'in-progress',
  currentStage: null,
  trajectoryStatus: 'acceleration-needed',
  trajectoryBasis: null,
  progressShare: 1.2345,
  lastUpdateOn: '2025-06-01',
  lastReviewedOn: '2025-09-01',
  plannedOn: null,
  plannedMovedLater: false,
  effectiveDeadlineOn: '2027-12-31',
  deadlineOn: '2027-12-31',
  deadlineText: 'in the near future',
  deadlineTextInForce: 'in the near future',
  deadlineInterpreted: true,
  deadlineNote: 'Read as the end of 2027.',
  direction: 'up',
  baselineValue: 10.6,
  baselineOn: '2022-12-31',
  baselinePeriod: null,
  baselineInForce: { on: '2022-12-31', value: 10.6 },
  baselineRevisedOn: null,
  targetValue: 15,
  targetMultiple: null,
  targetValueInForce: 15,
  targetRevisedOn: null,
  deadlineRevisedOn: null,
  revisionCount: 0,
  metricSlug: 'intra-regional-trade',
  metricName: 'Intra-regional trade',
  metricUnit: 'USD bn',
  metricUnitLabel: 'USD bn',
};

const project: CommitmentListInput = {
  ...target,
  slug: 'aktau-container-hub',
  kind: 'project',
  category: 'transport',
  currentStage: 'planned',
  trajectoryStatus: null,
  progressShare: 0.25,
  effectiveDeadlineOn: '2025-12-31',
  lastUpdateOn: null,
  lastReviewedOn: null,
  announcedOn: '2023-09-14',
  deadlineInterpreted: false,
  direction: null,
  baselineValue: null,
  baselineOn: null,
  baselineInForce: null,
  targetValue: null,
  targetValueInForce: null,
  metricSlug: null,
  metricName: null,
  metricUnit: null,
  metricUnitLabel: null,
};

describe('serialiseCommitment', () => {
  it('gives a target its baseline, target in force, metric links and computed status', () => {
    const item = serialiseCommitment(ctx, target);
    expect(item.baseline).toEqual({ value: 10.6, on: '2022-12-31', period: null, revised_on: null, as_announced: { value: 10.6, on: '2022-12-31' } });
    expect(item.target).toMatchObject({ value: 15, as_announced: 15, unit: 'USD bn', direction: 'up' });
    expect(item.target?.metric?.observations_url).toBe('http://api.test/api/v1/metrics/intra-regional-trade/observations');
    expect(item.status).toMatchObject({ verdict: 'in-progress', trajectory: 'acceleration-needed', stages: null, overdue: false });
    expect(item.deadline).toMatchObject({
      on: '2027-12-31',
      text: 'in the near future',
      interpreted: true,
      interpretation_note: 'Read as the end of 2027.',
    });
    expect(item.links).toEqual({
      self: 'http://api.test/api/v1/commitments/intra-regional-trade-15bn',
      html: 'https://tracker.example/commitments/intra-regional-trade-15bn',
    });
    expect(item.source).toMatchObject({
      slug: source.sourceSlug,
      url: source.sourceUrl,
      html_url: `https://tracker.example/sources/${source.sourceSlug}`,
    });
  });

  it('keeps the raw share and gives the clamped whole percent the site prints', () => {
    const item = serialiseCommitment(ctx, target);
    expect(item.progress).toEqual({ share: 1.2345, percent: 100, basis: 'data' });
    expect(serialiseCommitment(ctx, { ...target, progressShare: -0.2 }).progress.percent).toBe(0);
    expect(serialiseCommitment(ctx, { ...target, progressShare: 0.136 }).progress.percent).toBe(14);
    expect(serialiseCommitment(ctx, { ...target, progressShare: null }).progress.percent).toBeNull();
  });

  it('gives a staged kind its ladder and no baseline or target', () => {
    const item = serialiseCommitment(ctx, project);
    expect(item.status.stages).toEqual(['announced', 'planned', 'under-construction', 'partly-operational', 'completed']);
    expect(item.status.stage).toBe('planned');
    expect(item.baseline).toBeNull();
    expect(item.target).toBeNull();
    expect(item.progress.basis).toBe('stage');
  });

  it('computes the overdue and stale flags for the given day', () => {
    // Deadline 2025-12-31 passed on 2026-01-15; announced 2023 with no update since: stale.
    expect(serialiseCommitment(ctx, project).status).toMatchObject({ overdue: true, stale: true });
    expect(serialiseCommitment({ ...ctx, asOf: '2024-01-01' }, project).status).toMatchObject({ overdue: false, stale: false });
    expect(serialiseCommitment(ctx, { ...project, currentVerdict: 'achieved' }).status.overdue).toBe(false);
  });

  it('flags a verdict that contradicts the computed trajectory', () => {
    expect(serialiseCommitment(ctx, { ...target, currentVerdict: 'achieved', trajectoryStatus: 'limited-progress' }).status.disagreement).toBe(true);
    expect(serialiseCommitment(ctx, target).status.disagreement).toBe(false);
  });

  it('marks a revised deadline and keeps the announced one', () => {
    const revised = serialiseCommitment(ctx, {
      ...target,
      revisionCount: 1,
      effectiveDeadlineOn: '2030-12-31',
      deadlineTextInForce: null,
      deadlineRevisedOn: '2024-05-17',
    });
    expect(revised.deadline).toMatchObject({
      on: '2030-12-31',
      text: null,
      revised: true,
      revised_on: '2024-05-17',
      // The interpretation was of the announced words, not of the revised deadline.
      interpreted: false,
      as_announced: { on: '2027-12-31', text: 'in the near future' },
    });
  });

  it('a revision of the target only leaves the deadline unrevised', () => {
    const item = serialiseCommitment(ctx, { ...target, revisionCount: 1, targetValueInForce: 20, targetRevisedOn: '2024-05-17' });
    expect(item.deadline).toMatchObject({ revised: false, revised_on: null, interpreted: true });
    expect(item.target).toMatchObject({ value: 20, as_announced: 15, revised_on: '2024-05-17' });
  });

  it('publishes the last review date, what the trajectory rests on, and the baseline period', () => {
    const item = serialiseCommitment(ctx, {
      ...target,
      trajectoryStatus: 'achieved',
      trajectoryBasis: 'preliminary',
      baselinePeriod: '2022',
      targetMultiple: null,
    });
    expect(item.status).toMatchObject({
      last_update_on: '2025-06-01',
      last_reviewed_on: '2025-09-01',
      trajectory: 'achieved',
      trajectory_basis: 'preliminary',
    });
    expect(item.baseline?.period).toBe('2022');
    // A staged kind has neither a trajectory nor its basis.
    expect(serialiseCommitment(ctx, { ...project, trajectoryBasis: 'preliminary' }).status).toMatchObject({
      trajectory: null,
      trajectory_basis: null,
    });
  });

  it('counts staleness from the last review, not the last update', () => {
    // Last update 2025-06-01 is 228 days before 2026-01-15; the review on 2025-09-01 is 136 days before.
    expect(serialiseCommitment(ctx, target).status.stale).toBe(false);
    expect(serialiseCommitment(ctx, { ...target, lastReviewedOn: '2025-06-01' }).status.stale).toBe(true);
  });

  it('a target given as a multiple: the multiple and the target it gives', () => {
    const item = serialiseCommitment(ctx, {
      ...target,
      baselineValue: null,
      baselineOn: null,
      baselinePeriod: '2023',
      baselineInForce: { on: '2023-12-31', value: 2.764 },
      targetValue: null,
      targetMultiple: 5,
      targetValueInForce: 13.82,
    });
    expect(item.target).toMatchObject({ value: 13.82, as_announced: null, multiple_of_baseline: 5 });
    expect(item.baseline).toMatchObject({ value: 2.764, on: '2023-12-31', period: '2023', as_announced: { value: null, on: null } });
  });

  it('a re-baselined target: the baseline in force, its revision date, and no period any more', () => {
    const item = serialiseCommitment(ctx, {
      ...target,
      baselinePeriod: '2022',
      baselineInForce: { on: '2022-12-31', value: 10.9 },
      baselineRevisedOn: '2024-02-01',
    });
    expect(item.baseline).toMatchObject({ value: 10.9, period: null, revised_on: '2024-02-01', as_announced: { value: 10.6, on: '2022-12-31' } });
  });
});

describe('serialiseCommitment: planned completion and delay', () => {
  it('a staged kind publishes its planned completion; a target has none', () => {
    const item = serialiseCommitment(ctx, { ...project, effectiveDeadlineOn: null, plannedOn: '2026-12-31', plannedMovedLater: false });
    expect(item.planned_completion).toEqual({ on: '2026-12-31', moved_later: false });
    expect(item.status.delayed).toBe(false);
    expect(serialiseCommitment(ctx, target).planned_completion).toBeNull();
  });

  it('delayed when the planned date moved later, or passed without completion', () => {
    const moved = serialiseCommitment(ctx, { ...project, effectiveDeadlineOn: null, plannedOn: '2026-12-31', plannedMovedLater: true });
    expect(moved.status.delayed).toBe(true);
    expect(moved.planned_completion).toEqual({ on: '2026-12-31', moved_later: true });
    const passed = serialiseCommitment(ctx, { ...project, effectiveDeadlineOn: null, plannedOn: '2025-12-31' });
    expect(passed.status).toMatchObject({ delayed: true, overdue: true });
  });

  it('not delayed once the last stage is reached', () => {
    const done = serialiseCommitment(ctx, {
      ...project,
      effectiveDeadlineOn: null,
      currentStage: 'completed',
      plannedOn: '2025-12-31',
      plannedMovedLater: true,
    });
    expect(done.status.delayed).toBe(false);
  });
});

const observation = (o: Partial<ObservationInput> & Pick<ObservationInput, 'period' | 'value'>): ObservationInput => ({
  ...source,
  periodEnd: `${o.period}-12-31`,
  qualifier: 'exact',
  note: null,
  derived: false,
  preferred: true,
  ...o,
});

describe('serialiseCommitmentDetail', () => {
  const observations = [
    observation({ period: '2022', value: 10.6 }),
    observation({
      period: '2022',
      value: 10.5,
      qualifier: 'at-least',
      preferred: false,
      sourceSlug: 'news',
      sourceTitle: 'News',
      sourcePublisher: 'Kazinform',
    }),
    observation({ period: '2023', value: 11.2 }),
  ];
  const progressInput = {
    direction: 'up' as const,
    baseline: { on: '2022-12-31', value: 10.6 },
    target: 15,
    deadline: '2027-12-31',
    observations: [
      { on: '2022-12-31', value: 10.6 },
      { on: '2023-12-31', value: 11.2 },
    ],
    asOf: ctx.asOf,
  };
  const progress = computeTargetProgress(progressInput);
  const editor = { authorId: 7, authorName: 'Zarina Editorova', authorEmail: 'zarina@example.org' };
  type Update = CommitmentDetailInput['updates'][number];
  const logged: Update = {
    id: 12,
    asOf: '2025-06-01',
    entryType: 'update',
    verdict: 'in-progress',
    stage: null,
    stageInForce: null,
    value: null,
    figurePeriod: '2023',
    figureValue: 11.2,
    figureQualifier: 'exact',
    note: 'Trade grew in 2023.',
    correctsId: null,
    correctedById: null,
    dateConfirmed: false,
    createdAt: '2025-06-02T09:00:00.000Z',
    sourceSlug: 'news',
    sourceTitle: 'News',
    evidence: [
      {
        url: 'https://stat.gov.kz/trade',
        title: 'Bureau of National Statistics',
        archive: { kind: 'archived', id: 4, on: '2025-06-02', sha256: 'ab'.repeat(32), byteLength: 5120, truncated: false, deadSince: '2026-01-10' },
      },
      {
        url: 'https://gone.example.org/x',
        title: 'A page that never answered',
        archive: { kind: 'failed', reason: 'unreachable', status: null, willRetry: true },
      },
    ],
    files: [{ id: 9, name: 'protocol.pdf', contentType: 'application/pdf', byteLength: 2048, sha256: 'cd'.repeat(32) }],
  };
  const announced = { targetValue: 15, deadlineOn: '2027-12-31', deadlineText: 'in the near future' };
  const detail: CommitmentDetailInput = {
    ...target,
    quote: 'raise it to 15 billion dollars',
    baselineNote: 'As stated in the speech.',
    targetNote: null,
    revisions: [],
    updates: [
      // What the page's query also returns: must not travel on.
      { ...logged, ...editor } as Update,
    ],
    planned: [],
    terms: termsInForce(announced, [], ctx.asOf, { on: '2022-12-31', value: 10.6 }),
    target: {
      metric: { slug: 'intra-regional-trade', name: 'Intra-regional trade', unit: 'USD bn', description: 'Trade among the five.' },
      direction: 'up',
      baseline: { value: 10.6, on: '2022-12-31' },
      targetValue: 15,
      originalTargetValue: 15,
      deadlineOn: '2027-12-31',
      observations,
      progress,
      originalProgress: null,
    },
    context: [],
  };

  it('carries the page figures: computed trajectory from the progress engine, every observation, the log', () => {
    const out = serialiseCommitmentDetail(ctx, detail);
    expect(out.computed).toMatchObject({ status: 'acceleration-needed', latest: { on: '2023-12-31', value: 11.2 }, data_points: 2 });
    expect(out.computed?.required_annual_growth).toBeCloseTo(0.0719, 3);
    expect(out.computed?.ratio).toBeCloseTo(progress.ratio!, 10);
    expect(out.observations.map((o) => [o.period, o.value, o.preferred])).toEqual([
      ['2022', 10.6, true],
      ['2022', 10.5, false],
      ['2023', 11.2, true],
    ]);
    expect(out.updates[0]).toMatchObject({
      id: 12,
      entry_type: 'update',
      note: 'Trade grew in 2023.',
      figure: { period: '2023', value: 11.2, qualifier: 'exact' },
      date_confirmed: false,
    });
    expect(out.updates[0]?.evidence[0]?.url).toBe('https://stat.gov.kz/trade');
    expect(out.baseline).toEqual({
      value: 10.6,
      on: '2022-12-31',
      period: null,
      revised_on: null,
      as_announced: { value: 10.6, on: '2022-12-31' },
      note: 'As stated in the speech.',
    });
    expect(out.target?.metric?.slug).toBe('intra-regional-trade');
    expect(out.computed_against_original).toBeNull();
  });

  it('publishes what the evidence archive holds: the copy, its digest and death; a failure and its retry; attached files', () => {
    const [entry] = serialiseCommitmentDetail(ctx, detail).updates;
    expect(entry?.evidence[0]?.archive).toEqual({
      state: 'archived',
      archived_on: '2025-06-02',
      sha256: 'ab'.repeat(32),
      bytes: 5120,
      truncated: false,
      copy_url: 'https://tracker.example/archive/4',
      dead_since: '2026-01-10',
      failure: null,
      http_status: null,
      will_retry: false,
    });
    expect(entry?.evidence[1]?.archive).toMatchObject({ state: 'failed', failure: 'unreachable', copy_url: null, will_retry: true });
    expect(entry?.files).toEqual([
      { name: 'protocol.pdf', content_type: 'application/pdf', bytes: 2048, sha256: 'cd'.repeat(32), url: 'https://tracker.example/files/9' },
    ]);
    expect(() => commitmentDetailSchema.parse(serialiseCommitmentDetail(ctx, detail))).not.toThrow();
  });

  it('publishes how the computed status was reached: reason, basis, deadline figure, forecasts, part-year figures', () => {
    const graded = computeTargetProgress({
      direction: 'up',
      baseline: { on: '2022-12-31', value: 10.6 },
      baselinePeriod: '2022',
      target: 15,
      deadline: '2025-06-30',
      observations: [
        { on: '2024-12-31', value: 14, period: '2024' },
        { on: '2025-09-30', value: 12, period: '2025-01..09' },
        { on: '2026-12-31', value: 16, period: '2026', qualifier: 'forecast' },
      ],
      asOf: ctx.asOf,
    });
    const out = serialiseCommitmentDetail(ctx, { ...detail, target: { ...detail.target!, progress: graded } });
    expect(out.computed).toMatchObject({
      status: 'insufficient-data',
      reason: 'awaiting-deadline-figure',
      basis: { on: '2024-12-31', value: 14, period: '2024', qualifier: 'exact' },
      met: false,
      met_on: null,
      deadline_figure: null,
      shortfall: null,
      fell_back_to: null,
      forecasts: [{ on: '2026-12-31', value: 16, period: '2026', qualifier: 'forecast' }],
      not_comparable: [{ on: '2025-09-30', value: 12, period: '2025-01..09', qualifier: 'exact' }],
      deadline_passed: true,
    });
    // The detail's status follows the computation for the day, not the cached column.
    expect(out.status.trajectory).toBe('insufficient-data');
  });

  it('publishes a review entry as a review, with the stage in force it carried', () => {
    const review: Update = {
      ...logged,
      id: 13,
      entryType: 'review',
      asOf: '2025-10-01',
      figurePeriod: null,
      figureValue: null,
      figureQualifier: null,
      stageInForce: 'planned',
      note: 'Nothing new.',
    };
    const out = serialiseCommitmentDetail(ctx, { ...detail, updates: [review] });
    expect(out.updates[0]).toMatchObject({
      id: 13,
      entry_type: 'review',
      stage: null,
      stage_in_force: 'planned',
      figure: null,
      note: 'Nothing new.',
    });
  });

  it('gives the original computation beside the one in force once revised', () => {
    const original = computeTargetProgress({ ...progressInput, target: 15 });
    const raised = computeTargetProgress({ ...progressInput, target: 20, deadline: '2030-12-31' });
    const out = serialiseCommitmentDetail(ctx, {
      ...detail,
      target: { ...detail.target!, targetValue: 20, progress: raised, originalProgress: original },
    });
    expect(out.computed?.required_annual_growth).toBeCloseTo(raised.requiredAnnualGrowth!, 12);
    expect(out.computed_against_original?.required_annual_growth).toBeCloseTo(original.requiredAnnualGrowth!, 12);
  });

  it('a staged kind: the planned completion known on the day, delay and the planned dates with their sources', () => {
    const planned = [
      { id: 1, statedOn: '2024-03-01', plannedOn: '2025-12-31', plannedText: 'in 2025', note: null, sourceSlug: 'kabar', sourceTitle: 'Kabar' },
      { id: 2, statedOn: '2025-04-01', plannedOn: '2026-06-30', plannedText: null, note: 'Moved.', sourceSlug: 'kabar', sourceTitle: 'Kabar' },
      // Stated after the day shown: not known yet.
      { id: 3, statedOn: '2026-02-01', plannedOn: '2027-12-31', plannedText: null, note: null, sourceSlug: 'kabar', sourceTitle: 'Kabar' },
    ];
    const out = serialiseCommitmentDetail(ctx, {
      ...detail,
      ...project,
      quote: detail.quote,
      baselineNote: null,
      targetNote: null,
      effectiveDeadlineOn: null,
      // The cached columns say otherwise; the detail reads the history for the day.
      plannedOn: '2027-12-31',
      plannedMovedLater: false,
      planned,
      target: null,
    });
    expect(out.planned_completion).toEqual({ on: '2026-06-30', moved_later: true });
    expect(out.status.delayed).toBe(true);
    expect(out.planned_dates).toHaveLength(3);
    expect(out.planned_dates[1]).toEqual({
      stated_on: '2025-04-01',
      planned_on: '2026-06-30',
      planned_text: null,
      note: 'Moved.',
      source: { slug: 'kabar', title: 'Kabar', html_url: 'https://tracker.example/sources/kabar' },
    });
  });

  it('never publishes who wrote a log entry: no name, email or account id anywhere', () => {
    const json = JSON.stringify(serialiseCommitmentDetail(ctx, detail));
    expect(json).toContain('Trade grew in 2023.');
    expect(json).not.toContain('Zarina');
    expect(json).not.toContain('zarina@example.org');
    expect(json).not.toMatch(/"author/i);
    expect(json).not.toMatch(/"(user|email|editor)[a-z_]*"\s*:/i);
  });

  it('uses the target in force and the deadline words in force after a revision', () => {
    const revisions = [
      {
        id: 3,
        revisedOn: '2024-05-17',
        newTargetValue: 20,
        newDeadlineOn: '2030-12-31',
        newDeadlineText: null,
        newBaselineValue: null,
        newBaselineOn: null,
        note: 'Raised.',
        sourceSlug: 'kg24',
        sourceTitle: '24.kg',
      },
    ];
    const revised = serialiseCommitmentDetail(ctx, {
      ...detail,
      effectiveDeadlineOn: '2030-12-31',
      revisions,
      terms: termsInForce(announced, revisions, ctx.asOf, { on: '2022-12-31', value: 10.6 }),
      target: { ...detail.target!, targetValue: 20 },
    });
    expect(revised.target).toMatchObject({ value: 20, as_announced: 15, revised_on: '2024-05-17' });
    expect(revised.deadline).toMatchObject({ on: '2030-12-31', text: null, revised: true, revised_on: '2024-05-17' });
    expect(revised.revisions[0]).toMatchObject({
      revised_on: '2024-05-17',
      in_force: true,
      target_value: 20,
      source: { slug: 'kg24', html_url: 'https://tracker.example/sources/kg24' },
    });
  });

  it('a revision dated after the day shown is listed with in_force false and changes nothing yet', () => {
    const revisions = [
      {
        id: 4,
        revisedOn: '2026-03-01',
        newTargetValue: 25,
        newDeadlineOn: null,
        newDeadlineText: null,
        newBaselineValue: 11,
        newBaselineOn: '2025-12-31',
        note: null,
        sourceSlug: 'kg24',
        sourceTitle: '24.kg',
      },
    ];
    const out = serialiseCommitmentDetail(ctx, {
      ...detail,
      revisions,
      terms: termsInForce(announced, revisions, ctx.asOf, { on: '2022-12-31', value: 10.6 }),
    });
    expect(out.revisions).toEqual([
      {
        id: 4,
        revised_on: '2026-03-01',
        in_force: false,
        target_value: 25,
        deadline_on: null,
        deadline_text: null,
        baseline_value: 11,
        baseline_on: '2025-12-31',
        note: null,
        source: { slug: 'kg24', title: '24.kg', html_url: 'https://tracker.example/sources/kg24' },
      },
    ]);
    expect(out.target).toMatchObject({ value: 15, revised_on: null });
    expect(out.deadline).toMatchObject({ revised: false });
    expect(out.baseline).toMatchObject({ value: 10.6, revised_on: null });
    // On its day it is in force.
    expect(serialiseCommitmentDetail({ ...ctx, asOf: '2026-03-01' }, { ...detail, revisions }).revisions[0]?.in_force).toBe(true);
  });
});

describe('groupByPeriod', () => {
  it('puts every source of a period together, with the preferred value and a disagreement flag', () => {
    const rows = [
      observation({ period: '2022', value: 10.6 }),
      observation({ period: '2022', value: 10.5, qualifier: 'at-least', preferred: false }),
      observation({ period: '2023', value: 11.2 }),
      observation({ period: '2023', value: 11.2, preferred: false }),
      observation({ period: '2024', value: 12, preferred: false }),
    ].map((o) => serialiseObservation(ctx, o));
    const periods = groupByPeriod(rows);
    expect(periods.map((p) => [p.period, p.preferred_value, p.sources_disagree, p.observations.length])).toEqual([
      ['2022', 10.6, true, 2],
      ['2023', 11.2, false, 2],
      ['2024', null, false, 1],
    ]);
  });
});

describe('paginate', () => {
  const filters = { category: 'transport' as const, sort: 'title' as const, page: 2 };

  it('links the neighbouring pages with the filters kept, and none past the ends', () => {
    const p = paginate(ctx, filters, 51, 25);
    expect(p).toMatchObject({ total: 51, page: 2, per_page: 25, pages: 3 });
    expect(p.links.prev).toBe('http://api.test/api/v1/commitments?category=transport&sort=title');
    expect(p.links.next).toBe('http://api.test/api/v1/commitments?category=transport&sort=title&page=3');
    expect(paginate(ctx, { ...filters, page: 3 }, 51, 25).links.next).toBeNull();
    expect(paginate(ctx, { ...filters, page: 1 }, 51, 25).links.prev).toBeNull();
  });

  it('keeps a non-default per_page in every link', () => {
    const p = paginate(ctx, { sort: 'deadline', page: 1 }, 10, 5);
    expect(p.links.next).toBe('http://api.test/api/v1/commitments?page=2&per_page=5');
    expect(p.links.first).toBe('http://api.test/api/v1/commitments?per_page=5');
    expect(linkHeader(p)).toBe(
      '<http://api.test/api/v1/commitments?per_page=5>; rel="first", <http://api.test/api/v1/commitments?page=2&per_page=5>; rel="next", <http://api.test/api/v1/commitments?page=2&per_page=5>; rel="last"',
    );
  });

  it('has one page, and no next, when nothing matches', () => {
    expect(paginate(ctx, { sort: 'deadline', page: 1 }, 0, 25)).toMatchObject({ pages: 1, links: { next: null, prev: null } });
  });
});

describe('another language', () => {
  const ru: SerialiseContext = { ...ctx, locale: 'ru' };

  it('says which texts are translated and which fell back to English', () => {
    const item = serialiseCommitment(ru, {
      ...target,
      title: 'Товарооборот до $15 млрд',
      titleLocale: 'ru',
      summaryLocale: 'en',
      metricUnitLabel: 'млрд долл. США',
    });
    expect(item).toMatchObject({ title: 'Товарооборот до $15 млрд', title_locale: 'ru', summary_locale: 'en' });
    expect(item.target).toMatchObject({ unit: 'USD bn', unit_label: 'млрд долл. США' });
  });

  it('links to the pages in that language and keeps it in the API links', () => {
    const item = serialiseCommitment(ru, target);
    expect(item.links).toEqual({
      self: 'http://api.test/api/v1/commitments/intra-regional-trade-15bn?locale=ru',
      html: 'https://tracker.example/ru/commitments/intra-regional-trade-15bn',
    });
    expect(item.source.html_url).toBe(`https://tracker.example/ru/sources/${source.sourceSlug}`);
    expect(item.target?.metric?.observations_csv_url).toBe('http://api.test/api/v1/metrics/intra-regional-trade/observations.csv?locale=ru');
    const p = paginate(ru, { category: 'trade', sort: 'deadline', page: 1 }, 30, 10);
    expect(p.links.next).toBe('http://api.test/api/v1/commitments?category=trade&page=2&per_page=10&locale=ru');
  });
});

describe('COMMITMENT_CSV_COLUMNS', () => {
  it('flattens the JSON item: a CSV row parses back to the same values', () => {
    const items = [serialiseCommitment(ctx, target), serialiseCommitment(ctx, project)];
    const rows: Record<string, string>[] = parse(toCsv(COMMITMENT_CSV_COLUMNS, items), { bom: true, columns: true });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      slug: 'intra-regional-trade-15bn',
      countries: 'KG; KZ; TJ; TM; UZ',
      verdict: 'in-progress',
      progress_share: '1.2345',
      progress_percent: '100',
      last_reviewed_on: '2025-09-01',
      delayed: 'false',
      deadline_interpreted: 'true',
      deadline_revised: 'false',
      planned_completion_on: '',
      baseline_value: '10.6',
      target_value: '15',
      unit: 'USD bn',
      metric_slug: 'intra-regional-trade',
      url: 'https://tracker.example/commitments/intra-regional-trade-15bn',
    });
    expect(rows[1]).toMatchObject({ slug: 'aktau-container-hub', stage: 'planned', baseline_value: '', target_value: '', overdue: 'true' });
  });

  it('carries the planned completion and the delay of a staged kind', () => {
    const item = serialiseCommitment(ctx, { ...project, plannedOn: '2026-12-31', plannedMovedLater: true, lastReviewedOn: '2025-12-01' });
    const rows: Record<string, string>[] = parse(toCsv(COMMITMENT_CSV_COLUMNS, [item]), { bom: true, columns: true });
    expect(rows[0]).toMatchObject({
      planned_completion_on: '2026-12-31',
      planned_completion_moved_later: 'true',
      delayed: 'true',
      last_reviewed_on: '2025-12-01',
      trajectory_basis: '',
    });
  });

  it('has unique headers', () => {
    const headers = COMMITMENT_CSV_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
  });
});
