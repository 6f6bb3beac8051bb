// All reads live in these modules, one per reader: the public pages, the workspace, users and
// sign-in, the report and snapshots, the open data API, the feeds. Functions take one object
// argument and return plain rows with explicitly selected columns: nothing about users beyond a
// display name ever leaves them. Importers use this index (`@/db/queries`).

export { type CommitmentListRow } from './shared';
export {
  listCommitments,
  type RecordChange,
  type DashboardSummary,
  getDashboardSummary,
  type ObservationRow,
  type MetricText,
  type TargetDetails,
  getFeaturedTarget,
  type FeaturedTarget,
  getTrackerStart,
  type PlannedDateRow,
  type StatusUpdateRow,
  type LinkedEntry,
  type CommitmentDetail,
  getCommitmentBySlug,
  getUpdateLog,
  listCommitmentSlugs,
  listSources,
  getSourceBySlug,
  listSourceSlugs,
  checkDatabase,
} from './public';
export { type SessionUser, type SessionRow, getUserById, findUserForSignIn, countUsers, listUsers, getLiveSession, getSecondFactor } from './users';
export {
  listAuditEvents,
  getCommitmentForEditing,
  listCommitmentsForEditor,
  getCommitmentTranslationsForEditing,
  listSourceOptions,
  getSourceForEditing,
  listMetrics,
  getMetricForEditing,
  getMetricBySlug,
  listChangesSince,
} from './editor';
export {
  listCommitmentsForReport,
  getLatestSnapshot,
  listChangesBetween,
  listCommitmentStates,
  listSnapshots,
  getSnapshotPdf,
  getLease,
} from './report';
export { type OpenDataCommitmentRow, listCommitmentsForOpenData, type OpenDataObservationRow, getMetricForOpenData } from './open-data';
export {
  type ArchiveSummary,
  type EvidenceFileRef,
  archivesFor,
  viewOf,
  getArchiveCopy,
  filesForUpdates,
  getEvidenceFile,
  listArchivesForEditor,
} from './archives';
export { type SuggestionRow, listSuggestionsForEditor, getSuggestionForEditor, getSuggestionFile } from './suggestions';
export { listLatestStatusUpdates, listCommitmentDeadlines } from './feeds';
