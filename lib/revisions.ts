/**
 * Which terms (target, deadline, baseline) are in force on a given day, given the original
 * announcement and the later revisions (leaders raise or move goals; editors re-baseline
 * when a better figure for the baseline appears). Revisions apply in date order and only
 * from their own date: one dated in the future changes nothing until that day comes.
 * A revision that leaves a field empty keeps the value before it, and does not count as
 * revising that field.
 */
import type { Point } from './progress';

export type OriginalTerms = {
  targetValue: number | null;
  deadlineOn: string | null;
  deadlineText: string | null;
};

/** The announced baseline, possibly defined as "the figure for period P" of the series. */
export type BaselineTerms = {
  baselineValue: number | null;
  baselineOn: string | null;
  /** When set, the baseline is the preferred figure of the series for this period. */
  baselinePeriod?: string | null;
  /** When set, the target is this multiple of the baseline ("fivefold"). */
  targetMultiple?: number | null;
};

export type Revision = {
  id: number;
  revisedOn: string;
  newTargetValue: number | null;
  newDeadlineOn: string | null;
  newDeadlineText: string | null;
  newBaselineValue?: number | null;
  newBaselineOn?: string | null;
};

export type TermsInForce = OriginalTerms & {
  /** The revision that set the current terms, or null when the original terms hold. */
  revisionId: number | null;
  /** The baseline in force (the original one unless a revision re-baselined). */
  baseline: Point | null;
  /** When the target, the deadline or the baseline was last revised; null = as announced. */
  targetRevisedOn: string | null;
  deadlineRevisedOn: string | null;
  baselineRevisedOn: string | null;
};

/** A figure the baseline may be read from: its period, end date, value and exactness. */
export type BaselineCandidate = { period: string; periodEnd: string; value: number; preferred: boolean; qualifier: string };

/**
 * The announced baseline as a point: given directly (value and date), or as the preferred,
 * non-forecast figure of the series for `baselinePeriod`. Null while that figure is not recorded.
 */
export function resolveBaseline(terms: BaselineTerms, figures: readonly BaselineCandidate[]): Point | null {
  if (terms.baselinePeriod) {
    const period = terms.baselinePeriod.toUpperCase();
    const figure = figures.find((f) => f.preferred && f.period.toUpperCase() === period && f.qualifier !== 'forecast');
    return figure ? { on: figure.periodEnd, value: figure.value } : null;
  }
  return terms.baselineValue !== null && terms.baselineOn !== null ? { on: terms.baselineOn, value: terms.baselineValue } : null;
}

/** The announced target: a value, or a multiple of the baseline (null until the baseline is known). */
export function originalTarget(terms: { targetValue: number | null; targetMultiple?: number | null }, baseline: Point | null): number | null {
  if (terms.targetMultiple !== null && terms.targetMultiple !== undefined) {
    return baseline ? roundFigure(terms.targetMultiple * baseline.value) : null;
  }
  return terms.targetValue;
}

/** Products like 5 × 2.764 are kept to 10 significant digits, so 13.82 never prints as 13.820000000000002. */
function roundFigure(v: number): number {
  return Number(v.toPrecision(10));
}

function inDateOrder(revisions: readonly Revision[], asOf: string | undefined): Revision[] {
  return [...revisions]
    .filter((r) => asOf === undefined || r.revisedOn <= asOf)
    .sort((a, b) => (a.revisedOn === b.revisedOn ? a.id - b.id : a.revisedOn < b.revisedOn ? -1 : 1));
}

/**
 * The terms in force at the end of `asOf` (all revisions when omitted). `baseline` is the
 * resolved original baseline (resolveBaseline); `targetMultiple` makes the target follow a
 * re-baseline until a revision sets a target of its own.
 */
export function termsInForce(
  original: OriginalTerms & { targetMultiple?: number | null },
  revisions: readonly Revision[],
  asOf?: string,
  baseline: Point | null = null,
): TermsInForce {
  let terms: TermsInForce = {
    targetValue: original.targetMultiple != null ? originalTarget(original, baseline) : original.targetValue,
    deadlineOn: original.deadlineOn,
    deadlineText: original.deadlineText,
    revisionId: null,
    baseline,
    targetRevisedOn: null,
    deadlineRevisedOn: null,
    baselineRevisedOn: null,
  };
  let targetFollowsBaseline = original.targetMultiple != null;
  for (const r of inDateOrder(revisions, asOf)) {
    const rebased = r.newBaselineValue != null && r.newBaselineOn != null ? { on: r.newBaselineOn, value: r.newBaselineValue } : null;
    const deadlineRevised = Boolean(r.newDeadlineOn || r.newDeadlineText);
    if (r.newTargetValue !== null) targetFollowsBaseline = false;
    const nextBaseline = rebased ?? terms.baseline;
    const followed =
      targetFollowsBaseline && rebased && original.targetMultiple != null ? roundFigure(original.targetMultiple * rebased.value) : null;
    const nextTarget = r.newTargetValue ?? followed ?? terms.targetValue;
    terms = {
      targetValue: nextTarget,
      deadlineOn: r.newDeadlineOn ?? terms.deadlineOn,
      deadlineText: deadlineRevised ? r.newDeadlineText : terms.deadlineText,
      revisionId: r.id,
      baseline: nextBaseline,
      // A revision that restates the target unchanged does not revise it.
      targetRevisedOn: nextTarget !== terms.targetValue ? r.revisedOn : terms.targetRevisedOn,
      deadlineRevisedOn: deadlineRevised ? r.revisedOn : terms.deadlineRevisedOn,
      baselineRevisedOn: rebased ? r.revisedOn : terms.baselineRevisedOn,
    };
  }
  return terms;
}

/** One stretch of time under one set of terms, for drawing targets as steps. */
export type TermsSegment = {
  /** First day these terms apply (null: from the start of the chart). */
  from: string | null;
  /** Day the next revision takes effect (null: to the end of the chart). */
  to: string | null;
  targetValue: number | null;
  deadlineOn: string | null;
  baseline: Point | null;
  /** The revision that opened this segment; null for the announced terms. */
  revisionId: number | null;
};

/**
 * The terms as a sequence of segments, one per revision in force by `asOf` plus the original:
 * the chart draws the original target until the first revision, the revised one after it.
 */
export function termsSegments(
  original: OriginalTerms & { targetMultiple?: number | null },
  revisions: readonly Revision[],
  asOf: string,
  baseline: Point | null,
): TermsSegment[] {
  const ordered = inDateOrder(revisions, asOf);
  const segments: TermsSegment[] = [];
  const first = termsInForce(original, [], asOf, baseline);
  segments.push({
    from: null,
    to: ordered[0]?.revisedOn ?? null,
    targetValue: first.targetValue,
    deadlineOn: first.deadlineOn,
    baseline,
    revisionId: null,
  });
  ordered.forEach((r, i) => {
    const terms = termsInForce(original, ordered.slice(0, i + 1), asOf, baseline);
    segments.push({
      from: r.revisedOn,
      to: ordered[i + 1]?.revisedOn ?? null,
      targetValue: terms.targetValue,
      deadlineOn: terms.deadlineOn,
      baseline: terms.baseline,
      revisionId: r.id,
    });
  });
  return segments;
}
