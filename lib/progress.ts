// Progress engine for numeric `target` commitments (pure; see DESIGN.md "Progress engine").
//
// Everything is computed from the baseline, the target in force and the observations;
// "today" is the `asOf` argument, never the clock.
//
// Growth arithmetic
//   compound mode (baseline, latest and target all > 0):
//     required  = (target / baseline) ^ (1 / years(baseline -> deadline)) - 1
//     observed  = (latest / baseline) ^ (1 / years(baseline -> latest))   - 1
//     needed    = (target / latest)   ^ (1 / years(latest   -> deadline)) - 1
//   linear mode (any of those <= 0, where ratios and roots are meaningless):
//     the same three rates as absolute change per year, e.g. (target - baseline) / years.
//   Years are calendar days / 365.25 (lib/dates.ts).
//
// Trajectory status (UN SDG national reporting platform style), R = observed / required.
// For falling targets both rates are negative, so R is positive when moving the right way.
//   latest reached the target (>= for 'up', <= for 'down') -> achieved
//   no baseline, no deadline, deadline not after the baseline,
//   or fewer than two data points from the baseline on       -> insufficient-data
//     (the baseline is one point; each observation dated after the baseline date is another)
//   R >= 0.95                                                -> on-track
//   0.6 <= R < 0.95                                          -> acceleration-needed
//   0 <= R < 0.6                                             -> limited-progress
//   R < 0                                                    -> moving-away
//   Special case, required rate 0 (target == baseline) and not met: R is undefined (ratio
//   null); the status is on-track when the observed change points the target's way
//   (>= 0 for 'up', <= 0 for 'down'), moving-away otherwise. In practice "not met" implies
//   the value has gone the wrong way, so this yields moving-away.
//   The status is still computed after the deadline has passed.
//
// Observations dated after `asOf` are ignored (they cannot be known "as of" that day).

import type { Direction, TrajectoryStatus } from './domain';
import { yearOf, yearsBetween } from './dates';

export type Point = { on: string; value: number }; // on = ISO date (end of period)

export type TargetInput = {
  direction: Direction;
  baseline: Point | null;
  target: number;
  deadline: string | null;
  /** Preferred observations, any order; may include history before the baseline date. */
  observations: Point[];
  asOf: string;
};

export type GrowthMode = 'compound' | 'linear';
export type ProjectionBasis = 'since-baseline' | 'historical-trend';

