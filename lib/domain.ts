// Vocabulary shared by the database, the progress engine and the pages.
// Kept as plain `as const` tuples so zod, Drizzle enums and TypeScript unions
// all come from one list. Display labels live in messages/<locale>/domain.json (one place
// per language); the English ones are re-exported here for the English-only workspace, and
// the `DomainLabels` type makes a missing label in any language a compile error.

// The import attribute lets Node's own ESM loader (Playwright's test runner) read it too.
import englishLabels from '../messages/en/domain.json' with { type: 'json' };

export const CATEGORIES = [
  'trade',
  'transport',
  'digital',
  'security-institutions',
  'people-culture',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const COMMITMENT_KINDS = ['target', 'project', 'agreement', 'event'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** Ordered stages for the staged kinds; progress = index / (length - 1). */
export const STAGES = {
  project: ['announced', 'planned', 'under-construction', 'partly-operational', 'completed'],
  agreement: ['proposed', 'agreed', 'signed', 'ratified', 'in-force'],
  event: ['proposed', 'scheduled', 'held'],
} as const;
export type StagedKind = keyof typeof STAGES;
export type Stage = (typeof STAGES)[StagedKind][number];
export const ALL_STAGES = [
  ...new Set<Stage>([...STAGES.project, ...STAGES.agreement, ...STAGES.event]),
] as [Stage, ...Stage[]];

/** The editors' verdict on a commitment. */
export const VERDICTS = [
  'not-started',
  'in-progress',
  'stalled',
  'achieved',
  'achieved-late',
  'missed',
  'dropped',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Computed trajectory status for target commitments (UN SDG style). */
export const TRAJECTORY_STATUSES = [
  'achieved',
  'on-track',
  'acceleration-needed',
  'limited-progress',
  'moving-away',
  'insufficient-data',
] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SOURCE_KINDS = [
  'speech',
  'news-report',
  'official-statistics',
  'press-release',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** ISO 3166-1 alpha-2 codes of the countries the first dataset involves. */
export const COUNTRY_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AZ'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** How a reported value relates to the truth ("over $10.5 bn" is a lower bound). */
export const VALUE_QUALIFIERS = ['exact', 'at-least', 'at-most', 'about'] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** Flags derived when a page renders (see lib/status.ts). */
export const FLAGS = ['overdue', 'stale', 'disagreement'] as const;
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
  country: Record<CountryCode, string>;
};

/** English labels, for the workspace and anything else that is English only. */
export const ENGLISH_LABELS: DomainLabels = englishLabels;
export const CATEGORY_LABELS = ENGLISH_LABELS.category;
export const KIND_LABELS = ENGLISH_LABELS.kind;
export const STAGE_LABELS = ENGLISH_LABELS.stage;
export const VERDICT_LABELS = ENGLISH_LABELS.verdict;
export const TRAJECTORY_LABELS = ENGLISH_LABELS.trajectory;
export const SOURCE_KIND_LABELS = ENGLISH_LABELS.sourceKind;
export const COUNTRIES = ENGLISH_LABELS.country;

/** Days without an update after which a live commitment is flagged stale. */
export const DEFAULT_STALE_AFTER_DAYS = 180;
