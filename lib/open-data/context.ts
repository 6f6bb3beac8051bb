import { todayIso } from '../clock';
import type { ContentLocale } from '../content-locale';
import { env } from '../env';
import type { SerialiseContext } from './serialise';

/**
 * Absolute links are built from SITE_URL, the site's public address, never from the request:
 * Next reports its own listening host rather than the one the client used, and a Host header
 * is the client's to forge, which a shared cache would then serve to everyone.
 */
export function serialiseContext(locale: ContentLocale = 'en'): SerialiseContext {
  const config = env();
  const siteBase = config.SITE_URL.replace(/\/+$/, '');
  return { asOf: todayIso(), staleAfterDays: config.STALE_AFTER_DAYS, apiBase: siteBase, siteBase, locale };
}
