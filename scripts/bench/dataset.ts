import { CATEGORIES, COMMITMENT_KINDS, COUNTRY_CODES, SOURCE_KINDS, STAGES, VALUE_QUALIFIERS, type Stage, type Verdict } from '../../lib/domain';
import { periodEnd } from '../../lib/periods';
import type {
  commitmentCountries,
  commitments,
  evidenceLinks,
  metrics,
  observations,
  sources,
  statusUpdates,
  targetRevisions,
} from '../../db/schema';

// The synthetic benchmark dataset. Every row is plainly fake ("Synthetic commitment 00042",
// example.org links) but shaped like the real data: every category, kind, country, verdict,
// stage and source kind occurs, logs grow over the years with occasional corrections,
// targets have quarterly figures from two sources (one preferred), some deadlines are vague
// or revised. Generation is deterministic (a seeded PRNG per commitment), so two loads with
// the same size produce the same database and pages can be compared run to run.

export type BenchSize = { commitments: number; updates: number; observations: number };

export const FULL_SIZE: BenchSize = { commitments: 10_000, updates: 1_000_000, observations: 100_000 };
export const REDUCED_SIZE: BenchSize = { commitments: 500, updates: 20_000, observations: 5_000 };

/** Bumped whenever the generated rows change, so an old benchmark database is rebuilt. */
export const GENERATOR_VERSION = 2;

export type SourceRow = typeof sources.$inferInsert & { id: number };
export type MetricRow = typeof metrics.$inferInsert & { id: number };
export type CommitmentRow = typeof commitments.$inferInsert & { id: number };
export type CountryRow = typeof commitmentCountries.$inferInsert;
export type RevisionRow = typeof targetRevisions.$inferInsert & { id: number };
export type UpdateRow = typeof statusUpdates.$inferInsert & { id: number };
export type EvidenceRow = typeof evidenceLinks.$inferInsert & { id: number };
export type ObservationRow = typeof observations.$inferInsert & { id: number };

/** The first free id of each table: synthetic rows go after the real seed's. */
export type FirstIds = {
  source: number;
  metric: number;
  commitment: number;
  revision: number;
  update: number;
  evidence: number;
  observation: number;
};

const DAY_MS = 86_400_000;
const isoCache = new Map<number, string>();

