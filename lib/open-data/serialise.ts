import type {
  Category,
  CommitmentKind,
  Direction,
  SourceKind,
  Stage,
  TrajectoryStatus,
  ValueQualifier,
  Verdict,
} from '../domain';
import { STAGES } from '../domain';
import type { ContentLocale } from '../content-locale';
import { filtersToQuery, type ListFilters } from '../filters';
import type { Point, TargetProgress } from '../progress';
import { termsInForce } from '../revisions';
import { clampShare, isOverdue, isStale, verdictDisagrees } from '../status';
import type { CsvColumn } from './csv';
import { DEFAULT_PER_PAGE } from './params';

// What the open data API publishes, built field by field from the database rows. Every output
// field is named here, so a column added to a query (an editor's name on a status update, say)
// can never reach the public by accident: editors' personal data has no field to travel in.
// Names are snake_case, the convention of the analysts' tools (R, pandas, spreadsheets).

export type SerialiseContext = {
  /** "Today" for the overdue and stale flags. */
  asOf: string;
  staleAfterDays: number;
  /** Where the API is, for links a client follows (next page, observations). */
  apiBase: string;
  /** The public site (SITE_URL), for links to the pages people read. */
  siteBase: string;
  /** Language of titles, summaries and metric names; page links point at that language's pages. */
  locale: ContentLocale;
};

/** A public page in the context's language: English unprefixed, the others under /ru and /kk. */
function pageUrl(ctx: SerialiseContext, path: string): string {
  return `${ctx.siteBase}${ctx.locale === 'en' ? '' : `/${ctx.locale}`}${path}`;
}

// ---------------------------------------------------------------- inputs (structural)

export type SourceRefInput = {
  sourceSlug: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourcePublishedOn?: string;
  sourceUrl?: string | null;
  sourceKind?: SourceKind;
};

export type CommitmentCoreInput = SourceRefInput & {
  slug: string;
  title: string;
  summary: string;
  /** The language each text is really in: English where no translation exists yet. */
  titleLocale: ContentLocale;
  summaryLocale: ContentLocale;
  category: Category;
  kind: CommitmentKind;
  owner: string;
  announcedOn: string;
  countries: string[];
  currentVerdict: Verdict;
  currentStage: Stage | null;
  trajectoryStatus: TrajectoryStatus | null;
  progressShare: number | null;
  lastUpdateOn: string | null;
  effectiveDeadlineOn: string | null;
  deadlineOn: string | null;
  deadlineText: string | null;
  deadlineInterpreted: boolean;
  deadlineNote: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  baselineOn: string | null;
  targetValue: number | null;
};

/** A row of the list query: the core plus what the list query resolves in bulk. */
export type CommitmentListInput = CommitmentCoreInput & {
  targetValueInForce: number | null;
  deadlineTextInForce: string | null;
  revisionCount: number;
  metricSlug: string | null;
  metricName: string | null;
  metricUnit: string | null;
  metricUnitLabel: string | null;
};

export type ObservationInput = SourceRefInput & {
  period: string;
  periodEnd: string;
  value: number;
  qualifier: ValueQualifier;
  note: string | null;
  derived: boolean;
  preferred: boolean;
};

type MetricInput = { slug: string; name: string; unit: string; description: string | null; unitLabel?: string; nameLocale?: ContentLocale };

export type RevisionInput = {
  id: number;
  revisedOn: string;
  newTargetValue: number | null;
  newDeadlineOn: string | null;
  newDeadlineText: string | null;
  note: string | null;
  sourceSlug: string;
  sourceTitle: string;
};

export type StatusUpdateInput = {
  id: number;
  asOf: string;
  verdict: Verdict;
  stage: Stage | null;
  value: number | null;
  note: string;
  correctsId: number | null;
  correctedById: number | null;
  createdAt: string;
  sourceSlug: string | null;
  sourceTitle: string | null;
  evidence: { url: string; title: string }[];
};

/** The page's query result (getCommitmentBySlug), read structurally. */
export type CommitmentDetailInput = CommitmentCoreInput & {
  quote: string;
  baselineNote: string | null;
  targetNote: string | null;
  revisions: RevisionInput[];
  updates: StatusUpdateInput[];
  target: {
    metric: MetricInput;
    direction: Direction;
    baseline: { value: number; on: string } | null;
    targetValue: number;
    originalTargetValue: number | null;
    deadlineOn: string | null;
    observations: ObservationInput[];
    progress: TargetProgress;
  } | null;
  context: (MetricInput & { observations: ObservationInput[] })[];
};

// ---------------------------------------------------------------- outputs

