import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import enCharts from '../messages/en/charts.json';
import kkCharts from '../messages/kk/charts.json';
import ruCharts from '../messages/ru/charts.json';
import { domainLabels } from '../i18n/domain-labels';
import { INTL_TAGS, type Locale } from '../i18n/routing';
import { VERDICTS, TRAJECTORY_STATUSES, type TrajectoryStatus, type Verdict } from './domain';
import type { ValueQualifier } from './domain';
import { computeTargetProgress, type ObservationPoint, type TargetInput, type TargetProgress } from './progress';
import {
  clampShare,
  describeTrajectory,
  dueDate,
  finalStage,
  isDelayed,
  isOverdue,
  isStale,
  listedShare,
  progressFor,
  stageProgress,
  stageShown,
  verdictDisagrees,
  type SummaryMessage,
  type SummaryWords,
} from './status';

/** The summary's words in one language, from the same message files the pages use. */
function wordsIn(locale: Locale): SummaryWords {
  const charts = { en: enCharts, ru: ruCharts, kk: kkCharts }[locale];
  const t = createTranslator({ locale, messages: { charts }, namespace: 'charts.summary' });
  return { locale: INTL_TAGS[locale], statusLabels: domainLabels(locale).trajectory, t: (message, values) => t(message, values) };
}
const english = wordsIn('en');

describe('stageProgress', () => {
  it('is index / (length - 1) on each ladder', () => {
    expect(stageProgress('project', 'announced')).toBe(0);
    expect(stageProgress('project', 'planned')).toBe(0.25);
    expect(stageProgress('project', 'under-construction')).toBe(0.5);
    expect(stageProgress('project', 'partly-operational')).toBe(0.75);
    expect(stageProgress('project', 'completed')).toBe(1);
    expect(stageProgress('agreement', 'proposed')).toBe(0);
    expect(stageProgress('agreement', 'signed')).toBe(0.5);
    expect(stageProgress('agreement', 'in-force')).toBe(1);
    expect(stageProgress('event', 'proposed')).toBe(0);
    expect(stageProgress('event', 'scheduled')).toBe(0.5);
    expect(stageProgress('event', 'held')).toBe(1);
  });

  it('covers the decision ladder', () => {
    expect(stageProgress('decision', 'proposed')).toBe(0);
    expect(stageProgress('decision', 'under-discussion')).toBeCloseTo(1 / 3, 12);
    expect(stageProgress('decision', 'drafted')).toBeCloseTo(2 / 3, 12);
    expect(stageProgress('decision', 'adopted')).toBe(1);
  });

  it('is null for no stage or a stage from another ladder', () => {
    expect(stageProgress('project', null)).toBeNull();
    expect(stageProgress('project', 'signed')).toBeNull();
    expect(stageProgress('event', 'completed')).toBeNull();
    expect(stageProgress('agreement', 'held')).toBeNull();
  });

  it('is 1 for an achieved verdict, whatever stage was recorded (never "Achieved" beside a part-way bar)', () => {
    expect(stageProgress('project', 'under-construction', 'achieved')).toBe(1);
    expect(stageProgress('project', null, 'achieved')).toBe(1);
    expect(stageProgress('agreement', 'signed', 'achieved-late')).toBe(1);
    expect(stageProgress('decision', 'signed', 'achieved')).toBe(1);
  });

  it('other verdicts leave the stage progress as it is', () => {
    expect(stageProgress('project', 'under-construction', 'in-progress')).toBe(0.5);
    expect(stageProgress('project', 'under-construction', 'missed')).toBe(0.5);
    expect(stageProgress('project', 'under-construction', 'dropped')).toBe(0.5);
    expect(stageProgress('project', null, 'stalled')).toBeNull();
  });
});

describe('finalStage and stageShown', () => {
  it('finalStage is the last rung of each ladder', () => {
    expect(finalStage('project')).toBe('completed');
    expect(finalStage('agreement')).toBe('in-force');
    expect(finalStage('decision')).toBe('adopted');
    expect(finalStage('event')).toBe('held');
  });

  it('stageShown is the last stage once the verdict is achieved, else the stage recorded', () => {
    expect(stageShown('project', 'under-construction', 'achieved')).toBe('completed');
    expect(stageShown('agreement', null, 'achieved-late')).toBe('in-force');
    expect(stageShown('project', 'under-construction', 'in-progress')).toBe('under-construction');
    expect(stageShown('event', null, 'not-started')).toBeNull();
    expect(stageShown('project', 'planned', 'dropped')).toBe('planned');
  });
});

