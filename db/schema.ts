import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, blob, index, uniqueIndex, primaryKey, check, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  CATEGORIES,
  COMMITMENT_KINDS,
  DIRECTIONS,
  ENTRY_TYPES,
  ROLES,
  SOURCE_KINDS,
  TRAJECTORY_STATUSES,
  VALUE_QUALIFIERS,
  VERDICTS,
  ALL_STAGES,
  ARCHIVE_STATES,
  SUGGESTION_STATES,
} from '../lib/domain';
import { TRANSLATION_LOCALES, WORKSPACE_LOCALES } from '../lib/content-locale';

// Dates are ISO strings ('YYYY-MM-DD') so they sort and compare as text in SQLite;
// instants (created_at) are ISO timestamps with time zone 'Z'.
const timestamp = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);
const createdAt = () => timestamp('created_at');

export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  /** null = not recorded (shown as such); never guessed. */
  publisher: text('publisher'),
  publishedOn: text('published_on').notNull(),
  place: text('place'),
  url: text('url'),
  kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
  description: text('description'),
  /** Optimistic-concurrency counter for edits in the workspace. */
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
});

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  /** Set for invited users: the one-time password must be replaced at first sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  /** When a one-time password stops working (null: a password the user chose). */
  passwordExpiresAt: text('password_expires_at'),
  /** The TOTP secret, sealed with a key derived from AUTH_SECRET (lib/totp.ts); null = none set up. */
  totpSecret: text('totp_secret'),
  /** When the second factor was confirmed with a first code; a secret without it is an unfinished set-up. */
  totpEnabledAt: text('totp_enabled_at'),
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  totpLastStep: integer('totp_last_step'),
  /** The language the workspace speaks to this user (each editor picks one); null = English. */
  locale: text('locale', { enum: WORKSPACE_LOCALES }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at'),
});

/**
 * Signed-in sessions. The Auth.js JWT names one row; every request checks it, so signing out,
 * a password change, disabling or a role change ends the sessions at their next request.
 */
export const userSessions = sqliteTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
    /** When the second factor was given in this session (null: not yet, or not needed). */
    secondFactorAt: text('second_factor_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.revokedAt)],
);

/** One-time recovery codes for the second factor, as keyed digests. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    digest: text('digest').notNull(),
    usedAt: text('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts, kept to throttle guessing across instances (lib/rate-limit.ts). A row is
 * written as a failure before the password is checked, and turned into a success after.
 */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    /** The client address from a trusted proxy, '' when none is trusted (at most 64 characters). */
    address: text('address').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
    /** The device cookie's id when the browser had signed in to this account before. */
    device: text('device'),
    /** 'password' or 'second-factor'. */
    kind: text('kind', { enum: ['password', 'second-factor'] })
      .notNull()
      .default('password'),
    at: timestamp('at'),
  },
  (t) => [
    index('sign_in_attempts_email_idx').on(t.email, t.at),
    index('sign_in_attempts_address_idx').on(t.address, t.at),
    index('sign_in_attempts_device_idx').on(t.device, t.at),
    index('sign_in_attempts_at_idx').on(t.at),
  ],
);

/** Named leases: one holder at a time (the snapshot generator), taken over once expired. */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: text('expires_at').notNull(),
});

export const metrics = sqliteTable(
  'metrics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    /** The formatting key: 'USD bn' and '%' have built-in forms; any other unit is written after the number. */
    unit: text('unit').notNull(),
    /** How the unit reads in an English sentence ('million tonnes' for 'Mt'); null = the unit itself. */
    unitLabel: text('unit_label'),
    /** Decimals shown; null = up to two. */
    decimals: integer('decimals'),
    description: text('description'),
    /** Optimistic-concurrency counter for edits in the workspace. */
    version: integer('version').notNull().default(1),
    /** A context series shown on this commitment's page (not its target metric). */
    relatedCommitmentId: integer('related_commitment_id').references((): AnySQLiteColumn => commitments.id),
    createdAt: createdAt(),
  },
  // The commitment page looks up its context series by this column.
  (t) => [index('metrics_related_commitment_idx').on(t.relatedCommitmentId)],
);

