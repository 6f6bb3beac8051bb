/**
 * Which target and deadline are in force, given the original announcement and the
 * later revisions (leaders raise or move goals). Revisions apply in date order; a
 * revision that leaves a field null keeps the value before it.
 */
export type OriginalTerms = {
  targetValue: number | null;
  deadlineOn: string | null;
  deadlineText: string | null;
};

export type Revision = {
  id: number;
  revisedOn: string;
  newTargetValue: number | null;
  newDeadlineOn: string | null;
  newDeadlineText: string | null;
};

export type TermsInForce = OriginalTerms & {
  /** The revision that set the current terms, or null when the original terms hold. */
  revisionId: number | null;
};

export function termsInForce(original: OriginalTerms, revisions: readonly Revision[], asOf?: string): TermsInForce {
  const ordered = [...revisions]
    .filter((r) => asOf === undefined || r.revisedOn <= asOf)
    .sort((a, b) => (a.revisedOn === b.revisedOn ? a.id - b.id : a.revisedOn < b.revisedOn ? -1 : 1));
  let terms: TermsInForce = { ...original, revisionId: null };
  for (const r of ordered) {
    terms = {
      targetValue: r.newTargetValue ?? terms.targetValue,
      deadlineOn: r.newDeadlineOn ?? terms.deadlineOn,
      deadlineText: r.newDeadlineOn || r.newDeadlineText ? r.newDeadlineText : terms.deadlineText,
      revisionId: r.id,
    };
  }
  return terms;
}