describe('isOverdue', () => {
  const asOf = '2025-06-01';

  it('never without a deadline or a planned date', () => {
    expect(isOverdue({ deadline: null, verdict: 'in-progress', asOf })).toBe(false);
    expect(isOverdue({ deadline: null, plannedOn: null, verdict: 'in-progress', asOf })).toBe(false);
  });

  it('uses the planned completion date when there is no deadline', () => {
    expect(dueDate({ deadline: null, plannedOn: '2025-05-31' })).toBe('2025-05-31');
    expect(isOverdue({ deadline: null, plannedOn: '2025-05-31', verdict: 'in-progress', asOf })).toBe(true);
    expect(isOverdue({ deadline: null, plannedOn: asOf, verdict: 'in-progress', asOf })).toBe(false);
    expect(isOverdue({ deadline: null, plannedOn: '2025-05-31', verdict: 'achieved', asOf })).toBe(false);
  });

  it('a deadline, when there is one, decides over the planned date', () => {
    expect(dueDate({ deadline: '2026-12-31', plannedOn: '2025-05-31' })).toBe('2026-12-31');
    expect(isOverdue({ deadline: '2026-12-31', plannedOn: '2025-05-31', verdict: 'in-progress', asOf })).toBe(false);
    expect(isOverdue({ deadline: '2025-05-31', plannedOn: '2026-12-31', verdict: 'in-progress', asOf })).toBe(true);
  });

  it('not before or on the deadline day', () => {
    expect(isOverdue({ deadline: '2025-12-31', verdict: 'in-progress', asOf })).toBe(false);
    expect(isOverdue({ deadline: asOf, verdict: 'in-progress', asOf })).toBe(false);
  });

  it('after the deadline unless achieved, achieved-late or dropped', () => {
    const expected: Record<Verdict, boolean> = {
      'not-started': true,
      'in-progress': true,
      stalled: true,
      achieved: false,
      'achieved-late': false,
      missed: true,
      dropped: false,
    };
    for (const verdict of VERDICTS) {
      expect(isOverdue({ deadline: '2025-05-31', verdict, asOf }), verdict).toBe(expected[verdict]);
    }
  });
});

describe('isDelayed', () => {
  const base = { plannedOn: '2026-12-31', plannedMovedLater: false, verdict: 'in-progress' as Verdict, completed: false, asOf: '2025-06-01' };

  it('not delayed without a planned date, or while the first planned date is still ahead', () => {
    expect(isDelayed({ ...base, plannedOn: null, plannedMovedLater: true })).toBe(false);
    expect(isDelayed(base)).toBe(false);
  });

  it('delayed once the planned date moved later than first planned, even while it is still ahead', () => {
    expect(isDelayed({ ...base, plannedMovedLater: true })).toBe(true);
  });

  it('delayed once the planned date passed without completion (the day itself is not late)', () => {
    expect(isDelayed({ ...base, plannedOn: '2025-05-31' })).toBe(true);
    expect(isDelayed({ ...base, plannedOn: '2025-06-01' })).toBe(false);
    expect(isDelayed({ ...base, plannedOn: '2025-05-31', verdict: 'stalled' })).toBe(true);
    expect(isDelayed({ ...base, plannedOn: '2025-05-31', verdict: 'missed' })).toBe(true);
  });

  it('never delayed once completed (the last stage), achieved or dropped', () => {
    const late = { ...base, plannedOn: '2025-05-31', plannedMovedLater: true };
    expect(isDelayed({ ...late, completed: true })).toBe(false);
    expect(isDelayed({ ...late, verdict: 'achieved' })).toBe(false);
    expect(isDelayed({ ...late, verdict: 'achieved-late' })).toBe(false);
    expect(isDelayed({ ...late, verdict: 'dropped' })).toBe(false);
  });
});

describe('isStale', () => {
  const base = {
    announcedOn: '2024-01-01',
    verdict: 'in-progress' as Verdict,
    asOf: '2024-12-31',
    staleAfterDays: 180,
  };

  it('counts from the day an editor last reviewed (lastReviewedOn)', () => {
    // 2024-07-04 -> 2024-12-31 = 180 days: not yet stale; 181 days: stale
    expect(isStale({ ...base, lastReviewedOn: '2024-07-04' })).toBe(false);
    expect(isStale({ ...base, lastReviewedOn: '2024-07-03' })).toBe(true);
    expect(isStale({ ...base, lastReviewedOn: '2024-12-01' })).toBe(false);
  });

  it('counts from the announcement when nothing was recorded', () => {
    expect(isStale({ ...base, lastReviewedOn: null })).toBe(true); // 365 days
    expect(isStale({ ...base, lastReviewedOn: null, asOf: '2024-06-29' })).toBe(false); // 180 days
    expect(isStale({ ...base, lastReviewedOn: null, asOf: '2024-06-30' })).toBe(true); // 181 days
  });

  it('uses the announcement if the last review is (wrongly) dated before it', () => {
    expect(isStale({ ...base, announcedOn: '2024-12-01', lastReviewedOn: '2023-01-01' })).toBe(false);
  });

  it('respects staleAfterDays', () => {
    expect(isStale({ ...base, lastReviewedOn: '2024-12-01', staleAfterDays: 29 })).toBe(true);
    expect(isStale({ ...base, lastReviewedOn: '2024-12-01', staleAfterDays: 30 })).toBe(false);
  });

  it('is never stale once the verdict is final', () => {
    for (const verdict of VERDICTS) {
      const final = ['achieved', 'achieved-late', 'missed', 'dropped'].includes(verdict);
      expect(isStale({ ...base, verdict, lastReviewedOn: null }), verdict).toBe(!final);
    }
  });
});

