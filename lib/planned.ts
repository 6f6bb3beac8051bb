/**
 * Planned completion dates of projects, agreements and decisions. Many commitments were
 * announced without a deadline, but the builders or ministries then said when they expect to
 * finish ("to be completed in 2025"), and later moved that date. Each statement is recorded
 * with its source (db table planned_dates, append-only); this module reads the history.
 *
 * "Delayed" is derived, never set by hand: the planned date moved later than first planned,
 * or it passed without the commitment being completed.
 */

export type PlannedDate = {
  id: number;
  /** When the source gave this date (the as-of day of the statement). */
  statedOn: string;
  /** The planned completion, as a date ('2025-12-31' for "in 2025"). */
  plannedOn: string;
  /** The words of the source, e.g. "by the end of 2025". */
  plannedText: string | null;
};

export type PlannedHistory = {
  /** The date planned in the latest statement (by `statedOn` up to `asOf`). */
  current: PlannedDate | null;
  /** The first statement on record. */
  first: PlannedDate | null;
  /** Every statement that moved the date, in order, with the date before it. */
  moves: { from: PlannedDate; to: PlannedDate; later: boolean }[];
  /** The latest planned date is later than the first one. */
  movedLater: boolean;
};

function byStatement(a: PlannedDate, b: PlannedDate): number {
  return a.statedOn === b.statedOn ? a.id - b.id : a.statedOn < b.statedOn ? -1 : 1;
}

/** The history of planned dates known by the end of `asOf` (all when omitted). */
export function plannedHistory(dates: readonly PlannedDate[], asOf?: string): PlannedHistory {
  const known = dates.filter((d) => asOf === undefined || d.statedOn <= asOf).sort(byStatement);
  const moves: PlannedHistory['moves'] = [];
  for (let i = 1; i < known.length; i++) {
    const from = known[i - 1]!;
    const to = known[i]!;
    if (to.plannedOn !== from.plannedOn) moves.push({ from, to, later: to.plannedOn > from.plannedOn });
  }
  const first = known[0] ?? null;
  const current = known.at(-1) ?? null;
  return { current, first, moves, movedLater: first !== null && current !== null && current.plannedOn > first.plannedOn };
}
