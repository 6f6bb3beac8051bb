// Vocabulary shared by the database, the progress engine and the pages.
// Kept as plain `as const` tuples so zod, Drizzle enums and TypeScript unions
// all come from one list.

export const CATEGORIES = [
  'trade',
  'transport',
  'digital',
  'security-institutions',
  'people-culture',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  trade: 'Trade',
  transport: 'Transport',
  digital: 'Digital',
  'security-institutions': 'Security & institutions',
  'people-culture': 'People & culture',
};

export const COMMITMENT_KINDS = ['target', 'project', 'agreement', 'event'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const KIND_LABELS: Record<CommitmentKind, string> = {
  target: 'Numeric target',
  project: 'Project',
  agreement: 'Agreement or institution',
  event: 'Event',
};

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

export const STAGE_LABELS: Record<Stage, string> = {
  announced: 'Announced',
  planned: 'Planned',
  'under-construction': 'Under construction',
  'partly-operational': 'Partly operational',
  completed: 'Completed',
  proposed: 'Proposed',
  agreed: 'Agreed',
  signed: 'Signed',
  ratified: 'Ratified',
  'in-force': 'In force',
  scheduled: 'Scheduled',
  held: 'Held',
};

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

export const VERDICT_LABELS: Record<Verdict, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  stalled: 'Stalled',
  achieved: 'Achieved',
  'achieved-late': 'Achieved late',
  missed: 'Missed',
  dropped: 'Dropped',
};

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

export const TRAJECTORY_LABELS: Record<TrajectoryStatus, string> = {
  achieved: 'Target met',
  'on-track': 'On track',
  'acceleration-needed': 'Acceleration needed',
  'limited-progress': 'Limited progress',
  'moving-away': 'Moving away',
  'insufficient-data': 'Insufficient data',
};

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

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  speech: 'Speech (official transcript)',
  'news-report': 'News report',
  'official-statistics': 'Official statistics',
  'press-release': 'Press release',
  other: 'Other',
};

/** ISO 3166-1 alpha-2 codes of the countries the first dataset involves. */
export const COUNTRIES = {
  KZ: 'Kazakhstan',
  KG: 'Kyrgyzstan',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  UZ: 'Uzbekistan',
  AZ: 'Azerbaijan',
} as const;
export type CountryCode = keyof typeof COUNTRIES;
export const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]];

/** How a reported value relates to the truth ("over $10.5 bn" is a lower bound). */
export const VALUE_QUALIFIERS = ['exact', 'at-least', 'at-most', 'about'] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** Days without an update after which a live commitment is flagged stale. */
export const DEFAULT_STALE_AFTER_DAYS = 180;