describe('verdictDisagrees', () => {
  // Full table (the doc comment of verdictDisagrees): rows = computed status, columns = verdict,
  // in VERDICTS order: not-started, in-progress, stalled, achieved, achieved-late, missed, dropped
  const table: Record<TrajectoryStatus, boolean[]> = {
    // Met on time: only "achieved" agrees (not even "achieved late").
    achieved: [true, true, true, false, true, true, true],
    // Met late: either achieved verdict agrees.
    'achieved-late': [true, true, true, false, false, true, true],
    // Missed: claiming success, or that work is still under way, disagrees; stalled, missed, dropped agree.
    missed: [true, true, false, true, true, false, false],
    // Before the deadline: a final verdict of success or failure disagrees.
    'on-track': [false, false, true, true, true, true, false],
    'acceleration-needed': [false, false, false, true, true, true, false],
    'limited-progress': [false, false, false, true, true, true, false],
    'moving-away': [true, true, false, true, true, true, false],
    // Nothing to contradict.
    'too-early': [false, false, false, false, false, false, false],
    'insufficient-data': [false, false, false, false, false, false, false],
  };

  for (const computed of TRAJECTORY_STATUSES) {
    VERDICTS.forEach((verdict, i) => {
      it(`${verdict} vs computed ${computed}`, () => {
        expect(verdictDisagrees(verdict, computed)).toBe(table[computed][i]);
      });
    });
  }

  it('never disagrees when nothing was computed', () => {
    for (const verdict of VERDICTS) expect(verdictDisagrees(verdict, null)).toBe(false);
  });
});

describe('clampShare', () => {
  it('clamps to [0, 1] and passes null through', () => {
    expect(clampShare(null)).toBeNull();
    expect(clampShare(Number.NaN)).toBeNull();
    expect(clampShare(-0.2)).toBe(0);
    expect(clampShare(0.136)).toBe(0.136);
    expect(clampShare(1.23)).toBe(1);
  });
});

function target(overrides: Partial<TargetInput> = {}): TargetProgress {
  return computeTargetProgress({
    direction: 'up',
    baseline: { on: '2022-12-31', value: 10.6 },
    target: 15,
    deadline: '2027-12-31',
    observations: [{ on: '2023-12-31', value: 11.2 }],
    asOf: '2024-06-01',
    ...overrides,
  });
}

describe('progressFor', () => {
  it('staged kinds: stage progress, raw and display equal', () => {
    expect(progressFor({ kind: 'project', stage: 'under-construction' })).toEqual({ raw: 0.5, display: 0.5 });
    expect(progressFor({ kind: 'agreement', stage: 'in-force' })).toEqual({ raw: 1, display: 1 });
    expect(progressFor({ kind: 'event', stage: null })).toEqual({ raw: null, display: null });
    expect(progressFor({ kind: 'event' })).toEqual({ raw: null, display: null });
  });

  it('staged kinds with an achieved verdict show full progress', () => {
    expect(progressFor({ kind: 'project', stage: 'under-construction', verdict: 'achieved' })).toEqual({ raw: 1, display: 1 });
    expect(progressFor({ kind: 'decision', stage: null, verdict: 'achieved-late' })).toEqual({ raw: 1, display: 1 });
    expect(progressFor({ kind: 'project', stage: 'under-construction', verdict: 'stalled' })).toEqual({ raw: 0.5, display: 0.5 });
  });

  it('a target met once and fallen back since still shows full, with the raw share of the latest figure', () => {
    const fellBack = target({
      observations: [
        { on: '2023-12-31', value: 15.4 },
        { on: '2024-12-31', value: 14.3 },
      ],
      asOf: '2025-03-01',
    });
    expect(fellBack.status).toBe('achieved');
    const shown = progressFor({ kind: 'target', progress: fellBack });
    expect(shown.display).toBe(1);
    expect(shown.raw).toBeCloseTo(3.7 / 4.4, 10);
  });

  it('targets: raw share kept, display clamped', () => {
    const onTheWay = progressFor({ kind: 'target', progress: target() });
    expect(onTheWay.raw).toBeCloseTo(0.6 / 4.4, 10);
    expect(onTheWay.display).toBeCloseTo(0.6 / 4.4, 10);

    const backwards = progressFor({ kind: 'target', progress: target({ observations: [{ on: '2023-12-31', value: 9.5 }] }) });
    expect(backwards.raw).toBeCloseTo(-1.1 / 4.4, 10);
    expect(backwards.display).toBe(0);

    const beyond = progressFor({ kind: 'target', progress: target({ observations: [{ on: '2023-12-31', value: 17 }] }) });
    expect(beyond.raw).toBeCloseTo(6.4 / 4.4, 10);
    expect(beyond.display).toBe(1);
  });

  it('targets: met shows full even when the share is undefined; no progress is null', () => {
    const noBaseline = target({ baseline: null, observations: [{ on: '2023-12-31', value: 15 }] });
    expect(noBaseline.share).toBeNull();
    expect(noBaseline.met).toBe(true);
    expect(progressFor({ kind: 'target', progress: noBaseline })).toEqual({ raw: null, display: 1 });
    expect(progressFor({ kind: 'target', progress: null })).toEqual({ raw: null, display: null });
    expect(progressFor({ kind: 'target' })).toEqual({ raw: null, display: null });
  });
});

