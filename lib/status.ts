// Status helpers shared by the pages: stage progress, overdue / stale flags, the check of
// the editors' verdict against the computed trajectory, and a plain-English summary of a
// target's trajectory for chart text alternatives. Pure; "today" is always `asOf`.

import {
  STAGES,
  TRAJECTORY_LABELS,
  type CommitmentKind,
  type Stage,
  type StagedKind,
  type TrajectoryStatus,
  type Verdict,
} from './domain';
import { daysBetween, yearOf } from './dates';
import { formatPercent, formatValue } from './format';
import type { Point, TargetProgress } from './progress';

/** Verdicts after which nothing more is expected of a commitment. */
export const FINAL_VERDICTS: readonly Verdict[] = ['achieved', 'achieved-late', 'missed', 'dropped'];

/** Verdicts that close a commitment without it being overdue ('missed' stays overdue). */
const NOT_OVERDUE_VERDICTS: readonly Verdict[] = ['achieved', 'achieved-late', 'dropped'];

const ACHIEVED_VERDICTS: readonly Verdict[] = ['achieved', 'achieved-late'];

/**
 * Progress along a staged kind's ladder: index / (length - 1), so the first stage is 0 and
 * the last is 1. Null when there is no stage or it is not on that kind's ladder.
 */
export function stageProgress(kind: StagedKind, stage: Stage | null): number | null {
  if (stage === null) return null;
  const ladder: readonly Stage[] = STAGES[kind];
  const index = ladder.indexOf(stage);
  if (index < 0) return null;
  return ladder.length > 1 ? index / (ladder.length - 1) : 1;
}

/**
 * Overdue = the deadline has passed (deadline < asOf; the deadline day itself is not
 * overdue) and the verdict is not achieved, achieved-late or dropped. A 'missed'
 * commitment is overdue.
 */
export function isOverdue(a: { deadline: string | null; verdict: Verdict; asOf: string }): boolean {
  if (a.deadline === null) return false;
  return a.deadline < a.asOf && !NOT_OVERDUE_VERDICTS.includes(a.verdict);
}

/**
 * Stale = more than `staleAfterDays` days since the last update (or, with no update, since
 * the announcement; if both exist the later one counts). Never stale once the verdict is
 * final (achieved, achieved-late, missed, dropped).
 */
export function isStale(a: {
  lastUpdateOn: string | null;
  announcedOn: string;
  verdict: Verdict;
  asOf: string;
  staleAfterDays: number;
}): boolean {
  if (FINAL_VERDICTS.includes(a.verdict)) return false;
  const since =
    a.lastUpdateOn !== null && a.lastUpdateOn > a.announcedOn ? a.lastUpdateOn : a.announcedOn;
  return daysBetween(since, a.asOf) > a.staleAfterDays;
}

/**
 * Does the editors' verdict contradict the computed trajectory status?
 *
 *   computed                   | verdict                          | disagrees
 *   ---------------------------+----------------------------------+----------
 *   null / insufficient-data   | any                              | no
 *   achieved                   | not achieved / achieved-late     | yes
 *   anything but achieved      | achieved / achieved-late         | yes
 *   moving-away                | in-progress / not-started        | yes
 *   on-track                   | stalled / missed                 | yes
 *   otherwise                  |                                  | no
 */
