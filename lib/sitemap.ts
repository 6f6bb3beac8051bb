import type { MetadataRoute } from 'next';
import { routing, type Locale } from '../i18n/routing';

// /sitemap.xml (app/sitemap.ts) from the data, pure: every public page in each language, with
// its hreflang alternates and, where the data says, when it last changed. Not listed: the
// editors' workspace and sign-in (robots.txt keeps crawlers out), the embed widgets (framed
// copies of the commitment pages, marked noindex), the feeds and the API (not pages), the
// report (noindex) and the snapshot PDFs (files, linked from the snapshots page).

export type SitemapCommitment = {
  slug: string;
  /** The newest of the commitment's own row, its log entries, revisions, planned dates, translations and its metric's figures. */
  changedAt: string;
  /** The newest log entry, or the commitment's creation when it has none: what its /updates page shows. */
  logChangedAt: string;
};

export type SitemapSource = { slug: string; createdAt: string };

export type SitemapData = {
  commitments: SitemapCommitment[];
  sources: SitemapSource[];
  /** The newest snapshot's time; null when there is none yet. */
  newestSnapshotAt: string | null;
};

/**
 * A page's address in a language, as i18n/routing.ts lays them out (next-intl's
 * `localePrefix: 'as-needed'`): English unprefixed, the others under /ru and /kk.
 */
export function localizedPath(locale: Locale, href: string): string {
  if (locale === routing.defaultLocale) return href;
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}

/** The latest of several ISO 8601 times; null when none is given. */
export function latestTime(times: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  let bestMs = -Infinity;
  for (const t of times) {
    if (!t) continue;
    const ms = Date.parse(t);
    if (!Number.isNaN(ms) && ms > bestMs) [best, bestMs] = [t, ms];
  }
  return best;
}

type Page = { href: string; lastModified: string | null };

/** Every public page, once, with the time its content last changed (null: it changes with the code, not the data). */
export function publicPages(data: SitemapData): Page[] {
  // The dashboard and the list show every commitment: they change when any of them does, or a source is added.
  const anyChange = latestTime([...data.commitments.map((c) => c.changedAt), ...data.sources.map((s) => s.createdAt)]);
  const enc = encodeURIComponent;
  return [
    { href: '/', lastModified: anyChange },
    { href: '/commitments', lastModified: anyChange },
    ...data.commitments.flatMap((c) => [
      { href: `/commitments/${enc(c.slug)}`, lastModified: c.changedAt },
      { href: `/commitments/${enc(c.slug)}/updates`, lastModified: c.logChangedAt },
    ]),
    { href: '/sources', lastModified: latestTime(data.sources.map((s) => s.createdAt)) },
    ...data.sources.map((s) => ({ href: `/sources/${enc(s.slug)}`, lastModified: s.createdAt })),
    { href: '/methodology', lastModified: null },
    { href: '/api', lastModified: null },
    { href: '/snapshots', lastModified: data.newestSnapshotAt },
  ];
}

/**
 * One entry per page and language. Each lists the page in every language and x-default
 * (English, the unprefixed address), itself included, as search engines ask of hreflang.
 */
export function buildSitemap({ siteBase, data }: { siteBase: string; data: SitemapData }): MetadataRoute.Sitemap {
  const site = siteBase.replace(/\/+$/, '');
  const absolute = (locale: Locale, href: string) => `${site}${localizedPath(locale, href)}`;
  return publicPages(data).flatMap(({ href, lastModified }) => {
    const languages: Record<string, string> = {};
    for (const locale of routing.locales) languages[locale] = absolute(locale, href);
    languages['x-default'] = absolute(routing.defaultLocale, href);
    return routing.locales.map((locale) => ({
      url: absolute(locale, href),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }));
  });
}
