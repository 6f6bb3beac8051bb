// "What changed between two days" (issue 16, part 2): the commitments whose computed status
// moved between two moments, field by field. Pure: the two sides are read elsewhere (live, or
// rewound with db/rewind.ts) and the entries recorded in between are attached by the caller.

export type CommitmentState<L extends string = string> = {
  slug: string;
  commitmentTitle: string;
  commitmentTitleLocale: L;
  kind: string;
  verdict: string;
  stage: string | null;
  progress: number | null;
  trajectory: string | null;
  targetInForce: number | null;
  deadline: string | null;
  plannedOn: string | null;
  unit: string | null;
};

export const COMPARED_FIELDS = ['verdict', 'stage', 'progress', 'trajectory', 'targetInForce', 'deadline', 'plannedOn'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type FieldMove = { field: ComparedField; from: string | number | null; to: string | number | null };

export type CommitmentMove<L extends string = string> = {
  slug: string;
  title: string;
  titleLocale: L;
  unit: string | null;
  /** Not in the tracker at the first moment. */
  added: boolean;
  moves: FieldMove[];
};

/** Progress is a share with float noise: a move smaller than a tenth of a percentage point is none. */
function same(field: ComparedField, a: unknown, b: unknown): boolean {
  if (field === 'progress' && typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 0.001;
  return a === b;
}

/** The commitments that moved from `before` to `after`, in the order of `after`; `before` null = nothing existed yet. */
export function diffStates<L extends string>(before: CommitmentState<L>[] | null, after: CommitmentState<L>[]): CommitmentMove<L>[] {
  const then = new Map((before ?? []).map((s) => [s.slug, s]));
  const out: CommitmentMove<L>[] = [];
  for (const now of after) {
    const old = then.get(now.slug);
    const moves: FieldMove[] = [];
    for (const field of COMPARED_FIELDS) {
      const from = old ? old[field] : null;
      const to = now[field];
      if (old ? !same(field, from, to) : to !== null) moves.push({ field, from, to });
    }
    if (!old || moves.length > 0) {
      out.push({
        slug: now.slug,
        title: now.commitmentTitle,
        titleLocale: now.commitmentTitleLocale,
        unit: now.unit,
        added: !old,
        moves: old ? moves : [],
      });
    }
  }
  return out;
}
