import 'server-only';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { domainLabels } from '@/i18n/domain-labels';
import { getPathname } from '@/i18n/navigation';
import { INTL_TAGS, routing, type Locale } from '@/i18n/routing';
import { env } from '@/lib/env';
import type { FeedSite, FeedWords } from '@/lib/feeds';
import { formatDate, formatProgress, formatQualifiedValue } from '@/lib/format';

// Glue between the sharing features (feeds, embed widget, preview images) and the rest of
// the app: the public addresses in each language and the words of the 'feeds' namespace.

/** Paths of the sharing routes, before the language prefix. */
export const SHARING_PATHS = {
  updatesFeed: '/feeds/updates.atom',
  commitmentFeed: (slug: string) => `/feeds/commitments/${slug}/updates.atom`,
  deadlines: '/feeds/deadlines.ics',
  embed: (slug: string) => `/embed/commitments/${slug}`,
  commitment: (slug: string) => `/commitments/${slug}`,
} as const;

/** The locale of a route handler under app/[locale], or null for an unknown prefix. */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale | null> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : null;
}

/** Absolute public address (SITE_URL) of a path in a language: /ru/... for Russian, unprefixed English. */
export function publicUrl(locale: Locale, path: string): string {
  return `${env().SITE_URL.replace(/\/+$/, '')}${getPathname({ href: path, locale })}`;
}

export function feedSite(locale: Locale): FeedSite {
  return {
    host: new URL(env().SITE_URL).hostname,
    commitmentUrl: (slug) => publicUrl(locale, SHARING_PATHS.commitment(slug)),
  };
}

export async function feedWords(locale: Locale): Promise<FeedWords> {
  const [t, content] = await Promise.all([getTranslations({ locale, namespace: 'feeds' }), getTranslations({ locale, namespace: 'content' })]);
  const tag = INTL_TAGS[locale];
  return {
    locale,
    t: (key, values) => t(key, values),
    labels: domainLabels(locale),
    date: (iso) => formatDate(iso, tag),
    value: (value, unit, options = {}) => formatQualifiedValue(value, unit, options.qualifier ?? 'exact', tag, { unitLabel: options.unitLabel }),
    progress: (share) => formatProgress(share, tag),
    // As LocalizedText on the pages: an untranslated title says so in words.
    content: (text, lang) => (lang === locale ? text : `${text} ${content('fallback.marker')}`),
  };
}

type AtomLink = { url: string; title: string };

/**
 * <link rel="alternate" type="application/atom+xml"> for a page's metadata (alternates.types):
 * the commitment's own feed first when there is one, then the site-wide feed.
 */
export async function feedAlternateTypes(
  locale: Locale,
  commitment?: { slug: string; title: string },
): Promise<{ 'application/atom+xml': AtomLink[] }> {
  const t = await getTranslations({ locale, namespace: 'feeds' });
  const links: AtomLink[] = [];
  if (commitment) {
    links.push({
      url: getPathname({ href: SHARING_PATHS.commitmentFeed(commitment.slug), locale }),
      title: t('updatesFeed.commitmentTitle', { commitment: commitment.title }),
    });
  }
  links.push({ url: getPathname({ href: SHARING_PATHS.updatesFeed, locale }), title: t('updatesFeed.title') });
  return { 'application/atom+xml': links };
}
