import { z } from 'zod';

// A commitment's page shows only the newest entries of its update log; the whole log is on
// its own pages, /commitments/<slug>/updates?page=N. Busy commitments collect hundreds of
// entries (the benchmark's average is 100), and each entry is about 2 KB of page, so the
// page would grow without bound and every reader would download the whole history to see
// where things stand today.

/** How many of the newest entries the commitment's page shows. */
export const TIMELINE_PREVIEW = 20;
/** Entries per page of the full log. */
export const LOG_PAGE_SIZE = 50;

export function logPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / LOG_PAGE_SIZE));
}

/** The log page (from 1) that shows the entry at `index` of the newest-first log. */
export function logPageOf(index: number): number {
  return Math.floor(index / LOG_PAGE_SIZE) + 1;
}

export type LogPageRequest = { page: number; problem: null } | { page: 1; problem: { value: string; pages: number } };

const pageSchema = z.coerce.number().int().min(1);

/**
 * The ?page= of a log page. A value that is not a page of this log shows the first page
 * with a note naming what was asked for, so a mistyped link still leads somewhere.
 */
export function parseLogPage(raw: string | string[] | undefined, total: number): LogPageRequest {
  const value = Array.isArray(raw) ? raw.at(-1) : raw;
  if (value === undefined || value === '') return { page: 1, problem: null };
  const pages = logPageCount(total);
  const parsed = pageSchema.safeParse(value);
  if (parsed.success && parsed.data <= pages) return { page: parsed.data, problem: null };
  return { page: 1, problem: { value: value.slice(0, 40), pages } };
}

export function logPageHref(logPath: string, page: number): string {
  return page === 1 ? logPath : `${logPath}?page=${page}`;
}

/** An entry's place on the log page that has it (`place` 0 = the newest entry). */
function logEntryHref(logPath: string, place: number, id: number): string {
  return `${logPageHref(logPath, logPageOf(place))}#update-${id}`;
}

/**
 * Links to entries (a correction and what it corrects, a feed entry) from a view that shows
 * some of the log: the entry's anchor on `viewPath` (this page when empty) when it is shown
 * there, otherwise its place on the log page that has it. `ids` is the whole log, newest first.
 */
export function entryLinker(ids: readonly number[], shown: ReadonlySet<number>, logPath: string, viewPath = ''): (id: number) => string {
  const index = new Map(ids.map((id, i) => [id, i]));
  return (id) => {
    const at = index.get(id);
    if (shown.has(id) || at === undefined) return `${viewPath}#update-${id}`;
    return logEntryHref(logPath, at, id);
  };
}

/**
 * The entries a view shows, `count` of them from `start` of the newest-first log, with where
 * its links to any entry go (entryLinker): the commitment's page and its feed show the newest
 * TIMELINE_PREVIEW, a log page LOG_PAGE_SIZE.
 */
export function logView<T extends { id: number }>(
  log: readonly T[],
  { start = 0, count, logPath, viewPath = '' }: { start?: number; count: number; logPath: string; viewPath?: string },
): { shown: T[]; entryHref: (id: number) => string } {
  const shown = log.slice(start, start + count);
  const entryHref = entryLinker(
    log.map((u) => u.id),
    new Set(shown.map((u) => u.id)),
    logPath,
    viewPath,
  );
  return { shown, entryHref };
}

/**
 * Where an entry is, given its place in its commitment's log (0 = newest): on the
 * commitment's page among the newest, otherwise on the log page that has it.
 */
export function entryHrefAt(id: number, place: number, commitmentPath: string, logPath: string): string {
  if (place < TIMELINE_PREVIEW) return `${commitmentPath}#update-${id}`;
  return logEntryHref(logPath, place, id);
}
