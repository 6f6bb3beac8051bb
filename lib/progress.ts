// Progress engine for numeric `target` commitments (pure; rules on /methodology).
//
// Everything is computed from the baseline, the target in force and the observations;
// "today" is the `asOf` argument, never the clock.
//
// Which figures count
//   Each figure has an exactness. `exact` (reported), `preliminary` and `about` count at their
//   value. A bound counts only for what it proves: "at least X" proves a rising target met
//   when X reaches it, never that it was missed; "at most X" the reverse. A forecast
//   ("expected", "will reach") never counts: it is returned for drawing only.
//   Only like periods are compared: against an annual baseline, a 9-month or quarterly total
//   is not a point on the trajectory (it is returned as `notComparable`, with the same period
//   a year before where one is recorded). Points in time (a date) compare with anything.
//
// Growth arithmetic
//   compound mode (baseline, latest and target all > 0):
//     required  = (target / baseline) ^ (1 / years(baseline -> deadline)) - 1
//     observed  = (latest / baseline) ^ (1 / years(baseline -> latest))   - 1
//     needed    = (target / latest)   ^ (1 / years(latest   -> deadline)) - 1
//   linear mode (any of those <= 0, where ratios and roots are meaningless):
//     the same three rates as absolute change per year, e.g. (target - baseline) / years.
//   Years are calendar days / 365.25 (lib/dates.ts). A span shorter than one calendar year is
//   never annualised: that rate is null, and a status that would rest on it is "too early".
//
// Status
//   inconsistent terms (a rising target not above its baseline, a falling one not below) -> insufficient-data
//   a figure for a period that starts on or before the deadline meets the target          -> achieved
//     (it stays achieved when later figures fall back; `fellBackTo` says so)
//   deadline passed (deadline < asOf), graded by the figure for the period covering it:
//     a later figure meets the target                                                     -> achieved-late
//     the deadline figure falls short                                                     -> missed (`shortfall`)
//     no deadline figure yet, or only a bound that proves nothing                         -> insufficient-data
//   before the deadline, R = observed / required (sign-aware: a falling target has both rates negative):
//     no baseline, no deadline, or only the baseline                                      -> insufficient-data
//     less than a year of data since the baseline, or a horizon under a year              -> too-early
//     R >= 0.95 on-track · 0.6 <= R < 0.95 acceleration-needed · 0 <= R < 0.6 limited-progress · R < 0 moving-away
//
// Observations whose period ends after `asOf` are ignored, except forecasts (drawn as such).

import type { Direction, TrajectoryStatus, ValueQualifier } from './domain';
import { addYearsIso, yearOf, yearsBetween } from './dates';
import { parsePeriod, samePeriodYearBefore } from './periods';

export type Point = { on: string; value: number }; // on = ISO date (end of period)

/** A figure as the engine reads it: its period's end, value, and (optionally) label and exactness. */
export type ObservationPoint = Point & {
  /** The period label ('2024', '2026-01..09'); without one the figure is a point in time. */
  period?: string | null;
  /** Default 'exact'. */
  qualifier?: ValueQualifier;
};

export type TargetInput = {
  direction: Direction;
  baseline: Point | null;
  /** The baseline's period label, when the baseline is a figure of the series ('2023'). */
  baselinePeriod?: string | null;
  target: number;
  deadline: string | null;
  /** Preferred observations, any order; may include history before the baseline date. */
  observations: ObservationPoint[];
  asOf: string;
};

export type GrowthMode = 'compound' | 'linear';
export type ProjectionBasis = 'since-baseline' | 'historical-trend';

/** Why a status is insufficient-data or too-early. */
export type StatusReason =
  | 'inconsistent-terms'
  | 'no-baseline'
  | 'no-deadline'
  | 'deadline-before-baseline'
  | 'only-baseline'
  | 'under-a-year'
  | 'short-horizon'
  | 'awaiting-deadline-figure'
  | 'deadline-figure-is-a-bound';

/** A figure the engine used, with what it needs to say how it counted. */
export type UsedPoint = Point & { period: string | null; qualifier: ValueQualifier };

export type LikePeriodComparison = {
  /** The latest figure for a part of a year (not comparable with an annual baseline). */
  point: UsedPoint;
  /** The same part of the year before, when recorded. */
  yearBefore: UsedPoint | null;
  /** point / yearBefore - 1 (or the difference in linear mode); null without a year-before figure. */
  change: number | null;
};