describe('describeTrajectory', () => {
  it('the worked example in Russian and Kazakh, with the figures formatted for each', () => {
    expect(describeTrajectory(target(), 'USD bn', wordsIn('ru'))).toBe(
      'Последнее значение — $11,2 млрд (2023); это 13,6\u00a0% пути от базового уровня $10,6 млрд до цели $15 млрд; рост на 5,7\u00a0% в год при необходимых 7,2\u00a0%: нужно ускорение.',
    );
    expect(describeTrajectory(target(), 'USD bn', wordsIn('kk'))).toBe(
      'Соңғы мән — $11,2 млрд (2023); бұл базалық деңгейден ($10,6 млрд) мақсатқа ($15 млрд) дейінгі жолдың 13,6%-ы; жылдық өсім — 5,7%, ал қажеті — 7,2%: жеделдету қажет.',
    );
  });

  it('uses the unit as the language writes it', () => {
    const words = { ...wordsIn('ru'), unitLabel: 'товарных позиций' };
    expect(describeTrajectory(target({ baseline: null, observations: [] }), 'commodity categories', words)).toBe(
      'Данные пока не внесены; цель — 15 товарных позиций к 2027 году: недостаточно данных.',
    );
  });

  it('the worked example', () => {
    expect(describeTrajectory(target(), '', english)).toBe(
      'The latest figure, 11.2 (2023), is 13.6% of the way from the baseline of 10.6 to the target of 15; growth of 5.7% a year against 7.2% needed: acceleration needed.',
    );
  });

  it('puts the unit after values but not after percentages', () => {
    expect(describeTrajectory(target(), 'bn USD', english)).toBe(
      'The latest figure, 11.2 bn USD (2023), is 13.6% of the way from the baseline of 10.6 bn USD to the target of 15 bn USD; growth of 5.7% a year against 7.2% needed: acceleration needed.',
    );
    expect(describeTrajectory(target(), 'USD bn', english)).toBe(
      'The latest figure, $11.2 bn (2023), is 13.6% of the way from the baseline of $10.6 bn to the target of $15 bn; growth of 5.7% a year against 7.2% needed: acceleration needed.',
    );
  });

  it('rounds values to 3 significant digits', () => {
    const precise = target({ observations: [{ on: '2023-12-31', value: 11.2345 }], target: 19.08 });
    expect(describeTrajectory(precise, 'USD bn', english)).toMatch(/^The latest figure, \$11\.2 bn \(2023\), .* the target of \$19\.1 bn;/);
  });

  it('no figures at all', () => {
    expect(describeTrajectory(target({ baseline: null, observations: [] }), 'km', english)).toBe(
      'No figures have been recorded yet against the target of 15 km by 2027: insufficient data.',
    );
    expect(describeTrajectory(target({ baseline: null, observations: [], deadline: null }), '', english)).toBe(
      'No figures have been recorded yet against the target of 15: insufficient data.',
    );
  });

  it('no baseline, not met', () => {
    expect(describeTrajectory(target({ baseline: null }), '', english)).toBe(
      'The latest figure, 11.2 (2023), compares with the target of 15 by 2027; without a baseline, progress cannot be measured: insufficient data.',
    );
  });

  it('no baseline, met', () => {
    expect(describeTrajectory(target({ baseline: null, observations: [{ on: '2023-12-31', value: 16 }] }), '', english)).toBe(
      'The figure for 2023, 16, reached the target of 15: target met.',
    );
  });

  it('met, rising and falling', () => {
    expect(describeTrajectory(target({ observations: [{ on: '2023-12-31', value: 15.4 }] }), '', english)).toBe(
      'The figure for 2023, 15.4, reached the target of 15, up from the baseline of 10.6: target met.',
    );
    const down = target({
      direction: 'down',
      baseline: { on: '2022-12-31', value: 100 },
      target: 50,
      observations: [{ on: '2023-12-31', value: 48 }],
    });
    expect(describeTrajectory(down, '', english)).toBe(
      'The figure for 2023, 48, reached the target of 50, down from the baseline of 100: target met.',
    );
  });

  it('only the baseline, with and without a historical trend', () => {
    expect(describeTrajectory(target({ observations: [] }), '', english)).toBe(
      'Only the baseline of 10.6 (2022) is available against the target of 15 by 2027: insufficient data.',
    );
    const withHistory = target({
      observations: [
        { on: '2020-12-31', value: 9 },
        { on: '2022-12-31', value: 10.6 },
      ],
    });
    expect(describeTrajectory(withHistory, '', english)).toBe(
      'Only the baseline of 10.6 (2022) is available against the target of 15 by 2027; if the pre-announcement trend continued, the figure would be 16 (2027): insufficient data.',
    );
  });

  it('falling compound target uses signed change', () => {
    const down = target({
      direction: 'down',
      baseline: { on: '2020-12-31', value: 100 },
      target: 50,
      deadline: '2025-12-31',
      observations: [{ on: '2021-12-31', value: 105 }],
      asOf: '2022-06-01',
    });
    expect(describeTrajectory(down, '', english)).toBe(
      'The latest figure, 105 (2021), is −10.0% of the way from the baseline of 100 to the target of 50; change of +5.0% a year against −12.9% needed: moving away.',
    );
  });

  it('linear mode reports absolute change with the unit', () => {
    const linear = target({
      baseline: { on: '2020-12-31', value: -5 },
      target: 5,
      deadline: '2025-12-31',
      observations: [{ on: '2021-12-31', value: -3 }],
      asOf: '2022-06-01',
    });
    expect(describeTrajectory(linear, 'bn USD', english)).toBe(
      'The latest figure, -3 bn USD (2021), is 20.0% of the way from the baseline of -5 bn USD to the target of 5 bn USD; change of +2 bn USD a year against +2 bn USD needed: on track.',
    );
  });

  it('target equal to baseline: the terms disagree with the direction, so nothing is computed', () => {
    const flat = target({
      baseline: { on: '2020-12-31', value: 50 },
      target: 50,
      deadline: '2025-12-31',
      observations: [{ on: '2021-12-31', value: 48 }],
      asOf: '2022-06-01',
    });
    expect(describeTrajectory(flat, '', english)).toBe(
      'The baseline of 50 and the target of 50 do not agree with the target’s direction (a rise), so no progress is computed until the terms are corrected: insufficient data.',
    );
  });

  it('no deadline', () => {
    expect(describeTrajectory(target({ deadline: null }), '', english)).toBe(
      'The latest figure, 11.2 (2023), is 13.6% of the way from the baseline of 10.6 to the target of 15; growth of 5.7% a year; no deadline is set: insufficient data.',
    );
  });

  it('deadline passed: graded by the deadline figure', () => {
    const late = target({
      baseline: { on: '2018-12-31', value: 10 },
      target: 20,
      deadline: '2022-12-31',
      observations: [{ on: '2022-12-31', value: 15 }],
      asOf: '2024-01-15',
    });
    expect(describeTrajectory(late, '', english)).toBe('At the 2022 deadline the figure was 15 (2022), 5 short of the target of 20: target missed.');
  });

  it('missed, in English with the unit', () => {
    const missed = target({ observations: [year(2026, 14), year(2027, 14.5)], asOf: '2028-06-01' });
    expect(describeTrajectory(missed, 'USD bn', english)).toBe(
      'At the 2027 deadline the figure was $14.5 bn (2027), $0.5 bn short of the target of $15 bn: target missed.',
    );
  });

  it('met late, in English', () => {
    const late = target({ observations: [year(2027, 14.5), year(2028, 15.3)], asOf: '2029-06-01' });
    expect(describeTrajectory(late, 'USD bn', english)).toBe(
      'The target of $15 bn by 2027 was reached after the deadline, by the figure for 2028, $15.3 bn: target met late.',
    );
  });

  it('met, then fallen back, in English', () => {
    const fellBack = target({ observations: [year(2024, 15.2), year(2025, 14.1)], asOf: '2026-03-01' });
    expect(describeTrajectory(fellBack, 'USD bn', english)).toBe(
      'The figure for 2024, $15.2 bn, reached the target of $15 bn, up from the baseline of $10.6 bn: target met. Since then the figure has fallen short of the target again: $14.1 bn (2025).',
    );
  });

  it('a forecast and a part-year figure compared with the year before, in English', () => {
    const p = target({
      baselinePeriod: '2022',
      observations: [
        year(2023, 11.2),
        year(2026, 15.5, 'forecast'),
        { on: '2023-09-30', value: 8, period: '2023-01..09' },
        { on: '2024-09-30', value: 9, period: '2024-01..09' },
      ],
      asOf: '2024-11-01',
    });
    expect(describeTrajectory(p, 'USD bn', english)).toMatch(
      /: acceleration needed\. A forecast of \$15\.5 bn for 2026 is shown on the chart but does not count\. Jan–Sept? 2024: \$9 bn, \+12\.5% on Jan–Sept? 2023 \(part-year figures are compared only with the same months of another year\)\.$/,
    );
  });

  // ICU select keys cannot contain '-': the messages select on 'atLeast' / 'atMost'
  // (lib/format qualifierKey), or the whole message would print as its key.
  it('a preliminary basis is stated in English words', () => {
    const p = target({ observations: [year(2023, 15.2, 'preliminary')] });
    expect(describeTrajectory(p, 'USD bn', { ...english, t: (message, values) => strictEnglish(message, values) })).toBe(
      'The figure for 2023, $15.2 bn, reached the target of $15 bn, up from the baseline of $10.6 bn: target met. This rests on a preliminary figure: $15.2 bn (2023).',
    );
  });
});