/** Day number (days since 1970-01-01, UTC) to 'YYYY-MM-DD'. Millions of calls: cached. */
function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** mulberry32: small, fast and good enough to make synthetic data look varied. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per (commitment, purpose), so generation order never matters. */
function streamFor(index: number, purpose: number): () => number {
  return prng(Math.imul(index, 2654435761) ^ Math.imul(purpose + 1, 40503));
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: () => number, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export const pad = (n: number, width = 5): string => String(n).padStart(width, '0');
export const syntheticCommitmentSlug = (index: number): string => `synthetic-commitment-${pad(index)}`;

/** Shares of final verdicts: most commitments are open, every verdict occurs. */
const FINAL_VERDICT_WEIGHTS: [Verdict, number][] = [
  ['in-progress', 0.35],
  ['not-started', 0.08],
  ['stalled', 0.15],
  ['achieved', 0.12],
  ['achieved-late', 0.06],
  ['missed', 0.12],
  ['dropped', 0.12],
];

function weightedVerdict(rng: () => number): Verdict {
  let r = rng();
  for (const [verdict, weight] of FINAL_VERDICT_WEIGHTS) {
    if (r < weight) return verdict;
    r -= weight;
  }
  return 'in-progress';
}

const OWNERS = [
  'Synthetic Ministry of Trade',
  'Synthetic Ministry of Transport',
  'Synthetic Ministry of Digital Development',
  'Synthetic Security Council',
  'Synthetic Ministry of Culture',
  'Synthetic heads of state',
];
const UNITS = ['USD bn', 'USD m', 'million tonnes', 'thousand TEU', '%'];
const NOTES = [
  'Officials reported further work on this synthetic commitment.',
  'A synthetic progress report was published; figures are invented for load testing.',
  'No visible change since the previous synthetic entry.',
  'Funding for the next phase was **announced** (synthetic).',
  'Delays were reported by the *synthetic* press office.',
  'A working group met to review this synthetic commitment.',
];

export type Totals = { sources: number; metrics: number; commitments: number };

export type CommitmentPlan = {
  row: CommitmentRow;
  countries: CountryRow[];
  revision: RevisionRow | null;
  metric: MetricRow | null;
  updateCount: number;
  observationCount: number;
  finalVerdict: Verdict;
};

/**
 * Splits `total` into `parts` whole numbers that vary around the mean but add up exactly,
 * the way some commitments are busier than others.
 */
export function spread(total: number, parts: number, seed: number, minimum = 1): number[] {
  if (parts === 0) return [];
  const base = Math.floor(total / parts);
  const counts = Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
  const rng = prng(seed);
  for (let i = 0; i + 1 < parts; i += 2) {
    const room = Math.min(counts[i]! - minimum, counts[i + 1]! - minimum, Math.floor(base * 0.6));
    if (room <= 0) continue;
    const delta = between(rng, -room, room);
    counts[i]! += delta;
    counts[i + 1]! -= delta;
  }
  return counts;
}

/**
 * The synthetic dataset, generated in two passes so foreign keys always point backwards:
 * `plan()` gives the sources, metrics and commitments (small); `updatesOf()` and
 * `observationsOf()` then stream the big tables one commitment at a time.
 */
export function syntheticDataset({ size, firstIds, today }: { size: BenchSize; firstIds: FirstIds; today: string }) {
  const todayDay = dayOf(today);
  const sourceCount = Math.max(SOURCE_KINDS.length * 2, Math.round(size.commitments / 50));
  const sourceIds = Array.from({ length: sourceCount }, (_, i) => firstIds.source + i);

  const sourceRows: SourceRow[] = sourceIds.map((id, i) => {
    const rng = streamFor(i + 1, 90);
    return {
      id,
      slug: `synthetic-source-${pad(i + 1, 4)}`,
      title: `Synthetic source ${pad(i + 1, 4)}`,
      publisher: `Synthetic publisher ${(i % 12) + 1}`,
      publishedOn: isoOfDay(dayOf('2018-01-01') + between(rng, 0, todayDay - dayOf('2018-01-01'))),
      place: i % 3 === 0 ? 'Synthetic City' : null,
      url: `https://example.org/synthetic/source-${pad(i + 1, 4)}`,
      kind: SOURCE_KINDS[i % SOURCE_KINDS.length]!,
      description: 'A synthetic source made for the load benchmark; it does not exist.',
      // Before any commitment cites it, as an editor would have entered it: the rewound
      // tracker (db/rewind.ts) then finds every commitment's source on every past day.
      createdAt: '2018-01-01T00:00:00.000Z',
    };
  });

  // Targets are every fourth commitment (kinds rotate), each with a metric of its own.
  const targetIndexes: number[] = [];
  for (let i = 1; i <= size.commitments; i++) if (COMMITMENT_KINDS[i % COMMITMENT_KINDS.length] === 'target') targetIndexes.push(i);
  const updateCounts = spread(size.updates, size.commitments, 7);
  const observationCounts = spread(size.observations, targetIndexes.length, 11, 2);
  const observationCountOf = new Map(targetIndexes.map((index, k) => [index, observationCounts[k]!]));
  const metricIdOf = new Map(targetIndexes.map((index, k) => [index, firstIds.metric + k]));

  function planCommitment(index: number): CommitmentPlan {
    const rng = streamFor(index, 1);
    const id = firstIds.commitment + index - 1;
    const kind = COMMITMENT_KINDS[index % COMMITMENT_KINDS.length]!;
    // Category changes every four commitments, so every kind meets every category.
    const category = CATEGORIES[Math.floor(index / COMMITMENT_KINDS.length) % CATEGORIES.length]!;
    const announcedDay = dayOf('2019-01-01') + between(rng, 0, dayOf('2025-12-31') - dayOf('2019-01-01'));
    const announcedOn = isoOfDay(announcedDay);
    const announcedYear = Number(announcedOn.slice(0, 4));
    const label = pad(index);

    let deadlineText: string | null = null;
    let deadlineOn: string | null = null;
    let deadlineInterpreted = false;
    let deadlineNote: string | null = null;
    const deadlineKind = rng();
    if (deadlineKind < 0.1) {
      deadlineText = 'in the medium term';
      deadlineNote = 'Synthetic: no date was read into this vague deadline.';
    } else if (deadlineKind < 0.25) {
      deadlineText = 'in the near future';
      deadlineOn = `${announcedYear + 3}-12-31`;
      deadlineInterpreted = true;
      deadlineNote = 'Synthetic: read as the end of the third year after the announcement.';
    } else {
      const year = announcedYear + between(rng, 1, 8);
      deadlineText = `by ${year}`;
      deadlineOn = `${year}-12-31`;
    }

    const countryCount = between(rng, 1, 3);
    const countries = new Set<string>();
    while (countries.size < countryCount) countries.add(pick(rng, COUNTRY_CODES));

    const sourceId = pick(rng, sourceIds);
    let metric: MetricRow | null = null;
    let target: Partial<CommitmentRow> = {};
    if (kind === 'target') {
      const metricId = metricIdOf.get(index)!;
      const unit = pick(rng, UNITS);
      const direction = rng() < 0.15 ? 'down' : 'up';
      const baselineValue = round(unit === '%' ? between(rng, 5, 60) : between(rng, 10, 2000) / 10, 2);
      const factor = direction === 'up' ? 1.2 + rng() * 1.3 : 0.5 + rng() * 0.4;
      metric = {
        id: metricId,
        slug: `synthetic-metric-${label}`,
        name: `Synthetic indicator ${label}`,
        unit,
        description: 'A synthetic time series for the load benchmark.',
        createdAt: `${announcedOn}T08:00:00.000Z`,
      };
      target = {
        metricId,
        direction,
        baselineValue,
        baselineOn: `${announcedYear - 1}-12-31`,
        baselineNote: 'Synthetic baseline.',
        targetValue: round(baselineValue * factor, 2),
        targetNote: null,
      };
    }

    const revised = rng() < 0.05 && deadlineOn !== null;
    const revisedDay = announcedDay + between(rng, 30, Math.max(31, todayDay - announcedDay));
    const revision: RevisionRow | null =
      revised && revisedDay < todayDay
        ? {
            id: 0, // numbered by the caller in commitment order
            commitmentId: id,
            revisedOn: isoOfDay(revisedDay),
            newTargetValue: kind === 'target' && target.targetValue ? round(target.targetValue * 1.1, 2) : null,
            newDeadlineOn: `${Number(deadlineOn!.slice(0, 4)) + between(rng, 1, 2)}-12-31`,
            newDeadlineText: null,
            sourceId: pick(rng, sourceIds),
            note: 'Synthetic revision: the goal was moved.',
          }
        : null;

    return {
      row: {
        id,
        slug: syntheticCommitmentSlug(index),
        title: `Synthetic commitment ${label}`,
        summary:
          `A synthetic ${kind} commitment in ${category.replace('-', ' & ')}, generated for the load benchmark. ` +
          'It is not a real promise; its figures and dates are invented.',
        category,
        kind,
        owner: pick(rng, OWNERS),
        announcedOn,
        sourceId,
        featured: false,
        quote: `Synthetic quote for benchmark record ${label}.`,
        deadlineText,
        deadlineOn,
        deadlineInterpreted,
        deadlineNote,
        ...target,
        createdAt: `${announcedOn}T08:00:00.000Z`,
        updatedAt: `${announcedOn}T08:00:00.000Z`,
      },
      countries: [...countries].map((countryCode) => ({ commitmentId: id, countryCode })),
      revision,
      metric,
      updateCount: updateCounts[index - 1]!,
      observationCount: observationCountOf.get(index) ?? 0,
      finalVerdict: weightedVerdict(rng),
    };
  }

  /** The editors' log of one commitment, oldest first, ending in its final verdict. */
  function updatesOf(plan: CommitmentPlan, firstId: number, firstEvidenceId: number): { updates: UpdateRow[]; evidence: EvidenceRow[] } {
    const rng = streamFor(plan.row.id, 2);
    const kind = plan.row.kind;
    const ladder: readonly Stage[] | null = kind === 'target' ? null : STAGES[kind];
    const start = dayOf(plan.row.announcedOn);
    const end = Math.max(start, todayDay - 1);
    const days = Array.from({ length: plan.updateCount }, (_, i) => (i === 0 ? start : between(rng, start, end))).sort((a, b) => a - b);
    const finalStage = ladder
      ? plan.finalVerdict === 'achieved' || plan.finalVerdict === 'achieved-late'
        ? ladder.length - 1
        : between(rng, 0, ladder.length - 2)
      : 0;
    const updates: UpdateRow[] = [];
    const evidence: EvidenceRow[] = [];
    for (let i = 0; i < plan.updateCount; i++) {
      const id = firstId + i;
      const last = i === plan.updateCount - 1;
      const previous = updates[i - 1];
      // About 2% of entries correct the one before them (same date, new text).
      const correction = previous !== undefined && !last && rng() < 0.02;
      const verdict: Verdict =
        i === 0 ? 'not-started' : last ? plan.finalVerdict : correction ? previous.verdict : rng() < 0.2 ? 'stalled' : 'in-progress';
      const stage = ladder ? ladder[Math.min(finalStage, Math.floor((finalStage + 1) * (i / plan.updateCount)))]! : null;
      const asOf = correction ? previous.asOf : isoOfDay(days[i]!);
      updates.push({
        id,
        commitmentId: plan.row.id,
        asOf,
        verdict,
        stage,
        value: kind === 'target' && rng() < 0.3 ? round(plan.row.baselineValue! * (1 + rng() * 0.5), 2) : null,
        note: correction
          ? `Synthetic correction of entry ${previous.id}: the earlier note had the wrong figure.`
          : i === 0
            ? 'Synthetic commitment announced.'
            : `${pick(rng, NOTES)} (synthetic entry ${i + 1})`,
        sourceId: rng() < 0.6 ? pick(rng, sourceIds) : null,
        correctsId: correction ? previous.id : null,
        authorId: null,
        authorName: `Synthetic editor ${between(rng, 1, 12)}`,
        createdAt: `${asOf}T${pad(between(rng, 6, 20), 2)}:${pad(between(rng, 0, 59), 2)}:00.000Z`,
      });
      if (rng() < 0.05) {
        evidence.push({
          id: firstEvidenceId + evidence.length,
          statusUpdateId: id,
          url: `https://example.org/synthetic/evidence/${id}`,
          title: `Synthetic evidence for entry ${id}`,
        });
      }
    }
    return { updates, evidence };
  }

  /**
   * Quarterly figures up to last quarter, two sources per period (the first preferred),
   * moving from the baseline at a rate of its own so every trajectory status occurs.
   */
  function observationsOf(plan: CommitmentPlan, firstId: number): ObservationRow[] {
    if (!plan.metric || plan.observationCount === 0) return [];
    const rng = streamFor(plan.row.id, 3);
    const periods = Math.ceil(plan.observationCount / 2);
    const lastQuarterEnd = todayDay - 100;
    let year = Number(isoOfDay(lastQuarterEnd).slice(0, 4));
    let quarter = Math.floor((Number(isoOfDay(lastQuarterEnd).slice(5, 7)) - 1) / 3) + 1;
    const labels: string[] = [];
    for (let k = 0; k < periods; k++) {
      labels.unshift(`${year}-Q${quarter}`);
      quarter -= 1;
      if (quarter === 0) {
        quarter = 4;
        year -= 1;
      }
    }
    const baseline = plan.row.baselineValue!;
    const annualRate = -0.05 + rng() * 0.25;
    const baselineDay = dayOf(plan.row.baselineOn!);
    const preferredSource = pick(rng, sourceIds);
    const otherSource = pick(rng, sourceIds);
    const rows: ObservationRow[] = [];
    for (const period of labels) {
      const end = periodEnd(period)!;
      const years = (dayOf(end) - baselineDay) / 365.25;
      const value = round(baseline * (1 + annualRate) ** years * (0.97 + rng() * 0.06), 2);
      for (const preferred of [true, false]) {
        if (rows.length === plan.observationCount) break;
        rows.push({
          id: firstId + rows.length,
          metricId: plan.metric.id,
          period,
          periodEnd: end,
          value: preferred ? value : round(value * (0.96 + rng() * 0.08), 2),
          qualifier: preferred ? 'exact' : pick(rng, VALUE_QUALIFIERS),
          sourceId: preferred ? preferredSource : otherSource,
          note: preferred ? null : 'Synthetic second estimate from another source.',
          derived: false,
          preferred,
          authorId: null,
          createdAt: `${end}T12:00:00.000Z`,
        });
      }
    }
    return rows;
  }

  return {
    sources: sourceRows,
    plans(): CommitmentPlan[] {
      const plans = Array.from({ length: size.commitments }, (_, i) => planCommitment(i + 1));
      let revisionId = firstIds.revision;
      for (const p of plans) if (p.revision) p.revision.id = revisionId++;
      return plans;
    },
    updatesOf,
    observationsOf,
  };
}