export type TargetProgress = {
  /** Latest comparable figure dated on/after the baseline date; the baseline itself when there is none. Without a baseline: the latest figure. */
  latest: UsedPoint | null;
  /** (latest - baseline) / (target - baseline), not clamped. */
  share: number | null;
  requiredAnnualGrowth: number | null;
  observedAnnualGrowth: number | null;
  /** Rate needed from the latest value to reach the target on time; null once the deadline has passed or under a year before it. */
  neededAnnualGrowthFromLatest: number | null;
  /** target - latest while the target is still ahead and the deadline not passed (the whole change still needed). */
  neededChangeFromLatest: number | null;
  growthMode: GrowthMode;
  /** R = observed / required. */
  ratio: number | null;
  status: TrajectoryStatus;
  /** Why the status is insufficient-data or too-early; null otherwise. */
  reason: StatusReason | null;
  /** The figure the status rests on (the one that met the target, the deadline figure, or the latest). */
  basis: UsedPoint | null;
  projectionAtDeadline: Point | null;
  projectionBasis: ProjectionBasis | null;
  /** Baseline -> deadline along the required path: both ends plus every 31 December in between. */
  requiredPath: Point[];
  /** Projection start (latest or last historical point) -> deadline, same point scheme. */
  projectionPath: Point[];
  /** The target has been reached by some figure (on time or late). */
  met: boolean;
  /** End of the period of the first figure that reached the target. */
  metOn: string | null;
  /** The figure for the period covering the deadline, once known. */
  deadlineFigure: UsedPoint | null;
  /** How far the deadline figure falls short of the target (positive, in the unit); only when missed. */
  shortfall: number | null;
  /** A later figure back on the wrong side of the target after it was reached. */
  fellBackTo: UsedPoint | null;
  /** Forecasts, never counted: for drawing, marked as forecasts. */
  forecasts: UsedPoint[];
  /** Bounds ("at least", "at most") among the figures used or shown: drawn as bounds. */
  bounds: UsedPoint[];
  /** Figures for parts of a year, not compared with the annual series. */
  notComparable: UsedPoint[];
  likePeriod: LikePeriodComparison | null;

  // Extra context (echoed inputs and intermediate results) so callers such as
  // describeTrajectory need nothing else.
  direction: Direction;
  baseline: Point | null;
  target: number;
  deadline: string | null;
  /** Data points from the baseline on (baseline + comparable figures dated after it). */
  dataPoints: number;
  /** Annual growth between the first and last figure on/before the baseline date (when used for the projection). */
  historicalAnnualGrowth: number | null;
  /** deadline < asOf */
  deadlinePassed: boolean;
};

export const ON_TRACK_RATIO = 0.95;
export const ACCELERATION_NEEDED_RATIO = 0.6;

const EPSILON = 1e-12;

/** Annual rate to go from `from` to `to` over `years` (> 0). */
export function annualRate(from: number, to: number, years: number, mode: GrowthMode): number {
  return mode === 'compound' ? Math.pow(to / from, 1 / years) - 1 : (to - from) / years;
}

/** Value after `years` at annual `rate` starting from `from`. */
export function applyRate(from: number, rate: number, years: number, mode: GrowthMode): number {
  return mode === 'compound' ? from * Math.pow(1 + rate, years) : from + rate * years;
}

/** Maps a trajectory ratio R to a status (thresholds above). */
export function statusFromRatio(ratio: number): TrajectoryStatus {
  if (ratio >= ON_TRACK_RATIO) return 'on-track';
  if (ratio >= ACCELERATION_NEEDED_RATIO) return 'acceleration-needed';
  if (ratio >= 0) return 'limited-progress';
  return 'moving-away';
}

export function hasMetTarget(direction: Direction, value: number, target: number): boolean {
  return direction === 'up' ? value >= target : value <= target;
}

/**
 * Do a direction, a baseline and a target agree? A rising target must lie above its baseline,
 * a falling one below it. Null when they agree; otherwise which way the target should lie.
 */
export function directionProblem(direction: Direction, baseline: number, target: number): 'must-be-above' | 'must-be-below' | null {
  if (direction === 'up' && !(target > baseline)) return 'must-be-above';
  if (direction === 'down' && !(target < baseline)) return 'must-be-below';
  return null;
}

