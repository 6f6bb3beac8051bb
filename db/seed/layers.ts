import type { SeedDataset, SeedSource } from './types';

/**
 * The dataset as it was known at the end of `until` (YYYY-MM-DD): sources published by then,
 * and the entries recorded by then whose sources are among them. Without `until`, all of it.
 * An entry is recorded on its `recordedOn` day, or else on its source's publication day;
 * commitments and their first entries on the day they were announced.
 */
export function datasetUntil(dataset: SeedDataset, until?: string): SeedDataset {
  if (until === undefined) return dataset;
  const sources = dataset.sources.filter((s) => s.publishedOn <= until);
  const known = new Map(sources.map((s) => [s.slug, s]));
  const kept = <T extends { source?: string; recordedOn?: string }>(items: T[]) =>
    items.filter((item) => {
      if (item.source === undefined) return item.recordedOn !== undefined && item.recordedOn <= until;
      const source = known.get(item.source);
      return source !== undefined && recordedOn(item, source) <= until;
    });
  const commitments = dataset.commitments.filter((c) => c.announcedOn <= until && known.has(c.source));
  const slugs = new Set(commitments.map((c) => c.slug));
  const ofKnownCommitment = <T extends { commitment: string }>(items: T[]) => items.filter((i) => slugs.has(i.commitment));
  const observations = preferredAsThen(kept(dataset.observations), (o) => recordedOn(o, known.get(o.source)!));
  const updates = ofKnownCommitment(kept(dataset.updates));
  const revisions = ofKnownCommitment(kept(dataset.revisions));
  const plannedDates = ofKnownCommitment(kept(dataset.plannedDates));
  // A source is in the layer once something in it cites it: a page published before the
  // announcement but read only later arrives with what was taken from it.
  const cited = new Set<string>([
    ...commitments.flatMap((c) => [c.source, c.initialUpdate.source]),
    ...[...observations, ...updates, ...revisions, ...plannedDates].flatMap((i) => (i.source ? [i.source] : [])),
  ]);
  return { ...dataset, sources: sources.filter((s) => cited.has(s.slug)), commitments, observations, updates, revisions, plannedDates };
}

/** The day an entry became known: its own recordedOn, else its source's publication. */
export function recordedOn(item: { recordedOn?: string }, source: Pick<SeedSource, 'publishedOn'>): string {
  return item.recordedOn ?? source.publishedOn;
}

/**
 * Every period with figures has one preferred figure, in every layer. When the figure preferred
 * today arrived later than the layer's date, the preference as it stood then is the first figure
 * known for the period (what the workspace makes preferred when it records a period's first
 * figure), until the later one takes over.
 */
function preferredAsThen(
  observations: SeedDataset['observations'],
  dayOf: (o: SeedDataset['observations'][number]) => string,
): SeedDataset['observations'] {
  const key = (o: { metric: string; period: string }) => `${o.metric}\u0000${o.period}`;
  const settled = new Set(observations.filter((o) => o.preferred).map(key));
  const first = new Map<string, number>();
  observations.forEach((o, i) => {
    const k = key(o);
    if (settled.has(k)) return;
    const current = first.get(k);
    if (current === undefined || dayOf(o) < dayOf(observations[current]!)) first.set(k, i);
  });
  const promoted = new Set(first.values());
  return observations.map((o, i) => (promoted.has(i) ? { ...o, preferred: true } : o));
}
