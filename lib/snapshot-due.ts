import { Cron } from 'croner';

// When the snapshot schedule (SNAPSHOT_SCHEDULE, a cron expression in UTC) next runs: the
// archive page says it, so readers know when the next PDF is due.

/** When the schedule next makes a snapshot (UTC), or null when it is off or never runs. */
export function nextScheduledSnapshot(pattern: string, now = new Date()): Date | null {
  if (pattern.trim().toLowerCase() === 'off') return null;
  try {
    return new Cron(pattern, { timezone: 'UTC', paused: true }).nextRun(now);
  } catch {
    return null;
  }
}
