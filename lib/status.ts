// Status helpers shared by the pages: stage progress, overdue / stale flags, the check of
// the editors' verdict against the computed trajectory, and a summary in words of a
// target's trajectory for chart text alternatives. Pure; "today" is always `asOf`.

import { STAGES, type CommitmentKind, type Stage, type StagedKind, type TrajectoryStatus, type Verdict } from './domain';
import { daysBetween, yearOf } from './dates';
import { formatPercent, formatPeriod, formatValue, qualifierKey } from './format';
import type { TargetProgress, UsedPoint } from './progress';

/** Verdicts after which nothing more is expected of a commitment. */
export const FINAL_VERDICTS: readonly Verdict[] = ['achieved', 'achieved-late', 'missed', 'dropped'];

/** Verdicts that close a commitment without it being overdue ('missed' stays overdue). */
const NOT_OVERDUE_VERDICTS: readonly Verdict[] = ['achieved', 'achieved-late', 'dropped'];

const ACHIEVED_VERDICTS: readonly Verdict[] = ['achieved', 'achieved-late'];

/** A staged kind's last stage: completed, in force, adopted, held. */
export function finalStage(kind: StagedKind): Stage {
  const ladder: readonly Stage[] = STAGES[kind];
  return ladder[ladder.length - 1]!;
}

/**
 * Progress along a staged kind's ladder: index / (length - 1), so the first stage is 0 and
 * the last is 1. Null when there is no stage or it is not on that kind's ladder. An achieved
 * verdict implies the last stage: the page never shows "Achieved" beside a part-way bar.
 */
export function stageProgress(kind: StagedKind, stage: Stage | null, verdict?: Verdict): number | null {
  if (verdict !== undefined && ACHIEVED_VERDICTS.includes(verdict)) return 1;
  if (stage === null) return null;
  const ladder: readonly Stage[] = STAGES[kind];
  const index = ladder.indexOf(stage);
  if (index < 0) return null;
  return ladder.length > 1 ? index / (ladder.length - 1) : 1;
}

/** The stage a page shows: the one recorded, or the last stage once the verdict is achieved. */
export function stageShown(kind: StagedKind, stage: Stage | null, verdict: Verdict): Stage | null {
  return ACHIEVED_VERDICTS.includes(verdict) ? finalStage(kind) : stage;
}

/**
 * The date a commitment is due: the deadline in force, or, where none was announced, the
 * planned completion date the builders or ministries gave.
 */
export function dueDate(a: { deadline: string | null; plannedOn?: string | null }): string | null {
  return a.deadline ?? a.plannedOn ?? null;
}

/**
 * Overdue = the due date (deadline, else planned date) has passed (the day itself is not
 * overdue) and the verdict is not achieved, achieved-late or dropped. A 'missed' commitment
 * is overdue.
 */
export function isOverdue(a: { deadline: string | null; plannedOn?: string | null; verdict: Verdict; asOf: string }): boolean {
  const due = dueDate(a);
  if (due === null) return false;
  return due < a.asOf && !NOT_OVERDUE_VERDICTS.includes(a.verdict);
}

/**
 * Delayed = the planned completion date moved later than first planned, or it passed
 * (planned < asOf) without the commitment being completed (an achieved verdict or the last
 * stage). Never delayed once dropped or achieved.
 */
export function isDelayed(a: { plannedOn: string | null; plannedMovedLater: boolean; verdict: Verdict; completed: boolean; asOf: string }): boolean {
  if (a.plannedOn === null || a.completed || a.verdict === 'dropped' || ACHIEVED_VERDICTS.includes(a.verdict)) return false;
  return a.plannedMovedLater || a.plannedOn < a.asOf;
}

/**
 * Stale = more than `staleAfterDays` days since an editor last looked: the newest review,
 * update or figure, by the day it was recorded (not the day it speaks of: news of last year
 * logged today is fresh work). With nothing recorded, the announcement counts. Never stale
 * once the verdict is final (achieved, achieved-late, missed, dropped).
 */
export function isStale(a: { lastReviewedOn: string | null; announcedOn: string; verdict: Verdict; asOf: string; staleAfterDays: number }): boolean {
  if (FINAL_VERDICTS.includes(a.verdict)) return false;
  const since = a.lastReviewedOn !== null && a.lastReviewedOn > a.announcedOn ? a.lastReviewedOn : a.announcedOn;
  return daysBetween(since, a.asOf) > a.staleAfterDays;
}

/**
 * Does the editors' verdict contradict the computed status of a target?
 *
 *   computed                           | verdict                              | disagrees
 *   -----------------------------------+--------------------------------------+----------
 *   null / insufficient-data / too-early | any                                | no
 *   achieved                           | anything but achieved                | yes
 *   achieved-late                      | anything but achieved-late, achieved | yes
 *   missed                             | achieved, achieved-late, in-progress,| yes
 *                                      | not-started                          |
 *   anything else (before the deadline)| achieved / achieved-late / missed    | yes
 *   moving-away                        | in-progress / not-started            | yes
 *   on-track                           | stalled                              | yes
 *   otherwise                          |                                      | no
 */
