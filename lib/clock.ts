/** Today's date in UTC as 'YYYY-MM-DD': the one place pages read the clock. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
