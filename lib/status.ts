// Status helpers shared by the pages: stage progress, overdue / stale flags, the check of
// the editors' verdict against the computed trajectory, and a summary in words of a
// target's trajectory for chart text alternatives. Pure; "today" is always `asOf`.

import {
  STAGES,
  type CommitmentKind,
  type Stage,
  type StagedKind,
  type TrajectoryStatus,
  type Verdict,
} from './domain';
import { daysBetween, yearOf } from './dates';
import { formatPercent, formatValue } from './format';
import type { TargetProgress } from './progress';

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
// Trajectory summary in words (the text alternative of every trajectory chart)

/** The sentences and clauses of a summary: messages 'charts.summary.*' in every language. */
export type SummaryMessage =
  | 'noFigures'
  | 'noBaselineMet'
  | 'noBaseline'
  | 'met'
  | 'onlyBaseline'
  | 'progress'
  | 'growth'
  | 'change'
  | 'noDeadline'
  | 'deadlinePassed';

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
 * One sentence summarising a target's trajectory, e.g. in English
 * "The latest figure, $11.2 bn (2023), is 13.6% of the way from the baseline of $10.6 bn to
 * the target of $15 bn; growth of 5.7% a year against 7.2% needed: acceleration needed."
 * Which facts are stated is decided here; how they read is up to each language's messages.
 */
export function describeTrajectory(p: TargetProgress, unit: string, words: SummaryWords): string {
  const { locale, t } = words;
  // Values in sentences: 3 significant digits (19.08 -> '19.1'), then the unit.
  const value = (v: number) => formatValue(v, unit, locale, { significant: 3, unitLabel: words.unitLabel });
  const signed = (v: number) => (v > 0 ? `+${value(v)}` : value(v));
  const status = words.statusLabels[p.status].toLocaleLowerCase(locale);
  const deadline = p.deadline ? String(yearOf(p.deadline)) : NONE;
  const common = { status, target: value(p.target), deadline };
  const { latest, baseline } = p;

  if (latest === null) return t('noFigures', common);

  const latestValues = { ...common, latest: value(latest.value), latestYear: String(yearOf(latest.on)) };
  if (baseline === null) return t(p.met ? 'noBaselineMet' : 'noBaseline', latestValues);

  const baselineValues = { ...latestValues, baseline: value(baseline.value), baselineYear: String(yearOf(baseline.on)) };
  if (p.met) return t('met', { ...baselineValues, direction: p.direction });

  if (p.dataPoints < 2) {
    const projection = p.projectionBasis === 'historical-trend' ? p.projectionAtDeadline : null;
    return t('onlyBaseline', {
      ...baselineValues,
      projection: projection ? value(projection.value) : NONE,
      projectionYear: projection ? String(yearOf(projection.on)) : NONE,
    });
  }

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
  const deadlineNote =
    p.deadline === null ? t('noDeadline', {}) : p.deadlinePassed ? t('deadlinePassed', { deadline }) : '';

  return t('progress', {
    ...baselineValues,
    share: p.share !== null ? formatPercent(p.share, { locale }) : NONE,
    rates,
    deadlineNote,
  });
}