/** True when `to` is at least one calendar year after `from` (2022-12-31 -> 2023-12-31 is). */
export function atLeastAYear(from: string, to: string): boolean {
  return to >= addYearsIso(from, 1);
}

/**
 * Points from `start` to `endOn` following `rate`: the start, every 31 December strictly
 * between, and the end. Empty when `endOn` is not after `start.on`.
 */
export function pathPoints(start: Point, endOn: string, rate: number, mode: GrowthMode): Point[] {
  if (endOn <= start.on) return [];
  const points: Point[] = [{ on: start.on, value: start.value }];
  for (let y = yearOf(start.on); y <= yearOf(endOn); y++) {
    const on = `${String(y).padStart(4, '0')}-12-31`;
    if (on > start.on && on < endOn) {
      points.push({ on, value: applyRate(start.value, rate, yearsBetween(start.on, on), mode) });
    }
  }
  points.push({ on: endOn, value: applyRate(start.value, rate, yearsBetween(start.on, endOn), mode) });
  return points;
}

function byDate(a: Point, b: Point): number {
  return a.on < b.on ? -1 : a.on > b.on ? 1 : 0;
}

function used(o: ObservationPoint): UsedPoint {
  return { on: o.on, value: o.value, period: o.period ?? null, qualifier: o.qualifier ?? 'exact' };
}

/** What a figure proves about reaching the target: 'met', 'not-met', or 'unknown' (a bound on the wrong side). */
export function figureVerdict(
  direction: Direction,
  point: { value: number; qualifier: ValueQualifier },
  target: number,
): 'met' | 'not-met' | 'unknown' {
  const meets = hasMetTarget(direction, point.value, target);
  // "At least X" for a rising target: the truth is X or more.
  const lowerBound = point.qualifier === 'at-least';
  const upperBound = point.qualifier === 'at-most';
  if (!lowerBound && !upperBound) return meets ? 'met' : 'not-met';
  const boundTowardsTarget = direction === 'up' ? lowerBound : upperBound;
  if (boundTowardsTarget) return meets ? 'met' : 'unknown';
  return meets ? 'unknown' : 'not-met';
}

/** The period a figure covers, from its label; a figure without one covers its date only. */
function coverage(p: UsedPoint): { start: string; end: string; likeKey: string } {
  const parsed = p.period ? parsePeriod(p.period) : null;
  return parsed ? { start: parsed.start, end: p.on, likeKey: parsed.likeKey } : { start: p.on, end: p.on, likeKey: 'date' };
}

/** The kind of period the series is compared in: that of the baseline figure, else year or date. */
function seriesKey(baseline: Point | null, baselinePeriod: string | null | undefined, points: UsedPoint[]): string {
  const fromLabel = baselinePeriod ? parsePeriod(baselinePeriod)?.likeKey : undefined;
  if (fromLabel) return fromLabel;
  if (baseline) return baseline.on.endsWith('-12-31') ? 'year' : 'date';
  return points.some((p) => coverage(p).likeKey === 'year') ? 'year' : 'date';
}