/** English messages that throw on a broken message instead of printing its key. */
const strictEnglishT = createTranslator({
  locale: 'en',
  messages: { charts: enCharts },
  namespace: 'charts.summary',
  onError: (error) => {
    throw error;
  },
});
function strictEnglish(message: SummaryMessage, values: Record<string, string>): string {
  return strictEnglishT(message, values);
}

function year(y: number, value: number, qualifier?: ValueQualifier): ObservationPoint {
  return { on: `${y}-12-31`, value, period: String(y), ...(qualifier ? { qualifier } : {}) };
}

describe('listedShare', () => {
  it('is the raw share, unclamped', () => {
    expect(listedShare(target())).toBeCloseTo(0.6 / 4.4, 10);
    expect(listedShare(target({ observations: [{ on: '2023-12-31', value: 17 }] }))).toBeCloseTo(6.4 / 4.4, 10);
  });

  it('is 1 for a target met without a share, null for one neither measured nor met', () => {
    expect(listedShare(target({ baseline: null, observations: [{ on: '2023-12-31', value: 16 }] }))).toBe(1);
    expect(listedShare(target({ baseline: null }))).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// describeTrajectory with words that echo which message was used and with what values, so the
// tests check which facts are stated rather than one language's phrasing.

type Call = { message: SummaryMessage; values: Record<string, string> };

function summarise(p: TargetProgress, unit = '') {
  const calls: Call[] = [];
  const words: SummaryWords = {
    locale: 'en-GB',
    statusLabels: domainLabels('en').trajectory,
    t: (message, values) => {
      calls.push({ message, values });
      return `⟨${message}|${Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join(';')}⟩`;
    },
  };
  const text = describeTrajectory(p, unit, words);
  /** The sentences, in order: the top-level messages of the text. */
  const sentences: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '⟨') {
      if (depth === 0) sentences.push(text.slice(i + 1, text.indexOf('|', i)));
      depth++;
    } else if (text[i] === '⟩') depth--;
  }
  const values = (message: SummaryMessage) => calls.find((c) => c.message === message)?.values;
  return { text, sentences, values };
}

describe('describeTrajectory: main sentence per status', () => {
  it('met: the figure that reached the target, the baseline and the direction', () => {
    const s = summarise(target({ observations: [year(2023, 15.4)] }));
    expect(s.sentences).toEqual(['met']);
    expect(s.values('met')).toMatchObject({
      latest: '15.4',
      latestYear: '2023',
      target: '15',
      baseline: '10.6',
      direction: 'up',
      status: 'target met',
      deadline: '2027',
    });
  });

  it('met names the figure that met the target, not a later one that fell back', () => {
    const s = summarise(target({ observations: [year(2024, 15.2), year(2025, 14.1)], asOf: '2026-03-01' }));
    expect(s.values('met')).toMatchObject({ latest: '15.2', latestYear: '2024' });
  });

  it('metLate: the late figure and its period, the deadline', () => {
    const s = summarise(target({ observations: [year(2027, 14.5), year(2028, 15.3)], asOf: '2029-06-01' }));
    expect(s.sentences).toEqual(['metLate']);
    expect(s.values('metLate')).toMatchObject({ figure: '15.3', period: '2028', target: '15', deadline: '2027', status: 'target met late' });
  });

  it('missed: the deadline figure, its period and the shortfall', () => {
    const s = summarise(target({ observations: [year(2026, 14), year(2027, 14.5)], asOf: '2028-06-01' }));
    expect(s.sentences).toEqual(['missed']);
    expect(s.values('missed')).toMatchObject({
      figure: '14.5',
      period: '2027',
      shortfall: '0.5',
      target: '15',
      deadline: '2027',
      status: 'target missed',
    });
  });

  it('awaitingDeadline: the latest figure while the deadline figure is not recorded', () => {
    const s = summarise(target({ observations: [year(2026, 14)], asOf: '2028-06-01' }));
    expect(s.sentences).toEqual(['awaitingDeadline']);
    expect(s.values('awaitingDeadline')).toMatchObject({ latest: '14', latestYear: '2026', deadline: '2027', status: 'insufficient data' });
  });

  it('boundAtDeadline: the bound for the deadline period, followed by what it rests on', () => {
    const s = summarise(target({ observations: [year(2027, 14, 'at-least')], asOf: '2028-06-01' }));
    expect(s.sentences).toEqual(['boundAtDeadline', 'restsOn']);
    expect(s.values('boundAtDeadline')).toMatchObject({ figure: '14', period: '2027', target: '15' });
    expect(s.values('restsOn')).toMatchObject({ qualifier: 'atLeast', figure: '14', period: '2027' });
  });

  it("tooEarly: why = 'span' with under a year of data since the baseline", () => {
    const s = summarise(target({ observations: [{ on: '2023-06-30', value: 11 }] }));
    expect(s.sentences).toEqual(['tooEarly']);
    expect(s.values('tooEarly')).toMatchObject({ why: 'span', latest: '11', baseline: '10.6', baselineYear: '2022', status: 'too early to tell' });
  });

  it("tooEarly: why = 'horizon' when the time allowed is under a year", () => {
    const s = summarise(target({ deadline: '2023-09-30', observations: [{ on: '2023-06-30', value: 11 }], asOf: '2023-08-01' }));
    expect(s.values('tooEarly')).toMatchObject({ why: 'horizon', deadline: '2023' });
  });

  it('inconsistent: baseline, target and direction; nothing said about what a figure rests on', () => {
    const s = summarise(target({ target: 10, observations: [year(2023, 11, 'preliminary')] }));
    expect(s.sentences).toEqual(['inconsistent']);
    expect(s.values('inconsistent')).toMatchObject({ baseline: '10.6', target: '10', direction: 'up', status: 'insufficient data' });
  });

  it('onlyBaseline: without, then with, a pre-announcement projection', () => {
    const bare = summarise(target({ observations: [] }));
    expect(bare.sentences).toEqual(['onlyBaseline']);
    expect(bare.values('onlyBaseline')).toMatchObject({ baseline: '10.6', baselineYear: '2022', projection: 'none', projectionYear: 'none' });
    const trend = summarise(
      target({
        observations: [
          { on: '2020-12-31', value: 9 },
          { on: '2022-12-31', value: 10.6 },
        ],
      }),
    );
    expect(trend.values('onlyBaseline')).toMatchObject({ projection: '16', projectionYear: '2027' });
  });

  it('progress: share, rates (growth for a rising compound target) and no deadline note before the deadline', () => {
    const s = summarise(target(), 'USD bn');
    expect(s.sentences).toEqual(['progress']);
    expect(s.values('progress')).toMatchObject({
      latest: '$11.2 bn',
      latestYear: '2023',
      baseline: '$10.6 bn',
      target: '$15 bn',
      share: '13.6%',
      deadlineNote: '',
      status: 'acceleration needed',
    });
    expect(s.values('growth')).toEqual({ observed: '5.7%', required: '7.2%' });
    expect(s.values('progress')?.rates).toBe('⟨growth|observed=5.7%;required=7.2%⟩');
  });

  it('progress for a falling target states signed change; without a deadline, the noDeadline note', () => {
    const down = summarise(
      target({
        direction: 'down',
        baseline: { on: '2020-12-31', value: 100 },
        target: 50,
        deadline: '2025-12-31',
        observations: [{ on: '2021-12-31', value: 105 }],
        asOf: '2022-06-01',
      }),
    );
    expect(down.values('change')).toEqual({ observed: '+5.0%', required: '−12.9%' });
    const open = summarise(target({ deadline: null }));
    expect(open.values('growth')).toEqual({ observed: '5.7%', required: 'none' });
    expect(open.values('noDeadline')).toEqual({});
    expect(open.values('progress')?.deadline).toBe('none');
  });

  it('noFigures, noBaseline and noBaselineMet', () => {
    expect(summarise(target({ baseline: null, observations: [] })).sentences).toEqual(['noFigures']);
    expect(summarise(target({ baseline: null })).sentences).toEqual(['noBaseline']);
    const met = summarise(target({ baseline: null, observations: [year(2023, 14), year(2024, 16), year(2025, 14.5)], asOf: '2026-03-01' }));
    expect(met.sentences).toEqual(['noBaselineMet', 'fellBack']);
    expect(met.values('noBaselineMet')).toMatchObject({ latest: '16', latestYear: '2024' });
  });
});

describe('describeTrajectory: what follows the main sentence', () => {
  it('restsOn: a preliminary basis, with the figure and its period', () => {
    const s = summarise(target({ observations: [year(2023, 15.2, 'preliminary')] }));
    expect(s.sentences).toEqual(['met', 'restsOn']);
    expect(s.values('restsOn')).toEqual({ qualifier: 'preliminary', figure: '15.2', period: '2023' });
  });

  it("restsOn: an 'about' figure and a lower bound; the period is written for readers (Q2 2024)", () => {
    const about = summarise(target({ observations: [year(2023, 11.2, 'about')] }));
    expect(about.sentences).toEqual(['progress', 'restsOn']);
    expect(about.values('restsOn')?.qualifier).toBe('about');
    const bound = summarise(
      target({
        baseline: { on: '2023-06-30', value: 10.6 },
        observations: [{ on: '2024-06-30', value: 15.5, period: '2024-Q2', qualifier: 'at-least' }],
        asOf: '2024-09-01',
      }),
    );
    expect(bound.values('restsOn')).toEqual({ qualifier: 'atLeast', figure: '15.5', period: 'Q2 2024' });
  });

  it('no restsOn for a reported figure', () => {
    expect(summarise(target()).sentences).toEqual(['progress']);
    expect(summarise(target({ observations: [year(2023, 15.4)] })).sentences).toEqual(['met']);
  });

  it('fellBack: the figure that fell short again after the target was reached', () => {
    const s = summarise(target({ observations: [year(2024, 15.2), year(2025, 14.1)], asOf: '2026-03-01' }));
    expect(s.sentences).toEqual(['met', 'fellBack']);
    expect(s.values('fellBack')).toEqual({ figure: '14.1', period: '2025' });
  });

  it('forecast: the latest forecast, shown but never counted', () => {
    const s = summarise(target({ observations: [year(2023, 11.2), year(2025, 13, 'forecast'), year(2026, 15.5, 'forecast')] }));
    expect(s.sentences).toEqual(['progress', 'forecast']);
    expect(s.values('forecast')).toEqual({ figure: '15.5', period: '2026' });
  });

  it('likePeriod: the latest part-year figure against the same months a year before', () => {
    const s = summarise(
      target({
        baselinePeriod: '2022',
        observations: [
          year(2023, 11.2),
          { on: '2023-09-30', value: 8, period: '2023-01..09' },
          { on: '2024-09-30', value: 9, period: '2024-01..09' },
        ],
        asOf: '2024-11-01',
      }),
    );
    expect(s.sentences).toEqual(['progress', 'likePeriod']);
    expect(s.values('likePeriod')).toMatchObject({ figure: '9', change: '+12.5%' });
    expect(s.values('likePeriod')?.period).toMatch(/^Jan–Sept? 2024$/);
    expect(s.values('likePeriod')?.before).toMatch(/^Jan–Sept? 2023$/);
  });

  it('partYear: a part-year figure with nothing to compare it with', () => {
    const s = summarise(
      target({ baselinePeriod: '2022', observations: [year(2023, 11.2), { on: '2024-09-30', value: 9, period: '2024-01..09' }], asOf: '2024-11-01' }),
    );
    expect(s.sentences).toEqual(['progress', 'partYear']);
    expect(s.values('partYear')).toMatchObject({ figure: '9', change: 'none', before: 'none' });
  });

  it('the extras come in order: exactness, fall back, forecast, part-year figures', () => {
    const s = summarise(
      target({
        baselinePeriod: '2022',
        observations: [
          year(2023, 15.2, 'preliminary'),
          year(2024, 14.1),
          year(2027, 16, 'forecast'),
          { on: '2025-06-30', value: 7, period: '2025-H1' },
        ],
        asOf: '2025-09-01',
      }),
    );
    expect(s.sentences).toEqual(['met', 'restsOn', 'fellBack', 'forecast', 'partYear']);
  });
});