export type ApiSourceRef = {
  slug: string;
  title: string;
  publisher: string;
  published_on?: string;
  url?: string | null;
  kind?: SourceKind;
  html_url: string;
};

/** Where the log and revisions only name their source: enough to find it. */
export type ApiSourceLink = Pick<ApiSourceRef, 'slug' | 'title' | 'html_url'>;

export type ApiPoint = { on: string; value: number };

export type ApiCommitment = {
  slug: string;
  title: string;
  summary: string;
  title_locale: ContentLocale;
  summary_locale: ContentLocale;
  category: Category;
  kind: CommitmentKind;
  owner: string;
  countries: string[];
  announced_on: string;
  status: {
    verdict: Verdict;
    stage: Stage | null;
    /** Stages of this kind in order; null for numeric targets. */
    stages: readonly Stage[] | null;
    trajectory: TrajectoryStatus | null;
    last_update_on: string | null;
    overdue: boolean;
    stale: boolean;
    disagreement: boolean;
  };
  progress: {
    /** Unclamped: a target's share may be below 0 or above 1. */
    share: number | null;
    /** Clamped to 0–100 and rounded, as the site's progress bars show it. */
    percent: number | null;
    basis: 'data' | 'stage';
  };
  deadline: {
    on: string | null;
    text: string | null;
    interpreted: boolean;
    interpretation_note: string | null;
    revised: boolean;
    as_announced: { on: string | null; text: string | null };
  };
  baseline: { value: number | null; on: string | null; note?: string | null } | null;
  target: {
    value: number | null;
    as_announced: number | null;
    /** The unit's code, the same in every language ('USD bn'); unit_label is how readers see it. */
    unit: string | null;
    unit_label: string | null;
    direction: Direction | null;
    note?: string | null;
    metric: { slug: string; name: string; observations_url: string; observations_csv_url: string } | null;
  } | null;
  source: ApiSourceRef;
  links: { self: string; html: string };
};

export type ApiObservation = {
  period: string;
  period_end: string;
  value: number;
  qualifier: ValueQualifier;
  preferred: boolean;
  derived: boolean;
  note: string | null;
  source: ApiSourceRef;
};

export type ApiComputedProgress = {
  status: TrajectoryStatus;
  met: boolean;
  share: number | null;
  ratio: number | null;
  latest: ApiPoint | null;
  data_points: number;
  growth_mode: TargetProgress['growthMode'];
  required_annual_growth: number | null;
  observed_annual_growth: number | null;
  needed_annual_growth_from_latest: number | null;
  projection_at_deadline: ApiPoint | null;
  projection_basis: TargetProgress['projectionBasis'];
  deadline_passed: boolean;
  required_path: ApiPoint[];
  projection_path: ApiPoint[];
};

export type ApiCommitmentDetail = ApiCommitment & {
  quote: string;
  computed: ApiComputedProgress | null;
  observations: ApiObservation[];
  revisions: {
    id: number;
    revised_on: string;
    target_value: number | null;
    deadline_on: string | null;
    deadline_text: string | null;
    note: string | null;
    source: ApiSourceLink;
  }[];
  updates: {
    id: number;
    as_of: string;
    verdict: Verdict;
    stage: Stage | null;
    value: number | null;
    note: string;
    corrects_id: number | null;
    corrected_by_id: number | null;
    recorded_at: string;
    source: ApiSourceLink | null;
    evidence: { url: string; title: string }[];
  }[];
  context_metrics: {
    slug: string;
    name: string;
    unit: string;
    description: string | null;
    observations_url: string;
    observations: ApiObservation[];
  }[];
};

// ---------------------------------------------------------------- builders

const enc = encodeURIComponent;

/** Appends `locale` to an API query string when it is not English, so followed links keep the language. */
export function withLocale(query: string, locale: ContentLocale): string {
  if (locale === 'en') return query;
  return `${query}${query ? '&' : '?'}locale=${locale}`;
}

export function commitmentApiUrl(ctx: SerialiseContext, slug: string): string {
  return `${ctx.apiBase}/api/v1/commitments/${enc(slug)}${withLocale('', ctx.locale)}`;
}

export function observationsApiUrl(ctx: Pick<SerialiseContext, 'apiBase' | 'locale'>, metricSlug: string, format: 'json' | 'csv' = 'json'): string {
  return `${ctx.apiBase}/api/v1/metrics/${enc(metricSlug)}/observations${format === 'csv' ? '.csv' : ''}${withLocale('', ctx.locale)}`;
}

