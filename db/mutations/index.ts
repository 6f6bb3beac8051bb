// Every write in the app goes through these modules, one per kind of record. Writes that change
// anything the progress engine reads end by calling recomputeCommitment in the same transaction,
// so the cached columns on `commitments` can never disagree with the log. Importers use this
// index (`@/db/mutations`); the modules behind it are free to move.

export { type Actor, InputError, ConflictError } from './common';
export { recomputeCommitment, recomputeOutdated } from './recompute';
export { addStatusUpdate, addTargetRevision, addPlannedDate } from './log';
export { addObservation, preferObservation, importObservations, saveMetric } from './figures';
export { saveCommitment, saveCommitmentTranslations } from './commitments';
export { saveSource } from './sources';
export {
  createUser,
  setUserRole,
  setUserDisabled,
  setUserLocale,
  setUserPassword,
  upgradePasswordHash,
  claimSignInAttempt,
  settleSignInAttempt,
  createSession,
  endSessions,
  startSecondFactorSetup,
  confirmSecondFactor,
  spendSecondFactorStep,
  spendRecoveryCode,
  replaceRecoveryCodes,
  removeSecondFactor,
} from './users';
export { claimArchiveJobs, recordArchiveOutcome, makeArchivesDue, type ArchiveJob } from './archives';
export { submitSuggestion, rejectSuggestion, purgeSuggestion } from './suggestions';
export { insertSnapshot, claimSnapshotSlot, finishSnapshotSlot, takeLease, releaseLease } from './snapshots';
