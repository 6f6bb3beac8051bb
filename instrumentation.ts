// Runs once when a server instance starts: creates the first admin if the database has no
// user (printing the one-time password once), then starts the PDF snapshot schedule.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { ensureFirstAdmin } = await import('./scripts/first-admin');
  try {
    await ensureFirstAdmin({ log: (line) => console.log(line) });
  } catch (error) {
    console.error('Could not check for the first admin account:', error);
  }
  const { env } = await import('./lib/env');
  const { startSnapshotSchedule } = await import('./lib/server/snapshot-schedule');
  try {
    startSnapshotSchedule(env().SNAPSHOT_SCHEDULE);
  } catch (error) {
    console.error(`Invalid SNAPSHOT_SCHEDULE "${env().SNAPSHOT_SCHEDULE}"; snapshots are not scheduled.`, error);
  }
}