function sourceRef(ctx: SerialiseContext, s: SourceRefInput): ApiSourceRef {
  return {
    slug: s.sourceSlug,
    title: s.sourceTitle,
    publisher: s.sourcePublisher,
    ...(s.sourcePublishedOn !== undefined ? { published_on: s.sourcePublishedOn } : {}),
    ...(s.sourceUrl !== undefined ? { url: s.sourceUrl } : {}),
    ...(s.sourceKind !== undefined ? { kind: s.sourceKind } : {}),
    html_url: sourceLink(ctx, s.sourceSlug, s.sourceTitle).html_url,
  };
}

function sourceLink(ctx: SerialiseContext, slug: string, title: string): ApiSourceLink {
  return { slug, title, html_url: pageUrl(ctx, `/sources/${enc(slug)}`) };
}

function point(p: Point | null): ApiPoint | null {
  return p ? { on: p.on, value: p.value } : null;
}

export function serialiseCommitment(ctx: SerialiseContext, c: CommitmentListInput): ApiCommitment {
  const isTarget = c.kind === 'target';
  return {
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    title_locale: c.titleLocale,
    summary_locale: c.summaryLocale,
    category: c.category,
    kind: c.kind,
    owner: c.owner,
    countries: [...c.countries],
    announced_on: c.announcedOn,
    status: {
      verdict: c.currentVerdict,
      stage: c.currentStage,
      stages: c.kind === 'target' ? null : STAGES[c.kind],
      trajectory: isTarget ? c.trajectoryStatus : null,
      last_update_on: c.lastUpdateOn,
      overdue: isOverdue({ deadline: c.effectiveDeadlineOn, verdict: c.currentVerdict, asOf: ctx.asOf }),
      stale: isStale({
        lastUpdateOn: c.lastUpdateOn,
        announcedOn: c.announcedOn,
        verdict: c.currentVerdict,
        asOf: ctx.asOf,
        staleAfterDays: ctx.staleAfterDays,
      }),
      disagreement: verdictDisagrees(c.currentVerdict, c.trajectoryStatus),
    },
    progress: {
      share: c.progressShare,
      percent: percentShown(c.progressShare),
      basis: isTarget ? 'data' : 'stage',
    },
    deadline: {
      on: c.effectiveDeadlineOn,
      text: c.deadlineTextInForce,
      interpreted: c.deadlineInterpreted,
      interpretation_note: c.deadlineNote,
      revised: c.revisionCount > 0,
      as_announced: { on: c.deadlineOn, text: c.deadlineText },
    },
    baseline: isTarget ? { value: c.baselineValue, on: c.baselineOn } : null,
    target: isTarget
      ? {
          value: c.targetValueInForce,
          as_announced: c.targetValue,
          unit: c.metricUnit,
          unit_label: c.metricUnitLabel,
          direction: c.direction,
          metric:
            c.metricSlug !== null && c.metricName !== null
              ? {
                  slug: c.metricSlug,
                  name: c.metricName,
                  observations_url: observationsApiUrl(ctx, c.metricSlug),
                  observations_csv_url: observationsApiUrl(ctx, c.metricSlug, 'csv'),
                }
              : null,
        }
      : null,
    source: sourceRef(ctx, c),
    links: { self: commitmentApiUrl(ctx, c.slug), html: pageUrl(ctx, `/commitments/${enc(c.slug)}`) },
  };
}

/** The whole percent a progress bar on the site prints (lib/format formatProgress). */
function percentShown(share: number | null): number | null {
  const clamped = clampShare(share);
  return clamped === null || !Number.isFinite(clamped) ? null : Math.round(clamped * 100);
}

export function serialiseObservation(ctx: SerialiseContext, o: ObservationInput): ApiObservation {
  return {
    period: o.period,
    period_end: o.periodEnd,
    value: o.value,
    qualifier: o.qualifier,
    preferred: o.preferred,
    derived: o.derived,
    note: o.note,
    source: sourceRef(ctx, o),
  };
}

function serialiseProgress(p: TargetProgress): ApiComputedProgress {
  return {
    status: p.status,
    met: p.met,
    share: p.share,
    ratio: p.ratio,
    latest: point(p.latest),
    data_points: p.dataPoints,
    growth_mode: p.growthMode,
    required_annual_growth: p.requiredAnnualGrowth,
    observed_annual_growth: p.observedAnnualGrowth,
    needed_annual_growth_from_latest: p.neededAnnualGrowthFromLatest,
    projection_at_deadline: point(p.projectionAtDeadline),
    projection_basis: p.projectionBasis,
    deadline_passed: p.deadlinePassed,
    required_path: p.requiredPath.map((q) => ({ on: q.on, value: q.value })),
    projection_path: p.projectionPath.map((q) => ({ on: q.on, value: q.value })),
  };
}

