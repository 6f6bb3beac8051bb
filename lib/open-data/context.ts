import { todayIso } from '../clock';
import { env } from '../env';
import type { SerialiseContext } from './serialise';

/**
 * Links a client follows (next page, observations) use the origin it called, so they work
 * behind any host name; links to pages use SITE_URL, the public address of the site.
 */
export function serialiseContext(request: Request): SerialiseContext {
  const config = env();
  return {
    asOf: todayIso(),
    staleAfterDays: config.STALE_AFTER_DAYS,
    apiBase: new URL(request.url).origin,
    siteBase: config.SITE_URL.replace(/\/+$/, ''),
  };
}
