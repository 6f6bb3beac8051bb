// Vocabulary shared by the database, the progress engine and the pages.
// Kept as plain `as const` tuples so zod, Drizzle enums and TypeScript unions
// all come from one list. Display labels live in messages/<locale>/domain.json (one place
// per language); the English ones are re-exported here, typed, and
// the `DomainLabels` type makes a missing label in any language a compile error.

// The import attribute lets Node's own ESM loader (Playwright's test runner) read it too.
import englishLabels from '../messages/en/domain.json' with { type: 'json' };

export const CATEGORIES = ['trade', 'transport', 'digital', 'security-institutions', 'people-culture'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * `decision` is a plan or an institutional decision (an action plan, a council): it ends when
 * adopted, unlike a treaty, which goes on to ratification and entry into force.
 */
export const COMMITMENT_KINDS = ['target', 'project', 'agreement', 'decision', 'event'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** Ordered stages for the staged kinds; progress = index / (length - 1). */
export const STAGES = {
  project: ['announced', 'planned', 'under-construction', 'partly-operational', 'completed'],
  agreement: ['proposed', 'agreed', 'signed', 'ratified', 'in-force'],
  decision: ['proposed', 'under-discussion', 'drafted', 'adopted'],
  event: ['proposed', 'scheduled', 'held'],
} as const;
export type StagedKind = keyof typeof STAGES;
export type Stage = (typeof STAGES)[StagedKind][number];
export const ALL_STAGES = [...new Set<Stage>([...STAGES.project, ...STAGES.agreement, ...STAGES.decision, ...STAGES.event])] as [Stage, ...Stage[]];

/** The editors' verdict on a commitment. */
export const VERDICTS = ['not-started', 'in-progress', 'stalled', 'achieved', 'achieved-late', 'missed', 'dropped'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Computed status of a numeric target (UN SDG style before the deadline; graded by the
 * figure at the deadline after it; lib/progress.ts).
 */
export const TRAJECTORY_STATUSES = [
  'achieved',
  'achieved-late',
  'missed',
  'on-track',
  'acceleration-needed',
  'limited-progress',
  'moving-away',
  'too-early',
  'insufficient-data',
] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SOURCE_KINDS = [
  'speech',
  'official-statement',
  'news-report',
  'official-statistics',
  'press-release',
  'treaty-text',
  'parliamentary-record',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** ISO 3166-1 alpha-2 codes of the countries the first dataset involves. */
export const COUNTRY_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AZ'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/**
 * How a figure relates to the truth. `exact` is a plainly reported figure (shown as
 * "reported"); `preliminary` an estimate or operational data that may be revised; `forecast`
 * what a source expects, which never counts as reached; "over $10.5 bn" is a lower bound.
 */
export const VALUE_QUALIFIERS = ['exact', 'preliminary', 'forecast', 'at-least', 'at-most', 'about'] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

export const ROLES = ['admin', 'editor'] as const;

/**
 * Entries of the update log: an `update` states a verdict (and a stage); a `review` records
 * that an editor looked and found nothing new, which keeps the commitment from going stale
 * without changing what it says.
 */
export const ENTRY_TYPES = ['update', 'review'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Where an evidence address's archived copy stands (db/schema.ts linkArchives). */
export const ARCHIVE_STATES = ['pending', 'archived', 'failed'] as const;
export type ArchiveState = (typeof ARCHIVE_STATES)[number];

/** Where a reader's suggestion stands in the moderation queue (db/schema.ts suggestions). */
export const SUGGESTION_STATES = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];
export type Role = (typeof ROLES)[number];

/** Flags derived when a page renders (see lib/status.ts). */
export const FLAGS = ['overdue', 'delayed', 'stale', 'disagreement'] as const;
export type Flag = (typeof FLAGS)[number];

/** Every display label of the vocabulary above, in one language. */
export type DomainLabels = {
  category: Record<Category, string>;
  kind: Record<CommitmentKind, string>;
  stage: Record<Stage, string>;
  verdict: Record<Verdict, string>;
  trajectory: Record<TrajectoryStatus, string>;
  flag: Record<Flag, string>;
  sourceKind: Record<SourceKind, string>;
  qualifier: Record<ValueQualifier, string>;
  country: Record<CountryCode, string>;
};

/** The 'domain' messages in English, typed (pages and the workspace take domainLabels(locale)). */
export const ENGLISH_LABELS: DomainLabels = englishLabels;

/** Days without an update after which a live commitment is flagged stale. */
export const DEFAULT_STALE_AFTER_DAYS = 180;

/**
 * A commitment's terms as announced: once it exists they change in place only as a correction
 * of how they were recorded, with a reason (db/mutations/commitments.ts); what leaders changed
 * later is a revision.
 */
export const ANNOUNCED_TERMS = [
  'quote',
  'announcedOn',
  'sourceId',
  'deadlineText',
  'deadlineOn',
  'deadlineInterpreted',
  'metricId',
  'direction',
  'baselineValue',
  'baselineOn',
  'baselinePeriod',
  'targetValue',
  'targetMultiple',
] as const;
