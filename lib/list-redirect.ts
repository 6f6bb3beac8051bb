import { parseListFilters } from './filters';
import { viewPath, VIEW_KEYS } from './list-views';

/**
 * The query parameters that make a list address (/commitments?…) a candidate view. proxy.ts
 * lists one matcher per key (Next needs its matcher written out), and a test checks they agree.
 */
export const LIST_QUERY_KEYS = [...VIEW_KEYS, 'q'] as const;

const LIST_PATH = /^(?:\/(en|ru|kk))?\/commitments$/;

/**
 * Where a query-form list address is sent, or null to render it as it is. An address that
 * names only select filters and a near page is a view of the list, served from the cache at its
 * path (lib/list-views.ts): links shared before views had paths, and the filter form without
 * JavaScript, land there. Searches, deep pages and values the list refuses (which it explains on
 * the page) stay where they are. Decided in proxy.ts, before any rendering: a redirect rendered
 * by the page cost a whole layout, about 30 ms, for a 308.
 */
export function listRedirectTarget(pathname: string, search: URLSearchParams): string | null {
  const match = LIST_PATH.exec(pathname);
  if (!match) return null;
  if (!LIST_QUERY_KEYS.some((key) => search.has(key))) return null;
  const raw: Record<string, string[]> = {};
  for (const [key, value] of search) (raw[key] ??= []).push(value);
  const { filters, problems } = parseListFilters(raw);
  if (problems.length > 0) return null;
  const view = viewPath(filters);
  if (view === null) return null;
  const locale = match[1];
  return `${locale && locale !== 'en' ? `/${locale}` : ''}${view}`;
}
