/**
 * A numeric target assessed on one day: the terms in force that day (revisions apply from
 * their own date), the progress against them, and, once the terms were revised, the progress
 * against the original terms beside it, so a raised goal never hides how the first one fared.
 * The one place the pages, the API, the report and the cached columns get these from.
 */
import type { Direction, ValueQualifier } from './domain';
import { computeTargetProgress, type TargetProgress } from './progress';
import { resolveBaseline, termsInForce, termsSegments, type Revision, type TermsInForce, type TermsSegment } from './revisions';
import type { Point } from './progress';

export type TargetTerms = {
  direction: Direction | null;
  baselineValue: number | null;
  baselineOn: string | null;
  baselinePeriod: string | null;
  targetValue: number | null;
  targetMultiple: number | null;
  deadlineOn: string | null;
  deadlineText: string | null;
};

export type Figure = { period: string; periodEnd: string; value: number; qualifier: ValueQualifier; preferred: boolean };

export type TargetAssessment = {
  /** The announced baseline (resolved from the series when given as a period). */
  originalBaseline: Point | null;
  terms: TermsInForce;
  original: TermsInForce;
  /** Null while the target itself is unknown (a multiple of a baseline not yet recorded). */
  progress: TargetProgress | null;
  /** Against the original terms; only once a revision is in force. */
  originalProgress: TargetProgress | null;
  segments: TermsSegment[];
  revised: boolean;
};

export function assessTarget(c: TargetTerms, revisions: readonly Revision[], figures: readonly Figure[], asOf: string): TargetAssessment {
  const originalBaseline = resolveBaseline(c, figures);
  const terms = termsInForce(c, revisions, asOf, originalBaseline);
  const original = termsInForce(c, [], asOf, originalBaseline);
  const observations = figures.filter((f) => f.preferred).map((f) => ({ on: f.periodEnd, value: f.value, period: f.period, qualifier: f.qualifier }));
  const direction = c.direction ?? 'up';
  const progressFor = (t: TermsInForce, baselinePeriod: string | null) =>
    t.targetValue === null
      ? null
      : computeTargetProgress({ direction, baseline: t.baseline, baselinePeriod, target: t.targetValue, deadline: t.deadlineOn, observations, asOf });
  const revised = terms.revisionId !== null;
  const progress = progressFor(terms, terms.baselineRevisedOn ? null : c.baselinePeriod);
  const originalProgress = revised ? progressFor(original, c.baselinePeriod) : null;
  return {
    originalBaseline,
    terms,
    original,
    progress,
    originalProgress,
    segments: termsSegments(c, revisions, asOf, originalBaseline),
    revised,
  };
}
