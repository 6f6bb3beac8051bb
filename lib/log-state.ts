/**
 * What the append-only update log says now: the verdict and the stage in force.
 *
 *   - A correction replaces the entry it points at; corrected entries no longer count.
 *   - The verdict is that of the newest remaining `update` (by as-of date, then id). Reviews
 *     ("reviewed, no change") never change the verdict.
 *   - The stage is that of the newest remaining update that states one. An update that
 *     leaves the stage unstated carries the stage in force forward: nothing an editor left
 *     untouched is erased.
 *   - A correction that leaves the stage unstated keeps the stage of the entry it corrects:
 *     it fixes what it states (say, the verdict) and nothing else.
 */
import type { EntryType, Stage, Verdict } from './domain';

export type LogEntry = {
  id: number;
  asOf: string;
  entryType: EntryType;
  verdict: Verdict;
  stage: Stage | null;
  correctsId: number | null;
};

export type LogState = {
  verdict: Verdict;
  /** The stage in force, carried forward over entries that do not state one. */
  stage: Stage | null;
  /** As-of date of the newest update (not review) in force. */
  lastUpdateOn: string | null;
  /** The entries in force (not corrected), oldest first. */
  effective: LogEntry[];
};

function chronological(a: LogEntry, b: LogEntry): number {
  return a.asOf === b.asOf ? a.id - b.id : a.asOf < b.asOf ? -1 : 1;
}

/** Each correction that states no stage takes the stage of the entry it corrects (through chains of corrections). */
function withCorrectedStages(entries: readonly LogEntry[]): LogEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const stated = (e: LogEntry): Stage | null => {
    const seen = new Set<number>();
    let current: LogEntry | undefined = e;
    while (current && current.stage === null && current.correctsId !== null && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.correctsId);
    }
    return current?.stage ?? null;
  };
  return entries.map((e) => (e.stage === null && e.correctsId !== null ? { ...e, stage: stated(e) } : e));
}

export function logState(all: readonly LogEntry[]): LogState {
  const entries = withCorrectedStages(all);
  const corrected = new Set(entries.map((e) => e.correctsId).filter((id): id is number => id !== null));
  const effective = entries.filter((e) => !corrected.has(e.id)).sort(chronological);
  const updates = effective.filter((e) => e.entryType === 'update');
  const latest = updates.at(-1);
  const staged = updates.filter((e) => e.stage !== null).at(-1);
  return {
    verdict: latest?.verdict ?? 'not-started',
    stage: staged?.stage ?? null,
    lastUpdateOn: latest?.asOf ?? null,
    effective,
  };
}

/**
 * The stage in force for each entry, oldest first: what an entry that left the stage
 * unstated carried forward. Keyed by entry id; corrected entries are read in their own place.
 */
export function stagesInForce(all: readonly LogEntry[]): Map<number, Stage | null> {
  const entries = withCorrectedStages(all);
  const out = new Map<number, Stage | null>();
  const corrected = new Set(entries.map((e) => e.correctsId).filter((id): id is number => id !== null));
  let stage: Stage | null = null;
  for (const e of [...entries].sort(chronological)) {
    if (e.entryType === 'update' && e.stage !== null && !corrected.has(e.id)) stage = e.stage;
    out.set(e.id, e.stage ?? stage);
  }
  return out;
}
