import { getDb } from '@/db/client';
import { claimArchiveJobs, recordArchiveOutcome, releaseLease, takeLease, type ArchiveJob } from '@/db/mutations';
import { env } from '@/lib/env';
import { parseAllowHosts } from '@/lib/ip-policy';
import { safeFetch, type SafeFetchPolicy } from './safe-fetch';
import { holderId } from './snapshot-schedule';

// The evidence archive's worker. A save queues its addresses inside its transaction
// (db/mutations/archives.ts); right after the save answers, the action runs one pass for
// exactly those addresses (kickArchive, through Next's `after`), so a copy is usually there
// within seconds. A scheduled pass (startArchiveSchedule) takes whatever is due: first tries
// the kick did not finish, retries with back-off, and the periodic link check. The schedule
// runs under a named lease (the `leases` table, as for snapshots), so of several instances one
// works at a time; each claimed row is also moved ahead in the queue, so a kick and a pass never
// fetch the same address at once.

const LEASE = 'evidence-archive';
/** How long a claimed row stays out of the queue: longer than any fetch can take. */
const CLAIM_MS = 5 * 60_000;
/** Rows per scheduled pass: a pass is a few minutes at most even when every fetch times out. */
const PASS_LIMIT = 20;

export function archivePolicy(): SafeFetchPolicy {
  const settings = env();
  return {
    timeoutMs: settings.EVIDENCE_ARCHIVE_TIMEOUT_MS,
    maxBytes: Math.round(settings.EVIDENCE_ARCHIVE_MAX_MB * 1024 * 1024),
    maxRedirects: 5,
    allowHosts: parseAllowHosts(settings.EVIDENCE_ARCHIVE_ALLOW_HOSTS),
  };
}

export type ArchivePassResult = {
  /** Rows whose state a reader sees changed (archived, failed, found dead or alive again). */
  changed: number;
  results: { url: string; recorded: 'archived' | 'failed' | 'alive' | 'dead'; reason?: string; status?: number }[];
};

async function work(jobs: ArchiveJob[], log: (line: string) => void): Promise<ArchivePassResult> {
  const results: ArchivePassResult['results'] = [];
  if (jobs.length === 0) return { changed: 0, results };
  const db = await getDb();
  const policy = archivePolicy();
  const { LINK_CHECK_DAYS: linkCheckDays } = env();
  let changed = 0;
  // One at a time: the archive is background work on a small machine, never a burst of sockets.
  for (const job of jobs) {
    const result = await safeFetch(job.url, policy);
    const outcome = result.ok
      ? { ...result, ok: true as const }
      : {
          ok: false as const,
          reason: result.reason,
          detail: result.detail,
          status: result.status,
          finalUrl: result.finalUrl,
          fetchedAt: result.fetchedAt,
        };
    const recorded = await recordArchiveOutcome(db, { job, outcome, linkCheckDays });
    const before = job.state === 'archived' ? (job.deadSince ? 'dead' : 'alive') : job.state;
    if (recorded !== before) changed += 1;
    results.push({ url: job.url, recorded, ...(result.ok ? {} : { reason: result.reason, status: result.status }) });
    log(`[archive] ${job.url}: ${recorded}${result.ok ? '' : ` (${result.reason}${result.status ? ` ${result.status}` : ''})`}`);
  }
  return { changed, results };
}

/** One pass for the given addresses (a save's), right after the save. */
export async function archiveNow(urls: string[], log: (line: string) => void = console.log): Promise<ArchivePassResult> {
  if (env().EVIDENCE_ARCHIVE === 'off' || urls.length === 0) return { changed: 0, results: [] };
  const db = await getDb();
  return work(await claimArchiveJobs(db, { limit: urls.length, leaseMs: CLAIM_MS, urls }), log);
}

/** One scheduled pass over whatever is due, under the lease. */
export async function runArchivePass({
  holder,
  log = console.log,
  limit = PASS_LIMIT,
}: {
  holder: string;
  log?: (line: string) => void;
  limit?: number;
}) {
  const db = await getDb();
  if (!(await takeLease(db, { name: LEASE, holder, leaseMs: CLAIM_MS }))) return { ran: false, changed: 0 };
  try {
    const { changed } = await work(await claimArchiveJobs(db, { limit, leaseMs: CLAIM_MS }), log);
    return { ran: true, changed };
  } finally {
    await releaseLease(db, { name: LEASE, holder });
  }
}

/**
 * Starts the scheduled pass, every EVIDENCE_ARCHIVE_INTERVAL_S. Its results reach the public
 * pages when their cache next revalidates (at most PUBLIC_REVALIDATE_SECONDS): a retry or a
 * link check is not news that must show within the second, and a timer has no request to
 * revalidate from.
 */
export function startArchiveSchedule(log: (line: string) => void = console.log): { stop(): void } | null {
  const settings = env();
  if (settings.EVIDENCE_ARCHIVE === 'off') {
    log('[archive] evidence archive off (EVIDENCE_ARCHIVE=off): links are queued, not fetched');
    return null;
  }
  const holder = holderId();
  let running = false;
  const tick = async () => {
    // A pass still running (slow sites) is not overlapped by the next.
    if (running) return;
    running = true;
    try {
      await runArchivePass({ holder, log });
    } catch (error) {
      console.error('[archive] pass failed', error);
    } finally {
      running = false;
    }
  };
  // The first pass soon after start: a fresh install archives its seeded sources at once.
  const first = setTimeout(() => void tick(), 5_000);
  const timer = setInterval(() => void tick(), settings.EVIDENCE_ARCHIVE_INTERVAL_S * 1000);
  first.unref();
  timer.unref();
  log(`[archive] queue checked every ${settings.EVIDENCE_ARCHIVE_INTERVAL_S} s; archived links checked every ${settings.LINK_CHECK_DAYS} days`);
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
