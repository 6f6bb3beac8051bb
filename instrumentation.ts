// Runs once when a server instance starts: creates the first admin if the database has no
// user (printing the one-time password once), starts the daily recomputation of what depends
// on the date (lib/server/daily-recompute.ts), the evidence archive's queue, then the PDF
// snapshot schedule.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { ensureFirstAdmin } = await import('./scripts/first-admin');
  try {
    await ensureFirstAdmin({ log: (line) => console.log(line) });
  } catch (error) {
    console.error('Could not check for the first admin account:', error);
  }
  const { startDailyRecompute } = await import('./lib/server/daily-recompute');
  startDailyRecompute();
  const { startArchiveSchedule } = await import('./lib/server/evidence-archive');
  try {
    startArchiveSchedule();
  } catch (error) {
    console.error('Could not start the evidence archive:', error);
  }
  const { env } = await import('./lib/env');
  const { startSnapshotSchedule } = await import('./lib/server/snapshot-schedule');
  try {
    startSnapshotSchedule(env().SNAPSHOT_SCHEDULE);
  } catch (error) {
    console.error(`Invalid SNAPSHOT_SCHEDULE "${env().SNAPSHOT_SCHEDULE}"; snapshots are not scheduled.`, error);
  }
}
