import type { ArchiveFailureReason, ArchiveView } from '../archive-status';
import type { EvidenceFileType } from '../file-sniff';
import type { Category, CommitmentKind, Direction, SourceKind, Stage, TrajectoryStatus, ValueQualifier, Verdict } from '../domain';
import { STAGES } from '../domain';
import type { ContentLocale } from '../content-locale';
import { filtersToQuery, type ListFilters } from '../filters';
import type { Point, TargetProgress, UsedPoint } from '../progress';
import { plannedHistory } from '../planned';
import type { TermsInForce } from '../revisions';
import { clampShare, finalStage, isDelayed, isOverdue, isStale, listedShare, verdictDisagrees } from '../status';
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
  /** null = not recorded. */
  sourcePublisher: string | null;
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
  trajectoryBasis: ValueQualifier | null;
  progressShare: number | null;
  lastUpdateOn: string | null;
  lastReviewedOn: string | null;
  plannedOn: string | null;
  plannedMovedLater: boolean;
  effectiveDeadlineOn: string | null;
  deadlineOn: string | null;
  deadlineText: string | null;
  deadlineInterpreted: boolean;
  deadlineNote: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  baselineOn: string | null;
  baselinePeriod: string | null;
  targetValue: number | null;
  targetMultiple: number | null;
};

/** A row of the list query: the core plus what the list query resolves in bulk. */
export type CommitmentListInput = CommitmentCoreInput & {
  targetValueInForce: number | null;
  deadlineTextInForce: string | null;
  baselineInForce: Point | null;
  targetRevisedOn: string | null;
  deadlineRevisedOn: string | null;
  baselineRevisedOn: string | null;
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
  newBaselineValue: number | null;
  newBaselineOn: string | null;
  note: string | null;
  sourceSlug: string;
  sourceTitle: string;
};

export type StatusUpdateInput = {
  id: number;
  asOf: string;
  entryType: 'update' | 'review';
  verdict: Verdict;
  stage: Stage | null;
  stageInForce: Stage | null;
  value: number | null;
  figurePeriod: string | null;
  figureValue: number | null;
  figureQualifier: ValueQualifier | null;
  note: string;
  correctsId: number | null;
  correctedById: number | null;
  dateConfirmed: boolean;
  createdAt: string;
  sourceSlug: string | null;
  sourceTitle: string | null;
  evidence: { url: string; title: string; archive: ArchiveView | null }[];
  files: { id: number; name: string; contentType: EvidenceFileType; byteLength: number; sha256: string }[];
};

export type PlannedDateInput = {
  id: number;
  statedOn: string;
  plannedOn: string;
  plannedText: string | null;
  note: string | null;
  sourceSlug: string;
  sourceTitle: string;
};

/** The page's query result (getCommitmentBySlug), read structurally. */
export type CommitmentDetailInput = CommitmentCoreInput & {
  quote: string;
  baselineNote: string | null;
  targetNote: string | null;
  revisions: RevisionInput[];
  updates: StatusUpdateInput[];
  planned: PlannedDateInput[];
  /** The terms in force on the day (revisions apply from their date). */
  terms: TermsInForce;
  target: {
    metric: MetricInput;
    direction: Direction;
    baseline: { value: number; on: string } | null;
    targetValue: number;
    originalTargetValue: number | null;
    deadlineOn: string | null;
    observations: ObservationInput[];
    progress: TargetProgress;
    originalProgress: TargetProgress | null;
  } | null;
  context: (MetricInput & { observations: ObservationInput[] })[];
};

// ---------------------------------------------------------------- outputs