export function verdictDisagrees(verdict: Verdict, computed: TrajectoryStatus | null): boolean {
  if (computed === null || computed === 'insufficient-data' || computed === 'too-early') return false;
  const verdictAchieved = ACHIEVED_VERDICTS.includes(verdict);
  if (computed === 'achieved') return verdict !== 'achieved';
  if (computed === 'achieved-late') return !verdictAchieved;
  if (computed === 'missed') return verdictAchieved || verdict === 'in-progress' || verdict === 'not-started';
  if (verdictAchieved || verdict === 'missed') return true;
  if (computed === 'moving-away') return verdict === 'in-progress' || verdict === 'not-started';
  if (computed === 'on-track') return verdict === 'stalled';
  return false;
}

/** Clamps a progress share to [0, 1] for bars and gauges; null (or NaN) stays null. */
export function clampShare(share: number | null): number | null {
  if (share === null || Number.isNaN(share)) return null;
  return Math.min(1, Math.max(0, share));
}

export type DisplayProgress = {
  /** For bars: in [0, 1], or null when unknown. */
  display: number | null;
  /** Unclamped: a target's share may be negative or above 1. */
  raw: number | null;
};

/**
 * Progress of any commitment for display. Staged kinds: stage progress (already in [0, 1]).
 * Targets: the share from the progress engine, clamped; a met target shows as 1 even when
 * its share cannot be computed (no baseline, or target equal to baseline).
 */
export function progressFor(c: { kind: CommitmentKind; stage?: Stage | null; verdict?: Verdict; progress?: TargetProgress | null }): DisplayProgress {
  if (c.kind === 'target') {
    const raw = c.progress?.share ?? null;
    return { raw, display: c.progress?.met ? 1 : clampShare(raw) };
  }
  const value = stageProgress(c.kind, c.stage ?? null, c.verdict);
  return { raw: value, display: value };
}

/** The share stored for lists (sorting, averages): the raw share, or 1 for a target met without one. */
export function listedShare(p: TargetProgress): number | null {
  return p.share ?? (p.met ? 1 : null);
}

// ---------------------------------------------------------------------------
// Trajectory summary in words (the text alternative of every trajectory chart)

/** The sentences and clauses of a summary: messages 'charts.summary.*' in every language. */
export type SummaryMessage =
  | 'noFigures'
  | 'noBaselineMet'
  | 'noBaseline'
  | 'met'
  | 'metLate'
  | 'missed'
  | 'awaitingDeadline'
  | 'boundAtDeadline'
  | 'tooEarly'
  | 'inconsistent'
  | 'onlyBaseline'
  | 'progress'
  | 'growth'
  | 'change'
  | 'noDeadline'
  | 'deadlinePassed'
  | 'restsOn'
  | 'fellBack'
  | 'forecast'
  | 'likePeriod'
  | 'partYear';

/** What a summary is written with: the reader's language, its status label and its sentences. */
export type SummaryWords = {
  /** BCP 47 tag the figures are formatted for. */
  locale: string;
  /** Labels of the trajectory statuses in that language (the 'domain' namespace). */
  statusLabels: Record<TrajectoryStatus, string>;
  /** Formats one of the summary messages; absent parts are passed as 'none'. */
  t: (message: SummaryMessage, values: Record<string, string>) => string;
  /** The unit as readers of that language write it, for units without a built-in form. */
  unitLabel?: string | null;
};

/** Marks an absent optional part for the messages' `select` (e.g. no deadline). */
const NONE = 'none';

/**
 * A summary of a target's trajectory in one to three sentences, e.g. in English
 * "The latest figure, $11.2 bn (2023), is 13.6% of the way from the baseline of $10.6 bn to
 * the target of $15 bn; growth of 5.7% a year against 7.2% needed: acceleration needed."
 * The main sentence follows the status; what the status rests on (a preliminary figure, a
 * bound), a fall back after reaching the target, forecasts and part-year figures follow.
 * Which facts are stated is decided here; how they read is up to each language's messages.
 */