export function serialiseCommitmentDetail(ctx: SerialiseContext, c: CommitmentDetailInput): ApiCommitmentDetail {
  const terms = termsInForce(c, c.revisions);
  const metric = c.target?.metric ?? null;
  const core = serialiseCommitment(ctx, {
    ...c,
    targetValueInForce: c.target?.targetValue ?? terms.targetValue,
    deadlineTextInForce: terms.deadlineText,
    revisionCount: c.revisions.length,
    metricSlug: metric?.slug ?? null,
    metricName: metric?.name ?? null,
    metricUnit: metric?.unit ?? null,
    metricUnitLabel: metric?.unitLabel ?? metric?.unit ?? null,
  });
  return {
    ...core,
    quote: c.quote,
    baseline: core.baseline ? { ...core.baseline, note: c.baselineNote } : null,
    target: core.target ? { ...core.target, note: c.targetNote } : null,
    computed: c.target ? serialiseProgress(c.target.progress) : null,
    observations: (c.target?.observations ?? []).map((o) => serialiseObservation(ctx, o)),
    revisions: c.revisions.map((r) => ({
      id: r.id,
      revised_on: r.revisedOn,
      target_value: r.newTargetValue,
      deadline_on: r.newDeadlineOn,
      deadline_text: r.newDeadlineText,
      note: r.note,
      source: sourceLink(ctx, r.sourceSlug, r.sourceTitle),
    })),
    // Who wrote an entry is deliberately absent: editors' names, emails and ids stay private.
    updates: c.updates.map((u) => ({
      id: u.id,
      as_of: u.asOf,
      verdict: u.verdict,
      stage: u.stage,
      value: u.value,
      note: u.note,
      corrects_id: u.correctsId,
      corrected_by_id: u.correctedById,
      recorded_at: u.createdAt,
      source: u.sourceSlug !== null && u.sourceTitle !== null ? sourceLink(ctx, u.sourceSlug, u.sourceTitle) : null,
      evidence: u.evidence.map((e) => ({ url: e.url, title: e.title })),
    })),
    context_metrics: c.context.map((m) => ({
      slug: m.slug,
      name: m.name,
      unit: m.unit,
      description: m.description,
      observations_url: observationsApiUrl(ctx, m.slug),
      observations: m.observations.map((o) => serialiseObservation(ctx, o)),
    })),
  };
}

// ---------------------------------------------------------------- lists and pages

export type ApiPagination = {
  total: number;
  page: number;
  per_page: number;
  pages: number;
  links: { self: string; first: string; last: string; prev: string | null; next: string | null };
};

/** The query string of a list page: the page's own filter encoding plus per_page and locale when not the defaults. */
export function listQueryString(filters: ListFilters, page: number, perPage: number, locale: ContentLocale = 'en'): string {
  const query = filtersToQuery({ ...filters, page });
  const paged = perPage === DEFAULT_PER_PAGE ? query : `${query}${query ? '&' : '?'}per_page=${perPage}`;
  return withLocale(paged, locale);
}

export function paginate(ctx: SerialiseContext, filters: ListFilters, total: number, perPage: number): ApiPagination {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const at = (page: number) => `${ctx.apiBase}/api/v1/commitments${listQueryString(filters, page, perPage, ctx.locale)}`;
  return {
    total,
    page: filters.page,
    per_page: perPage,
    pages,
    links: {
      self: at(filters.page),
      first: at(1),
      last: at(pages),
      prev: filters.page > 1 ? at(filters.page - 1) : null,
      next: filters.page < pages ? at(filters.page + 1) : null,
    },
  };
}

/** RFC 8288 Link header with the same next/prev/first/last as the body. */
export function linkHeader(p: ApiPagination): string {
  const parts = (['first', 'prev', 'next', 'last'] as const)
    .map((rel) => (p.links[rel] ? `<${p.links[rel]}>; rel="${rel}"` : null))
    .filter((x): x is string => x !== null);
  return parts.join(', ');
}

/** The filters as applied, echoed so a script can see how its query was read. */
export function appliedFilters(filters: ListFilters) {
  return {
    category: filters.category ?? null,
    status: filters.status ?? null,
    kind: filters.kind ?? null,
    country: filters.country ?? null,
    q: filters.q ?? null,
    sort: filters.sort,
  };
}

export type ApiPeriod = {
  period: string;
  period_end: string;
  /** The value the tracker uses for this period (the preferred source's), or null if none is preferred. */
  preferred_value: number | null;
  /** True when the sources report different values for the period. */
  sources_disagree: boolean;
  observations: ApiObservation[];
};