export function verdictDisagrees(verdict: Verdict, computed: TrajectoryStatus | null): boolean {
  if (computed === null || computed === 'insufficient-data') return false;
  const verdictAchieved = ACHIEVED_VERDICTS.includes(verdict);
  if (computed === 'achieved') return !verdictAchieved;
  if (verdictAchieved) return true;
  if (computed === 'moving-away') return verdict === 'in-progress' || verdict === 'not-started';
  if (computed === 'on-track') return verdict === 'stalled' || verdict === 'missed';
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
 * its share cannot be computed (target equal to baseline).
 */
export function progressFor(c: {
  kind: CommitmentKind;
  stage?: Stage | null;
  progress?: TargetProgress | null;
}): DisplayProgress {
  if (c.kind === 'target') {
    const raw = c.progress?.share ?? null;
    return { raw, display: c.progress?.met ? 1 : clampShare(raw) };
  }
  const value = stageProgress(c.kind, c.stage ?? null);
  return { raw: value, display: value };
}

// ---------------------------------------------------------------------------
// Plain-English trajectory summary

/** Values in sentences: 3 significant digits (19.08 -> '19.1'), then the unit. */
function valueText(v: number, unit: string): string {
  return formatValue(v, unit, undefined, { significant: 3 });
}

function formatSigned(v: number, unit: string): string {
  const s = valueText(v, unit);
  return v > 0 ? `+${s}` : s;
}

function pointText(p: Point, unit: string): string {
  return `${valueText(p.value, unit)} (${yearOf(p.on)})`;
}

/**
 * One sentence summarising a target's trajectory, e.g.
 * "The latest figure, $11.2 bn (2023), is 13.6% of the way from the baseline of $10.6 bn to
 * the target of $15 bn; growth of 5.7% a year against 7.2% needed: acceleration needed."
 */
export function describeTrajectory(p: TargetProgress, unit: string): string {
  const status = TRAJECTORY_LABELS[p.status].toLowerCase();
  const target = `the target of ${valueText(p.target, unit)}`;
  const byDeadline = p.deadline ? ` by ${yearOf(p.deadline)}` : '';
  const { latest, baseline } = p;

  if (latest === null) {
    return `No figures have been recorded yet against ${target}${byDeadline}: ${status}.`;
  }

  if (baseline === null) {
    const where = p.met ? `has reached ${target}` : `compares with ${target}${byDeadline}`;
    const why = p.met ? '' : '; without a baseline, progress cannot be measured';
    return `The latest figure, ${pointText(latest, unit)}, ${where}${why}: ${status}.`;
  }

  const fromBaseline = `the baseline of ${valueText(baseline.value, unit)}`;

  if (p.met) {
    const from = p.direction === 'down' ? 'down from' : 'up from';
    return `The latest figure, ${pointText(latest, unit)}, has reached ${target}, ${from} ${fromBaseline}: ${status}.`;
  }

  if (p.dataPoints < 2) {
    let s = `Only ${fromBaseline} (${yearOf(baseline.on)}) is available against ${target}${byDeadline}`;
    if (p.projectionBasis === 'historical-trend' && p.projectionAtDeadline) {
      s += `; if the pre-announcement trend continued, the figure would be ${pointText(p.projectionAtDeadline, unit)}`;
    }
    return `${s}: ${status}.`;
  }

  const where =
    p.share !== null
      ? `is ${formatPercent(p.share)} of the way from ${fromBaseline} to ${target}`
      : `compares with ${fromBaseline} and ${target}`;

  let rates = '';
  const observed = p.observedAnnualGrowth;
  const required = p.requiredAnnualGrowth;
  if (observed !== null) {
    if (p.growthMode === 'compound' && p.direction === 'up') {
      rates = `growth of ${formatPercent(observed)} a year`;
      if (required !== null) rates += ` against ${formatPercent(required)} needed`;
    } else if (p.growthMode === 'compound') {
      rates = `change of ${formatPercent(observed, { signed: true })} a year`;
      if (required !== null) rates += ` against ${formatPercent(required, { signed: true })} needed`;
    } else {
      rates = `change of ${formatSigned(observed, unit)} a year`;
      if (required !== null) rates += ` against ${formatSigned(required, unit)} needed`;
    }
  }
  const notes: string[] = [];
  if (rates) notes.push(rates);
  if (p.deadline === null) notes.push('no deadline is set');
  else if (p.deadlinePassed) notes.push(`the ${yearOf(p.deadline)} deadline has passed`);

  return `The latest figure, ${pointText(latest, unit)}, ${where}${notes.map((n) => `; ${n}`).join('')}: ${status}.`;
}
