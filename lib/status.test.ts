import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import enCharts from '../messages/en/charts.json';
import kkCharts from '../messages/kk/charts.json';
import ruCharts from '../messages/ru/charts.json';
import { domainLabels } from '../i18n/domain-labels';
import { INTL_TAGS, type Locale } from '../i18n/routing';
import { VERDICTS, TRAJECTORY_STATUSES, type TrajectoryStatus, type Verdict } from './domain';
import { computeTargetProgress, type TargetInput, type TargetProgress } from './progress';
import {
  clampShare,
  describeTrajectory,
  isOverdue,
  isStale,
  progressFor,
  stageProgress,
  verdictDisagrees,
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

  it('is null for no stage or a stage from another ladder', () => {
    expect(stageProgress('project', null)).toBeNull();
    expect(stageProgress('project', 'signed')).toBeNull();
    expect(stageProgress('event', 'completed')).toBeNull();
    expect(stageProgress('agreement', 'held')).toBeNull();
  });
});

describe('isOverdue', () => {
  const asOf = '2025-06-01';

  it('never without a deadline', () => {
    expect(isOverdue({ deadline: null, verdict: 'in-progress', asOf })).toBe(false);
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

describe('isStale', () => {
  const base = {
    announcedOn: '2024-01-01',
    verdict: 'in-progress' as Verdict,
    asOf: '2024-12-31',
    staleAfterDays: 180,
  };

  it('counts from the last update', () => {
    // 2024-07-04 -> 2024-12-31 = 180 days: not yet stale; 181 days: stale
    expect(isStale({ ...base, lastUpdateOn: '2024-07-04' })).toBe(false);
    expect(isStale({ ...base, lastUpdateOn: '2024-07-03' })).toBe(true);
    expect(isStale({ ...base, lastUpdateOn: '2024-12-01' })).toBe(false);
  });

  it('counts from the announcement when there is no update', () => {
    expect(isStale({ ...base, lastUpdateOn: null })).toBe(true); // 365 days
    expect(isStale({ ...base, lastUpdateOn: null, asOf: '2024-06-29' })).toBe(false); // 180 days
    expect(isStale({ ...base, lastUpdateOn: null, asOf: '2024-06-30' })).toBe(true); // 181 days
  });

  it('uses the announcement if an update is (wrongly) dated before it', () => {
    expect(isStale({ ...base, announcedOn: '2024-12-01', lastUpdateOn: '2023-01-01' })).toBe(false);
  });

  it('respects staleAfterDays', () => {
    expect(isStale({ ...base, lastUpdateOn: '2024-12-01', staleAfterDays: 29 })).toBe(true);
    expect(isStale({ ...base, lastUpdateOn: '2024-12-01', staleAfterDays: 30 })).toBe(false);
  });

  it('is never stale once the verdict is final', () => {
    for (const verdict of VERDICTS) {
      const final = ['achieved', 'achieved-late', 'missed', 'dropped'].includes(verdict);
      expect(isStale({ ...base, verdict, lastUpdateOn: null }), verdict).toBe(!final);
    }
  });
});

describe('verdictDisagrees', () => {
  // Full table: rows = computed status, columns = verdict, in VERDICTS order:
  // not-started, in-progress, stalled, achieved, achieved-late, missed, dropped
  const table: Record<TrajectoryStatus, boolean[]> = {
    achieved: [true, true, true, false, false, true, true],
    'on-track': [false, false, true, true, true, true, false],
    'acceleration-needed': [false, false, false, true, true, false, false],
    'limited-progress': [false, false, false, true, true, false, false],
    'moving-away': [true, true, false, true, true, false, false],
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
    const flat = target({ baseline: { on: '2022-12-31', value: 15 }, observations: [{ on: '2023-12-31', value: 15 }] });
    expect(flat.share).toBeNull();
    expect(progressFor({ kind: 'target', progress: flat })).toEqual({ raw: null, display: 1 });
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
      'The latest figure, 16 (2023), has reached the target of 15: target met.',
    );
  });

  it('met, rising and falling', () => {
    expect(describeTrajectory(target({ observations: [{ on: '2023-12-31', value: 15.4 }] }), '', english)).toBe(
      'The latest figure, 15.4 (2023), has reached the target of 15, up from the baseline of 10.6: target met.',
    );
    const down = target({
      direction: 'down',
      baseline: { on: '2022-12-31', value: 100 },
      target: 50,
      observations: [{ on: '2023-12-31', value: 48 }],
    });
    expect(describeTrajectory(down, '', english)).toBe(
      'The latest figure, 48 (2023), has reached the target of 50, down from the baseline of 100: target met.',
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

  it('target equal to baseline: no share', () => {
    const flat = target({
      baseline: { on: '2020-12-31', value: 50 },
      target: 50,
      deadline: '2025-12-31',
      observations: [{ on: '2021-12-31', value: 48 }],
      asOf: '2022-06-01',
    });
    expect(describeTrajectory(flat, '', english)).toBe(
      'The latest figure, 48 (2021), compares with the baseline of 50 and the target of 50; growth of −4.0% a year against 0.0% needed: moving away.',
    );
  });

  it('no deadline', () => {
    expect(describeTrajectory(target({ deadline: null }), '', english)).toBe(
      'The latest figure, 11.2 (2023), is 13.6% of the way from the baseline of 10.6 to the target of 15; growth of 5.7% a year; no deadline is set: insufficient data.',
    );
  });

  it('deadline passed', () => {
    const late = target({
      baseline: { on: '2018-12-31', value: 10 },
      target: 20,
      deadline: '2022-12-31',
      observations: [{ on: '2022-12-31', value: 15 }],
      asOf: '2024-01-15',
    });
    expect(describeTrajectory(late, '', english)).toBe(
      'The latest figure, 15 (2022), is 50.0% of the way from the baseline of 10 to the target of 20; growth of 10.7% a year against 18.9% needed; the 2022 deadline has passed: limited progress.',
    );
  });
});