/** Observations grouped by period, in the order given (period end, preferred first). */
export function groupByPeriod(observations: readonly ApiObservation[]): ApiPeriod[] {
  const periods: ApiPeriod[] = [];
  const byLabel = new Map<string, ApiPeriod>();
  for (const o of observations) {
    let group = byLabel.get(o.period);
    if (!group) {
      group = { period: o.period, period_end: o.period_end, preferred_value: null, sources_disagree: false, observations: [] };
      byLabel.set(o.period, group);
      periods.push(group);
    }
    group.observations.push(o);
    if (o.preferred) group.preferred_value = o.value;
  }
  for (const group of periods) {
    group.sources_disagree = new Set(group.observations.map((o) => `${o.qualifier}:${o.value}`)).size > 1;
  }
  return periods;
}

// ---------------------------------------------------------------- CSV columns

/**
 * The commitments CSV is the JSON list flattened, one column per field, so the two formats
 * cannot drift apart. Lists (countries) are joined with "; ".
 */
export const COMMITMENT_CSV_COLUMNS: readonly CsvColumn<ApiCommitment>[] = [
  { header: 'slug', value: (c) => c.slug },
  { header: 'title', value: (c) => c.title },
  { header: 'category', value: (c) => c.category },
  { header: 'kind', value: (c) => c.kind },
  { header: 'owner', value: (c) => c.owner },
  { header: 'countries', value: (c) => c.countries.join('; ') },
  { header: 'announced_on', value: (c) => c.announced_on },
  { header: 'verdict', value: (c) => c.status.verdict },
  { header: 'stage', value: (c) => c.status.stage },
  { header: 'trajectory', value: (c) => c.status.trajectory },
  { header: 'last_update_on', value: (c) => c.status.last_update_on },
  { header: 'overdue', value: (c) => c.status.overdue },
  { header: 'stale', value: (c) => c.status.stale },
  { header: 'disagreement', value: (c) => c.status.disagreement },
  { header: 'progress_share', value: (c) => c.progress.share },
  { header: 'progress_percent', value: (c) => c.progress.percent },
  { header: 'deadline_on', value: (c) => c.deadline.on },
  { header: 'deadline_text', value: (c) => c.deadline.text },
  { header: 'deadline_interpreted', value: (c) => c.deadline.interpreted },
  { header: 'deadline_interpretation_note', value: (c) => c.deadline.interpretation_note },
  { header: 'deadline_revised', value: (c) => c.deadline.revised },
  { header: 'baseline_value', value: (c) => c.baseline?.value },
  { header: 'baseline_on', value: (c) => c.baseline?.on },
  { header: 'target_value', value: (c) => c.target?.value },
  { header: 'target_value_as_announced', value: (c) => c.target?.as_announced },
  { header: 'unit', value: (c) => c.target?.unit },
  { header: 'direction', value: (c) => c.target?.direction },
  { header: 'metric_slug', value: (c) => c.target?.metric?.slug },
  { header: 'source_slug', value: (c) => c.source.slug },
  { header: 'source_title', value: (c) => c.source.title },
  { header: 'source_publisher', value: (c) => c.source.publisher },
  { header: 'source_published_on', value: (c) => c.source.published_on },
  { header: 'source_url', value: (c) => c.source.url },
  { header: 'summary', value: (c) => c.summary },
  { header: 'url', value: (c) => c.links.html },
];

export type ObservationCsvRow = { metric: MetricInput; observation: ApiObservation };

export const OBSERVATION_CSV_COLUMNS: readonly CsvColumn<ObservationCsvRow>[] = [
  { header: 'metric_slug', value: (r) => r.metric.slug },
  { header: 'metric_name', value: (r) => r.metric.name },
  { header: 'unit', value: (r) => r.metric.unit },
  { header: 'period', value: (r) => r.observation.period },
  { header: 'period_end', value: (r) => r.observation.period_end },
  { header: 'value', value: (r) => r.observation.value },
  { header: 'qualifier', value: (r) => r.observation.qualifier },
  { header: 'preferred', value: (r) => r.observation.preferred },
  { header: 'derived', value: (r) => r.observation.derived },
  { header: 'note', value: (r) => r.observation.note },
  { header: 'source_slug', value: (r) => r.observation.source.slug },
  { header: 'source_title', value: (r) => r.observation.source.title },
  { header: 'source_publisher', value: (r) => r.observation.source.publisher },
  { header: 'source_published_on', value: (r) => r.observation.source.published_on },
  { header: 'source_url', value: (r) => r.observation.source.url },
];
