import { Cron } from 'croner';
import { getDb } from '@/db/client';
import { recomputeOutdated } from '@/db/mutations';

// What a commitment's cached status says can change with the date alone: a deadline passes
// (a target is then graded: achieved, achieved late, missed), a revision dated in the future
// takes effect, a year of figures is reached. Saves recompute what they touch; this pass
// recomputes whatever was last computed before today, at start-up and just after midnight
// UTC. Several instances may run it: each row is recomputed in a write transaction and
// stamped with the day, so the second instance finds nothing left to do. Pages re-read the
// cached columns within their five-minute revalidation.

export async function recomputeForToday(log: (line: string) => void = console.log): Promise<number> {
  const started = Date.now();
  const n = await recomputeOutdated(await getDb());
  if (n > 0) log(`[recompute] ${n} commitments recomputed for today in ${Date.now() - started} ms`);
  return n;
}

export function startDailyRecompute(log: (line: string) => void = console.log): Cron {
  void recomputeForToday(log).catch((error) => console.error('[recompute] start-up pass failed', error));
  return new Cron('1 0 * * *', { timezone: 'UTC', protect: true, catch: (e) => console.error('[recompute] tick failed', e) }, () =>
    recomputeForToday(log).then(() => undefined),
  );
}