export type TargetProgress = {
  /** Latest observation dated on/after the baseline date; the baseline itself when there is none. Without a baseline: the latest observation. */
  latest: Point | null;
  /** (latest - baseline) / (target - baseline), not clamped. */
  share: number | null;
  requiredAnnualGrowth: number | null;
  observedAnnualGrowth: number | null;
  /** Rate needed from the latest value to reach the target on time; null once the deadline has passed. */
  neededAnnualGrowthFromLatest: number | null;
  growthMode: GrowthMode;
  /** R = observed / required. */
  ratio: number | null;
  status: TrajectoryStatus;
  projectionAtDeadline: Point | null;
  projectionBasis: ProjectionBasis | null;
  /** Baseline -> deadline along the required path: both ends plus every 31 December in between. */
  requiredPath: Point[];
  /** Projection start (latest or last historical point) -> deadline, same point scheme. */
  projectionPath: Point[];
  met: boolean;

  // Extra context (echoed inputs and intermediate results) so callers such as
  // describeTrajectory need nothing else.
  direction: Direction;
  baseline: Point | null;
  target: number;
  deadline: string | null;
  /** Data points from the baseline on (baseline + observations dated after it). */
  dataPoints: number;
  /** Annual growth between the first and last observation on/before the baseline date (when used for the projection). */
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

export function computeTargetProgress(input: TargetInput): TargetProgress {
  const { direction, baseline, target, deadline, asOf } = input;
  // Stable sort: for two observations on the same date, the later one in the input wins.
  const observations = input.observations.filter((o) => o.on <= asOf).sort(byDate);
  const deadlinePassed = deadline !== null && deadline < asOf;

  const afterBaseline = baseline ? observations.filter((o) => o.on > baseline.on) : [];
  const onOrAfterBaseline = baseline ? observations.filter((o) => o.on >= baseline.on) : observations;
  const latestSource = onOrAfterBaseline.at(-1) ?? baseline;
  const latest: Point | null = latestSource ? { on: latestSource.on, value: latestSource.value } : null;
  const dataPoints = baseline ? 1 + afterBaseline.length : 0;
  const met = latest !== null && hasMetTarget(direction, latest.value, target);

  // Pre-announcement history, used for a projection only when nothing after the baseline exists.
  const history = baseline ? observations.filter((o) => o.on <= baseline.on) : [];
  const historyFirst = history[0];
  const historyLast = history.at(-1);
  const useHistory =
    baseline !== null &&
    deadline !== null &&
    afterBaseline.length === 0 &&
    historyFirst !== undefined &&
    historyLast !== undefined &&
    yearsBetween(historyFirst.on, historyLast.on) > 0;

  const values = [target, baseline?.value, latest?.value];
  if (useHistory) values.push(historyFirst.value, historyLast.value);
  const growthMode: GrowthMode = values.some((v) => v !== undefined && v <= 0) ? 'linear' : 'compound';

  const share =
    baseline && latest && Math.abs(target - baseline.value) > EPSILON
      ? (latest.value - baseline.value) / (target - baseline.value)
      : null;

  const yearsToDeadline = baseline && deadline ? yearsBetween(baseline.on, deadline) : null;
  const requiredAnnualGrowth =
    baseline && yearsToDeadline !== null && yearsToDeadline > 0
      ? annualRate(baseline.value, target, yearsToDeadline, growthMode)
      : null;

  const yearsElapsed = baseline && latest ? yearsBetween(baseline.on, latest.on) : null;
  const observedAnnualGrowth =
    baseline && latest && yearsElapsed !== null && yearsElapsed > 0
      ? annualRate(baseline.value, latest.value, yearsElapsed, growthMode)
      : null;

  const yearsLeft = latest && deadline ? yearsBetween(latest.on, deadline) : null;
  const neededAnnualGrowthFromLatest =
    latest && !deadlinePassed && yearsLeft !== null && yearsLeft > 0
      ? annualRate(latest.value, target, yearsLeft, growthMode)
      : null;

  const requiredIsZero = requiredAnnualGrowth !== null && Math.abs(requiredAnnualGrowth) < EPSILON;
  const ratio =
    requiredAnnualGrowth !== null && observedAnnualGrowth !== null && !requiredIsZero
      ? observedAnnualGrowth / requiredAnnualGrowth
      : null;

  let status: TrajectoryStatus;
  if (met) status = 'achieved';
  else if (!baseline || !deadline || dataPoints < 2 || requiredAnnualGrowth === null || observedAnnualGrowth === null)
    status = 'insufficient-data';
  else if (requiredIsZero)
    status = (direction === 'up' ? observedAnnualGrowth >= 0 : observedAnnualGrowth <= 0) ? 'on-track' : 'moving-away';
  else status = statusFromRatio(ratio ?? 0);

  const requiredPath =
    baseline && deadline && requiredAnnualGrowth !== null
      ? pathPoints(baseline, deadline, requiredAnnualGrowth, growthMode)
      : [];
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
    historicalAnnualGrowth = annualRate(
      historyFirst.value,
      historyLast.value,
      yearsBetween(historyFirst.on, historyLast.on),
      growthMode,
    );
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
    growthMode,
    ratio,
    status,
    projectionAtDeadline,
    projectionBasis,
    requiredPath,
    projectionPath,
    met,
    direction,
    baseline,
    target,
    deadline,
    dataPoints,
    historicalAnnualGrowth,
    deadlinePassed,
  };
}