export type ApiSourceRef = {
  slug: string;
  title: string;
  /** null = not recorded. */
  publisher: string | null;
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
    /** The exactness of the figure the trajectory rests on, when not plainly reported ('preliminary', 'at-least'…). */
    trajectory_basis: ValueQualifier | null;
    last_update_on: string | null;
    /** The day an editor last recorded a review, update or figure: what "stale" counts from. */
    last_reviewed_on: string | null;
    overdue: boolean;
    delayed: boolean;
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
    /** True only when a revision in force changed the deadline (a target-only revision leaves it false). */
    revised: boolean;
    revised_on: string | null;
    as_announced: { on: string | null; text: string | null };
  };
  /** Projects, agreements and decisions: the latest planned completion date a source gave, and whether it slipped. */
  planned_completion: { on: string | null; moved_later: boolean } | null;
  baseline: {
    value: number | null;
    on: string | null;
    /** Set when the baseline is the series' figure for this period. */
    period: string | null;
    revised_on: string | null;
    as_announced: { value: number | null; on: string | null };
    note?: string | null;
  } | null;
  target: {
    value: number | null;
    as_announced: number | null;
    /** Set when the target is a multiple of the baseline (5 for fivefold). */
    multiple_of_baseline: number | null;
    revised_on: string | null;
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

export type ApiUsedPoint = ApiPoint & { period: string | null; qualifier: ValueQualifier };

export type ApiComputedProgress = {
  status: TrajectoryStatus;
  /** Why the status is insufficient-data or too-early. */
  reason: TargetProgress['reason'];
  /** The figure the status rests on. */
  basis: ApiUsedPoint | null;
  met: boolean;
  met_on: string | null;
  deadline_figure: ApiUsedPoint | null;
  shortfall: number | null;
  fell_back_to: ApiUsedPoint | null;
  forecasts: ApiUsedPoint[];
  not_comparable: ApiUsedPoint[];
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
  /** The same computation against the terms as announced, once a revision is in force. */
  computed_against_original: ApiComputedProgress | null;
  observations: ApiObservation[];
  revisions: {
    id: number;
    revised_on: string;
    /** False for a revision dated after the day shown: it takes effect on its date. */
    in_force: boolean;
    target_value: number | null;
    deadline_on: string | null;
    deadline_text: string | null;
    baseline_value: number | null;
    baseline_on: string | null;
    note: string | null;
    source: ApiSourceLink;
  }[];
  planned_dates: {
    stated_on: string;
    planned_on: string;
    planned_text: string | null;
    note: string | null;
    source: ApiSourceLink;
  }[];
  updates: {
    id: number;
    /** 'update' states a verdict; 'review' records that an editor looked and found nothing new. */
    entry_type: 'update' | 'review';
    as_of: string;
    verdict: Verdict;
    /** The stage this entry states; null = not stated (the stage in force carries forward). */
    stage: Stage | null;
    stage_in_force: Stage | null;
    /** A value noted by entries before figures were recorded with updates; never used by the computation. */
    value: number | null;
    /** The figure this entry recorded (also among the observations). */
    figure: { period: string; value: number; qualifier: ValueQualifier } | null;
    note: string;
    corrects_id: number | null;
    corrected_by_id: number | null;
    /** The editor confirmed an as-of date later than the source's publication. */
    date_confirmed: boolean;
    recorded_at: string;
    source: ApiSourceLink | null;
    evidence: { url: string; title: string; archive: ApiArchive | null }[];
    files: ApiEvidenceFile[];
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

/** What the evidence archive holds of an address, as the API says it. */
export type ApiArchive = {
  state: 'archived' | 'failed' | 'pending';
  archived_on: string | null;
  sha256: string | null;
  bytes: number | null;
  truncated: boolean;
  copy_url: string | null;
  dead_since: string | null;
  failure: ArchiveFailureReason | null;
  http_status: number | null;
  will_retry: boolean;
};

export type ApiEvidenceFile = { name: string; content_type: EvidenceFileType; bytes: number; sha256: string; url: string };

function apiArchive(ctx: SerialiseContext, view: ArchiveView): ApiArchive {
  const none = {
    archived_on: null,
    sha256: null,
    bytes: null,
    truncated: false,
    copy_url: null,
    dead_since: null,
    failure: null,
    http_status: null,
    will_retry: false,
  };
  if (view.kind === 'pending') return { ...none, state: 'pending', will_retry: true };
  if (view.kind === 'failed') return { ...none, state: 'failed', failure: view.reason, http_status: view.status, will_retry: view.willRetry };
  return {
    ...none,
    state: 'archived',
    archived_on: view.on,
    sha256: view.sha256,
    bytes: view.byteLength,
    truncated: view.truncated,
    copy_url: `${ctx.siteBase}/archive/${view.id}`,
    dead_since: view.deadSince,
  };
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
      trajectory_basis: isTarget ? c.trajectoryBasis : null,
      last_update_on: c.lastUpdateOn,
      last_reviewed_on: c.lastReviewedOn,
      ...commitmentFlags(ctx, c),
    },
    progress: {
      share: c.progressShare,
      percent: percentShown(c.progressShare),
      basis: isTarget ? 'data' : 'stage',
    },
    deadline: {
      on: c.effectiveDeadlineOn,
      text: c.deadlineTextInForce,
      interpreted: c.deadlineInterpreted && c.deadlineRevisedOn === null,
      interpretation_note: c.deadlineNote,
      revised: c.deadlineRevisedOn !== null,
      revised_on: c.deadlineRevisedOn,
      as_announced: { on: c.deadlineOn, text: c.deadlineText },
    },
    planned_completion: isTarget ? null : { on: c.plannedOn, moved_later: c.plannedMovedLater },
    baseline: isTarget
      ? {
          value: c.baselineInForce?.value ?? null,
          on: c.baselineInForce?.on ?? null,
          period: c.baselineRevisedOn ? null : c.baselinePeriod,
          revised_on: c.baselineRevisedOn,
          as_announced: { value: c.baselineValue, on: c.baselineOn },
        }
      : null,
    target: isTarget
      ? {
          value: c.targetValueInForce,
          as_announced: c.targetValue,
          multiple_of_baseline: c.targetMultiple,
          revised_on: c.targetRevisedOn,
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

/** The exactness a computed status rests on, when not plainly reported (as the cached column stores it). */
function basisOf(p: TargetProgress): ValueQualifier | null {
  return p.basis && p.basis.qualifier !== 'exact' ? p.basis.qualifier : null;
}

/** The derived flags of a commitment on the context's day (lib/status). */
function commitmentFlags(ctx: SerialiseContext, c: CommitmentCoreInput) {
  const completed = c.kind !== 'target' && c.currentStage === finalStage(c.kind);
  return {
    overdue: isOverdue({ deadline: c.effectiveDeadlineOn, plannedOn: c.plannedOn, verdict: c.currentVerdict, asOf: ctx.asOf }),
    delayed: isDelayed({ plannedOn: c.plannedOn, plannedMovedLater: c.plannedMovedLater, verdict: c.currentVerdict, completed, asOf: ctx.asOf }),
    stale: isStale({
      lastReviewedOn: c.lastReviewedOn,
      announcedOn: c.announcedOn,
      verdict: c.currentVerdict,
      asOf: ctx.asOf,
      staleAfterDays: ctx.staleAfterDays,
    }),
    disagreement: verdictDisagrees(c.currentVerdict, c.trajectoryStatus),
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

function usedPoint(p: UsedPoint | null): ApiUsedPoint | null {
  return p ? { on: p.on, value: p.value, period: p.period, qualifier: p.qualifier } : null;
}

function serialiseProgress(p: TargetProgress): ApiComputedProgress {
  return {
    status: p.status,
    reason: p.reason,
    basis: usedPoint(p.basis),
    met: p.met,
    met_on: p.metOn,
    deadline_figure: usedPoint(p.deadlineFigure),
    shortfall: p.shortfall,
    fell_back_to: usedPoint(p.fellBackTo),
    forecasts: p.forecasts.map((f) => usedPoint(f)!),
    not_comparable: p.notComparable.map((f) => usedPoint(f)!),
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
  const terms = c.terms;
  const metric = c.target?.metric ?? null;
  const history = plannedHistory(c.planned, ctx.asOf);
  const core = serialiseCommitment(ctx, {
    ...c,
    // The detail is computed for ctx.asOf; the cached columns for the day they were computed.
    plannedOn: history.current?.plannedOn ?? null,
    plannedMovedLater: history.movedLater,
    trajectoryStatus: c.target?.progress.status ?? c.trajectoryStatus,
    trajectoryBasis: c.target ? basisOf(c.target.progress) : c.trajectoryBasis,
    progressShare: c.target ? listedShare(c.target.progress) : c.progressShare,
    targetValueInForce: c.target?.targetValue ?? terms.targetValue,
    deadlineTextInForce: terms.deadlineText,
    baselineInForce: terms.baseline,
    targetRevisedOn: terms.targetRevisedOn,
    deadlineRevisedOn: terms.deadlineRevisedOn,
    baselineRevisedOn: terms.baselineRevisedOn,
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
    computed_against_original: c.target?.originalProgress ? serialiseProgress(c.target.originalProgress) : null,
    observations: (c.target?.observations ?? []).map((o) => serialiseObservation(ctx, o)),
    revisions: c.revisions.map((r) => ({
      id: r.id,
      revised_on: r.revisedOn,
      in_force: r.revisedOn <= ctx.asOf,
      target_value: r.newTargetValue,
      deadline_on: r.newDeadlineOn,
      deadline_text: r.newDeadlineText,
      baseline_value: r.newBaselineValue,
      baseline_on: r.newBaselineOn,
      note: r.note,
      source: sourceLink(ctx, r.sourceSlug, r.sourceTitle),
    })),
    planned_dates: c.planned.map((p) => ({
      stated_on: p.statedOn,
      planned_on: p.plannedOn,
      planned_text: p.plannedText,
      note: p.note,
      source: sourceLink(ctx, p.sourceSlug, p.sourceTitle),
    })),
    // Who wrote an entry is deliberately absent: editors' names, emails and ids stay private.
    updates: c.updates.map((u) => ({
      id: u.id,
      entry_type: u.entryType,
      as_of: u.asOf,
      verdict: u.verdict,
      stage: u.stage,
      stage_in_force: u.stageInForce,
      value: u.value,
      figure:
        u.figurePeriod !== null && u.figureValue !== null && u.figureQualifier !== null
          ? { period: u.figurePeriod, value: u.figureValue, qualifier: u.figureQualifier }
          : null,
      note: u.note,
      corrects_id: u.correctsId,
      corrected_by_id: u.correctedById,
      date_confirmed: u.dateConfirmed,
      recorded_at: u.createdAt,
      source: u.sourceSlug !== null && u.sourceTitle !== null ? sourceLink(ctx, u.sourceSlug, u.sourceTitle) : null,
      evidence: u.evidence.map((e) => ({ url: e.url, title: e.title, archive: e.archive ? apiArchive(ctx, e.archive) : null })),
      files: u.files.map((f) => ({
        name: f.name,
        content_type: f.contentType,
        bytes: f.byteLength,
        sha256: f.sha256,
        url: `${ctx.siteBase}/files/${f.id}`,
      })),
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

/** `rewoundTo`: the as_of day of a rewound list, kept in every page link. */
export function paginate(
  ctx: SerialiseContext,
  filters: ListFilters,
  total: number,
  perPage: number,
  rewoundTo: string | null = null,
): ApiPagination {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const at = (page: number) => {
    const query = listQueryString(filters, page, perPage, ctx.locale);
    return `${ctx.apiBase}/api/v1/commitments${query}${rewoundTo ? `${query ? '&' : '?'}as_of=${rewoundTo}` : ''}`;
  };
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
  { header: 'trajectory_basis', value: (c) => c.status.trajectory_basis },
  { header: 'last_update_on', value: (c) => c.status.last_update_on },
  { header: 'last_reviewed_on', value: (c) => c.status.last_reviewed_on },
  { header: 'overdue', value: (c) => c.status.overdue },
  { header: 'delayed', value: (c) => c.status.delayed },
  { header: 'stale', value: (c) => c.status.stale },
  { header: 'disagreement', value: (c) => c.status.disagreement },
  { header: 'progress_share', value: (c) => c.progress.share },
  { header: 'progress_percent', value: (c) => c.progress.percent },
  { header: 'deadline_on', value: (c) => c.deadline.on },
  { header: 'deadline_text', value: (c) => c.deadline.text },
  { header: 'deadline_interpreted', value: (c) => c.deadline.interpreted },
  { header: 'deadline_interpretation_note', value: (c) => c.deadline.interpretation_note },
  { header: 'deadline_revised', value: (c) => c.deadline.revised },
  { header: 'planned_completion_on', value: (c) => c.planned_completion?.on },
  { header: 'planned_completion_moved_later', value: (c) => c.planned_completion?.moved_later },
  { header: 'baseline_value', value: (c) => c.baseline?.value },
  { header: 'baseline_on', value: (c) => c.baseline?.on },
  { header: 'target_value', value: (c) => c.target?.value },
  { header: 'target_value_as_announced', value: (c) => c.target?.as_announced },
  { header: 'target_multiple_of_baseline', value: (c) => c.target?.multiple_of_baseline },
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

/** What moved between two days, for GET /changes (lib/server/compare.ts gives the comparison). */
export function serialiseComparison(
  ctx: SerialiseContext,
  c: {
    from: string;
    to: string | null;
    moves: { slug: string; title: string; added: boolean; moves: { field: string; from: string | number | null; to: string | number | null }[] }[];
    entries: {
      updates: {
        id: number;
        commitmentSlug: string;
        asOf: string;
        entryType: string;
        verdict: string;
        stage: string | null;
        note: string;
        createdAt: string;
      }[];
      figures: { id: number; metricSlug: string; period: string; value: number; qualifier: string; createdAt: string }[];
      revisions: {
        id: number;
        commitmentSlug: string;
        revisedOn: string;
        newTargetValue: number | null;
        newDeadlineOn: string | null;
        createdAt: string;
      }[];
      planned: { id: number; commitmentSlug: string; statedOn: string; plannedOn: string; createdAt: string }[];
      added: { slug: string }[];
    };
  },
) {
  return {
    from: c.from,
    to: c.to ?? ctx.asOf,
    moved: c.moves.map((m) => ({
      slug: m.slug,
      title: m.title,
      added: m.added,
      html_url: pageUrl(ctx, `/commitments/${enc(m.slug)}`),
      changes: m.moves.map((x) => ({ field: x.field, from: x.from === null ? null : String(x.from), to: x.to === null ? null : String(x.to) })),
    })),
    recorded: {
      updates: c.entries.updates.map((u) => ({
        id: u.id,
        commitment: u.commitmentSlug,
        entry_type: u.entryType,
        as_of: u.asOf,
        verdict: u.verdict,
        stage: u.stage,
        note: u.note,
        recorded_at: u.createdAt,
      })),
      figures: c.entries.figures.map((f) => ({
        id: f.id,
        metric: f.metricSlug,
        period: f.period,
        value: f.value,
        qualifier: f.qualifier,
        recorded_at: f.createdAt,
      })),
      revisions: c.entries.revisions.map((r) => ({
        id: r.id,
        commitment: r.commitmentSlug,
        revised_on: r.revisedOn,
        new_target_value: r.newTargetValue,
        new_deadline_on: r.newDeadlineOn,
        recorded_at: r.createdAt,
      })),
      planned_dates: c.entries.planned.map((p) => ({
        id: p.id,
        commitment: p.commitmentSlug,
        stated_on: p.statedOn,
        planned_on: p.plannedOn,
        recorded_at: p.createdAt,
      })),
      commitments_added: c.entries.added.map((a) => a.slug),
    },
  };
}
