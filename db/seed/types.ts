import type { Category, CommitmentKind, CountryCode, Direction, EntryType, SourceKind, Stage, ValueQualifier, Verdict } from '../../lib/domain';
import type { TranslationLocale } from '../../lib/content-locale';

/**
 * Shape of the seed dataset. Slugs link the records to one another.
 *
 * The dataset is layered in time: the announcement (the Dushanbe speech of 14 Sept 2023) and
 * everything researched since, each entry with the day it became known (`recordedOn`, by
 * default its source's publication date). `npm run db:seed -- --until DATE` loads only what
 * was known by that date, and the rows' creation times are those days, so the tracker's
 * history reads as a team keeping up with the news would have written it (docs/dataset.md).
 */

export type SeedSource = {
  slug: string;
  title: string;
  /** null = the page names no publisher (shown as "publisher not recorded"). */
  publisher: string | null;
  publishedOn: string; // YYYY-MM-DD
  /** How the publication date is known, when not shown on the page itself (e.g. "from the URL"). */
  publishedOnNote?: string;
  place: string | null;
  url: string | null;
  kind: SourceKind;
  description: string;
  /** Language of the page: en, ru, kk, uz, tg… */
  language?: string;
  /** File under db/seed/documents/ holding the text, so tests can trace every quote to it. */
  document?: string;
};

export type SeedMetric = {
  slug: string;
  name: string;
  unit: string;
  /** How the unit reads in an English sentence ('million tonnes' for 'Mt'). */
  unitLabel?: string;
  decimals?: number;
  description: string;
  /** A context series shown on this commitment's page. */
  relatedCommitment: string | null;
};

export type SeedObservation = {
  metric: string;
  period: string; // '2022', '2025-01..09'
  periodEnd: string; // '2022-12-31'
  value: number;
  qualifier: ValueQualifier;
  source: string;
  /** In our own words: what it measures, who gave it, why it is (not) preferred. */
  note: string;
  derived: boolean;
  preferred: boolean;
  /** Verbatim words of the source stating this figure; required when the source has a document. */
  quote?: string;
  /** The day the figure became known; default: its source's publication date. */
  recordedOn?: string;
};

/** A dated log entry: a status update, or a review ("reviewed, no evidence found"). */
export type SeedUpdate = {
  commitment: string;
  asOf: string;
  /** Default 'update'. A review keeps the verdict in force and says in its note what was looked for. */
  entryType?: EntryType;
  verdict: Verdict;
  /** null = not stated (the stage in force carries forward). */
  stage: Stage | null;
  note: string;
  /** Required for updates; a review that found nothing may have none (it then needs recordedOn). */
  source?: string;
  evidence?: { url: string; title: string }[];
  /** Set when the as-of date is later than the source's publication: why that is right. */
  dateConfirmed?: string;
  /** This entry corrects the commitment's first entry (what the speech alone suggested). */
  correctsInitial?: boolean;
  recordedOn?: string;
};

export type SeedRevision = {
  commitment: string;
  revisedOn: string;
  newTargetValue?: number;
  newDeadlineOn?: string;
  newDeadlineText?: string;
  newBaselineValue?: number;
  newBaselineOn?: string;
  source: string;
  note: string;
  recordedOn?: string;
};

export type SeedPlannedDate = {
  commitment: string;
  statedOn: string;
  plannedOn: string;
  plannedText: string | null;
  source: string;
  note: string;
  recordedOn?: string;
};

export type SeedCommitment = {
  slug: string;
  title: string;
  summary: string;
  category: Category;
  kind: CommitmentKind;
  owner: string;
  announcedOn: string;
  source: string;
  /** Verbatim words of the source this commitment is taken from. */
  quote: string;
  countries: CountryCode[];
  /** The dashboard's headline chart shows the first featured target commitment. */
  featured?: boolean;
  deadline: {
    text: string | null; // as stated, e.g. 'in the near future'
    on: string | null; // a date, stated or interpreted
    interpreted: boolean;
    note: string | null; // why this date, when interpreted
  } | null;
  target: {
    metric: string;
    direction: Direction;
    baselineValue: number | null;
    baselineOn: string | null;
    /** The baseline is the metric's figure for this period instead of baselineValue. */
    baselinePeriod?: string;
    baselineNote: string | null;
    /** Exactly one of targetValue and targetMultiple. */
    targetValue: number | null;
    targetMultiple?: number;
    targetNote: string | null;
  } | null;
  /** Where things stood according to the source on the day of the speech. */
  initialUpdate: {
    asOf: string;
    verdict: Verdict;
    stage: Stage | null;
    note: string;
    source: string;
  };
};

/** Russian and Kazakh texts keyed by the record's slug; a missing one falls back to English. */
export type SeedTranslations = {
  commitments: Record<string, Partial<Record<TranslationLocale, { title: string; summary: string }>>>;
  metrics: Record<string, Partial<Record<TranslationLocale, { name: string; unit: string; description: string }>>>;
};

/** What research adds after the announcement, per part of the dataset. */
export type SeedResearch = {
  sources: SeedSource[];
  observations: SeedObservation[];
  updates: SeedUpdate[];
  revisions: SeedRevision[];
  plannedDates: SeedPlannedDate[];
};

export type SeedDataset = SeedResearch & {
  metrics: SeedMetric[];
  commitments: SeedCommitment[];
  translations?: SeedTranslations;
};