export function computeTargetProgress(input: TargetInput): TargetProgress {
  const { direction, baseline, target, deadline, asOf } = input;
  const all = input.observations.map(used);
  const forecasts = all.filter((o) => o.qualifier === 'forecast').sort(byDate);
  // Stable sort: for two observations on the same date, the later one in the input wins.
  const measured = all.filter((o) => o.qualifier !== 'forecast' && o.on <= asOf).sort(byDate);
  const deadlinePassed = deadline !== null && deadline < asOf;

  const key = seriesKey(baseline, input.baselinePeriod, measured);
  const comparable = (p: UsedPoint) => {
    const k = coverage(p).likeKey;
    return key === 'date' || k === 'date' || k === key;
  };
  const series = measured.filter(comparable);
  const notComparable = measured.filter((p) => !comparable(p));

  // A bound on the wrong side proves nothing about progress either: it is drawn, not used.
  const informative = (p: UsedPoint) => !(p.qualifier === 'at-least' && direction === 'down') && !(p.qualifier === 'at-most' && direction === 'up');
  const afterBaseline = baseline ? series.filter((o) => o.on > baseline.on && informative(o)) : [];
  const onOrAfterBaseline = baseline ? series.filter((o) => o.on >= baseline.on && informative(o)) : series.filter(informative);
  const latestSource =
    onOrAfterBaseline.at(-1) ?? (baseline ? { ...baseline, period: input.baselinePeriod ?? null, qualifier: 'exact' as const } : null);
  const latest: UsedPoint | null = latestSource ? { ...latestSource } : null;
  const dataPoints = baseline ? 1 + afterBaseline.length : 0;
  const bounds = measured.filter((p) => p.qualifier === 'at-least' || p.qualifier === 'at-most');

  const inconsistent = baseline !== null && directionProblem(direction, baseline.value, target) !== null;

  // Reaching the target: on time (a figure for a period starting by the deadline) or late.
  const candidates = baseline ? series.filter((o) => o.on >= baseline.on) : series;
  const startsBy = (p: UsedPoint) => deadline === null || coverage(p).start <= deadline;
  const onTime = inconsistent ? undefined : candidates.find((p) => startsBy(p) && figureVerdict(direction, p, target) === 'met');
  const late = inconsistent || onTime ? undefined : candidates.find((p) => !startsBy(p) && figureVerdict(direction, p, target) === 'met');
  const metPoint = onTime ?? late ?? null;
  const fellBack = metPoint
    ? (candidates.filter((p) => p.on > metPoint.on && figureVerdict(direction, p, target) === 'not-met').at(-1) ?? null)
    : null;
  const fellBackTo =
    fellBack && candidates.filter((p) => p.on > fellBack.on).every((p) => figureVerdict(direction, p, target) !== 'met') ? fellBack : null;

  // The figure for the period that covers the deadline (the latest recorded if several).
  const deadlineFigure = deadline
    ? (candidates
        .filter((p) => {
          const c = coverage(p);
          return c.start <= deadline && deadline <= c.end;
        })
        .at(-1) ?? null)
    : null;

  const values = [target, baseline?.value, latest?.value];
  // Pre-announcement history, used for a projection only when nothing after the baseline exists.
  const history = baseline ? series.filter((o) => o.on <= baseline.on && informative(o)) : [];
  const historyFirst = history[0];
  const historyLast = history.at(-1);
  const useHistory =
    baseline !== null &&
    deadline !== null &&
    afterBaseline.length === 0 &&
    historyFirst !== undefined &&
    historyLast !== undefined &&
    atLeastAYear(historyFirst.on, historyLast.on);
  if (useHistory) values.push(historyFirst.value, historyLast.value);
  const growthMode: GrowthMode = values.some((v) => v !== undefined && v <= 0) ? 'linear' : 'compound';

  const share =
    baseline && latest && Math.abs(target - baseline.value) > EPSILON ? (latest.value - baseline.value) / (target - baseline.value) : null;

  const horizonOk = baseline !== null && deadline !== null && atLeastAYear(baseline.on, deadline);
  const requiredAnnualGrowth =
    baseline && deadline && horizonOk ? annualRate(baseline.value, target, yearsBetween(baseline.on, deadline), growthMode) : null;

  const spanOk = baseline !== null && latest !== null && atLeastAYear(baseline.on, latest.on);
  const observedAnnualGrowth =
    baseline && latest && spanOk ? annualRate(baseline.value, latest.value, yearsBetween(baseline.on, latest.on), growthMode) : null;

  const stillAhead = latest !== null && !hasMetTarget(direction, latest.value, target);
  const neededAnnualGrowthFromLatest =
    latest && deadline && !deadlinePassed && stillAhead && metPoint === null && atLeastAYear(latest.on, deadline)
      ? annualRate(latest.value, target, yearsBetween(latest.on, deadline), growthMode)
      : null;
  const neededChangeFromLatest = latest && !deadlinePassed && stillAhead && metPoint === null ? target - latest.value : null;

  const requiredIsZero = requiredAnnualGrowth !== null && Math.abs(requiredAnnualGrowth) < EPSILON;
  const ratio =
    requiredAnnualGrowth !== null && observedAnnualGrowth !== null && !requiredIsZero && !inconsistent
      ? observedAnnualGrowth / requiredAnnualGrowth
      : null;

  let status: TrajectoryStatus;
  let reason: StatusReason | null = null;
  let basis: UsedPoint | null = latest;
  let shortfall: number | null = null;
  const insufficient = (why: StatusReason): TrajectoryStatus => {
    reason = why;
    return 'insufficient-data';
  };
  if (inconsistent) status = insufficient('inconsistent-terms');
  else if (baseline && deadline && deadline <= baseline.on) status = insufficient('deadline-before-baseline');
  else if (onTime) {
    status = 'achieved';
    basis = onTime;
  } else if (deadlinePassed && late) {
    status = 'achieved-late';
    basis = late;
  } else if (deadlinePassed) {
    if (!deadlineFigure) status = insufficient('awaiting-deadline-figure');
    else if (figureVerdict(direction, deadlineFigure, target) === 'not-met') {
      status = 'missed';
      basis = deadlineFigure;
      shortfall = Math.abs(target - deadlineFigure.value);
    } else {
      status = insufficient('deadline-figure-is-a-bound');
      basis = deadlineFigure;
    }
  } else if (!baseline) status = insufficient('no-baseline');
  else if (!deadline) status = insufficient('no-deadline');
  else if (dataPoints < 2) status = insufficient('only-baseline');
  else if (!horizonOk) {
    status = 'too-early';
    reason = 'short-horizon';
  } else if (observedAnnualGrowth === null || requiredAnnualGrowth === null) {
    status = 'too-early';
    reason = 'under-a-year';
  } else if (requiredIsZero) status = (direction === 'up' ? observedAnnualGrowth >= 0 : observedAnnualGrowth <= 0) ? 'on-track' : 'moving-away';
  else status = statusFromRatio(ratio ?? 0);

  // Drawing only: the straight run from the baseline to the target, whatever its length.
  const drawingRate =
    baseline && deadline && deadline > baseline.on ? annualRate(baseline.value, target, yearsBetween(baseline.on, deadline), growthMode) : null;
  const requiredPath = baseline && deadline && drawingRate !== null && !inconsistent ? pathPoints(baseline, deadline, drawingRate, growthMode) : [];
  // The path ends exactly on the target, free of floating-point drift.
  const requiredEnd = requiredPath.at(-1);
  if (requiredEnd) requiredEnd.value = target;

  let projectionBasis: ProjectionBasis | null = null;
  let projectionPath: Point[] = [];
  let historicalAnnualGrowth: number | null = null;
  if (deadline && latest && afterBaseline.length > 0 && observedAnnualGrowth !== null) {
    projectionPath = pathPoints(latest, deadline, observedAnnualGrowth, growthMode);
    if (projectionPath.length > 0) projectionBasis = 'since-baseline';
  } else if (useHistory) {
    historicalAnnualGrowth = annualRate(historyFirst.value, historyLast.value, yearsBetween(historyFirst.on, historyLast.on), growthMode);
    projectionPath = pathPoints(historyLast, deadline, historicalAnnualGrowth, growthMode);
    if (projectionPath.length > 0) projectionBasis = 'historical-trend';
  }
  const projectionAtDeadline = projectionPath.at(-1) ?? null;

  return {
    latest,
    share,
    requiredAnnualGrowth,
    observedAnnualGrowth,
    neededAnnualGrowthFromLatest,
    neededChangeFromLatest,
    growthMode,
    ratio,
    status,
    reason,
    basis,
    projectionAtDeadline,
    projectionBasis,
    requiredPath,
    projectionPath,
    met: metPoint !== null,
    metOn: metPoint?.on ?? null,
    deadlineFigure,
    shortfall,
    fellBackTo,
    forecasts,
    bounds,
    notComparable,
    likePeriod: likePeriodComparison(notComparable, measured, growthMode),
    direction,
    baseline,
    target,
    deadline,
    dataPoints,
    historicalAnnualGrowth,
    deadlinePassed,
  };
}

/** The latest part-year figure beside the same part of the year before, when one is recorded. */
function likePeriodComparison(notComparable: UsedPoint[], measured: UsedPoint[], mode: GrowthMode): LikePeriodComparison | null {
  const point = notComparable.at(-1);
  if (!point?.period) return null;
  const before = samePeriodYearBefore(point.period);
  const yearBefore = before ? (measured.filter((p) => p.period?.toUpperCase() === before).at(-1) ?? null) : null;
  const change =
    yearBefore === null
      ? null
      : mode === 'compound' && yearBefore.value > 0 && point.value > 0
        ? point.value / yearBefore.value - 1
        : point.value - yearBefore.value;
  return { point, yearBefore, change };
}