export const commitments = sqliteTable(
  'commitments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    kind: text('kind', { enum: COMMITMENT_KINDS }).notNull(),
    owner: text('owner').notNull(),
    announcedOn: text('announced_on').notNull(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    /** Shown as the headline chart on the dashboard (the first featured target). */
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    /** The words of the source this commitment is taken from. */
    quote: text('quote').notNull(),
    // Deadline as announced: the words, and a date when one was stated or interpreted.
    deadlineText: text('deadline_text'),
    deadlineOn: text('deadline_on'),
    deadlineInterpreted: integer('deadline_interpreted', { mode: 'boolean' }).notNull().default(false),
    deadlineNote: text('deadline_note'),
    // Target kinds only. The original target; later changes live in target_revisions.
    metricId: integer('metric_id').references(() => metrics.id),
    direction: text('direction', { enum: DIRECTIONS }),
    baselineValue: real('baseline_value'),
    baselineOn: text('baseline_on'),
    baselineNote: text('baseline_note'),
    /** When set, the baseline is the metric's preferred figure for this period ('2023'), not baseline_value. */
    baselinePeriod: text('baseline_period'),
    targetValue: real('target_value'),
    /** When set, the target is this multiple of the baseline ("fivefold" = 5), not target_value. */
    targetMultiple: real('target_multiple'),
    targetNote: text('target_note'),
    /** Optimistic-concurrency counter, bumped by every change to the row. */
    version: integer('version').notNull().default(1),
    // Cached results of the progress engine and the latest log entry, recomputed by
    // db/mutations.ts in the same transaction as every write that affects them, so list
    // pages can filter and sort in SQL instead of replaying the log per request.
    currentVerdict: text('current_verdict', { enum: VERDICTS }).notNull().default('not-started'),
    currentStage: text('current_stage', { enum: ALL_STAGES }),
    lastUpdateOn: text('last_update_on'),
    effectiveDeadlineOn: text('effective_deadline_on'),
    progressShare: real('progress_share'),
    trajectoryStatus: text('trajectory_status', { enum: TRAJECTORY_STATUSES }),
    /** The target in force today and the day a revision last changed it (null = as announced). */
    targetInForce: real('target_in_force'),
    targetRevisedOn: text('target_revised_on'),
    /** The exactness of the figure the trajectory status rests on, when not plainly reported. */
    trajectoryBasis: text('trajectory_basis', { enum: VALUE_QUALIFIERS }),
    /** The latest planned completion date (planned_dates), and whether it moved later than first planned. */
    plannedOn: text('planned_on'),
    plannedMovedLater: integer('planned_moved_later', { mode: 'boolean' }).notNull().default(false),
    /** The day an editor last recorded a review, an update or a figure: what staleness counts from. */
    lastReviewedOn: text('last_reviewed_on'),
    /** The day the cached columns were computed for; statuses that depend on the date are recomputed daily. */
    computedOn: text('computed_on'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [
    index('commitments_category_idx').on(t.category, t.effectiveDeadlineOn),
    index('commitments_kind_idx').on(t.kind, t.effectiveDeadlineOn),
    index('commitments_verdict_idx').on(t.currentVerdict, t.effectiveDeadlineOn),
    index('commitments_deadline_idx').on(t.effectiveDeadlineOn),
    index('commitments_progress_idx').on(t.progressShare),
    index('commitments_source_idx').on(t.sourceId),
    index('commitments_metric_idx').on(t.metricId),
  ],
);

export const commitmentCountries = sqliteTable(
  'commitment_countries',
  {
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    countryCode: text('country_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.countryCode] }), index('commitment_countries_country_idx').on(t.countryCode, t.commitmentId)],
);

export const targetRevisions = sqliteTable(
  'target_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    revisedOn: text('revised_on').notNull(),
    /** null = unchanged by this revision. */
    newTargetValue: real('new_target_value'),
    newDeadlineOn: text('new_deadline_on'),
    newDeadlineText: text('new_deadline_text'),
    /** A re-baseline: the baseline from this revision on (both or neither). */
    newBaselineValue: real('new_baseline_value'),
    newBaselineOn: text('new_baseline_on'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    note: text('note'),
    authorId: integer('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('target_revisions_commitment_idx').on(t.commitmentId, t.revisedOn)],
);

/**
 * Planned completion dates of a project, agreement or decision as its builders or officials
 * stated them, append-only: each statement is a row with its source, so a slip ("moved from
 * 2025 to 2026") is visible and the "delayed" flag is derived (lib/planned.ts).
 */
export const plannedDates = sqliteTable(
  'planned_dates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    /** When the source gave this date. */
    statedOn: text('stated_on').notNull(),
    plannedOn: text('planned_on').notNull(),
    /** The source's words ("by the end of 2025"). */
    plannedText: text('planned_text'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    note: text('note'),
    authorId: integer('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('planned_dates_commitment_idx').on(t.commitmentId, t.statedOn)],
);

export const observations = sqliteTable(
  'observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    /** Human label of the period: '2022', '2023-Q2', '2023-06'. */
    period: text('period').notNull(),
    /** Last day of the period; what the progress engine places on the time axis. */
    periodEnd: text('period_end').notNull(),
    value: real('value').notNull(),
    qualifier: text('qualifier', { enum: VALUE_QUALIFIERS }).notNull().default('exact'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    note: text('note'),
    /** Computed from other figures rather than reported (e.g. implied by a growth rate). */
    derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
    /** One observation per metric and period is preferred; the others are kept and shown. */
    preferred: integer('preferred', { mode: 'boolean' }).notNull().default(false),
    authorId: integer('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('observations_metric_period_idx').on(t.metricId, t.periodEnd),
    uniqueIndex('observations_one_preferred_idx')
      .on(t.metricId, t.period)
      .where(sql`${t.preferred} = 1`),
    index('observations_source_idx').on(t.sourceId),
    // "What changed since the last snapshot" reads by creation time.
    index('observations_created_idx').on(t.createdAt, t.id),
  ],
);

/** Append-only editors' log. A correction is a new row pointing at the one it corrects. */
export const statusUpdates = sqliteTable(
  'status_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    asOf: text('as_of').notNull(),
    /** 'update' states a verdict; 'review' records a look that found nothing new (lib/domain ENTRY_TYPES). */
    entryType: text('entry_type', { enum: ENTRY_TYPES }).notNull().default('update'),
    /** For a review, the verdict in force when it was logged (shown, never derived from). */
    verdict: text('verdict', { enum: VERDICTS }).notNull(),
    /**
     * The stage this entry states; null = not stated, so the stage in force carries forward
     * (migration 0004: before it, null was read as "no stage", which erased it).
     */
    stage: text('stage', { enum: ALL_STAGES }),
    /** Entries before migration 0004 could note a value that the engine never used; kept, shown as a note. */
    value: real('value'),
    /** The figure this entry recorded (the value it reached), stored as an observation. */
    observationId: integer('observation_id').references(() => observations.id),
    /** The editor confirmed an as-of date later than the source's publication date. */
    dateConfirmed: integer('date_confirmed', { mode: 'boolean' }).notNull().default(false),
    note: text('note').notNull().default(''),
    sourceId: integer('source_id').references(() => sources.id),
    correctsId: integer('corrects_id').references((): AnySQLiteColumn => statusUpdates.id),
    authorId: integer('author_id').references(() => users.id),
    /** Shown publicly instead of the author's account: never an email. */
    authorName: text('author_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('status_updates_commitment_idx').on(t.commitmentId, t.asOf, t.id),
    index('status_updates_as_of_idx').on(t.asOf, t.createdAt),
    index('status_updates_corrects_idx').on(t.correctsId),
    index('status_updates_source_idx').on(t.sourceId),
    // "What changed since the last snapshot" reads by creation time.
    index('status_updates_created_idx').on(t.createdAt, t.id),
  ],
);

export const evidenceLinks = sqliteTable(
  'evidence_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    statusUpdateId: integer('status_update_id')
      .notNull()
      .references(() => statusUpdates.id),
    url: text('url').notNull(),
    title: text('title').notNull(),
  },
  (t) => [index('evidence_links_update_idx').on(t.statusUpdateId)],
);

/**
 * The archived copy of an evidence address (a source's URL or an update's evidence link), one
 * row per address, shared by every record that cites it. Fetched in the background after the
 * save (lib/server/evidence-archive.ts), never inside the write transaction: a slow site must
 * not hold the write lock. `state` says where it stands: pending (not tried yet), archived
 * (a copy is stored) or failed (no copy; retried with back-off until `next_attempt_at` stops
 * being set). The link check later sets `dead_since` on an archived address that no longer
 * answers, without touching the copy: that is when the copy matters.
 */
export const linkArchives = sqliteTable(
  'link_archives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url').notNull().unique(),
    state: text('state', { enum: ARCHIVE_STATES }).notNull().default('pending'),
    finalUrl: text('final_url'),
    httpStatus: integer('http_status'),
    contentType: text('content_type'),
    fetchedAt: text('fetched_at'),
    byteLength: integer('byte_length'),
    truncated: integer('truncated', { mode: 'boolean' }).notNull().default(false),
    sha256: text('sha256'),
    body: blob('body', { mode: 'buffer' }),
    /** Why the last attempt stored nothing (lib/server/safe-fetch.ts SafeFetchFailure), with its detail. */
    failure: text('failure'),
    failureDetail: text('failure_detail'),
    attempts: integer('attempts').notNull().default(0),
    /** When the next try or link check is due; null = nothing more to do. */
    nextAttemptAt: text('next_attempt_at'),
    /** The link check's last visit, and since when the address has not answered (null = alive). */
    checkedAt: text('checked_at'),
    deadSince: text('dead_since'),
    checkFailure: text('check_failure'),
    createdAt: createdAt(),
  },
  (t) => [index('link_archives_due_idx').on(t.nextAttemptAt)],
);

/**
 * A file an editor attached to an update as evidence when no link exists (a PDF or an image,
 * its type read from its bytes, never from its name). Stored with its sha256, served from
 * our origin like an archived copy.
 */
export const evidenceFiles = sqliteTable(
  'evidence_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    statusUpdateId: integer('status_update_id')
      .notNull()
      .references(() => statusUpdates.id),
    /** As the editor named it (shown, never trusted for the type). */
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    byteLength: integer('byte_length').notNull(),
    sha256: text('sha256').notNull(),
    body: blob('body', { mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_files_update_idx').on(t.statusUpdateId)],
);

/**
 * A reader's suggestion from a commitment's public page ("Suggest an update"). Nothing here is
 * public: an editor accepts it into a status update (which then cites it, through its own
 * source and evidence) or rejects it with a reason. Name, email and the sender's address key
 * are personal data: never read by a public query, and erased by an admin's purge (`purged_at`).
 * `address_key` is a keyed hash of the client address a trusted proxy gave (null without one),
 * kept only to count suggestions per sender (lib/suggestions.ts).
 */
export const suggestions = sqliteTable(
  'suggestions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    body: text('body').notNull(),
    link: text('link'),
    fileName: text('file_name'),
    fileType: text('file_type'),
    fileBytes: blob('file_bytes', { mode: 'buffer' }),
    fileSha256: text('file_sha256'),
    name: text('name'),
    email: text('email'),
    locale: text('locale').notNull().default('en'),
    addressKey: text('address_key'),
    state: text('state', { enum: SUGGESTION_STATES }).notNull().default('pending'),
    rejectReason: text('reject_reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: text('decided_at'),
    /** The status update an accepted suggestion became. */
    statusUpdateId: integer('status_update_id').references(() => statusUpdates.id),
    purgedAt: text('purged_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('suggestions_state_idx').on(t.state, t.createdAt),
    index('suggestions_commitment_idx').on(t.commitmentId, t.createdAt),
    index('suggestions_address_idx').on(t.addressKey, t.createdAt),
    index('suggestions_created_idx').on(t.createdAt),
  ],
);

export const snapshots = sqliteTable(
  'snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    createdAt: createdAt(),
    locale: text('locale').notNull().default('en'),
    trigger: text('trigger', { enum: ['schedule', 'manual', 'cli'] }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    summary: text('summary').notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('snapshots_created_idx').on(t.createdAt)],
);

/**
 * One row per scheduled slot ('2026-12-01T06:00:00.000Z'). Claiming the row is the lease:
 * of several server instances, only the one whose insert succeeds makes that snapshot. A
 * claim left unfinished past its expiry (a crashed run) may be taken over.
 */
export const snapshotRuns = sqliteTable('snapshot_runs', {
  slot: text('slot').primaryKey(),
  holder: text('holder').notNull(),
  leaseExpiresAt: text('lease_expires_at').notNull(),
  snapshotId: integer('snapshot_id').references(() => snapshots.id),
  finishedAt: text('finished_at'),
  error: text('error'),
});

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_events_created_idx').on(t.createdAt), index('audit_events_entity_idx').on(t.entity, t.entityId)],
);

/**
 * A counter every write transaction bumps. On a read replica, a writer waits until the
 * replica shows its own bump before answering, so a save is always visible to the next
 * read (read-your-own-write), whatever the replication lag. One row, id = 1.
 */
export const writeMarks = sqliteTable('write_marks', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
});

/**
 * When each cache tag was last revalidated, shared by every app instance on this database.
 * Each instance's page cache checks it (at most every CACHE_SYNC_INTERVAL_MS), so a save
 * through one instance reaches the cached pages of the others within that bound.
 */
export const cacheTagRevalidations = sqliteTable(
  'cache_tag_revalidations',
  {
    tag: text('tag').primaryKey(),
    staleAt: integer('stale_at'),
    expiredAt: integer('expired_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('cache_tag_revalidations_updated_idx').on(t.updatedAt)],
);

// Russian and Kazakh texts of the content. English stays in the main tables and is the
// fallback wherever a translation is missing, so a row here is optional and never partial
// in a way a reader would see: no row, no translation.
const translationLocale = () => text('locale', { enum: TRANSLATION_LOCALES }).notNull();
const localeCheck = (name: string, column: { name: string }) =>
  check(name, sql.raw(`"${column.name}" in (${TRANSLATION_LOCALES.map((l) => `'${l}'`).join(', ')})`));

export const commitmentTranslations = sqliteTable(
  'commitment_translations',
  {
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    locale: translationLocale(),
    title: text('title').notNull(),
    /** null = the summary is not translated yet; the English one is shown, marked. */
    summary: text('summary'),
    /** Title and summary folded (lib/content-locale searchFold): SQLite cannot fold Cyrillic. */
    searchText: text('search_text').notNull(),
    /** The title as a key whose binary order is the language's alphabetical order. */
    titleSortKey: text('title_sort_key').notNull(),
    updatedAt: timestamp('updated_at'),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.locale] }), localeCheck('commitment_translations_locale_check', t.locale)],
);

export const metricTranslations = sqliteTable(
  'metric_translations',
  {
    metricId: integer('metric_id')
      .notNull()
      .references(() => metrics.id),
    locale: translationLocale(),
    name: text('name').notNull(),
    /** The unit as readers see it ("млрд долл. США"); metrics.unit stays the formatting key. */
    unitLabel: text('unit_label'),
    description: text('description'),
    updatedAt: timestamp('updated_at'),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.metricId, t.locale] }), localeCheck('metric_translations_locale_check', t.locale)],
);