export function describeTrajectory(p: TargetProgress, unit: string, words: SummaryWords): string {
  const { locale, t } = words;
  // Values in sentences: 3 significant digits (19.08 -> '19.1'), then the unit.
  const value = (v: number) => formatValue(v, unit, locale, { significant: 3, unitLabel: words.unitLabel });
  const signed = (v: number) => (v > 0 ? `+${value(v)}` : value(v));
  const periodOf = (point: UsedPoint) => (point.period ? formatPeriod(point.period, locale) : String(yearOf(point.on)));
  const status = words.statusLabels[p.status].toLocaleLowerCase(locale);
  const deadline = p.deadline ? String(yearOf(p.deadline)) : NONE;
  const common = { status, target: value(p.target), deadline };
  const { latest, baseline } = p;
  const extras = extraSentences(p, { t, value, periodOf, locale });

  if (p.reason === 'inconsistent-terms' && baseline) {
    return t('inconsistent', { ...common, baseline: value(baseline.value), direction: p.direction }) + extras;
  }
  if (latest === null) return t('noFigures', common) + extras;

  const latestValues = { ...common, latest: value(latest.value), latestYear: periodOf(latest) };
  const basis = p.basis ?? latest;
  const basisValues = { ...common, figure: value(basis.value), period: periodOf(basis) };
  if (p.status === 'achieved-late') return t('metLate', basisValues) + extras;
  if (p.status === 'missed') return t('missed', { ...basisValues, shortfall: value(p.shortfall ?? 0) }) + extras;
  if (p.reason === 'awaiting-deadline-figure') return t('awaitingDeadline', latestValues) + extras;
  if (p.reason === 'deadline-figure-is-a-bound') return t('boundAtDeadline', basisValues) + extras;
  if (baseline === null) {
    if (p.met) return t('noBaselineMet', { ...latestValues, latest: value(basis.value), latestYear: periodOf(basis) }) + extras;
    return t('noBaseline', latestValues) + extras;
  }

  const baselineValues = { ...latestValues, baseline: value(baseline.value), baselineYear: String(yearOf(baseline.on)) };
  if (p.met) return t('met', { ...baselineValues, latest: value(basis.value), latestYear: periodOf(basis), direction: p.direction }) + extras;

  if (p.dataPoints < 2) {
    const projection = p.projectionBasis === 'historical-trend' ? p.projectionAtDeadline : null;
    return (
      t('onlyBaseline', {
        ...baselineValues,
        projection: projection ? value(projection.value) : NONE,
        projectionYear: projection ? String(yearOf(projection.on)) : NONE,
      }) + extras
    );
  }
  if (p.status === 'too-early') return t('tooEarly', { ...baselineValues, why: p.reason === 'short-horizon' ? 'horizon' : 'span' }) + extras;

  let rates = '';
  const observed = p.observedAnnualGrowth;
  const required = p.requiredAnnualGrowth;
  if (observed !== null) {
    const percent = (share: number, withSign: boolean) => formatPercent(share, { signed: withSign, locale });
    if (p.growthMode === 'compound' && p.direction === 'up') {
      rates = t('growth', { observed: percent(observed, false), required: required === null ? NONE : percent(required, false) });
    } else if (p.growthMode === 'compound') {
      rates = t('change', { observed: percent(observed, true), required: required === null ? NONE : percent(required, true) });
    } else {
      rates = t('change', { observed: signed(observed), required: required === null ? NONE : signed(required) });
    }
  }
  const deadlineNote = p.deadline === null ? t('noDeadline', {}) : p.deadlinePassed ? t('deadlinePassed', { deadline }) : '';

  return (
    t('progress', {
      ...baselineValues,
      share: p.share !== null ? formatPercent(p.share, { locale }) : NONE,
      rates,
      deadlineNote,
    }) + extras
  );
}

/** What follows the main sentence: the figure's exactness, a fall back, forecasts, part-year figures. */
function extraSentences(
  p: TargetProgress,
  { t, value, periodOf, locale }: { t: SummaryWords['t']; value: (v: number) => string; periodOf: (p: UsedPoint) => string; locale: string },
): string {
  const parts: string[] = [];
  const basis = p.basis;
  if (basis && basis.qualifier !== 'exact' && basis.qualifier !== 'forecast' && p.reason !== 'inconsistent-terms') {
    parts.push(t('restsOn', { qualifier: qualifierKey(basis.qualifier), figure: value(basis.value), period: periodOf(basis) }));
  }
  if (p.fellBackTo && p.met) parts.push(t('fellBack', { figure: value(p.fellBackTo.value), period: periodOf(p.fellBackTo) }));
  const forecast = p.forecasts.at(-1);
  if (forecast) parts.push(t('forecast', { figure: value(forecast.value), period: periodOf(forecast) }));
  const like = p.likePeriod;
  if (like) {
    const change =
      like.change === null
        ? NONE
        : p.growthMode === 'compound' && like.yearBefore && like.yearBefore.value > 0 && like.point.value > 0
          ? formatPercent(like.change, { signed: true, locale })
          : (like.change > 0 ? '+' : '') + value(like.change);
    parts.push(
      t(like.yearBefore ? 'likePeriod' : 'partYear', {
        figure: value(like.point.value),
        period: periodOf(like.point),
        change,
        before: like.yearBefore ? periodOf(like.yearBefore) : NONE,
      }),
    );
  }
  return parts.map((s) => ` ${s}`).join('');
}
